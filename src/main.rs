//! Starts the Stepping Stones window, opening the session file named on the command line.

use std::path::PathBuf;

use stepping_stones::App;
use stepping_stones::app::StartOptions;

const USAGE: &str = "Usage: stepping-stones [SESSION-FILE.ron]

Opens the Stepping Stones window. With a file, opens that session;
without one, shows the welcome screen.";

fn main() -> eframe::Result {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let mut path = None;
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return Ok(());
            }
            Some("-V" | "--version") => {
                println!("stepping-stones {}", env!("CARGO_PKG_VERSION"));
                return Ok(());
            }
            _ => path = Some(PathBuf::from(arg)),
        }
    }
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Stepping Stones")
            .with_app_id("stepping-stones")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Stepping Stones",
        options,
        Box::new(move |cc| {
            Ok(Box::new(App::new(
                cc,
                StartOptions {
                    path,
                    ..StartOptions::default()
                },
            )))
        }),
    )
}
