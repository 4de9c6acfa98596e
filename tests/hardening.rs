//! What a hostile file, path or long meeting could do to the app: named pipes and devices
//! given as files, numbers out of range, ids at the end of their range, saves that would not
//! read back, and undo history on a big board.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;
use stepping_stones::edit::BoardCommand;

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::edit::{Command, EditError, apply};
use stepping_stones::file::{self, LoadError, SaveError};
use stepping_stones::history::{History, MEMORY_LIMIT};
use stepping_stones::model::*;
use stepping_stones::text;

fn example() -> Session {
    file::from_text(stepping_stones::app::EXAMPLE_SESSION).unwrap()
}

/// Runs `work` on its own thread and fails the test if it takes longer than a few seconds
/// (a read that waits forever would otherwise hang the whole test run).
fn within_seconds<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.recv_timeout(Duration::from_secs(5))
        .unwrap_or_else(|_| panic!("{what} did not finish within 5 seconds"))
}

#[cfg(unix)]
fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    path
}

#[cfg(unix)]
#[test]
fn a_named_pipe_a_device_a_socket_or_a_folder_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "pipe.ron");
    let socket = dir.path().join("socket.ron");
    let _listener = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let folder = dir.path().join("folder.ron");
    fs::create_dir(&folder).unwrap();
    for path in [pipe, PathBuf::from("/dev/zero"), socket, folder] {
        let shown = path.clone();
        let err = within_seconds("loading a strange file", move || {
            file::load(&path).unwrap_err()
        });
        assert!(
            matches!(err, LoadError::NotAFile { .. } | LoadError::IsFolder { .. }),
            "{}: {err}",
            shown.display()
        );
        let message = err.to_string();
        assert!(
            message.contains("not an ordinary file") || message.contains("is a folder"),
            "{message}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_named_pipe_among_the_recovery_copies_does_not_stop_the_app_starting() {
    let dir = tempfile::tempdir().unwrap();
    fifo(dir.path(), "other-run.lock");
    fifo(dir.path(), "another-run.ron");
    fs::write(dir.path().join("another-run.lock"), "").unwrap();
    let folder = dir.path().to_owned();
    let orphans = within_seconds("looking for recovery copies", move || {
        let store = file::recovery::RecoveryStore::open(&folder).unwrap();
        store
            .orphans()
            .into_iter()
            .map(|o| o.content.map(|_| ()).map_err(|e| e.to_string()))
            .collect::<Vec<_>>()
    });
    // The pipe named like a copy is reported as unreadable, never read.
    assert_eq!(orphans.len(), 1, "{orphans:?}");
    assert!(
        orphans[0]
            .as_ref()
            .is_err_and(|e| e.contains("not an ordinary file")),
        "{orphans:?}"
    );
}

#[cfg(unix)]
#[test]
fn summary_of_a_named_pipe_ends_at_once_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = fifo(dir.path(), "group.ron");
    let output = within_seconds("summary of a pipe", move || {
        std::process::Command::new(env!("CARGO_BIN_EXE_stepping-stones"))
            .arg("summary")
            .arg(&pipe)
            .output()
            .unwrap()
    });
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("not an ordinary file"), "{said}");
}

fn with_board_change(change: impl FnOnce(&mut Board)) -> String {
    let mut session = example();
    change(&mut session.boards[0]);
    file::to_text(&session).unwrap()
}

#[test]
fn places_and_sizes_beyond_the_board_are_refused_with_a_message() {
    let far_note = with_board_change(|b| b.notes[0].position.x = -3.4e38);
    let wide_theme = with_board_change(|b| b.themes[0].area.width = 3.4e38);
    let backwards_theme = with_board_change(|b| b.themes[0].area.height = -10.0);
    let just_beyond = with_board_change(|b| b.notes[0].position.y = CANVAS_LIMIT * 1.01);
    for text in [far_note, wide_theme, backwards_theme, just_beyond] {
        let err = file::from_text(&text).unwrap_err();
        assert!(matches!(err, LoadError::Invalid(_)), "{err}");
        assert!(
            err.to_string().contains("beyond anything the app makes"),
            "{err}"
        );
    }
    // At the edge is still fine.
    let edge = with_board_change(|b| b.notes[0].position.x = -CANVAS_LIMIT);
    assert!(file::from_text(&edge).is_ok());
}

