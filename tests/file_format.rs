//! The session file: round trips, old formats, hostile input and saves that fail.

mod common;

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use stepping_stones::file::{self, LoadError, SaveError};
use stepping_stones::model::*;

fn example() -> Session {
    file::from_text(stepping_stones::app::EXAMPLE_SESSION).unwrap()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_format_1_fixture_keeps_loading() {
    let s = file::load(&common::fixture_v1()).unwrap();
    assert_eq!(s.title, "Being heard");
    assert_eq!(s.group, "Riverside Voices");
    assert_eq!(s.participants.len(), 5);
    assert_eq!(s.meetings.len(), 2);
    assert_eq!(s.boards[0].themes.len(), 3);
    assert!(s.ladder.placements.len() >= 10);
    assert_eq!(s.river.phases.len(), 6);
    assert!(!s.river.notes.is_empty());
}

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    fs::read_to_string(path).unwrap()
}

/// Format 1 has its own types, so a change to the model can't change what is written: the
/// example session is saved byte for byte as format 1 always wrote it.
#[test]
fn format_1_is_written_byte_for_byte_as_it_always_was() {
    let written = file::to_text(&example()).unwrap();
    assert_eq!(written, fixture("example-v1-written.ron"));
    assert_eq!(file::from_text(&written).unwrap(), example());
}

/// The same for a recovery snapshot, which holds the session in format 1 too.
#[test]
fn format_1_snapshots_are_written_as_they_always_were() {
    let snapshot = file::Snapshot {
        written_at: 1_760_000_000,
        origin: Some("/home/sam/Being heard.ron".into()),
        origin_stamp: None,
        session: example(),
    };
    let written = file::snapshot_to_text(&snapshot).unwrap();
    assert_eq!(written, fixture("example-snapshot-v1-written.ron"));
    assert_eq!(file::snapshot_from_text(&written).unwrap(), snapshot);
}

#[test]
fn the_example_session_is_realistic() {
    let s = example();
    assert!(s.participants.len() >= 3);
    assert_eq!(s.meetings.len(), 2);
    let board = &s.boards[0];
    assert!(board.notes.iter().any(|n| n.theme.is_some()));
    assert!(!board.votes.is_empty());
    let meetings: std::collections::HashSet<_> =
        s.ladder.placements.iter().map(|p| p.meeting).collect();
    assert_eq!(meetings.len(), 2, "placements at both meetings, to compare");
    assert!(!s.river.notes.is_empty());
}

#[test]
fn save_then_load_gives_the_same_session_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("group.ron");
    let mut s = example();
    file::save(&path, &s).unwrap();
    assert_eq!(file::load(&path).unwrap(), s);
    assert!(
        !file::backup_path(&path).exists(),
        "no backup when there was nothing before"
    );
    let first = fs::read(&path).unwrap();
    s.title = "Second save".into();
    file::save(&path, &s).unwrap();
    assert_eq!(fs::read(file::backup_path(&path)).unwrap(), first);
    assert_eq!(file::load(&path).unwrap().title, "Second save");
    assert_eq!(
        files_in(dir.path()),
        ["group.ron", "group.ron.bak"],
        "no temporary files left"
    );
    let text = fs::read_to_string(&path).unwrap();
    assert!(
        text.trim_start().starts_with("(\n    format_version: 1,"),
        "pretty, version first"
    );
}

fn check_refused(bytes: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    fs::write(&path, bytes).unwrap();
    let started = Instant::now();
    let err = file::load(&path).expect_err("bad input must be refused");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "refused quickly"
    );
    assert_eq!(fs::read(&path).unwrap(), bytes, "the file is left alone");
    assert!(!err.to_string().is_empty());
    err
}

#[test]
fn a_file_from_a_newer_version_is_refused_naming_both_versions() {
    let text =
        stepping_stones::app::EXAMPLE_SESSION.replace("format_version: 1", "format_version: 7");
    let err = check_refused(text.as_bytes());
    assert!(matches!(
        err,
        LoadError::NewerVersion {
            found: 7,
            supported: 1
        }
    ));
    let message = err.to_string();
    assert!(message.contains('7') && message.contains('1'), "{message}");
    // Even when the newer format uses things this version can't parse.
    let err = check_refused(b"(format_version: 3, session: #[new_thing] {{}})");
    assert!(
        matches!(err, LoadError::NewerVersion { found: 3, .. }),
        "{err}"
    );
}

