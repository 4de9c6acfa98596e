//! The Recovery River: phases from source to ocean, and the group's answers for each.

use crate::text::model as words;

use super::{Colour, ParticipantId, PhaseId, RiverNoteId, StatementId};

/// The river. Phases are listed from the source to the ocean.
#[derive(Clone, Debug, PartialEq)]
pub struct River {
    pub phases: Vec<Phase>,
    pub notes: Vec<RiverNote>,
}

/// One stretch of the river.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phase {
    pub id: PhaseId,
    pub name: String,
    pub statements: Vec<Statement>,
}

/// An "I" statement: something a person at this stage can do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statement {
    pub id: StatementId,
    pub text: String,
}

/// The five questions the group asks of each phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    /// How being here might affect taking part.
    Effect,
    /// What might get in the way.
    Barriers,
    /// What support or changes might help.
    Support,
    /// Which activities and ways of working are safe and suitable.
    Activities,
    /// What that would take.
    Resources,
}

impl Question {
    /// All questions, in the order they are asked.
    pub const ALL: [Question; 5] = [
        Question::Effect,
        Question::Barriers,
        Question::Support,
        Question::Activities,
        Question::Resources,
    ];

    /// A few words for the question, where there is little room.
    #[must_use]
    pub fn short(self) -> &'static str {
        match self {
            Question::Effect => words::EFFECT_SHORT,
            Question::Barriers => words::BARRIERS_SHORT,
            Question::Support => words::SUPPORT_SHORT,
            Question::Activities => words::ACTIVITIES_SHORT,
            Question::Resources => words::RESOURCES_SHORT,
        }
    }

    /// The question, as the group reads it.
    #[must_use]
    pub fn text(self) -> &'static str {
        match self {
            Question::Effect => words::EFFECT,
            Question::Barriers => words::BARRIERS,
            Question::Support => words::SUPPORT,
            Question::Activities => words::ACTIVITIES,
            Question::Resources => words::RESOURCES,
        }
    }
}

/// An answer the group wrote on the river, at one phase, under one question.
#[derive(Clone, Debug, PartialEq)]
pub struct RiverNote {
    pub id: RiverNoteId,
    pub phase: PhaseId,
    pub question: Question,
    pub text: String,
    /// Who wrote it; `None` means anonymous.
    pub author: Option<ParticipantId>,
    pub colour: Colour,
}

pub use crate::text::model::DEFAULT_PHASES;