#[test]
fn absurd_word_and_vote_counts_are_refused_and_commands_keep_them_in_range() {
    let text = with_board_change(|b| b.settings.words_per_person = 4_000_000_000);
    let err = file::from_text(&text).unwrap_err();
    assert!(err.to_string().contains("4000000000 words"), "{err}");

    let mut session = example();
    let board = session.boards[0].id;
    apply(
        &mut session,
        Command::Board(BoardCommand::SetBoardSettings {
            board,
            settings: BoardSettings {
                words_per_person: 9_999,
                votes_per_person: 0,
                private_round: false,
                votes_hidden: false,
            },
        }),
    )
    .unwrap();
    let settings = session.boards[0].settings;
    assert_eq!(settings.words_per_person, *WORDS_PER_PERSON.end());
    assert_eq!(settings.votes_per_person, *VOTES_PER_PERSON.start());
}

#[test]
fn commands_never_place_anything_beyond_the_board() {
    let mut session = example();
    let board = session.boards[0].id;
    let theme = session.boards[0].themes[0].id;
    let note = session.boards[0].notes[0].id;
    apply(
        &mut session,
        Command::Board(BoardCommand::AddNote {
            board,
            text: "far".into(),
            position: Point {
                x: 3.4e38,
                y: -1e30,
            },
            author: None,
            colour: Colour::Yellow,
            theme: None,
        }),
    )
    .unwrap();
    apply(
        &mut session,
        Command::Board(BoardCommand::PlaceNotes {
            board,
            places: vec![(
                note,
                Point {
                    x: f32::NAN,
                    y: 5e9,
                },
                None,
            )],
        }),
    )
    .unwrap();
    apply(
        &mut session,
        Command::Board(BoardCommand::SetThemeArea {
            board,
            theme,
            area: Area {
                x: 0.0,
                y: 0.0,
                width: 3.4e38,
                height: -5.0,
            },
        }),
    )
    .unwrap();
    // The session still saves and opens again.
    let text = file::to_text(&session).unwrap();
    assert_eq!(file::from_text(&text).unwrap(), session);
    let b = &session.boards[0];
    assert!(b.notes.iter().all(|n| n.position.in_range()));
    assert!(b.themes.iter().all(|t| t.area.in_range()));
}

#[test]
fn n_typing_and_save_work_on_a_board_that_reaches_the_edges() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edges.ron");
    let mut session = example();
    session.boards[0].notes[0].position = Point {
        x: -CANVAS_LIMIT,
        y: -CANVAS_LIMIT,
    };
    session.boards[0].notes[1].position = Point {
        x: CANVAS_LIMIT,
        y: CANVAS_LIMIT,
    };
    file::save(&path, &session).unwrap();
    let picker = common::ScriptedPicker::default();
    let mut h = common::harness(Some(path.clone()), &picker);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num1);
    h.run();
    // Zoomed right out, so the free-place search has a view two million units wide.
    h.get_by_label(text::board::FIT_ALL).click();
    h.run();
    h.key_press(Key::N);
    h.run();
    h.get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("Still here");
    h.key_press(Key::Escape);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    h.run();
    let saved = file::load(&path).unwrap();
    let note = saved.boards[0]
        .notes
        .iter()
        .find(|n| n.text == "Still here")
        .expect("the new note was saved");
    assert!(note.position.in_range());
}

fn ids_near_the_end(raw: u64) -> String {
    let mut session = example();
    session.boards[0].notes[0].id = NoteId(raw);
    file::to_text(&session).unwrap()
}

#[test]
fn ids_beyond_what_the_app_hands_out_are_refused() {
    for raw in [u64::MAX, u64::MAX - 1, MAX_ID + 1] {
        let err = file::from_text(&ids_near_the_end(raw)).unwrap_err();
        assert!(err.to_string().contains("far larger than"), "{raw}: {err}");
    }
    assert!(file::from_text(&ids_near_the_end(MAX_ID)).is_ok());
}

