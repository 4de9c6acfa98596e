//! Sharing the group's work: the written summary (also from the command line, without a
//! window), the CSV of notes, and keeping names and face-down notes out when asked.

use std::process::Command;

use stepping_stones::export::Names;
use stepping_stones::export::csv::notes_csv;
use stepping_stones::export::summary::{SummaryOptions, summary};
use stepping_stones::model::Session;

fn example() -> Session {
    stepping_stones::file::from_text(stepping_stones::app::EXAMPLE_SESSION).unwrap()
}

const EXPECTED: &str = include_str!("fixtures/example-summary.md");

#[test]
fn the_summary_of_the_example_matches_the_reviewed_one() {
    let text = summary(
        &example(),
        SummaryOptions {
            names: Names::Show,
            meeting: None,
        },
    );
    assert_eq!(text, EXPECTED);
}

#[test]
fn without_names_the_summary_names_nobody() {
    let s = example();
    let text = summary(
        &s,
        SummaryOptions {
            names: Names::Hide,
            meeting: None,
        },
    );
    for p in &s.participants {
        let first_word = p.name.split_whitespace().next().unwrap();
        assert!(!text.contains(first_word), "{} appears", p.name);
    }
    assert!(
        text.contains("person 2, in their role"),
        "people are still there, unnamed"
    );
    assert!(text.contains("4 people came"));
}

#[test]
fn the_summary_command_works_without_a_window() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("group.ron");
    std::fs::write(&file, stepping_stones::app::EXAMPLE_SESSION).unwrap();
    let out = dir.path().join("summary.md");
    let status = Command::new(env!("CARGO_BIN_EXE_stepping-stones"))
        .args([
            "summary".as_ref(),
            file.as_os_str(),
            "--no-names".as_ref(),
            "-o".as_ref(),
            out.as_os_str(),
        ])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("# Being heard"));
    for name in ["Sam", "Priya", "Dee", "Marcus", "Jo "] {
        assert!(!text.contains(name), "{name} appears");
    }
    // To the screen, with names.
    let printed = Command::new(env!("CARGO_BIN_EXE_stepping-stones"))
        .args(["summary".as_ref(), file.as_os_str()])
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    assert!(printed.status.success());
    assert_eq!(String::from_utf8(printed.stdout).unwrap(), EXPECTED);
    // A file that can't be read says so and fails.
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "(format_version: 1, session: (").unwrap();
    let failed = Command::new(env!("CARGO_BIN_EXE_stepping-stones"))
        .args(["summary".as_ref(), broken.as_os_str()])
        .output()
        .unwrap();
    assert!(!failed.status.success());
    assert!(String::from_utf8_lossy(&failed.stderr).contains("can't be read"));
}

#[test]
fn face_down_notes_stay_out_of_every_export() {
    let mut s = example();
    s.boards[0].notes[0].hidden = true;
    let secret = s.boards[0].notes[0].text.clone();
    let text = summary(
        &s,
        SummaryOptions {
            names: Names::Show,
            meeting: None,
        },
    );
    assert!(
        !text.contains(&format!("- {secret}")),
        "a face-down note was shown"
    );
    assert!(text.contains("1 note is still face down and is not shown."));
    assert!(!notes_csv(&s, Names::Show).unwrap().contains(&secret));
}

