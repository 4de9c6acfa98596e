//! The sample session in every language, in the real app: right-to-left notes can be
//! written and edited without harm, Find works in any script, a name in another script
//! keeps "2 of 5" in its place, and a script with no font is named once.

mod common;

use std::path::{Path, PathBuf};

use common::{ScriptedPicker, harness, key};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::App;
use stepping_stones::model::Board;
use stepping_stones::text;

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/languages.ron")
}

fn board<'a>(h: &'a Harness<'_, App>) -> &'a Board {
    let session = h.state().session().unwrap();
    let id = h.state().view().board.unwrap_or(session.boards[0].id);
    session.board(id).unwrap()
}

fn texts(h: &Harness<'_, App>) -> Vec<String> {
    board(h).notes.iter().map(|n| n.text.clone()).collect()
}

/// Writes a new note with `text` on the board by keyboard.
fn write_note(h: &mut Harness<'_, App>, text: &str) {
    key(h, Modifiers::COMMAND, Key::Num1);
    key(h, Modifiers::NONE, Key::N);
    h.get_by_role(Role::MultilineTextInput).type_text(text);
    h.run();
    key(h, Modifiers::NONE, Key::Escape);
}

const ARABIC: &str = "لدينا 3 اجتماعات في Cardiff";

#[test]
fn an_arabic_note_is_kept_exactly_as_written() {
    let mut h = harness(Some(sample_path()), &ScriptedPicker::default());
    write_note(&mut h, ARABIC);
    assert!(texts(&h).iter().any(|t| t == ARABIC), "{:?}", texts(&h));
}

/// The caret in a right-to-left note does not always sit where the letters are drawn:
/// egui 0.37 lays out the editor's text without reordering its words, and gives a
/// right-to-left word more glyphs than it has letters, so End goes past the last letter.
/// But whatever keys are pressed, the text stays whole: one Backspace takes away at most
/// one character, and nothing else changes.
#[test]
fn editing_a_right_to_left_note_never_damages_its_text() {
    let mut h = harness(Some(sample_path()), &ScriptedPicker::default());
    let original: Vec<char> = ARABIC.chars().collect();
    let mut changed = 0;
    for moves in [
        vec![Key::End],
        vec![Key::Home, Key::ArrowRight, Key::ArrowRight, Key::ArrowRight],
        vec![
            Key::End,
            Key::ArrowLeft,
            Key::ArrowLeft,
            Key::ArrowLeft,
            Key::ArrowLeft,
        ],
        vec![Key::Home, Key::ArrowDown, Key::ArrowLeft],
        vec![Key::Home, Key::ArrowRight, Key::ArrowUp, Key::ArrowRight],
    ] {
        let before = texts(&h);
        key(&mut h, Modifiers::COMMAND, Key::Num1);
        key(&mut h, Modifiers::NONE, Key::N);
        h.get_by_role(Role::MultilineTextInput).type_text(ARABIC);
        h.run();
        for k in &moves {
            key(&mut h, Modifiers::NONE, *k);
        }
        key(&mut h, Modifiers::NONE, Key::Backspace);
        key(&mut h, Modifiers::NONE, Key::Escape);
        let after = texts(&h);
        assert_eq!(after.len(), before.len() + 1, "{moves:?}");
        let edited = after.last().unwrap().clone();
        if moves == [Key::Home, Key::ArrowRight, Key::ArrowRight, Key::ArrowRight] {
            // From the start of the text the caret steps letter by letter as written.
            assert_eq!(edited, ARABIC.replacen('ي', "", 1), "{moves:?}");
        }
        let edited: Vec<char> = edited.chars().collect();
        if edited != original {
            changed += 1;
            assert_eq!(edited.len() + 1, original.len(), "{moves:?}: {edited:?}");
            let removed_one = (0..original.len()).any(|i| {
                let mut o = original.clone();
                o.remove(i);
                o == edited
            });
            assert!(removed_one, "{moves:?}: {edited:?}");
        }
    }
    // End puts the caret past the last letter (see `stepping_stones::ui::bidi`): there a
    // Backspace takes nothing away, which is imperfect but harmless.
    assert!(changed >= 1, "no edit took effect");
}

#[test]
fn find_works_in_any_script() {
    let mut h = harness(Some(sample_path()), &ScriptedPicker::default());
    key(&mut h, Modifiers::COMMAND, Key::Num1);
    for (query, count) in [
        ("声音", "1 of 1"),
        ("اجتماعات", "1 of 1"),
        ("φωνη", "1 of 1"),
        ("KAZDY", "1 of 1"),
        ("हर", "1 of 1"),
    ] {
        key(&mut h, Modifiers::COMMAND, Key::F);
        key(&mut h, Modifiers::COMMAND, Key::A);
        h.get_by_label(text::board::FIND_SPOKEN).type_text(query);
        h.run();
        assert!(h.query_by_label(count).is_some(), "{query}");
    }
}

#[test]
fn a_name_in_arabic_keeps_its_count_in_place_and_is_read_as_written() {
    let h = harness(Some(sample_path()), &ScriptedPicker::default());
    // The count is drawn in reading order; a screen reader hears the words as written.
    assert!(h.query_by_label("فاطمة: 2 of 5").is_some());
    assert!(h.query_by_label("Sam: 2 of 5").is_some());
}

#[test]
fn a_script_with_no_font_on_this_computer_is_named_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kawi.ron");
    // Kawi (Old Javanese) letters: in no bundled font, and on few computers.
    let sample = std::fs::read_to_string(sample_path())
        .unwrap()
        .replace("Being heard matters to me.", "\u{11F04}\u{11F05}\u{11F06}");
    std::fs::write(&path, sample).unwrap();
    // Tests stop at a missing glyph; here it is what is being tested.
    let picker = ScriptedPicker::default();
    let mut h = harness(None, &picker);
    h.ctx
        .set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Tofu);
    picker.answer(Some(path));
    key(&mut h, Modifiers::COMMAND, Key::O);
    let status = h.state().status().to_owned();
    let has_kawi_font = h
        .ctx
        .fonts_mut(|f| f.has_glyph(&egui::FontId::proportional(16.0), '\u{11F04}'));
    if !has_kawi_font {
        assert!(status.contains("no font for Kawi writing"), "{status}");
        // Said once: after another change, it is not said again.
        write_note(&mut h, "hope");
        let session = h.state().session().unwrap();
        let again = stepping_stones::ui::fonts::missing_fonts_notice(&h.ctx, session, u64::MAX);
        assert_eq!(again, None);
    }
}
