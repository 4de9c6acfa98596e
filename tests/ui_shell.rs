//! The app shell driven as a person would: shortcuts, tabs, the unsaved-changes question,
//! opening files. Every test asserts on the session or the file afterwards.

mod common;

use std::fs;

use common::{ScriptedPicker, copy_fixture, harness, request_close, sent, with_example};
use egui::accesskit::Role;
use egui::{Key, Modifiers, ViewportCommand};
use egui_kittest::kittest::Queryable as _;
use stepping_stones::text;
use stepping_stones::ui::Tab;

const CTRL: Modifiers = Modifiers::COMMAND;
const CTRL_SHIFT: Modifiers = Modifiers::COMMAND.plus(Modifiers::SHIFT);

/// Types into the text field labelled `label`, replacing what was there.
fn retype(h: &mut egui_kittest::Harness<'_, stepping_stones::App>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).click();
    h.run();
    h.key_press_modifiers(CTRL, Key::A);
    h.get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    h.run();
}

/// Clicks on an empty part of the window, so no text field has the keyboard.
fn click_away(h: &mut egui_kittest::Harness<'_, stepping_stones::App>) {
    h.get_by_label(text::session::ABOUT).click();
    h.run();
}

#[test]
fn opening_a_file_by_path_shows_its_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(dir.path(), "group.ron");
    let picker = ScriptedPicker::default();
    let h = harness(Some(path.clone()), &picker);
    let app = h.state();
    assert_eq!(app.session().unwrap().title, "Being heard");
    assert_eq!(
        app.document().unwrap().path.as_deref(),
        Some(std::path::absolute(&path).unwrap().as_path())
    );
    assert!(!app.is_dirty());
    assert_eq!(app.title(), "Being heard — group.ron — Stepping Stones");
    assert!(h.query_by_label(text::menu::TAB_BOARD).is_some());
}

#[test]
fn ctrl_number_switches_tabs_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let picker = ScriptedPicker::default();
    let mut h = harness(Some(copy_fixture(dir.path(), "g.ron")), &picker);
    for (key, tab, heading) in [
        (Key::Num2, Tab::Ladder, "Ladder of participation"),
        (Key::Num3, Tab::River, "Recovery River"),
        (Key::Num4, Tab::Session, "About this session"),
        (Key::Num1, Tab::Board, "Add a note"),
    ] {
        h.key_press_modifiers(CTRL, key);
        h.run();
        assert_eq!(h.state().tab(), tab);
        assert!(h.query_by_label(heading).is_some(), "{heading} is shown");
    }
    // The six rungs are on the ladder by name.
    h.key_press_modifiers(CTRL, Key::Num2);
    h.run();
    for (n, rung) in [
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
        let label = format!("Rung {}: {rung}.", n + 1);
        assert!(h.query_by_label_contains(&label).is_some(), "{rung}");
    }
    // And the tabs can be clicked too.
    h.get_by_label(text::menu::TAB_RIVER).click();
    h.run();
    assert_eq!(h.state().tab(), Tab::River);
}

#[test]
fn typing_then_ctrl_s_writes_the_file_with_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(dir.path(), "group.ron");
    let before = fs::read(&path).unwrap();
    let picker = ScriptedPicker::default();
    let mut h = harness(Some(path.clone()), &picker);
    h.key_press_modifiers(CTRL, Key::Num4);
    h.run();
    retype(&mut h, "Session title", "Being heard, part two");
    assert_eq!(h.state().session().unwrap().title, "Being heard, part two");
    assert!(h.state().is_dirty());
    assert!(h.state().title().contains("(unsaved changes)"));
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(!h.state().is_dirty());
    assert!(
        picker.asked.borrow().is_empty(),
        "Ctrl+S on a saved session asks nothing"
    );
    let saved = stepping_stones::file::load(&path).unwrap();
    assert_eq!(saved.title, "Being heard, part two");
    assert_eq!(
        fs::read(stepping_stones::file::backup_path(&path)).unwrap(),
        before
    );
}

