//! Commands on word boards: boards, notes, themes, rounds and votes.

use super::{Command, EditError, board_mut};
use crate::model::{
    Area, Board, BoardId, Colour, Note, NoteId, Point, Session, THEME_GAP, Theme, ThemeId,
    VoteTarget, similar_sets, theme_layout,
};

/// Theme colours are handed out in this order, skipping the yellow of new notes.
const THEME_COLOURS: [Colour; 6] = [
    Colour::Blue,
    Colour::Green,
    Colour::Orange,
    Colour::Purple,
    Colour::Pink,
    Colour::Grey,
];

fn board(session: &mut Session, id: BoardId) -> Result<&mut Board, EditError> {
    board_mut(session, id).ok_or(EditError::Gone(crate::text::app::GONE_BOARD))
}

fn note_mut(board: &mut Board, id: NoteId) -> Result<&mut Note, EditError> {
    board
        .notes
        .iter_mut()
        .find(|n| n.id == id)
        .ok_or(EditError::Gone(crate::text::app::GONE_NOTE))
}

fn theme_mut(board: &mut Board, id: ThemeId) -> Result<&mut Theme, EditError> {
    board
        .themes
        .iter_mut()
        .find(|t| t.id == id)
        .ok_or(EditError::Gone(crate::text::app::GONE_THEME))
}

/// Runs `change` on a board and returns a command that puts the whole board back.
/// Used for changes that touch many notes at once, where a snapshot is the simplest undo.
fn with_snapshot(
    session: &mut Session,
    id: BoardId,
    change: impl FnOnce(&mut Board, &mut u64) -> Result<(), EditError>,
) -> Result<Command, EditError> {
    let mut next_id = session.next_id;
    let b = board(session, id)?;
    let before = b.clone();
    if let Err(err) = change(b, &mut next_id) {
        *b = before;
        return Err(err);
    }
    session.next_id = next_id;
    Ok(Command::ReplaceBoard(Box::new(before)))
}

fn fresh<T: From<u64>>(next_id: &mut u64) -> T {
    let id = *next_id;
    *next_id += 1;
    T::from(id)
}

/// Moves `notes` into `theme`, after the notes already in it, and fits the theme around them.
fn lay_out_theme(board: &mut Board, theme: ThemeId, adding: &[NoteId]) -> Result<(), EditError> {
    let area = theme_mut(board, theme)?.area;
    for note in &mut board.notes {
        if adding.contains(&note.id) {
            note.theme = Some(theme);
        }
    }
    // Keep the order people made: top to bottom, then left to right.
    let mut members: Vec<(f32, f32, NoteId)> = board
        .notes
        .iter()
        .filter(|n| n.theme == Some(theme))
        .map(|n| (n.position.y, n.position.x, n.id))
        .collect();
    members.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let (points, fitted) = theme_layout(area.x, area.y, members.len());
    for ((_, _, id), point) in members.iter().zip(points) {
        note_mut(board, *id)?.position = point;
    }
    theme_mut(board, theme)?.area = fitted;
    Ok(())
}

/// The top-left corner of a new row of themes, below everything on the board.
fn next_row(board: &Board) -> Point {
    board
        .extent()
        .map_or(Point { x: 40.0, y: 40.0 }, |e| Point {
            x: e.x,
            y: e.bottom() + THEME_GAP,
        })
}

/// Starts a theme at `spot` holding `notes`, and returns the area it ended up with.
fn new_theme(
    board: &mut Board,
    next_id: &mut u64,
    name: String,
    notes: &[NoteId],
    spot: Point,
) -> Result<Area, EditError> {
    let id: ThemeId = fresh(next_id);
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
    for note in &mut board.notes {
        if notes.contains(&note.id) {
            note.theme = None;
        }
    }
    lay_out_theme(board, id, notes)?;
    Ok(theme_mut(board, id)?.area)
}

/// A theme name from a note's words: its text on one line, with a capital first letter.
fn name_from(text: &str) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = line.trim_end_matches(|c: char| c.is_ascii_punctuation());
    let mut chars = line.chars();
    chars.next().map_or_else(
        || crate::text::board::NEW_THEME.to_owned(),
        |first| first.to_uppercase().chain(chars).take(60).collect(),
    )
}

