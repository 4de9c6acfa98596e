//! Words a session is made with: what a new session starts with, the names of colours and
//! symbols, the ladder's questions and the river's questions.

// A new session.

/// The title of a new session.
pub const NEW_SESSION_TITLE: &str = "New session";
/// The topic of a new session's first board.
pub const FIRST_BOARD_TOPIC: &str = "Our topic";

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

// Colours and symbols.

pub const YELLOW: &str = "Yellow";
pub const BLUE: &str = "Blue";
pub const GREEN: &str = "Green";
pub const PINK: &str = "Pink";
pub const ORANGE: &str = "Orange";
pub const PURPLE: &str = "Purple";
pub const GREY: &str = "Grey";

// Symbols, as a screen reader should say them.

pub const CIRCLE: &str = "circle";
pub const SQUARE: &str = "square";
pub const TRIANGLE: &str = "triangle";
pub const DIAMOND: &str = "diamond";
pub const STAR: &str = "star";
pub const CROSS: &str = "cross";
pub const RING: &str = "ring";
pub const HEXAGON: &str = "hexagon";

// The ladder.

pub const THE_ORGANISATION: &str = "The organisation";
pub const OUR_TEAM: &str = "Our team";
/// A subject whose person is gone.
pub const SOMEONE: &str = "Someone";
/// A subject the group named, now gone.
pub const SOMETHING: &str = "Something";

/// One person placed on the ladder: "Sam, in their role".
#[must_use]
pub fn in_their_role(name: &str) -> String {
    format!("{name}, in their role")
}

/// A rung that is gone.
pub const UNKNOWN_RUNG: &str = "?";

pub const WHERE_WE_ARE_NOW: &str = "Where we are now";
pub const WHERE_WE_SHOULD_BE: &str = "Where we should be";
pub const WHERE_WE_COULD_BE: &str = "Where we could realistically be";

// The river's questions: a few words where there is little room, and the question itself.

pub const EFFECT_SHORT: &str = "Taking part";
pub const BARRIERS_SHORT: &str = "In the way";
pub const SUPPORT_SHORT: &str = "Support";
pub const ACTIVITIES_SHORT: &str = "Safe activities";
pub const RESOURCES_SHORT: &str = "What it takes";

pub const EFFECT: &str = "How might being here affect taking part?";
pub const BARRIERS: &str = "What might get in the way?";
pub const SUPPORT: &str = "What support or changes would help?";
pub const ACTIVITIES: &str = "What activities feel safe and suitable?";
pub const RESOURCES: &str = "What would that take?";
