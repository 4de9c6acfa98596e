//! The Help menu's sheets: the keyboard shortcuts, opened with F1 (or ? when not typing),
//! and About.

use egui::{Id, Modal, RichText};

use super::tokens;

pub use crate::text::help::SHORTCUTS;

/// The sheet. Returns `true` when it should close.
#[must_use]
pub fn shortcuts_ui(ctx: &egui::Context) -> bool {
    let modal = Modal::new(Id::unique("stepping-stones-shortcuts")).show(ctx, |ui| {
        let width = tokens::sheet_width(ui.ctx(), 1.0);
        ui.set_max_width(width);
        ui.heading(crate::text::help::HEADING);
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
                    // Columns share the sheet, and their words wrap when the text is large.
                    .max_col_width((width - 24.0) / 2.0)
                    .show(ui, |ui| {
                        for (group, keys) in SHORTCUTS {
                            ui.label(RichText::new(group).strong().size(20.0));
                            ui.end_row();
                            for (keys, what) in keys {
                                ui.add(egui::Label::new(RichText::new(*keys).monospace()).wrap());
                                ui.add(egui::Label::new(*what).wrap());
                                ui.end_row();
                            }
                        }
                    });
            },
        );
        ui.add_space(tokens::SECTION_GAP / 2.0);
        let button = ui.button(crate::text::app::CLOSE);
        if ui.memory(|m| m.focused().is_none()) {
            button.request_focus();
        }
        close |= button.clicked();
        close
    });
    modal.inner || modal.should_close()
}

/// The About sheet: the version, the licence and where files and recovery copies go
/// (`recovery` is `None` when none are kept). Returns `true` when it should close.
#[must_use]
pub fn about_ui(ctx: &egui::Context, recovery: Option<&std::path::Path>) -> bool {
    use crate::text::help as words;
    let modal = Modal::new(Id::unique("stepping-stones-about")).show(ctx, |ui| {
        ui.set_max_width(tokens::sheet_width(ui.ctx(), 0.6));
        ui.heading(words::ABOUT_HEADING);
        ui.label(words::version(env!("CARGO_PKG_VERSION")));
        ui.add_space(tokens::SECTION_GAP / 2.0);
        ui.add(egui::Label::new(words::ABOUT_WHAT).wrap());
        ui.add(egui::Label::new(words::LICENCE).wrap());
        ui.add_space(tokens::SECTION_GAP / 2.0);
        ui.label(RichText::new(words::WHERE_FILES_GO).strong());
        ui.add(egui::Label::new(words::SESSIONS_GO).wrap());
        let recovery =
            recovery.map_or_else(|| words::NO_RECOVERY.to_owned(), words::recovery_folder);
        ui.add(egui::Label::new(recovery).wrap());
        ui.add_space(tokens::SECTION_GAP / 2.0);
        let button = ui.button(crate::text::app::CLOSE);
        if ui.memory(|m| m.focused().is_none()) {
            button.request_focus();
        }
        button.clicked()
    });
    modal.inner || modal.should_close()
}
