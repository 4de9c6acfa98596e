//! Words of the keyboard shortcuts sheet, opened with F1 (or ? when not typing).

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
            (
                "Ctrl+I",
                "Invite the room: phones join with a code and take part",
            ),
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
