//! Questions and messages that wait for an answer before anything else happens.

use egui::{Id, Modal, RichText};

use super::tokens;
use crate::text::{app as common, dialogs as words};

/// A modal question with a row of answer buttons, each standing for an answer of the
/// caller's own type. Returns the answer chosen this frame; Escape or a click outside counts
/// as `cancel` (or does nothing when there is none).
#[must_use]
pub fn question_ui<T: Clone>(
    ctx: &egui::Context,
    heading: &str,
    message: &str,
    answers: &[(&str, T)],
    cancel: Option<T>,
) -> Option<T> {
    let id = Id::unique("stepping-stones-question");
    let modal = Modal::new(id).show(ctx, |ui| {
        ui.set_max_width(tokens::sheet_width(ui.ctx(), 0.7));
        ui.heading(heading);
        ui.add_space(tokens::SECTION_GAP / 2.0);
        ui.label(RichText::new(message));
        ui.add_space(tokens::SECTION_GAP);
        let mut chosen = None;
        ui.horizontal(|ui| {
            for (index, (label, answer)) in answers.iter().enumerate() {
                let response = ui.button(*label);
                // Put the keyboard on the first answer, so Enter or Space answers at once.
                if index == 0 && ui.memory(|m| m.focused().is_none()) {
                    response.request_focus();
                }
                if response.clicked() {
                    chosen = Some(answer.clone());
                }
            }
        });
        chosen
    });
    if modal.inner.is_some() {
        return modal.inner;
    }
    if modal.should_close() { cancel } else { None }
}

/// Asks for a file's path by typing, for computers where no file dialog can be shown.
/// Returns `Some(true)` to go ahead, `Some(false)` to cancel, `None` while still asking.
#[must_use]
pub fn path_ui(ctx: &egui::Context, save: bool, text: &mut String) -> Option<bool> {
    let id = Id::unique("stepping-stones-path");
    let (heading, go) = if save {
        (words::WHERE_TO_SAVE, common::SAVE)
    } else {
        (words::WHICH_TO_OPEN, common::OPEN)
    };
    let modal = Modal::new(id).show(ctx, |ui| {
        ui.set_max_width(tokens::sheet_width(ui.ctx(), 0.8));
        ui.heading(heading);
        ui.label(words::NO_FILE_CHOOSER);
        let response = ui
            .add(egui::TextEdit::singleline(text).desired_width(tokens::READING_WIDTH * 0.75))
            .accessible_name(words::FILE_PATH);
        if ui.memory(|m| m.focused().is_none()) {
            response.request_focus();
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let mut answer = entered.then_some(true);
        ui.horizontal(|ui| {
            if ui.button(go).clicked() {
                answer = Some(true);
            }
            if ui.button(common::CANCEL).clicked() {
                answer = Some(false);
            }
        });
        answer
    });
    modal
        .inner
        .or_else(|| modal.should_close().then_some(false))
}
