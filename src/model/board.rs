//! The word-association board: sticky notes, themes and dot votes.

use super::{BoardId, Colour, NoteId, ParticipantId, ThemeId};

/// A point on a canvas, in canvas units (not screen pixels).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// An axis-aligned area on a canvas, in canvas units.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Area {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

/// One word-association board, about one topic.
#[derive(Clone, Debug, PartialEq)]
pub struct Board {
    pub id: BoardId,
    pub topic: String,
    pub notes: Vec<Note>,
    pub themes: Vec<Theme>,
    pub votes: Vec<Vote>,
    pub settings: BoardSettings,
}

/// A sticky note: a word or short phrase.
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub id: ThemeId,
    pub name: String,
    pub colour: Colour,
    pub area: Area,
}

/// What a dot vote is placed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VoteTarget {
    Note(NoteId),
    Theme(ThemeId),
}

/// One dot, given by one person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vote {
    pub voter: ParticipantId,
    pub target: VoteTarget,
}

/// How the board's activities run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// The size of a sticky note on the board, in board units.
pub const NOTE_SIZE: (f32, f32) = (170.0, 110.0);
/// Space between notes laid out in rows.
pub const NOTE_GAP: f32 = 16.0;
/// Space inside a theme's edge.
pub const THEME_PADDING: f32 = 20.0;
/// Room at the top of a theme for its name.
pub const THEME_HEADER: f32 = 44.0;
/// Space between themes laid out side by side.
pub const THEME_GAP: f32 = 60.0;

/// How far from the middle of a board anything may be, in board units, and how wide or
/// tall a theme may grow. A board of 100,000 notes in rows fits well inside; beyond it,
/// numbers lose the precision that drawing and searching for free places rely on.
pub const CANVAS_LIMIT: f32 = 1_000_000.0;

/// How many words each person may be asked for.
pub const WORDS_PER_PERSON: std::ops::RangeInclusive<u32> = 1..=50;

/// How many dots each person may vote with.
pub const VOTES_PER_PERSON: std::ops::RangeInclusive<u32> = 1..=20;

impl Point {
    /// Whether the point lies within the part of a board the app uses.
    #[must_use]
    pub fn in_range(self) -> bool {
        self.x.abs() <= CANVAS_LIMIT && self.y.abs() <= CANVAS_LIMIT
    }

    /// The nearest point within the part of a board the app uses.
    #[must_use]
    pub fn clamped(self) -> Self {
        let keep = |v: f32| {
            if v.is_nan() {
                0.0
            } else {
                v.clamp(-CANVAS_LIMIT, CANVAS_LIMIT)
            }
        };
        Self {
            x: keep(self.x),
            y: keep(self.y),
        }
    }
}

impl BoardSettings {
    /// Whether the numbers of words and votes are ones the app offers.
    #[must_use]
    pub fn in_range(&self) -> bool {
        WORDS_PER_PERSON.contains(&self.words_per_person)
            && VOTES_PER_PERSON.contains(&self.votes_per_person)
    }

    /// The same settings, with the numbers brought into the ranges the app offers.
    #[must_use]
    pub fn clamped(self) -> Self {
        Self {
            words_per_person: self
                .words_per_person
                .clamp(*WORDS_PER_PERSON.start(), *WORDS_PER_PERSON.end()),
            votes_per_person: self
                .votes_per_person
                .clamp(*VOTES_PER_PERSON.start(), *VOTES_PER_PERSON.end()),
            ..self
        }
    }
}

impl Area {
    /// Whether the corner lies within the part of a board the app uses, and the size is
    /// neither negative nor larger than a board.
    #[must_use]
    pub fn in_range(&self) -> bool {
        Point {
            x: self.x,
            y: self.y,
        }
        .in_range()
            && (0.0..=CANVAS_LIMIT).contains(&self.width)
            && (0.0..=CANVAS_LIMIT).contains(&self.height)
    }

