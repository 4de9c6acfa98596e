//! The word board driven as a facilitator would, by mouse and by keyboard. Every test
//! asserts on the session afterwards, and most undo and redo what they did.

mod common;

use common::{ScriptedPicker, drag, redo, share, undo, with_example};
use egui::accesskit::Role;
use egui::{Event, Key, Modifiers, PointerButton, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::App;
use stepping_stones::model::{Board, NOTE_SIZE, Note, Session, VoteTarget};
use stepping_stones::text;

const CTRL: Modifiers = Modifiers::COMMAND;

/// The app with the example session open on the Word board tab.
fn example() -> Harness<'static, App> {
    with_example(&ScriptedPicker::default())
}

fn session<'a>(h: &'a Harness<'_, App>) -> &'a Session {
    h.state().session().unwrap()
}

fn board<'a>(h: &'a Harness<'_, App>) -> &'a Board {
    let id = h.state().view().board.unwrap();
    session(h).board(id).unwrap()
}

fn note<'a>(h: &'a Harness<'_, App>, text: &str) -> &'a Note {
    board(h)
        .notes
        .iter()
        .find(|n| n.text == text)
        .unwrap_or_else(|| panic!("no note “{text}”"))
}

/// Where a point on the board is on the screen.
fn on_screen(h: &Harness<'_, App>, x: f32, y: f32) -> Pos2 {
    let view = &h.state().view().boards[&board(h).id];
    view.to_screen * pos2(x, y)
}

fn note_centre(h: &Harness<'_, App>, text: &str) -> Pos2 {
    let n = note(h, text);
    on_screen(
        h,
        n.position.x + NOTE_SIZE.0 / 2.0,
        n.position.y + NOTE_SIZE.1 / 2.0,
    )
}

fn press(h: &Harness<'_, App>, pos: Pos2, pressed: bool, modifiers: Modifiers) {
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed,
        modifiers,
    });
}

fn click_at(h: &mut Harness<'_, App>, pos: Pos2, modifiers: Modifiers) {
    h.event(Event::ModifiersChanged(modifiers));
    h.hover_at(pos);
    press(h, pos, true, modifiers);
    press(h, pos, false, modifiers);
    h.event(Event::ModifiersChanged(Modifiers::NONE));
    h.run();
}

/// Somewhere on the canvas with no note or theme under it: just below everything.
fn empty_spot(h: &Harness<'_, App>) -> Pos2 {
    let extent = board(h).extent().unwrap();
    on_screen(h, extent.x + extent.width / 2.0, extent.bottom() + 25.0)
}

#[test]
fn n_on_the_board_writes_a_note_and_escape_finishes_it() {
    let mut h = example();
    let before = board(&h).notes.len();
    let at = empty_spot(&h);
    click_at(&mut h, at, Modifiers::NONE);
    h.key_press(Key::N);
    h.run();
    h.get_by_role_and_label(
        Role::MultilineTextInput,
        "Note text, written by anonymous. Enter or Escape when done.",
    )
    .type_text("Hope");
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(board(&h).notes.len(), before + 1);
    assert_eq!(note(&h, "Hope").author, None);
    // The board has the keyboard again: N writes the next one straight away.
    h.key_press(Key::N);
    h.run();
    h.get_by_role(Role::MultilineTextInput).type_text("Courage");
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(board(&h).notes.len(), before + 2);
    undo(&mut h);
    assert_eq!(
        board(&h).notes.len(),
        before + 1,
        "one undo takes away the whole note"
    );
    redo(&mut h);
    assert_eq!(note(&h, "Courage").text, "Courage");
}

#[test]
fn an_empty_new_note_is_dropped() {
    let mut h = example();
    let before = board(&h).notes.len();
    let at = empty_spot(&h);
    click_at(&mut h, at, Modifiers::NONE);
    h.key_press(Key::N);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(board(&h).notes.len(), before);
    assert!(!h.state().is_dirty());
}

