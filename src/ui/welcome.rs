//! What the app shows before a session is open: start new, open, recent files, the example.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::menu::display_name;
use super::{Action, tokens};
use crate::text::welcome as words;

/// The welcome view.
pub fn welcome_ui(ui: &mut Ui, recent: &[PathBuf], actions: &mut Vec<Action>) {
    crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
        ui.vertical_centered(|ui| {
            ui.set_max_width(tokens::READING_WIDTH);
            ui.add_space(tokens::SECTION_GAP * 2.0);
            ui.heading(RichText::new(words::APP_NAME).size(tokens::WELCOME_TITLE_SIZE));
            ui.add_space(tokens::SECTION_GAP / 2.0);
            ui.label(words::WHAT_IT_IS);
            ui.add_space(tokens::SECTION_GAP);
            if ui.button(words::START_NEW).clicked() {
                actions.push(Action::New);
            }
            if ui.button(words::OPEN_FILE).clicked() {
                actions.push(Action::Open);
            }
            if ui.button(words::TRY_EXAMPLE).clicked() {
                actions.push(Action::OpenExample);
            }
            if !recent.is_empty() {
                ui.add_space(tokens::SECTION_GAP);
                ui.label(RichText::new(words::RECENT).strong());
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
