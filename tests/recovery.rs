//! Never losing a group's work: recovery snapshots, restoring after a crash, files changed
//! by other programs, and computers with no file dialog.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{ScriptedPicker, copy_fixture, harness_with_data, request_close};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::App;
use stepping_stones::text;

const CTRL: Modifiers = Modifiers::COMMAND;

/// Types `text` as a new note on the board (the board has the keyboard after Ctrl+1).
fn write_note(h: &mut Harness<'_, App>, text: &str) {
    h.key_press_modifiers(CTRL, Key::Num1);
    h.run();
    h.key_press(Key::N);
    h.run();
    h.get_by_role(Role::MultilineTextInput).type_text(text);
    h.key_press(Key::Enter);
    h.run();
}

/// Lets a few seconds pass on the app's clock, as a still window would.
fn wait_seconds(h: &mut Harness<'_, App>, seconds: f32) {
    h.run_steps((seconds * 60.0) as usize);
}

fn snapshots(data: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(data.join("recovery")) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect()
}

fn has_note(h: &Harness<'_, App>, text: &str) -> bool {
    h.state().session().is_some_and(|s| {
        s.boards
            .iter()
            .flat_map(|b| &b.notes)
            .any(|n| n.text == text)
    })
}

#[test]
fn a_snapshot_is_written_after_a_change_and_removed_after_saving() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = copy_fixture(dir.path(), "group.ron");
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(Some(file.clone()), &picker, Some(data.clone()));
    assert!(snapshots(&data).is_empty(), "nothing unsaved yet");
    write_note(&mut h, "Kept safe");
    wait_seconds(&mut h, 3.0);
    let found = snapshots(&data);
    assert_eq!(found.len(), 1);
    assert!(fs::read_to_string(&found[0]).unwrap().contains("Kept safe"));
    assert_eq!(Some(found[0].clone()), h.state().snapshot_path());
    assert!(
        !fs::read_to_string(&file).unwrap().contains("Kept safe"),
        "the group's file is only written by Save"
    );
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(fs::read_to_string(&file).unwrap().contains("Kept safe"));
    assert!(snapshots(&data).is_empty(), "saved work needs no snapshot");
}

#[test]
fn losing_focus_writes_a_snapshot_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(None, &picker, Some(data.clone()));
    h.key_press_modifiers(CTRL, Key::N);
    h.run();
    write_note(&mut h, "Never saved anywhere");
    assert!(
        snapshots(&data).is_empty(),
        "not yet: the change is a moment old"
    );
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .focused = Some(false);
    h.step();
    let found = snapshots(&data);
    assert_eq!(found.len(), 1, "a never-saved session is kept safe too");
    assert!(
        fs::read_to_string(&found[0])
            .unwrap()
            .contains("Never saved anywhere")
    );
}

#[test]
fn after_a_crash_the_next_start_offers_the_work_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = copy_fixture(dir.path(), "group.ron");
    let before = fs::read(&file).unwrap();
    let picker = ScriptedPicker::default();
    let mut first = harness_with_data(Some(file.clone()), &picker, Some(data.clone()));
    write_note(&mut first, "Said at the last meeting");
    wait_seconds(&mut first, 3.0);
    // The app stops without saving: no question, no clean shutdown of the session.
    drop(first);
    assert_eq!(
        fs::read(&file).unwrap(),
        before,
        "the crash did not touch the file"
    );

    let mut second = harness_with_data(Some(file.clone()), &picker, Some(data.clone()));
    assert!(second.query_by_label(text::dialogs::WORK_FOUND).is_some());
    let offer = second.get_by_label_contains("stopped before this work was saved");
    let offer = offer.value().unwrap_or_default();
    assert!(offer.contains("“Being heard” (from "), "{offer}");
    assert!(offer.contains("group.ron"), "{offer}");
    assert!(offer.contains("28 notes, last changed just now"), "{offer}");
    second.get_by_label(text::dialogs::RESTORE).click();
    second.run();
    assert!(has_note(&second, "Said at the last meeting"));
    assert!(
        second.state().is_dirty(),
        "restored work is unsaved until saved"
    );
    assert_eq!(
        second.state().document().unwrap().path.as_deref(),
        Some(file.as_path())
    );
    assert_eq!(
        fs::read(&file).unwrap(),
        before,
        "restoring never writes the file"
    );
    let left = snapshots(&data);
    assert_eq!(left.len(), 1, "the old copy is replaced by this run's own");
    assert_eq!(Some(left[0].clone()), second.state().snapshot_path());
}

/// Opens `file`, writes a note, lets it be copied to safety, then stops as in a crash and
/// starts again, restoring the work. `meanwhile` runs between the crash and the restart.
fn crash_and_restore(
    dir: &Path,
    data: &Path,
    picker: &ScriptedPicker,
    meanwhile: impl FnOnce(&Path),
) -> (Harness<'static, App>, PathBuf) {
    let file = copy_fixture(dir, "group.ron");
    let mut first = harness_with_data(Some(file.clone()), picker, Some(data.to_owned()));
    write_note(&mut first, "Said before the crash");
    wait_seconds(&mut first, 3.0);
    drop(first);
    meanwhile(&file);
    let mut second = harness_with_data(Some(file.clone()), picker, Some(data.to_owned()));
    second.get_by_label(text::dialogs::RESTORE).click();
    second.run();
    assert!(has_note(&second, "Said before the crash"));
    (second, file)
}

