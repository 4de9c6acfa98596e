//! Running the room: the timer, text size, projector mode and reduced motion, all driven
//! through the UI as a facilitator would, mostly by keyboard.

mod common;

use common::{ScriptedPicker, key, sent, wait, with_example};
use egui::accesskit::Live;
use egui::{Key, Modifiers, ViewportCommand};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stepping_stones::App;
use stepping_stones::text::room as words;

/// What a screen reader hears from the timer's clock.
fn clock(h: &Harness<'_, App>) -> String {
    h.get_by_label_contains("Timer: ")
        .value()
        .unwrap_or_default()
}

/// Presses `key` and looks at that one frame (the harness gives the key's release a frame
/// of its own), so what the app asked the window to do in it can be seen.
fn press_in_one_frame(h: &mut Harness<'_, App>, key: Key) {
    h.input_mut().events.push(egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
}

#[test]
fn a_three_minute_timer_runs_pauses_and_finishes_by_keyboard_alone() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    let state_before = h.state().document().unwrap().history.state();

    key(&mut h, Modifiers::COMMAND, Key::T);
    assert!(
        h.get_by_label(words::START).is_focused(),
        "Ctrl+T gives the keyboard to Start"
    );
    assert!(
        clock(&h).contains("3 minutes, 0 seconds left, stopped"),
        "{}",
        clock(&h)
    );

    key(&mut h, Modifiers::NONE, Key::Enter);
    wait(&mut h, 60.5);
    assert!(
        clock(&h).contains("2 minutes, 0 seconds left, counting down"),
        "{}",
        clock(&h)
    );
    assert!(h.get_by_label(words::PAUSE).is_focused());

    // Paused, time in the room passes but the clock stands still.
    key(&mut h, Modifiers::NONE, Key::Enter);
    wait(&mut h, 500.0);
    assert!(clock(&h).contains("2 minutes, 0 seconds left, stopped"));

    h.get_by_label(words::CARRY_ON).click();
    h.run();
    wait(&mut h, 125.0);
    assert!(clock(&h).contains("0 minutes, 0 seconds left, time is up"));
    assert_eq!(h.state().status(), words::TIME_IS_UP);
    // The end is said out loud at once, not just shown.
    let said: Vec<Live> = h
        .get_all_by_label(words::TIME_IS_UP)
        .map(|n| n.accesskit_node().live())
        .collect();
    assert!(said.contains(&Live::Assertive), "{said:?}");
    assert!(said.contains(&Live::Polite), "the status line says it too");

    // The timer is not part of the group's work: nothing to save, nothing to undo.
    let doc = h.state().document().unwrap();
    assert_eq!(doc.history.state(), state_before);
    assert!(!h.state().is_dirty());

    h.get_by_label(words::RESET).click();
    h.run();
    assert!(clock(&h).contains("3 minutes, 0 seconds left, stopped"));
}

#[test]
fn troika_runs_three_minutes_then_five() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    key(&mut h, Modifiers::COMMAND, Key::T);
    h.get_by_label(words::TROIKA).click();
    h.run();
    assert!(h.query_by_label("Part 1 of 2").is_some());
    h.get_by_label(words::START).click();
    h.run();

    wait(&mut h, 180.2);
    let said = words::stage_over(3, 5);
    assert_eq!(said, "The 3 minutes are over. 5 minutes start now.");
    assert_eq!(h.state().status(), said);
    assert!(h.query_by_label("Part 2 of 2").is_some());
    assert!(
        clock(&h).contains("5 minutes, 0 seconds left, counting down"),
        "{}",
        clock(&h)
    );

    wait(&mut h, 300.0);
    assert_eq!(h.state().status(), words::TIME_IS_UP);
    assert!(clock(&h).contains("time is up"));

    // Hidden, it is gone until asked for again.
    h.get_by_label(words::HIDE_TIMER).click();
    h.run();
    assert!(h.query_by_label_contains("Timer: ").is_none());
}

