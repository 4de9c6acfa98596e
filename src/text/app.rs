//! Words of the app as a whole: the status line, and the few words used all over the app
//! (common buttons, "anonymous", who is writing).

// Buttons that many parts of the app share.

pub const SAVE: &str = "Save";
pub const OPEN: &str = "Open";
pub const CANCEL: &str = "Cancel";
pub const CLOSE: &str = "Close";
pub const REMOVE: &str = "Remove";
pub const DELETE: &str = "Delete";
pub const ADD: &str = "Add";
/// Move something one place up or down a list.
pub const UP: &str = "Up";
pub const DOWN: &str = "Down";
/// Shows a canvas (the ladder, the river) as a plain list instead.
pub const SHOW_LIST: &str = "Show as a list";

// Who wrote a note or an answer.

/// Shown instead of a name for notes and answers nobody signed.
pub const ANONYMOUS: &str = "anonymous";
pub const WRITING_AS: &str = "Writing as";
/// The accessible name of the "Writing as" list.
pub const WRITING_AS_SPOKEN: &str = "Writing new notes as";

// The window title.

pub const APP_NAME: &str = super::welcome::APP_NAME;
/// In the window title, for a session that has no file yet.
pub const NOT_SAVED_YET: &str = "not saved yet";
pub const UNSAVED_MARK: &str = " (unsaved changes)";

/// `mark` is [`UNSAVED_MARK`] or empty.
#[must_use]
pub fn window_title(title: &str, file: &str, mark: &str) -> String {
    format!("{title} — {file}{mark} — {APP_NAME}")
}

// The status line.

pub const NOTHING_TO_UNDO: &str = "There is nothing to undo.";
pub const NOTHING_TO_REDO: &str = "There is nothing to redo.";
pub const NEW_SESSION_READY: &str =
    "A new session is ready. Give it a title and add the people in the group.";
pub const EXAMPLE_OPENED: &str = "This is the example session. Saving it makes a copy of your own.";
pub const NOTHING_TO_SAVE: &str = "There is no session open to save.";

#[must_use]
pub fn opened(name: &str) -> String {
    format!("Opened {name}.")
}

#[must_use]
pub fn saved(path: &std::path::Path, backup_name: &str) -> String {
    format!(
        "Saved to {}. The version before is kept as {backup_name}.",
        path.display()
    )
}

#[must_use]
pub fn work_is_back_for(name: &str) -> String {
    format!("Your unsaved work is back. It is not saved yet: choose Save to put it in {name}.")
}

pub const WORK_IS_BACK: &str = "Your unsaved work is back. It is not saved yet.";

// Sharing: summaries, spreadsheets and pictures.

/// What is being saved, as [`shared`] and [`not_shared`] name it.
pub const WHAT_SUMMARY: &str = "summary";
pub const WHAT_NOTES: &str = "notes";
pub const WHAT_PICTURE: &str = "picture";

pub const PICTURE_NEEDS_CANVAS: &str =
    "Show the word board, the ladder or the river first: that canvas becomes the picture.";

/// `reason` is a picture error, which says what went wrong.
#[must_use]
pub fn picture_failed(reason: &dyn std::fmt::Display) -> String {
    format!("The picture could not be made: {reason}")
}

/// Shown after [`picture_failed`]'s opening words.
pub const PICTURE_TOO_SPREAD_OUT: &str = "what is on screen is spread out so far that, shrunk to fit in one picture, its words would be too small to read. Move things closer together, or make a picture of one theme at a time (choose the theme first).";

/// `reason` is what went wrong, in the computer's words.
#[must_use]
pub fn picture_not_encoded(reason: &str) -> String {
    format!("it could not be saved as a PNG picture ({reason}).")
}

pub const PICTURE_SIZE_WRONG: &str = "its size came out wrong";

#[must_use]
pub fn shared(what: &str, path: &std::path::Path) -> String {
    format!("Saved the {what} to {}.", path.display())
}

/// `reason` is a save error, which says what went wrong.
#[must_use]
pub fn not_shared(what: &str, reason: &dyn std::fmt::Display) -> String {
    format!("The {what} was not saved: {reason} You can try again and choose another folder.")
}

/// `reason` is what went wrong, in the computer's words.
#[must_use]
pub fn csv_failed(reason: &str) -> String {
    format!("they could not be put into the form a spreadsheet reads ({reason}).")
}

// Making notes from a list of words.

pub const WORD_LIST_TOO_BIG: &str = "That file is too big to be a list of words. Choose a text or CSV file with one word or phrase on each line.";

/// `reason` is what went wrong, in the computer's words.
#[must_use]
pub fn word_list_unreadable(name: &str, reason: &dyn std::fmt::Display) -> String {
    format!("{name} could not be read: {reason}.")
}

#[must_use]
pub fn notes_made(count: usize, name: &str) -> String {
    format!("Made {count} notes from {name}.")
}

// Changes that could not be made (shown on the status line).

/// `what` names the thing, such as "note" or "rung"; it was removed, for example by an undo.
#[must_use]
pub fn change_gone(what: &str) -> String {
    format!("That change could not be made: the {what} it is about is no longer there.")
}

#[must_use]
pub fn no_votes_left(name: &str, votes: u32) -> String {
    format!(
        "{name} has used all {votes} of their votes on this board. Take one back to vote again."
    )
}

pub const NO_NUMBERS_LEFT: &str = "That change could not be made: this session has used up the numbers it gives to new things, which only happens when a file was changed by another program. Save the work under a new name and ask for help.";

/// What a change that could not be made was about, for [`change_gone`].
pub const GONE_ANSWER: &str = "answer";
pub const GONE_BOARD: &str = "board";
pub const GONE_MEETING: &str = "meeting";
pub const GONE_NOTE_OR_THEME: &str = "note or theme";
pub const GONE_NOTE: &str = "note";
pub const GONE_PERSON: &str = "person";
pub const GONE_PHASE: &str = "phase";
pub const GONE_PLACEMENT: &str = "token";
pub const GONE_RUNG: &str = "rung";
pub const GONE_STATEMENT: &str = "statement";
pub const GONE_SUBJECT: &str = "subject";
pub const GONE_TEXT: &str = "text";
pub const GONE_THEME: &str = "theme";
pub const GONE_VOTE: &str = "vote";

/// Said once when people's words are in a script this computer has no font for.
/// `scripts` are Unicode's names for them ("Thai", "Hangul"), or "symbol".
#[must_use]
pub fn no_font_for(scripts: &[&str]) -> String {
    let named: Vec<String> = scripts
        .iter()
        .map(|s| {
            if *s == "symbol" {
                "some symbols".to_owned()
            } else {
                format!("{} writing", s.replace('_', " "))
            }
        })
        .collect();
    format!(
        "This computer has no font for {}, so those words show as empty boxes. \
         They are kept safely as written; installing a font for that writing shows them.",
        named.join(" or ")
    )
}
