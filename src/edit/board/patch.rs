//! Undo for changes over many notes of one board: only what changed is kept.

use std::collections::HashMap;

use super::{BoardCommand, board};
use crate::edit::EditError;
use crate::model::{
    Board, BoardId, BoardSettings, Note, NoteId, Point, Session, Theme, ThemeId, Vote,
};

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
pub(super) fn apply_patch(
    session: &mut Session,
    patch: BoardPatch,
) -> Result<BoardCommand, EditError> {
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
    Ok(BoardCommand::PatchBoard(Box::new(old)))
}

/// Puts each item back at its place in `list`, in one pass however many there are. The
/// places are those the items had before they were taken out, lowest first.
pub(super) fn insert_at<T>(list: &mut Vec<T>, items: Vec<(usize, T)>) {
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
pub(super) fn note_index(board: &Board) -> HashMap<NoteId, usize> {
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
pub(super) fn with_patch(
    session: &mut Session,
    id: BoardId,
    change: impl FnOnce(&mut Board, &mut Ids) -> Result<(), EditError>,
) -> Result<BoardCommand, EditError> {
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
            Ok(BoardCommand::PatchBoard(Box::new(patch)))
        }
        Err(err) => {
            apply_patch(session, patch)?;
            Err(err)
        }
    }
}

/// The id counter while a board is being changed on its own.
pub(super) struct Ids(u64);

impl Ids {
    pub(super) fn fresh<T: From<u64>>(&mut self) -> Result<T, EditError> {
        if self.0 > crate::model::MAX_ID {
            return Err(crate::model::IdsUsedUp.into());
        }
        let id = self.0;
        self.0 += 1;
        Ok(T::from(id))
    }
}
