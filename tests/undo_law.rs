//! The undo law, for every kind of command: applying a command and then the command it
//! returns gives back an equal session; applying that one again (redo) gives the changed
//! session again; a command that is refused changes nothing; and after any run of commands
//! the session saves and loads back equal.

use proptest::prelude::*;
use stepping_stones::edit::BoardCommand;
use stepping_stones::edit::{Command, LadderCommand, RiverCommand, TextField, apply};
use stepping_stones::file;
use stepping_stones::model::*;

/// Equal in everything but the id counter, which only ever moves forward: an undone
/// addition keeps its number taken, so ids are never handed out twice.
fn same_work(a: &Session, b: &Session) -> bool {
    let mut b = b.clone();
    b.next_id = a.next_id;
    *a == b
}

fn example() -> Session {
    file::from_text(stepping_stones::app::EXAMPLE_SESSION).unwrap()
}

/// The raw material of one command: which kind, which things it names (by their place in
/// the session's lists, wrapped around), a place and some words.
#[derive(Clone, Debug)]
struct Seed {
    kind: u8,
    a: usize,
    b: usize,
    c: usize,
    x: f32,
    y: f32,
    flag: bool,
    text: String,
}

fn seed() -> impl Strategy<Value = Seed> {
    (
        0u8..47,
        any::<usize>(),
        any::<usize>(),
        any::<usize>(),
        prop_oneof![-3000.0f32..3000.0, Just(3.4e38f32), Just(-2.0e6f32)],
        prop_oneof![-3000.0f32..3000.0, Just(-3.4e38f32)],
        any::<bool>(),
        "[a-zA-Zé ]{0,12}",
    )
        .prop_map(|(kind, a, b, c, x, y, flag, text)| Seed {
            kind,
            a,
            b,
            c,
            x,
            y,
            flag,
            text,
        })
}

fn pick<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

