//! Words of the menu bar, the tab strip and the View menu's looks.

// File.

pub const FILE: &str = "File";
pub const NEW_SESSION: &str = "New session";
pub const OPEN: &str = "Open…";
pub const OPEN_RECENT: &str = "Open recent";
pub const OPEN_EXAMPLE: &str = "Open the example session";
pub const SAVE: &str = super::app::SAVE;
pub const SAVE_AS: &str = super::dialogs::SAVE_AS;
pub const IMPORT_WORDS: &str = "Import words into this board…";
pub const QUIT: &str = "Quit";

// Edit.

pub const EDIT: &str = "Edit";
pub const UNDO: &str = "Undo";
pub const REDO: &str = "Redo";

// Share.

pub const SHARE: &str = "Share";
pub const SUMMARY: &str = "Save a summary…";
pub const SUMMARY_NO_NAMES: &str = "Save a summary without names…";
pub const MEETING_SUMMARY: &str = "Save a summary of this meeting…";
pub const SPREADSHEET: &str = "Save the notes for a spreadsheet…";
pub const SPREADSHEET_NO_NAMES: &str = "Save the notes for a spreadsheet, without names…";
pub const PICTURE: &str = "Save a picture of this canvas…";
pub const LARGE_PICTURE: &str = "Save a large picture of this canvas (for printing)…";
pub const PICTURE_NO_NAMES: &str = "Save a picture of this canvas without names…";

// View.

pub const VIEW: &str = "View";
pub const LOOK: &str = "Look";
pub const LOOK_LIKE_COMPUTER: &str = "Like the computer";
pub const LOOK_LIGHT: &str = "Light";
pub const LOOK_DARK: &str = "Dark";
pub const LOOK_HIGH_CONTRAST: &str = "High contrast";

// Help.

pub const HELP: &str = "Help";
pub const KEYBOARD_SHORTCUTS: &str = "Keyboard shortcuts";
pub const ABOUT: &str = "About Stepping Stones";

// The tabs.

pub const TAB_BOARD: &str = "Word board";
pub const TAB_LADDER: &str = "Ladder";
pub const TAB_RIVER: &str = "River";
pub const TAB_SESSION: &str = "Session";

/// A tab's hover text: "Show the word board (Ctrl+1)".
#[must_use]
pub fn show_tab(tab: &str, shortcut: &str) -> String {
    format!("Show the {} ({shortcut})", tab.to_lowercase())
}
