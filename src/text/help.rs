//! Words of the Help menu: the keyboard shortcuts sheet (F1, or ? when not typing) and
//! the About sheet. The keys of real shortcuts are not written here: the sheet shows them as
//! the menus do, from the same shortcuts the app answers.

use super::menu;

pub const HEADING: &str = menu::KEYBOARD_SHORTCUTS;

/// Between two shortcuts that do the same: "Ctrl+Shift+Z or Ctrl+Y".
pub const OR: &str = " or ";

// What the shortcuts that work everywhere do.

pub const EVERYWHERE: &str = "Everywhere";
pub const OPEN: &str = "Open a session file";
pub const SAVE_AS: &str = "Save as";
pub const QUIT: &str = "Quit (asks first if there are unsaved changes)";
pub const TEXT_LARGER: &str = "Make the text larger";
pub const TEXT_SMALLER: &str = "Make the text smaller";
pub const TEXT_NORMAL: &str = "Text back to its normal size";
pub const PROJECTOR: &str = "Projector mode: the canvas alone, large (press again to leave)";
pub const TIMER: &str = "Show the timer (its Start button takes the keyboard)";
pub const INVITE: &str = "Invite the room: phones join with a code and take part";
pub const SHEET: &str = "Show or hide this sheet (? too, when not typing)";

/// The shortcut that shows a tab: "Show the word board".
#[must_use]
pub fn show(tab: &str) -> String {
    format!("Show the {}", tab.to_lowercase())
}

/// Keys that work everywhere but are not shortcuts of their own: (keys, what they do).
pub const OTHER_KEYS: [(&str, &str); 2] = [
    ("Tab / Shift+Tab", "Move between buttons, fields and notes"),
    ("Escape", "Leave projector mode"),
];

// On the word board.

pub const SELECT_ALL: &str = "Select every note";
pub const FIND: &str = "Find notes; Enter steps to the next";

/// Keys on the word board: (keys, what they do).
pub const BOARD_KEYS: [(&str, &str); 7] = [
    ("N", "Write a new note; Enter or Escape when done"),
    ("Enter", "Edit the selected note"),
    ("Delete", "Remove the selected notes"),
    ("Arrow keys (Shift: further)", "Move the selected notes"),
    (
        "1 … 9, 0",
        "Put the selected notes in a theme; 0 takes them out",
    ),
    ("V / Shift+V", "Give or take back a vote"),
    ("Ctrl+V", "Paste a list: one note per line"),
];

/// Keys on the other canvases, grouped by tab: (tab, [(keys, what they do)]).
pub const CANVAS_KEYS: [(&str, &[(&str, &str)]); 2] = [
    (
        menu::TAB_LADDER,
        &[
            ("Up / Down", "Move the selected token up or down a rung"),
            ("Delete", "Remove the selected token"),
        ],
    ),
    (
        menu::TAB_RIVER,
        &[
            ("1 … 6", "Show a phase large"),
            ("Left / Right", "Step to the phase before or after"),
            ("Escape", "See the whole river again"),
            ("Enter / Delete", "Edit or remove the selected answer"),
        ],
    ),
];

// About.

pub const ABOUT_HEADING: &str = menu::ABOUT;
pub const ABOUT_WHAT: &str = "Canvases for co-production groups: a word board, the ladder of \
participation and the Recovery River. It works without the internet, and nothing leaves \
this computer unless you share it.";
pub const LICENCE: &str = "Free to use, share and change, under the MIT or the Apache 2.0 \
licence (whichever you prefer).";
pub const WHERE_FILES_GO: &str = "Where things are kept";
pub const SESSIONS_GO: &str = "Your sessions are saved wherever you choose. Each save keeps \
the version before it next to the file, with .bak on the end of its name.";
pub const NO_RECOVERY: &str = "Unsaved work is not being copied anywhere this time, so save \
often.";

/// "Version 0.1.0".
#[must_use]
pub fn version(version: &str) -> String {
    format!("Version {version}")
}

/// Where unsaved work is copied while the app runs.
#[must_use]
pub fn recovery_folder(folder: &std::path::Path) -> String {
    format!(
        "Unsaved work is copied every few seconds to {}. If the computer stops suddenly, \
the app offers it back the next time it starts.",
        folder.display()
    )
}