#[test]
fn double_clicking_the_empty_board_writes_a_note_there() {
    let mut h = example();
    let spot = empty_spot(&h);
    // Let the click that opened the example be long past, so this is not a triple-click.
    h.run_steps(30);
    h.hover_at(spot);
    for pressed in [true, false, true, false] {
        press(&h, spot, pressed, Modifiers::NONE);
    }
    h.run();
    h.get_by_role(Role::MultilineTextInput)
        .type_text("Kindness");
    h.run();
    let at = on_screen(&h, -500.0, -500.0);
    click_at(&mut h, at, Modifiers::NONE);
    let n = note(&h, "Kindness");
    let centre = on_screen(
        &h,
        n.position.x + NOTE_SIZE.0 / 2.0,
        n.position.y + NOTE_SIZE.1 / 2.0,
    );
    assert!(
        centre.distance(spot) < 2.0,
        "the note is where the double-click was"
    );
}

#[test]
fn dragging_a_note_into_a_theme_puts_it_in_the_theme() {
    let mut h = example();
    let listening = board(&h)
        .themes
        .iter()
        .find(|t| t.name == "Listening")
        .unwrap()
        .clone();
    assert_eq!(note(&h, "Patience").theme, None);
    let target = on_screen(
        &h,
        listening.area.x + listening.area.width / 2.0,
        listening.area.bottom() - 40.0,
    );
    let (from, to) = (note_centre(&h, "Patience"), target);
    drag(&mut h, from, to);
    assert_eq!(note(&h, "Patience").theme, Some(listening.id));
    undo(&mut h);
    assert_eq!(note(&h, "Patience").theme, None);
    redo(&mut h);
    assert_eq!(note(&h, "Patience").theme, Some(listening.id));
    // Dragged out again onto empty board, it leaves the theme.
    let (from, to) = (note_centre(&h, "Patience"), empty_spot(&h));
    drag(&mut h, from, to);
    assert_eq!(note(&h, "Patience").theme, None);
}

#[test]
fn shift_click_selects_several_and_the_menu_puts_them_in_a_theme() {
    let mut h = example();
    let at = note_centre(&h, "Trust");
    click_at(&mut h, at, Modifiers::NONE);
    let at = note_centre(&h, "Patience");
    click_at(&mut h, at, Modifiers::SHIFT);
    assert!(h.query_by_label("2 notes selected").is_some());
    h.get_by_label("2 Respect").click();
    h.run();
    let respect = board(&h)
        .themes
        .iter()
        .find(|t| t.name == "Respect")
        .unwrap()
        .id;
    assert_eq!(note(&h, "Trust").theme, Some(respect));
    assert_eq!(note(&h, "Patience").theme, Some(respect));
    let area = board(&h).theme(respect).unwrap().area;
    assert!(
        area.contains(note(&h, "Trust").centre()),
        "the note moved inside the theme"
    );
    undo(&mut h);
    assert_eq!(note(&h, "Trust").theme, None);
}

#[test]
fn keys_move_delete_and_theme_the_selection() {
    let mut h = example();
    let at = note_centre(&h, "Trust");
    click_at(&mut h, at, Modifiers::NONE);
    let start = note(&h, "Trust").position;
    h.key_press(Key::ArrowRight);
    h.run();
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowDown);
    h.run();
    let moved = note(&h, "Trust").position;
    assert!(moved.x > start.x && moved.y > start.y + 20.0);
    h.key_press(Key::Num3);
    h.run();
    let say = board(&h)
        .themes
        .iter()
        .find(|t| t.name == "Having a say")
        .unwrap()
        .id;
    assert_eq!(note(&h, "Trust").theme, Some(say));
    h.key_press(Key::Delete);
    h.run();
    assert!(board(&h).notes.iter().all(|n| n.text != "Trust"));
    undo(&mut h);
    assert_eq!(note(&h, "Trust").theme, Some(say));
}

