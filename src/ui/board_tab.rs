//! The Word board tab. For now a plain overview of each board's themes and notes; the
//! canvas comes with the word-board work.

use egui::{Frame, RichText, Ui};

use super::{Action, ViewState, tokens};
use crate::model::{Board, Note, Session, VoteTarget};

/// The Word board tab.
pub fn board_ui(ui: &mut Ui, session: &Session, view: &mut ViewState, _actions: &mut Vec<Action>) {
    if session.boards.is_empty() {
        ui.label("This session has no word boards yet.");
        return;
    }
    let shown = view
        .board
        .and_then(|id| session.board(id))
        .unwrap_or(&session.boards[0]);
    egui::Panel::left("board-list")
        .resizable(false)
        .default_size(220.0)
        .show(ui, |ui| {
            ui.label(RichText::new("Boards").strong());
            for board in &session.boards {
                if ui
                    .selectable_label(board.id == shown.id, &board.topic)
                    .clicked()
                {
                    view.board = Some(board.id);
                }
            }
        });
    egui::ScrollArea::vertical().show(ui, |ui| {
        board_overview_ui(ui, session, shown);
    });
}

fn board_overview_ui(ui: &mut Ui, session: &Session, board: &Board) {
    ui.heading(&board.topic);
    ui.label(format!(
        "{} notes in {} themes. Each person writes up to {} words and has {} votes.",
        board.notes.len(),
        board.themes.len(),
        board.settings.words_per_person,
        board.settings.votes_per_person
    ));
    for theme in &board.themes {
        ui.add_space(tokens::SECTION_GAP / 2.0);
        let votes = vote_count(board, VoteTarget::Theme(theme.id));
        ui.label(RichText::new(format!("{} ({})", theme.name, votes_text(votes))).strong());
        notes_row_ui(
            ui,
            session,
            board,
            board.notes.iter().filter(|n| n.theme == Some(theme.id)),
        );
    }
    let loose: Vec<&Note> = board.notes.iter().filter(|n| n.theme.is_none()).collect();
    if !loose.is_empty() {
        ui.add_space(tokens::SECTION_GAP / 2.0);
        ui.label(RichText::new("Not in a theme").strong());
        notes_row_ui(ui, session, board, loose.into_iter());
    }
}

fn notes_row_ui<'a>(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    notes: impl Iterator<Item = &'a Note>,
) {
    ui.horizontal_wrapped(|ui| {
        for note in notes {
            let author = note
                .author
                .and_then(|a| session.participant(a))
                .map_or_else(|| "anonymous".to_owned(), |p| p.name.clone());
            let text = if note.hidden {
                "(face down)"
            } else {
                note.text.as_str()
            };
            let votes = vote_count(board, VoteTarget::Note(note.id));
            Frame::new()
                .fill(tokens::note_fill(note.colour))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.vertical(|ui| {
                        ui.set_width(tokens::NOTE_WIDTH);
                        ui.label(RichText::new(text).color(tokens::NOTE_TEXT));
                        ui.label(
                            RichText::new(format!("{author} · {}", votes_text(votes)))
                                .small()
                                .color(tokens::NOTE_TEXT),
                        );
                    });
                });
        }
    });
}

fn vote_count(board: &Board, target: VoteTarget) -> usize {
    board.votes.iter().filter(|v| v.target == target).count()
}

fn votes_text(votes: usize) -> String {
    match votes {
        1 => "1 vote".to_owned(),
        n => format!("{n} votes"),
    }
}
