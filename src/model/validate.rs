//! Checks that a session read from a file holds together, so the rest of the app can
//! trust every reference in it.

use std::collections::HashSet;

use super::{Session, Subject, VoteTarget};

/// A session read from a file refers to something that is not there, or uses one id twice.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Invalid(pub String);

/// The longest text any one field may hold in a file. Far beyond what people write (the
/// app itself keeps notes to 140 letters); it only stops absurd files.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// The most notes, people, placements and other things a file may hold in all. A year of
/// busy meetings makes tens of thousands; this only stops absurd files.
pub const MAX_ITEMS: usize = 1_000_000;

impl Session {
    /// Every piece of text in the session, with what it is, for checking lengths.
    fn texts(&self) -> impl Iterator<Item = (&str, &'static str)> {
        let people = self
            .participants
            .iter()
            .map(|p| (p.name.as_str(), "a name"));
        let meetings = self.meetings.iter().flat_map(|m| {
            [
                (m.title.as_str(), "a meeting title"),
                (m.notes.as_str(), "meeting notes"),
            ]
        });
        let boards = self.boards.iter().flat_map(|b| {
            std::iter::once((b.topic.as_str(), "a board topic"))
                .chain(b.notes.iter().map(|n| (n.text.as_str(), "a note")))
                .chain(b.themes.iter().map(|t| (t.name.as_str(), "a theme name")))
        });
        let ladder = self
            .ladder
            .rungs
            .iter()
            .flat_map(|r| {
                [
                    (r.name.as_str(), "a rung"),
                    (r.description.as_str(), "a rung"),
                ]
            })
            .chain(
                self.ladder
                    .custom_subjects
                    .iter()
                    .map(|c| (c.name.as_str(), "a subject")),
            )
            .chain(
                self.ladder
                    .placements
                    .iter()
                    .map(|p| (p.reason.as_str(), "a reason")),
            );
        let river = self
            .river
            .phases
            .iter()
            .flat_map(|p| {
                std::iter::once((p.name.as_str(), "a phase name")).chain(
                    p.statements
                        .iter()
                        .map(|s| (s.text.as_str(), "a statement")),
                )
            })
            .chain(
                self.river
                    .notes
                    .iter()
                    .map(|n| (n.text.as_str(), "an answer")),
            );
        [
            (self.title.as_str(), "the title"),
            (self.group.as_str(), "the group name"),
        ]
        .into_iter()
        .chain(people)
        .chain(meetings)
        .chain(boards)
        .chain(ladder)
        .chain(river)
    }

    /// Checks ids, references and lengths, and moves `next_id` past every id in use (a
    /// hand-edited file may have left it behind; fixing that loses nothing).
    pub fn validate_and_repair(&mut self) -> Result<(), Invalid> {
        let items = self.participants.len()
            + self
                .meetings
                .iter()
                .map(|m| 1 + m.attended.len())
                .sum::<usize>()
            + self
                .boards
                .iter()
                .map(|b| 1 + b.notes.len() + b.themes.len() + b.votes.len())
                .sum::<usize>()
            + self.ladder.rungs.len()
            + self.ladder.custom_subjects.len()
            + self.ladder.placements.len()
            + self
                .river
                .phases
                .iter()
                .map(|p| 1 + p.statements.len())
                .sum::<usize>()
            + self.river.notes.len();
        if items > MAX_ITEMS {
            return Err(Invalid(format!(
                "it holds {items} notes and other things, far more than any group makes (the limit is {MAX_ITEMS})"
            )));
        }
        if let Some((text, what)) = self.texts().find(|(t, _)| t.len() > MAX_TEXT_CHARS) {
            let length = text.chars().count();
            if length > MAX_TEXT_CHARS {
                return Err(Invalid(format!(
                    "{what} is {length} letters long, far more than anyone writes (the limit is {MAX_TEXT_CHARS})"
                )));
            }
        }
        let mut seen = HashSet::new();
        let mut unique = |raw: u64, what: &str| {
            if seen.insert(raw) {
                Ok(())
            } else {
                Err(Invalid(format!(
                    "the number {raw} is used for more than one thing (a {what})"
                )))
            }
        };
        for p in &self.participants {
            unique(p.id.raw(), "person")?;
        }
        for m in &self.meetings {
            unique(m.id.raw(), "meeting")?;
        }
        for b in &self.boards {
            unique(b.id.raw(), "board")?;
            for n in &b.notes {
                unique(n.id.raw(), "note")?;
            }
            for t in &b.themes {
                unique(t.id.raw(), "theme")?;
            }
        }
        for r in &self.ladder.rungs {
            unique(r.id.raw(), "rung")?;
        }
        for c in &self.ladder.custom_subjects {
            unique(c.id.raw(), "subject")?;
        }
        for p in &self.ladder.placements {
            unique(p.id.raw(), "placement")?;
        }
        for phase in &self.river.phases {
            unique(phase.id.raw(), "phase")?;
            for s in &phase.statements {
                unique(s.id.raw(), "statement")?;
            }
        }
        for n in &self.river.notes {
            unique(n.id.raw(), "river note")?;
        }
        let max = seen.iter().copied().max().unwrap_or(0);
        self.next_id = self.next_id.max(max.saturating_add(1));
        self.check_references()
    }

