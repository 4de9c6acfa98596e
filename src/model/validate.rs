//! Checks that a session read from a file holds together, so the rest of the app can
//! trust every reference in it.

use std::collections::HashSet;

use super::{
    CustomSubjectId, MeetingId, NoteId, ParticipantId, PhaseId, RungId, Session, Subject, ThemeId,
    VoteTarget,
};
use crate::text::files as words;

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

/// The largest id a file may use. The app hands ids out one at a time from 1, so no real
/// session comes near; the limit leaves room to count up without ever wrapping, and every id
/// stays exact as a number in JavaScript too (2^53).
pub const MAX_ID: u64 = 1 << 53;

impl Session {
    /// Every piece of text in the session, with what it is, for checking lengths.
    fn texts(&self) -> impl Iterator<Item = (&str, &'static str)> {
        let people = self
            .participants
            .iter()
            .map(|p| (p.name.as_str(), words::A_NAME));
        let meetings = self.meetings.iter().flat_map(|m| {
            [
                (m.title.as_str(), words::A_MEETING_TITLE),
                (m.notes.as_str(), words::MEETING_NOTES),
            ]
        });
        let boards = self.boards.iter().flat_map(|b| {
            std::iter::once((b.topic.as_str(), words::A_BOARD_TOPIC))
                .chain(b.notes.iter().map(|n| (n.text.as_str(), words::A_NOTE)))
                .chain(
                    b.themes
                        .iter()
                        .map(|t| (t.name.as_str(), words::A_THEME_NAME)),
                )
        });
        let ladder = self
            .ladder
            .rungs
            .iter()
            .flat_map(|r| {
                [
                    (r.name.as_str(), words::A_RUNG),
                    (r.description.as_str(), words::A_RUNG),
                ]
            })
            .chain(
                self.ladder
                    .custom_subjects
                    .iter()
                    .map(|c| (c.name.as_str(), words::A_SUBJECT)),
            )
            .chain(
                self.ladder
                    .placements
                    .iter()
                    .map(|p| (p.reason.as_str(), words::A_REASON)),
            );
        let river = self
            .river
            .phases
            .iter()
            .flat_map(|p| {
                std::iter::once((p.name.as_str(), words::A_PHASE_NAME)).chain(
                    p.statements
                        .iter()
                        .map(|s| (s.text.as_str(), words::A_STATEMENT)),
                )
            })
            .chain(
                self.river
                    .notes
                    .iter()
                    .map(|n| (n.text.as_str(), words::AN_ANSWER)),
            );
        [
            (self.title.as_str(), words::THE_TITLE),
            (self.group.as_str(), words::THE_GROUP_NAME),
        ]
        .into_iter()
        .chain(people)
        .chain(meetings)
        .chain(boards)
        .chain(ladder)
        .chain(river)
    }

