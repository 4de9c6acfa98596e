//! What the app's fonts cost when it starts: the time to install them and draw the first
//! frame of text in every script of the sample session, against egui's own fonts alone;
//! and what drawing right-to-left text in reading order costs a frame once it has been
//! seen. `cargo run --release --example font_startup` (prints one line per measurement).

use std::time::{Duration, Instant};

use egui::{FontDefinitions, FontId};

/// Every note, name and theme of the sample session.
fn sample_texts() -> Vec<String> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/languages.ron");
    let session = stepping_stones::file::load(&path).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1);
    });
    let mut texts: Vec<String> = session
        .participants
        .iter()
        .map(|p| p.name.clone())
        .collect();
    for board in &session.boards {
        texts.extend(board.notes.iter().map(|n| n.text.clone()));
        texts.extend(board.themes.iter().map(|t| t.name.clone()));
    }
    texts
}

/// A new context with `install` applied, and its first frame laying out `texts`.
fn first_frame(texts: &[String], install: impl Fn(&egui::Context)) -> Duration {
    let start = Instant::now();
    let ctx = egui::Context::default();
    install(&ctx);
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        for text in texts {
            let _ = ui.painter().layout(
                text.clone(),
                FontId::proportional(20.0),
                egui::Color32::BLACK,
                150.0,
            );
        }
    });
    output.textures_delta.clear();
    start.elapsed()
}

/// One steady frame (after a first that fills the caches) laying out `n` notes of `text`,
/// with the app's right-to-left handling or with egui's layout alone.
fn steady_frame(text: &str, n: usize, reorder: bool) -> Duration {
    let ctx = egui::Context::default();
    stepping_stones::ui::fonts::install(&ctx);
    let texts: Vec<String> = (0..n).map(|i| format!("{text} {}", i % 50)).collect();
    let mut elapsed = Duration::ZERO;
    for _ in 0..3 {
        let start = Instant::now();
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            for t in &texts {
                let font = FontId::proportional(20.0);
                let colour = egui::Color32::BLACK;
                let _ = if reorder {
                    stepping_stones::ui::bidi::layout_wrapped(ui.painter(), t, font, colour, 150.0)
                } else {
                    ui.painter().layout(t.clone(), font, colour, 150.0)
                };
            }
        });
        output.textures_delta.clear();
        elapsed = start.elapsed();
    }
    elapsed
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let texts = sample_texts();
    // egui's fonts alone draw boxes for most of these; the time is what counts here.
    let quiet = |ctx: &egui::Context| {
        ctx.set_fonts(FontDefinitions::default());
        ctx.set_missing_glyph_policy(egui::epaint::text::MissingGlyphPolicy::Tofu);
    };
    let before = median((0..7).map(|_| first_frame(&texts, quiet)).collect());
    let with_app_fonts = median(
        (0..7)
            .map(|_| first_frame(&texts, stepping_stones::ui::fonts::install))
            .collect(),
    );
    println!(
        "BENCH first_frame_egui_fonts {:.1} ms",
        before.as_secs_f64() * 1000.0
    );
    println!(
        "BENCH first_frame_app_fonts {:.1} ms",
        with_app_fonts.as_secs_f64() * 1000.0
    );
    for (name, text) in [
        ("latin", "Someone who really listens"),
        ("arabic", "لدينا 3 اجتماعات في Leeds كل شهر"),
    ] {
        for (how, reorder) in [("egui_layout", false), ("app_layout", true)] {
            let t = median((0..5).map(|_| steady_frame(text, 1000, reorder)).collect());
            println!(
                "BENCH steady_1000_{name}_notes_{how} {:.2} ms",
                t.as_secs_f64() * 1000.0
            );
        }
    }
}