#[test]
fn enter_edits_the_selected_note() {
    let mut h = example();
    let at = note_centre(&h, "Patience");
    click_at(&mut h, at, Modifiers::NONE);
    h.key_press(Key::Enter);
    h.run();
    h.key_press_modifiers(CTRL, Key::A);
    h.get_by_role(Role::MultilineTextInput)
        .type_text("Being patient");
    h.key_press(Key::Enter);
    h.run();
    assert!(board(&h).notes.iter().any(|n| n.text == "Being patient"));
    undo(&mut h);
    assert!(board(&h).notes.iter().any(|n| n.text == "Patience"));
}

#[test]
fn a_private_round_keeps_notes_face_down_until_reveal() {
    let mut h = example();
    h.get_by_label(text::board::START_PRIVATE).click();
    h.run();
    let at = empty_spot(&h);
    click_at(&mut h, at, Modifiers::NONE);
    h.key_press(Key::N);
    h.run();
    h.get_by_role(Role::MultilineTextInput)
        .type_text("Secret word");
    h.key_press(Key::Enter);
    h.run();
    let hidden = note(&h, "Secret word");
    assert!(hidden.hidden);
    assert!(
        h.query_by_label_contains("Secret word").is_none(),
        "nothing on screen says it"
    );
    assert!(h.query_by_label_contains("Face-down note").is_some());
    h.get_by_label("Reveal all (1 face down)").click();
    h.run();
    assert!(!note(&h, "Secret word").hidden);
    assert!(!board(&h).settings.private_round);
    assert!(h.query_by_label_contains("Note: Secret word").is_some());
    undo(&mut h);
    assert!(note(&h, "Secret word").hidden);
}

#[test]
fn nobody_can_give_more_votes_than_they_have() {
    let mut h = example();
    h.get_by_label(text::board::VOTING_AS).click();
    h.run();
    h.get_by_label("Dee").click();
    h.run();
    let at = note_centre(&h, "Patience");
    click_at(&mut h, at, Modifiers::NONE);
    let dee = session(&h)
        .participants
        .iter()
        .find(|p| p.name == "Dee")
        .unwrap()
        .id;
    let cap = board(&h).settings.votes_per_person as usize;
    for _ in 0..cap + 2 {
        h.key_press(Key::V);
        h.run();
    }
    assert_eq!(board(&h).votes_by(dee), cap);
    h.key_press_modifiers(Modifiers::SHIFT, Key::V);
    h.run();
    assert_eq!(board(&h).votes_by(dee), cap - 1);
    h.get_by_label(text::board::GIVE_VOTE).click();
    h.run();
    assert_eq!(board(&h).votes_by(dee), cap);
    assert!(!h.get_by_label(text::board::GIVE_VOTE).is_focused());
    let patience = note(&h, "Patience").id;
    assert!(board(&h).votes_for(VoteTarget::Note(patience)) >= 1);
}

#[test]
fn group_similar_makes_a_theme_of_each_matching_set() {
    let mut h = example();
    h.get_by_label(text::board::ADD_BOARD).click();
    h.run();
    for word in [
        "Control!",
        "control",
        "controls",
        "controlling",
        "Trust",
        "trust.",
        "hope",
    ] {
        h.get_by_label(text::board::ADD_NOTE).click();
        h.run();
        h.get_by_role(Role::MultilineTextInput).type_text(word);
        h.key_press(Key::Enter);
        h.run();
    }
    assert_eq!(board(&h).notes.len(), 7);
    h.get_by_label("Group similar (2)").click();
    h.run();
    let b = board(&h);
    assert_eq!(b.themes.len(), 2);
    let theme_of = |text: &str| b.notes.iter().find(|n| n.text == text).unwrap().theme;
    assert!(theme_of("Control!").is_some());
    for word in ["control", "controls", "controlling"] {
        assert_eq!(theme_of(word), theme_of("Control!"), "{word}");
    }
    assert_eq!(theme_of("trust."), theme_of("Trust"));
    assert_ne!(theme_of("Trust"), theme_of("control"));
    assert_eq!(theme_of("hope"), None);
    assert_eq!(b.theme(theme_of("Trust").unwrap()).unwrap().name, "Trust");
    undo(&mut h);
    assert!(board(&h).themes.is_empty());
    assert!(board(&h).notes.iter().all(|n| n.theme.is_none()));
}

