//! Choosing files. The app asks through [`FilePicker`], so tests can answer without a dialog.

use std::path::{Path, PathBuf};

/// Asks the person which file to open or where to save.
pub trait FilePicker {
    /// A session file to open, or `None` if they cancelled.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Where to save, starting from `suggested`, or `None` if they cancelled.
    fn pick_save(&mut self, suggested: &Path) -> Option<PathBuf>;
}

/// The system's own file dialogs.
#[derive(Debug, Default)]
pub struct SystemPicker;

impl FilePicker for SystemPicker {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a session")
            .add_filter("Stepping Stones session", &["ron"])
            .add_filter("Any file", &["*"])
            .pick_file()
    }

    fn pick_save(&mut self, suggested: &Path) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Save the session")
            .add_filter("Stepping Stones session", &["ron"]);
        if let Some(folder) = suggested.parent().filter(|f| f.is_dir()) {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = suggested.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
        dialog.save_file().map(|p| with_ron_extension(&p))
    }
}

/// Adds `.ron` to a chosen name that has no extension, as people expect.
#[must_use]
pub fn with_ron_extension(path: &Path) -> PathBuf {
    if path.extension().is_some() {
        path.to_owned()
    } else {
        path.with_extension("ron")
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
        "session.ron".to_owned()
    } else {
        format!("{name}.ron")
    }
}