    /// Checks ids, references, lengths and numbers, and moves `next_id` just past every id
    /// in use (a hand-edited file may have left it behind, or far ahead; fixing that loses
    /// nothing). Takes time in proportion to the size of the session, whatever it holds.
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
            return Err(Invalid(words::too_many_things(items, MAX_ITEMS)));
        }
        if let Some((text, what)) = self.texts().find(|(t, _)| t.len() > MAX_TEXT_CHARS) {
            let length = text.chars().count();
            if length > MAX_TEXT_CHARS {
                return Err(Invalid(words::text_too_long(what, length, MAX_TEXT_CHARS)));
            }
        }
        let ids = Ids::of(self)?;
        // Who came is a set: kept in order of id, each person once.
        for m in &mut self.meetings {
            m.attended.sort_unstable();
            m.attended.dedup();
        }
        self.next_id = ids.largest.map_or(1, |largest| largest + 1).max(
            // Keep a next number the file gave, unless it is beyond what the app hands out.
            if self.next_id <= MAX_ID {
                self.next_id
            } else {
                0
            },
        );
        self.check_numbers()?;
        self.check_references(&ids)
    }

    /// Places on boards and the settings of their activities must be ones the app can use.
    fn check_numbers(&self) -> Result<(), Invalid> {
        for b in &self.boards {
            let places_ok = b.notes.iter().all(|n| n.position.in_range())
                && b.themes.iter().all(|t| t.area.in_range());
            if !places_ok {
                return Err(Invalid(words::place_out_of_range(
                    &b.topic,
                    super::CANVAS_LIMIT,
                )));
            }
            if !b.settings.in_range() {
                return Err(Invalid(words::settings_out_of_range(
                    &b.topic,
                    b.settings.words_per_person,
                    b.settings.votes_per_person,
                )));
            }
        }
        Ok(())
    }

    fn check_references(&self, ids: &Ids) -> Result<(), Invalid> {
        let missing = |what: &str, raw: u64, place: &str| {
            Err(Invalid(words::missing_reference(place, what, raw)))
        };
        let person_ok = |id: Option<ParticipantId>| id.is_none_or(|id| ids.people.contains(&id));
        for m in &self.meetings {
            if let Some(p) = m.attended.iter().find(|p| !ids.people.contains(p)) {
                return missing(words::A_PERSON, p.raw(), &words::the_meeting(&m.title));
            }
        }
        if let Some(m) = self.current_meeting.filter(|m| !ids.meetings.contains(m)) {
            return missing(words::A_MEETING, m.raw(), words::THE_SESSION);
        }
        for b in &self.boards {
            let board = words::the_board(&b.topic);
            let themes: HashSet<ThemeId> = b.themes.iter().map(|t| t.id).collect();
            let notes: HashSet<NoteId> = b.notes.iter().map(|n| n.id).collect();
            for n in &b.notes {
                if !person_ok(n.author) {
                    return missing(
                        words::A_PERSON,
                        n.author.map_or(0, ParticipantId::raw),
                        &board,
                    );
                }
                if let Some(t) = n.theme.filter(|t| !themes.contains(t)) {
                    return missing(words::A_THEME, t.raw(), &board);
                }
            }
            for v in &b.votes {
                if !ids.people.contains(&v.voter) {
                    return missing(words::A_PERSON, v.voter.raw(), &board);
                }
                let target_ok = match v.target {
                    VoteTarget::Note(n) => notes.contains(&n),
                    VoteTarget::Theme(t) => themes.contains(&t),
                };
                if !target_ok {
                    return Err(Invalid(words::vote_on_nothing(&board)));
                }
            }
        }
        let ladder = &self.ladder;
        let rungs: HashSet<RungId> = ladder.rungs.iter().map(|r| r.id).collect();
        let subjects: HashSet<CustomSubjectId> =
            ladder.custom_subjects.iter().map(|c| c.id).collect();
        for p in &ladder.placements {
            let subject_ok = match p.subject {
                Subject::Organisation | Subject::Team => true,
                Subject::Participant(id) => ids.people.contains(&id),
                Subject::Custom(id) => subjects.contains(&id),
            };
            let meeting_ok = p.meeting.is_none_or(|m| ids.meetings.contains(&m));
            let rung_ok = rungs.contains(&p.rung);
            if !(subject_ok && meeting_ok && rung_ok && person_ok(p.by)) {
                return Err(Invalid(words::placement_refers_to_nothing(p.id.raw())));
            }
        }
        let phases: HashSet<PhaseId> = self.river.phases.iter().map(|p| p.id).collect();
        for n in &self.river.notes {
            if !(phases.contains(&n.phase) && person_ok(n.author)) {
                return Err(Invalid(words::answer_refers_to_nothing(n.id.raw())));
            }
        }
        Ok(())
    }
}

/// The ids a session uses, gathered once so every reference is checked in constant time.
struct Ids {
    people: HashSet<ParticipantId>,
    meetings: HashSet<MeetingId>,
    largest: Option<u64>,
}

impl Ids {
    /// Gathers the ids, refusing one used twice or one beyond what the app hands out.
    fn of(session: &Session) -> Result<Self, Invalid> {
        let mut seen = HashSet::new();
        let mut largest = None;
        let mut unique = |raw: u64, what: &str| {
            if raw > MAX_ID {
                return Err(Invalid(words::number_too_large(raw, what)));
            }
            largest = largest.max(Some(raw));
            if seen.insert(raw) {
                Ok(())
            } else {
                Err(Invalid(words::number_used_twice(raw, what)))
            }
        };
        for p in &session.participants {
            unique(p.id.raw(), words::PERSON)?;
        }
        for m in &session.meetings {
            unique(m.id.raw(), words::MEETING)?;
        }
        for b in &session.boards {
            unique(b.id.raw(), words::BOARD)?;
            for n in &b.notes {
                unique(n.id.raw(), words::NOTE)?;
            }
            for t in &b.themes {
                unique(t.id.raw(), words::THEME)?;
            }
        }
        for r in &session.ladder.rungs {
            unique(r.id.raw(), words::RUNG)?;
        }
        for c in &session.ladder.custom_subjects {
            unique(c.id.raw(), words::SUBJECT)?;
        }
        for p in &session.ladder.placements {
            unique(p.id.raw(), words::PLACEMENT)?;
        }
        for phase in &session.river.phases {
            unique(phase.id.raw(), words::PHASE)?;
            for s in &phase.statements {
                unique(s.id.raw(), words::STATEMENT)?;
            }
        }
        for n in &session.river.notes {
            unique(n.id.raw(), words::RIVER_NOTE)?;
        }
        Ok(Self {
            people: session.participants.iter().map(|p| p.id).collect(),
            meetings: session.meetings.iter().map(|m| m.id).collect(),
            largest,
        })
    }
}
