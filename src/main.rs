//! Starts the Stepping Stones window, opening the session file named on the command line.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use stepping_stones::App;
use stepping_stones::app::StartOptions;

const USAGE: &str = "Usage: stepping-stones [SESSION-FILE.ron]

Opens the Stepping Stones window. With a file, opens that session;
without one, shows the welcome screen.

Unsaved work is copied to the app's own folder (on Linux
~/.local/share/stepping-stones/recovery). Set STEPPING_STONES_DATA_DIR
to use another folder.";

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
    let data_folder = std::env::var_os("STEPPING_STONES_DATA_DIR")
        .map(PathBuf::from)
        .or_else(stepping_stones::file::recovery::default_data_folder);
    let stop = Arc::new(AtomicBool::new(false));
    let context: Arc<OnceLock<egui::Context>> = Arc::default();
    watch_for_stop_signals(&stop, &context);
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
            let _ = context.set(cc.egui_ctx.clone());
            Ok(Box::new(App::new(
                cc,
                StartOptions {
                    path,
                    data_folder,
                    stop: Some(stop),
                    ..StartOptions::default()
                },
            )))
        }),
    )
}

/// On a stop signal (logout, shutdown, Ctrl+C in a terminal) the app writes a recovery
/// snapshot and closes. If it can't within a few seconds, it ends anyway.
#[cfg(unix)]
fn watch_for_stop_signals(stop: &Arc<AtomicBool>, context: &Arc<OnceLock<egui::Context>>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        log::warn!("stop signals can't be watched; unsaved work is still copied every few seconds");
        return;
    };
    let stop = Arc::clone(stop);
    let context = Arc::clone(context);
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            stop.store(true, Ordering::SeqCst);
            if let Some(ctx) = context.get() {
                ctx.request_repaint();
            }
            std::thread::sleep(std::time::Duration::from_secs(5));
            std::process::exit(1);
        }
    });
}

#[cfg(not(unix))]
fn watch_for_stop_signals(_stop: &Arc<AtomicBool>, _context: &Arc<OnceLock<egui::Context>>) {}
