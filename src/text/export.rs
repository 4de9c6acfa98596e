//! Words written into what the app saves for sharing: the summary, the notes for a
//! spreadsheet, and pictures without names.

/// Someone in the group when names are left out: "person 2" (their place in the list).
#[must_use]
pub fn person(number: usize) -> String {
    format!("person {number}")
}

/// Someone who is no longer in the group's list.
pub const SOMEONE: &str = "someone";

/// The heading row of the notes for a spreadsheet.
pub const CSV_HEADINGS: [&str; 5] = ["board", "theme", "text", "votes", "author"];

// The summary. Headings are the words alone; the summary adds Markdown's marks.

pub const MEETINGS: &str = "Meetings";
pub const LADDER: &str = "Ladder of participation";
pub const RIVER: &str = "Recovery River";
pub const NOT_IN_A_THEME: &str = "Not in a theme";
pub const NOTHING_MOVED: &str = "Nothing moved rung.";
/// Whose view a placement is, when the group placed it together.
pub const AGREED_BY_THE_GROUP: &str = "agreed by the group";

/// The questions of the ladder, as a placement lists them.
pub const NOW: &str = "now";
pub const SHOULD_BE: &str = "should be";
pub const REALISTIC: &str = "realistic";

/// "1 vote", "3 votes": the same words the board shows.
pub use super::board::votes;

/// After a meeting's date and title: who came.
#[must_use]
pub fn came(names: &str) -> String {
    format!("Came: {names}")
}

/// After a meeting's date and title, without names: how many came.
#[must_use]
pub fn people_came(n: usize) -> String {
    format!("{n} people came")
}

/// A board's heading.
#[must_use]
pub fn word_board(topic: &str) -> String {
    format!("Word board: {topic}")
}

/// Under a board: notes that nobody may read yet.
#[must_use]
pub fn face_down(n: usize) -> String {
    if n == 1 {
        "1 note is still face down and is not shown.".to_owned()
    } else {
        format!("{n} notes are still face down and are not shown.")
    }
}

/// Which meeting the ladder shows.
#[must_use]
pub fn at_the_meeting(date: &dyn std::fmt::Display, title: &str) -> String {
    format!("At the meeting of {date} ({title}).")
}

/// The heading of what moved since the meeting before.
#[must_use]
pub fn since(date: &dyn std::fmt::Display, title: &str) -> String {
    format!("Since {date} ({title})")
}

/// One token that moved: "from Information to Participation".
#[must_use]
pub fn from_to(then: &str, now: &str) -> String {
    format!("from {then} to {now}")
}