    fn check_references(&self) -> Result<(), Invalid> {
        let missing = |what: &str, raw: u64, place: &str| {
            Err(Invalid(format!(
                "{place} refers to {what} number {raw}, which is not in the file"
            )))
        };
        let person_ok =
            |id: Option<super::ParticipantId>| id.is_none_or(|id| self.participant(id).is_some());
        for m in &self.meetings {
            if let Some(p) = m.attended.iter().find(|p| self.participant(**p).is_none()) {
                return missing("a person", p.raw(), &format!("the meeting “{}”", m.title));
            }
        }
        if let Some(m) = self.current_meeting.filter(|m| self.meeting(*m).is_none()) {
            return missing("a meeting", m.raw(), "the session");
        }
        for b in &self.boards {
            let board = format!("the board “{}”", b.topic);
            let finite = |v: &[f32]| v.iter().all(|x| x.is_finite());
            if b.themes
                .iter()
                .any(|t| !finite(&[t.area.x, t.area.y, t.area.width, t.area.height]))
                || b.notes
                    .iter()
                    .any(|n| !finite(&[n.position.x, n.position.y]))
            {
                return Err(Invalid(format!(
                    "{board} has a note or theme at a place that is not a number"
                )));
            }
            for n in &b.notes {
                if !person_ok(n.author) {
                    return missing(
                        "a person",
                        n.author.map_or(0, super::ParticipantId::raw),
                        &board,
                    );
                }
                if let Some(t) = n.theme.filter(|t| b.themes.iter().all(|th| th.id != *t)) {
                    return missing("a theme", t.raw(), &board);
                }
            }
            for v in &b.votes {
                if self.participant(v.voter).is_none() {
                    return missing("a person", v.voter.raw(), &board);
                }
                let target_ok = match v.target {
                    VoteTarget::Note(n) => b.notes.iter().any(|x| x.id == n),
                    VoteTarget::Theme(t) => b.themes.iter().any(|x| x.id == t),
                };
                if !target_ok {
                    return Err(Invalid(format!(
                        "{board} has a vote on something that is not there"
                    )));
                }
            }
        }
        let ladder = &self.ladder;
        for p in &ladder.placements {
            let subject_ok = match p.subject {
                Subject::Organisation | Subject::Team => true,
                Subject::Participant(id) => self.participant(id).is_some(),
                Subject::Custom(id) => ladder.custom_subjects.iter().any(|c| c.id == id),
            };
            let meeting_ok = p.meeting.is_none_or(|m| self.meeting(m).is_some());
            let rung_ok = ladder.rungs.iter().any(|r| r.id == p.rung);
            if !(subject_ok && meeting_ok && rung_ok && person_ok(p.by)) {
                return Err(Invalid(format!(
                    "a placement on the ladder (number {}) refers to something that is not there",
                    p.id.raw()
                )));
            }
        }
        for n in &self.river.notes {
            let phase_ok = self.river.phases.iter().any(|p| p.id == n.phase);
            if !(phase_ok && person_ok(n.author)) {
                return Err(Invalid(format!(
                    "an answer on the river (number {}) refers to something that is not there",
                    n.id.raw()
                )));
            }
        }
        Ok(())
    }
}