#[test]
fn the_csv_reads_back_as_the_notes() {
    let mut s = example();
    // Awkward text: commas, quotes, a line break, and what a spreadsheet would run.
    s.boards[0].notes[0].text = "Heard, \"really\"\nheard".to_owned();
    s.boards[0].notes[1].text = "=1+1".to_owned();
    let csv = notes_csv(&s, Names::Show).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["board", "theme", "text", "votes", "author"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let notes: Vec<_> = s
        .boards
        .iter()
        .flat_map(|b| b.notes.iter().map(move |n| (b, n)))
        .collect();
    assert_eq!(rows.len(), notes.len());
    for (row, (board, note)) in rows.iter().zip(&notes) {
        assert_eq!(&row[0], board.topic);
        let theme = note
            .theme
            .and_then(|t| board.theme(t))
            .map_or("", |t| t.name.as_str());
        assert_eq!(&row[1], theme);
        let expected = if note.text.starts_with('=') {
            format!("'{}", note.text)
        } else {
            note.text.clone()
        };
        assert_eq!(&row[2], expected);
        let votes: usize = row[3].parse().unwrap();
        assert_eq!(
            votes,
            board.votes_for(stepping_stones::model::VoteTarget::Note(note.id))
        );
        let author = note
            .author
            .and_then(|a| s.participant(a))
            .map_or("", |p| p.name.as_str());
        assert_eq!(&row[4], author);
    }
    let unnamed = notes_csv(&s, Names::Hide).unwrap();
    let mut reader = csv::Reader::from_reader(unnamed.as_bytes());
    assert!(
        reader
            .records()
            .map(Result::unwrap)
            .all(|r| r[4].is_empty()),
        "no authors without names"
    );
}

#[test]
fn a_summary_of_one_meeting_shows_its_ladder() {
    let s = example();
    let first = s.meetings[0].id;
    let text = summary(
        &s,
        SummaryOptions {
            names: Names::Show,
            meeting: Some(first),
        },
    );
    assert!(text.contains("At the meeting of 2026-09-10"));
    assert!(text.contains("- 2026-09-10"));
    assert!(
        !text.contains("- 2026-10-08"),
        "only that meeting is listed"
    );
    assert!(
        !text.contains("### Since"),
        "nothing came before the first meeting"
    );
    let second = summary(
        &s,
        SummaryOptions {
            names: Names::Show,
            meeting: Some(s.meetings[1].id),
        },
    );
    assert!(second.contains("### Since 2026-09-10"));
}

/// Control characters that must never reach a file or a terminal: ESC (which starts the
/// terminal's colour and title codes), NUL, BEL, and C1's CSI.
const CONTROLS: &str = "Safe\u{1b}[31m red\u{0}\u{7}\r\nnext\u{9b}line\ttab\u{2028}end";

fn has_stray_control(text: &str) -> bool {
    text.replace("\r\n", "\n")
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
}

#[test]
fn control_characters_never_reach_the_summary() {
    let mut s = example();
    s.title = format!("Title{CONTROLS}");
    s.boards[0].notes[0].text = CONTROLS.to_owned();
    s.participants[0].name = "Sam\u{1b}]0;gotcha\u{7}".to_owned();
    let text = summary(
        &s,
        SummaryOptions {
            names: Names::Show,
            meeting: None,
        },
    );
    assert!(!has_stray_control(&text), "{text:?}");
    assert!(
        text.contains(r"Safe\[31m red nextline tab end"),
        "the words stay: {text}"
    );
}

#[test]
fn control_characters_never_reach_the_csv_and_line_breaks_stay() {
    let mut s = example();
    s.boards[0].notes[0].text = CONTROLS.to_owned();
    s.boards[0].topic = "Topic\u{1b}".to_owned();
    let csv = notes_csv(&s, Names::Show).unwrap();
    assert!(!has_stray_control(&csv), "{csv:?}");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(&first[0], "Topic");
    assert_eq!(&first[2], "Safe[31m red\nnextline\ttab\nend");
}

#[test]
fn the_csv_keeps_commas_quotes_and_line_breaks_and_defuses_formulas() {
    let mut s = example();
    let texts = [
        "He said \"no\", then left",
        "two\nlines, one note",
        "=HYPERLINK(\"http://x\")",
        "@SUM(A1)",
        "\t-1",
        "plain",
    ];
    for (note, text) in s.boards[0].notes.iter_mut().zip(texts) {
        note.text = text.to_owned();
    }
    let csv = notes_csv(&s, Names::Show).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let read: Vec<String> = reader
        .records()
        .take(texts.len())
        .map(|r| r.unwrap()[2].to_owned())
        .collect();
    assert_eq!(
        read,
        [
            "He said \"no\", then left",
            "two\nlines, one note",
            "'=HYPERLINK(\"http://x\")",
            "'@SUM(A1)",
            "'\t-1",
            "plain",
        ]
    );
}
