//! Idle is idle: with nothing happening, the app asks for no new frames, so it uses no
//! processor time on an old laptop.

mod common;

use std::time::Duration;

use common::{ScriptedPicker, copy_fixture, harness_with_data};
use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::App;

/// How long the app asked to wait before its next frame, after the last one.
fn repaint_delay(h: &Harness<'_, App>) -> Duration {
    h.output().viewport_output[&ViewportId::ROOT].repaint_delay
}

#[test]
fn a_still_app_asks_for_no_frames() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture(dir.path(), "group.ron");
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(Some(file), &picker, Some(dir.path().join("data")));
    for _ in 0..3 {
        h.step();
        assert_eq!(
            repaint_delay(&h),
            Duration::MAX,
            "a frame was asked for with nothing to do"
        );
    }
}

#[test]
fn after_a_change_the_app_waits_only_until_its_work_is_kept_safe() {
    let dir = tempfile::tempdir().unwrap();
    let file = copy_fixture(dir.path(), "group.ron");
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(Some(file), &picker, Some(dir.path().join("data")));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    h.run();
    h.key_press(Key::N);
    h.run();
    h.get_by_role(Role::MultilineTextInput).type_text("Busy");
    h.key_press(Key::Enter);
    // egui draws a frame or two after input settles; then only the snapshot is waited for.
    for _ in 0..3 {
        h.step();
    }
    // A snapshot is due in a moment: the app asks to be woken for it, and no sooner.
    let wait = repaint_delay(&h);
    assert!(
        wait > Duration::from_millis(100) && wait <= Duration::from_secs(3),
        "{wait:?}"
    );
    h.run_steps(200);
    assert!(h.state().snapshot_path().is_some_and(|p| p.exists()));
    h.step();
    assert_eq!(
        repaint_delay(&h),
        Duration::MAX,
        "once the copy is written, the app rests"
    );
}
