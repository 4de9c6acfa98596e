//! Format 1 and the model, both ways: reading brings a file's types into the model, saving
//! copies the model into format 1's types. Today the two match field for field; when the
//! model changes, these conversions are where format 1 keeps its meaning.

use super::types::{
    AreaV1, BoardSettingsV1, BoardV1, ColourV1, CustomSubjectV1, DateV1, IdV1, LadderV1, MeetingV1,
    NoteV1, ParticipantV1, PhaseV1, PlacementKindV1, PlacementV1, PointV1, QuestionV1, RiverNoteV1,
    RiverV1, RungV1, SessionV1, StatementV1, SubjectV1, SymbolV1, ThemeV1, VoteTargetV1, VoteV1,
};
use crate::model::{
    Area, Board, BoardSettings, Colour, CustomSubject, Ladder, Meeting, Note, Participant, Phase,
    Placement, PlacementKind, Point, Question, River, RiverNote, Rung, Session, Statement, Subject,
    Symbol, Theme, Vote, VoteTarget,
};

// Reading: format 1 into the model. Every file that parses as format 1 has a meaning in
// the model, so these cannot fail; whether the session holds together is checked after.

impl IdV1 {
    fn into_id<T: From<u64>>(self) -> T {
        T::from(self.0)
    }
}

fn ids<T: From<u64>>(ids: Vec<IdV1>) -> Vec<T> {
    ids.into_iter().map(IdV1::into_id).collect()
}

fn id_of(raw: u64) -> IdV1 {
    IdV1(raw)
}

impl From<SessionV1> for Session {
    fn from(s: SessionV1) -> Self {
        Self {
            title: s.title,
            group: s.group,
            participants: s.participants.into_iter().map(Into::into).collect(),
            meetings: s.meetings.into_iter().map(Into::into).collect(),
            current_meeting: s.current_meeting.map(IdV1::into_id),
            boards: s.boards.into_iter().map(Into::into).collect(),
            ladder: s.ladder.into(),
            river: s.river.into(),
            next_id: s.next_id,
        }
    }
}

impl From<ColourV1> for Colour {
    fn from(c: ColourV1) -> Self {
        match c {
            ColourV1::Yellow => Colour::Yellow,
            ColourV1::Blue => Colour::Blue,
            ColourV1::Green => Colour::Green,
            ColourV1::Pink => Colour::Pink,
            ColourV1::Orange => Colour::Orange,
            ColourV1::Purple => Colour::Purple,
            ColourV1::Grey => Colour::Grey,
        }
    }
}

impl From<SymbolV1> for Symbol {
    fn from(s: SymbolV1) -> Self {
        match s {
            SymbolV1::Circle => Symbol::Circle,
            SymbolV1::Square => Symbol::Square,
            SymbolV1::Triangle => Symbol::Triangle,
            SymbolV1::Diamond => Symbol::Diamond,
            SymbolV1::Star => Symbol::Star,
            SymbolV1::Cross => Symbol::Cross,
            SymbolV1::Ring => Symbol::Ring,
            SymbolV1::Hexagon => Symbol::Hexagon,
        }
    }
}

impl From<ParticipantV1> for Participant {
    fn from(p: ParticipantV1) -> Self {
        Self {
            id: p.id.into_id(),
            name: p.name,
            colour: p.colour.into(),
            symbol: p.symbol.into(),
        }
    }
}

impl From<MeetingV1> for Meeting {
    fn from(m: MeetingV1) -> Self {
        Self {
            id: m.id.into_id(),
            date: m.date.0,
            title: m.title,
            attended: ids(m.attended),
            notes: m.notes,
        }
    }
}

impl From<PointV1> for Point {
    fn from(p: PointV1) -> Self {
        Self { x: p.x, y: p.y }
    }
}

impl From<AreaV1> for Area {
    fn from(a: AreaV1) -> Self {
        Self {
            x: a.x,
            y: a.y,
            width: a.width,
            height: a.height,
        }
    }
}

impl From<BoardV1> for Board {
    fn from(b: BoardV1) -> Self {
        Self {
            id: b.id.into_id(),
            topic: b.topic,
            notes: b.notes.into_iter().map(Into::into).collect(),
            themes: b.themes.into_iter().map(Into::into).collect(),
            votes: b.votes.into_iter().map(Into::into).collect(),
            settings: b.settings.into(),
        }
    }
}

impl From<NoteV1> for Note {
    fn from(n: NoteV1) -> Self {
        Self {
            id: n.id.into_id(),
            text: n.text,
            position: n.position.into(),
            author: n.author.map(IdV1::into_id),
            colour: n.colour.into(),
            theme: n.theme.map(IdV1::into_id),
            hidden: n.hidden,
        }
    }
}

impl From<ThemeV1> for Theme {
    fn from(t: ThemeV1) -> Self {
        Self {
            id: t.id.into_id(),
            name: t.name,
            colour: t.colour.into(),
            area: t.area.into(),
        }
    }
}

