//! Commands on the ladder of participation: rungs, subjects the group names, and placements.

use super::{Command, EditError};
use crate::model::{
    CustomSubject, CustomSubjectId, Ladder, MeetingId, ParticipantId, Placement, PlacementId,
    PlacementKind, Rung, RungId, Session, Subject,
};

/// One change to the ladder.
#[derive(Clone, Debug, PartialEq)]
pub enum LadderCommand {
    /// Add a rung at `index` (0 is the bottom).
    AddRung {
        index: usize,
        name: String,
        description: String,
    },
    /// Remove a rung. Its placements move to `move_to`, or go with it if `None` (the person
    /// was asked and chose that).
    RemoveRung {
        rung: RungId,
        move_to: Option<RungId>,
    },
    /// Move a rung to `index` (0 is the bottom).
    MoveRung {
        rung: RungId,
        index: usize,
    },
    /// Name a subject to place, such as "the council".
    AddCustomSubject {
        name: String,
    },
    /// Remove a named subject and its placements.
    RemoveCustomSubject(CustomSubjectId),
    /// Put a token on a rung. A token already there for the same subject, question, person
    /// (or the group's agreed one) and meeting moves instead of being doubled.
    Place {
        subject: Subject,
        kind: PlacementKind,
        rung: RungId,
        by: Option<ParticipantId>,
        agreed: bool,
        meeting: Option<MeetingId>,
    },
    /// Move a token to another rung.
    MovePlacement {
        placement: PlacementId,
        rung: RungId,
    },
    RemovePlacement(PlacementId),
    InsertPlacement {
        index: usize,
        placement: Placement,
    },
    /// Put the whole ladder back as it was. The inverse of changes that touch many tokens.
    ReplaceLadder(Box<Ladder>),
    /// Hide or show tokens: those placed from phones can wait hidden, and "Show them all"
    /// turns them up at once, so nobody is swayed by what others chose.
    SetHidden(Vec<(PlacementId, bool)>),
}

fn rung_index(ladder: &Ladder, rung: RungId) -> Result<usize, EditError> {
    ladder
        .rungs
        .iter()
        .position(|r| r.id == rung)
        .ok_or(EditError::Gone(crate::text::app::GONE_RUNG))
}

fn placement_mut(ladder: &mut Ladder, id: PlacementId) -> Result<&mut Placement, EditError> {
    ladder
        .placements
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or(EditError::Gone(crate::text::app::GONE_PLACEMENT))
}

fn wrap(command: LadderCommand) -> Command {
    Command::Ladder(command)
}

