//! The people in a group and the meetings they come to.

use crate::text::model as words;

use super::{Date, MeetingId, ParticipantId};

/// A colour from the app's small, calm palette. The model stores the name only;
/// `ui::tokens` decides how each looks in light, dark and high-contrast modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Colour {
    #[default]
    Yellow,
    Blue,
    Green,
    Pink,
    Orange,
    Purple,
    Grey,
}

impl Colour {
    /// Every colour, in the order they are handed out.
    pub const ALL: [Colour; 7] = [
        Colour::Yellow,
        Colour::Blue,
        Colour::Green,
        Colour::Pink,
        Colour::Orange,
        Colour::Purple,
        Colour::Grey,
    ];

    /// The colour's name as people say it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Colour::Yellow => words::YELLOW,
            Colour::Blue => words::BLUE,
            Colour::Green => words::GREEN,
            Colour::Pink => words::PINK,
            Colour::Orange => words::ORANGE,
            Colour::Purple => words::PURPLE,
            Colour::Grey => words::GREY,
        }
    }
}

/// A shape that goes with a person's colour, so colour is never the only way to tell
/// people apart. The app draws the shapes itself, so they never depend on a font.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Symbol {
    #[default]
    Circle,
    Square,
    Triangle,
    Diamond,
    Star,
    Cross,
    Ring,
    Hexagon,
}

impl Symbol {
    /// Every symbol, in the order they are handed out.
    pub const ALL: [Symbol; 8] = [
        Symbol::Circle,
        Symbol::Square,
        Symbol::Triangle,
        Symbol::Diamond,
        Symbol::Star,
        Symbol::Cross,
        Symbol::Ring,
        Symbol::Hexagon,
    ];

    /// The symbol's name, as a screen reader should say it.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Symbol::Circle => words::CIRCLE,
            Symbol::Square => words::SQUARE,
            Symbol::Triangle => words::TRIANGLE,
            Symbol::Diamond => words::DIAMOND,
            Symbol::Star => words::STAR,
            Symbol::Cross => words::CROSS,
            Symbol::Ring => words::RING,
            Symbol::Hexagon => words::HEXAGON,
        }
    }
}

/// A person in the group. The name may be a nickname: people choose how they appear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    pub id: ParticipantId,
    pub name: String,
    pub colour: Colour,
    pub symbol: Symbol,
}

/// One meeting of the group: when it was, who came, and anything worth remembering.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meeting {
    pub id: MeetingId,
    pub date: Date,
    pub title: String,
    /// Who came, in the order they were ticked.
    pub attended: Vec<ParticipantId>,
    /// Free notes about the meeting.
    pub notes: String,
}
