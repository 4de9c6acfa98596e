//! The Recovery River driven by mouse and keyboard, asserting on the session.

mod common;

use common::{ScriptedPicker, drag, redo, undo, with_example};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::App;
use stepping_stones::model::{Question, RiverNote, Session};
use stepping_stones::text;

const CTRL: Modifiers = Modifiers::COMMAND;

fn river() -> Harness<'static, App> {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.key_press_modifiers(CTRL, Key::Num3);
    h.run();
    h
}

fn session<'a>(h: &'a Harness<'_, App>) -> &'a Session {
    h.state().session().unwrap()
}

fn answer<'a>(h: &'a Harness<'_, App>, text: &str) -> Option<&'a RiverNote> {
    session(h).river.notes.iter().find(|n| n.text == text)
}

fn phase_named(h: &Harness<'_, App>, name: &str) -> stepping_stones::model::PhaseId {
    session(h)
        .river
        .phases
        .iter()
        .find(|p| p.name == name)
        .unwrap()
        .id
}

#[test]
fn ctrl_3_shows_all_six_phases_with_their_statements() {
    let h = river();
    for (i, name) in [
        "Phase 1",
        "Phase 2",
        "Phase 3",
        "Phase 4",
        "The river",
        "The ocean",
    ]
    .iter()
    .enumerate()
    {
        assert!(
            h.query_by_label_contains(&format!("Phase {}: {name}.", i + 1))
                .is_some(),
            "{name}"
        );
    }
    for phase in &session(&h).river.phases {
        for statement in &phase.statements {
            assert!(
                h.query_by_label(&statement.text).is_some(),
                "{}",
                statement.text
            );
        }
    }
}

#[test]
fn an_answer_is_added_by_clicking_its_cell() {
    let mut h = river();
    h.get_by_label("Add an answer to “What might get in the way?” at Phase 3")
        .click();
    h.run();
    h.get_by_role(Role::MultilineTextInput)
        .type_text("Noise and crowds");
    h.key_press(Key::Enter);
    h.run();
    let added = answer(&h, "Noise and crowds").expect("added");
    assert_eq!(added.phase, phase_named(&h, "Phase 3"));
    assert_eq!(added.question, Question::Barriers);
    undo(&mut h);
    assert!(
        answer(&h, "Noise and crowds").is_none(),
        "one undo takes the whole answer"
    );
}

#[test]
fn by_keyboard_a_phase_is_shown_large_stepped_through_and_answered() {
    let mut h = river();
    h.key_press(Key::Num5);
    h.run();
    assert!(h.query_by_label("Phase 5").is_some(), "The river, large");
    h.key_press(Key::ArrowRight);
    h.run();
    assert_eq!(
        h.get_by_label("Name of phase 6").value().as_deref(),
        Some("The ocean")
    );
    h.key_press(Key::ArrowLeft);
    h.run();
    assert_eq!(
        h.get_by_label("Name of phase 5").value().as_deref(),
        Some("The river")
    );
    // Tab to the lane's button and press it: no mouse needed.
    let add = h.get_by_label("Add an answer to “What support or changes would help?” at The river");
    add.focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    h.get_by_role(Role::MultilineTextInput)
        .type_text("A buddy for the first month");
    h.key_press(Key::Escape);
    h.run();
    let added = answer(&h, "A buddy for the first month").expect("added by keyboard");
    assert_eq!(added.phase, phase_named(&h, "The river"));
    assert_eq!(added.question, Question::Support);
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label(text::river::SHOW_WHOLE).is_none(),
        "Escape goes back to the whole river"
    );
}

#[test]
fn an_answer_is_dragged_to_another_cell() {
    let mut h = river();
    h.key_press(Key::Num5);
    h.run();
    let from = h
        .get_by_label_contains("Answer: Bus fares paid up front")
        .rect()
        .center();
    let to: Pos2 = h
        .get_by_label("Add an answer to “What support or changes would help?” at The river")
        .rect()
        .center();
    drag(&mut h, from, to);
    assert_eq!(
        answer(&h, "Bus fares paid up front, not paid back later")
            .unwrap()
            .question,
        Question::Support
    );
    undo(&mut h);
    assert_eq!(
        answer(&h, "Bus fares paid up front, not paid back later")
            .unwrap()
            .question,
        Question::Resources
    );
}

#[test]
fn phase_names_and_statements_are_edited_and_undone() {
    let mut h = river();
    h.key_press(Key::Num1);
    h.run();
    let name = h.get_by_label("Name of phase 1");
    name.focus();
    h.run();
    h.key_press_modifiers(CTRL, Key::A);
    h.get_by_label("Name of phase 1").type_text("The spring");
    h.run();
    let statement = h.get_by_label("Statement 1 of The spring");
    statement.focus();
    h.run();
    h.key_press_modifiers(CTRL, Key::A);
    h.get_by_label("Statement 1 of The spring")
        .type_text("I can ask for help, and I do");
    h.run();
    let phase = &session(&h).river.phases[0];
    assert_eq!(phase.name, "The spring");
    assert_eq!(phase.statements[0].text, "I can ask for help, and I do");
    h.get_by_label(text::river::ADD_STATEMENT).click();
    h.run();
    assert_eq!(session(&h).river.phases[0].statements.len(), 3);
    undo(&mut h);
    undo(&mut h);
    assert_eq!(
        session(&h).river.phases[0].statements[0].text,
        "I can ask for help when I need it"
    );
    redo(&mut h);
    assert_eq!(
        session(&h).river.phases[0].statements[0].text,
        "I can ask for help, and I do"
    );
}

#[test]
fn the_list_view_adds_moves_and_deletes_answers_by_keyboard() {
    let mut h = river();
    h.get_by_label(text::app::SHOW_LIST).click();
    h.run();
    let field = h.get_by_label("New answer to “What would that take?” at phase 2");
    field.focus();
    h.run();
    h.get_by_label("New answer to “What would that take?” at phase 2")
        .type_text("Quiet room booked");
    h.key_press(Key::Enter);
    h.run();
    let added = answer(&h, "Quiet room booked")
        .expect("added from the list")
        .clone();
    assert_eq!(added.question, Question::Resources);
    // By keyboard, as a screen-reader user would: focus the button, press Enter.
    h.get_by_label("Delete answer 1 to “What would that take?” at phase 2")
        .focus();
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert!(answer(&h, "Quiet room booked").is_none());
    undo(&mut h);
    assert!(answer(&h, "Quiet room booked").is_some());
}

#[test]
fn answers_are_written_by_the_person_chosen_on_the_river_tab() {
    let mut h = river();
    h.get_by_label(text::app::WRITING_AS_SPOKEN).click();
    h.run();
    h.get_by_label("Priya").click();
    h.run();
    h.get_by_label("Add an answer to “What might get in the way?” at Phase 1")
        .click();
    h.run();
    h.get_by_role(Role::MultilineTextInput)
        .type_text("Too many forms");
    h.key_press(Key::Enter);
    h.run();
    let priya = session(&h)
        .participants
        .iter()
        .find(|p| p.name == "Priya")
        .unwrap()
        .id;
    assert_eq!(answer(&h, "Too many forms").unwrap().author, Some(priya));
}