impl From<VoteV1> for Vote {
    fn from(v: VoteV1) -> Self {
        Self {
            voter: v.voter.into_id(),
            target: match v.target {
                VoteTargetV1::Note(id) => VoteTarget::Note(id.into_id()),
                VoteTargetV1::Theme(id) => VoteTarget::Theme(id.into_id()),
            },
        }
    }
}

impl From<BoardSettingsV1> for BoardSettings {
    fn from(s: BoardSettingsV1) -> Self {
        Self {
            words_per_person: s.words_per_person,
            votes_per_person: s.votes_per_person,
            private_round: s.private_round,
            votes_hidden: s.votes_hidden,
        }
    }
}

impl From<LadderV1> for Ladder {
    fn from(l: LadderV1) -> Self {
        Self {
            rungs: l
                .rungs
                .into_iter()
                .map(|r| Rung {
                    id: r.id.into_id(),
                    name: r.name,
                    description: r.description,
                })
                .collect(),
            custom_subjects: l
                .custom_subjects
                .into_iter()
                .map(|c| CustomSubject {
                    id: c.id.into_id(),
                    name: c.name,
                })
                .collect(),
            placements: l.placements.into_iter().map(Into::into).collect(),
        }
    }
}

impl From<PlacementV1> for Placement {
    fn from(p: PlacementV1) -> Self {
        Self {
            id: p.id.into_id(),
            subject: match p.subject {
                SubjectV1::Organisation => Subject::Organisation,
                SubjectV1::Team => Subject::Team,
                SubjectV1::Participant(id) => Subject::Participant(id.into_id()),
                SubjectV1::Custom(id) => Subject::Custom(id.into_id()),
            },
            kind: match p.kind {
                PlacementKindV1::Now => PlacementKind::Now,
                PlacementKindV1::ShouldBe => PlacementKind::ShouldBe,
                PlacementKindV1::Realistic => PlacementKind::Realistic,
            },
            rung: p.rung.into_id(),
            by: p.by.map(IdV1::into_id),
            agreed: p.agreed,
            meeting: p.meeting.map(IdV1::into_id),
            reason: p.reason,
            hidden: p.hidden,
        }
    }
}

impl From<QuestionV1> for Question {
    fn from(q: QuestionV1) -> Self {
        match q {
            QuestionV1::Effect => Question::Effect,
            QuestionV1::Barriers => Question::Barriers,
            QuestionV1::Support => Question::Support,
            QuestionV1::Activities => Question::Activities,
            QuestionV1::Resources => Question::Resources,
        }
    }
}

impl From<RiverV1> for River {
    fn from(r: RiverV1) -> Self {
        Self {
            phases: r
                .phases
                .into_iter()
                .map(|p| Phase {
                    id: p.id.into_id(),
                    name: p.name,
                    statements: p
                        .statements
                        .into_iter()
                        .map(|s| Statement {
                            id: s.id.into_id(),
                            text: s.text,
                        })
                        .collect(),
                })
                .collect(),
            notes: r
                .notes
                .into_iter()
                .map(|n| RiverNote {
                    id: n.id.into_id(),
                    phase: n.phase.into_id(),
                    question: n.question.into(),
                    text: n.text,
                    author: n.author.map(IdV1::into_id),
                    colour: n.colour.into(),
                })
                .collect(),
        }
    }
}

// Saving: the model as format 1. The texts are copied; next to writing them out as RON
// and reading the result back (which every save does), that costs little.

impl From<&Session> for SessionV1 {
    fn from(s: &Session) -> Self {
        Self {
            title: s.title.clone(),
            group: s.group.clone(),
            participants: s.participants.iter().map(Into::into).collect(),
            meetings: s.meetings.iter().map(Into::into).collect(),
            current_meeting: s.current_meeting.map(|id| id_of(id.raw())),
            boards: s.boards.iter().map(Into::into).collect(),
            ladder: (&s.ladder).into(),
            river: (&s.river).into(),
            next_id: s.next_id,
        }
    }
}

impl From<Colour> for ColourV1 {
    fn from(c: Colour) -> Self {
        match c {
            Colour::Yellow => ColourV1::Yellow,
            Colour::Blue => ColourV1::Blue,
            Colour::Green => ColourV1::Green,
            Colour::Pink => ColourV1::Pink,
            Colour::Orange => ColourV1::Orange,
            Colour::Purple => ColourV1::Purple,
            Colour::Grey => ColourV1::Grey,
        }
    }
}

impl From<Symbol> for SymbolV1 {
    fn from(s: Symbol) -> Self {
        match s {
            Symbol::Circle => SymbolV1::Circle,
            Symbol::Square => SymbolV1::Square,
            Symbol::Triangle => SymbolV1::Triangle,
            Symbol::Diamond => SymbolV1::Diamond,
            Symbol::Star => SymbolV1::Star,
            Symbol::Cross => SymbolV1::Cross,
            Symbol::Ring => SymbolV1::Ring,
            Symbol::Hexagon => SymbolV1::Hexagon,
        }
    }
}

impl From<&Participant> for ParticipantV1 {
    fn from(p: &Participant) -> Self {
        Self {
            id: id_of(p.id.raw()),
            name: p.name.clone(),
            colour: p.colour.into(),
            symbol: p.symbol.into(),
        }
    }
}