#[test]
fn restored_work_is_saved_without_a_false_changed_elsewhere_question() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let picker = ScriptedPicker::default();
    let (mut h, file) = crash_and_restore(dir.path(), &data, &picker, |_| {});
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(
        h.query_by_label(text::dialogs::CHANGED_ELSEWHERE).is_none(),
        "nobody changed the file"
    );
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("Said before the crash")
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn restored_work_still_asks_when_the_file_really_changed_after_the_crash() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let picker = ScriptedPicker::default();
    let (mut h, file) = crash_and_restore(dir.path(), &data, &picker, change_elsewhere);
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(h.query_by_label(text::dialogs::CHANGED_ELSEWHERE).is_some());
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("Changed Elsewhere"),
        "not overwritten without asking"
    );
}

#[test]
fn a_failing_copy_is_said_once_and_tried_again_less_often_until_it_works() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let recovery = data.join("recovery");
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(None, &picker, Some(data.clone()));
    h.key_press_modifiers(CTRL, Key::N);
    h.run();
    // Something takes the recovery folder's place: no copy can be written there.
    fs::remove_dir_all(&recovery).unwrap();
    fs::write(&recovery, "in the way").unwrap();
    write_note(&mut h, "One");
    wait_seconds(&mut h, 3.0);
    assert!(
        h.state().status().contains("could not be copied to safety"),
        "{}",
        h.state().status()
    );
    // Something else is said on the status line; the failure is not said over it again.
    h.key_press_modifiers(CTRL, Key::Plus);
    h.run();
    let other = h.state().status().to_owned();
    assert!(!other.contains("copied to safety"), "{other}");
    write_note(&mut h, "Two");
    wait_seconds(&mut h, 5.0);
    assert_eq!(h.state().status(), other, "said once, not every try");
    // The folder is back. The next try comes after a pause, not in the very next frame...
    fs::remove_file(&recovery).unwrap();
    fs::create_dir(&recovery).unwrap();
    h.run_steps(2);
    assert!(snapshots(&data).is_empty(), "no retry in every frame");
    // ...and within a minute the copy is made, and the status line says so.
    let mut waited = 0;
    while snapshots(&data).is_empty() && waited < 70 {
        wait_seconds(&mut h, 1.0);
        waited += 1;
    }
    let found = snapshots(&data);
    assert_eq!(found.len(), 1, "copied again after {waited} s");
    assert!(fs::read_to_string(&found[0]).unwrap().contains("Two"));
    assert_eq!(h.state().status(), text::files::COPYING_AGAIN);
}

#[test]
fn discard_throws_the_unsaved_work_away() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let picker = ScriptedPicker::default();
    let mut first = harness_with_data(None, &picker, Some(data.clone()));
    first.key_press_modifiers(CTRL, Key::N);
    first.run();
    write_note(&mut first, "Not wanted");
    wait_seconds(&mut first, 3.0);
    drop(first);
    let mut second = harness_with_data(None, &picker, Some(data.clone()));
    second.get_by_label(text::dialogs::DISCARD).click();
    second.run();
    // Throwing work away is for good, so it asks once more.
    second.get_by_label(text::dialogs::KEEP_IT).click();
    second.run();
    assert_eq!(snapshots(&data).len(), 1);
    second.get_by_label(text::dialogs::DISCARD).click();
    second.run();
    second.get_by_label(text::dialogs::THROW_IT_AWAY).click();
    second.run();
    assert!(second.state().session().is_none());
    assert!(snapshots(&data).is_empty());
    drop(second);
    let third = harness_with_data(None, &picker, Some(data.clone()));
    assert!(third.query_by_label(text::dialogs::WORK_FOUND).is_none());
}

#[test]
fn a_second_app_running_at_the_same_time_leaves_the_first_ones_work_alone() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let picker = ScriptedPicker::default();
    let mut first = harness_with_data(None, &picker, Some(data.clone()));
    first.key_press_modifiers(CTRL, Key::N);
    first.run();
    write_note(&mut first, "Still being written");
    wait_seconds(&mut first, 3.0);
    let second = harness_with_data(None, &picker, Some(data.clone()));
    assert!(second.query_by_label(text::dialogs::WORK_FOUND).is_none());
    drop(second);
    assert_eq!(
        snapshots(&data).len(),
        1,
        "the first app's copy is still there"
    );
    assert!(has_note(&first, "Still being written"));
}

