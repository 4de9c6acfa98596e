//! Helpers shared by the integration tests.
#![allow(dead_code, reason = "each test file uses a different part")]

use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use egui_kittest::Harness;
use stepping_stones::App;
use stepping_stones::app::StartOptions;
use stepping_stones::picker::FilePicker;

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
    pub answers: Rc<RefCell<VecDeque<Option<PathBuf>>>>,
    pub asked: Rc<RefCell<Vec<&'static str>>>,
}

impl ScriptedPicker {
    pub fn answer(&self, path: Option<PathBuf>) {
        self.answers.borrow_mut().push_back(path);
    }
}

impl FilePicker for ScriptedPicker {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.asked.borrow_mut().push("open");
        self.answers.borrow_mut().pop_front().flatten()
    }

    fn pick_save(&mut self, _suggested: &Path) -> Option<PathBuf> {
        self.asked.borrow_mut().push("save");
        self.answers.borrow_mut().pop_front().flatten()
    }
}

/// The real app in a test harness, opening `path` if given, with scripted file dialogs.
pub fn harness(path: Option<PathBuf>, picker: &ScriptedPicker) -> Harness<'static, App> {
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
                },
            )
        });
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
