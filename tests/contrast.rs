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

/// How colours look with each common colour-vision difference: Machado, Oliveira and
/// Fernandes (2009), full strength, applied to linear RGB. The last is typical vision.
const VISION: [(&str, [[f64; 3]; 3]); 4] = [
    (
        "protanopia (red-blind)",
        [
            [0.152_286, 1.052_583, -0.204_868],
            [0.114_503, 0.786_281, 0.099_216],
            [-0.003_882, -0.048_116, 1.051_998],
        ],
    ),
    (
        "deuteranopia (green-blind)",
        [
            [0.367_322, 0.860_646, -0.227_968],
            [0.280_085, 0.672_501, 0.047_413],
            [-0.011_820, 0.042_940, 0.968_881],
        ],
    ),
    (
        "tritanopia (blue-blind)",
        [
            [1.255_528, -0.076_749, -0.178_779],
            [-0.078_411, 0.930_809, 0.147_602],
            [0.004_733, 0.691_367, 0.303_900],
        ],
    ),
    (
        "typical vision",
        [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]],
    ),
];

/// CIE L*a*b* of a colour as seen with `vision`.
#[allow(
    clippy::many_single_char_names,
    reason = "r, g, b, x, y, z are the names the colour formulas use"
)]
fn seen_as(c: Color32, vision: &[[f64; 3]; 3]) -> [f64; 3] {
    let [r, g, b, _] = c.to_srgba_unmultiplied();
    let linear = [channel(r), channel(g), channel(b)];
    let [r, g, b] = vision
        .map(|row| (row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]).clamp(0.0, 1.0));
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.950_47;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.088_83;
    let f = |t: f64| {
        if t > 0.008_856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

/// The smallest difference (CIE ΔE 1976) between any two of `colours`, with any vision.
fn closest_pair(colours: &[(String, Color32)]) -> (f64, String) {
    let mut closest = (f64::MAX, String::new());
    for (vision, matrix) in &VISION {
        for (i, (a, ca)) in colours.iter().enumerate() {
            for (b, cb) in &colours[i + 1..] {
                let (la, lb) = (seen_as(*ca, matrix), seen_as(*cb, matrix));
                let d = la
                    .iter()
                    .zip(lb)
                    .map(|(x, y)| (x - y).powi(2))
                    .sum::<f64>()
                    .sqrt();
                if d < closest.0 {
                    closest = (d, format!("{a} and {b} with {vision}"));
                }
            }
        }
    }
    closest
}

/// Side by side, colours 10 apart (ΔE) are plainly different; 2 or 3 is barely there.
const PLAINLY_DIFFERENT: f64 = 10.0;

#[test]
fn note_and_people_colours_stay_apart_with_colour_blindness() {
    let colours: Vec<(String, Color32)> = Colour::ALL
        .iter()
        .map(|c| (format!("{c:?}"), tokens::note_fill(*c)))
        .collect();
    let (d, which) = closest_pair(&colours);
    assert!(d >= PLAINLY_DIFFERENT, "{which} are only {d:.1} apart");
}

#[test]
fn ladder_token_colours_stay_apart_with_colour_blindness() {
    let colours: Vec<(String, Color32)> = [
        PlacementKind::Now,
        PlacementKind::ShouldBe,
        PlacementKind::Realistic,
    ]
    .iter()
    .map(|k| (format!("{k:?}"), tokens::kind_fill(*k)))
    .collect();
    let (d, which) = closest_pair(&colours);
    assert!(d >= PLAINLY_DIFFERENT, "{which} are only {d:.1} apart");
}

#[test]
fn the_simulation_finds_colours_that_run_together() {
    // Blue and lilac of the same lightness differ only in red: red-blind eyes see one colour.
    let pair = [
        ("blue".to_owned(), Color32::from_rgb(0xa9, 0xd2, 0xf5)),
        ("lilac".to_owned(), Color32::from_rgb(0xd3, 0xc3, 0xf0)),
    ];
    let (d, which) = closest_pair(&pair);
    assert!(d < 5.0, "{which}: {d:.1}");
}