/// The example session with its version written another way.
fn with_version(written: &str) -> String {
    stepping_stones::app::EXAMPLE_SESSION
        .replace("format_version: 1", &format!("format_version: {written}"))
}

#[test]
fn the_version_is_read_however_ron_writes_the_number() {
    for one in ["0x1", "0b1", "0o1", "+1", "0x01", "1 "] {
        let session = file::from_text(&with_version(one));
        assert_eq!(
            session.map(|s| s.title).ok().as_deref(),
            Some("Being heard"),
            "{one}"
        );
    }
    let ten = file::from_text(&with_version("1_0")).unwrap_err();
    assert!(
        matches!(ten, LoadError::NewerVersion { found: 10, .. }),
        "1_0 is ten: {ten}"
    );
    // A comment before it, naming another version, is not the version.
    let commented = format!(
        "// format_version: 7\n{}",
        stepping_stones::app::EXAMPLE_SESSION
    );
    assert_eq!(file::from_text(&commented).unwrap().title, "Being heard");
    // Not a whole number: refused, never read as the digits in front.
    assert!(file::from_text(&with_version("1.5")).is_err());
}

#[test]
fn sizes_are_said_in_megabytes_as_a_file_manager_counts_them() {
    let megabyte = 1024 * 1024;
    let message = LoadError::TooLarge {
        size: 80 * megabyte,
        limit: file::MAX_FILE_BYTES,
    }
    .to_string();
    assert!(message.contains("This file is 80 MB"), "{message}");
    assert!(message.contains("the limit is 64 MB"), "{message}");
    let just_over = LoadError::TooLarge {
        size: file::MAX_FILE_BYTES + 1,
        limit: file::MAX_FILE_BYTES,
    }
    .to_string();
    assert!(just_over.contains("This file is 65 MB"), "{just_over}");
}

#[test]
fn broken_files_give_a_clear_error() {
    assert!(matches!(check_refused(b""), LoadError::Empty));
    assert!(matches!(check_refused(b" \n\t "), LoadError::Empty));
    assert!(matches!(
        check_refused(&[0xff, 0xfe, 0x00, 0x9c, 0x80]),
        LoadError::NotText
    ));
    assert!(matches!(
        check_refused(b"hello, this is a shopping list"),
        LoadError::NotASession { .. }
    ));
    assert!(matches!(
        check_refused(b"(title: \"no version\")"),
        LoadError::NotASession { .. }
    ));
    let nested = "[".repeat(100_000);
    check_refused(nested.as_bytes());
    let nested = format!("(format_version: 1, session: {})", "(".repeat(100_000));
    assert!(matches!(
        check_refused(nested.as_bytes()),
        LoadError::Damaged { .. }
    ));
}

#[test]
fn a_truncated_file_is_refused_wherever_it_was_cut() {
    let text = stepping_stones::app::EXAMPLE_SESSION.as_bytes();
    for cut in (1..text.len() - 3).step_by(97) {
        check_refused(&text[..cut]);
    }
}

#[test]
fn an_unknown_field_is_refused_rather_than_dropped_on_save() {
    let text = stepping_stones::app::EXAMPLE_SESSION.replacen(
        "title: \"Being heard\",",
        "title: \"Being heard\", mood: \"sunny\",",
        1,
    );
    let err = check_refused(text.as_bytes());
    assert!(err.to_string().contains("mood"), "{err}");
}

