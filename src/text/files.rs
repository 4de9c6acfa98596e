//! Words about files: opening and saving sessions, the file chooser, and the copies of
//! unsaved work kept safe in case the computer stops.

use std::path::Path;

// Why a session file could not be opened. The file itself is never changed.

#[must_use]
pub fn not_found(path: &Path) -> String {
    format!(
        "“{}” can't be found. It may have been moved, renamed or deleted. Choose {} to look for it.",
        path.display(),
        super::menu::OPEN
    )
}

#[must_use]
pub fn open_is_folder(path: &Path) -> String {
    format!(
        "“{}” is a folder, not a session file. Choose a session file inside it.",
        path.display()
    )
}

#[must_use]
pub fn not_a_file(path: &Path) -> String {
    format!(
        "“{}” is not an ordinary file (it may be a device, or a link between two programs), so it was not read. Choose a file saved on a disk.",
        path.display()
    )
}

#[must_use]
pub fn no_permission(path: &Path) -> String {
    format!(
        "Stepping Stones isn't allowed to read “{}”. Copy it to a folder of your own, such as Documents, and open it from there.",
        path.display()
    )
}

#[must_use]
/// `reason` is the computer's own words for what went wrong.
pub fn could_not_read(path: &Path, reason: &dyn std::fmt::Display) -> String {
    format!(
        "“{}” couldn't be read: {reason}. If it is on a USB stick or a network drive, check that it is still there, then try again.",
        path.display()
    )
}

#[must_use]
pub fn too_large(megabytes: u64, limit_megabytes: u64) -> String {
    format!(
        "This file is {megabytes} MB, which is too big to be a session file (the limit is {limit_megabytes} MB), so it was not opened. Check that you chose the right file."
    )
}

pub const EMPTY_FILE: &str =
    "This file is empty, so there is nothing to open. Check that you chose the right file.";

pub const NOT_TEXT: &str = "This file is not a Stepping Stones session: it is not plain text. Check that you chose the right file.";

#[must_use]
pub fn not_a_session(detail: &str) -> String {
    format!(
        "This file is not a Stepping Stones session ({detail}). Check that you chose the right file."
    )
}

#[must_use]
pub fn newer_version(found: u32, supported: u32) -> String {
    format!(
        "This file was made by a newer Stepping Stones (file format {found}). This copy can open formats up to {supported}. Please update Stepping Stones to open it. The file has not been changed."
    )
}

#[must_use]
/// The file before the last save is kept beside it, with `.bak` added to its name.
pub fn damaged(detail: &str) -> String {
    format!(
        "Part of this file can't be read: {detail}. It was not opened, and it has not been changed. The version before the last save may still be beside it, with “.bak” at the end of its name."
    )
}

#[must_use]
pub fn invalid(detail: &dyn std::fmt::Display) -> String {
    format!(
        "Something in this file doesn't fit together: {detail}. It was not opened, and it has not been changed."
    )
}

// Why a save did not happen. The old file, if there was one, is still whole.

#[must_use]
pub fn folder_missing(folder: &Path) -> String {
    format!(
        "The folder “{}” can't be found. If it was on a USB stick or a network drive, it may have been removed.",
        folder.display()
    )
}

#[must_use]
pub fn save_is_folder(path: &Path) -> String {
    format!(
        "“{}” is a folder, so a session can't be saved with that name. Choose another name.",
        path.display()
    )
}

pub const NOT_ALLOWED: &str =
    "This place can't be written to: it may be read-only, or belong to someone else.";

pub const DISK_FULL: &str = "The disk is full. Make some room, or save to another disk.";

pub const NAME_TOO_LONG: &str = "The file name is too long. Choose a shorter name.";

#[must_use]
/// `reason` is the computer's own words for what went wrong.
pub fn write_failed(reason: &dyn std::fmt::Display) -> String {
    format!("Writing the file went wrong: {reason}.")
}

