//! What the app's fonts cost when it starts: the time to install them and draw the first
//! frame of text in every script of the sample session, against egui's own fonts alone.
//! `cargo run --release --example font_startup` (prints one line per measurement).

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
}
