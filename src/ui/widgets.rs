//! Small pieces several views use.

use egui::{Response, TextEdit, Ui};

use super::Action;
use crate::edit::{Command, TextField};

/// A labelled text field bound to a piece of session text. Each change is sent as a
/// command; the history folds a run of typing into one undo step.
pub fn text_field(
    ui: &mut Ui,
    label: &str,
    field: TextField,
    current: &str,
    multiline: bool,
    actions: &mut Vec<Action>,
) -> Response {
    let label_response = ui.label(label);
    let mut text = current.to_owned();
    let edit = if multiline {
        TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(
            edit.char_limit(field.max_chars())
                .desired_width(super::tokens::FIELD_WIDTH),
        )
        .labelled_by(label_response.id);
    if response.changed() {
        actions.push(Action::Edit(Command::SetText { field, text }));
    }
    response
}
