//! Words of the word board: the boards list, the toolbar, notes and themes on the canvas,
//! the list view, and the panel for the selection and dot voting.

/// "1 vote", "3 votes".
#[must_use]
pub fn votes(n: usize) -> String {
    if n == 1 {
        "1 vote".to_owned()
    } else {
        format!("{n} votes")
    }
}

// The boards list.

pub const NO_BOARDS: &str = "This session has no word boards yet. Add one to start.";
pub const BOARDS: &str = "Boards";
pub const ADD_BOARD: &str = "Add a board";
pub const DELETE_BOARD: &str = "Delete this board";
pub const DELETE_BOARD_HINT: &str = "Undo brings it back with everything on it.";

/// How many notes a board has, when the pointer is over its name.
#[must_use]
pub fn notes_count(n: usize) -> String {
    format!("{n} notes")
}

/// The topic a new board has until the group changes it.
#[must_use]
pub fn new_board(number: usize) -> String {
    format!("Board {number}")
}

#[must_use]
pub fn delete_the_board(topic: &str) -> String {
    format!("Delete the board “{topic}”")
}

// The toolbar.

pub const TOPIC: &str = "Topic";
pub const ADD_NOTE: &str = "Add a note";
pub const ADD_NOTE_HINT: &str = "Or press N on the board, or double-click it";
pub const FIT_ALL: &str = "Fit all";
pub const FIT_ALL_HINT: &str = "Show every note";
pub const SHOW_CANVAS: &str = "Show the canvas";
pub const FIND_BUTTON: &str = "Find…";
pub const WORDS_EACH: &str = "Words each";
pub const WORDS_EACH_SPOKEN: &str = "Words each person writes";

#[must_use]
pub fn reveal_all(face_down: usize) -> String {
    format!("Reveal all ({face_down} face down)")
}

pub const REVEAL_HINT: &str = "Turn every note face up and end the private round";
pub const START_PRIVATE: &str = "Start a private round";
pub const START_PRIVATE_HINT: &str = "New notes stay face down until you reveal them all at once";
pub const PRIVATE_ROUND_ON: &str = "Private round: new notes are written face down.";

#[must_use]
pub fn group_similar(sets: usize) -> String {
    format!("Group similar ({sets})")
}

pub const GROUP_SIMILAR_HINT: &str = "Make a theme for each set of notes with the same or similar words, if they are not in a theme yet";

/// How many notes a person has written, against how many were asked for.
#[must_use]
pub fn written(name: &str, count: usize, target: usize) -> String {
    format!("{name}: {count} of {target}")
}

/// `written` is from [`written`], once the person has written enough.
#[must_use]
pub fn written_done(written: &str) -> String {
    format!("{written}, done")
}

#[must_use]
pub fn written_anonymously(count: usize) -> String {
    format!("{}: {count}", super::app::ANONYMOUS)
}

// Finding notes.

pub const FIND: &str = "Find";
pub const FIND_SPOKEN: &str = "Find notes containing";
pub const NO_MATCHES: &str = "No notes match";
pub const PREVIOUS: &str = "Previous";
pub const NEXT: &str = "Next";
pub const CLOSE_FIND: &str = "Close find";

/// Which match is shown: "2 of 5".
#[must_use]
pub fn match_of(current: usize, total: usize) -> String {
    format!("{current} of {total}")
}

// Notes and themes on the canvas.

/// Written on a note that is face down.
pub const FACE_DOWN: &str = "Face down";
pub const FACE_DOWN_SPOKEN: &str = "Face-down note, written in the private round";

/// The start of what a screen reader says for a note; the parts below follow it.
#[must_use]
pub fn note_spoken(text: &str) -> String {
    format!("Note: {text}.")
}

#[must_use]
pub fn in_theme_spoken(theme: &str) -> String {
    format!(" In the theme {theme}.")
}

#[must_use]
pub fn by_spoken(name: &str) -> String {
    format!(" By {name}.")
}

pub const ANONYMOUS_SPOKEN: &str = " Anonymous.";

#[must_use]
pub fn votes_spoken(n: usize) -> String {
    format!(" {}.", votes(n))
}

#[must_use]
pub fn matches_spoken(n: usize) -> String {
    format!(" Matches {n} other.")
}

#[must_use]
pub fn note_hint(max_letters: usize) -> String {
    format!("A word or two (at most {max_letters} letters)")
}

#[must_use]
pub fn letters_used(used: usize, max_letters: usize) -> String {
    format!("{used} of {max_letters} letters")
}

#[must_use]
pub fn note_editor_spoken(author: &str) -> String {
    format!("Note text, written by {author}. Enter or Escape when done.")
}

/// After a theme's name on its bar, when it has votes: " · 3 votes".
#[must_use]
pub fn theme_votes(n: usize) -> String {
    format!(" · {}", votes(n))
}

/// A theme, as a screen reader says it. `votes` is from [`votes`], or empty.
#[must_use]
pub fn theme_spoken(name: &str, notes: usize, votes: &str) -> String {
    format!("Theme: {name}. {notes} notes. {votes}")
}

