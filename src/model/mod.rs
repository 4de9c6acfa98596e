//! A group's work: plain data, with no UI types and no file format. How it is saved is
//! `file`'s business: each format version has its own types there, converted to and from
//! these.

mod board;
mod date;
mod ids;
mod ladder;
mod people;
mod river;
mod similar;
mod validate;

pub use board::{
    Area, Board, BoardSettings, CANVAS_LIMIT, NOTE_GAP, NOTE_SIZE, Note, Point, THEME_GAP,
    THEME_HEADER, THEME_PADDING, Theme, VOTES_PER_PERSON, Vote, VoteTarget, WORDS_PER_PERSON,
    theme_layout,
};
pub use date::{BadDate, Date};
pub use ids::{
    BoardId, CustomSubjectId, MeetingId, NoteId, ParticipantId, PhaseId, PlacementId, RiverNoteId,
    RungId, StatementId, ThemeId,
};
pub use ladder::{
    CustomSubject, DEFAULT_RUNGS, Ladder, Placement, PlacementKind, Rung, Subject, TokenKey,
};
pub use people::{Colour, Meeting, Participant, Symbol};
pub use river::{DEFAULT_PHASES, Phase, Question, River, RiverNote, Statement};
pub use similar::{contains_whole, fold, fold_accents, match_key, similar_sets};
pub use validate::{Invalid, MAX_ID};

use crate::text::model as words;

/// Every number an id can have is taken. Files hold ids up to [`MAX_ID`], and the app hands
/// out one at a time from 1, so only a file changed by something else can get here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::text::app::NO_NUMBERS_LEFT)]
pub struct IdsUsedUp;

/// Everything one group has made: its people, meetings, boards, ladder and river.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub title: String,
    pub group: String,
    pub participants: Vec<Participant>,
    pub meetings: Vec<Meeting>,
    /// The meeting that new ladder placements belong to.
    pub current_meeting: Option<MeetingId>,
    pub boards: Vec<Board>,
    pub ladder: Ladder,
    pub river: River,
    /// The next number to hand out as an id. Ids are never reused, even after a delete.
    pub next_id: u64,
}

impl Default for Session {
    fn default() -> Self {
        Self::new()
    }
}

impl Session {
    /// A fresh session: one empty board, the six-rung ladder and the six-phase river.
    #[must_use]
    pub fn new() -> Self {
        // A new session counts from 1, far from the end, so no id here can run out.
        let mut counter = 0;
        let mut next = || {
            counter += 1;
            counter
        };
        let boards = vec![Board::new(BoardId(next()), words::FIRST_BOARD_TOPIC)];
        let rungs = DEFAULT_RUNGS
            .iter()
            .map(|(name, description)| Rung {
                id: RungId(next()),
                name: (*name).to_owned(),
                description: (*description).to_owned(),
            })
            .collect();
        let phases = DEFAULT_PHASES
            .iter()
            .map(|(name, statements)| Phase {
                id: PhaseId(next()),
                name: (*name).to_owned(),
                statements: statements
                    .iter()
                    .map(|text| Statement {
                        id: StatementId(next()),
                        text: (*text).to_owned(),
                    })
                    .collect(),
            })
            .collect();
        Session {
            title: words::NEW_SESSION_TITLE.to_owned(),
            group: String::new(),
            participants: Vec::new(),
            meetings: Vec::new(),
            current_meeting: None,
            boards,
            ladder: Ladder {
                rungs,
                custom_subjects: Vec::new(),
                placements: Vec::new(),
            },
            river: River {
                phases,
                notes: Vec::new(),
            },
            next_id: counter + 1,
        }
    }

    /// Hands out a new id of any kind. Ids share one counter so no two things collide, and
    /// the counter never passes what a file may hold, so it can never wrap around.
    pub fn allocate<T: From<u64>>(&mut self) -> Result<T, IdsUsedUp> {
        if self.next_id > validate::MAX_ID {
            return Err(IdsUsedUp);
        }
        let id = self.next_id;
        self.next_id += 1;
        Ok(T::from(id))
    }

    /// The participant with this id.
    #[must_use]
    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// The colour a note written by `writer` starts with: theirs, or yellow for anonymous.
    #[must_use]
    pub fn note_colour_for(&self, writer: Option<ParticipantId>) -> Colour {
        writer
            .and_then(|w| self.participant(w))
            .map_or(Colour::Yellow, |p| p.colour)
    }

    /// The meeting with this id.
    #[must_use]
    pub fn meeting(&self, id: MeetingId) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id == id)
    }

    /// The board with this id.
    #[must_use]
    pub fn board(&self, id: BoardId) -> Option<&Board> {
        self.boards.iter().find(|b| b.id == id)
    }

    /// What a ladder subject is called.
    #[must_use]
    pub fn subject_name(&self, subject: Subject) -> String {
        match subject {
            Subject::Organisation => words::THE_ORGANISATION.to_owned(),
            Subject::Team => words::OUR_TEAM.to_owned(),
            Subject::Participant(id) => self.participant(id).map_or_else(
                || words::SOMEONE.to_owned(),
                |p| words::in_their_role(&p.name),
            ),
            Subject::Custom(id) => self
                .ladder
                .custom_subjects
                .iter()
                .find(|c| c.id == id)
                .map_or_else(|| words::SOMETHING.to_owned(), |c| c.name.clone()),
        }
    }

    /// The session as the room may see it: ladder tokens still waiting hidden left out.
    /// Borrowed as it is when none wait, so views and exports pay nothing then.
    #[must_use]
    pub fn without_hidden_tokens(&self) -> std::borrow::Cow<'_, Session> {
        if self.ladder.hidden_count() == 0 {
            return std::borrow::Cow::Borrowed(self);
        }
        let mut shown = self.clone();
        shown.ladder.placements.retain(|p| !p.hidden);
        std::borrow::Cow::Owned(shown)
    }

    /// How many notes the session holds, on all boards and the river.
    #[must_use]
    pub fn note_count(&self) -> usize {
        self.boards.iter().map(|b| b.notes.len()).sum::<usize>() + self.river.notes.len()
    }

    /// The colour and symbol that the next new participant gets: the first pair nobody
    /// has yet, so people stay easy to tell apart.
    #[must_use]
    pub fn next_look(&self) -> (Colour, Symbol) {
        let n = self.participants.len();
        let taken = |c: Colour, s: Symbol| {
            self.participants
                .iter()
                .any(|p| p.colour == c && p.symbol == s)
        };
        (0..Colour::ALL.len() * Symbol::ALL.len())
            .map(|i| {
                let i = i + n;
                (
                    Colour::ALL[i % Colour::ALL.len()],
                    Symbol::ALL[i % Symbol::ALL.len()],
                )
            })
            .find(|&(c, s)| !taken(c, s))
            .unwrap_or_default()
    }
}
