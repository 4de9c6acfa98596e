//! The group's answers on the river: the cells (a question at a phase) that hold them, each
//! answer as a note, writing one, and dragging one to another cell.

use egui::{Key, Modifiers, Pos2, Rect, Sense, Ui, pos2, vec2};

use super::{RiverEditing, RiverView};
use crate::edit::{Command, NOTE_MAX_CHARS, RiverCommand, TextField};
use crate::model::{Colour, Phase, PhaseId, Question, RiverNote, Session};
use crate::text::{app as common, river as words};
use crate::ui::note::{
    Detail, Draft, NoteEditor, NoteLook, Outline, author_name, paint_note, write_note_ui,
};
use crate::ui::{Action, tokens};

/// The answers at one phase under one question, and a button to add one.
#[allow(clippy::too_many_arguments, reason = "one cell's worth of drawing")]
pub(super) fn cell_ui(
    ui: &mut Ui,
    session: &Session,
    rv: &mut RiverView,
    phase: &Phase,
    question: Question,
    note_height: f32,
    writer: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let top = ui.cursor().min;
    let width = ui.available_width();
    for note in session
        .river
        .notes
        .iter()
        .filter(|n| n.phase == phase.id && n.question == question)
    {
        let (rect, _) = ui.allocate_exact_size(vec2(width, note_height), Sense::hover());
        if rv.editing == Some(RiverEditing::Note(note.id)) {
            editor_ui(
                ui,
                session,
                rv,
                rect,
                Some(note),
                phase.id,
                question,
                writer,
                actions,
            );
        } else {
            note_ui(ui, session, rv, rect, note, phase, actions);
        }
    }
    if rv.editing
        == Some(RiverEditing::Draft {
            phase: phase.id,
            question,
        })
    {
        let (rect, _) = ui.allocate_exact_size(vec2(width, note_height), Sense::hover());
        editor_ui(
            ui, session, rv, rect, None, phase.id, question, writer, actions,
        );
    }
    if rv.picture {
        let cell = Rect::from_min_max(top, pos2(top.x + width, ui.cursor().min.y));
        rv.drag.place((phase.id, question), cell);
        return;
    }
    let add = ui
        .add(egui::Button::new(words::ADD_ANSWER).min_size(vec2(120.0, tokens::MIN_TARGET)))
        .accessible_name(words::add_answer_spoken(question.text(), &phase.name));
    if add.clicked() {
        rv.editing = Some(RiverEditing::Draft {
            phase: phase.id,
            question,
        });
        rv.focus_editor = true;
    }
    ui.add_space(6.0);
    let cell = Rect::from_min_max(top, pos2(top.x + width, ui.cursor().min.y));
    rv.drag.place((phase.id, question), cell);
}

/// An answer, drawn as a sticky note like the word board's. Click selects, double-click or
/// Enter edits, Delete removes, drag moves it to another cell.
fn note_ui(
    ui: &mut Ui,
    session: &Session,
    rv: &mut RiverView,
    rect: Rect,
    note: &RiverNote,
    phase: &Phase,
    actions: &mut Vec<Action>,
) {
    let id = egui::Id::unique(("river-note", note.id.raw()));
    let response = ui.interact(rect, id, Sense::click_and_drag());
    let author = note.author.and_then(|a| session.participant(a));
    let look = NoteLook {
        text: &note.text,
        colour: note.colour,
        author: author.map(|p| (p.colour, p.symbol, p.name.as_str())),
        face_down: false,
        votes: None,
        matches: 0,
        outline: if rv.selected == Some(note.id) || response.has_focus() {
            Outline::Selected
        } else {
            Outline::None
        },
    };
    let key = (note.id, rect.width() as u32, rect.height() as u32);
    let mut fitted = rv.fitted.1.get(&key).copied();
    paint_note(ui.painter(), rect, &look, Detail::Full, &mut fitted);
    if let Some(size) = fitted {
        rv.fitted.1.insert(key, size);
    }
    let who = author.map_or_else(|| common::ANONYMOUS.to_owned(), |p| words::by(&p.name));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            words::answer_spoken(&note.text, &phase.name, note.question.text(), &who),
        )
    });
    if response.clicked() || response.gained_focus() {
        rv.selected = Some(note.id);
        response.request_focus();
    }
    if response.double_clicked() {
        rv.editing = Some(RiverEditing::Note(note.id));
        rv.focus_editor = true;
    }
    if response.drag_started() {
        rv.drag.start(note.id);
    }
    if response.has_focus() {
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
            rv.editing = Some(RiverEditing::Note(note.id));
            rv.focus_editor = true;
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Delete)) {
            actions.push(Action::Edit(Command::River(RiverCommand::RemoveNote(
                note.id,
            ))));
        }
    }
}

/// The shared note editor, for an answer or a new one.
#[allow(clippy::too_many_arguments, reason = "what the editor needs to know")]
fn editor_ui(
    ui: &mut Ui,
    session: &Session,
    rv: &mut RiverView,
    rect: Rect,
    note: Option<&RiverNote>,
    phase: PhaseId,
    question: Question,
    writer: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let author = note.map_or(writer, |n| n.author);
    let colour = note.map_or_else(|| session.note_colour_for(writer), |n| n.colour);
    let (max_chars, draft) = if let Some(note) = note {
        let field = TextField::RiverNoteText(note.id);
        let remove = Command::River(RiverCommand::RemoveNote(note.id));
        let text = note.text.clone();
        (
            field.max_chars(),
            Draft::Existing {
                field,
                text,
                remove,
            },
        )
    } else {
        let make = move |text| {
            Command::River(RiverCommand::AddNote {
                phase,
                question,
                text,
                author,
                colour,
            })
        };
        (NOTE_MAX_CHARS, Draft::New(make))
    };
    let editor = NoteEditor {
        id: ui.make_persistent_id("river-note-editor"),
        rect,
        colour,
        max_chars,
        spoken: words::answer_editor_spoken(&author_name(session, author)),
    };
    if write_note_ui(ui, &editor, draft, &mut rv.focus_editor, actions) {
        rv.editing = None;
    }
}

/// An answer let go over a cell moves there.
pub(super) fn drop_ui(ui: &Ui, session: &Session, rv: &mut RiverView, actions: &mut Vec<Action>) {
    let ghost = |painter: &egui::Painter, pos: Pos2, _| {
        painter.rect_filled(
            Rect::from_center_size(pos, vec2(60.0, 36.0)),
            4.0,
            tokens::note_fill(Colour::Yellow).gamma_multiply(0.8),
        );
    };
    let Some((note, Some((phase, question)))) = rv.drag.drop_ui(ui, ghost) else {
        return;
    };
    let moved = |phase: PhaseId, question: Question| {
        session
            .river
            .notes
            .iter()
            .any(|n| n.id == note && (n.phase, n.question) != (phase, question))
    };
    if moved(phase, question) {
        actions.push(Action::Edit(Command::River(RiverCommand::MoveNote {
            note,
            phase,
            question,
        })));
    }
}
