//! Commands on the Recovery River: its phases' "I" statements, and the group's answers.

use super::{Command, EditError};
use crate::model::{
    Colour, ParticipantId, PhaseId, Question, RiverNote, RiverNoteId, Session, Statement,
    StatementId,
};

/// One change to the river.
#[derive(Clone, Debug, PartialEq)]
pub enum RiverCommand {
    /// Write an answer at a phase, under a question.
    AddNote {
        phase: PhaseId,
        question: Question,
        text: String,
        author: Option<ParticipantId>,
        colour: Colour,
    },
    RemoveNote(RiverNoteId),
    InsertNote {
        index: usize,
        note: RiverNote,
    },
    /// Move an answer to another phase or question.
    MoveNote {
        note: RiverNoteId,
        phase: PhaseId,
        question: Question,
    },
    SetNoteAuthor {
        note: RiverNoteId,
        author: Option<ParticipantId>,
    },
    /// Add an "I" statement at the end of a phase's list.
    AddStatement {
        phase: PhaseId,
        text: String,
    },
    RemoveStatement {
        phase: PhaseId,
        statement: StatementId,
    },
    InsertStatement {
        phase: PhaseId,
        index: usize,
        statement: Statement,
    },
    /// Move a statement to `index` in its phase's list.
    MoveStatement {
        phase: PhaseId,
        statement: StatementId,
        index: usize,
    },
}

fn wrap(command: RiverCommand) -> Command {
    Command::River(command)
}

fn note_mut(session: &mut Session, id: RiverNoteId) -> Result<&mut RiverNote, EditError> {
    session
        .river
        .notes
        .iter_mut()
        .find(|n| n.id == id)
        .ok_or(EditError::Gone(crate::text::app::GONE_ANSWER))
}

fn statements_mut(session: &mut Session, phase: PhaseId) -> Result<&mut Vec<Statement>, EditError> {
    session
        .river
        .phases
        .iter_mut()
        .find(|p| p.id == phase)
        .map(|p| &mut p.statements)
        .ok_or(EditError::Gone(crate::text::app::GONE_PHASE))
}

fn check_phase(session: &Session, phase: PhaseId) -> Result<(), EditError> {
    if session.river.phases.iter().any(|p| p.id == phase) {
        Ok(())
    } else {
        Err(EditError::Gone(crate::text::app::GONE_PHASE))
    }
}

pub(super) fn apply(session: &mut Session, command: RiverCommand) -> Result<Command, EditError> {
    match command {
        RiverCommand::AddNote {
            phase,
            question,
            text,
            author,
            colour,
        } => {
            check_phase(session, phase)?;
            if author.is_some_and(|a| session.participant(a).is_none()) {
                return Err(EditError::Gone(crate::text::app::GONE_PERSON));
            }
            let id: RiverNoteId = session.allocate()?;
            let text = text
                .chars()
                .take(super::TextField::RiverNoteText(id).max_chars())
                .collect();
            session.river.notes.push(RiverNote {
                id,
                phase,
                question,
                text,
                author,
                colour,
            });
            Ok(wrap(RiverCommand::RemoveNote(id)))
        }
        RiverCommand::RemoveNote(id) => {
            let notes = &mut session.river.notes;
            let index = notes
                .iter()
                .position(|n| n.id == id)
                .ok_or(EditError::Gone(crate::text::app::GONE_ANSWER))?;
            let note = notes.remove(index);
            Ok(wrap(RiverCommand::InsertNote { index, note }))
        }
        RiverCommand::InsertNote { index, note } => {
            let id = note.id;
            let notes = &mut session.river.notes;
            notes.insert(index.min(notes.len()), note);
            Ok(wrap(RiverCommand::RemoveNote(id)))
        }
        RiverCommand::MoveNote {
            note,
            phase,
            question,
        } => {
            check_phase(session, phase)?;
            let n = note_mut(session, note)?;
            let old = (n.phase, n.question);
            n.phase = phase;
            n.question = question;
            Ok(wrap(RiverCommand::MoveNote {
                note,
                phase: old.0,
                question: old.1,
            }))
        }
        RiverCommand::SetNoteAuthor { note, author } => {
            if author.is_some_and(|a| session.participant(a).is_none()) {
                return Err(EditError::Gone(crate::text::app::GONE_PERSON));
            }
            let n = note_mut(session, note)?;
            let old = std::mem::replace(&mut n.author, author);
            Ok(wrap(RiverCommand::SetNoteAuthor { note, author: old }))
        }
        RiverCommand::AddStatement { phase, text } => {
            check_phase(session, phase)?;
            let id: StatementId = session.allocate()?;
            statements_mut(session, phase)?.push(Statement { id, text });
            Ok(wrap(RiverCommand::RemoveStatement {
                phase,
                statement: id,
            }))
        }
        RiverCommand::RemoveStatement { phase, statement } => {
            let list = statements_mut(session, phase)?;
            let index = list
                .iter()
                .position(|s| s.id == statement)
                .ok_or(EditError::Gone(crate::text::app::GONE_STATEMENT))?;
            let statement = list.remove(index);
            Ok(wrap(RiverCommand::InsertStatement {
                phase,
                index,
                statement,
            }))
        }
        RiverCommand::InsertStatement {
            phase,
            index,
            statement,
        } => {
            let id = statement.id;
            let list = statements_mut(session, phase)?;
            list.insert(index.min(list.len()), statement);
            Ok(wrap(RiverCommand::RemoveStatement {
                phase,
                statement: id,
            }))
        }
        RiverCommand::MoveStatement {
            phase,
            statement,
            index,
        } => {
            let list = statements_mut(session, phase)?;
            let from = list
                .iter()
                .position(|s| s.id == statement)
                .ok_or(EditError::Gone(crate::text::app::GONE_STATEMENT))?;
            let moved = list.remove(from);
            list.insert(index.min(list.len()), moved);
            Ok(wrap(RiverCommand::MoveStatement {
                phase,
                statement,
                index: from,
            }))
        }
    }
}
