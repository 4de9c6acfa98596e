//! Every language a group writes in shows: a glyph for every character of the sample
//! session (a sentence in each of the languages most spoken in England and Wales, and
//! Hebrew, Cyrillic, Greek and emoji), right-to-left text in reading order, and a picture
//! of the sample board that matches the reviewed one.

use std::path::{Path, PathBuf};

use egui::epaint::text::{Fonts, TextOptions};
use egui::{FontFamily, FontId};
use stepping_stones::export::Names;
use stepping_stones::export::picture::{Canvas, png_bytes, render};
use stepping_stones::model::Session;
use stepping_stones::ui::bidi::{self, Base};
use stepping_stones::ui::fonts;

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn sample() -> Session {
    stepping_stones::file::load(&fixture_path("languages.ron")).unwrap()
}

/// Every piece of the sample's text that is shown on the board.
fn shown_text(session: &Session) -> Vec<String> {
    let mut texts: Vec<String> = session
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    for board in &session.boards {
        texts.push(board.topic.clone());
        texts.extend(board.notes.iter().map(|n| n.text.clone()));
        texts.extend(board.themes.iter().map(|t| t.name.clone()));
    }
    texts
}

#[test]
fn the_sample_has_a_sentence_in_every_script_asked_for() {
    let notes: Vec<String> = sample().boards[0]
        .notes
        .iter()
        .map(|n| n.text.clone())
        .collect();
    let all = notes.concat();
    // One letter from each script (and an emoji), so the fixture can't lose one unseen.
    for (script, letter) in [
        ("Polish", 'ż'),
        ("Romanian", 'ș'),
        ("Gurmukhi (Panjabi)", 'ਹ'),
        ("Urdu", 'ے'),
        ("Portuguese", 'ã'),
        ("Spanish", '¿'),
        ("Arabic", 'ج'),
        ("Bengali", 'প'),
        ("Gujarati", 'દ'),
        ("Italian", 'è'),
        ("Chinese", '声'),
        ("Lithuanian", 'ą'),
        ("Turkish", 'ı'),
        ("Tamil", 'க'),
        ("Persian", '\u{06CC}'),
        ("Hebrew", 'ק'),
        ("Cyrillic", 'Ж'),
        ("Greek", 'φ'),
        ("Devanagari", 'ह'),
        ("emoji", '🌱'),
    ] {
        let found = all.contains(letter) || all.to_uppercase().contains(letter);
        assert!(found, "no {script} in the sample");
    }
    assert_eq!(notes.len(), 21);
}

/// The bundled fonts alone (no fonts from this computer), so the test says the same on
/// every machine: the sample reads anywhere.
#[test]
fn every_character_of_the_sample_has_a_glyph_in_the_bundled_fonts() {
    let mut fonts = Fonts::new(TextOptions::default(), fonts::definitions());
    let mut missing = Vec::new();
    for text in shown_text(&sample()) {
        for c in text.chars() {
            if c.is_control() || fonts::is_invisible(c) {
                continue;
            }
            for font in [FontId::proportional(16.0), FontId::monospace(16.0)] {
                if !fonts.has_glyph(&font, c) {
                    missing.push(format!("{c} (U+{:04X}) in {:?}", u32::from(c), font.family));
                }
            }
        }
    }
    assert!(missing.is_empty(), "no glyph for: {missing:#?}");
}

#[test]
fn each_script_is_drawn_by_its_own_font() {
    let mut fonts = Fonts::new(TextOptions::default(), fonts::definitions());
    let by_char = fonts
        .with_pixels_per_point(1.0)
        .characters(&FontFamily::Proportional)
        .clone();
    for (c, font) in [
        ('a', "Ubuntu-Light"),
        ('ж', "Ubuntu-Light"),
        ('ج', "NotoSansArabic"),
        ('ק', "NotoSansHebrew"),
        ('ह', "NotoSansDevanagari"),
        ('প', "NotoSansBengali"),
        ('દ', "NotoSansGujarati"),
        ('ਹ', "NotoSansGurmukhi"),
        ('க', "NotoSansTamil"),
        ('声', "NotoSansSC-Common"),
    ] {
        let fonts = by_char.get(&c).cloned().unwrap_or_default();
        assert_eq!(fonts.first().map(String::as_str), Some(font), "{c}");
    }
}

#[test]
fn the_arabic_joining_forms_are_in_the_bundled_font() {
    // egui shapes with the font's own tables; a note that was stored already joined
    // (presentation forms, as some programs paste it) must draw too.
    let mut fonts = Fonts::new(TextOptions::default(), fonts::definitions());
    let font = FontId::proportional(16.0);
    for c in ['\u{FEDF}', '\u{FEE0}', '\u{FEFB}', '\u{FB8E}'] {
        assert!(fonts.has_glyph(&font, c), "U+{:04X}", u32::from(c));
    }
}

// Right to left.

const W1: &str = "لدينا"; // "we have"
const W2: &str = "اجتماعات"; // "meetings"

