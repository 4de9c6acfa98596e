//! Themes laid out on a board: making them, filling them, and the new board a theme can
//! become.

use std::collections::HashSet;

use super::patch::Ids;
use super::{BoardCommand, THEME_COLOURS, board, theme_mut};
use crate::edit::EditError;
use crate::model::{
    Area, Board, BoardId, Colour, Note, NoteId, Point, Session, THEME_GAP, Theme, ThemeId,
    theme_layout,
};

/// Moves `notes` into `theme`, after the notes already in it, and fits the theme around them.
pub(super) fn lay_out_theme(
    board: &mut Board,
    theme: ThemeId,
    adding: &[NoteId],
) -> Result<(), EditError> {
    let area = theme_mut(board, theme)?.area;
    let adding: HashSet<NoteId> = adding.iter().copied().collect();
    for note in &mut board.notes {
        if adding.contains(&note.id) {
            note.theme = Some(theme);
        }
    }
    // Keep the order people made: top to bottom, then left to right.
    let mut members: Vec<(f32, f32, usize)> = board
        .notes
        .iter()
        .enumerate()
        .filter(|(_, n)| n.theme == Some(theme))
        .map(|(i, n)| (n.position.y, n.position.x, i))
        .collect();
    members.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let (points, fitted) = theme_layout(area.x, area.y, members.len());
    for ((_, _, at), point) in members.iter().zip(points) {
        board.notes[*at].position = point;
    }
    theme_mut(board, theme)?.area = fitted;
    Ok(())
}

/// The top-left corner of a new row of themes, below everything on the board.
pub(super) fn next_row(board: &Board) -> Point {
    board
        .extent()
        .map_or(Point { x: 40.0, y: 40.0 }, |e| Point {
            x: e.x,
            y: e.bottom() + THEME_GAP,
        })
}

/// Starts a theme at `spot` holding `notes`, and returns the area it ended up with.
pub(super) fn new_theme(
    board: &mut Board,
    ids: &mut Ids,
    name: String,
    notes: &[NoteId],
    spot: Point,
) -> Result<Area, EditError> {
    let id: ThemeId = ids.fresh()?;
    let colour = THEME_COLOURS[board.themes.len() % THEME_COLOURS.len()];
    board.themes.push(Theme {
        id,
        name,
        colour,
        area: Area {
            x: spot.x,
            y: spot.y,
            width: 0.0,
            height: 0.0,
        },
    });
    // Take the notes out of their old themes first, then lay them out in the new one.
    let taking: HashSet<NoteId> = notes.iter().copied().collect();
    for note in &mut board.notes {
        if taking.contains(&note.id) {
            note.theme = None;
        }
    }
    lay_out_theme(board, id, notes)?;
    Ok(theme_mut(board, id)?.area)
}

/// A theme name from a note's words: its text on one line, with a capital first letter.
pub(super) fn name_from(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = line.trim_end_matches(|c: char| c.is_ascii_punctuation());
    let mut chars = line.chars();
    chars.next().map_or_else(
        || crate::text::board::NEW_THEME.to_owned(),
        |first| first.to_uppercase().chain(chars).take(60).collect(),
    )
}

/// Makes a new board about a theme, after its board, with copies of the theme's notes that
/// are face up.
pub(super) fn explore_theme(
    session: &mut Session,
    id: BoardId,
    theme: ThemeId,
) -> Result<BoardCommand, EditError> {
    let source = board(session, id)?;
    let topic = source
        .theme(theme)
        .ok_or(EditError::Gone(crate::text::app::GONE_THEME))?
        .name
        .clone();
    // The new board keeps the old one's settings, but not a running private round.
    let settings = crate::model::BoardSettings {
        private_round: false,
        ..source.settings
    };
    let texts: Vec<(String, Option<crate::model::ParticipantId>, Colour)> = source
        .notes
        .iter()
        .filter(|n| n.theme == Some(theme) && !n.hidden)
        .map(|n| (n.text.clone(), n.author, n.colour))
        .collect();
    let index = session
        .boards
        .iter()
        .position(|b| b.id == id)
        .map_or(0, |i| i + 1);
    let new_id: BoardId = session.allocate()?;
    let mut new_board = Board::new(new_id, topic);
    new_board.settings = settings;
    let columns = 5;
    for (i, (text, author, colour)) in texts.into_iter().enumerate() {
        let note_id = session.allocate()?;
        new_board.notes.push(Note {
            id: note_id,
            text,
            position: Point {
                x: 40.0
                    + (i % columns) as f32 * (crate::model::NOTE_SIZE.0 + crate::model::NOTE_GAP),
                y: 40.0
                    + (i / columns) as f32 * (crate::model::NOTE_SIZE.1 + crate::model::NOTE_GAP),
            },
            author,
            colour,
            theme: None,
            hidden: false,
        });
    }
    session.boards.insert(index, new_board);
    Ok(BoardCommand::RemoveBoard(new_id))
}
