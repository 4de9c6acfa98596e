//! Roughly how much memory a command holds, so undo can keep its history within a budget.
//! Counts the parts that grow with what people wrote; exact to within the allocator's slack.

use super::BoardCommand;
use std::mem::size_of;

use super::{Command, LadderCommand, RiverCommand};
use crate::model::{Board, Ladder, Note, Session};

fn text(s: &str) -> usize {
    s.len()
}

fn note(n: &Note) -> usize {
    size_of::<Note>() + text(&n.text)
}

fn board(b: &Board) -> usize {
    size_of::<Board>()
        + text(&b.topic)
        + b.notes.iter().map(note).sum::<usize>()
        + b.themes
            .iter()
            .map(|t| size_of::<crate::model::Theme>() + text(&t.name))
            .sum::<usize>()
        + b.votes.len() * size_of::<crate::model::Vote>()
}

fn ladder(l: &Ladder) -> usize {
    l.rungs
        .iter()
        .map(|r| size_of::<crate::model::Rung>() + text(&r.name) + text(&r.description))
        .sum::<usize>()
        + l.custom_subjects
            .iter()
            .map(|c| size_of::<crate::model::CustomSubject>() + text(&c.name))
            .sum::<usize>()
        + l.placements
            .iter()
            .map(|p| size_of::<crate::model::Placement>() + text(&p.reason))
            .sum::<usize>()
}

fn session(s: &Session) -> usize {
    size_of::<Session>()
        + text(&s.title)
        + text(&s.group)
        + s.participants
            .iter()
            .map(|p| size_of::<crate::model::Participant>() + text(&p.name))
            .sum::<usize>()
        + s.meetings
            .iter()
            .map(|m| {
                size_of::<crate::model::Meeting>()
                    + text(&m.title)
                    + text(&m.notes)
                    + m.attended.len() * size_of::<crate::model::ParticipantId>()
            })
            .sum::<usize>()
        + s.boards.iter().map(board).sum::<usize>()
        + ladder(&s.ladder)
        + s.river
            .phases
            .iter()
            .map(|p| {
                size_of::<crate::model::Phase>()
                    + text(&p.name)
                    + p.statements
                        .iter()
                        .map(|st| size_of::<crate::model::Statement>() + text(&st.text))
                        .sum::<usize>()
            })
            .sum::<usize>()
        + s.river
            .notes
            .iter()
            .map(|n| size_of::<crate::model::RiverNote>() + text(&n.text))
            .sum::<usize>()
}

impl Command {
    /// Roughly how many bytes the command holds.
    #[must_use]
    pub fn weight(&self) -> usize {
        let held = match self {
            Command::SetText { text: t, .. }
            | Command::AddParticipant { name: t }
            | Command::AddMeeting { title: t, .. }
            | Command::Board(
                BoardCommand::AddBoard { topic: t } | BoardCommand::AddNote { text: t, .. },
            )
            | Command::Ladder(LadderCommand::AddCustomSubject { name: t })
            | Command::River(
                RiverCommand::AddNote { text: t, .. } | RiverCommand::AddStatement { text: t, .. },
            ) => text(t),
            Command::Board(BoardCommand::InsertBoard { board: b, .. }) => board(b),
            Command::Board(BoardCommand::PatchBoard(patch)) => patch.weight(),
            Command::Board(
                BoardCommand::RemoveNotes { notes, .. } | BoardCommand::AssignToTheme { notes, .. },
            ) => notes.len() * size_of::<crate::model::NoteId>(),
            Command::Board(BoardCommand::InsertNotes { notes, votes, .. }) => {
                notes.iter().map(|(_, n)| note(n)).sum::<usize>()
                    + votes.len() * size_of::<crate::model::Vote>()
            }
            Command::Board(BoardCommand::PlaceNotes { places, .. }) => {
                places.len()
                    * size_of::<(
                        crate::model::NoteId,
                        crate::model::Point,
                        Option<crate::model::ThemeId>,
                    )>()
            }
            Command::Board(BoardCommand::AddTheme { name, notes, .. }) => {
                text(name) + notes.len() * size_of::<crate::model::NoteId>()
            }
            Command::Ladder(LadderCommand::ReplaceLadder(l)) => ladder(l),
            Command::Ladder(LadderCommand::AddRung {
                name, description, ..
            }) => text(name) + text(description),
            Command::Ladder(LadderCommand::SetHidden(changes)) => {
                changes.len() * size_of::<(crate::model::PlacementId, bool)>()
            }
            Command::Ladder(LadderCommand::InsertPlacement { placement, .. }) => {
                text(&placement.reason)
            }
            Command::River(RiverCommand::InsertNote { note, .. }) => text(&note.text),
            Command::River(RiverCommand::InsertStatement { statement, .. }) => {
                text(&statement.text)
            }
            Command::Restore(s) => session(s),
            Command::Batch(commands) => commands.iter().map(Command::weight).sum(),
            _ => 0,
        };
        size_of::<Command>() + held
    }
}
