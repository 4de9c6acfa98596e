//! The session model and the commands that change it, without a window.

use stepping_stones::edit::{Command, TextField, apply};
use stepping_stones::history::History;
use stepping_stones::model::{Date, Session};

fn example() -> Session {
    stepping_stones::file::from_text(stepping_stones::app::EXAMPLE_SESSION).unwrap()
}

#[test]
fn a_new_session_has_the_six_rung_ladder_and_the_six_phase_river() {
    let s = Session::new();
    let rungs: Vec<&str> = s.ladder.rungs.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        rungs,
        [
            "No control",
            "Information",
            "Consultation",
            "Participation",
            "Sharing power",
            "Full control"
        ]
    );
    assert!(s.ladder.rungs.iter().all(|r| !r.description.is_empty()));
    let phases: Vec<&str> = s.river.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        phases,
        [
            "Phase 1",
            "Phase 2",
            "Phase 3",
            "Phase 4",
            "The river",
            "The ocean"
        ]
    );
    assert!(s.river.phases.iter().all(|p| !p.statements.is_empty()));
    assert_eq!(s.boards.len(), 1);
    let mut copy = s.clone();
    copy.validate_and_repair().unwrap();
    assert_eq!(
        copy, s,
        "a new session is already valid and needs no repair"
    );
}

#[test]
fn new_people_get_distinct_colour_and_symbol_pairs() {
    let mut s = Session::new();
    for i in 0..20 {
        apply(
            &mut s,
            Command::AddParticipant {
                name: format!("P{i}"),
            },
        )
        .unwrap();
    }
    let mut looks: Vec<_> = s
        .participants
        .iter()
        .map(|p| (p.colour, p.symbol))
        .collect();
    looks.sort_by_key(|(c, s)| (*c as u8, *s as u8));
    looks.dedup();
    assert_eq!(looks.len(), 20);
}

#[test]
fn every_command_is_undone_by_the_command_it_returns() {
    let original = example();
    let p = original.participants[0].id;
    let m = original.meetings[0].id;
    let commands = vec![
        Command::SetText {
            field: TextField::SessionTitle,
            text: "Changed".into(),
        },
        Command::SetText {
            field: TextField::ParticipantName(p),
            text: "Sammy".into(),
        },
        Command::AddParticipant { name: "Kai".into() },
        Command::RemoveParticipant(p),
        Command::AddMeeting {
            date: Date::new(2026, 11, 5).unwrap(),
            title: "Third".into(),
        },
        Command::RemoveMeeting(m),
        Command::SetCurrentMeeting(None),
        Command::Batch(vec![
            Command::SetText {
                field: TextField::GroupName,
                text: "G".into(),
            },
            Command::SetText {
                field: TextField::SessionTitle,
                text: "T".into(),
            },
        ]),
    ];
    let mut s = original.clone();
    let mut inverses = Vec::new();
    let mut states = vec![s.clone()];
    for command in commands {
        inverses.push(apply(&mut s, command).unwrap());
        states.push(s.clone());
    }
    assert_ne!(s, original);
    for inverse in inverses.into_iter().rev() {
        states.pop();
        apply(&mut s, inverse).unwrap();
        let mut expected = states.last().unwrap().clone();
        expected.next_id = s.next_id;
        assert_eq!(s, expected);
    }
    // Ids handed out are never handed out again, so undo keeps next_id moving forward.
    assert!(s.next_id > original.next_id);
    s.next_id = original.next_id;
    assert_eq!(s, original);
}

