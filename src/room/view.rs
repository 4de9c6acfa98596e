//! What phones may see: a snapshot the app makes after each change. Face-down notes,
//! hidden ladder tokens and who wrote what are never in it; a person's own counts and votes
//! are kept apart and given only to the phone that chose that person.

use std::collections::HashMap;

use serde::Serialize;

use crate::model::{BoardId, PlacementKind, Question, Session, Subject, VoteTarget};

/// Which canvas the laptop shows, so the page can follow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Screen {
    Board,
    Ladder,
    River,
    #[default]
    None,
}

/// Someone at this meeting, by the name they chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub id: u64,
    pub name: String,
}

/// What a vote may go on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Note(u64),
    Theme(u64),
}

impl Target {
    /// As the page writes it: `n12` for a note, `t4` for a theme.
    #[must_use]
    pub fn key(self) -> String {
        match self {
            Target::Note(id) => format!("n{id}"),
            Target::Theme(id) => format!("t{id}"),
        }
    }

    /// Reads the page's `n12` or `t4`.
    #[must_use]
    pub fn parse(key: &str) -> Option<Self> {
        let (kind, id) = key.split_at_checked(1)?;
        let id = id.parse().ok()?;
        match kind {
            "n" => Some(Target::Note(id)),
            "t" => Some(Target::Theme(id)),
            _ => None,
        }
    }

    #[must_use]
    pub fn from_model(target: VoteTarget) -> Self {
        match target {
            VoteTarget::Note(id) => Target::Note(id.0),
            VoteTarget::Theme(id) => Target::Theme(id.0),
        }
    }
}

/// A note or theme that can be voted on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VoteItem {
    pub key: String,
    pub theme: bool,
    pub text: String,
    /// `None` while the facilitator keeps totals hidden.
    pub votes: Option<u32>,
}

/// The board on screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BoardView {
    pub id: u64,
    pub topic: String,
    pub words_each: u32,
    pub note_chars: usize,
    pub private_round: bool,
    pub voting: bool,
    pub votes_each: u32,
    pub items: Vec<VoteItem>,
    /// How many notes each person has on this board (face down ones too). Given only to
    /// the phone that chose that person.
    #[serde(skip)]
    pub written: HashMap<u64, u32>,
    /// The votes each person gave on this board. Given only to that person's phone.
    #[serde(skip)]
    pub votes_by: HashMap<u64, Vec<Target>>,
}

/// A subject to place on the ladder, as the page names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubjectKey {
    Organisation,
    Team,
    Custom(u64),
    /// The person themselves, in their own role; only for the phone that chose them.
    Myself,
}

impl SubjectKey {
    #[must_use]
    pub fn parse(key: &str) -> Option<Self> {
        match key {
            "organisation" => Some(Self::Organisation),
            "team" => Some(Self::Team),
            "me" => Some(Self::Myself),
            _ => key
                .strip_prefix('c')
                .and_then(|id| id.parse().ok())
                .map(Self::Custom),
        }
    }

    /// The model's subject for a person (`Myself` needs one).
    #[must_use]
    pub fn subject(self, person: Option<u64>) -> Option<Subject> {
        match self {
            Self::Organisation => Some(Subject::Organisation),
            Self::Team => Some(Subject::Team),
            Self::Custom(id) => Some(Subject::Custom(crate::model::CustomSubjectId(id))),
            Self::Myself => person.map(|p| Subject::Participant(crate::model::ParticipantId(p))),
        }
    }
}

/// The page's name for a subject the group names.
#[must_use]
pub fn subject_key(subject: Subject) -> Option<String> {
    match subject {
        Subject::Organisation => Some("organisation".to_owned()),
        Subject::Team => Some("team".to_owned()),
        Subject::Custom(id) => Some(format!("c{}", id.0)),
        Subject::Participant(_) => None,
    }
}

/// A named thing with an id, for lists on the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub key: String,
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub about: String,
}

/// The ladder's rungs (bottom first), the subjects to place and the three questions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct LadderView {
    pub rungs: Vec<Named>,
    pub subjects: Vec<Named>,
    pub kinds: Vec<Named>,
    pub reason_chars: usize,
}

/// The river's phases and the questions asked at each.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct RiverView {
    pub phases: Vec<Named>,
    pub questions: Vec<Named>,
    pub answer_chars: usize,
}

/// Everything a phone may be shown. The app makes one after each change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct RoomView {
    /// Counts up with each snapshot the server is given, so a waiting page knows.
    pub version: u64,
    pub title: String,
    pub screen: Screen,
    pub people: Vec<Person>,
    pub board: Option<BoardView>,
    pub ladder: LadderView,
    pub river: RiverView,
}

/// The page's word for a placement question.
#[must_use]
pub fn kind_key(kind: PlacementKind) -> &'static str {
    match kind {
        PlacementKind::Now => "now",
        PlacementKind::ShouldBe => "should",
        PlacementKind::Realistic => "realistic",
    }
}

