//! The command line: `stepping-stones [FILE]`, `--help`, `--version`, and
//! `stepping-stones summary FILE [--no-names] [-o OUT [--force]]`, which writes a summary
//! without opening a window.
//!
//! A summary never destroys a session: it is never written over the session it summarises,
//! nor over any other session file, nor over any existing file unless `--force` is given,
//! and it is written atomically.

use std::ffi::OsString;
use std::io::{Read as _, Write};
use std::path::{Path, PathBuf};

use lexopt::Arg;

use crate::export::Names;
use crate::file::{LoadError, SaveError};
use crate::text::cli as words;

/// The exit code for a mistake in what was typed.
pub const USAGE_MISTAKE: i32 = 2;
/// The exit code when the summary was refused or could not be made.
pub const NOT_DONE: i32 = 1;

/// What the command line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invocation {
    /// Open the window, with this session file if one was named.
    Open { file: Option<PathBuf> },
    /// Show how to use the command line.
    Help,
    /// Say which version this is.
    Version,
    /// Write a summary without opening a window.
    Summary(SummaryArgs),
}

/// What `stepping-stones summary` was asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryArgs {
    /// The session to summarise.
    pub file: PathBuf,
    /// Whether people's names go in.
    pub names: Names,
    /// Where to write it; `None` prints it.
    pub output: Option<PathBuf>,
    /// Whether an existing file (never a session file) may be replaced.
    pub force: bool,
}

/// A mistake in what was typed. Shown with the usage.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UsageError {
    #[error("{}", words::unknown_option(.0))]
    UnknownOption(String),
    #[error("{}", words::needs_value(.0))]
    NeedsValue(String),
    #[error("{}", words::takes_no_value(.0))]
    TakesNoValue(String),
    #[error("{}", words::ONE_SESSION_ONLY)]
    OneSessionOnly,
    #[error("{}", words::WHICH_SESSION)]
    NoSession,
    #[error("{}", words::FORCE_NEEDS_OUTPUT)]
    ForceWithoutOutput,
    #[error("{}", words::UNCLEAR)]
    Unclear,
}

impl From<lexopt::Error> for UsageError {
    fn from(err: lexopt::Error) -> Self {
        // lexopt's own words are not shown: each case gets the app's.
        match err {
            lexopt::Error::MissingValue { option } => {
                UsageError::NeedsValue(option.unwrap_or_default())
            }
            lexopt::Error::UnexpectedValue { option, .. } => UsageError::TakesNoValue(option),
            lexopt::Error::UnexpectedOption(option) => UsageError::UnknownOption(option),
            lexopt::Error::UnexpectedArgument(_) => UsageError::OneSessionOnly,
            _ => UsageError::Unclear,
        }
    }
}

/// Why a summary was not written. The session file is left exactly as it was.
#[derive(Debug, thiserror::Error)]
pub enum SummaryError {
    #[error("{}", words::output_is_the_session(output))]
    OutputIsInput { output: PathBuf },
    #[error("{}", words::output_is_a_session(output))]
    OutputIsSession { output: PathBuf },
    #[error("{}", words::output_exists(output))]
    OutputExists { output: PathBuf },
    #[error("{}", words::session_unreadable(input, source))]
    Load {
        input: PathBuf,
        #[source]
        source: LoadError,
    },
    #[error("{}", words::not_written(output, source))]
    Write {
        output: PathBuf,
        #[source]
        source: SaveError,
    },
    #[error("{}", words::not_printed(.0))]
    Print(#[source] std::io::Error),
}

/// Reads the command line (without the program's own name).
pub fn parse<I>(args: I) -> Result<Invocation, UsageError>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    let mut parser = lexopt::Parser::from_args(args);
    let mut file: Option<PathBuf> = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Arg::Short('h') | Arg::Long("help") => return Ok(Invocation::Help),
            Arg::Short('V') | Arg::Long("version") => return Ok(Invocation::Version),
            Arg::Value(value) if file.is_none() && value == "summary" => {
                return parse_summary(parser);
            }
            Arg::Value(value) if file.is_none() => file = Some(value.into()),
            Arg::Value(_) => return Err(UsageError::OneSessionOnly),
            Arg::Short(letter) => return Err(UsageError::UnknownOption(format!("-{letter}"))),
            Arg::Long(name) => return Err(UsageError::UnknownOption(format!("--{name}"))),
        }
    }
    Ok(Invocation::Open { file })
}