#[must_use]
pub fn could_not_encode(detail: &str) -> String {
    format!("The session couldn't be turned into a file: {detail}.")
}

#[must_use]
pub fn would_not_read_back(detail: &str) -> String {
    format!(
        "The session was not saved, because the file would not open again as it is now: {detail} The old file has not been changed. Please use Save as to keep a copy, and tell whoever looks after Stepping Stones."
    )
}

pub const READS_BACK_DIFFERENT: &str = "it would open with something different in it.";

pub const READ_BACK_DIFFERS: &str =
    "what was read back from the disk was not what was written; the disk may be failing";

// The file chooser.

pub const PICK_OPEN_TITLE: &str = "Open a session";
pub const KIND_SESSION: &str = "Stepping Stones session";
pub const KIND_ANY: &str = "Any file";
pub const PICK_SAVE_SUMMARY: &str = "Save a summary";
pub const KIND_SUMMARY: &str = "Summary (Markdown)";
pub const PICK_SAVE_CSV: &str = "Save the notes for a spreadsheet";
pub const KIND_CSV: &str = "Spreadsheet (CSV)";
pub const PICK_SAVE_PICTURE: &str = "Save a picture";
pub const KIND_PICTURE: &str = "Picture (PNG)";
pub const PICK_SAVE_SESSION: &str = "Save the session";
/// The name a session file is offered under when the session has no title.
pub const UNTITLED_FILE: &str = "session";

// The endings of the names offered for what is saved for sharing, after the session's own
// name: "being-heard-summary.md".

pub const ENDING_MEETING_SUMMARY: &str = "meeting-summary.md";
pub const ENDING_SUMMARY: &str = "summary.md";
pub const ENDING_NOTES: &str = "notes.csv";
pub const ENDING_THEME_PICTURE: &str = "theme.png";
pub const ENDING_BOARD_PICTURE: &str = "board.png";
pub const ENDING_LADDER_PICTURE: &str = "ladder.png";
pub const ENDING_PHASE_PICTURE: &str = "phase.png";
pub const ENDING_RIVER_PICTURE: &str = "river.png";

// Keeping unsaved work safe.

#[must_use]
/// Copies of unsaved work can't be kept at all: `folder` can't be written to.
pub fn cannot_keep_safe(folder: &Path, reason: &dyn std::fmt::Display) -> String {
    format!(
        "Unsaved work can't be copied to safety, because {} can't be written to ({reason}). Save often.",
        folder.display()
    )
}

#[must_use]
/// One copy of unsaved work could not be written.
pub fn copy_failed(reason: &dyn std::fmt::Display) -> String {
    format!("Unsaved work could not be copied to safety: {reason} Save soon.")
}

/// Copies of unsaved work are being written again, after [`copy_failed`].
pub const COPYING_AGAIN: &str = "Unsaved work is being copied to safety again.";

// How long ago the work was last changed.

pub const JUST_NOW: &str = "just now";

#[must_use]
pub fn minutes_ago(n: u64) -> String {
    ago(n, "minute")
}

#[must_use]
pub fn hours_ago(n: u64) -> String {
    ago(n, "hour")
}

#[must_use]
pub fn days_ago(n: u64) -> String {
    ago(n, "day")
}

fn ago(n: u64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit} ago")
    } else {
        format!("{n} {unit}s ago")
    }
}

// The details inside those messages: what exactly is wrong with a file.

pub const VERSION_ZERO: &str = "its format version is 0";

#[must_use]
pub fn no_version(place: &str) -> String {
    format!("it has no format version; {place}")
}

#[must_use]
/// Where in the file a problem is; `problem` is the file reader's own words.
pub fn at_place(line: usize, column: usize, problem: &dyn std::fmt::Display) -> String {
    format!("line {line}, column {column}: {problem}")
}

#[must_use]
pub fn two_versions(first: u32, second: u32) -> String {
    format!("it says it is format {first} in one place and format {second} in another")
}