/// Turns a seed into a command about things in `s` (or, when there is nothing to name,
/// about a made-up id, which must be refused without harm).
#[allow(clippy::too_many_lines)]
fn command(s: &Session, seed: &Seed) -> Command {
    let Seed {
        kind,
        a,
        b,
        c,
        x,
        y,
        flag,
        ref text,
    } = *seed;
    let people: Vec<ParticipantId> = s.participants.iter().map(|p| p.id).collect();
    let meetings: Vec<MeetingId> = s.meetings.iter().map(|m| m.id).collect();
    let boards: Vec<BoardId> = s.boards.iter().map(|b| b.id).collect();
    let board = pick(&boards, a).unwrap_or(BoardId(999_999));
    let the_board = s.board(board);
    let notes: Vec<NoteId> = the_board
        .map(|b| b.notes.iter().map(|n| n.id).collect())
        .unwrap_or_default();
    let themes: Vec<ThemeId> = the_board
        .map(|b| b.themes.iter().map(|t| t.id).collect())
        .unwrap_or_default();
    let note = pick(&notes, b).unwrap_or(NoteId(999_998));
    let theme = pick(&themes, c);
    let person = pick(&people, c);
    let rungs: Vec<RungId> = s.ladder.rungs.iter().map(|r| r.id).collect();
    let rung = pick(&rungs, b).unwrap_or(RungId(999_997));
    let placements: Vec<PlacementId> = s.ladder.placements.iter().map(|p| p.id).collect();
    let subjects: Vec<CustomSubjectId> = s.ladder.custom_subjects.iter().map(|c| c.id).collect();
    let phases: Vec<PhaseId> = s.river.phases.iter().map(|p| p.id).collect();
    let phase = pick(&phases, a).unwrap_or(PhaseId(999_996));
    let answers: Vec<RiverNoteId> = s.river.notes.iter().map(|n| n.id).collect();
    let statements: Vec<StatementId> = s
        .river
        .phases
        .iter()
        .find(|p| p.id == phase)
        .map(|p| p.statements.iter().map(|s| s.id).collect())
        .unwrap_or_default();
    let colour = Colour::ALL[a % Colour::ALL.len()];
    let question = Question::ALL[b % Question::ALL.len()];
    let point = Point { x, y };
    let some_notes: Vec<NoteId> = notes
        .iter()
        .copied()
        .enumerate()
        .filter(|(i, _)| (i + a) % 3 != 0 || flag)
        .map(|(_, n)| n)
        .collect();
    let text = text.clone();
    match kind {
        0 => {
            let fields = [
                TextField::SessionTitle,
                TextField::GroupName,
                TextField::NoteText(board, note),
                TextField::BoardTopic(board),
                TextField::RungName(rung),
                TextField::PhaseName(phase),
            ];
            Command::SetText {
                field: fields[b % fields.len()],
                text,
            }
        }
        1 => Command::AddParticipant { name: text },
        2 => Command::RemoveParticipant(person.unwrap_or(ParticipantId(999_995))),
        3 => Command::SetParticipantLook {
            id: person.unwrap_or(ParticipantId(999_995)),
            colour,
            symbol: Symbol::ALL[b % Symbol::ALL.len()],
        },
        4 => Command::AddMeeting {
            date: Date::new(2026, 1 + (a % 12) as u8, 1 + (b % 28) as u8).unwrap(),
            title: text,
        },
        5 => Command::RemoveMeeting(pick(&meetings, a).unwrap_or(MeetingId(999_994))),
        6 => Command::SetMeetingDate {
            id: pick(&meetings, a).unwrap_or(MeetingId(999_994)),
            date: Date::new(2025, 1 + (b % 12) as u8, 1 + (c % 28) as u8).unwrap(),
        },
        7 => Command::SetAttendance {
            meeting: pick(&meetings, a).unwrap_or(MeetingId(999_994)),
            participant: person.unwrap_or(ParticipantId(999_995)),
            present: flag,
        },
        8 => Command::SetCurrentMeeting(pick(&meetings, a).filter(|_| flag)),
        9 => Command::Board(BoardCommand::AddBoard { topic: text }),
        10 => Command::Board(BoardCommand::RemoveBoard(board)),
        11 => Command::Board(BoardCommand::SetBoardSettings {
            board,
            settings: BoardSettings {
                words_per_person: (a % 80) as u32,
                votes_per_person: (b % 30) as u32,
                private_round: flag,
                votes_hidden: !flag,
            },
        }),
        12 => Command::Board(BoardCommand::AddNote {
            board,
            text,
            position: point,
            author: person.filter(|_| flag),
            colour,
            theme,
        }),
        13 => Command::Board(BoardCommand::RemoveNotes {
            board,
            notes: some_notes,
        }),
        14 => Command::Board(BoardCommand::PlaceNotes {
            board,
            places: some_notes.iter().map(|n| (*n, point, theme)).collect(),
        }),
        15 => Command::Board(BoardCommand::SetNoteAuthor {
            board,
            note,
            author: person.filter(|_| flag),
        }),
        16 => Command::Board(BoardCommand::SetNoteColour {
            board,
            note,
            colour,
        }),
        17 => Command::Board(BoardCommand::AddTheme {
            board,
            name: text,
            notes: some_notes,
        }),
        18 => Command::Board(BoardCommand::AssignToTheme {
            board,
            notes: some_notes,
            theme: theme.filter(|_| flag || a % 2 == 0),
        }),
        19 => Command::Board(BoardCommand::SetThemeArea {
            board,
            theme: theme.unwrap_or(ThemeId(999_993)),
            area: Area {
                x,
                y,
                width: y.abs(),
                height: x.abs(),
            },
        }),
        20 => Command::Board(BoardCommand::SetThemeColour {
            board,
            theme: theme.unwrap_or(ThemeId(999_993)),
            colour,
        }),
        21 => Command::Board(BoardCommand::RemoveTheme {
            board,
            theme: theme.unwrap_or(ThemeId(999_993)),
        }),
        22 => Command::Board(BoardCommand::TidyTheme {
            board,
            theme: theme.unwrap_or(ThemeId(999_993)),
        }),
        23 => Command::Board(BoardCommand::GroupSimilar { board }),
        24 => Command::Board(BoardCommand::ExploreTheme {
            board,
            theme: theme.unwrap_or(ThemeId(999_993)),
        }),
        25 => Command::Board(BoardCommand::Reveal { board }),
        26 | 27 => {
            let target = if flag {
                VoteTarget::Note(note)
            } else {
                VoteTarget::Theme(theme.unwrap_or(ThemeId(999_993)))
            };
            let vote = Vote {
                voter: person.unwrap_or(ParticipantId(999_995)),
                target,
            };
            if kind == 26 {
                Command::Board(BoardCommand::AddVote { board, vote })
            } else {
                Command::Board(BoardCommand::RemoveVote { board, vote })
            }
        }
        28 => Command::Ladder(LadderCommand::AddRung {
            index: b % 9,
            name: text.clone(),
            description: text,
        }),
        29 => Command::Ladder(LadderCommand::RemoveRung {
            rung,
            move_to: pick(&rungs, c).filter(|r| *r != rung && flag),
        }),
        30 => Command::Ladder(LadderCommand::MoveRung { rung, index: c % 9 }),
        31 => Command::Ladder(LadderCommand::AddCustomSubject { name: text }),
        32 => Command::Ladder(LadderCommand::RemoveCustomSubject(
            pick(&subjects, a).unwrap_or(CustomSubjectId(999_992)),
        )),
        33 => Command::Ladder(LadderCommand::Place {
            subject: match a % 4 {
                0 => Subject::Organisation,
                1 => Subject::Team,
                2 => Subject::Participant(person.unwrap_or(ParticipantId(999_995))),
                _ => Subject::Custom(pick(&subjects, b).unwrap_or(CustomSubjectId(999_992))),
            },
            kind: PlacementKind::ALL[c % 3],
            rung,
            by: person.filter(|_| flag),
            agreed: !flag,
            meeting: pick(&meetings, c).filter(|_| flag),
        }),
        34 => Command::Ladder(LadderCommand::MovePlacement {
            placement: pick(&placements, a).unwrap_or(PlacementId(999_991)),
            rung,
        }),
        35 => Command::Ladder(LadderCommand::RemovePlacement(
            pick(&placements, a).unwrap_or(PlacementId(999_991)),
        )),
        36 => Command::River(RiverCommand::AddNote {
            phase,
            question,
            text,
            author: person.filter(|_| flag),
            colour,
        }),
        37 => Command::River(RiverCommand::RemoveNote(
            pick(&answers, b).unwrap_or(RiverNoteId(999_990)),
        )),
        38 => Command::River(RiverCommand::MoveNote {
            note: pick(&answers, b).unwrap_or(RiverNoteId(999_990)),
            phase,
            question,
        }),
        39 => Command::River(RiverCommand::SetNoteAuthor {
            note: pick(&answers, b).unwrap_or(RiverNoteId(999_990)),
            author: person.filter(|_| flag),
        }),
        40 => Command::River(RiverCommand::AddStatement { phase, text }),
        41 => Command::River(RiverCommand::RemoveStatement {
            phase,
            statement: pick(&statements, b).unwrap_or(StatementId(999_989)),
        }),
        42 => Command::River(RiverCommand::MoveStatement {
            phase,
            statement: pick(&statements, b).unwrap_or(StatementId(999_989)),
            index: c % 6,
        }),
        43 => Command::SetText {
            field: TextField::PlacementReason(pick(&placements, a).unwrap_or(PlacementId(1))),
            text,
        },
        44 => Command::Ladder(LadderCommand::SetHidden(
            placements
                .iter()
                .enumerate()
                .filter(|(i, _)| (i + a) % 2 == 0)
                .map(|(i, p)| (*p, (i + b) % 3 == 0))
                .collect(),
        )),
        // Several changes as one; the second may well be refused, undoing the first.
        _ => {
            let first = Seed {
                kind: (a % 45) as u8,
                ..seed.clone()
            };
            let second = Seed {
                kind: (b % 45) as u8,
                a: c,
                ..seed.clone()
            };
            Command::Batch(vec![command(s, &first), command(s, &second)])
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_command_undoes_and_redoes_exactly(seeds in proptest::collection::vec(seed(), 1..24)) {
        let mut session = example();
        let mut done = Vec::new();
        for seed in &seeds {
            let cmd = command(&session, seed);
            done.push(cmd.clone());
            let before = session.clone();
            match apply(&mut session, cmd.clone()) {
                Ok(inverse) => {
                    let after = session.clone();
                    let mut undone = after.clone();
                    let redo = apply(&mut undone, inverse)
                        .unwrap_or_else(|e| panic!("undo of {cmd:?} was refused: {e}"));
                    prop_assert!(same_work(&undone, &before) && undone.next_id >= before.next_id, "undoing {:?} did not give back the session", cmd);
                    let mut redone = undone;
                    apply(&mut redone, redo)
                        .unwrap_or_else(|e| panic!("redo of {cmd:?} was refused: {e}"));
                    prop_assert!(same_work(&redone, &after), "redoing {:?} did not give the change again", cmd);
                }
                Err(_) => prop_assert!(same_work(&session, &before), "the refused {:?} changed the session", cmd),
            }
        }
        let text = file::to_text(&session).unwrap();
        let loaded = file::from_text(&text)
            .unwrap_or_else(|e| panic!("a session made by {done:?} did not load back: {e}"));
        prop_assert!(loaded == session, "save and load changed the session");
    }
}
