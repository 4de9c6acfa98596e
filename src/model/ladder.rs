//! The ladder of participation: rungs, subjects and the places people put them.

use serde::{Deserialize, Serialize};

use super::{CustomSubjectId, MeetingId, ParticipantId, PlacementId, RungId};

/// The ladder. Rungs are listed from the bottom up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ladder {
    pub rungs: Vec<Rung>,
    pub custom_subjects: Vec<CustomSubject>,
    pub placements: Vec<Placement>,
}

/// One rung: a level of say that people have.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rung {
    pub id: RungId,
    pub name: String,
    pub description: String,
}

/// Something the group names to place on the ladder, such as "the council".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomSubject {
    pub id: CustomSubjectId,
    pub name: String,
}

/// What is being placed on the ladder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
            PlacementKind::Now => "Where we are now",
            PlacementKind::ShouldBe => "Where we should be",
            PlacementKind::Realistic => "Where we could realistically be",
        }
    }
}

/// One token on the ladder: a subject, on a rung, for one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
    /// summaries leave it out until the facilitator shows them all at once. Left out of the
    /// file when not set, so files stay as they were.
    #[serde(default, skip_serializing_if = "is_false")]
    pub hidden: bool,
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's skip_serializing_if passes a reference"
)]
fn is_false(value: &bool) -> bool {
    !*value
}

/// The six rungs a new session starts with, bottom first: (name, description).
pub const DEFAULT_RUNGS: [(&str, &str); 6] = [
    (
        "No control",
        "The service is done to people. They receive it and have no say in it.",
    ),
    (
        "Information",
        "People are told what is going on, but nothing they say changes it.",
    ),
    (
        "Consultation",
        "People are asked what they think, but their answers change little.",
    ),
    (
        "Participation",
        "People's ideas are taken up and can change what happens.",
    ),
    (
        "Sharing power",
        "People and staff decide together and share the responsibility.",
    ),
    (
        "Full control",
        "The people who use the service make the decisions about it.",
    ),
];

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
            .map_or("?", |r| r.name.as_str())
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