#[test]
fn explore_this_theme_starts_a_board_with_copies_of_its_notes() {
    let mut h = example();
    let boards = session(&h).boards.len();
    let theme = board(&h)
        .themes
        .iter()
        .find(|t| t.name == "Having a say")
        .unwrap()
        .clone();
    let bar = on_screen(&h, theme.area.x + 40.0, theme.area.y + 15.0);
    click_at(&mut h, bar, Modifiers::NONE);
    h.get_by_label(text::board::EXPLORE_THEME).click();
    h.run();
    assert_eq!(session(&h).boards.len(), boards + 1);
    let new = board(&h);
    assert_eq!(new.topic, "Having a say");
    let mut texts: Vec<&str> = new.notes.iter().map(|n| n.text.as_str()).collect();
    texts.sort_unstable();
    assert_eq!(
        texts,
        ["Being asked first", "Choices", "Control", "Control!"]
    );
    undo(&mut h);
    assert_eq!(session(&h).boards.len(), boards);
}

#[test]
fn ctrl_f_finds_and_steps_through_matching_notes() {
    let mut h = example();
    h.key_press_modifiers(CTRL, Key::F);
    h.run();
    h.get_by_label(text::board::FIND_SPOKEN).type_text("contr");
    h.run();
    assert!(h.query_by_label("1 of 2").is_some());
    let first = h.state().view().boards[&board(&h).id].selection.clone();
    assert_eq!(first.len(), 1);
    h.get_by_label(text::board::NEXT).click();
    h.run();
    assert!(h.query_by_label("2 of 2").is_some());
    let second = h.state().view().boards[&board(&h).id].selection.clone();
    assert_ne!(first, second);
    let texts: Vec<&str> = first
        .iter()
        .chain(&second)
        .map(|id| board(&h).note(*id).unwrap().text.as_str())
        .collect();
    assert!(
        texts.iter().all(|t| t.to_lowercase().contains("contr")),
        "{texts:?}"
    );
}

#[test]
fn the_outline_edits_the_same_notes_by_keyboard() {
    let mut h = example();
    h.get_by_label(text::app::SHOW_LIST).click();
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "Note 1");
    let old = field.value().unwrap();
    field.focus();
    h.run();
    h.key_press_modifiers(CTRL, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Note 1")
        .type_text("Heard properly");
    h.run();
    assert!(board(&h).notes.iter().any(|n| n.text == "Heard properly"));
    h.get_by_label(text::board::WRITE_NEW_NOTE).focus();
    h.run();
    h.get_by_label(text::board::WRITE_NEW_NOTE).type_text("Tea");
    h.run();
    h.get_by_label(text::board::ADD_THE_NOTE).click();
    h.run();
    assert!(board(&h).notes.iter().any(|n| n.text == "Tea"));
    h.get_by_label("Delete note 1").click();
    h.run();
    assert!(board(&h).notes.iter().all(|n| n.text != "Heard properly"));
    undo(&mut h);
    undo(&mut h);
    undo(&mut h);
    assert!(board(&h).notes.iter().any(|n| n.text == old));
}

#[test]
fn boards_can_be_added_renamed_and_deleted() {
    let mut h = example();
    let boards = session(&h).boards.len();
    h.get_by_label(text::board::ADD_BOARD).click();
    h.run();
    assert_eq!(session(&h).boards.len(), boards + 1);
    let topic = h.get_by_role_and_label(Role::TextInput, "Topic");
    topic.focus();
    h.run();
    h.key_press_modifiers(CTRL, Key::A);
    h.get_by_role_and_label(Role::TextInput, "Topic")
        .type_text("Power");
    h.run();
    assert_eq!(board(&h).topic, "Power");
    h.get_by_label("Delete the board “Power”").click();
    h.run();
    assert_eq!(session(&h).boards.len(), boards);
    h.key_press(Key::Escape);
    undo(&mut h);
    assert!(session(&h).boards.iter().any(|b| b.topic == "Power"));
}