#[test]
fn a_reference_to_something_missing_is_refused() {
    let mut s = example();
    s.boards[0].notes[0].author = Some(ParticipantId(4242));
    let text = file::to_text(&s).unwrap();
    let err = check_refused(text.as_bytes());
    assert!(matches!(err, LoadError::Invalid(_)), "{err}");
    assert!(err.to_string().contains("4242"), "{err}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let f = fs::File::create(&path).unwrap();
    f.set_len(file::MAX_FILE_BYTES + 1).unwrap();
    let err = file::load(&path).unwrap_err();
    assert!(matches!(err, LoadError::TooLarge { .. }), "{err}");
    assert_eq!(fs::metadata(&path).unwrap().len(), file::MAX_FILE_BYTES + 1);
}

#[test]
fn saving_over_a_folder_fails_and_leaves_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("group.ron");
    fs::create_dir(&target).unwrap();
    fs::write(target.join("inside.txt"), "keep me").unwrap();
    let err = file::save(&target, &example()).unwrap_err();
    assert!(matches!(err, SaveError::IsFolder { .. }), "{err}");
    assert_eq!(
        fs::read_to_string(target.join("inside.txt")).unwrap(),
        "keep me"
    );
    assert_eq!(files_in(dir.path()), ["group.ron"]);
}

#[test]
fn a_failed_save_keeps_the_old_file_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    // A name so long that the temporary file beside it can't be made: even root hits that.
    let name = format!("{}.ron", "g".repeat(246));
    let path = dir.path().join(&name);
    let old = stepping_stones::app::EXAMPLE_SESSION.as_bytes();
    fs::write(&path, old).unwrap();
    let mut changed = example();
    changed.title = "Changed".into();
    let err = file::save(&path, &changed).unwrap_err();
    assert!(matches!(err, SaveError::NameTooLong), "{err:?}");
    assert_eq!(fs::read(&path).unwrap(), old);
    assert_eq!(
        files_in(dir.path()),
        [name],
        "no temporary or backup file left"
    );
}

#[test]
fn saving_into_a_folder_that_is_gone_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("usb-stick").join("group.ron");
    let err = file::save(&path, &example()).unwrap_err();
    assert!(matches!(err, SaveError::FolderMissing { .. }), "{err}");
    assert!(err.to_string().contains("usb-stick"));
    // A "folder" that is really a file.
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, "x").unwrap();
    let err = file::save(&blocker.join("group.ron"), &example()).unwrap_err();
    assert!(matches!(err, SaveError::FolderMissing { .. }), "{err}");
    assert_eq!(fs::read_to_string(&blocker).unwrap(), "x");
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{0,12}",
        any::<String>().prop_map(|s| s.chars().take(30).collect()),
        Just("quote \" backslash \\ newline \n tab \t é ł ß مرحبا 🌊".to_owned()),
    ]
}

fn colour() -> impl Strategy<Value = Colour> {
    proptest::sample::select(Colour::ALL.to_vec())
}

