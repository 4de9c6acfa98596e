//! A whole session with the keyboard alone, as a person using a screen reader runs it: open
//! the example, a writing round on the board, the organisation placed on the ladder, an
//! answer on the river, a three-minute timer, and save. Every step reaches its control by
//! Tab and checks that what has the keyboard has a name a screen reader can say.

mod common;

use common::{ScriptedPicker, focused_name, key, wait};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::App;
use stepping_stones::model::{PlacementKind, Subject};
use stepping_stones::text;

/// Presses Tab until `name` has the keyboard; fails if it never comes.
fn tab_to(h: &mut Harness<'_, App>, name: &str) {
    let mut heard = Vec::new();
    for _ in 0..120 {
        key(h, Modifiers::NONE, Key::Tab);
        let now = focused_name(h);
        if now.as_deref() == Some(name) {
            return;
        }
        if h.ctx.memory(egui::Memory::focused).is_some() {
            heard.push(now.unwrap_or_else(|| "(a control with no name)".to_owned()));
        }
    }
    panic!("Tab never reached “{name}”. Heard: {heard:#?}");
}

#[test]
fn a_whole_session_by_keyboard_alone() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("our-group.ron");
    let picker = ScriptedPicker::default();
    let mut h = common::harness(None, &picker);

    // Open the example from the welcome view.
    tab_to(&mut h, text::welcome::TRY_EXAMPLE);
    key(&mut h, Modifiers::NONE, Key::Enter);
    let session = h.state().session().expect("the example is open");
    let board = session.boards[0].id;
    let notes_before = session.boards[0].notes.len();

    // A writing round on the board: N, words, Enter; again; Escape.
    key(&mut h, Modifiers::COMMAND, Key::Num1);
    for words in ["Being believed", "A warm room"] {
        key(&mut h, Modifiers::NONE, Key::N);
        h.get_by_role(egui::accesskit::Role::MultilineTextInput)
            .type_text(words);
        h.run();
        key(&mut h, Modifiers::NONE, Key::Escape);
    }
    let notes = &h.state().session().unwrap().board(board).unwrap().notes;
    assert_eq!(notes.len(), notes_before + 2);
    assert!(notes.iter().any(|n| n.text == "A warm room"));

    // The ladder: the form starts at the organisation, the group's view, "now", rung 1.
    // Place it there, then Up moves the token one rung, keeping the keyboard.
    key(&mut h, Modifiers::COMMAND, Key::Num2);
    let tokens_before = h.state().session().unwrap().ladder.placements.len();
    tab_to(&mut h, text::ladder::PLACE);
    key(&mut h, Modifiers::NONE, Key::Enter);
    // The group already had a "now" token for the organisation at this meeting: Place
    // moves it to the chosen rung rather than making a second one.
    let session = h.state().session().unwrap();
    let ladder = &session.ladder;
    assert_eq!(ladder.placements.len(), tokens_before);
    let placed = ladder
        .placements
        .iter()
        .find(|p| {
            p.subject == Subject::Organisation
                && p.kind == PlacementKind::Now
                && p.by.is_none()
                && p.meeting == session.current_meeting
        })
        .unwrap()
        .clone();
    let heard = focused_name(&h).unwrap_or_default();
    assert!(
        heard.starts_with("Token:"),
        "the new token has the keyboard: {heard}"
    );
    let rung_index = |l: &stepping_stones::model::Ladder, r| l.rungs.iter().position(|x| x.id == r);
    let rung_before = rung_index(ladder, placed.rung).unwrap();
    assert_eq!(rung_before, 0, "the form starts at the first rung");
    key(&mut h, Modifiers::NONE, Key::ArrowUp);
    let ladder = &h.state().session().unwrap().ladder;
    let moved = ladder
        .placements
        .iter()
        .find(|p| p.id == placed.id)
        .unwrap();
    assert_eq!(rung_index(ladder, moved.rung), Some(rung_before + 1));

    // The river: 5 shows the fifth phase large; an answer is added by Tab and Enter.
    key(&mut h, Modifiers::COMMAND, Key::Num3);
    key(&mut h, Modifiers::NONE, Key::Num5);
    let phase = h.state().session().unwrap().river.phases[4].name.clone();
    tab_to(
        &mut h,
        &text::river::add_answer_spoken("What might get in the way?", &phase),
    );
    key(&mut h, Modifiers::NONE, Key::Enter);
    h.get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("No buses after six");
    h.run();
    key(&mut h, Modifiers::NONE, Key::Escape);
    let river = &h.state().session().unwrap().river;
    assert!(river.notes.iter().any(|n| n.text == "No buses after six"));

    // A three-minute timer: Ctrl+T gives Start the keyboard.
    key(&mut h, Modifiers::COMMAND, Key::T);
    assert_eq!(
        focused_name(&h).as_deref(),
        Some(text::room::START),
        "Start has the keyboard"
    );
    key(&mut h, Modifiers::NONE, Key::Enter);
    wait(&mut h, 181.0);
    assert_eq!(h.state().status(), text::room::TIME_IS_UP);

    // Save: the example has no file of its own yet, so Save asks where.
    picker.answer(Some(target.clone()));
    key(&mut h, Modifiers::COMMAND, Key::S);
    assert!(!h.state().is_dirty());
    let saved = stepping_stones::file::load(&target).unwrap();
    assert!(
        saved.boards[0]
            .notes
            .iter()
            .any(|n| n.text == "Being believed")
    );
    assert!(
        saved
            .river
            .notes
            .iter()
            .any(|n| n.text == "No buses after six")
    );
    let saved_token = saved
        .ladder
        .placements
        .iter()
        .find(|p| p.id == placed.id)
        .unwrap();
    assert_eq!(rung_index(&saved.ladder, saved_token.rung), Some(1));
}
