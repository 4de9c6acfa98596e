//! The word-association board: sticky notes, themes and dot votes.

use serde::{Deserialize, Serialize};

use super::{BoardId, Colour, NoteId, ParticipantId, ThemeId};

/// A point on a canvas, in canvas units (not screen pixels).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// An axis-aligned area on a canvas, in canvas units.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, Default)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// One word-association board, about one topic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Board {
    pub id: BoardId,
    pub topic: String,
    pub notes: Vec<Note>,
    pub themes: Vec<Theme>,
    pub votes: Vec<Vote>,
    pub settings: BoardSettings,
}

/// A sticky note: a word or short phrase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: NoteId,
    pub text: String,
    /// Top-left corner on the board.
    pub position: Point,
    /// Who wrote it; `None` means anonymous.
    pub author: Option<ParticipantId>,
    pub colour: Colour,
    /// The theme it belongs to, if any. A note is in at most one theme.
    pub theme: Option<ThemeId>,
    /// Written during a private round and not yet revealed: shown face-down.
    pub hidden: bool,
}

/// A named, coloured area that groups notes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub id: ThemeId,
    pub name: String,
    pub colour: Colour,
    pub area: Area,
}

/// What a dot vote is placed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VoteTarget {
    Note(NoteId),
    Theme(ThemeId),
}

/// One dot, given by one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vote {
    pub voter: ParticipantId,
    pub target: VoteTarget,
}

/// How the board's activities run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoardSettings {
    /// How many words each person is asked for in a writing round.
    pub words_per_person: u32,
    /// How many dots each person has to vote with.
    pub votes_per_person: u32,
    /// A private writing round is under way: new notes are written face-down.
    pub private_round: bool,
    /// Vote totals stay hidden until the facilitator shows them.
    pub votes_hidden: bool,
}

impl Default for BoardSettings {
    fn default() -> Self {
        Self {
            words_per_person: 5,
            votes_per_person: 3,
            private_round: false,
            votes_hidden: false,
        }
    }
}

impl Board {
    /// An empty board about `topic`.
    #[must_use]
    pub fn new(id: BoardId, topic: impl Into<String>) -> Self {
        Self {
            id,
            topic: topic.into(),
            notes: Vec::new(),
            themes: Vec::new(),
            votes: Vec::new(),
            settings: BoardSettings::default(),
        }
    }
}