#[test]
fn ctrl_z_undoes_and_ctrl_shift_z_and_ctrl_y_redo() {
    let dir = tempfile::tempdir().unwrap();
    let picker = ScriptedPicker::default();
    let mut h = harness(Some(copy_fixture(dir.path(), "g.ron")), &picker);
    h.key_press_modifiers(CTRL, Key::Num4);
    h.run();
    retype(&mut h, "Group name", "Hillside Voices");
    click_away(&mut h);
    assert_eq!(h.state().session().unwrap().group, "Hillside Voices");
    h.key_press_modifiers(CTRL, Key::Z);
    h.run();
    assert_eq!(
        h.state().session().unwrap().group,
        "Riverside Voices",
        "the whole run of typing undone at once"
    );
    assert!(!h.state().is_dirty(), "back to what the file holds");
    h.key_press_modifiers(CTRL_SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().session().unwrap().group, "Hillside Voices");
    h.key_press_modifiers(CTRL, Key::Z);
    h.run();
    h.key_press_modifiers(CTRL, Key::Y);
    h.run();
    assert_eq!(h.state().session().unwrap().group, "Hillside Voices");
    assert!(h.state().is_dirty());
}

#[test]
fn the_menus_undo_and_add_people() {
    let picker = ScriptedPicker::default();
    let mut h = harness(None, &picker);
    h.get_by_label(text::welcome::START_NEW).click();
    h.run();
    assert_eq!(h.state().tab(), Tab::Session);
    h.get_by_label(text::session::ADD_PERSON).click();
    h.run();
    h.get_by_label(text::session::ADD_PERSON).click();
    h.run();
    assert_eq!(h.state().session().unwrap().participants.len(), 2);
    h.get_by_label(text::menu::EDIT).click();
    h.run();
    h.get_by_label_contains("Undo").click();
    h.run();
    assert_eq!(h.state().session().unwrap().participants.len(), 1);
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(dir.path(), "group.ron");
    let before = fs::read(&path).unwrap();
    let picker = ScriptedPicker::default();
    let mut h = harness(Some(path.clone()), &picker);
    h.key_press_modifiers(CTRL, Key::Num4);
    h.run();
    retype(&mut h, "Session title", "Not yet saved");
    click_away(&mut h);

    // Cancel keeps everything as it is.
    request_close(&mut h);
    h.step();
    assert!(
        sent(&h, &ViewportCommand::CancelClose),
        "the window stays open"
    );
    h.run();
    assert!(h.query_by_label(text::dialogs::SAVE_CHANGES).is_some());
    h.get_by_label(text::app::CANCEL).click();
    h.run();
    assert!(h.query_by_label(text::dialogs::SAVE_CHANGES).is_none());
    assert_eq!(h.state().session().unwrap().title, "Not yet saved");
    assert_eq!(fs::read(&path).unwrap(), before);

    // Don't save closes without touching the file.
    request_close(&mut h);
    h.run();
    h.get_by_label(text::dialogs::DONT_SAVE).click();
    h.step();
    assert!(sent(&h, &ViewportCommand::Close));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn closing_and_choosing_save_writes_the_file_then_closes() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(dir.path(), "group.ron");
    let picker = ScriptedPicker::default();
    let mut h = harness(Some(path.clone()), &picker);
    h.key_press_modifiers(CTRL, Key::Num4);
    h.run();
    retype(&mut h, "Session title", "Saved on the way out");
    click_away(&mut h);
    request_close(&mut h);
    h.run();
    h.get_by_label(text::app::SAVE).click();
    h.step();
    assert!(sent(&h, &ViewportCommand::Close));
    assert_eq!(
        stepping_stones::file::load(&path).unwrap().title,
        "Saved on the way out"
    );
}

#[test]
fn closing_without_changes_does_not_ask() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    request_close(&mut h);
    h.step();
    assert!(!sent(&h, &ViewportCommand::CancelClose));
    h.run();
    assert!(h.query_by_label(text::dialogs::SAVE_CHANGES).is_none());
}

#[test]
fn ctrl_n_with_unsaved_changes_asks_and_dont_save_starts_afresh() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.key_press_modifiers(CTRL, Key::Num4);
    h.run();
    h.get_by_label(text::session::ADD_PERSON).click();
    h.run();
    h.key_press_modifiers(CTRL, Key::N);
    h.run();
    assert!(h.query_by_label(text::dialogs::SAVE_CHANGES).is_some());
    assert_eq!(
        h.state().session().unwrap().title,
        "Being heard",
        "nothing replaced yet"
    );
    h.get_by_label(text::dialogs::DONT_SAVE).click();
    h.run();
    let s = h.state().session().unwrap();
    assert_eq!(s.title, stepping_stones::text::model::NEW_SESSION_TITLE);
    assert!(s.participants.is_empty());
    assert!(!h.state().is_dirty());
}

