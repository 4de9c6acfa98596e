//! Words of the River tab: the Recovery River, its phases, statements and answers.
//! (The phase names, statements and questions are the session's own, not here.)

pub const HEADING: &str = "Recovery River";
/// The accessible name of the river, which takes the keyboard.
pub const RIVER_SPOKEN: &str = "The Recovery River. Press 1 to 6 to show a phase large.";
pub const HOW_TO_LOOK: &str = "Click a phase, or press its number, to see it large. The Left and Right arrow keys step along the river.";
pub const SHOW_WHOLE: &str = "Show the whole river";
pub const PREVIOUS_PHASE: &str = "Previous phase";
pub const NEXT_PHASE: &str = "Next phase";
pub const SHOW_RIVER: &str = "Show the river";
pub const NO_PHASES: &str = "The river has no phases.";
/// Written at each end of the river.
pub const SOURCE: &str = "source";
pub const OCEAN: &str = "ocean";

// Phases.

/// A phase's button on the whole river: "2. The stream".
#[must_use]
pub fn phase_button(number: usize, name: &str) -> String {
    format!("{number}. {name}")
}

#[must_use]
pub fn phase_button_spoken(number: usize, name: &str, statements: usize, answers: usize) -> String {
    format!("Phase {number}: {name}. {statements} statements, {answers} answers. Show it large")
}

#[must_use]
pub fn phase(number: usize) -> String {
    format!("Phase {number}")
}

#[must_use]
pub fn name_of_phase(number: usize) -> String {
    format!("Name of phase {number}")
}

// "I" statements.

pub const AT_THIS_STAGE: &str = "At this stage:";
pub const ADD_STATEMENT: &str = "Add an “I” statement";
/// How a new statement starts, for the group to finish.
pub const NEW_STATEMENT: &str = "I can";

/// A statement of a phase, by the phase's name.
#[must_use]
pub fn statement_of(number: usize, phase_name: &str) -> String {
    format!("Statement {number} of {phase_name}")
}

/// A statement of a phase, by the phase's number (in the list).
#[must_use]
pub fn statement_of_phase(number: usize, phase: usize) -> String {
    format!("Statement {number} of phase {phase}")
}

#[must_use]
pub fn move_statement_up(number: usize) -> String {
    format!("Move statement {number} up")
}

#[must_use]
pub fn move_statement_down(number: usize) -> String {
    format!("Move statement {number} down")
}

#[must_use]
pub fn remove_statement(number: usize) -> String {
    format!("Remove statement {number}")
}

// Answers.

pub const ADD_ANSWER: &str = "+ answer";

#[must_use]
pub fn add_answer_spoken(question: &str, phase_name: &str) -> String {
    format!("Add an answer to “{question}” at {phase_name}")
}

/// Who wrote an answer, as a screen reader says it after the answer.
#[must_use]
pub fn by(name: &str) -> String {
    format!("by {name}")
}

/// An answer, as a screen reader says it. `who` is [`by`] or "anonymous".
#[must_use]
pub fn answer_spoken(text: &str, phase_name: &str, question: &str, who: &str) -> String {
    format!("Answer: {text}. At {phase_name}, under “{question}”. {who}.")
}

#[must_use]
pub fn answer_editor_spoken(author: &str) -> String {
    format!("Answer text, written by {author}. Enter or Escape when done.")
}

// The river as a list.

/// Names an answer in the list: "answer 2 to “What helped?” at phase 3".
#[must_use]
pub fn answer_in_list(number: usize, question: &str, phase: usize) -> String {
    format!("answer {number} to “{question}” at phase {phase}")
}

/// `answer` is from [`answer_in_list`].
#[must_use]
pub fn text_of(answer: &str) -> String {
    format!("Text of {answer}")
}

/// `answer` is from [`answer_in_list`].
#[must_use]
pub fn move_answer(answer: &str) -> String {
    format!("Move {answer}")
}

/// `answer` is from [`answer_in_list`].
#[must_use]
pub fn delete_answer(answer: &str) -> String {
    format!("Delete {answer}")
}

/// A place an answer can move to: a phase and one of its questions.
#[must_use]
pub fn place(phase_name: &str, question: &str) -> String {
    format!("{phase_name}: {question}")
}

pub const MOVE_TO: &str = "Move to…";
pub const NEW_ANSWER_HINT: &str = "A new answer";

#[must_use]
pub fn new_answer(question: &str, phase: usize) -> String {
    format!("New answer to “{question}” at phase {phase}")
}

#[must_use]
pub fn add_the_answer(question: &str, phase: usize) -> String {
    format!("Add the answer to “{question}” at phase {phase}")
}