pub(super) fn apply(session: &mut Session, command: Command) -> Result<Command, EditError> {
    match command {
        Command::AddBoard { topic } => {
            let id = session.allocate();
            session.boards.push(Board::new(id, topic));
            Ok(Command::RemoveBoard(id))
        }
        Command::RemoveBoard(id) => {
            let index = session
                .boards
                .iter()
                .position(|b| b.id == id)
                .ok_or(EditError::Gone(crate::text::app::GONE_BOARD))?;
            let board = session.boards.remove(index);
            Ok(Command::InsertBoard {
                index,
                board: Box::new(board),
            })
        }
        Command::InsertBoard { index, board } => {
            let id = board.id;
            let index = index.min(session.boards.len());
            session.boards.insert(index, *board);
            Ok(Command::RemoveBoard(id))
        }
        Command::ReplaceBoard(replacement) => {
            let b = board(session, replacement.id)?;
            let old = std::mem::replace(b, *replacement);
            Ok(Command::ReplaceBoard(Box::new(old)))
        }
        Command::SetBoardSettings {
            board: id,
            settings,
        } => {
            let b = board(session, id)?;
            let old = std::mem::replace(&mut b.settings, settings);
            Ok(Command::SetBoardSettings {
                board: id,
                settings: old,
            })
        }
        Command::AddNote {
            board: id,
            text,
            position,
            author,
            colour,
            theme,
        } => {
            let note_id = NoteId(session.next_id);
            let b = board(session, id)?;
            if let Some(theme) = theme {
                theme_mut(b, theme)?;
            }
            let text = text
                .chars()
                .take(super::TextField::NoteText(id, note_id).max_chars())
                .collect();
            let hidden = b.settings.private_round;
            b.notes.push(Note {
                id: note_id,
                text,
                position,
                author,
                colour,
                theme,
                hidden,
            });
            session.next_id += 1;
            Ok(Command::RemoveNotes {
                board: id,
                notes: vec![note_id],
            })
        }
        Command::RemoveNotes { board: id, notes } => {
            let b = board(session, id)?;
            let mut removed = Vec::new();
            let mut kept = Vec::with_capacity(b.notes.len());
            for (index, note) in b.notes.drain(..).enumerate() {
                if notes.contains(&note.id) {
                    removed.push((index, note));
                } else {
                    kept.push(note);
                }
            }
            b.notes = kept;
            if removed.is_empty() {
                return Err(EditError::Gone(crate::text::app::GONE_NOTE));
            }
            let (votes, kept_votes) = b
                .votes
                .iter()
                .partition(|v| matches!(v.target, VoteTarget::Note(n) if notes.contains(&n)));
            b.votes = kept_votes;
            Ok(Command::InsertNotes {
                board: id,
                notes: removed,
                votes,
            })
        }
        Command::InsertNotes {
            board: id,
            notes,
            votes,
        } => {
            let b = board(session, id)?;
            let ids = notes.iter().map(|(_, n)| n.id).collect();
            for (index, note) in notes {
                let index = index.min(b.notes.len());
                b.notes.insert(index, note);
            }
            b.votes.extend(votes);
            Ok(Command::RemoveNotes {
                board: id,
                notes: ids,
            })
        }
        Command::PlaceNotes { board: id, places } => {
            let b = board(session, id)?;
            for (_, _, theme) in &places {
                if let Some(theme) = theme {
                    theme_mut(b, *theme)?;
                }
            }
            let mut old = Vec::with_capacity(places.len());
            for (note, _, _) in &places {
                let n = note_mut(b, *note)?;
                old.push((n.id, n.position, n.theme));
            }
            for (note, position, theme) in places {
                let n = note_mut(b, note)?;
                n.position = position;
                n.theme = theme;
            }
            Ok(Command::PlaceNotes {
                board: id,
                places: old,
            })
        }
        Command::SetNoteAuthor {
            board: id,
            note,
            author,
        } => {
            if author.is_some_and(|a| session.participant(a).is_none()) {
                return Err(EditError::Gone(crate::text::app::GONE_PERSON));
            }
            let n = note_mut(board(session, id)?, note)?;
            let old = std::mem::replace(&mut n.author, author);
            Ok(Command::SetNoteAuthor {
                board: id,
                note,
                author: old,
            })
        }
        Command::SetNoteColour {
            board: id,
            note,
            colour,
        } => {
            let n = note_mut(board(session, id)?, note)?;
            let old = std::mem::replace(&mut n.colour, colour);
            Ok(Command::SetNoteColour {
                board: id,
                note,
                colour: old,
            })
        }
        Command::AddTheme {
            board: id,
            name,
            notes,
        } => with_snapshot(session, id, |b, next_id| {
            let name = name.chars().take(60).collect();
            let spot = next_row(b);
            new_theme(b, next_id, name, &notes, spot).map(|_| ())
        }),
        Command::AssignToTheme {
            board: id,
            notes,
            theme,
        } => with_snapshot(session, id, |b, _| {
            if let Some(theme) = theme {
                return lay_out_theme(b, theme, &notes);
            }
            // Taken out of their themes, the notes wait in a row below everything.
            let extent = b.extent();
            let below = extent.map_or(40.0, |e| e.bottom() + crate::model::NOTE_GAP);
            let mut x = extent.map_or(40.0, |e| e.x);
            for note in b.notes.iter_mut().filter(|n| notes.contains(&n.id)) {
                note.theme = None;
                note.position = Point { x, y: below };
                x += crate::model::NOTE_SIZE.0 + crate::model::NOTE_GAP;
            }
            Ok(())
        }),
        Command::SetThemeArea {
            board: id,
            theme,
            area,
        } => {
            let t = theme_mut(board(session, id)?, theme)?;
            let old = std::mem::replace(&mut t.area, area);
            Ok(Command::SetThemeArea {
                board: id,
                theme,
                area: old,
            })
        }
        Command::SetThemeColour {
            board: id,
            theme,
            colour,
        } => {
            let t = theme_mut(board(session, id)?, theme)?;
            let old = std::mem::replace(&mut t.colour, colour);
            Ok(Command::SetThemeColour {
                board: id,
                theme,
                colour: old,
            })
        }
        Command::RemoveTheme { board: id, theme } => with_snapshot(session, id, |b, _| {
            theme_mut(b, theme)?;
            b.themes.retain(|t| t.id != theme);
            for note in &mut b.notes {
                if note.theme == Some(theme) {
                    note.theme = None;
                }
            }
            b.votes.retain(|v| v.target != VoteTarget::Theme(theme));
            Ok(())
        }),
        Command::TidyTheme { board: id, theme } => {
            with_snapshot(session, id, |b, _| lay_out_theme(b, theme, &[]))
        }
        Command::GroupSimilar { board: id } => with_snapshot(session, id, |b, next_id| {
            let loose: Vec<Note> = b
                .notes
                .iter()
                .filter(|n| n.theme.is_none())
                .cloned()
                .collect();
            // Themes made in one go sit side by side in a new row.
            let mut spot = next_row(b);
            for set in similar_sets(&loose) {
                let name = b
                    .note(set[0])
                    .map_or_else(String::new, |n| name_from(&n.text));
                let area = new_theme(b, next_id, name, &set, spot)?;
                spot.x = area.right() + THEME_GAP;
            }
            Ok(())
        }),
        Command::ExploreTheme { board: id, theme } => {
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
            let new_id: BoardId = session.allocate();
            let mut new_board = Board::new(new_id, topic);
            new_board.settings = settings;
            let columns = 5;
            for (i, (text, author, colour)) in texts.into_iter().enumerate() {
                let note_id = session.allocate();
                new_board.notes.push(Note {
                    id: note_id,
                    text,
                    position: Point {
                        x: 40.0
                            + (i % columns) as f32
                                * (crate::model::NOTE_SIZE.0 + crate::model::NOTE_GAP),
                        y: 40.0
                            + (i / columns) as f32
                                * (crate::model::NOTE_SIZE.1 + crate::model::NOTE_GAP),
                    },
                    author,
                    colour,
                    theme: None,
                    hidden: false,
                });
            }
            session.boards.insert(index, new_board);
            Ok(Command::RemoveBoard(new_id))
        }
        Command::Reveal { board: id } => with_snapshot(session, id, |b, _| {
            for note in &mut b.notes {
                note.hidden = false;
            }
            b.settings.private_round = false;
            Ok(())
        }),
        Command::AddVote { board: id, vote } => {
            let name = session
                .participant(vote.voter)
                .ok_or(EditError::Gone(crate::text::app::GONE_PERSON))?
                .name
                .clone();
            let b = board(session, id)?;
            let target_exists = match vote.target {
                VoteTarget::Note(n) => b.note(n).is_some(),
                VoteTarget::Theme(t) => b.theme(t).is_some(),
            };
            if !target_exists {
                return Err(EditError::Gone(crate::text::app::GONE_NOTE_OR_THEME));
            }
            if b.votes_by(vote.voter) >= b.settings.votes_per_person as usize {
                return Err(EditError::NoVotesLeft {
                    name,
                    votes: b.settings.votes_per_person,
                });
            }
            b.votes.push(vote);
            Ok(Command::RemoveVote { board: id, vote })
        }
        Command::RemoveVote { board: id, vote } => {
            let b = board(session, id)?;
            let index = b
                .votes
                .iter()
                .rposition(|v| *v == vote)
                .ok_or(EditError::Gone(crate::text::app::GONE_VOTE))?;
            b.votes.remove(index);
            Ok(Command::AddVote { board: id, vote })
        }
        // Only board commands are sent here.
        _ => Err(EditError::Gone(crate::text::app::GONE_BOARD)),
    }
}