#[test]
fn an_arabic_sentence_with_a_number_reads_in_order() {
    // Each Arabic word is handed to the shaper as written (it turns and joins it itself);
    // the words go right to left, the number between them, read left to right.
    let written = format!("{W1} 3 {W2}");
    assert_eq!(bidi::visual(&written, Base::Auto), format!("{W2} 3 {W1}"));
    let written = format!("{W1} 2026 {W2}");
    assert_eq!(
        bidi::visual(&written, Base::Auto),
        format!("{W2} 2026 {W1}")
    );
}

#[test]
fn a_latin_word_inside_arabic_keeps_its_letters_in_order() {
    let written = format!("{W1} في Leeds");
    assert_eq!(bidi::visual(&written, Base::Auto), format!("Leeds في {W1}"));
}

#[test]
fn hebrew_reads_right_to_left_with_its_full_stop_at_the_end() {
    assert_eq!(bidi::visual("כל קול חשוב.", Base::Auto), ".חשוב קול כל");
}

#[test]
fn brackets_face_the_right_way_in_right_to_left_text() {
    assert_eq!(
        bidi::visual(&format!("{W1} (3)"), Base::Auto),
        format!("(3) {W1}")
    );
}

#[test]
fn persian_joiners_stay_inside_their_word() {
    let word = "می\u{200C}خواهیم"; // "we want", with a zero-width non-joiner
    let written = format!("ما {word}");
    assert_eq!(bidi::visual(&written, Base::Auto), format!("{word} ما"));
}

#[test]
fn a_name_inside_an_english_sentence_keeps_the_sentence_in_order() {
    let name = "فاطمة";
    let shown = format!("{}: 2 of 5", bidi::isolate(name));
    assert_eq!(
        bidi::visual(&shown, Base::LeftToRight),
        format!("{name}: 2 of 5")
    );
    assert_eq!(bidi::isolate("Sam"), "Sam", "nothing added to other names");
}

#[test]
fn text_without_right_to_left_letters_is_left_alone() {
    for text in [
        "Being heard",
        "Każdy głos się liczy.",
        "每个人的声音都很重要。",
        "हर आवाज़",
    ] {
        assert!(!bidi::needs_reordering(text));
        assert!(matches!(
            bidi::visual(text, Base::Auto),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}

#[test]
fn laid_out_arabic_puts_the_first_word_on_the_right() {
    // Through egui's own layout: the glyphs of the first word written are right of the
    // number, those of the last word left of it.
    let ctx = egui::Context::default();
    fonts::install(&ctx);
    let written = format!("{W1} 3 {W2}");
    let mut positions = None;
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let galley = bidi::layout_wrapped(
            ui.painter(),
            &written,
            FontId::proportional(20.0),
            egui::Color32::BLACK,
            1000.0,
        );
        let glyphs: Vec<(char, f32)> = galley.rows[0]
            .row
            .glyphs
            .iter()
            .map(|g| (g.chr, g.pos.x))
            .collect();
        positions = Some(glyphs);
    });
    output.textures_delta.clear();
    let glyphs = positions.unwrap();
    let x_of = |wanted: &str| -> Vec<f32> {
        glyphs
            .iter()
            .filter(|(c, _)| wanted.contains(*c))
            .map(|(_, x)| *x)
            .collect()
    };
    let three = x_of("3")[0];
    assert!(x_of("لدين").iter().all(|x| *x > three), "{glyphs:?}");
    assert!(x_of("جتمع").iter().all(|x| *x < three), "{glyphs:?}");
}

// The reviewed picture.

/// The sample board drawn as the Share menu's picture, compared with the reviewed one
/// (`tests/fixtures/languages-board.png`, looked at by a person before it was committed).
/// Set `UPDATE_REVIEWED_PICTURE=1` to write a new one, then look at it before committing.
#[test]
fn the_sample_board_looks_like_the_reviewed_picture() {
    let session = sample();
    let image = render(
        &session,
        Canvas::Board(session.boards[0].id),
        Names::Show,
        1.0,
    )
    .unwrap();
    let path = fixture_path("languages-board.png");
    if std::env::var_os("UPDATE_REVIEWED_PICTURE").is_some() {
        std::fs::write(&path, png_bytes(&image).unwrap()).unwrap();
    }
    let reviewed = image::open(&path).unwrap().to_rgba8();
    assert_eq!(
        [reviewed.width() as usize, reviewed.height() as usize],
        image.size,
        "the picture changed size"
    );
    let differing = image
        .pixels
        .iter()
        .zip(reviewed.pixels())
        .filter(|(a, b)| {
            let [r, g, bl, _] = b.0;
            a.r().abs_diff(r) > 24 || a.g().abs_diff(g) > 24 || a.b().abs_diff(bl) > 24
        })
        .count();
    let share = differing as f64 / image.pixels.len() as f64;
    assert!(
        share < 0.002,
        "{:.3}% of the pixels differ from the reviewed picture",
        share * 100.0
    );
}