/// Reads the page's word for a placement question.
#[must_use]
pub fn parse_kind(key: &str) -> Option<PlacementKind> {
    PlacementKind::ALL.into_iter().find(|k| kind_key(*k) == key)
}

/// The page's word for a river question.
#[must_use]
pub fn question_key(question: Question) -> &'static str {
    match question {
        Question::Effect => "effect",
        Question::Barriers => "barriers",
        Question::Support => "support",
        Question::Activities => "activities",
        Question::Resources => "resources",
    }
}

/// Reads the page's word for a river question.
#[must_use]
pub fn parse_question(key: &str) -> Option<Question> {
    Question::ALL.into_iter().find(|q| question_key(*q) == key)
}

impl RoomView {
    /// What phones may see of `session`, with `board` on screen (the first if `None`).
    #[must_use]
    pub fn of(session: &Session, screen: Screen, board: Option<BoardId>) -> Self {
        // The people at this meeting, or everyone if no meeting is under way or nobody is
        // ticked yet: a person is never left out because the register wasn't taken.
        let attended = session
            .current_meeting
            .and_then(|m| session.meeting(m))
            .map(|m| m.attended.clone())
            .filter(|a| !a.is_empty());
        let people = session
            .participants
            .iter()
            .filter(|p| attended.as_ref().is_none_or(|a| a.contains(&p.id)))
            .map(|p| Person {
                id: p.id.0,
                name: p.name.clone(),
            })
            .collect();
        let board = board
            .and_then(|b| session.board(b))
            .or_else(|| session.boards.first())
            .map(|b| {
                let mut written: HashMap<u64, u32> = HashMap::new();
                for note in &b.notes {
                    if let Some(author) = note.author {
                        *written.entry(author.0).or_default() += 1;
                    }
                }
                let mut votes_by: HashMap<u64, Vec<Target>> = HashMap::new();
                let mut totals: HashMap<Target, u32> = HashMap::new();
                for vote in &b.votes {
                    let target = Target::from_model(vote.target);
                    votes_by.entry(vote.voter.0).or_default().push(target);
                    *totals.entry(target).or_default() += 1;
                }
                let hidden_totals = b.settings.votes_hidden;
                let count =
                    |t: Target| (!hidden_totals).then(|| totals.get(&t).copied().unwrap_or(0));
                let mut items: Vec<VoteItem> = b
                    .themes
                    .iter()
                    .map(|t| VoteItem {
                        key: Target::Theme(t.id.0).key(),
                        theme: true,
                        text: t.name.clone(),
                        votes: count(Target::Theme(t.id.0)),
                    })
                    .collect();
                items.extend(b.notes.iter().filter(|n| !n.hidden).map(|n| VoteItem {
                    key: Target::Note(n.id.0).key(),
                    theme: false,
                    text: n.text.clone(),
                    votes: count(Target::Note(n.id.0)),
                }));
                let voting = !b.settings.private_round && !items.is_empty();
                BoardView {
                    id: b.id.0,
                    topic: b.topic.clone(),
                    words_each: b.settings.words_per_person,
                    note_chars: super::limits::MAX_NOTE,
                    private_round: b.settings.private_round,
                    voting,
                    votes_each: b.settings.votes_per_person,
                    items: if voting { items } else { Vec::new() },
                    written,
                    votes_by,
                }
            });
        let ladder = LadderView {
            rungs: session
                .ladder
                .rungs
                .iter()
                .map(|r| Named {
                    key: r.id.0.to_string(),
                    name: r.name.clone(),
                    about: r.description.clone(),
                })
                .collect(),
            subjects: [Subject::Organisation, Subject::Team]
                .into_iter()
                .chain(
                    session
                        .ladder
                        .custom_subjects
                        .iter()
                        .map(|c| Subject::Custom(c.id)),
                )
                .filter_map(|s| {
                    subject_key(s).map(|key| Named {
                        key,
                        name: session.subject_name(s),
                        about: String::new(),
                    })
                })
                .collect(),
            kinds: PlacementKind::ALL
                .into_iter()
                .map(|k| Named {
                    key: kind_key(k).to_owned(),
                    name: k.label().to_owned(),
                    about: String::new(),
                })
                .collect(),
            reason_chars: super::limits::MAX_REASON,
        };
        let river = RiverView {
            phases: session
                .river
                .phases
                .iter()
                .map(|p| Named {
                    key: p.id.0.to_string(),
                    name: p.name.clone(),
                    about: p
                        .statements
                        .iter()
                        .map(|s| s.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" · "),
                })
                .collect(),
            questions: Question::ALL
                .into_iter()
                .map(|q| Named {
                    key: question_key(q).to_owned(),
                    name: q.text().to_owned(),
                    about: String::new(),
                })
                .collect(),
            answer_chars: super::limits::MAX_NOTE,
        };
        Self {
            version: 0,
            title: session.title.clone(),
            screen,
            people,
            board,
            ladder,
            river,
        }
    }
}