#[test]
fn removing_a_person_keeps_their_notes_without_a_name_and_undo_brings_it_back() {
    let mut s = example();
    let sam = s.participants[0].id;
    let notes_before = s.boards[0]
        .notes
        .iter()
        .filter(|n| n.author == Some(sam))
        .count();
    assert!(notes_before > 0);
    let count = s.note_count();
    let inverse = apply(&mut s, Command::RemoveParticipant(sam)).unwrap();
    assert!(s.participant(sam).is_none());
    assert_eq!(s.note_count(), count, "no note is lost");
    assert!(
        s.boards
            .iter()
            .flat_map(|b| &b.notes)
            .all(|n| n.author != Some(sam))
    );
    assert!(s.meetings.iter().all(|m| !m.attended.contains(&sam)));
    assert!(s.validate_and_repair().is_ok());
    apply(&mut s, inverse).unwrap();
    let after = s.boards[0]
        .notes
        .iter()
        .filter(|n| n.author == Some(sam))
        .count();
    assert_eq!(after, notes_before);
}

#[test]
fn text_is_cut_to_the_field_limit_on_a_character_boundary() {
    let mut s = Session::new();
    let long: String = "é".repeat(500);
    apply(
        &mut s,
        Command::SetText {
            field: TextField::SessionTitle,
            text: long,
        },
    )
    .unwrap();
    assert_eq!(s.title.chars().count(), TextField::SessionTitle.max_chars());
}

#[test]
fn a_command_about_something_gone_fails_and_changes_nothing() {
    let mut s = Session::new();
    let before = s.clone();
    let gone = stepping_stones::model::ParticipantId(999_999);
    let batch = Command::Batch(vec![
        Command::SetText {
            field: TextField::SessionTitle,
            text: "half".into(),
        },
        Command::RemoveParticipant(gone),
    ]);
    assert!(apply(&mut s, batch).is_err());
    assert_eq!(s, before, "a failed batch leaves no half-made change");
}

#[test]
fn undo_and_redo_track_whether_the_session_is_saved() {
    let mut s = Session::new();
    let mut h = History::default();
    assert!(!h.is_dirty());
    h.apply(
        &mut s,
        Command::SetText {
            field: TextField::GroupName,
            text: "A".into(),
        },
    )
    .unwrap();
    assert!(h.is_dirty());
    h.mark_saved();
    assert!(!h.is_dirty());
    h.seal();
    h.apply(
        &mut s,
        Command::SetText {
            field: TextField::GroupName,
            text: "AB".into(),
        },
    )
    .unwrap();
    assert!(h.is_dirty());
    assert!(h.undo(&mut s).unwrap());
    assert_eq!(s.group, "A");
    assert!(
        !h.is_dirty(),
        "undoing back to the saved state makes it clean again"
    );
    assert!(h.redo(&mut s).unwrap());
    assert_eq!(s.group, "AB");
    assert!(h.is_dirty());
    assert!(!h.redo(&mut s).unwrap(), "nothing left to redo");
}

#[test]
fn a_run_of_typing_in_one_field_undoes_in_one_step() {
    let mut s = Session::new();
    let mut h = History::default();
    for text in ["B", "Be", "Bei", "Bein", "Being"] {
        h.apply(
            &mut s,
            Command::SetText {
                field: TextField::SessionTitle,
                text: text.into(),
            },
        )
        .unwrap();
    }
    h.seal();
    h.apply(
        &mut s,
        Command::SetText {
            field: TextField::SessionTitle,
            text: "Being heard".into(),
        },
    )
    .unwrap();
    h.undo(&mut s).unwrap();
    assert_eq!(s.title, "Being");
    h.undo(&mut s).unwrap();
    assert_eq!(s.title, stepping_stones::text::model::NEW_SESSION_TITLE);
    assert!(!h.can_undo());
    assert!(!h.is_dirty());
}

#[test]
fn redo_after_undo_of_an_add_reuses_the_same_id() {
    let mut s = Session::new();
    let mut h = History::default();
    h.apply(&mut s, Command::AddParticipant { name: "Kai".into() })
        .unwrap();
    let id = s.participants[0].id;
    h.seal();
    h.apply(
        &mut s,
        Command::SetText {
            field: TextField::ParticipantName(id),
            text: "Kai B".into(),
        },
    )
    .unwrap();
    h.undo(&mut s).unwrap();
    h.undo(&mut s).unwrap();
    assert!(s.participants.is_empty());
    h.redo(&mut s).unwrap();
    h.redo(&mut s).unwrap();
    assert_eq!(s.participants[0].id, id);
    assert_eq!(s.participants[0].name, "Kai B");
}

