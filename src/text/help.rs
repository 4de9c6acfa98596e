//! Words of the Help menu: the keyboard shortcuts sheet (F1, or ? when not typing) and
//! the About sheet.

use super::menu;

pub const HEADING: &str = menu::KEYBOARD_SHORTCUTS;

/// Every shortcut, grouped by where it works: (group, [(keys, what they do)]).
pub const SHORTCUTS: [(&str, &[(&str, &str)]); 4] = [
    (
        "Everywhere",
        &[
            ("Ctrl+N", menu::NEW_SESSION),
            ("Ctrl+O", "Open a session file"),
            ("Ctrl+S", menu::SAVE),
            ("Ctrl+Shift+S", "Save as"),
            ("Ctrl+Z", menu::UNDO),
            ("Ctrl+Shift+Z or Ctrl+Y", menu::REDO),
            ("Ctrl+1 … Ctrl+4", "Word board, Ladder, River, Session"),
            ("Ctrl+Q", "Quit (asks first if there are unsaved changes)"),
            ("Tab / Shift+Tab", "Move between buttons, fields and notes"),
            ("Ctrl+Plus / Ctrl+Minus", "Make the text larger or smaller"),
            ("Ctrl+0", "Text back to its normal size"),
            ("F11", "Projector mode: the canvas alone, large"),
            ("Escape or F11", "Leave projector mode"),
            (
                "Ctrl+T",
                "Show the timer (its Start button takes the keyboard)",
            ),
            ("F1 or ?", "Show or hide this sheet"),
        ],
    ),
    (
        menu::TAB_BOARD,
        &[
            ("N", "Write a new note; Enter or Escape when done"),
            ("Enter", "Edit the selected note"),
            ("Delete", "Remove the selected notes"),
            ("Arrow keys (Shift: further)", "Move the selected notes"),
            (
                "1 … 9, 0",
                "Put the selected notes in a theme; 0 takes them out",
            ),
            ("V / Shift+V", "Give or take back a vote"),
            ("Ctrl+A", "Select every note"),
            ("Ctrl+F", "Find notes; Enter steps to the next"),
            ("Ctrl+V", "Paste a list: one note per line"),
        ],
    ),
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
