//! The Help menu's sheets: About, and the keyboard shortcuts, opened with F1 (or ? when not
//! typing). The sheet's keys are the very shortcuts the app answers and the menus show,
//! written the way the menus write them, so the sheet can't say one thing while the keys do
//! another.

use egui::{Id, Modal, RichText};

use super::{menu, tokens};
use crate::text::help as words;

/// The sheet's rows, grouped: (group, [(keys, what they do)]). Shortcuts next to each other
/// that do the same share a row: "Ctrl+Shift+Z or Ctrl+Y".
#[must_use]
pub fn shortcut_rows(ctx: &egui::Context) -> Vec<(String, Vec<(String, String)>)> {
    let mut everywhere: Vec<(String, String)> = Vec::new();
    for shortcut in menu::app_shortcuts() {
        let keys = ctx.format_shortcut(&shortcut.keys);
        match everywhere.last_mut() {
            Some((before, what)) if *what == shortcut.what => {
                before.push_str(words::OR);
                before.push_str(&keys);
            }
            _ => everywhere.push((keys, shortcut.what)),
        }
    }
    let described = |rows: &[(&str, &str)]| {
        rows.iter()
            .map(|(keys, what)| ((*keys).to_owned(), (*what).to_owned()))
            .collect::<Vec<_>>()
    };
    everywhere.extend(described(&words::OTHER_KEYS));
    let mut board = described(&words::BOARD_KEYS);
    board.extend(
        menu::BOARD_SHORTCUTS
            .iter()
            .map(|(keys, what)| (ctx.format_shortcut(keys), (*what).to_owned())),
    );
    let mut groups = vec![
        (words::EVERYWHERE.to_owned(), everywhere),
        (crate::text::menu::TAB_BOARD.to_owned(), board),
    ];
    groups.extend(
        words::CANVAS_KEYS
            .iter()
            .map(|(group, rows)| ((*group).to_owned(), described(rows))),
    );
    groups
}

/// The sheet. Returns `true` when it should close.
#[must_use]
pub fn shortcuts_ui(ctx: &egui::Context) -> bool {
    let groups = shortcut_rows(ctx);
    let modal = Modal::new(Id::unique("stepping-stones-shortcuts")).show(ctx, |ui| {
        let width = tokens::sheet_width(ui.ctx(), 1.0);
        ui.set_max_width(width);
        ui.heading(words::HEADING);
        let mut close = false;
        let room = ui.ctx().content_rect().height() - tokens::SHEET_FRAME;
        crate::ui::scrolled(
            egui::ScrollArea::vertical().max_height(room.max(tokens::SHEET_MIN_LIST)),
            ui,
            |ui| {
                // One grid for every group, so the descriptions line up all the way down.
                egui::Grid::new("shortcuts")
                    .num_columns(2)
                    .spacing(tokens::SHEET_SPACING)
                    // Columns share the sheet, and their words wrap when the text is large.
                    .max_col_width((width - tokens::SHEET_SPACING[0]) / 2.0)
                    .show(ui, |ui| {
                        for (group, rows) in &groups {
                            ui.label(RichText::new(group).strong().size(tokens::SHEET_GROUP_SIZE));
                            ui.end_row();
                            for (keys, what) in rows {
                                ui.add(egui::Label::new(RichText::new(keys).monospace()).wrap());
                                ui.add(egui::Label::new(what).wrap());
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
