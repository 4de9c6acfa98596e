//! Starts the Stepping Stones window, opening the session file named on the command line.
//! The command line itself (help, version, `summary`) is read and carried out by `cli`.

// On Windows, a release build is a windowed program: starting it from the Start menu or
// Explorer opens no console window beside it. (The `summary` command still writes its
// file with -o; printing to a console needs a debug build there.)
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

use stepping_stones::App;
use stepping_stones::app::StartOptions;
use stepping_stones::cli::Start;

fn main() -> eframe::Result {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let path = match stepping_stones::cli::start(
        std::env::args_os().skip(1),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    ) {
        Start::Window(path) => path,
        Start::Exit(code) => std::process::exit(code),
    };
    let data_folder = std::env::var_os("STEPPING_STONES_DATA_DIR")
        .map(PathBuf::from)
        .or_else(stepping_stones::file::recovery::default_data_folder);
    let stop = Arc::new(AtomicBool::new(false));
    let context: Arc<OnceLock<egui::Context>> = Arc::default();
    watch_for_stop_signals(&stop, &context);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(stepping_stones::text::app::APP_NAME)
        .with_app_id("stepping-stones")
        .with_inner_size(stepping_stones::ui::tokens::WINDOW_SIZE)
        .with_min_inner_size(stepping_stones::ui::tokens::MIN_WINDOW_SIZE);
    // The stepping stones icon, for the title bar and the taskbar. It is built in, so it
    // can only fail if the build itself is broken; then the system's own icon is shown.
    match eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon-128.png")) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(err) => log::warn!("the window icon could not be read: {err}"),
    }
    let options = eframe::NativeOptions {
        viewport,
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
            stop.store(true, std::sync::atomic::Ordering::SeqCst);
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