prop_compose! {
    fn session()(
        title in text(),
        group in text(),
        people in proptest::collection::vec((text(), colour(), proptest::sample::select(Symbol::ALL.to_vec())), 0..5),
        notes in proptest::collection::vec((text(), -1e6f32..1e6, -1e6f32..1e6, any::<bool>(), any::<bool>(), colour()), 0..30),
        theme_names in proptest::collection::vec(text(), 0..4),
        reasons in proptest::collection::vec((text(), 0usize..6, 0u8..3, any::<bool>()), 0..10),
        river in proptest::collection::vec((text(), 0usize..6, 0usize..5), 0..10),
        days in proptest::collection::vec(0i64..40_000, 0..4),
    ) -> Session {
        let mut s = Session::new();
        s.title = title;
        s.group = group;
        for (name, colour, symbol) in people {
            let id = s.allocate().unwrap();
            s.participants.push(Participant { id, name, colour, symbol });
        }
        let ids: Vec<ParticipantId> = s.participants.iter().map(|p| p.id).collect();
        for day in days {
            let id = s.allocate().unwrap();
            s.meetings.push(Meeting { id, date: Date::from_days_since_epoch(day), title: "m".into(), attended: ids.clone(), notes: String::new() });
            s.current_meeting = Some(id);
        }
        let themes: Vec<Theme> = theme_names.into_iter().map(|name| Theme { id: s.allocate().unwrap(), name, colour: Colour::Blue, area: Area { x: 1.5, y: -2.0, width: 300.0, height: 200.0 } }).collect();
        for (i, (text, x, y, hidden, anonymous, colour)) in notes.into_iter().enumerate() {
            let id = s.allocate().unwrap();
            let author = if anonymous || ids.is_empty() { None } else { Some(ids[i % ids.len()]) };
            let theme = if themes.is_empty() { None } else { themes.get(i % (themes.len() + 1)).map(|t| t.id) };
            s.boards[0].notes.push(Note { id, text, position: Point { x, y }, author, colour, theme, hidden });
        }
        s.boards[0].themes = themes;
        if let (Some(voter), Some(note)) = (ids.first(), s.boards[0].notes.first()) {
            let target = VoteTarget::Note(note.id);
            s.boards[0].votes.push(Vote { voter: *voter, target });
        }
        for (reason, rung, kind, agreed) in reasons {
            let id = s.allocate().unwrap();
            let rung = s.ladder.rungs[rung].id;
            s.ladder.placements.push(Placement { id, subject: Subject::Organisation, kind: PlacementKind::ALL[kind as usize], rung, by: ids.first().copied().filter(|_| !agreed), agreed, meeting: s.current_meeting, reason, hidden: false });
        }
        for (text, phase, question) in river {
            let id = s.allocate().unwrap();
            let phase = s.river.phases[phase].id;
            s.river.notes.push(RiverNote { id, phase, question: Question::ALL[question], text, author: None, colour: Colour::Yellow });
        }
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_session_survives_a_save_and_load(s in session()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.ron");
        file::save(&path, &s).unwrap();
        let loaded = file::load(&path).unwrap();
        prop_assert_eq!(loaded, s);
    }
}

#[test]
fn an_absurdly_long_text_is_refused_with_a_message() {
    let long = "a".repeat(200_000);
    let text = stepping_stones::app::EXAMPLE_SESSION.replacen(
        "\"Being heard\"",
        &format!("\"{long}\""),
        1,
    );
    let err = check_refused(text.as_bytes());
    assert!(matches!(err, LoadError::Invalid(_)), "{err}");
    assert!(err.to_string().contains("200000 letters"), "{err}");
}

#[test]
fn an_unknown_kind_of_thing_is_named_in_the_message() {
    let text =
        stepping_stones::app::EXAMPLE_SESSION.replacen("colour: Yellow", "colour: Turquoise", 1);
    let err = check_refused(text.as_bytes());
    assert!(err.to_string().contains("Turquoise"), "{err}");
}

/// Small changes to a real file, of the kinds a broken disk or a careless edit makes.
fn mutated(base: &[u8], edits: &[(usize, u8, u8)]) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for &(at, kind, byte) in edits {
        if bytes.is_empty() {
            break;
        }
        let at = at % bytes.len();
        match kind % 4 {
            0 => bytes[at] = byte,
            1 => {
                bytes.remove(at);
            }
            2 => bytes.insert(at, byte),
            _ => bytes.truncate(at),
        }
    }
    bytes
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_crash_the_loader(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let started = Instant::now();
        let _ = file::from_bytes(&bytes);
        prop_assert!(started.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn damaged_real_files_never_crash_the_loader(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..8)
    ) {
        let bytes = mutated(stepping_stones::app::EXAMPLE_SESSION.as_bytes(), &edits);
        let started = Instant::now();
        if let Ok(session) = file::from_bytes(&bytes) {
            // Whatever loads must hold together well enough to save again.
            prop_assert!(file::to_text(&session).is_ok());
        }
        prop_assert!(started.elapsed() < Duration::from_secs(2));
    }
}

#[test]
fn an_absurd_number_of_things_is_refused_with_a_message() {
    let mut s = Session::new();
    let id = s.allocate().unwrap();
    s.participants.push(Participant {
        id,
        name: "A".into(),
        colour: Colour::Blue,
        symbol: Symbol::Star,
    });
    let meeting = s.allocate().unwrap();
    s.meetings.push(Meeting {
        id: meeting,
        date: Date::new(2026, 1, 1).unwrap(),
        title: String::new(),
        attended: vec![id; 1_000_001],
        notes: String::new(),
    });
    let err = s.validate_and_repair().unwrap_err();
    assert!(
        err.to_string().contains("far more than any group makes"),
        "{err}"
    );
}