#[must_use]
pub fn board_spoken(topic: &str, notes: usize) -> String {
    format!("Board “{topic}”, {notes} notes. Press N to write a note.")
}

pub const HINT_FIRST_NOTE: &str = "Double-click or press N to write the first note. Right-drag or scroll to move around. Ctrl+scroll zooms in and out.";
pub const HINT_KEYS: &str = "Double-click or N: new note · Enter: edit · Delete: remove · Arrows: move · Right-drag: move around · Ctrl+scroll: zoom";

// The board as a list.

pub const NOT_IN_THEME: &str = "Not in a theme";
pub const NO_THEME: &str = "no theme";
pub const NEW_NOTE: &str = "New note";
pub const WRITE_NEW_NOTE: &str = "Write a new note";
pub const ADD_THE_NOTE: &str = "Add the note";

#[must_use]
pub fn theme_number(number: usize) -> String {
    format!("Theme {number}")
}

#[must_use]
pub fn name_of_theme(number: usize) -> String {
    format!("Name of theme {number}")
}

#[must_use]
pub fn note_face_down(number: usize) -> String {
    format!("Note {number}: face down until revealed")
}

#[must_use]
pub fn note_number(number: usize) -> String {
    format!("Note {number}")
}

/// The short label before a note's text in the list: "3.".
#[must_use]
pub fn note_number_short(number: usize) -> String {
    format!("{number}.")
}

#[must_use]
pub fn theme_of_note(number: usize, theme: &str) -> String {
    format!("Theme of note {number}: {theme}")
}

#[must_use]
pub fn delete_note(number: usize) -> String {
    format!("Delete note {number}")
}

// The panel: the selected notes or theme.

pub const SELECT_HINT: &str = "Select a note or a theme to change it. Shift-click, or drag a box around notes, to select several.";
pub const A_FACE_DOWN_NOTE: &str = "A face-down note";

/// A single selected note's words, as a heading.
#[must_use]
pub fn quoted(text: &str) -> String {
    format!("“{text}”")
}

#[must_use]
pub fn notes_selected(n: usize) -> String {
    format!("{n} notes selected")
}

pub const COLOUR: &str = "Colour";
pub const PUT_IN_THEME: &str = "Put in a theme (or press its number):";

/// A theme's button, with the number key that puts notes in it: "2 Respect".
#[must_use]
pub fn theme_key(key: usize, name: &str) -> String {
    format!("{key} {name}")
}

pub const NEW_THEME_FROM_NOTES: &str = "New theme from these notes";
/// The name a new theme has until the group changes it.
pub const NEW_THEME: &str = "New theme";
pub const TAKE_OUT_OF_THEME: &str = "0 Take out of its theme";
pub const DELETE_THIS_NOTE: &str = "Delete this note";
pub const DELETE_THESE_NOTES: &str = "Delete these notes";
pub const DELETE_NOTES_HINT: &str =
    "The Delete or Backspace key does this too. Undo brings them back.";
pub const WRITTEN_BY: &str = "Written by";
pub const THEME: &str = "Theme";
pub const THEME_NAME_SPOKEN: &str = "Theme name";
pub const THEME_COLOUR: &str = "Theme colour";
pub const TIDY: &str = "Tidy";
pub const TIDY_HINT: &str = "Lay the notes out in neat rows";
pub const EXPLORE_THEME: &str = "Explore this theme";
pub const EXPLORE_THEME_HINT: &str = "Start a new board about this theme, with copies of its notes";
pub const DELETE_THEME: &str = "Delete theme";
pub const DELETE_THEME_HINT: &str = "Its notes stay on the board";

// The panel: dot voting.

pub const CHOOSE_VOTER: &str = "To give votes, first choose who is voting, below.";
pub const GIVE_VOTE: &str = "Give a vote";
pub const GIVE_VOTE_HINT: &str = "Or press V";
pub const TAKE_VOTE_BACK: &str = "Take a vote back";
pub const TAKE_VOTE_BACK_HINT: &str = "Or press Shift+V";
pub const DOT_VOTING: &str = "Dot voting";
pub const VOTING_NEEDS_PEOPLE: &str = "Add people on the Session tab to vote.";
pub const VOTING_AS: &str = "Voting as";
pub const NOBODY_YET: &str = "nobody yet";
pub const VOTES_EACH: &str = "Votes each";
pub const VOTES_EACH_SPOKEN: &str = "Votes each person has";

#[must_use]
pub fn votes_left(name: &str, left: usize, each: u32) -> String {
    format!("{name} has {left} of {each} votes left.")
}

pub const SHOW_TOTALS: &str = "Show the totals";
pub const HIDE_TOTALS: &str = "Hide the totals";
pub const MOST_VOTES: &str = "Most votes";
pub const TOTALS_HIDDEN: &str = "The totals are hidden until you show them.";
pub const NO_VOTES: &str = "No votes yet.";

/// A theme in the list of most votes.
#[must_use]
pub fn theme_ranked(name: &str) -> String {
    format!("Theme: {name}")
}

/// A line in the list of most votes: "1. Respect — 4 votes".
#[must_use]
pub fn ranked(place: usize, name: &str, votes: &str) -> String {
    format!("{place}. {name} — {votes}")
}
