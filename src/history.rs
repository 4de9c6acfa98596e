//! Undo and redo over commands, and whether the session differs from what was saved.

use crate::edit::BoardCommand;
use std::collections::VecDeque;

use crate::edit::{Command, Created, EditError, TextField, apply};
use crate::model::Session;

/// The most memory undo and redo together may hold, roughly. A long meeting on a big board
/// stays within it: when it is full, the oldest steps are forgotten first. Most steps hold a
/// few hundred bytes; theming all 5,000 notes of a board holds about 200 KB.
pub const MEMORY_LIMIT: usize = 64 * 1024 * 1024;

/// One step that can be undone or redone.
#[derive(Debug)]
struct Step {
    /// The command that takes the session to the other side of this step.
    command: Command,
    /// Which state the session is in after applying `command`.
    lands_on: u64,
    /// Typing into one field makes one step, not one per key.
    merge_key: Option<TextField>,
    /// Roughly how many bytes `command` holds.
    weight: usize,
}

impl Step {
    fn new(command: Command, lands_on: u64, merge_key: Option<TextField>) -> Self {
        let weight = command.weight();
        Self {
            command,
            lands_on,
            merge_key,
            weight,
        }
    }
}

/// Undo and redo for one running session, as far back as [`MEMORY_LIMIT`] allows.
///
/// Every state the session passes through gets a number; the session is unsaved whenever
/// the current number differs from the one that was last saved (or loaded), so undoing back
/// to the saved state makes it clean again.
#[derive(Debug)]
pub struct History {
    /// Oldest first, so the oldest can be forgotten when memory runs short.
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    /// What `undo` and `redo` hold together, roughly, in bytes.
    weight: usize,
    current: u64,
    next: u64,
    saved: Option<u64>,
    /// Whether the newest step may still absorb more typing into the same field.
    merge_open: bool,
}

impl Default for History {
    fn default() -> Self {
        Self {
            undo: VecDeque::new(),
            redo: Vec::new(),
            weight: 0,
            current: 0,
            next: 1,
            saved: Some(0),
            merge_open: false,
        }
    }
}

impl History {
    /// Applies a new change, records it for undo and forgets anything that could be redone.
    /// Returns what the change created, if anything, so the view can show it.
    pub fn apply(
        &mut self,
        session: &mut Session,
        command: Command,
    ) -> Result<Option<Created>, EditError> {
        let is_add_note = matches!(
            command,
            Command::Board(BoardCommand::AddNote { .. })
                | Command::River(crate::edit::RiverCommand::AddNote { .. })
        );
        let mut merge_key = match &command {
            Command::SetText { field, .. } => Some(*field),
            _ => None,
        };
        let inverse = apply(session, command)?;
        let created = Created::by(&inverse);
        // Typing the rest of a new note's first words undoes together with adding it.
        match created {
            Some(Created::Note(board, note)) if is_add_note => {
                merge_key = Some(TextField::NoteText(board, note));
            }
            Some(Created::RiverNote(note)) if is_add_note => {
                merge_key = Some(TextField::RiverNoteText(note));
            }
            _ => {}
        }
        let state = self.fresh_state();
        self.weight -= self.redo.iter().map(|s| s.weight).sum::<usize>();
        self.redo.clear();
        match self.undo.back_mut() {
            // Keep the older step whole: undo goes back to before the typing started.
            Some(top) if self.merge_open && merge_key.is_some() && top.merge_key == merge_key => {}
            _ => {
                let step = Step::new(inverse, self.current, merge_key);
                self.weight += step.weight;
                self.undo.push_back(step);
                self.forget_oldest_beyond(MEMORY_LIMIT);
            }
        }
        self.current = state;
        self.merge_open = merge_key.is_some();
        Ok(created)
    }

    /// A number for the session's current state: equal numbers mean equal sessions, so
    /// views can keep results worked out from the session until it changes.
    #[must_use]
    pub fn state(&self) -> u64 {
        self.current
    }

    /// Ends the current run of typing, so the next edit becomes its own undo step.
    pub fn seal(&mut self) {
        self.merge_open = false;
    }

    /// Undoes the newest step. Returns `false` if there was nothing to undo.
    pub fn undo(&mut self, session: &mut Session) -> Result<bool, EditError> {
        self.step(session, true)
    }

    /// Redoes the newest undone step. Returns `false` if there was nothing to redo.
    pub fn redo(&mut self, session: &mut Session) -> Result<bool, EditError> {
        self.step(session, false)
    }

    fn step(&mut self, session: &mut Session, undo: bool) -> Result<bool, EditError> {
        self.merge_open = false;
        let popped = if undo {
            self.undo.pop_back()
        } else {
            self.redo.pop()
        };
        let Some(step) = popped else {
            return Ok(false);
        };
        match apply(session, step.command.clone()) {
            Ok(inverse) => {
                let back = Step::new(inverse, self.current, None);
                self.weight = self.weight - step.weight + back.weight;
                if undo {
                    self.redo.push(back);
                } else {
                    self.undo.push_back(back);
                }
                self.current = step.lands_on;
                self.forget_oldest_beyond(MEMORY_LIMIT);
                Ok(true)
            }
            Err(err) => {
                if undo {
                    self.undo.push_back(step);
                } else {
                    self.redo.push(step);
                }
                Err(err)
            }
        }
    }

    /// Forgets the oldest undo steps while the history holds more than `limit` bytes. The
    /// newest step always stays, so the last change can be undone whatever its size.
    fn forget_oldest_beyond(&mut self, limit: usize) {
        while self.weight > limit && self.undo.len() > 1 {
            if let Some(oldest) = self.undo.pop_front() {
                self.weight -= oldest.weight;
            }
        }
    }

    /// Roughly how many bytes undo and redo hold, never more than [`MEMORY_LIMIT`] unless
    /// the newest step alone is larger.
    #[must_use]
    pub fn weight(&self) -> usize {
        self.weight
    }

    /// How many steps can be undone.
    #[must_use]
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Whether there is anything to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is anything to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Whether the session differs from what was last saved or opened.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.saved != Some(self.current)
    }

    /// Records that the session as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved = Some(self.current);
        self.merge_open = false;
    }

    /// Records that the session has changes no file holds (for example a restored snapshot).
    pub fn mark_unsaved(&mut self) {
        self.saved = None;
    }

    fn fresh_state(&mut self) -> u64 {
        let state = self.next;
        self.next += 1;
        state
    }
}