#[test]
fn dont_save_on_closing_lets_the_copy_go() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(None, &picker, Some(data.clone()));
    h.key_press_modifiers(CTRL, Key::N);
    h.run();
    write_note(&mut h, "Let go");
    wait_seconds(&mut h, 3.0);
    assert_eq!(snapshots(&data).len(), 1);
    request_close(&mut h);
    h.run();
    h.get_by_label(text::dialogs::DONT_SAVE).click();
    h.run();
    assert!(snapshots(&data).is_empty());
}

/// Another program rewrites the file while it is open here.
fn change_elsewhere(file: &Path) {
    let text = fs::read_to_string(file)
        .unwrap()
        .replace("Riverside Voices", "Changed Elsewhere");
    fs::write(file, text).unwrap();
}

fn edited_with_file_changed_elsewhere(
    dir: &Path,
    picker: &ScriptedPicker,
) -> (Harness<'static, App>, PathBuf) {
    let file = copy_fixture(dir, "group.ron");
    let mut h = harness_with_data(Some(file.clone()), picker, None);
    write_note(&mut h, "Ours");
    change_elsewhere(&file);
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(h.query_by_label(text::dialogs::CHANGED_ELSEWHERE).is_some());
    assert!(h.state().is_dirty());
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("Changed Elsewhere"),
        "not overwritten"
    );
    (h, file)
}

#[test]
fn a_file_changed_elsewhere_can_be_saved_as_a_copy() {
    let dir = tempfile::tempdir().unwrap();
    let picker = ScriptedPicker::default();
    let (mut h, file) = edited_with_file_changed_elsewhere(dir.path(), &picker);
    let copy = dir.path().join("our-copy.ron");
    picker.answer(Some(copy.clone()));
    h.get_by_label(text::dialogs::SAVE_AS_COPY).click();
    h.run();
    assert!(fs::read_to_string(&copy).unwrap().contains("Ours"));
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("Changed Elsewhere")
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn a_file_changed_elsewhere_can_be_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let picker = ScriptedPicker::default();
    let (mut h, file) = edited_with_file_changed_elsewhere(dir.path(), &picker);
    h.get_by_label(text::dialogs::OVERWRITE).click();
    h.run();
    let text = fs::read_to_string(&file).unwrap();
    assert!(text.contains("Ours") && !text.contains("Changed Elsewhere"));
    // Saved now, so the next Ctrl+S asks nothing.
    write_note(&mut h, "More");
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(h.query_by_label(text::dialogs::CHANGED_ELSEWHERE).is_none());
    assert!(fs::read_to_string(&file).unwrap().contains("More"));
}

#[test]
fn reloading_a_file_changed_elsewhere_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let picker = ScriptedPicker::default();
    let (mut h, _file) = edited_with_file_changed_elsewhere(dir.path(), &picker);
    h.get_by_label(text::dialogs::RELOAD_FROM_DISK).click();
    h.run();
    assert!(h.query_by_label(text::dialogs::RELOAD_TITLE).is_some());
    h.get_by_label(text::app::CANCEL).click();
    h.run();
    assert!(has_note(&h, "Ours"), "cancel keeps our changes");
    h.get_by_label(text::dialogs::RELOAD_FROM_DISK).click();
    h.run();
    h.get_by_label(text::dialogs::RELOAD).click();
    h.run();
    assert!(!has_note(&h, "Ours"));
    assert_eq!(h.state().session().unwrap().group, "Changed Elsewhere");
    assert!(!h.state().is_dirty());
}

#[test]
fn with_no_file_dialog_the_app_asks_for_a_path_and_proposes_one() {
    let dir = tempfile::tempdir().unwrap();
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(None, &picker, None);
    h.get_by_label(text::welcome::TRY_EXAMPLE).click();
    h.run();
    picker.unavailable();
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    let field = h.get_by_role_and_label(Role::TextInput, "File path");
    let proposed = field.value().unwrap();
    assert!(proposed.ends_with("being-heard.ron"), "{proposed}");
    let target = dir.path().join("typed");
    field.focus();
    h.run();
    h.key_press_modifiers(CTRL, Key::A);
    h.get_by_role_and_label(Role::TextInput, "File path")
        .type_text(&target.display().to_string());
    h.run();
    h.get_by_label(text::app::SAVE).click();
    h.run();
    let saved = target.with_extension("ron");
    assert_eq!(
        stepping_stones::file::load(&saved).unwrap().title,
        "Being heard"
    );
    assert!(!h.state().is_dirty());
}

#[test]
fn a_failed_save_keeps_the_work_unsaved_and_safe() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let folder = dir.path().join("gone-usb-stick");
    fs::create_dir(&folder).unwrap();
    let file = copy_fixture(&folder, "group.ron");
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(Some(file.clone()), &picker, Some(data.clone()));
    write_note(&mut h, "Not lost");
    fs::remove_dir_all(&folder).unwrap();
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(h.query_by_label_contains("can't be found").is_some());
    assert!(h.state().is_dirty());
    wait_seconds(&mut h, 3.0);
    let found = snapshots(&data);
    assert_eq!(found.len(), 1);
    assert!(fs::read_to_string(&found[0]).unwrap().contains("Not lost"));
}