#[test]
fn save_of_a_never_saved_session_asks_where_and_ctrl_shift_s_asks_again() {
    let dir = tempfile::tempdir().unwrap();
    let first = dir.path().join("first.ron");
    let second = dir.path().join("second.ron");
    let picker = ScriptedPicker::default();
    let mut h = harness(None, &picker);
    h.key_press_modifiers(CTRL, Key::N);
    h.run();
    picker.answer(Some(first.clone()));
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(first.exists());
    assert_eq!(
        h.state().document().unwrap().path.as_deref(),
        Some(first.as_path())
    );
    picker.answer(Some(second.clone()));
    h.key_press_modifiers(CTRL_SHIFT, Key::S);
    h.run();
    assert!(second.exists());
    assert_eq!(*picker.asked.borrow(), ["save", "save"]);
    assert_eq!(h.state().recent()[0], second);
}

#[test]
fn ctrl_o_opens_the_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(dir.path(), "chosen.ron");
    let picker = ScriptedPicker::default();
    let mut h = harness(None, &picker);
    picker.answer(Some(path));
    h.key_press_modifiers(CTRL, Key::O);
    h.run();
    assert_eq!(h.state().session().unwrap().group, "Riverside Voices");
    assert!(h.state().title().contains("chosen.ron"));
}

#[test]
fn a_file_that_cannot_be_read_shows_a_message_and_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let bytes = b"(format_version: 1, session: (title: \"cut off".to_vec();
    fs::write(&path, &bytes).unwrap();
    let picker = ScriptedPicker::default();
    let mut h = harness(Some(path.clone()), &picker);
    assert!(h.state().session().is_none());
    assert!(h.query_by_label_contains("could not be opened").is_some());
    h.get_by_label(text::app::CLOSE).click();
    h.run();
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert_eq!(fs::read(&path).unwrap(), bytes);
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no backup or other file made"
    );
}

#[test]
fn a_failed_save_says_why_and_offers_save_as() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("a-folder.ron");
    fs::create_dir(&folder).unwrap();
    let rescue = dir.path().join("rescue.ron");
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    picker.answer(Some(folder));
    h.key_press_modifiers(CTRL, Key::S);
    h.run();
    assert!(h.query_by_label_contains("is a folder").is_some());
    assert!(h.state().document().unwrap().path.is_none());
    picker.answer(Some(rescue.clone()));
    h.get_by_label(text::dialogs::SAVE_AS).click();
    h.run();
    assert_eq!(
        stepping_stones::file::load(&rescue).unwrap().title,
        "Being heard"
    );
}

#[test]
fn dropping_a_session_file_on_the_window_opens_it() {
    #[derive(Debug)]
    struct Dropped(std::path::PathBuf);
    impl egui::DroppedFile for Dropped {
        fn path(&self) -> &std::path::Path {
            &self.0
        }
        fn bytes(&self) -> Result<Vec<u8>, String> {
            fs::read(&self.0).map_err(|e| e.to_string())
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = copy_fixture(dir.path(), "dropped.ron");
    let picker = ScriptedPicker::default();
    let mut h = harness(None, &picker);
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path)));
    h.run();
    assert!(h.state().title().contains("dropped.ron"));
}

#[test]
fn f1_shows_the_keyboard_shortcuts_and_escape_closes_them() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.key_press(Key::F1);
    h.run();
    assert!(h.query_by_label(text::menu::KEYBOARD_SHORTCUTS).is_some());
    let (_, paste) = text::help::BOARD_KEYS[text::help::BOARD_KEYS.len() - 1];
    assert!(h.query_by_label(paste).is_some());
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label(text::menu::KEYBOARD_SHORTCUTS).is_none());
    // And from the Help menu.
    h.get_by_label(text::menu::HELP).click();
    h.run();
    h.get_by_label_contains("Keyboard shortcuts").click();
    h.run();
    assert!(h.query_by_label(text::menu::KEYBOARD_SHORTCUTS).is_some());
    h.get_by_label(text::app::CLOSE).click();
    h.run();
    assert!(h.query_by_label(text::menu::KEYBOARD_SHORTCUTS).is_none());
}

