//! The project's own build tasks, run as `cargo xtask TASK` (see `.cargo/config.toml`).
//!
//! - `cargo xtask dist`: the Windows installer, the Linux `.deb` and a plain `.tar.gz`,
//!   all written to `dist/`. What it needs from the system, it checks for first.
//! - `cargo xtask icon`: draws the app icon again into `assets/`.

mod dist;
mod icon;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "Usage: cargo xtask dist [--windows] [--linux]
       cargo xtask icon

dist   builds everything a facilitator downloads into dist/: the Windows installer
       (cross-built with MinGW, packed with NSIS), the .deb and the .tar.gz.
       --windows or --linux builds only that part.
icon   draws the app icon again into assets/ (PNG sizes and icon.ico).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("icon") => icon::write_all(&root().join("assets")),
        Some("dist") => {
            let only_windows = args.iter().any(|a| a == "--windows");
            let only_linux = args.iter().any(|a| a == "--linux");
            let both = only_windows == only_linux;
            let parts = dist::Parts {
                windows: both || only_windows,
                linux: both || only_linux,
            };
            dist::dist(&root(), &parts)
        }
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository's root folder (the xtask crate sits one level below it).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}