impl From<&Meeting> for MeetingV1 {
    fn from(m: &Meeting) -> Self {
        Self {
            id: id_of(m.id.raw()),
            date: DateV1(m.date),
            title: m.title.clone(),
            attended: m.attended.iter().map(|p| id_of(p.raw())).collect(),
            notes: m.notes.clone(),
        }
    }
}

impl From<&Board> for BoardV1 {
    fn from(b: &Board) -> Self {
        Self {
            id: id_of(b.id.raw()),
            topic: b.topic.clone(),
            notes: b.notes.iter().map(Into::into).collect(),
            themes: b.themes.iter().map(Into::into).collect(),
            votes: b.votes.iter().map(Into::into).collect(),
            settings: BoardSettingsV1 {
                words_per_person: b.settings.words_per_person,
                votes_per_person: b.settings.votes_per_person,
                private_round: b.settings.private_round,
                votes_hidden: b.settings.votes_hidden,
            },
        }
    }
}

impl From<&Note> for NoteV1 {
    fn from(n: &Note) -> Self {
        Self {
            id: id_of(n.id.raw()),
            text: n.text.clone(),
            position: PointV1 {
                x: n.position.x,
                y: n.position.y,
            },
            author: n.author.map(|p| id_of(p.raw())),
            colour: n.colour.into(),
            theme: n.theme.map(|t| id_of(t.raw())),
            hidden: n.hidden,
        }
    }
}

impl From<&Theme> for ThemeV1 {
    fn from(t: &Theme) -> Self {
        Self {
            id: id_of(t.id.raw()),
            name: t.name.clone(),
            colour: t.colour.into(),
            area: AreaV1 {
                x: t.area.x,
                y: t.area.y,
                width: t.area.width,
                height: t.area.height,
            },
        }
    }
}

impl From<&Vote> for VoteV1 {
    fn from(v: &Vote) -> Self {
        Self {
            voter: id_of(v.voter.raw()),
            target: match v.target {
                VoteTarget::Note(id) => VoteTargetV1::Note(id_of(id.raw())),
                VoteTarget::Theme(id) => VoteTargetV1::Theme(id_of(id.raw())),
            },
        }
    }
}

impl From<&Ladder> for LadderV1 {
    fn from(l: &Ladder) -> Self {
        Self {
            rungs: l
                .rungs
                .iter()
                .map(|r| RungV1 {
                    id: id_of(r.id.raw()),
                    name: r.name.clone(),
                    description: r.description.clone(),
                })
                .collect(),
            custom_subjects: l
                .custom_subjects
                .iter()
                .map(|c| CustomSubjectV1 {
                    id: id_of(c.id.raw()),
                    name: c.name.clone(),
                })
                .collect(),
            placements: l.placements.iter().map(Into::into).collect(),
        }
    }
}

impl From<&Placement> for PlacementV1 {
    fn from(p: &Placement) -> Self {
        Self {
            id: id_of(p.id.raw()),
            subject: match p.subject {
                Subject::Organisation => SubjectV1::Organisation,
                Subject::Team => SubjectV1::Team,
                Subject::Participant(id) => SubjectV1::Participant(id_of(id.raw())),
                Subject::Custom(id) => SubjectV1::Custom(id_of(id.raw())),
            },
            kind: match p.kind {
                PlacementKind::Now => PlacementKindV1::Now,
                PlacementKind::ShouldBe => PlacementKindV1::ShouldBe,
                PlacementKind::Realistic => PlacementKindV1::Realistic,
            },
            rung: id_of(p.rung.raw()),
            by: p.by.map(|id| id_of(id.raw())),
            agreed: p.agreed,
            meeting: p.meeting.map(|id| id_of(id.raw())),
            reason: p.reason.clone(),
            hidden: p.hidden,
        }
    }
}

impl From<Question> for QuestionV1 {
    fn from(q: Question) -> Self {
        match q {
            Question::Effect => QuestionV1::Effect,
            Question::Barriers => QuestionV1::Barriers,
            Question::Support => QuestionV1::Support,
            Question::Activities => QuestionV1::Activities,
            Question::Resources => QuestionV1::Resources,
        }
    }
}

impl From<&River> for RiverV1 {
    fn from(r: &River) -> Self {
        Self {
            phases: r
                .phases
                .iter()
                .map(|p| PhaseV1 {
                    id: id_of(p.id.raw()),
                    name: p.name.clone(),
                    statements: p
                        .statements
                        .iter()
                        .map(|s| StatementV1 {
                            id: id_of(s.id.raw()),
                            text: s.text.clone(),
                        })
                        .collect(),
                })
                .collect(),
            notes: r
                .notes
                .iter()
                .map(|n| RiverNoteV1 {
                    id: id_of(n.id.raw()),
                    phase: id_of(n.phase.raw()),
                    question: n.question.into(),
                    text: n.text.clone(),
                    author: n.author.map(|p| id_of(p.raw())),
                    colour: n.colour.into(),
                })
                .collect(),
        }
    }
}
