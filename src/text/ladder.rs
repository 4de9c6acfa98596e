//! Words of the Ladder tab: the ladder of participation, its tokens and the panel beside it.
//! (The rung names and descriptions are the session's own, not here.)

pub const HEADING: &str = "Ladder of participation";

// The bar above the ladder.

/// A meeting as the ladder names it: its title and date.
#[must_use]
pub fn meeting(title: &str, date: &dyn std::fmt::Display) -> String {
    format!("{title} ({date})")
}

#[must_use]
pub fn this_meeting(title: &str, date: &dyn std::fmt::Display) -> String {
    format!("This meeting: {}", meeting(title, date))
}

pub const NO_MEETING: &str =
    "No meeting yet, so tokens belong to no meeting. Start one on the Session tab.";
pub const COMPARE_WITH: &str = "Compare with";
/// The accessible name of the "Compare with" list.
pub const COMPARE_WITH_SPOKEN: &str = "Compare with an earlier meeting";
/// Compare with no earlier meeting.
pub const NOTHING: &str = "nothing";
pub const SHOW_LADDER: &str = "Show the ladder";

// Tokens.

/// The short names of the three questions, as a token shows them.
pub const NOW: &str = "now";
pub const SHOULD_BE: &str = "should be";
pub const REALISTIC: &str = "realistic";

/// Whose view a token is, when no one person placed it.
pub const AGREED_BY_GROUP: &str = "agreed by the group";
pub const THE_GROUP: &str = "the group";
/// On a token's own label, for the group's agreed place.
pub const AGREED: &str = "agreed";
/// On a token's label, for a person who is no longer in the session.
pub const SOMEONE: &str = "someone";

/// A token on its own label: subject, question, whose view.
#[must_use]
pub fn token_label(subject: &str, question: &str, who: &str) -> String {
    format!("{subject} · {question} · {who}")
}

/// Where a token is, for screen readers: ", on rung 3 “Consultation”".
#[must_use]
pub fn on_rung(number: usize, name: &str) -> String {
    format!(", on rung {number} “{name}”")
}

/// A token in words, as a screen reader says it. `on_rung` is from [`on_rung`], or empty.
#[must_use]
pub fn placement(subject: &str, question: &str, on_rung: &str, who: &str) -> String {
    format!("{subject}: {question}{on_rung} ({who})")
}

#[must_use]
pub fn token_spoken(placement: &str) -> String {
    format!("Token: {placement}")
}

#[must_use]
pub fn earlier_token_spoken(placement: &str) -> String {
    format!("Earlier meeting: {placement}")
}

#[must_use]
pub fn why_here_hover(reason: &str) -> String {
    format!("Why here: {reason}")
}

// The ladder.

pub const NO_RUNGS: &str =
    "The ladder has no rungs. Add one under “Change the rungs” in the panel on the right.";

/// A rung as a whole, for screen readers.
#[must_use]
pub fn rung_spoken(number: usize, name: &str, description: &str, tokens: usize) -> String {
    format!("Rung {number}: {name}. {description} {tokens} tokens.")
}

// The list.

pub const NO_TOKENS: &str = "No tokens have been placed yet.";
pub const COLUMN_MEETING: &str = "Meeting";
pub const SUBJECT: &str = "Subject";
pub const QUESTION: &str = "Question";
pub const WHOSE_VIEW: &str = "Whose view";
pub const RUNG: &str = "Rung";
pub const COLUMN_WHY: &str = "Why here";
/// In the Meeting column, for a token placed with no meeting.
pub const NO_MEETING_SHORT: &str = "none";

#[must_use]
pub fn rung_of_token(number: usize, rung: &str) -> String {
    format!("Rung of token {number}: {rung}")
}

#[must_use]
pub fn why_token_here(number: usize) -> String {
    format!("Why token {number} is here")
}

#[must_use]
pub fn remove_token(number: usize) -> String {
    format!("Remove token {number}")
}

// The panel: placing a token.

pub const PLACE_A_TOKEN: &str = "Place a token";
/// Whose view, when the group places a token together.
pub const GROUP_AGREED: &str = "the group (agreed)";
pub const DRAG_A_TOKEN: &str = "Drag a token onto a rung:";

#[must_use]
pub fn new_token(question: &str) -> String {
    format!("New “{question}” token: drag it onto a rung, or use the form below")
}

/// A rung in the list to choose from: "3. Consultation".
#[must_use]
pub fn rung_choice(number: usize, name: &str) -> String {
    format!("{number}. {name}")
}

pub const PLACE: &str = "Place";

// The panel: the selected token.

pub const SELECT_A_TOKEN: &str =
    "Select a token to say why it is there. The Up and Down arrow keys move it one rung.";
pub const WHY_HERE: &str = "Why here?";
pub const WHY_HERE_SPOKEN: &str = "Why here? The reason for this token";
pub const MAKE_AGREED: &str = "Make this the group's agreed place";
pub const MAKE_AGREED_HINT: &str =
    "Adds or moves the group's own token for this subject and question to this rung";
pub const REMOVE_TOKEN: &str = "Remove this token";

// The panel: what moved since an earlier meeting.

#[must_use]
pub fn since(meeting_name: &str) -> String {
    format!("Since {meeting_name}")
}

pub const NOTHING_MOVED: &str = "No token has moved to another rung.";

#[must_use]
pub fn moved(subject: &str, question: &str, who: &str, from: &str, to: &str) -> String {
    format!("{subject} ({question}, {who}): moved from {from} to {to}")
}

// The panel: subjects the group named.

pub const YOUR_SUBJECTS: &str = "Subjects you named";
pub const NEW_SUBJECT: &str = "Name a new subject";
pub const REMOVE_SUBJECT_HINT: &str = "Its tokens go too. Undo brings them back.";

#[must_use]
pub fn name_of_subject(number: usize) -> String {
    format!("Name of subject {number}")
}

#[must_use]
pub fn remove_subject(name: &str) -> String {
    format!("Remove the subject {name}")
}

/// The name a new subject has until the group changes it.
#[must_use]
pub fn new_subject(number: usize) -> String {
    format!("Subject {number}")
}

// The panel: changing the rungs.

pub const CHANGE_RUNGS: &str = "Change the rungs";
pub const ADD_RUNG: &str = "Add a rung at the top";
/// The name a new rung has until the group changes it.
pub const NEW_RUNG: &str = "New rung";

#[must_use]
pub fn rung(number: usize) -> String {
    format!("Rung {number}")
}

#[must_use]
pub fn name_of_rung(number: usize) -> String {
    format!("Name of rung {number}")
}

#[must_use]
pub fn description_of_rung(number: usize) -> String {
    format!("Description of rung {number}")
}

#[must_use]
pub fn move_rung_up(number: usize) -> String {
    format!("Move rung {number} up")
}

#[must_use]
pub fn move_rung_down(number: usize) -> String {
    format!("Move rung {number} down")
}

#[must_use]
pub fn remove_rung(number: usize) -> String {
    format!("Remove rung {number}")
}

// Removing a rung that holds tokens.

pub const REMOVE_RUNG_TITLE: &str = "Remove this rung?";
pub const REMOVE_THEM_TOO: &str = "Remove them too";

#[must_use]
pub fn move_them_to(rung: &str) -> String {
    format!("Move them to “{rung}”")
}

#[must_use]
pub fn where_should_tokens_go(count: usize, rung: &str) -> String {
    format!("{count} tokens are on “{rung}”. Where should they go?")
}
