//! Words of the Session tab: the session's title and group, its people and its meetings.

pub const ABOUT: &str = "About this session";
pub const TITLE: &str = "Session title";
pub const GROUP: &str = "Group name";

// People.

pub const PEOPLE: &str = "People";
pub const PEOPLE_HINT: &str = "Names can be nicknames. Each person has a colour and a symbol.";
pub const ADD_PERSON: &str = "Add a person";
pub const NAME: &str = "Name";
pub const REMOVE_PERSON_HINT: &str =
    "Their notes stay on the boards without a name. Undo brings them back.";

/// The name a new person has until the group changes it.
#[must_use]
pub fn new_person(number: usize) -> String {
    format!("Person {number}")
}

#[must_use]
pub fn name_of_person(number: usize) -> String {
    format!("Name of person {number}")
}

#[must_use]
pub fn colour_of(name: &str) -> String {
    format!("Colour of {name}")
}

#[must_use]
pub fn symbol_of(name: &str) -> String {
    format!("Symbol of {name}")
}

#[must_use]
pub fn remove_person(name: &str) -> String {
    format!("Remove {name}")
}

// Meetings.

pub const MEETINGS: &str = "Meetings";
pub const START_MEETING: &str = "Start a new meeting today";
pub const CURRENT_MEETING: &str = "(current meeting)";
pub const MAKE_CURRENT: &str = "Make this the current meeting";
pub const MEETING_TITLE: &str = "Title";
pub const WHO_CAME: &str = "Who came";
pub const MEETING_NOTES: &str = "Notes";
pub const DATE: &str = "Date";
pub const REMOVE_MEETING: &str = "Remove this meeting";
pub const REMOVE_MEETING_HINT: &str = "Ladder placements made at it stay. Undo brings it back.";

/// The title a new meeting has until the group changes it.
#[must_use]
pub fn new_meeting(number: usize) -> String {
    format!("Meeting {number}")
}

/// A meeting's date and title, as a heading.
#[must_use]
pub fn meeting_heading(date: &dyn std::fmt::Display, title: &str) -> String {
    format!("{date} — {title}")
}

#[must_use]
pub fn make_meeting_current(number: usize) -> String {
    format!("Make meeting {number} the current meeting")
}

#[must_use]
pub fn title_of_meeting(number: usize) -> String {
    format!("Title of meeting {number}")
}

#[must_use]
pub fn notes_on_meeting(number: usize) -> String {
    format!("Notes on meeting {number}")
}

#[must_use]
pub fn date_of_meeting(number: usize) -> String {
    format!("Date of meeting {number} (year-month-day)")
}

#[must_use]
pub fn remove_meeting(number: usize) -> String {
    format!("Remove meeting {number}")
}

/// Shown under a meeting's date while what is typed is not a date.
#[must_use]
pub fn bad_date(text: &str) -> String {
    format!("“{text}” is not a date written as year-month-day, like 2026-03-14")
}
