//! The sheet of keyboard shortcuts, opened with F1 (or ? when not typing).

use egui::{Id, Modal, RichText};

use super::tokens;

/// Every shortcut, grouped by where it works: (group, [(keys, what they do)]).
pub const SHORTCUTS: [(&str, &[(&str, &str)]); 4] = [
    (
        "Everywhere",
        &[
            ("Ctrl+N", "New session"),
            ("Ctrl+O", "Open a session file"),
            ("Ctrl+S", "Save"),
            ("Ctrl+Shift+S", "Save as"),
            ("Ctrl+Z", "Undo"),
            ("Ctrl+Shift+Z or Ctrl+Y", "Redo"),
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
        "Word board",
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
        "Ladder",
        &[
            ("Up / Down", "Move the selected token a rung"),
            ("Delete", "Remove the selected token"),
        ],
    ),
    (
        "River",
        &[
            ("1 … 6", "Show a phase large"),
            ("Left / Right", "Step to the phase before or after"),
            ("Escape", "See the whole river again"),
            ("Enter / Delete", "Edit or remove the selected answer"),
        ],
    ),
];

/// The sheet. Returns `true` when it should close.
#[must_use]
pub fn shortcuts_ui(ctx: &egui::Context) -> bool {
    let modal = Modal::new(Id::unique("stepping-stones-shortcuts")).show(ctx, |ui| {
        ui.set_max_width(tokens::READING_WIDTH);
        ui.heading("Keyboard shortcuts");
        let mut close = false;
        let room = ui.ctx().content_rect().height() - 220.0;
        crate::ui::scrolled(
            egui::ScrollArea::vertical().max_height(room.max(200.0)),
            ui,
            |ui| {
                // One grid for every group, so the descriptions line up all the way down.
                egui::Grid::new("shortcuts")
                    .num_columns(2)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        for (group, keys) in SHORTCUTS {
                            ui.label(RichText::new(group).strong().size(20.0));
                            ui.end_row();
                            for (keys, what) in keys {
                                ui.label(RichText::new(*keys).monospace());
                                ui.label(*what);
                                ui.end_row();
                            }
                        }
                    });
            },
        );
        ui.add_space(tokens::SECTION_GAP / 2.0);
        let button = ui.button("Close");
        if ui.memory(|m| m.focused().is_none()) {
            button.request_focus();
        }
        close |= button.clicked();
        close
    });
    modal.inner || modal.should_close()
}