#[test]
fn dates_read_and_write_as_year_month_day() {
    assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
    assert_eq!(
        Date::from_days_since_epoch(20_779).to_string(),
        "2026-11-22"
    );
    assert_eq!(
        Date::from_days_since_epoch(11_016).to_string(),
        "2000-02-29"
    );
    assert_eq!(
        "2024-02-29".parse::<Date>().unwrap(),
        Date::new(2024, 2, 29).unwrap()
    );
    assert!("2023-02-29".parse::<Date>().is_err());
    assert!("14/03/2026".parse::<Date>().is_err());
    assert!("2026-13-01".parse::<Date>().is_err());
    assert!(Date::today().year() >= 2024);
}

#[test]
fn a_meeting_is_dated_by_the_local_calendar() {
    use jiff::tz::{Offset, TimeZone};
    let new_york = TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap();
    // 20:30 on 24 November in New York is already 01:30 on the 25th at Greenwich.
    let evening: jiff::Timestamp = "2026-11-25T01:30:00Z".parse().unwrap();
    assert_eq!(
        Date::at(evening, &new_york),
        Date::new(2026, 11, 24).unwrap()
    );
    assert_eq!(
        Date::at(evening, &TimeZone::UTC),
        Date::new(2026, 11, 25).unwrap()
    );
    // And east of Greenwich, a morning meeting is not dated the day before.
    let tokyo = TimeZone::fixed(Offset::constant(9));
    let morning: jiff::Timestamp = "2026-03-01T23:15:00Z".parse().unwrap();
    assert_eq!(Date::at(morning, &tokyo), Date::new(2026, 3, 2).unwrap());
}

mod similar_words {
    use stepping_stones::model::{Colour, Note, NoteId, Point, match_key, similar_sets};

