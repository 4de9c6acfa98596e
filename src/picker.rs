//! Choosing files. The app asks through [`FilePicker`], so tests can answer without a dialog.

use std::path::{Path, PathBuf};

use crate::text::files as words;

/// What came of asking for a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Chosen(PathBuf),
    Cancelled,
    /// This computer has no file dialog the app can show; the app asks for a path itself.
    Unavailable,
}

/// Asks the person which file to open or where to save.
pub trait FilePicker {
    /// A session file to open.
    fn pick_open(&mut self) -> Pick;
    /// Where to save, starting from `suggested`.
    fn pick_save(&mut self, suggested: &Path) -> Pick;
}

/// The system's own file dialogs.
#[derive(Debug, Default)]
pub struct SystemPicker {
    /// Set once no dialog could be shown, so the app stops trying.
    unavailable: bool,
}

/// Nobody answers a real dialog this fast: a quicker "nothing chosen" means there was no
/// dialog (some Linux desktops have neither a portal nor zenity).
const TOO_QUICK: std::time::Duration = std::time::Duration::from_millis(150);

impl SystemPicker {
    fn ask(&mut self, show: impl FnOnce() -> Option<PathBuf>) -> Pick {
        if self.unavailable {
            return Pick::Unavailable;
        }
        let started = std::time::Instant::now();
        match show() {
            Some(path) => Pick::Chosen(path),
            None if started.elapsed() < TOO_QUICK => {
                log::warn!("no file dialog could be shown; asking for a path instead");
                self.unavailable = true;
                Pick::Unavailable
            }
            None => Pick::Cancelled,
        }
    }
}

impl FilePicker for SystemPicker {
    fn pick_open(&mut self) -> Pick {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(words::PICK_OPEN_TITLE)
                .add_filter(words::KIND_SESSION, &["ron"])
                .add_filter(words::KIND_ANY, &["*"])
                .pick_file()
        })
    }

    fn pick_save(&mut self, suggested: &Path) -> Pick {
        self.ask(|| {
            let extension = suggested
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("ron");
            let (title, kind) = match extension {
                "md" => (words::PICK_SAVE_SUMMARY, words::KIND_SUMMARY),
                "csv" => (words::PICK_SAVE_CSV, words::KIND_CSV),
                "png" => (words::PICK_SAVE_PICTURE, words::KIND_PICTURE),
                _ => (words::PICK_SAVE_SESSION, words::KIND_SESSION),
            };
            let mut dialog = rfd::FileDialog::new()
                .set_title(title)
                .add_filter(kind, &[extension]);
            if let Some(folder) = suggested.parent().filter(|f| f.is_dir()) {
                dialog = dialog.set_directory(folder);
            }
            if let Some(name) = suggested.file_name() {
                dialog = dialog.set_file_name(name.to_string_lossy());
            }
            dialog.save_file().map(|p| with_extension(&p, extension))
        })
    }
}

/// Adds `.ron` to a chosen name that has no extension, as people expect.
#[must_use]
pub fn with_ron_extension(path: &Path) -> PathBuf {
    with_extension(path, "ron")
}

/// Adds `extension` to a chosen name that has none.
#[must_use]
pub fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path.to_owned()
    } else {
        path.with_extension(extension)
    }
}

/// A file name made from a session title: letters, digits and dashes only.
#[must_use]
pub fn file_name_for(title: &str) -> String {
    let mut name = String::new();
    for c in title.trim().chars() {
        if c.is_alphanumeric() {
            name.extend(c.to_lowercase());
        } else if !name.ends_with('-') && !name.is_empty() {
            name.push('-');
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        format!("{}.ron", crate::text::files::UNTITLED_FILE)
    } else {
        format!("{name}.ron")
    }
}
