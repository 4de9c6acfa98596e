//! Commands on word boards: boards, notes, themes, rounds and votes.

mod patch;
mod themes;

use std::collections::HashSet;

pub use patch::{BoardPatch, NoteLayout};
use patch::{apply_patch, insert_at, note_index, with_patch};
use themes::{explore_theme, lay_out_theme, name_from, new_theme, next_row};

use super::{EditError, board_mut};
use crate::model::{
    Area, Board, BoardId, BoardSettings, Colour, Note, NoteId, ParticipantId, Point, Session,
    THEME_GAP, Theme, ThemeId, Vote, VoteTarget, similar_sets,
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

/// A change to a word board.
#[derive(Clone, Debug, PartialEq)]
pub enum BoardCommand {
    /// Add an empty board after the others.
    AddBoard { topic: String },
    /// Remove a board and everything on it (undo brings it back).
    RemoveBoard(BoardId),
    /// Put a board back at a place in the list.
    InsertBoard { index: usize, board: Box<Board> },
    /// Put back the layout, themes, votes and settings a change over many notes altered.
    /// The inverse of such changes; it holds only what they changed.
    PatchBoard(Box<BoardPatch>),
    /// Change how a board's activities run (words and votes per person, rounds).
    SetBoardSettings {
        board: BoardId,
        settings: BoardSettings,
    },
    /// Add a note. During a private round it is written face-down.
    AddNote {
        board: BoardId,
        text: String,
        position: Point,
        author: Option<ParticipantId>,
        colour: Colour,
        theme: Option<ThemeId>,
    },
    /// Remove notes, and the votes on them.
    RemoveNotes { board: BoardId, notes: Vec<NoteId> },
    /// Put notes (and their votes) back at their places in the list.
    InsertNotes {
        board: BoardId,
        notes: Vec<(usize, Note)>,
        votes: Vec<(usize, Vote)>,
    },
    /// Move notes, each to a position and into a theme (or none).
    PlaceNotes {
        board: BoardId,
        places: Vec<(NoteId, Point, Option<ThemeId>)>,
    },
    SetNoteAuthor {
        board: BoardId,
        note: NoteId,
        author: Option<ParticipantId>,
    },
    SetNoteColour {
        board: BoardId,
        note: NoteId,
        colour: Colour,
    },
    /// Start a theme holding `notes`, laid out inside it.
    AddTheme {
        board: BoardId,
        name: String,
        notes: Vec<NoteId>,
    },
    /// Put notes into a theme (laid out inside it), or take them out of any theme.
    AssignToTheme {
        board: BoardId,
        notes: Vec<NoteId>,
        theme: Option<ThemeId>,
    },
    /// Move or resize a theme's area.
    SetThemeArea {
        board: BoardId,
        theme: ThemeId,
        area: Area,
    },
    SetThemeColour {
        board: BoardId,
        theme: ThemeId,
        colour: Colour,
    },
    /// Remove a theme; its notes stay on the board.
    RemoveTheme { board: BoardId, theme: ThemeId },
    /// Lay a theme's notes out neatly in rows, and fit the theme around them.
    TidyTheme { board: BoardId, theme: ThemeId },
    /// Turn every set of matching notes that are not yet in a theme into a theme.
    GroupSimilar { board: BoardId },
    /// Make a new board about a theme, starting with copies of its notes.
    ExploreTheme { board: BoardId, theme: ThemeId },
    /// Turn all face-down notes face up and end the private round.
    Reveal { board: BoardId },
    /// Give one dot vote. Refused if the person has no votes left on this board.
    AddVote { board: BoardId, vote: Vote },
    /// Take one dot vote back.
    RemoveVote { board: BoardId, vote: Vote },
    /// Put a vote that was taken back at its place again (the undo of taking it back).
    InsertVote {
        board: BoardId,
        index: usize,
        vote: Vote,
    },
}

pub(super) fn apply(
    session: &mut Session,
    command: BoardCommand,
) -> Result<BoardCommand, EditError> {
    match command {
        BoardCommand::AddBoard { topic } => {
            let id = session.allocate()?;
            session.boards.push(Board::new(id, topic));
            Ok(BoardCommand::RemoveBoard(id))
        }
        BoardCommand::RemoveBoard(id) => {
            let index = session
                .boards
                .iter()
                .position(|b| b.id == id)
                .ok_or(EditError::Gone(crate::text::app::GONE_BOARD))?;
            let board = session.boards.remove(index);
            Ok(BoardCommand::InsertBoard {
                index,
                board: Box::new(board),
            })
        }
        BoardCommand::InsertBoard { index, board } => {
            let id = board.id;
            let index = index.min(session.boards.len());
            session.boards.insert(index, *board);
            Ok(BoardCommand::RemoveBoard(id))
        }
        BoardCommand::PatchBoard(patch) => apply_patch(session, *patch),
        BoardCommand::SetBoardSettings {
            board: id,
            settings,
        } => {
            let b = board(session, id)?;
            let old = std::mem::replace(&mut b.settings, settings.clamped());
            Ok(BoardCommand::SetBoardSettings {
                board: id,
                settings: old,
            })
        }
        BoardCommand::AddNote {
            board: id,
            text,
            position,
            author,
            colour,
            theme,
        } => {
            if session.next_id > crate::model::MAX_ID {
                return Err(crate::model::IdsUsedUp.into());
            }
            if author.is_some_and(|a| session.participant(a).is_none()) {
                return Err(EditError::Gone(crate::text::app::GONE_PERSON));
            }
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
                position: position.clamped(),
                author,
                colour,
                theme,
                hidden,
            });
            session.next_id += 1;
            Ok(BoardCommand::RemoveNotes {
                board: id,
                notes: vec![note_id],
            })
        }
        BoardCommand::RemoveNotes { board: id, notes } => {
            let b = board(session, id)?;
            let notes: HashSet<NoteId> = notes.into_iter().collect();
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
            let (votes, kept_votes): (Vec<_>, Vec<_>) =
                b.votes.drain(..).enumerate().partition(
                    |(_, v)| matches!(v.target, VoteTarget::Note(n) if notes.contains(&n)),
                );
            b.votes = kept_votes.into_iter().map(|(_, v)| v).collect();
            Ok(BoardCommand::InsertNotes {
                board: id,
                notes: removed,
                votes,
            })
        }
        BoardCommand::InsertNotes {
            board: id,
            notes,
            votes,
        } => {
            let b = board(session, id)?;
            let ids = notes.iter().map(|(_, n)| n.id).collect();
            insert_at(&mut b.notes, notes);
            insert_at(&mut b.votes, votes);
            Ok(BoardCommand::RemoveNotes {
                board: id,
                notes: ids,
            })
        }
        BoardCommand::PlaceNotes { board: id, places } => {
            let b = board(session, id)?;
            for (_, _, theme) in &places {
                if let Some(theme) = theme {
                    theme_mut(b, *theme)?;
                }
            }
            let index = note_index(b);
            let at = places
                .iter()
                .map(|(note, _, _)| index.get(note).copied())
                .collect::<Option<Vec<usize>>>()
                .ok_or(EditError::Gone(crate::text::app::GONE_NOTE))?;
            let old = at
                .iter()
                .map(|&i| (b.notes[i].id, b.notes[i].position, b.notes[i].theme))
                .collect();
            for ((_, position, theme), i) in places.into_iter().zip(at) {
                b.notes[i].position = position.clamped();
                b.notes[i].theme = theme;
            }
            Ok(BoardCommand::PlaceNotes {
                board: id,
                places: old,
            })
        }
        BoardCommand::SetNoteAuthor {
            board: id,
            note,
            author,
        } => {
            if author.is_some_and(|a| session.participant(a).is_none()) {
                return Err(EditError::Gone(crate::text::app::GONE_PERSON));
            }
            let n = note_mut(board(session, id)?, note)?;
            let old = std::mem::replace(&mut n.author, author);
            Ok(BoardCommand::SetNoteAuthor {
                board: id,
                note,
                author: old,
            })
        }
        BoardCommand::SetNoteColour {
            board: id,
            note,
            colour,
        } => {
            let n = note_mut(board(session, id)?, note)?;
            let old = std::mem::replace(&mut n.colour, colour);
            Ok(BoardCommand::SetNoteColour {
                board: id,
                note,
                colour: old,
            })
        }
        BoardCommand::AddTheme {
            board: id,
            name,
            notes,
        } => with_patch(session, id, |b, ids| {
            let name = name.chars().take(60).collect();
            let spot = next_row(b);
            new_theme(b, ids, name, &notes, spot).map(|_| ())
        }),
        BoardCommand::AssignToTheme {
            board: id,
            notes,
            theme,
        } => with_patch(session, id, |b, _| {
            if let Some(theme) = theme {
                return lay_out_theme(b, theme, &notes);
            }
            let notes: HashSet<NoteId> = notes.iter().copied().collect();
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
        BoardCommand::SetThemeArea {
            board: id,
            theme,
            area,
        } => {
            let t = theme_mut(board(session, id)?, theme)?;
            let old = std::mem::replace(&mut t.area, area.clamped());
            Ok(BoardCommand::SetThemeArea {
                board: id,
                theme,
                area: old,
            })
        }
        BoardCommand::SetThemeColour {
            board: id,
            theme,
            colour,
        } => {
            let t = theme_mut(board(session, id)?, theme)?;
            let old = std::mem::replace(&mut t.colour, colour);
            Ok(BoardCommand::SetThemeColour {
                board: id,
                theme,
                colour: old,
            })
        }
        BoardCommand::RemoveTheme { board: id, theme } => with_patch(session, id, |b, _| {
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
        BoardCommand::TidyTheme { board: id, theme } => {
            with_patch(session, id, |b, _| lay_out_theme(b, theme, &[]))
        }
        BoardCommand::GroupSimilar { board: id } => with_patch(session, id, |b, ids| {
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
                let area = new_theme(b, ids, name, &set, spot)?;
                spot.x = area.right() + THEME_GAP;
            }
            Ok(())
        }),
        BoardCommand::ExploreTheme { board: id, theme } => {
            let counter = session.next_id;
            explore_theme(session, id, theme).inspect_err(|_| session.next_id = counter)
        }
        BoardCommand::Reveal { board: id } => with_patch(session, id, |b, _| {
            for note in &mut b.notes {
                note.hidden = false;
            }
            b.settings.private_round = false;
            Ok(())
        }),
        BoardCommand::AddVote { board: id, vote } => {
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
            Ok(BoardCommand::RemoveVote { board: id, vote })
        }
        BoardCommand::RemoveVote { board: id, vote } => {
            let b = board(session, id)?;
            let index = b
                .votes
                .iter()
                .rposition(|v| *v == vote)
                .ok_or(EditError::Gone(crate::text::app::GONE_VOTE))?;
            b.votes.remove(index);
            Ok(BoardCommand::InsertVote {
                board: id,
                index,
                vote,
            })
        }
        BoardCommand::InsertVote {
            board: id,
            index,
            vote,
        } => {
            if session.participant(vote.voter).is_none() {
                return Err(EditError::Gone(crate::text::app::GONE_PERSON));
            }
            let b = board(session, id)?;
            let target_exists = match vote.target {
                VoteTarget::Note(n) => b.note(n).is_some(),
                VoteTarget::Theme(t) => b.theme(t).is_some(),
            };
            if !target_exists {
                return Err(EditError::Gone(crate::text::app::GONE_NOTE_OR_THEME));
            }
            b.votes.insert(index.min(b.votes.len()), vote);
            Ok(BoardCommand::RemoveVote { board: id, vote })
        }
    }
}