    fn notes(texts: &[&str]) -> Vec<Note> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Note {
                id: NoteId(i as u64 + 1),
                text: (*t).to_owned(),
                position: Point::default(),
                author: None,
                colour: Colour::Yellow,
                theme: None,
                hidden: false,
            })
            .collect()
    }

    #[test]
    fn case_punctuation_plurals_and_endings_are_ignored() {
        let key = match_key("control");
        for t in [
            "Control!",
            "controls",
            "controlling",
            "controlled",
            "  CONTROL ",
            "“control”",
        ] {
            assert_eq!(match_key(t), key, "{t}");
        }
        assert_eq!(match_key("listening"), match_key("listened"));
        assert_eq!(match_key("parties"), match_key("party"));
        assert_eq!(match_key("caring"), match_key("care"));
        assert_eq!(match_key("well being"), match_key("wellbeing"));
        assert_ne!(match_key("trust"), match_key("truth"));
        assert_ne!(match_key("respect"), match_key("control"));
    }

    #[test]
    fn any_script_and_emoji_work() {
        assert_eq!(match_key("Café!"), match_key("café"));
        assert_ne!(
            match_key("café"),
            match_key("cafe"),
            "accents are kept, not guessed away"
        );
        assert_eq!(match_key("Łódź"), match_key("łódź"));
        assert_eq!(match_key("Straße"), match_key("straße"));
        assert_eq!(match_key("سلام!"), match_key("سلام"));
        assert_eq!(match_key("🌊 hope"), match_key("🌊 Hope."));
        assert_ne!(match_key("🌊"), "");
        assert_eq!(match_key("!!! ..."), "");
    }

    #[test]
    fn case_is_folded_by_unicode_rules_in_every_script() {
        assert_eq!(match_key("STRASSE"), match_key("straße"));
        assert_eq!(match_key("ΛΌΓΟΣ"), match_key("λόγος"), "final sigma");
        assert_eq!(match_key("ŁÓDŹ"), match_key("łódź"));
        assert_eq!(
            match_key("İyi"),
            match_key("iyi"),
            "Turkish dotted capital I"
        );
        assert_ne!(
            match_key("ılık"),
            match_key("ilik"),
            "dotless ı is its own letter"
        );
        assert_eq!(match_key("КОЖЕН"), match_key("кожен"));
        assert_eq!(
            match_key("Ｃａｆé"),
            match_key("café"),
            "full-width letters"
        );
        assert_eq!(match_key("ﬁre"), match_key("fire"), "ligature");
        // The same letter typed as one character or as a letter and an accent.
        assert_eq!(match_key("cafe\u{301}"), match_key("caf\u{e9}"));
    }

    #[test]
    fn optional_arabic_and_hebrew_marks_are_ignored_but_letters_are_not() {
        assert_eq!(match_key("مُحَمَّد"), match_key("محمد"), "vowel marks");
        assert_eq!(match_key("صــوت"), match_key("صوت"), "kashida");
        assert_eq!(match_key("שָׁלוֹם"), match_key("שלום"), "Hebrew points");
        assert_ne!(match_key("صوت"), match_key("صورة"));
        assert_ne!(
            match_key("कल"),
            match_key("कुल"),
            "Devanagari vowel signs are letters"
        );
        assert_ne!(match_key("año"), match_key("ano"), "grouping keeps accents");
    }

    #[test]
    fn similar_sets_work_across_scripts() {
        let list = notes(&[
            "صوت",
            "صَوت!",
            "声音",
            "声音。",
            "ΦΩΝΉ",
            "φωνή",
            "café",
            "cafe",
        ]);
        assert_eq!(
            similar_sets(&list),
            vec![
                vec![NoteId(1), NoteId(2)],
                vec![NoteId(3), NoteId(4)],
                vec![NoteId(5), NoteId(6)]
            ]
        );
    }

    #[test]
    fn find_looks_past_accents_and_case_but_not_into_a_letter() {
        use stepping_stones::model::{contains_whole, fold_accents};
        let finds =
            |text: &str, query: &str| contains_whole(&fold_accents(text), &fold_accents(query));
        assert!(finds("Café au lait", "cafe"));
        assert!(finds("CAFÉ", "café"));
        assert!(finds("Każdy głos się liczy", "KAZDY"));
        assert!(finds("Κάθε φωνή μετράει", "φωνη"));
        assert!(finds("每个人的声音都很重要。", "声音"));
        assert!(finds("لدينا 3 اجتماعات", "اجتماعات"));
        assert!(finds("مُحَمَّد", "محمد"));
        assert!(finds("İstanbul", "istanbul"));
        // Never a match that ends inside a letter: "и" is not the start of "й",
        // Devanagari "क" is not "कि", Japanese "か" is not "が".
        assert!(!finds("Мій", "ми"));
        assert!(finds("Мій", "мій"));
        assert!(!finds("कि", "क"));
        assert!(finds("कि", "कि"));
        assert!(!finds("が", "か"));
        assert!(!finds("ஒவ்வொரு", "ஒவ"), "Tamil: not without its pulli");
    }

    #[test]
    fn sets_hold_two_or_more_and_leave_face_down_notes_out() {
        let mut list = notes(&["Control!", "control", "trust", "Trust", "hope", "controls"]);
        let sets = similar_sets(&list);
        assert_eq!(
            sets,
            vec![
                vec![NoteId(1), NoteId(2), NoteId(6)],
                vec![NoteId(3), NoteId(4)]
            ]
        );
        list[3].hidden = true;
        assert_eq!(similar_sets(&list).len(), 1);
    }
}