pub(super) fn apply(session: &mut Session, command: LadderCommand) -> Result<Command, EditError> {
    match command {
        LadderCommand::AddRung {
            index,
            name,
            description,
        } => {
            let id: RungId = session.allocate()?;
            let rungs = &mut session.ladder.rungs;
            rungs.insert(
                index.min(rungs.len()),
                Rung {
                    id,
                    name,
                    description,
                },
            );
            Ok(wrap(LadderCommand::RemoveRung {
                rung: id,
                move_to: None,
            }))
        }
        LadderCommand::RemoveRung { rung, move_to } => {
            let ladder = &mut session.ladder;
            let index = rung_index(ladder, rung)?;
            if let Some(target) = move_to
                && (target == rung || rung_index(ladder, target).is_err())
            {
                return Err(EditError::Gone(crate::text::app::GONE_RUNG));
            }
            let before = ladder.clone();
            ladder.rungs.remove(index);
            match move_to {
                Some(target) => {
                    for p in ladder.placements.iter_mut().filter(|p| p.rung == rung) {
                        p.rung = target;
                    }
                }
                None => ladder.placements.retain(|p| p.rung != rung),
            }
            Ok(wrap(LadderCommand::ReplaceLadder(Box::new(before))))
        }
        LadderCommand::MoveRung { rung, index } => {
            let from = rung_index(&session.ladder, rung)?;
            let rungs = &mut session.ladder.rungs;
            let moved = rungs.remove(from);
            rungs.insert(index.min(rungs.len()), moved);
            Ok(wrap(LadderCommand::MoveRung { rung, index: from }))
        }
        LadderCommand::AddCustomSubject { name } => {
            let id: CustomSubjectId = session.allocate()?;
            session
                .ladder
                .custom_subjects
                .push(CustomSubject { id, name });
            Ok(wrap(LadderCommand::RemoveCustomSubject(id)))
        }
        LadderCommand::RemoveCustomSubject(id) => {
            let ladder = &mut session.ladder;
            if !ladder.custom_subjects.iter().any(|c| c.id == id) {
                return Err(EditError::Gone(crate::text::app::GONE_SUBJECT));
            }
            let before = ladder.clone();
            ladder.custom_subjects.retain(|c| c.id != id);
            ladder
                .placements
                .retain(|p| p.subject != Subject::Custom(id));
            Ok(wrap(LadderCommand::ReplaceLadder(Box::new(before))))
        }
        LadderCommand::Place {
            subject,
            kind,
            rung,
            by,
            agreed,
            meeting,
        } => {
            rung_index(&session.ladder, rung)?;
            // Everything a token names must be there, or the file could not be opened again.
            let subject_there = match subject {
                Subject::Organisation | Subject::Team => true,
                Subject::Participant(id) => session.participant(id).is_some(),
                Subject::Custom(id) => session.ladder.custom_subjects.iter().any(|c| c.id == id),
            };
            if !subject_there {
                return Err(EditError::Gone(crate::text::app::GONE_SUBJECT));
            }
            if by.is_some_and(|p| session.participant(p).is_none()) {
                return Err(EditError::Gone(crate::text::app::GONE_PERSON));
            }
            if meeting.is_some_and(|m| session.meeting(m).is_none()) {
                return Err(EditError::Gone(crate::text::app::GONE_MEETING));
            }
            let key = (subject, kind, by, agreed);
            let existing = session
                .ladder
                .placements
                .iter()
                .position(|p| p.key() == key && p.meeting == meeting);
            if let Some(index) = existing {
                let id = session.ladder.placements[index].id;
                return apply(
                    session,
                    LadderCommand::MovePlacement {
                        placement: id,
                        rung,
                    },
                );
            }
            let id = session.allocate()?;
            session.ladder.placements.push(Placement {
                id,
                subject,
                kind,
                rung,
                by,
                agreed,
                meeting,
                reason: String::new(),
                hidden: false,
            });
            Ok(wrap(LadderCommand::RemovePlacement(id)))
        }
        LadderCommand::MovePlacement { placement, rung } => {
            rung_index(&session.ladder, rung)?;
            let p = placement_mut(&mut session.ladder, placement)?;
            let old = std::mem::replace(&mut p.rung, rung);
            Ok(wrap(LadderCommand::MovePlacement {
                placement,
                rung: old,
            }))
        }
        LadderCommand::RemovePlacement(id) => {
            let placements = &mut session.ladder.placements;
            let index = placements
                .iter()
                .position(|p| p.id == id)
                .ok_or(EditError::Gone(crate::text::app::GONE_PLACEMENT))?;
            let placement = placements.remove(index);
            Ok(wrap(LadderCommand::InsertPlacement { index, placement }))
        }
        LadderCommand::InsertPlacement { index, placement } => {
            let id = placement.id;
            let placements = &mut session.ladder.placements;
            placements.insert(index.min(placements.len()), placement);
            Ok(wrap(LadderCommand::RemovePlacement(id)))
        }
        LadderCommand::ReplaceLadder(ladder) => {
            let old = std::mem::replace(&mut session.ladder, *ladder);
            Ok(wrap(LadderCommand::ReplaceLadder(Box::new(old))))
        }
        LadderCommand::SetHidden(changes) => {
            // Every token must be there before any changes, so undo puts back exactly this.
            for (id, _) in &changes {
                placement_mut(&mut session.ladder, *id)?;
            }
            let mut old = Vec::with_capacity(changes.len());
            for (id, hidden) in changes {
                let p = placement_mut(&mut session.ladder, id)?;
                old.push((id, std::mem::replace(&mut p.hidden, hidden)));
            }
            old.reverse();
            Ok(wrap(LadderCommand::SetHidden(old)))
        }
    }
}