#[test]
fn a_counter_near_the_end_is_brought_back_and_the_last_id_is_never_passed() {
    let mut session = example();
    session.next_id = u64::MAX - 1;
    let loaded = file::from_text(&file::to_text(&session).unwrap()).unwrap();
    let largest = loaded.boards[0].notes.iter().map(|n| n.id.0).max().unwrap();
    assert!(loaded.next_id > largest);
    assert!(loaded.next_id < 1_000, "{}", loaded.next_id);

    // A file whose largest id is the last one allowed: adding is refused, never wrapped.
    let mut at_the_end = file::from_text(&ids_near_the_end(MAX_ID)).unwrap();
    assert_eq!(at_the_end.next_id, MAX_ID + 1);
    let before = at_the_end.clone();
    let board = at_the_end.boards[0].id;
    let err = apply(
        &mut at_the_end,
        Command::Board(BoardCommand::AddNote {
            board,
            text: "one more".into(),
            position: Point::default(),
            author: None,
            colour: Colour::Yellow,
            theme: None,
        }),
    )
    .unwrap_err();
    assert!(matches!(err, EditError::IdsUsedUp(_)), "{err}");
    assert!(err.to_string().contains("used up"), "{err}");
    assert_eq!(at_the_end, before);
    for command in [
        Command::Board(BoardCommand::AddBoard { topic: "x".into() }),
        Command::AddParticipant { name: "x".into() },
        Command::Board(BoardCommand::AddTheme {
            board,
            name: "x".into(),
            notes: vec![],
        }),
    ] {
        assert!(matches!(
            apply(&mut at_the_end, command),
            Err(EditError::IdsUsedUp(_))
        ));
        assert_eq!(at_the_end, before);
    }
}

#[test]
fn a_session_that_would_not_read_back_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("group.ron");
    file::save(&path, &example()).unwrap();
    let old = fs::read(&path).unwrap();
    // Two notes with one number: the file would be refused when opened.
    let mut broken = example();
    let first = broken.boards[0].notes[0].id;
    broken.boards[0].notes[1].id = first;
    let err = file::save(&path, &broken).unwrap_err();
    assert!(matches!(err, SaveError::WouldNotReadBack(_)), "{err}");
    assert!(
        err.to_string().contains("old file has not been changed"),
        "{err}"
    );
    assert_eq!(fs::read(&path).unwrap(), old);
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary or backup files: {names:?}");
}

/// A board of `count` notes in rows, with a theme.
fn big_board(count: usize) -> Session {
    let mut session = example();
    let board = &mut session.boards[0];
    board.notes.truncate(1);
    board.votes.clear();
    let template = board.notes[0].clone();
    let mut next = session.next_id;
    let board = &mut session.boards[0];
    for i in 0..count {
        let mut note = template.clone();
        note.id = NoteId(next);
        next += 1;
        note.text = format!("word {i}");
        note.theme = None;
        note.position = Point {
            x: (i % 100) as f32 * 200.0,
            y: 2000.0 + (i / 100) as f32 * 130.0,
        };
        board.notes.push(note);
    }
    session.next_id = next;
    session
}

#[test]
fn putting_a_few_notes_in_a_theme_keeps_only_those_notes_for_undo() {
    let mut session = big_board(5_000);
    let board = session.boards[0].id;
    let theme = session.boards[0].themes[0].id;
    let few: Vec<NoteId> = session.boards[0].notes[100..103]
        .iter()
        .map(|n| n.id)
        .collect();
    let inverse = apply(
        &mut session,
        Command::Board(BoardCommand::AssignToTheme {
            board,
            notes: few,
            theme: Some(theme),
        }),
    )
    .unwrap();
    // A copy of the whole board would be hundreds of kilobytes.
    assert!(inverse.weight() < 4_096, "{} bytes", inverse.weight());
}

#[test]
fn undo_memory_stays_within_its_budget_on_a_long_meeting_with_a_big_board() {
    let mut session = big_board(5_000);
    let board = session.boards[0].id;
    let themes: Vec<ThemeId> = session.boards[0].themes.iter().map(|t| t.id).collect();
    let all: Vec<NoteId> = session.boards[0].notes.iter().map(|n| n.id).collect();
    let mut history = History::default();
    for i in 0..400 {
        history
            .apply(
                &mut session,
                Command::Board(BoardCommand::AssignToTheme {
                    board,
                    notes: all.clone(),
                    theme: Some(themes[i % themes.len()]),
                }),
            )
            .unwrap();
        assert!(
            history.weight() <= MEMORY_LIMIT,
            "step {i}: {}",
            history.weight()
        );
    }
    // Hundreds of steps still fit; only the oldest were let go.
    assert!(
        history.undo_len() > 250,
        "{} steps kept",
        history.undo_len()
    );
    history.undo(&mut session).unwrap();
    let expected = Some(themes[398 % themes.len()]);
    assert!(session.boards[0].notes.iter().all(|n| n.theme == expected));
}
