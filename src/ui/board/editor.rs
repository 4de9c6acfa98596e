//! Writing on the board: the text box over the note being written or edited.

use egui::Ui;

use super::canvas::{Frame, note_rect};
use super::{BoardView, Editing};
use crate::edit::{BoardCommand, Command, NOTE_MAX_CHARS, TextField};
use crate::text::board as words;
use crate::ui::Action;
use crate::ui::note::{Draft, NoteEditor, author_name, write_note_ui};

/// The text box of the note being written, drawn over the note.
pub(super) fn editor_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    bv: &mut BoardView,
    writer: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let Some(editing) = bv.editing.clone() else {
        return;
    };
    let board = frame.board;
    let (position, text, colour, author) = match &editing {
        Editing::Note(id) => {
            let Some(note) = board.note(*id) else {
                bv.editing = None;
                return;
            };
            (note.position, note.text.clone(), note.colour, note.author)
        }
        Editing::Draft { position, .. } => {
            let colour = frame.session.note_colour_for(writer);
            (*position, String::new(), colour, writer)
        }
    };
    let (max_chars, draft) = match &editing {
        Editing::Note(id) => {
            let field = TextField::NoteText(board.id, *id);
            let remove = Command::Board(BoardCommand::RemoveNotes {
                board: board.id,
                notes: vec![*id],
            });
            (
                field.max_chars(),
                Draft::Existing {
                    field,
                    text,
                    remove,
                },
            )
        }
        Editing::Draft { theme, .. } => {
            let theme = *theme;
            let board = board.id;
            let make = move |text| {
                Command::Board(BoardCommand::AddNote {
                    board,
                    text,
                    position,
                    author,
                    colour,
                    theme,
                })
            };
            (NOTE_MAX_CHARS, Draft::New(make))
        }
    };
    let editor = NoteEditor {
        id: ui.make_persistent_id(("note-editor", board.id.raw())),
        rect: note_rect(position),
        colour,
        max_chars,
        spoken: words::note_editor_spoken(&author_name(frame.session, author)),
    };
    if write_note_ui(ui, &editor, draft, &mut bv.focus_editor, actions) {
        bv.editing = None;
        // Hand the keyboard back to the board, so N writes the next note straight away.
        ui.memory_mut(|m| m.request_focus(frame.focus_id));
    }
}
