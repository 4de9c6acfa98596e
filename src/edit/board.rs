//! Commands on word boards: boards, notes, themes, rounds and votes.

use std::collections::{HashMap, HashSet};

use super::{Command, EditError, board_mut};
use crate::model::{
    Area, Board, BoardId, BoardSettings, Colour, Note, NoteId, Point, Session, THEME_GAP, Theme,
    ThemeId, Vote, VoteTarget, similar_sets, theme_layout,
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

/// Where a note sits and how it shows: all that changes about a note when many notes are
/// moved, themed, tidied or revealed at once.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NoteLayout {
    pub id: NoteId,
    pub position: Point,
    pub theme: Option<ThemeId>,
    pub hidden: bool,
}

impl NoteLayout {
    fn of(note: &Note) -> Self {
        Self {
            id: note.id,
            position: note.position,
            theme: note.theme,
            hidden: note.hidden,
        }
    }

    fn put(self, note: &mut Note) {
        note.position = self.position;
        note.theme = self.theme;
        note.hidden = self.hidden;
    }
}

/// What one change over many notes altered on a board, as it was before: only the notes
/// that changed, and the themes, votes and settings only if they changed. Undo keeps this
/// rather than a copy of the board, so a long meeting on a big board stays small.
#[derive(Clone, Debug, PartialEq)]
pub struct BoardPatch {
    pub board: BoardId,
    pub notes: Vec<NoteLayout>,
    pub themes: Option<Vec<Theme>>,
    pub votes: Option<Vec<Vote>>,
    pub settings: Option<BoardSettings>,
}

impl BoardPatch {
    /// How much memory the patch holds, roughly, in bytes.
    #[must_use]
    pub fn weight(&self) -> usize {
        self.notes.len() * std::mem::size_of::<NoteLayout>()
            + self.themes.as_ref().map_or(0, |themes| {
                themes
                    .iter()
                    .map(|t| std::mem::size_of::<Theme>() + t.name.len())
                    .sum()
            })
            + self
                .votes
                .as_ref()
                .map_or(0, |v| v.len() * std::mem::size_of::<Vote>())
    }
}

/// Puts `patch` into the board and returns what it replaced, in the same form. Nothing is
/// changed unless every note it names is there.
fn apply_patch(session: &mut Session, patch: BoardPatch) -> Result<Command, EditError> {
    let b = board(session, patch.board)?;
    let index = note_index(b);
    let places = patch
        .notes
        .iter()
        .map(|layout| index.get(&layout.id).copied())
        .collect::<Option<Vec<usize>>>()
        .ok_or(EditError::Gone(crate::text::app::GONE_NOTE))?;
    let mut old = BoardPatch {
        board: patch.board,
        notes: Vec::with_capacity(patch.notes.len()),
        themes: None,
        votes: None,
        settings: None,
    };
    for (layout, at) in patch.notes.into_iter().zip(places) {
        old.notes.push(NoteLayout::of(&b.notes[at]));
        layout.put(&mut b.notes[at]);
    }
    old.themes = patch.themes.map(|t| std::mem::replace(&mut b.themes, t));
    old.votes = patch.votes.map(|v| std::mem::replace(&mut b.votes, v));
    old.settings = patch
        .settings
        .map(|s| std::mem::replace(&mut b.settings, s));
    Ok(Command::PatchBoard(Box::new(old)))
}

/// Puts each item back at its place in `list`, in one pass however many there are. The
/// places are those the items had before they were taken out, lowest first.
fn insert_at<T>(list: &mut Vec<T>, items: Vec<(usize, T)>) {
    let mut rest = std::mem::take(list).into_iter();
    let mut merged = Vec::with_capacity(rest.len() + items.len());
    for (index, item) in items {
        while merged.len() < index {
            match rest.next() {
                Some(kept) => merged.push(kept),
                None => break,
            }
        }
        merged.push(item);
    }
    merged.extend(rest);
    *list = merged;
}

/// Where each note sits in the board's list, to find many notes without a search each.
fn note_index(board: &Board) -> HashMap<NoteId, usize> {
    board
        .notes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id, i))
        .collect()
}