mod board_commands {
    use stepping_stones::edit::{BoardCommand, Command, EditError, apply};
    use stepping_stones::model::{Session, Vote, VoteTarget};

    fn example() -> Session {
        stepping_stones::file::from_text(stepping_stones::app::EXAMPLE_SESSION).unwrap()
    }

    #[test]
    fn a_vote_over_the_limit_is_refused_with_the_persons_name() {
        let mut s = example();
        let board = s.boards[0].id;
        let dee = s.participants.iter().find(|p| p.name == "Dee").unwrap().id;
        let note = s.boards[0].notes[0].id;
        let vote = Vote {
            voter: dee,
            target: VoteTarget::Note(note),
        };
        let used = s.boards[0].votes_by(dee);
        for _ in used..3 {
            apply(
                &mut s,
                Command::Board(BoardCommand::AddVote { board, vote }),
            )
            .unwrap();
        }
        let err = apply(
            &mut s,
            Command::Board(BoardCommand::AddVote { board, vote }),
        )
        .unwrap_err();
        assert!(matches!(&err, EditError::NoVotesLeft { name, votes: 3 } if name == "Dee"));
        assert_eq!(s.boards[0].votes_by(dee), 3);
    }

    #[test]
    fn removing_a_theme_keeps_its_notes_and_undo_restores_it() {
        let mut s = example();
        let board = s.boards[0].id;
        let theme = s.boards[0].themes[0].id;
        let notes = s.boards[0].notes.len();
        let before = s.boards[0].clone();
        let undo = apply(
            &mut s,
            Command::Board(BoardCommand::RemoveTheme { board, theme }),
        )
        .unwrap();
        assert_eq!(s.boards[0].notes.len(), notes);
        assert!(s.boards[0].notes.iter().all(|n| n.theme != Some(theme)));
        assert!(
            s.boards[0]
                .votes
                .iter()
                .all(|v| v.target != VoteTarget::Theme(theme))
        );
        apply(&mut s, undo).unwrap();
        assert_eq!(s.boards[0], before);
    }

    #[test]
    fn tidy_lays_notes_out_inside_the_theme_without_overlap() {
        let mut s = example();
        let board = s.boards[0].id;
        let theme = s.boards[0].themes[0].id;
        apply(
            &mut s,
            Command::Board(BoardCommand::TidyTheme { board, theme }),
        )
        .unwrap();
        let b = &s.boards[0];
        let area = b.theme(theme).unwrap().area;
        let inside: Vec<_> = b.notes.iter().filter(|n| n.theme == Some(theme)).collect();
        for (i, a) in inside.iter().enumerate() {
            assert!(area.contains(a.position) && area.contains(a.centre()));
            for c in &inside[i + 1..] {
                let apart = (a.position.x - c.position.x).abs()
                    >= stepping_stones::model::NOTE_SIZE.0
                    || (a.position.y - c.position.y).abs() >= stepping_stones::model::NOTE_SIZE.1;
                assert!(apart, "notes overlap");
            }
        }
    }

    #[test]
    fn a_note_written_in_a_private_round_is_face_down() {
        let mut s = example();
        let board = s.boards[0].id;
        let mut settings = s.boards[0].settings;
        settings.private_round = true;
        apply(
            &mut s,
            Command::Board(BoardCommand::SetBoardSettings { board, settings }),
        )
        .unwrap();
        apply(
            &mut s,
            Command::Board(BoardCommand::AddNote {
                board,
                text: "quiet".into(),
                position: stepping_stones::model::Point::default(),
                author: None,
                colour: stepping_stones::model::Colour::default(),
                theme: None,
            }),
        )
        .unwrap();
        assert!(s.boards[0].notes.last().unwrap().hidden);
        apply(&mut s, Command::Board(BoardCommand::Reveal { board })).unwrap();
        assert!(s.boards[0].notes.iter().all(|n| !n.hidden));
    }
}
