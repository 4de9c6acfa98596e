//! Text is readable: contrast ratios over the colour tokens, measured as WCAG 2.2 does.
//! At least 4.5:1 (AA) in the light and dark looks, 7:1 (AAA) in high contrast.

use egui::Color32;
use stepping_stones::model::{Colour, PlacementKind};
use stepping_stones::ui::tokens;

fn channel(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

fn luminance(c: Color32) -> f64 {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

fn ratio(a: Color32, b: Color32) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn assert_readable(what: &str, text: Color32, background: Color32, at_least: f64) {
    let r = ratio(text, background);
    assert!(
        r >= at_least,
        "{what}: {r:.2}:1 is below {at_least}:1 ({text:?} on {background:?})"
    );
}

#[test]
fn the_ratio_is_computed_as_wcag_does() {
    assert!((ratio(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
    assert!((ratio(Color32::from_rgb(0x77, 0x77, 0x77), Color32::WHITE) - 4.48).abs() < 0.02);
}

#[test]
fn note_and_token_text_is_readable_on_every_colour() {
    // Notes and tokens keep their colours in every look, so they meet the stricter 7:1.
    for c in Colour::ALL {
        assert_readable(
            &format!("note text on {}", c.name()),
            tokens::NOTE_TEXT,
            tokens::note_fill(c),
            7.0,
        );
        assert_readable(
            &format!("theme name on {}", c.name()),
            tokens::NOTE_TEXT,
            tokens::theme_edge(c),
            7.0,
        );
    }
    for k in PlacementKind::ALL {
        assert_readable(k.label(), tokens::NOTE_TEXT, tokens::kind_fill(k), 7.0);
    }
    assert_readable(
        "face-down note",
        tokens::FACE_DOWN_TEXT,
        tokens::FACE_DOWN,
        4.5,
    );
}

#[test]
fn interface_text_is_readable_in_each_look() {
    let looks = [
        ("light", tokens::light_visuals(), 4.5),
        ("dark", tokens::dark_visuals(), 4.5),
        ("high contrast", tokens::high_contrast_visuals(), 7.0),
    ];
    for (name, v, at_least) in looks {
        for (bg_name, bg) in [
            ("panel", v.panel_fill),
            ("window", v.window_fill),
            ("text field", v.extreme_bg_color),
        ] {
            assert_readable(
                &format!("{name}: text on {bg_name}"),
                v.text_color(),
                bg,
                at_least,
            );
            assert_readable(
                &format!("{name}: quieter text on {bg_name}"),
                v.weak_text_color(),
                bg,
                at_least,
            );
        }
        assert_readable(
            &format!("{name}: warnings"),
            tokens::warning_on(v.dark_mode),
            v.panel_fill,
            4.5,
        );
    }
}

#[test]
fn words_on_the_river_are_readable() {
    assert_readable(
        "ocean on the water",
        tokens::NOTE_TEXT,
        tokens::RIVER_WATER,
        4.5,
    );
}
