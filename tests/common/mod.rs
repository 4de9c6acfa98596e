//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test file uses a different part")]

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use stepping_stones::App;
use stepping_stones::app::StartOptions;
use stepping_stones::picker::{FilePicker, Pick};
use stepping_stones::text;

/// The committed format-1 fixture.
pub fn fixture_v1() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1.ron")
}

/// Copies the format-1 fixture into `dir` and returns the copy's path.
pub fn copy_fixture(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::copy(fixture_v1(), &path).unwrap();
    path
}

/// Answers file dialogs from a script, and records what it was asked.
#[derive(Clone, Default)]
pub struct ScriptedPicker {
    pub answers: Rc<RefCell<VecDeque<Pick>>>,
    pub asked: Rc<RefCell<Vec<&'static str>>>,
}

impl ScriptedPicker {
    pub fn answer(&self, path: Option<PathBuf>) {
        self.answers
            .borrow_mut()
            .push_back(path.map_or(Pick::Cancelled, Pick::Chosen));
    }

    /// The next dialog can't be shown at all.
    pub fn unavailable(&self) {
        self.answers.borrow_mut().push_back(Pick::Unavailable);
    }

    fn next(&self, what: &'static str) -> Pick {
        self.asked.borrow_mut().push(what);
        self.answers
            .borrow_mut()
            .pop_front()
            .unwrap_or(Pick::Cancelled)
    }
}

impl FilePicker for ScriptedPicker {
    fn pick_open(&mut self) -> Pick {
        self.next("open")
    }

    fn pick_save(&mut self, _suggested: &Path) -> Pick {
        self.next("save")
    }
}

/// The real app in a test harness, opening `path` if given, with scripted file dialogs
/// and no recovery snapshots.
pub fn harness(path: Option<PathBuf>, picker: &ScriptedPicker) -> Harness<'static, App> {
    harness_with_data(path, picker, None)
}

/// The real app with the example session open, as a facilitator tries it first.
pub fn with_example(picker: &ScriptedPicker) -> Harness<'static, App> {
    let mut h = harness(None, picker);
    h.get_by_label(text::welcome::TRY_EXAMPLE).click();
    h.run();
    h
}

/// Chooses `item` from the Share menu, answering the save dialog with `target`.
pub fn share(h: &mut Harness<'_, App>, picker: &ScriptedPicker, item: &str, target: &Path) {
    picker.answer(Some(target.to_owned()));
    h.get_by_label(text::menu::SHARE).click();
    h.run();
    h.get_by_label(item).click();
    h.run();
}

/// The real app in a test harness that keeps recovery snapshots under `data_folder`.
pub fn harness_with_data(
    path: Option<PathBuf>,
    picker: &ScriptedPicker,
    data_folder: Option<PathBuf>,
) -> Harness<'static, App> {
    let picker = picker.clone();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        // Frames as a real screen draws them, so a double-click is two clicks close in time.
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |cc| {
            App::new(
                cc,
                StartOptions {
                    path,
                    picker: Box::new(picker),
                    data_folder,
                    stop: None,
                },
            )
        });
    // Like egui_kittest itself: nothing glides, so each frame shows where things come to rest.
    let ctx = harness.ctx.clone();
    harness
        .state_mut()
        .run(&ctx, stepping_stones::ui::Action::SetReduceMotion(true));
    harness.run();
    harness
}

/// Whether the app asked the window to do `command` in the last frame.
pub fn sent(harness: &Harness<'_, App>, command: &egui::ViewportCommand) -> bool {
    harness
        .output()
        .viewport_output
        .values()
        .any(|v| v.commands.contains(command))
}

/// Asks the window to close, as the window manager's close button does.
pub fn request_close(harness: &mut Harness<'_, App>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
}

/// Presses the primary button at `from`, moves in steps to `to` and lets go there.
/// Steps rather than `run()`: what is dragged may show a tooltip, which keeps repainting.
pub fn drag(h: &mut Harness<'_, App>, from: egui::Pos2, to: egui::Pos2) {
    h.hover_at(from);
    h.run_steps(2);
    h.drag_at(from);
    h.run_steps(2);
    for i in 1..=8 {
        h.hover_at(from + (to - from) * (i as f32 / 8.0));
        h.run_steps(2);
    }
    h.drop_at(to);
    h.run_steps(3);
}

/// Ctrl+Z.
pub fn undo(h: &mut Harness<'_, App>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
}

/// Ctrl+Shift+Z.
pub fn redo(h: &mut Harness<'_, App>) {
    h.key_press_modifiers(
        egui::Modifiers::COMMAND.plus(egui::Modifiers::SHIFT),
        egui::Key::Z,
    );
    h.run();
}

/// Presses `key` with `modifiers` and lets the app settle.
pub fn key(h: &mut Harness<'_, App>, modifiers: egui::Modifiers, key: egui::Key) {
    h.key_press_modifiers(modifiers, key);
    h.run();
}

/// Moves the app's clock on by `seconds` in one frame, as if the room had waited.
pub fn wait(h: &mut Harness<'_, App>, seconds: f64) {
    let now = h.ctx.input(|i| i.time);
    h.input_mut().time = Some(now + seconds);
    h.step();
    h.input_mut().time = None;
    h.run();
}

/// The name of what has the keyboard, as a screen reader would say it.
#[allow(
    clippy::redundant_closure_for_method_calls,
    reason = "the method needs a closure for its lifetimes"
)]
pub fn focused_name(h: &Harness<'_, App>) -> Option<String> {
    use egui_kittest::kittest::NodeT as _;
    h.query_all_by(|n| n.is_focused())
        .next()
        .and_then(|n| n.accesskit_node().label().or_else(|| n.value()))
}