    /// The nearest area within the part of a board the app uses.
    #[must_use]
    pub fn clamped(self) -> Self {
        let corner = Point {
            x: self.x,
            y: self.y,
        }
        .clamped();
        let size = |v: f32| {
            if v.is_nan() {
                0.0
            } else {
                v.clamp(0.0, CANVAS_LIMIT)
            }
        };
        Self {
            x: corner.x,
            y: corner.y,
            width: size(self.width),
            height: size(self.height),
        }
    }

    /// Whether `p` lies inside.
    #[must_use]
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.y >= self.y && p.x <= self.x + self.width && p.y <= self.y + self.height
    }

    /// The area's bottom edge.
    #[must_use]
    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// The area's right edge.
    #[must_use]
    pub fn right(&self) -> f32 {
        self.x + self.width
    }
}

impl Note {
    /// The middle of the note, which decides the theme it is dropped into.
    #[must_use]
    pub fn centre(&self) -> Point {
        Point {
            x: self.position.x + NOTE_SIZE.0 / 2.0,
            y: self.position.y + NOTE_SIZE.1 / 2.0,
        }
    }
}

/// Positions for `count` notes in tidy rows inside a theme whose top-left corner is at
/// (`x`, `y`), and the area that fits them.
#[must_use]
pub fn theme_layout(x: f32, y: f32, count: usize) -> (Vec<Point>, Area) {
    let columns = (count as f32).sqrt().ceil().clamp(1.0, 4.0) as usize;
    let rows = count.div_ceil(columns).max(1);
    let points = (0..count)
        .map(|i| Point {
            x: x + THEME_PADDING + (i % columns) as f32 * (NOTE_SIZE.0 + NOTE_GAP),
            y: y + THEME_HEADER + (i / columns) as f32 * (NOTE_SIZE.1 + NOTE_GAP),
        })
        .collect();
    let area = Area {
        x,
        y,
        width: 2.0 * THEME_PADDING + columns as f32 * NOTE_SIZE.0 + (columns - 1) as f32 * NOTE_GAP,
        height: THEME_HEADER
            + THEME_PADDING
            + rows as f32 * NOTE_SIZE.1
            + (rows - 1) as f32 * NOTE_GAP,
    };
    (points, area)
}

impl Board {
    /// The note with this id.
    #[must_use]
    pub fn note(&self, id: NoteId) -> Option<&Note> {
        self.notes.iter().find(|n| n.id == id)
    }

    /// The theme with this id.
    #[must_use]
    pub fn theme(&self, id: ThemeId) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    /// The theme whose area holds `p`, the smallest if areas overlap.
    #[must_use]
    pub fn theme_at(&self, p: Point) -> Option<ThemeId> {
        self.themes
            .iter()
            .filter(|t| t.area.contains(p))
            .min_by(|a, b| {
                (a.area.width * a.area.height).total_cmp(&(b.area.width * b.area.height))
            })
            .map(|t| t.id)
    }

    /// How many votes `voter` has placed on this board.
    #[must_use]
    pub fn votes_by(&self, voter: ParticipantId) -> usize {
        self.votes.iter().filter(|v| v.voter == voter).count()
    }

    /// How many votes `target` has.
    #[must_use]
    pub fn votes_for(&self, target: VoteTarget) -> usize {
        self.votes.iter().filter(|v| v.target == target).count()
    }

    /// The area around everything on the board, if it holds anything.
    #[must_use]
    pub fn extent(&self) -> Option<Area> {
        let areas = self
            .notes
            .iter()
            .map(|n| Area {
                x: n.position.x,
                y: n.position.y,
                width: NOTE_SIZE.0,
                height: NOTE_SIZE.1,
            })
            .chain(self.themes.iter().map(|t| t.area));
        areas.reduce(|a, b| {
            let x = a.x.min(b.x);
            let y = a.y.min(b.y);
            Area {
                x,
                y,
                width: a.right().max(b.right()) - x,
                height: a.bottom().max(b.bottom()) - y,
            }
        })
    }
}
