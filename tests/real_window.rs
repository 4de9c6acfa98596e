//! The real app in a real window, stopped the hard way. These need an X display and
//! xdotool, so `cargo test` skips them; `.ci/run` runs them under Xvfb with `--ignored`.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use common::{ScriptedPicker, copy_fixture, harness_with_data};
use egui_kittest::kittest::Queryable as _;
use stepping_stones::text;

/// One window at a time: the keys typed go to whichever window has the focus.
static ONE_WINDOW: std::sync::Mutex<()> = std::sync::Mutex::new(());

const NEEDS_DISPLAY: &str = "needs an X display and xdotool: .ci/run runs it under Xvfb";

fn xdotool(args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .args(args)
        .output()
        .expect("xdotool is installed");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Starts the app on `file` and waits for its window; returns the process and window.
#[allow(
    clippy::zombie_processes,
    reason = "each test waits for the app it started"
)]
fn start(file: &Path, data: &Path) -> (Child, String) {
    assert!(std::env::var_os("DISPLAY").is_some(), "{NEEDS_DISPLAY}");
    let mut child = Command::new(env!("CARGO_BIN_EXE_stepping-stones"))
        .arg(file)
        .env("STEPPING_STONES_DATA_DIR", data)
        .spawn()
        .unwrap();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let started = Instant::now();
    loop {
        let window = xdotool(&["search", "--name", &name]);
        if let Some(first) = window.lines().next() {
            let window = first.to_owned();
            std::thread::sleep(Duration::from_millis(800));
            xdotool(&["windowfocus", "--sync", &window]);
            return (child, window);
        }
        if started.elapsed() > Duration::from_mins(1) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the window never appeared");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Ctrl+1, N, a word, Escape: a new note on the board, as a facilitator types it.
fn type_note(window: &str, text: &str) {
    for key in ["ctrl+1", "n"] {
        xdotool(&["key", "--window", window, key]);
        std::thread::sleep(Duration::from_millis(300));
    }
    xdotool(&["type", "--delay", "40", text]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&["key", "Escape"]);
}

fn snapshot_texts(data: &Path) -> Vec<String> {
    fs::read_dir(data.join("recovery"))
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .filter_map(|p: PathBuf| fs::read_to_string(p).ok())
                .collect()
        })
        .unwrap_or_default()
}

fn offered_back(data: &Path, text: &str) {
    let picker = ScriptedPicker::default();
    let mut h = harness_with_data(None, &picker, Some(data.to_owned()));
    h.get_by_label(text::dialogs::RESTORE).click();
    h.run();
    let session = h.state().session().unwrap();
    assert!(
        session
            .boards
            .iter()
            .flat_map(|b| &b.notes)
            .any(|n| n.text == text)
    );
    assert!(h.state().is_dirty());
}

#[test]
#[ignore = "needs an X display and xdotool: .ci/run runs it under Xvfb"]
fn a_note_survives_sigkill_and_is_offered_back() {
    let _one = ONE_WINDOW
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = copy_fixture(dir.path(), "killed.ron");
    let before = fs::read(&file).unwrap();
    let (mut child, window) = start(&file, &data);
    type_note(&window, "Kept through a crash");
    std::thread::sleep(Duration::from_secs(4));
    child.kill().unwrap(); // SIGKILL: no chance to clean up.
    child.wait().unwrap();
    assert_eq!(
        fs::read(&file).unwrap(),
        before,
        "the crash left the file as it was"
    );
    let snapshots = snapshot_texts(&data);
    assert_eq!(snapshots.len(), 1);
    assert!(snapshots[0].contains("Kept through a crash"));
    offered_back(&data, "Kept through a crash");
}

#[test]
#[ignore = "needs an X display and xdotool: .ci/run runs it under Xvfb"]
fn a_stop_signal_writes_a_snapshot_before_the_app_ends() {
    let _one = ONE_WINDOW
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = copy_fixture(dir.path(), "stopped.ron");
    let (mut child, window) = start(&file, &data);
    type_note(&window, "Written just before logout");
    // At once, before the usual pause after a change has passed.
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "the app did not stop"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let snapshots = snapshot_texts(&data);
    assert_eq!(snapshots.len(), 1);
    assert!(snapshots[0].contains("Written just before logout"));
    offered_back(&data, "Written just before logout");
}

/// Starts the app on `file` and says how long it took for its window to appear, or `None`
/// if it did not within thirty seconds (it is stopped either way).
fn seconds_to_a_window(file: &Path, data: &Path) -> Option<f32> {
    assert!(std::env::var_os("DISPLAY").is_some(), "{NEEDS_DISPLAY}");
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_stepping-stones"))
        .arg(file)
        .env("STEPPING_STONES_DATA_DIR", data)
        .spawn()
        .unwrap();
    let mut shown = None;
    while started.elapsed() < Duration::from_secs(30) {
        if !xdotool(&["search", "--name", text::app::APP_NAME]).is_empty() {
            shown = Some(started.elapsed().as_secs_f32());
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    shown
}

#[cfg(unix)]
#[test]
#[ignore = "needs an X display and xdotool: .ci/run runs it under Xvfb"]
fn a_pipe_a_folder_or_a_device_given_as_the_session_still_opens_the_window() {
    let _one = ONE_WINDOW
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let pipe = dir.path().join("pipe.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .unwrap()
            .success()
    );
    let folder = dir.path().join("folder.ron");
    fs::create_dir(&folder).unwrap();
    for file in [pipe, folder, PathBuf::from("/dev/zero")] {
        let seconds = seconds_to_a_window(&file, &data);
        assert!(
            seconds.is_some(),
            "no window appeared for {}",
            file.display()
        );
        eprintln!(
            "{}: window after {:.2} s",
            file.display(),
            seconds.unwrap_or(0.0)
        );
    }
}
