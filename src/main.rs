//! Starts the Stepping Stones window, opening the session file named on the command line.

// On Windows, a release build is a windowed program: starting it from the Start menu or
// Explorer opens no console window beside it. (The `summary` command still writes its
// file with -o; printing to a console needs a debug build there.)
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

use stepping_stones::App;
use stepping_stones::app::StartOptions;

const USAGE: &str = "Usage: stepping-stones [SESSION-FILE.ron]
       stepping-stones summary SESSION-FILE.ron [--no-names] [-o SUMMARY.md]

Opens the Stepping Stones window. With a file, opens that session;
without one, shows the welcome screen.

`summary` writes a summary of the session in Markdown, without opening a
window: to the screen, or to a file with -o. --no-names leaves out
everyone's names.

Unsaved work is copied to the app's own folder (on Linux
~/.local/share/stepping-stones/recovery). Set STEPPING_STONES_DATA_DIR
to use another folder.";

fn main() -> eframe::Result {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    if args.first().is_some_and(|a| a == "summary") {
        std::process::exit(summary_command(&args[1..]));
    }
    let mut path = None;
    for arg in args {
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
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(stepping_stones::text::app::APP_NAME)
        .with_app_id("stepping-stones")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 480.0]);
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

/// `stepping-stones summary FILE [--no-names] [-o OUT]`: returns the exit code.
fn summary_command(args: &[std::ffi::OsString]) -> i32 {
    use stepping_stones::export::Names;
    use stepping_stones::export::summary::{SummaryOptions, summary};
    let mut file = None;
    let mut out = None;
    let mut names = Names::Show;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--no-names") => names = Names::Hide,
            Some("-o" | "--output") => {
                let Some(path) = args.next() else {
                    eprintln!("-o needs the name of the file to write.\n\n{USAGE}");
                    return 2;
                };
                out = Some(PathBuf::from(path));
            }
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return 0;
            }
            _ if file.is_none() => file = Some(PathBuf::from(arg)),
            _ => {
                eprintln!("Only one session file can be summarised at a time.\n\n{USAGE}");
                return 2;
            }
        }
    }
    let Some(file) = file else {
        eprintln!("Which session file should be summarised?\n\n{USAGE}");
        return 2;
    };
    let session = match stepping_stones::file::load(&file) {
        Ok(session) => session,
        Err(err) => {
            eprintln!("{}: {err}", file.display());
            return 1;
        }
    };
    let text = summary(
        &session,
        SummaryOptions {
            names,
            meeting: None,
        },
    );
    match out {
        None => {
            print!("{text}");
            0
        }
        Some(path) => match stepping_stones::file::write_atomic(
            &path,
            text.as_bytes(),
            stepping_stones::file::Backup::None,
        ) {
            Ok(()) => 0,
            Err(err) => {
                eprintln!("The summary was not written to {}: {err}", path.display());
                1
            }
        },
    }
}
