//! Words of the command line: how to start the app, and the `summary` command that writes
//! a summary without opening a window.

use std::path::Path;

/// How to start the app, shown with `--help` and after a mistake in what was typed.
pub const USAGE: &str = "Usage: stepping-stones [SESSION-FILE.ron]
       stepping-stones summary SESSION-FILE.ron [--no-names] [-o SUMMARY.md [--force]]

Opens the Stepping Stones window. With a file, opens that session;
without one, shows the welcome screen.

`summary` writes a summary of the session in Markdown, without opening a
window: to the screen, or to a file with -o (or --output).
  --no-names  leaves out everyone's names.
  --force     lets -o replace a file that is already there. A session
              file is never replaced, with or without --force.

  -h, --help     shows this text.
  -V, --version  says which version this is.

Unsaved work is copied to the app's own folder (on Linux
~/.local/share/stepping-stones/recovery). Set STEPPING_STONES_DATA_DIR
to use another folder.";

#[must_use]
pub fn version(number: &str) -> String {
    format!("stepping-stones {number}")
}

/// A mistake in what was typed, followed by [`USAGE`].
#[must_use]
pub fn with_usage(problem: &dyn std::fmt::Display) -> String {
    format!("{problem}\n\n{USAGE}")
}

// Mistakes in what was typed.

#[must_use]
pub fn unknown_option(option: &str) -> String {
    format!("“{option}” is not something Stepping Stones understands.")
}

#[must_use]
pub fn needs_value(option: &str) -> String {
    if option == "-o" || option == "--output" {
        format!("{option} needs the name of the file to write the summary to.")
    } else {
        format!("{option} needs something after it.")
    }
}

#[must_use]
pub fn takes_no_value(option: &str) -> String {
    format!("{option} is used on its own, without “=” and a value after it.")
}

pub const ONE_SESSION_ONLY: &str = "Only one session file can be opened or summarised at a time.";

pub const WHICH_SESSION: &str = "Which session file should be summarised?";

pub const FORCE_NEEDS_OUTPUT: &str =
    "--force only makes sense with -o: it lets the summary replace a file that is already there.";

pub const UNCLEAR: &str = "Part of what was typed could not be understood.";

// Why a summary was not written. The session file is never touched.

#[must_use]
pub fn output_is_the_session(output: &Path) -> String {
    format!(
        "“{}” is the session file itself. The summary was not written, so the session is safe. Choose another name for the summary, such as summary.md.",
        output.display()
    )
}

#[must_use]
pub fn output_is_a_session(output: &Path) -> String {
    format!(
        "“{}” is a session file, or is named like one. A summary never goes into a session file, even with --force, so nothing was written. Choose another name for the summary, such as summary.md.",
        output.display()
    )
}

#[must_use]
pub fn output_exists(output: &Path) -> String {
    format!(
        "“{}” is already there, so it was left as it is. Choose another name, or add --force to replace it with the summary.",
        output.display()
    )
}

#[must_use]
pub fn session_unreadable(input: &Path, reason: &dyn std::fmt::Display) -> String {
    format!("{}: {reason}", input.display())
}

#[must_use]
pub fn not_written(output: &Path, reason: &dyn std::fmt::Display) -> String {
    format!(
        "The summary was not written to “{}”: {reason}",
        output.display()
    )
}

#[must_use]
pub fn not_printed(reason: &dyn std::fmt::Display) -> String {
    format!("The summary could not be shown: {reason}.")
}