#[test]
fn letters_typed_in_the_same_moment_as_escape_are_kept() {
    let mut h = example();
    let at = empty_spot(&h);
    click_at(&mut h, at, Modifiers::NONE);
    h.key_press(Key::N);
    h.run();
    // A fast typist on a slow laptop: the last letters and Escape arrive in one frame.
    h.get_by_role(Role::MultilineTextInput).type_text("Quic");
    h.run();
    h.input_mut().events.push(Event::Text("k".to_owned()));
    h.input_mut().events.push(Event::Key {
        key: Key::Escape,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    assert!(board(&h).notes.iter().any(|n| n.text == "Quick"));
    assert!(
        h.query_by_role(Role::MultilineTextInput).is_none(),
        "the editor closed"
    );
}

#[test]
fn pasting_a_list_makes_one_note_per_line_in_one_undo_step() {
    let mut h = example();
    let before = board(&h).notes.len();
    let at = empty_spot(&h);
    click_at(&mut h, at, Modifiers::NONE);
    h.event(Event::Paste("Belonging\n  Hope  \n\nCourage\n".to_owned()));
    h.run();
    let b = board(&h);
    assert_eq!(b.notes.len(), before + 3, "blank lines are skipped");
    for word in ["Belonging", "Hope", "Courage"] {
        assert!(b.notes.iter().any(|n| n.text == word), "{word}");
    }
    let new: Vec<_> = b.notes[before..]
        .iter()
        .map(|n| (n.position.x, n.position.y))
        .collect();
    assert!(
        new.windows(2).all(|w| w[0] != w[1]),
        "laid out in a grid, not piled up"
    );
    undo(&mut h);
    assert_eq!(board(&h).notes.len(), before);
}

#[test]
fn importing_a_word_list_from_a_file_makes_notes() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("poll.csv");
    std::fs::write(
        &list,
        "safe,12\n\"being listened to, properly\",9\nrespected,4\n",
    )
    .unwrap();
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    let before = board(&h).notes.len();
    picker.answer(Some(list));
    h.get_by_label(text::menu::FILE).click();
    h.run();
    h.get_by_label(text::menu::IMPORT_WORDS).click();
    h.run();
    let b = board(&h);
    assert_eq!(b.notes.len(), before + 3);
    assert!(
        b.notes
            .iter()
            .any(|n| n.text == "being listened to, properly")
    );
    assert!(b.notes.iter().any(|n| n.text == "safe"));
}

#[test]
fn pasted_tables_give_their_first_column_and_plain_lists_stay_whole() {
    use stepping_stones::edit::import::words_from_text;
    // `word, count` rows, with or without a space after the comma.
    assert_eq!(
        words_from_text("safe, 12\nrespected, 4\n"),
        ["safe", "respected"]
    );
    assert_eq!(
        words_from_text("safe,12\r\nrespected,4"),
        ["safe", "respected"]
    );
    // Quoted fields hold commas, doubled quotes and line breaks.
    assert_eq!(
        words_from_text("\"He said \"\"no\"\", then left\",3\n\"two\nlines\",5\nplain,1\n"),
        ["He said \"no\", then left", "two\nlines", "plain"]
    );
    assert_eq!(words_from_text("\"a, b\"\n\"c\""), ["a, b", "c"]);
    // Cells copied from a spreadsheet come separated by tabs.
    assert_eq!(words_from_text("Hope\t3\nCourage\t5"), ["Hope", "Courage"]);
    // A plain list: each line whole, commas and all.
    assert_eq!(
        words_from_text("tired, hungry and cold"),
        ["tired, hungry and cold"]
    );
    assert_eq!(
        words_from_text("a, b\nsafe\n\n  Hope  \n"),
        ["a, b", "safe", "Hope"]
    );
    // An unmatched quote does not swallow the lines after it.
    assert_eq!(words_from_text("\"unclosed\nHope"), ["\"unclosed", "Hope"]);
}

#[test]
fn a_summary_is_saved_from_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("for-the-group.md");
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    share(&mut h, &picker, text::menu::SUMMARY_NO_NAMES, &target);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.starts_with("# Being heard"));
    assert!(!text.contains("Priya"));
    assert!(h.state().status().contains("Saved the summary"));
}

