//! The command line: what it understands, what it refuses, and that `summary -o` never
//! destroys a session, whatever name it is given.

use std::path::{Path, PathBuf};
use std::process::Command;

use stepping_stones::cli::{self, Invocation, Start, SummaryArgs, SummaryError, UsageError};
use stepping_stones::export::Names;
use stepping_stones::text;

/// A folder holding one session, `group.ron`.
fn folder_with_session() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("group.ron");
    std::fs::write(&file, stepping_stones::app::EXAMPLE_SESSION).unwrap();
    (dir, file)
}

fn summary_to(file: &Path, output: &Path, force: bool) -> SummaryArgs {
    SummaryArgs {
        file: file.to_owned(),
        names: Names::Show,
        output: Some(output.to_owned()),
        force,
    }
}

/// Runs the summary into `output` and checks it was refused, leaving `output` as it was.
fn refused(file: &Path, output: &Path, force: bool) -> SummaryError {
    let before = std::fs::read(output).ok();
    let err = cli::summarise(&summary_to(file, output, force), &mut Vec::new()).unwrap_err();
    assert_eq!(
        std::fs::read(output).ok(),
        before,
        "{} was changed",
        output.display()
    );
    err
}

#[test]
fn the_real_program_never_writes_a_summary_over_its_session() {
    let (_dir, file) = folder_with_session();
    let before = std::fs::read(&file).unwrap();
    let run = Command::new(env!("CARGO_BIN_EXE_stepping-stones"))
        .args([
            "summary".as_ref(),
            file.as_os_str(),
            "-o".as_ref(),
            file.as_os_str(),
        ])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert!(!run.status.success(), "the refusal ends with an error code");
    assert_eq!(
        std::fs::read(&file).unwrap(),
        before,
        "the session is untouched"
    );
    let said = String::from_utf8_lossy(&run.stderr);
    assert!(said.contains("is the session file itself"), "{said}");
}

