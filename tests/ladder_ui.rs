//! The ladder of participation driven by mouse and keyboard, asserting on the session.

mod common;

use common::{ScriptedPicker, drag, redo, undo, with_example};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::App;
use stepping_stones::model::{Placement, PlacementKind, Session, Subject};
use stepping_stones::text;

const CTRL: Modifiers = Modifiers::COMMAND;

fn ladder() -> Harness<'static, App> {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.key_press_modifiers(CTRL, Key::Num2);
    h.run();
    h
}

fn session<'a>(h: &'a Harness<'_, App>) -> &'a Session {
    h.state().session().unwrap()
}

fn rung_id(h: &Harness<'_, App>, name: &str) -> stepping_stones::model::RungId {
    session(h)
        .ladder
        .rungs
        .iter()
        .find(|r| r.name == name)
        .unwrap()
        .id
}

/// Tokens at the current meeting.
fn current<'a>(h: &'a Harness<'_, App>) -> Vec<&'a Placement> {
    let s = session(h);
    s.ladder
        .placements
        .iter()
        .filter(|p| p.meeting == s.current_meeting)
        .collect()
}

fn choose(h: &mut Harness<'_, App>, combo: &str, option: &str) {
    h.get_by_label(combo).click();
    h.run();
    h.get_by_label(option).click();
    h.run();
    assert_eq!(
        h.get_by_label(combo).value().as_deref(),
        Some(option),
        "chose {option}"
    );
}

fn rung_centre(h: &Harness<'_, App>, label_start: &str) -> Pos2 {
    h.get_by_label_contains(label_start).rect().center()
}

#[test]
fn ctrl_2_shows_the_six_rungs_by_name() {
    let h = ladder();
    for (n, name) in [
        "No control",
        "Information",
        "Consultation",
        "Participation",
        "Sharing power",
        "Full control",
    ]
    .iter()
    .enumerate()
    {
        assert!(
            h.query_by_label_contains(&format!("Rung {}: {name}.", n + 1))
                .is_some(),
            "{name}"
        );
    }
}

#[test]
fn dragging_a_new_token_onto_a_rung_places_it() {
    let mut h = ladder();
    choose(&mut h, "Subject", "Our team");
    let from = h
        .get_by_label_contains("New “Where we should be” token")
        .rect()
        .center();
    let to = rung_centre(&h, "Rung 6: Full control");
    drag(&mut h, from, to);
    let full = rung_id(&h, "Full control");
    let placed = current(&h)
        .into_iter()
        .find(|p| p.subject == Subject::Team && p.kind == PlacementKind::ShouldBe)
        .expect("a new token");
    assert_eq!(placed.rung, full);
    assert!(placed.agreed && placed.by.is_none());
    undo(&mut h);
    assert!(
        current(&h)
            .iter()
            .all(|p| !(p.subject == Subject::Team && p.kind == PlacementKind::ShouldBe))
    );
}

#[test]
fn dragging_a_token_moves_it_to_another_rung() {
    let mut h = ladder();
    let from = h
        .get_by_label_contains("Token: The council")
        .rect()
        .center();
    let to = rung_centre(&h, "Rung 3: Consultation");
    drag(&mut h, from, to);
    let council = current(&h)
        .into_iter()
        .find(|p| matches!(p.subject, Subject::Custom(_)))
        .unwrap();
    assert_eq!(council.rung, rung_id(&h, "Consultation"));
}

#[test]
fn up_and_down_move_a_focused_token_a_rung() {
    let mut h = ladder();
    let token = h.get_by_label_contains(
        "Token: The organisation: where we are now, on rung 4 “Participation” (agreed",
    );
    token.focus();
    h.run();
    h.key_press(Key::ArrowUp);
    h.run();
    let agreed_now = |h: &Harness<'_, App>| {
        current(h)
            .into_iter()
            .find(|p| {
                p.subject == Subject::Organisation && p.kind == PlacementKind::Now && p.by.is_none()
            })
            .unwrap()
            .rung
    };
    assert_eq!(agreed_now(&h), rung_id(&h, "Sharing power"));
    assert!(
        h.query_by_label_contains("Token: The organisation: where we are now, on rung 5 “Sharing power” (agreed by the group)").is_some(),
        "announced on its new rung"
    );
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(
        agreed_now(&h),
        rung_id(&h, "Consultation"),
        "the token kept the keyboard as it moved"
    );
    undo(&mut h);
    assert_eq!(agreed_now(&h), rung_id(&h, "Participation"));
    redo(&mut h);
    assert_eq!(agreed_now(&h), rung_id(&h, "Consultation"));
}

#[test]
fn the_form_places_a_token_and_a_reason_can_be_given() {
    let mut h = ladder();
    choose(&mut h, "Subject", "The council");
    choose(&mut h, "Question", "Where we should be");
    choose(&mut h, "Rung", "4. Participation");
    h.get_by_label(text::ladder::PLACE).click();
    h.run();
    let placed = current(&h)
        .into_iter()
        .find(|p| matches!(p.subject, Subject::Custom(_)) && p.kind == PlacementKind::ShouldBe)
        .expect("placed by the form")
        .clone();
    assert_eq!(placed.rung, rung_id(&h, "Participation"));
    h.get_by_label_contains("Token: The council: where we should be")
        .click();
    h.run();
    let field = h.get_by_role_and_label(
        Role::MultilineTextInput,
        "Why here? The reason for this token",
    );
    field.focus();
    h.run();
    h.get_by_role_and_label(
        Role::MultilineTextInput,
        "Why here? The reason for this token",
    )
    .type_text("They fund the service");
    h.run();
    let reason = &session(&h)
        .ladder
        .placements
        .iter()
        .find(|p| p.id == placed.id)
        .unwrap()
        .reason;
    assert_eq!(reason, "They fund the service");
}