/// Runs `change`, which may move, theme and turn over notes and change themes, votes and
/// settings (but never adds or removes notes), and returns the patch that undoes it. If
/// `change` fails, the board and the id counter are put back as they were.
fn with_patch(
    session: &mut Session,
    id: BoardId,
    change: impl FnOnce(&mut Board, &mut Ids) -> Result<(), EditError>,
) -> Result<Command, EditError> {
    let mut ids = Ids(session.next_id);
    let b = board(session, id)?;
    let layouts: Vec<NoteLayout> = b.notes.iter().map(NoteLayout::of).collect();
    let themes = b.themes.clone();
    let votes = b.votes.clone();
    let settings = b.settings;
    let result = change(b, &mut ids);
    debug_assert_eq!(
        layouts.len(),
        b.notes.len(),
        "a layout change kept every note"
    );
    let notes = layouts
        .into_iter()
        .zip(&mut b.notes)
        .filter_map(|(before, note)| {
            note.position = note.position.clamped();
            (NoteLayout::of(note) != before).then_some(before)
        })
        .collect();
    for theme in &mut b.themes {
        theme.area = theme.area.clamped();
    }
    let patch = BoardPatch {
        board: id,
        notes,
        themes: (b.themes != themes).then_some(themes),
        votes: (b.votes != votes).then_some(votes),
        settings: (b.settings != settings).then_some(settings),
    };
    match result {
        Ok(()) => {
            session.next_id = ids.0;
            Ok(Command::PatchBoard(Box::new(patch)))
        }
        Err(err) => {
            apply_patch(session, patch)?;
            Err(err)
        }
    }
}

/// The id counter while a board is being changed on its own.
struct Ids(u64);

impl Ids {
    fn fresh<T: From<u64>>(&mut self) -> Result<T, EditError> {
        if self.0 > crate::model::MAX_ID {
            return Err(crate::model::IdsUsedUp.into());
        }
        let id = self.0;
        self.0 += 1;
        Ok(T::from(id))
    }
}

/// Moves `notes` into `theme`, after the notes already in it, and fits the theme around them.
fn lay_out_theme(board: &mut Board, theme: ThemeId, adding: &[NoteId]) -> Result<(), EditError> {
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
            let id = session.allocate()?;
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
        Command::PatchBoard(patch) => apply_patch(session, *patch),
        Command::SetBoardSettings {
            board: id,
            settings,
        } => {
            let b = board(session, id)?;
            let old = std::mem::replace(&mut b.settings, settings.clamped());
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
            Ok(Command::RemoveNotes {
                board: id,
                notes: vec![note_id],
            })
        }
        Command::RemoveNotes { board: id, notes } => {
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
            insert_at(&mut b.notes, notes);
            insert_at(&mut b.votes, votes);
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
        } => with_patch(session, id, |b, ids| {
            let name = name.chars().take(60).collect();
            let spot = next_row(b);
            new_theme(b, ids, name, &notes, spot).map(|_| ())
        }),
        Command::AssignToTheme {
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
        Command::SetThemeArea {
            board: id,
            theme,
            area,
        } => {
            let t = theme_mut(board(session, id)?, theme)?;
            let old = std::mem::replace(&mut t.area, area.clamped());
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
        Command::RemoveTheme { board: id, theme } => with_patch(session, id, |b, _| {
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
            with_patch(session, id, |b, _| lay_out_theme(b, theme, &[]))
        }
        Command::GroupSimilar { board: id } => with_patch(session, id, |b, ids| {
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
        Command::ExploreTheme { board: id, theme } => {
            let counter = session.next_id;
            explore_theme(session, id, theme).inspect_err(|_| session.next_id = counter)
        }
        Command::Reveal { board: id } => with_patch(session, id, |b, _| {
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
            Ok(Command::InsertVote {
                board: id,
                index,
                vote,
            })
        }
        Command::InsertVote {
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
            Ok(Command::RemoveVote { board: id, vote })
        }
        // Only board commands are sent here.
        _ => Err(EditError::Gone(crate::text::app::GONE_BOARD)),
    }
}

/// Makes a new board about a theme, after its board, with copies of the theme's notes that
/// are face up.
fn explore_theme(session: &mut Session, id: BoardId, theme: ThemeId) -> Result<Command, EditError> {
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
    Ok(Command::RemoveBoard(new_id))
}
