//! A group's work: plain data that is saved to the session file. No UI types live here.

mod board;
mod date;
mod ids;
mod ladder;
mod people;
mod river;
mod similar;
mod validate;

pub use board::{
    Area, Board, BoardSettings, NOTE_GAP, NOTE_SIZE, Note, Point, THEME_GAP, THEME_HEADER,
    THEME_PADDING, Theme, Vote, VoteTarget, theme_layout,
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
pub use validate::Invalid;

use serde::{Deserialize, Serialize};

/// Everything one group has made: its people, meetings, boards, ladder and river.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
        let mut session = Session {
            title: "New session".to_owned(),
            group: String::new(),
            participants: Vec::new(),
            meetings: Vec::new(),
            current_meeting: None,
            boards: Vec::new(),
            ladder: Ladder {
                rungs: Vec::new(),
                custom_subjects: Vec::new(),
                placements: Vec::new(),
            },
            river: River {
                phases: Vec::new(),
                notes: Vec::new(),
            },
            next_id: 1,
        };
        let board = Board::new(session.allocate(), "Our topic");
        session.boards.push(board);
        for (name, description) in DEFAULT_RUNGS {
            let rung = Rung {
                id: session.allocate(),
                name: name.to_owned(),
                description: description.to_owned(),
            };
            session.ladder.rungs.push(rung);
        }
        for (name, statements) in DEFAULT_PHASES {
            let phase = Phase {
                id: session.allocate(),
                name: name.to_owned(),
                statements: statements
                    .iter()
                    .map(|text| Statement {
                        id: session.allocate(),
                        text: (*text).to_owned(),
                    })
                    .collect(),
            };
            session.river.phases.push(phase);
        }
        session
    }

    /// Hands out a new id of any kind. Ids share one counter so no two things collide.
    pub fn allocate<T: From<u64>>(&mut self) -> T {
        let id = self.next_id;
        self.next_id += 1;
        T::from(id)
    }

    /// The participant with this id.
    #[must_use]
    pub fn participant(&self, id: ParticipantId) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
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
            Subject::Organisation => "The organisation".to_owned(),
            Subject::Team => "Our team".to_owned(),
            Subject::Participant(id) => self.participant(id).map_or_else(
                || "Someone".to_owned(),
                |p| format!("{}, in their role", p.name),
            ),
            Subject::Custom(id) => self
                .ladder
                .custom_subjects
                .iter()
                .find(|c| c.id == id)
                .map_or_else(|| "Something".to_owned(), |c| c.name.clone()),
        }
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