#[test]
fn each_person_places_their_own_token_and_the_group_agrees_one() {
    let mut h = ladder();
    for person in ["Priya", "Dee"] {
        choose(&mut h, "Whose view", person);
        choose(&mut h, "Rung", "2. Information");
        h.get_by_label(text::ladder::PLACE).click();
        h.run();
    }
    let information = rung_id(&h, "Information");
    let org_now_here: Vec<_> = current(&h)
        .into_iter()
        .filter(|p| {
            p.subject == Subject::Organisation
                && p.kind == PlacementKind::Now
                && p.rung == information
        })
        .collect();
    assert_eq!(org_now_here.len(), 2, "one token each, side by side");
    let rung = h
        .get_by_label_contains("Rung 2: Information.")
        .value()
        .unwrap_or_default();
    assert!(
        rung.ends_with("3 tokens."),
        "the council's and the two new ones: {rung}"
    );
    // Placing again for the same person moves their token rather than doubling it.
    choose(&mut h, "Rung", "3. Consultation");
    h.get_by_label(text::ladder::PLACE).click();
    h.run();
    let dee = session(&h)
        .participants
        .iter()
        .find(|p| p.name == "Dee")
        .unwrap()
        .id;
    let dees: Vec<_> = current(&h)
        .into_iter()
        .filter(|p| p.by == Some(dee) && p.subject == Subject::Organisation)
        .collect();
    assert_eq!(dees.len(), 1);
    // The group agrees on Dee's rung.
    h.get_by_label_contains(
        "Token: The organisation: where we are now, on rung 3 “Consultation” (Dee)",
    )
    .click();
    h.run();
    h.get_by_label(text::ladder::MAKE_AGREED).click();
    h.run();
    let agreed = current(&h)
        .into_iter()
        .find(|p| p.subject == Subject::Organisation && p.kind == PlacementKind::Now && p.agreed)
        .unwrap();
    assert_eq!(agreed.rung, rung_id(&h, "Consultation"));
}

#[test]
fn removing_a_rung_with_tokens_asks_where_they_go() {
    let mut h = ladder();
    let before = session(&h).ladder.placements.len();
    let on_participation = current(&h)
        .iter()
        .filter(|p| p.rung == rung_id(&h, "Participation"))
        .count();
    assert!(on_participation > 0);
    h.get_by_label(text::ladder::CHANGE_RUNGS).click();
    h.run();
    h.get_by_label("Remove rung 4").scroll_to_me();
    h.run();
    h.get_by_label("Remove rung 4").click();
    h.run();
    assert!(h.query_by_label(text::ladder::REMOVE_RUNG_TITLE).is_some());
    h.get_by_label("Move them to “Consultation”").click();
    h.run();
    let s = session(&h);
    assert_eq!(s.ladder.rungs.len(), 5);
    assert_eq!(s.ladder.placements.len(), before, "no token dropped");
    let consultation = rung_id(&h, "Consultation");
    assert!(
        current(&h)
            .iter()
            .filter(|p| p.rung == consultation)
            .count()
            > on_participation
    );
    undo(&mut h);
    assert_eq!(session(&h).ladder.rungs.len(), 6);
    assert_eq!(
        current(&h)
            .iter()
            .filter(|p| p.rung == rung_id(&h, "Participation"))
            .count(),
        on_participation
    );
}

#[test]
fn the_next_meeting_starts_empty_and_compares_with_the_last() {
    let mut h = ladder();
    h.key_press_modifiers(CTRL, Key::Num4);
    h.run();
    h.get_by_label(text::session::START_MEETING).click();
    h.run();
    assert_eq!(session(&h).meetings.len(), 3);
    h.key_press_modifiers(CTRL, Key::Num2);
    h.run();
    assert!(
        current(&h).is_empty(),
        "a new meeting's ladder starts empty"
    );
    assert!(h.query_by_label_contains("Token:").is_none());
    choose(&mut h, "Rung", "5. Sharing power");
    h.get_by_label(text::ladder::PLACE).click();
    h.run();
    choose(
        &mut h,
        "Compare with an earlier meeting",
        "Back to the ladder (2026-10-08)",
    );
    assert!(h.query_by_label_contains("Earlier meeting: The organisation: where we are now, on rung 4 “Participation” (agreed by the group)").is_some());
    assert!(
        h.query_by_label_contains("moved from Participation to Sharing power")
            .is_some()
    );
    assert_eq!(
        session(&h)
            .ladder
            .placements
            .iter()
            .filter(|p| p.meeting == Some(session(&h).meetings[1].id))
            .count(),
        6,
        "the last meeting's tokens are kept"
    );
}

#[test]
fn the_list_view_edits_placements_by_keyboard() {
    let mut h = ladder();
    h.get_by_label(text::app::SHOW_LIST).click();
    h.run();
    let first = session(&h).ladder.placements[0].clone();
    let field = h.get_by_label("Why token 1 is here");
    field.focus();
    h.run();
    h.key_press_modifiers(CTRL, Key::A);
    h.get_by_label("Why token 1 is here")
        .type_text("Said by the group");
    h.run();
    assert_eq!(session(&h).ladder.placements[0].reason, "Said by the group");
    h.get_by_label("Remove token 1").click();
    h.run();
    assert!(
        session(&h)
            .ladder
            .placements
            .iter()
            .all(|p| p.id != first.id)
    );
    undo(&mut h);
    assert!(
        session(&h)
            .ladder
            .placements
            .iter()
            .any(|p| p.id == first.id)
    );
}
