//! The ladder of participation: rungs, subjects and the places people put them.

use crate::text::model as words;

use super::{CustomSubjectId, MeetingId, ParticipantId, PlacementId, RungId};

/// The ladder. Rungs are listed from the bottom up.
#[derive(Clone, Debug, PartialEq)]
pub struct Ladder {
    pub rungs: Vec<Rung>,
    pub custom_subjects: Vec<CustomSubject>,
    pub placements: Vec<Placement>,
}

/// One rung: a level of say that people have.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rung {
    pub id: RungId,
    pub name: String,
    pub description: String,
}

/// Something the group names to place on the ladder, such as "the council".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomSubject {
    pub id: CustomSubjectId,
    pub name: String,
}

/// What is being placed on the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// The whole organisation.
    Organisation,
    /// The group's own team.
    Team,
    /// One person, in their own role.
    Participant(ParticipantId),
    /// Something the group named.
    Custom(CustomSubjectId),
}

/// Which question a placement answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlacementKind {
    /// Where we are now.
    Now,
    /// Where we should be.
    ShouldBe,
    /// Where it is realistic to be soon.
    Realistic,
}

impl PlacementKind {
    /// All kinds, in the order they are talked about.
    pub const ALL: [PlacementKind; 3] = [
        PlacementKind::Now,
        PlacementKind::ShouldBe,
        PlacementKind::Realistic,
    ];

    /// How the kind is said out loud.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            PlacementKind::Now => words::WHERE_WE_ARE_NOW,
            PlacementKind::ShouldBe => words::WHERE_WE_SHOULD_BE,
            PlacementKind::Realistic => words::WHERE_WE_COULD_BE,
        }
    }
}

/// One token on the ladder: a subject, on a rung, for one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    pub id: PlacementId,
    pub subject: Subject,
    pub kind: PlacementKind,
    pub rung: RungId,
    /// Whose view this is; `None` when it was placed for the group as a whole.
    pub by: Option<ParticipantId>,
    /// The group agreed on this placement together.
    pub agreed: bool,
    /// The meeting it was placed at.
    pub meeting: Option<MeetingId>,
    /// Why here, in the person's own words. May be empty.
    pub reason: String,
    /// Placed from a phone and not yet shown to the room: the ladder, pictures and
    /// summaries leave it out until the facilitator shows them all at once.
    pub hidden: bool,
}

pub use crate::text::model::DEFAULT_RUNGS;

/// What makes tokens "the same" across meetings: subject, question, and whose view.
pub type TokenKey = (Subject, PlacementKind, Option<ParticipantId>, bool);

impl Placement {
    /// The token this placement is, whatever meeting it belongs to.
    #[must_use]
    pub fn key(&self) -> TokenKey {
        (self.subject, self.kind, self.by, self.agreed)
    }
}

impl Ladder {
    /// How many tokens wait hidden (placed from phones, not yet shown).
    #[must_use]
    pub fn hidden_count(&self) -> usize {
        self.placements.iter().filter(|p| p.hidden).count()
    }

    /// A rung's name, or "?" for one that is gone.
    #[must_use]
    pub fn rung_name(&self, id: RungId) -> &str {
        self.rungs
            .iter()
            .find(|r| r.id == id)
            .map_or(words::UNKNOWN_RUNG, |r| r.name.as_str())
    }

    /// Tokens that changed rung from meeting `before` to meeting `now`: (then, now) pairs,
    /// in the order of `now`'s tokens.
    #[must_use]
    pub fn moves(
        &self,
        before: Option<MeetingId>,
        now: Option<MeetingId>,
    ) -> Vec<(&Placement, &Placement)> {
        self.placements
            .iter()
            .filter(|p| p.meeting == now)
            .filter_map(|p| {
                let then = self
                    .placements
                    .iter()
                    .find(|e| e.meeting == before && e.key() == p.key())?;
                (then.rung != p.rung).then_some((then, p))
            })
            .collect()
    }
}
