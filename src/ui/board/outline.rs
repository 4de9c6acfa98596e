//! The board as a plain list: themes, then their notes, with votes. Everything here is an
//! ordinary field or button, so the whole board can be worked with keys and a screen reader.

use egui::{ComboBox, Key, RichText, Ui};

use super::votes_text;
use crate::edit::{Command, TextField};
use crate::model::{Board, Note, Point, Session, ThemeId, VoteTarget};
use crate::text::board as words;
use crate::ui::note::author_name;
use crate::ui::widgets::text_field;
use crate::ui::{Action, ViewState, tokens};

pub(super) fn outline_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
        ui.add_space(tokens::SECTION_GAP / 2.0);
        new_note_ui(ui, session, board, view, actions);
        ui.add_space(tokens::SECTION_GAP / 2.0);
        let votes_shown = !board.settings.votes_hidden;
        let mut number = 0;
        for (i, theme) in board.themes.iter().enumerate() {
            ui.horizontal(|ui| {
                let spoken = words::name_of_theme(i + 1);
                text_field(
                    ui,
                    &words::theme_number(i + 1),
                    Some(&spoken),
                    TextField::ThemeName(board.id, theme.id),
                    &theme.name,
                    false,
                    actions,
                );
                if votes_shown {
                    ui.label(votes_text(board.votes_for(VoteTarget::Theme(theme.id))));
                }
            });
            for note in board.notes.iter().filter(|n| n.theme == Some(theme.id)) {
                number += 1;
                note_row_ui(ui, session, board, note, number, actions);
            }
            ui.add_space(tokens::SECTION_GAP / 2.0);
        }
        let loose: Vec<&Note> = board.notes.iter().filter(|n| n.theme.is_none()).collect();
        if !loose.is_empty() {
            ui.label(RichText::new(words::NOT_IN_THEME).strong());
            for note in loose {
                number += 1;
                note_row_ui(ui, session, board, note, number, actions);
            }
        }
    });
}

fn note_row_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    note: &Note,
    number: usize,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.add_space(tokens::SECTION_GAP);
        if note.hidden {
            ui.label(words::note_face_down(number));
        } else {
            let spoken = words::note_number(number);
            text_field(
                ui,
                &words::note_number_short(number),
                Some(&spoken),
                TextField::NoteText(board.id, note.id),
                &note.text,
                false,
                actions,
            );
            ui.label(author_name(session, note.author));
        }
        if !board.settings.votes_hidden {
            ui.label(votes_text(board.votes_for(VoteTarget::Note(note.id))));
        }
        let mut theme = note.theme;
        let name = |t: Option<ThemeId>| {
            t.and_then(|t| board.theme(t))
                .map_or_else(|| words::NO_THEME.to_owned(), |t| t.name.clone())
        };
        ComboBox::from_id_salt(("outline-theme", note.id.raw()))
            .selected_text(name(theme))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut theme, None, words::NO_THEME);
                for t in &board.themes {
                    ui.selectable_value(&mut theme, Some(t.id), &t.name);
                }
            })
            .response
            .accessible_name(words::theme_of_note(number, &name(note.theme)));
        if theme != note.theme {
            actions.push(Action::Edit(Command::AssignToTheme {
                board: board.id,
                notes: vec![note.id],
                theme,
            }));
        }
        if ui
            .button(crate::text::app::DELETE)
            .accessible_name(words::delete_note(number))
            .clicked()
        {
            actions.push(Action::Edit(Command::RemoveNotes {
                board: board.id,
                notes: vec![note.id],
            }));
        }
    });
}

/// A field to write a new note from the list, added with Enter or the button.
fn new_note_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let id = ui.make_persistent_id(("outline-new-note", board.id.raw()));
    let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_default();
    let mut add = false;
    ui.horizontal(|ui| {
        ui.label(words::NEW_NOTE);
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .char_limit(TextField::NoteText(board.id, crate::model::NoteId(0)).max_chars()),
            )
            .accessible_name(words::WRITE_NEW_NOTE);
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            add = true;
            response.request_focus();
        }
        add |= ui.button(words::ADD_THE_NOTE).clicked();
    });
    if add && !text.trim().is_empty() {
        let bv = view.boards.entry(board.id).or_default();
        let Point { x, y } = bv.free_spot(board);
        let colour = session.note_colour_for(view.writer);
        actions.push(Action::Edit(Command::AddNote {
            board: board.id,
            text: std::mem::take(&mut text),
            position: Point { x, y },
            author: view.writer,
            colour,
            theme: None,
        }));
    }
    ui.data_mut(|d| d.insert_temp(id, text));
}
