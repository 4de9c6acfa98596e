//! Small pieces several views use.

use egui::{Color32, Pos2, Rect, Response, Shape, Stroke, TextEdit, Ui};

use super::{Action, tokens};
use crate::edit::{Command, TextField};
use crate::model::{Colour, Symbol};
use crate::text::app as words;

/// A labelled text field bound to a piece of session text. Each change is sent as a
/// command; the history folds a run of typing into one undo step. `spoken` names the field
/// for screen readers where the visible label alone is not unique (one "Title" per meeting).
pub fn text_field(
    ui: &mut Ui,
    label: &str,
    spoken: Option<&str>,
    field: TextField,
    current: &str,
    multiline: bool,
    actions: &mut Vec<Action>,
) -> Response {
    // An empty label adds nothing to see, and would take a cell of its own in a grid.
    let label_response = (!label.is_empty()).then(|| ui.label(label));
    let mut text = current.to_owned();
    let edit = if multiline {
        TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        TextEdit::singleline(&mut text)
    };
    let response = ui.add(
        edit.char_limit(field.max_chars())
            .desired_width(ui.spacing().text_edit_width),
    );
    let response = match (spoken, label_response) {
        (Some(name), _) => response.accessible_name(name),
        (None, Some(label)) => response.labelled_by(label.id),
        (None, None) => response,
    };
    if response.changed() {
        actions.push(Action::Edit(Command::SetText { field, text }));
    }
    response
}

/// A person's colour with their symbol drawn on it. Painted, so it never depends on a font.
pub fn person_badge(ui: &mut Ui, colour: Colour, symbol: Symbol, size: f32) -> Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        painter.rect_filled(rect, 3.0, tokens::note_fill(colour));
        paint_symbol(painter, rect.shrink(size * 0.2), symbol, tokens::NOTE_TEXT);
    }
    response
}

/// Draws `symbol` filling `rect`.
pub fn paint_symbol(painter: &egui::Painter, rect: Rect, symbol: Symbol, colour: Color32) {
    let c = rect.center();
    let r = rect.width().min(rect.height()) / 2.0;
    let polygon = |points: Vec<Pos2>| Shape::convex_polygon(points, colour, Stroke::NONE);
    let around = |n: usize, start: f32| -> Vec<Pos2> {
        (0..n)
            .map(|i| {
                let a = start + i as f32 * std::f32::consts::TAU / n as f32;
                c + r * egui::vec2(a.cos(), a.sin())
            })
            .collect()
    };
    let up = -std::f32::consts::FRAC_PI_2;
    let shapes = match symbol {
        Symbol::Circle => vec![Shape::circle_filled(c, r, colour)],
        Symbol::Square => vec![Shape::rect_filled(
            Rect::from_center_size(c, egui::vec2(r, r) * 1.6),
            0.0,
            colour,
        )],
        Symbol::Triangle => vec![polygon(around(3, up))],
        Symbol::Diamond => vec![polygon(around(4, up))],
        Symbol::Hexagon => vec![polygon(around(6, up))],
        Symbol::Star => vec![polygon(around(3, up)), polygon(around(3, -up))],
        Symbol::Ring => vec![Shape::circle_stroke(
            c,
            r * 0.8,
            Stroke::new(r * 0.35, colour),
        )],
        Symbol::Cross => {
            let bar = r * 0.55;
            vec![
                Shape::rect_filled(
                    Rect::from_center_size(c, egui::vec2(2.0 * r, bar)),
                    0.0,
                    colour,
                ),
                Shape::rect_filled(
                    Rect::from_center_size(c, egui::vec2(bar, 2.0 * r)),
                    0.0,
                    colour,
                ),
            ]
        }
    };
    painter.extend(shapes);
}

/// Who new notes and answers are written by: a person, or anonymous. The word board and
/// the river share the choice.
pub fn writer_ui(
    ui: &mut Ui,
    session: &crate::model::Session,
    writer: &mut Option<crate::model::ParticipantId>,
) {
    if writer.is_some_and(|w| session.participant(w).is_none()) {
        *writer = None;
    }
    let name = |id: Option<crate::model::ParticipantId>| crate::ui::note::author_name(session, id);
    ui.label(words::WRITING_AS);
    egui::ComboBox::from_id_salt("writer")
        .height(tokens::LIST_HEIGHT)
        .selected_text(name(*writer))
        .show_ui(ui, |ui| {
            ui.selectable_value(writer, None, words::ANONYMOUS);
            for p in &session.participants {
                ui.selectable_value(writer, Some(p.id), &p.name);
            }
        })
        .response
        .accessible_name(words::WRITING_AS_SPOKEN);
}