#[test]
fn text_size_steps_with_ctrl_plus_and_minus_between_75_and_200_percent() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    assert_eq!(h.state().text_size(), 100);

    key(&mut h, Modifiers::COMMAND, Key::Equals);
    key(&mut h, Modifiers::COMMAND, Key::Plus);
    assert_eq!(h.state().text_size(), 125);
    assert_eq!(h.state().status(), words::text_size_now(125));
    h.run();
    assert!((h.ctx.zoom_factor() - 1.25).abs() < 1e-6);

    for _ in 0..10 {
        key(&mut h, Modifiers::COMMAND, Key::Plus);
    }
    assert_eq!(h.state().text_size(), 200, "never larger than 200%");
    for _ in 0..12 {
        key(&mut h, Modifiers::COMMAND, Key::Minus);
    }
    assert_eq!(h.state().text_size(), 75, "never smaller than 75%");
    key(&mut h, Modifiers::COMMAND, Key::Num0);
    assert_eq!(h.state().text_size(), 100);

    // The View menu offers the same, with the size now in its name.
    h.get_by_label("View").click();
    h.run();
    h.get_by_label(&words::text_size_menu(100)).click();
    h.run();
    h.get_by_label(&words::percent(175)).click();
    h.run();
    assert_eq!(h.state().text_size(), 175);
    h.run();
    assert!((h.ctx.zoom_factor() - 1.75).abs() < 1e-6);
}

#[test]
fn projector_mode_shows_the_canvas_alone_and_still_takes_new_notes() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    let before = h.state().session().unwrap().boards[0].notes.len();

    press_in_one_frame(&mut h, Key::F11);
    assert!(h.state().view().projector);
    assert!(sent(&h, &ViewportCommand::Fullscreen(true)));
    h.run();
    assert!(h.query_by_label("File").is_none(), "menus are hidden");
    assert!(
        h.query_by_label("Add a board").is_none(),
        "side panels are hidden"
    );
    assert!(
        (h.ctx.zoom_factor() - 1.5).abs() < 1e-6,
        "everything is larger"
    );

    // The facilitator can still write a note; Escape finishes the note first…
    key(&mut h, Modifiers::NONE, Key::N);
    h.get_by_role(egui::accesskit::Role::MultilineTextInput)
        .type_text("Being listened to");
    h.run();
    key(&mut h, Modifiers::NONE, Key::Escape);
    assert!(h.state().view().projector, "the first Escape ends the note");
    let notes = &h.state().session().unwrap().boards[0].notes;
    assert_eq!(notes.len(), before + 1);
    assert!(notes.iter().any(|n| n.text == "Being listened to"));

    // …and the next leaves projector mode.
    press_in_one_frame(&mut h, Key::Escape);
    assert!(!h.state().view().projector);
    assert!(sent(&h, &ViewportCommand::Fullscreen(false)));
    h.run();
    assert!(h.query_by_label("File").is_some());
    assert!((h.ctx.zoom_factor() - 1.0).abs() < 1e-6);
}

#[test]
fn projector_mode_shows_the_timer_large_with_its_buttons() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    key(&mut h, Modifiers::COMMAND, Key::T);
    key(&mut h, Modifiers::NONE, Key::F11);
    assert!(h.query_by_label(words::HIDE_TIMER).is_none());
    h.get_by_label(words::START).click();
    h.run();
    wait(&mut h, 30.0);
    assert!(clock(&h).contains("2 minutes, 30 seconds left"));
    h.get_by_label(words::LEAVE_PROJECTOR).click();
    h.run();
    assert!(!h.state().view().projector);
    assert!(clock(&h).contains("counting down"), "the timer keeps going");
}

#[test]
fn reduce_motion_makes_every_change_happen_at_once() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    assert!(h.state().reduce_motion(), "the test harness starts still");
    let motion = |h: &Harness<'_, App>| {
        h.ctx.global_style().animation_time > 0.0
            && h.ctx.global_style().scroll_animation.duration.max > 0.0
    };
    // Steps rather than `run()`: with motion, the menu fades in over several frames.
    let toggle = |h: &mut Harness<'_, App>| {
        h.get_by_label("View").click();
        h.run_steps(12);
        h.get_by_label(words::REDUCE_MOTION).click();
        h.run_steps(12);
        // Close the menu again.
        h.key_press(Key::Escape);
        h.run_steps(12);
    };
    toggle(&mut h);
    assert!(!h.state().reduce_motion());
    assert!(motion(&h), "menus and scrolling move gently");
    toggle(&mut h);
    assert!(h.state().reduce_motion());
    assert!(!motion(&h), "every change happens at once");
}