/// The rest of a command line after `summary`.
fn parse_summary(mut parser: lexopt::Parser) -> Result<Invocation, UsageError> {
    let mut file: Option<PathBuf> = None;
    let mut output = None;
    let mut names = Names::Show;
    let mut force = false;
    while let Some(arg) = parser.next()? {
        match arg {
            Arg::Long("no-names") => names = Names::Hide,
            Arg::Long("force") => force = true,
            Arg::Short('h') | Arg::Long("help") => return Ok(Invocation::Help),
            Arg::Short('o') | Arg::Long("output") => {
                let option = if matches!(arg, Arg::Short(_)) {
                    "-o"
                } else {
                    "--output"
                };
                let value = parser.value()?;
                // `-o --no-names` is a forgotten file name, not a file called "--no-names".
                if value.to_string_lossy().starts_with('-') && value != "-" {
                    return Err(UsageError::NeedsValue(option.to_owned()));
                }
                output = Some(PathBuf::from(value));
            }
            Arg::Value(value) if file.is_none() => file = Some(value.into()),
            Arg::Value(_) => return Err(UsageError::OneSessionOnly),
            Arg::Short(letter) => return Err(UsageError::UnknownOption(format!("-{letter}"))),
            Arg::Long(name) => return Err(UsageError::UnknownOption(format!("--{name}"))),
        }
    }
    let file = file.ok_or(UsageError::NoSession)?;
    if force && output.is_none() {
        return Err(UsageError::ForceWithoutOutput);
    }
    Ok(Invocation::Summary(SummaryArgs {
        file,
        names,
        output,
        force,
    }))
}

/// What the program does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    /// Open the window, with this session if one was named.
    Window(Option<PathBuf>),
    /// The work is done (or refused): end with this exit code.
    Exit(i32),
}

/// Carries out everything the command line asks for that needs no window, writing to
/// `out` and `err` as the program would to its standard output and error.
pub fn start<I>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> Start
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    // If the terminal is gone there is nobody to tell, so failing to print is let go.
    match parse(args) {
        Ok(Invocation::Open { file }) => Start::Window(file),
        Ok(Invocation::Help) => {
            let _ = writeln!(out, "{}", words::USAGE);
            Start::Exit(0)
        }
        Ok(Invocation::Version) => {
            let _ = writeln!(out, "{}", words::version(env!("CARGO_PKG_VERSION")));
            Start::Exit(0)
        }
        Ok(Invocation::Summary(args)) => match summarise(&args, out) {
            Ok(()) => Start::Exit(0),
            Err(problem) => {
                let _ = writeln!(err, "{problem}");
                Start::Exit(NOT_DONE)
            }
        },
        Err(problem) => {
            let _ = writeln!(err, "{}", words::with_usage(&problem));
            Start::Exit(USAGE_MISTAKE)
        }
    }
}

/// Writes the summary of `args.file` to `args.output`, or to `out` when there is none.
/// Refuses, writing nothing, when the output is the session itself, any session file, or
/// an existing file without `force`.
pub fn summarise(args: &SummaryArgs, out: &mut dyn Write) -> Result<(), SummaryError> {
    use crate::export::summary::{SummaryOptions, summary};
    if let Some(output) = &args.output {
        check_output(&args.file, output, args.force)?;
    }
    let session = crate::file::load(&args.file).map_err(|source| SummaryError::Load {
        input: args.file.clone(),
        source,
    })?;
    let text = summary(
        &session,
        SummaryOptions {
            names: args.names,
            meeting: None,
        },
    );
    match &args.output {
        None => out
            .write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(SummaryError::Print),
        Some(output) => {
            crate::file::write_atomic(output, text.as_bytes(), crate::file::Backup::None).map_err(
                |source| SummaryError::Write {
                    output: output.clone(),
                    source,
                },
            )
        }
    }
}

/// Whether the summary may go to `output`.
fn check_output(input: &Path, output: &Path, force: bool) -> Result<(), SummaryError> {
    let output = output.to_owned();
    if same_file(input, &output) {
        Err(SummaryError::OutputIsInput { output })
    } else if named_like_a_session(&output) || reads_like_a_session(&output) {
        Err(SummaryError::OutputIsSession { output })
    } else if std::fs::symlink_metadata(&output).is_ok() && !force {
        // A link that leads nowhere is still something that is there.
        Err(SummaryError::OutputExists { output })
    } else {
        Ok(())
    }
}

/// Whether two paths name one file: the same after following links and `.`/`..`, or (on
/// Unix) the same file under two names, as a hard link is.
fn same_file(a: &Path, b: &Path) -> bool {
    if let (Ok(x), Ok(y)) = (std::fs::canonicalize(a), std::fs::canonicalize(b))
        && x == y
    {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt as _;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    false
}

/// Session files and their backups end in `.ron` and `.ron.bak`: a summary never takes
/// such a name, whether or not the file is there yet.
fn named_like_a_session(path: &Path) -> bool {
    let is = |path: &Path, ending: &str| {
        path.extension()
            .is_some_and(|e| e.eq_ignore_ascii_case(ending))
    };
    is(path, "ron") || (is(path, "bak") && is(&path.with_extension(""), "ron"))
}

/// How much of a file is read to see whether it is a session. The app writes
/// `format_version` on the first lines; recovery copies have it near the start too.
const SNIFF_BYTES: u64 = 4096;

/// Whether an existing file holds a session (or a recovery copy of one), whatever its name.
fn reads_like_a_session(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    if file.take(SNIFF_BYTES).read_to_end(&mut head).is_err() {
        return false;
    }
    String::from_utf8_lossy(&head).contains("format_version")
}
