//! The Recovery River: phases from source to ocean, and the group's answers for each.

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
            Question::Effect => "Taking part",
            Question::Barriers => "In the way",
            Question::Support => "Support",
            Question::Activities => "Safe activities",
            Question::Resources => "What it takes",
        }
    }

    /// The question, as the group reads it.
    #[must_use]
    pub fn text(self) -> &'static str {
        match self {
            Question::Effect => "How might being here affect taking part?",
            Question::Barriers => "What might get in the way?",
            Question::Support => "What support or changes would help?",
            Question::Activities => "What activities feel safe and suitable?",
            Question::Resources => "What would that take?",
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

/// The phases a new session starts with: (name, "I" statements).
pub const DEFAULT_PHASES: [(&str, &[&str]); 6] = [
    (
        "Phase 1",
        &[
            "I can ask for help when I need it",
            "I can keep myself safe today",
        ],
    ),
    (
        "Phase 2",
        &[
            "I can keep an appointment",
            "I can talk to one person I trust about how I am",
        ],
    ),
    (
        "Phase 3",
        &[
            "I can spend time in a small group",
            "I can notice what helps me and what doesn't",
        ],
    ),
    (
        "Phase 4",
        &[
            "I can share my story when I choose to",
            "I can plan my week and mostly stick to it",
        ],
    ),
    (
        "The river",
        &[
            "I can manage my nerves when things are new",
            "I can turn up and learn alongside other people",
        ],
    ),
    (
        "The ocean",
        &[
            "I feel sure of myself in my work",
            "I have a routine and people around me",
            "I keep learning and growing",
        ],
    ),
];
