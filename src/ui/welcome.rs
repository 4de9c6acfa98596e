//! What the app shows before a session is open: start new, open, recent files, the example.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::menu::display_name;
use super::{Action, tokens};

/// The welcome view.
pub fn welcome_ui(ui: &mut Ui, recent: &[PathBuf], actions: &mut Vec<Action>) {
    crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.set_max_width(tokens::READING_WIDTH);
            ui.add_space(tokens::SECTION_GAP * 2.0);
            ui.heading(RichText::new("Stepping Stones").size(40.0));
            ui.add_space(tokens::SECTION_GAP / 2.0);
            ui.label(
                "A word board, the ladder of participation and the Recovery River, for groups \
                 who shape their services together. Everything stays on this computer, in one \
                 file that belongs to the group.",
            );
            ui.add_space(tokens::SECTION_GAP);
            if ui.button("Start a new session").clicked() {
                actions.push(Action::New);
            }
            if ui.button("Open a session file…").clicked() {
                actions.push(Action::Open);
            }
            if ui.button("Try the example session").clicked() {
                actions.push(Action::OpenExample);
            }
            if !recent.is_empty() {
                ui.add_space(tokens::SECTION_GAP);
                ui.label(RichText::new("Opened recently").strong());
                for path in recent {
                    if ui
                        .button(display_name(path))
                        .on_hover_text(path.display().to_string())
                        .clicked()
                    {
                        actions.push(Action::OpenPath(path.clone()));
                    }
                }
            }
        });
    });
}
