//! Words of the questions that wait for an answer before anything else happens.

// Typing a path, on computers where no file chooser can be shown.

pub const WHERE_TO_SAVE: &str = "Where should the session be saved?";
pub const WHICH_TO_OPEN: &str = "Which session file should be opened?";
pub const NO_FILE_CHOOSER: &str = "Stepping Stones can't show a file chooser on this computer. Type the file's full path instead: the folders it is in, and its name.";
pub const FILE_PATH: &str = "File path";

// Unsaved changes.

pub const SAVE_CHANGES: &str = "Save your changes?";

#[must_use]
pub fn unsaved_changes(title: &str) -> String {
    format!("“{title}” has changes that are not saved yet. If you don't save, they will be lost.")
}

pub const DONT_SAVE: &str = "Don't save";

// Opening and saving went wrong.

pub const NOT_SAVED: &str = "Not saved";
pub const SAVE_AS: &str = "Save as…";

/// `reason` is a save error, which says what went wrong.
#[must_use]
pub fn save_failed(path: &std::path::Path, reason: &dyn std::fmt::Display) -> String {
    format!(
        "The session was not saved to “{}”.\n\n{reason}\n\nYour work is still here, and a copy is kept safe in case the computer stops. Choose “{SAVE_AS}” to put it somewhere else.",
        path.display()
    )
}

pub const COULD_NOT_OPEN: &str = "Could not open the file";

/// `reason` is a load error, which says what went wrong.
#[must_use]
pub fn open_failed(name: &str, reason: &dyn std::fmt::Display) -> String {
    format!("“{name}” could not be opened.\n\n{reason}")
}

// The file was changed by another program.

pub const CHANGED_ELSEWHERE: &str = "The file was changed elsewhere";

#[must_use]
pub fn changed_elsewhere(name: &str) -> String {
    format!(
        "“{name}” was changed by another program (or another copy of Stepping Stones) since it was opened here. What would you like to do?"
    )
}

pub const SAVE_AS_COPY: &str = "Save as a copy…";
pub const OVERWRITE: &str = "Overwrite it";
pub const RELOAD_FROM_DISK: &str = "Reload from disk";
pub const RELOAD_TITLE: &str = "Reload from disk?";
pub const RELOAD_WARNING: &str = "Reloading opens the file as the other program left it. The changes made here since the last save will be lost.";
pub const RELOAD: &str = "Reload";

// Unsaved work from a run that stopped.

pub const WORK_FOUND: &str = "Unsaved work was found";
/// Where the found work came from, when it was never saved.
pub const NEVER_SAVED: &str = "never saved to a file";

#[must_use]
pub fn from_file(path: &std::path::Path) -> String {
    format!("from {}", path.display())
}

/// `from` is [`NEVER_SAVED`] or from [`from_file`]; `when` says how long ago.
#[must_use]
pub fn work_found(title: &str, from: &str, notes: usize, when: &str) -> String {
    format!(
        "Stepping Stones stopped before this work was saved.\n\n“{title}” ({from})\n{notes} notes, last changed {when}.\n\nRestore opens it as unsaved work. Nothing is written to any file until you save. Discard throws it away."
    )
}

/// `reason` is a load error, which says what went wrong.
#[must_use]
pub fn work_unreadable(reason: &dyn std::fmt::Display) -> String {
    format!("Some unsaved work was found, but it can't be read: {reason}")
}

#[must_use]
pub fn restore_failed(reason: &dyn std::fmt::Display) -> String {
    format!("The unsaved work could not be read back.\n\n{reason}")
}

pub const RESTORE: &str = "Restore";
pub const DISCARD: &str = "Discard";
pub const THROW_AWAY_TITLE: &str = "Throw this work away?";
pub const THROW_AWAY_WARNING: &str = "The unsaved work will be gone for good.";
pub const KEEP_IT: &str = "Keep it";
pub const THROW_IT_AWAY: &str = "Throw it away";