#[test]
fn a_picture_of_the_board_is_saved_from_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("board");
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    share(
        &mut h,
        &picker,
        text::menu::PICTURE_NO_NAMES,
        &target.with_extension("png"),
    );
    let bytes = std::fs::read(target.with_extension("png")).unwrap();
    let picture = image::load_from_memory(&bytes).unwrap();
    assert!(picture.width() > 500 && picture.height() > 300);
    assert!(h.state().status().contains("Saved the picture"));
}

#[test]
fn a_summary_of_this_meeting_is_saved_from_the_menu() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("meeting.md");
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    share(&mut h, &picker, text::menu::MEETING_SUMMARY, &target);
    let text = std::fs::read_to_string(&target).unwrap();
    assert!(text.contains("- 2026-10-08"));
    assert!(!text.contains("- 2026-09-10"), "only this meeting");
}

#[test]
fn notes_written_one_after_another_line_up_without_overlapping() {
    let mut h = example();
    h.get_by_label(text::board::ADD_BOARD).click();
    h.run();
    for word in ["One", "Two", "Three"] {
        h.key_press(Key::N);
        h.run();
        h.get_by_role(Role::MultilineTextInput).type_text(word);
        h.key_press(Key::Enter);
        h.run();
    }
    let notes = &board(&h).notes;
    assert_eq!(notes.len(), 3);
    for (i, a) in notes.iter().enumerate() {
        for b in &notes[i + 1..] {
            let apart = (a.position.x - b.position.x).abs() >= NOTE_SIZE.0
                || (a.position.y - b.position.y).abs() >= NOTE_SIZE.1;
            assert!(apart, "{} and {} overlap", a.text, b.text);
        }
    }
    assert!(
        notes
            .iter()
            .all(|n| (n.position.y - notes[0].position.y).abs() < 1.0),
        "in one row"
    );
}

#[test]
fn a_note_written_by_keyboard_joins_no_theme_by_accident() {
    let mut h = example();
    for word in ["Hope", "Trust", "Courage"] {
        h.key_press(Key::N);
        h.run();
        h.get_by_role(Role::MultilineTextInput).type_text(word);
        h.key_press(Key::Enter);
        h.run();
    }
    let b = board(&h);
    for word in ["Hope", "Courage"] {
        let n = b.notes.iter().find(|n| n.text == word).unwrap();
        assert_eq!(n.theme, None, "{word} landed in a theme");
        assert!(
            b.themes.iter().all(|t| !t.area.contains(n.centre())),
            "{word} sits on a theme"
        );
    }
    // The last one was written where it could be seen.
    let last = b.notes.last().unwrap();
    let view = h.state().view().boards[&b.id].scene_rect.unwrap();
    let rect = egui::Rect::from_min_size(
        egui::pos2(last.position.x, last.position.y),
        egui::vec2(NOTE_SIZE.0, NOTE_SIZE.1),
    );
    assert!(view.contains_rect(rect), "{view:?} does not show {rect:?}");
}

#[test]
fn the_writer_can_be_chosen_from_the_toolbar_which_scrolls_when_text_is_large() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.get_by_label("Writing new notes as").click();
    h.run();
    h.get_by_label("Priya").click();
    h.run();
    let priya = h
        .state()
        .session()
        .unwrap()
        .participants
        .iter()
        .find(|p| p.name == "Priya")
        .unwrap()
        .id;
    assert_eq!(h.state().view().writer, Some(priya));
}