// What doesn't fit together in a session file (shown after "Something in this file doesn't
// fit together:").

pub const PERSON: &str = "person";
pub const MEETING: &str = "meeting";
pub const BOARD: &str = "board";
pub const NOTE: &str = "note";
pub const THEME: &str = "theme";
pub const RUNG: &str = "rung";
pub const SUBJECT: &str = "subject";
pub const PLACEMENT: &str = "placement";
pub const PHASE: &str = "phase";
pub const STATEMENT: &str = "statement";
pub const RIVER_NOTE: &str = "river note";

pub const A_PERSON: &str = "a person";
pub const A_MEETING: &str = "a meeting";
pub const A_THEME: &str = "a theme";
pub const THE_SESSION: &str = "the session";

// Texts that may be too long, named as the start of "… is 200000 letters long".

pub const THE_TITLE: &str = "the title";
pub const THE_GROUP_NAME: &str = "the group name";
pub const A_NAME: &str = "a name";
pub const A_MEETING_TITLE: &str = "a meeting title";
pub const MEETING_NOTES: &str = "meeting notes";
pub const A_BOARD_TOPIC: &str = "a board topic";
pub const A_NOTE: &str = "a note";
pub const A_THEME_NAME: &str = "a theme name";
pub const A_RUNG: &str = "a rung";
pub const A_SUBJECT: &str = "a subject";
pub const A_REASON: &str = "a reason";
pub const A_PHASE_NAME: &str = "a phase name";
pub const A_STATEMENT: &str = "a statement";
pub const AN_ANSWER: &str = "an answer";

#[must_use]
pub fn the_meeting(title: &str) -> String {
    format!("the meeting “{title}”")
}

#[must_use]
pub fn the_board(topic: &str) -> String {
    format!("the board “{topic}”")
}

#[must_use]
pub fn too_many_things(items: usize, limit: usize) -> String {
    format!(
        "it holds {items} notes and other things, far more than any group makes (the limit is {limit})"
    )
}

#[must_use]
pub fn text_too_long(what: &str, length: usize, limit: usize) -> String {
    format!("{what} is {length} letters long, far more than anyone writes (the limit is {limit})")
}

#[must_use]
pub fn number_used_twice(raw: u64, what: &str) -> String {
    format!("the number {raw} is used for more than one thing (a {what})")
}

#[must_use]
pub fn number_too_large(raw: u64, what: &str) -> String {
    format!(
        "a {what} has the number {raw}, far larger than Stepping Stones ever gives out, so the file has been changed by something else"
    )
}

#[must_use]
pub fn place_out_of_range(topic: &str, limit: f32) -> String {
    format!(
        "the board “{topic}” has a note or theme placed or sized beyond anything the app makes (more than {limit} from the middle of the board, or not a number)"
    )
}

#[must_use]
pub fn settings_out_of_range(topic: &str, words: u32, votes: u32) -> String {
    format!(
        "the board “{topic}” asks each person for {words} words and gives {votes} votes; the app offers {} to {} words and {} to {} votes",
        crate::model::WORDS_PER_PERSON.start(),
        crate::model::WORDS_PER_PERSON.end(),
        crate::model::VOTES_PER_PERSON.start(),
        crate::model::VOTES_PER_PERSON.end(),
    )
}

#[must_use]
pub fn missing_reference(place: &str, what: &str, raw: u64) -> String {
    format!("{place} refers to {what} number {raw}, which is not in the file")
}

#[must_use]
pub fn vote_on_nothing(board: &str) -> String {
    format!("{board} has a vote on something that is not there")
}

#[must_use]
pub fn placement_refers_to_nothing(raw: u64) -> String {
    format!("a placement on the ladder (number {raw}) refers to something that is not there")
}

#[must_use]
pub fn answer_refers_to_nothing(raw: u64) -> String {
    format!("an answer on the river (number {raw}) refers to something that is not there")
}