#[test]
fn the_session_itself_is_refused_by_any_name() {
    let (dir, file) = folder_with_session();
    let dotted = dir.path().join(".").join("group.ron");
    let roundabout = dir.path().join("sub").join("..").join("group.ron");
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    for name in [&file, &dotted, &roundabout] {
        for force in [false, true] {
            let err = refused(&file, name, force);
            assert!(
                matches!(err, SummaryError::OutputIsInput { .. }),
                "{}: {err:?}",
                name.display()
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn the_session_is_refused_through_a_link_even_with_a_summary_name() {
    let (dir, file) = folder_with_session();
    let soft = dir.path().join("soft-link.md");
    std::os::unix::fs::symlink(&file, &soft).unwrap();
    let hard = dir.path().join("hard-link.md");
    std::fs::hard_link(&file, &hard).unwrap();
    for name in [&soft, &hard] {
        let err = refused(&file, name, true);
        assert!(matches!(err, SummaryError::OutputIsInput { .. }), "{err:?}");
    }
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        stepping_stones::app::EXAMPLE_SESSION
    );
}

#[test]
fn another_session_file_is_never_replaced_even_with_force() {
    let (dir, file) = folder_with_session();
    let other = dir.path().join("other-group.ron");
    std::fs::write(&other, stepping_stones::app::EXAMPLE_SESSION).unwrap();
    // Named like a summary, but holding a session.
    let disguised = dir.path().join("notes.txt");
    std::fs::write(&disguised, stepping_stones::app::EXAMPLE_SESSION).unwrap();
    let backup = dir.path().join("group.ron.bak");
    std::fs::write(&backup, "whatever is in it").unwrap();
    // Not there yet, but a summary must not take a session's name.
    let new_session_name = dir.path().join("NEW.RON");
    for name in [&other, &disguised, &backup, &new_session_name] {
        let err = refused(&file, name, true);
        assert!(
            matches!(err, SummaryError::OutputIsSession { .. }),
            "{}: {err:?}",
            name.display()
        );
        assert!(err.to_string().contains("never goes into a session file"));
    }
    assert!(!new_session_name.exists());
}

#[test]
fn an_existing_file_is_replaced_only_with_force() {
    let (dir, file) = folder_with_session();
    let out = dir.path().join("summary.md");
    std::fs::write(&out, "last week's summary").unwrap();
    let err = refused(&file, &out, false);
    assert!(matches!(err, SummaryError::OutputExists { .. }), "{err:?}");
    assert!(err.to_string().contains("--force"), "{err}");
    cli::summarise(&summary_to(&file, &out, true), &mut Vec::new()).unwrap();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Being heard")
    );
    // Written in one step: no half-written or temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn a_new_file_is_written_and_without_o_the_summary_is_printed() {
    let (dir, file) = folder_with_session();
    let out = dir.path().join("summary.md");
    cli::summarise(&summary_to(&file, &out, false), &mut Vec::new()).unwrap();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Being heard")
    );
    let mut printed = Vec::new();
    let args = SummaryArgs {
        file: file.clone(),
        names: Names::Hide,
        output: None,
        force: false,
    };
    cli::summarise(&args, &mut printed).unwrap();
    let printed = String::from_utf8(printed).unwrap();
    assert!(printed.starts_with("# Being heard"));
    assert!(!printed.contains("Priya"));
}

fn parse(args: &[&str]) -> Result<Invocation, UsageError> {
    cli::parse(args.iter().copied())
}

#[test]
fn the_command_line_is_read_into_what_it_asks_for() {
    assert_eq!(parse(&[]), Ok(Invocation::Open { file: None }));
    assert_eq!(
        parse(&["our group.ron"]),
        Ok(Invocation::Open {
            file: Some("our group.ron".into())
        })
    );
    assert_eq!(parse(&["--help"]), Ok(Invocation::Help));
    assert_eq!(parse(&["-V"]), Ok(Invocation::Version));
    assert_eq!(parse(&["summary", "-h"]), Ok(Invocation::Help));
    assert_eq!(
        parse(&["summary", "g.ron", "--no-names", "-o", "s.md", "--force"]),
        Ok(Invocation::Summary(SummaryArgs {
            file: "g.ron".into(),
            names: Names::Hide,
            output: Some("s.md".into()),
            force: true,
        }))
    );
    assert_eq!(
        parse(&["summary", "--output=s.md", "g.ron"]),
        Ok(Invocation::Summary(SummaryArgs {
            file: "g.ron".into(),
            names: Names::Show,
            output: Some("s.md".into()),
            force: false,
        }))
    );
}

#[test]
fn mistakes_on_the_command_line_are_refused() {
    let unknown = |o: &str| Err(UsageError::UnknownOption(o.to_owned()));
    assert_eq!(
        parse(&["summary", "g.ron", "--no-name"]),
        unknown("--no-name")
    );
    assert_eq!(parse(&["--fullscreen"]), unknown("--fullscreen"));
    assert_eq!(parse(&["-x", "g.ron"]), unknown("-x"));
    assert_eq!(
        parse(&["summary", "g.ron", "-o"]),
        Err(UsageError::NeedsValue("-o".to_owned()))
    );
    assert_eq!(
        parse(&["summary", "g.ron", "-o", "--no-names"]),
        Err(UsageError::NeedsValue("-o".to_owned()))
    );
    assert_eq!(
        parse(&["summary", "g.ron", "--force=yes", "-o", "s.md"]),
        Err(UsageError::TakesNoValue("--force".to_owned()))
    );
    assert_eq!(
        parse(&["summary", "g.ron", "h.ron"]),
        Err(UsageError::OneSessionOnly)
    );
    assert_eq!(parse(&["a.ron", "b.ron"]), Err(UsageError::OneSessionOnly));
    assert_eq!(parse(&["summary"]), Err(UsageError::NoSession));
    assert_eq!(
        parse(&["summary", "g.ron", "--force"]),
        Err(UsageError::ForceWithoutOutput)
    );
}

#[test]
fn a_mistake_is_shown_with_the_usage_and_ends_with_an_error_code() {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let start = cli::start(["summary", "g.ron", "--no-name"], &mut out, &mut err);
    assert_eq!(start, Start::Exit(cli::USAGE_MISTAKE));
    let said = String::from_utf8(err).unwrap();
    assert!(said.contains("“--no-name”"), "{said}");
    assert!(said.contains(text::cli::USAGE), "{said}");
    assert!(out.is_empty());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        cli::start(["--version"], &mut out, &mut err),
        Start::Exit(0)
    );
    assert!(
        String::from_utf8(out)
            .unwrap()
            .contains(env!("CARGO_PKG_VERSION"))
    );
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        cli::start(["g.ron"], &mut out, &mut err),
        Start::Window(Some("g.ron".into()))
    );
}