/// Whether the open sheet has a row whose keys are `keys`, alone or beside others that do
/// the same ("Ctrl+Shift+Z or Ctrl+Y").
fn sheet_shows(h: &egui_kittest::Harness<'_, stepping_stones::App>, keys: &str) -> bool {
    use egui_kittest::kittest::NodeT as _;
    h.query_all_by_label_contains(keys).any(|node| {
        node.accesskit_node()
            .label()
            .or_else(|| node.value())
            .is_some_and(|label| label.split(text::help::OR).any(|k| k == keys))
    })
}

#[test]
fn the_shortcuts_sheet_shows_every_shortcut_the_app_answers_as_the_menus_write_it() {
    use stepping_stones::ui::menu;
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.key_press(Key::F1);
    h.run();
    let ctx = h.ctx.clone();
    // The list the key handler answers and the menus take their shortcuts from.
    let shortcuts = menu::app_shortcuts();
    assert!(shortcuts.iter().any(|s| s.keys == menu::SAVE_AS));
    assert!(shortcuts.iter().any(|s| s.keys == menu::SHORTCUTS_SHEET));
    for shortcut in &shortcuts {
        let keys = ctx.format_shortcut(&shortcut.keys);
        assert!(sheet_shows(&h, &keys), "the sheet leaves out {keys}");
        assert!(
            h.query_all_by_label(&shortcut.what).next().is_some(),
            "the sheet leaves out what {keys} does"
        );
    }
    for (keys, what) in menu::BOARD_SHORTCUTS {
        assert!(sheet_shows(&h, &ctx.format_shortcut(&keys)));
        assert!(h.query_all_by_label(what).next().is_some());
    }
    // The check can fail: a shortcut the app doesn't have is not on the sheet.
    let missing = egui::KeyboardShortcut::new(CTRL_SHIFT, Key::Q);
    assert!(!sheet_shows(&h, &ctx.format_shortcut(&missing)));
}

#[test]
fn escape_answers_cancel_even_over_the_board() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.key_press_modifiers(CTRL, Key::Num4);
    h.run();
    h.get_by_label(text::session::ADD_PERSON).click();
    h.run();
    h.key_press_modifiers(CTRL, Key::Num1);
    h.run();
    h.key_press_modifiers(CTRL, Key::N);
    h.run();
    assert!(h.query_by_label(text::dialogs::SAVE_CHANGES).is_some());
    h.key_press(Key::Escape);
    h.run();
    assert!(
        h.query_by_label(text::dialogs::SAVE_CHANGES).is_none(),
        "Escape reached the question, not the board"
    );
    assert_eq!(
        h.state().session().unwrap().title,
        "Being heard",
        "nothing was replaced"
    );
    assert!(h.state().is_dirty());
}

#[test]
fn the_view_menu_switches_to_high_contrast() {
    let picker = ScriptedPicker::default();
    let mut h = harness(None, &picker);
    h.get_by_label(text::menu::VIEW).click();
    h.run();
    h.get_by_label(text::menu::LOOK_HIGH_CONTRAST).click();
    h.run();
    assert_eq!(
        h.state().look(),
        stepping_stones::ui::tokens::Look::HighContrast
    );
    let panel = h.ctx.global_style().visuals.panel_fill;
    assert_eq!(panel, egui::Color32::BLACK);
}

#[test]
fn help_about_shows_the_version_the_licence_and_the_recovery_folder() {
    let picker = ScriptedPicker::default();
    let data = tempfile::tempdir().unwrap();
    let mut h = common::harness_with_data(None, &picker, Some(data.path().to_owned()));
    h.get_by_label(text::menu::HELP).click();
    h.run();
    h.get_by_label(text::menu::ABOUT).click();
    h.run();
    assert!(h.query_by_label(text::help::ABOUT_HEADING).is_some());
    let version = text::help::version(env!("CARGO_PKG_VERSION"));
    assert!(h.query_by_label(&version).is_some());
    assert!(h.query_by_label(text::help::LICENCE).is_some());
    let recovery = data.path().join("recovery");
    let shown = text::help::recovery_folder(&recovery);
    assert!(h.query_by_label(&shown).is_some(), "{shown}");
    h.get_by_label(text::app::CLOSE).click();
    h.run();
    assert!(h.query_by_label(text::help::ABOUT_HEADING).is_none());
}
