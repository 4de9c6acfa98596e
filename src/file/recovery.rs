//! Recovery snapshots: while a session has unsaved changes, a copy goes to the app's own
//! folder (never the group's file). If the app is killed or the power goes, the next start
//! finds the copy and offers it back.
//!
//! Each running app owns one snapshot, named by a lock file it holds locked while it runs.
//! A snapshot whose lock nobody holds belongs to an app that is gone: that is unsaved work
//! to offer. Two apps running at once never touch each other's snapshots.

use std::fs::{self, File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::{
    Backup, DiskStamp, LoadError, SaveError, Snapshot, snapshot_from_text, snapshot_to_text,
    write_atomic,
};
use crate::model::Session;
use crate::text::files as words;

/// The folder where the app keeps its own files on this computer.
#[must_use]
pub fn default_data_folder() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "stepping-stones").map(|d| d.data_dir().to_owned())
}

/// This app's own snapshot, and the lock that says it is still running.
#[derive(Debug)]
pub struct RecoveryStore {
    folder: PathBuf,
    name: String,
    /// Held for as long as the app runs; the operating system lets go of it if the app dies.
    _lock: File,
}

/// Unsaved work left behind by an app that is no longer running.
#[derive(Debug)]
pub struct Orphan {
    snapshot_path: PathBuf,
    lock_path: PathBuf,
    /// Held while the work is being offered, so a second app can't offer it too.
    _lock: File,
    /// What the snapshot holds, or why it can't be read.
    pub content: Result<Snapshot, LoadError>,
}

impl Orphan {
    /// Forgets the snapshot for good.
    pub fn discard(self) {
        let _ = fs::remove_file(&self.snapshot_path);
        let _ = fs::remove_file(&self.lock_path);
    }

    /// When the work was last changed, in seconds since 1970.
    #[must_use]
    pub fn written_at(&self) -> Option<u64> {
        self.content.as_ref().ok().map(|s| s.written_at)
    }
}

impl RecoveryStore {
    /// Takes a place in `folder` (made if missing) for this app's snapshot.
    pub fn open(folder: &Path) -> std::io::Result<Self> {
        fs::create_dir_all(folder)?;
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!("{}-{nanos:09}", std::process::id());
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(folder.join(format!("{name}.lock")))?;
        lock.try_lock().map_err(std::io::Error::other)?;
        Ok(Self {
            folder: folder.to_owned(),
            name,
            _lock: lock,
        })
    }

    /// Where this app's snapshot goes.
    #[must_use]
    pub fn snapshot_path(&self) -> PathBuf {
        self.folder.join(format!("{}.ron", self.name))
    }

    /// Writes (atomically) a snapshot of `session`, which belongs to the file `origin`,
    /// stamped `origin_stamp` when it was last opened or saved.
    pub fn write(
        &self,
        session: &Session,
        origin: Option<&Path>,
        origin_stamp: Option<DiskStamp>,
    ) -> Result<(), SaveError> {
        let snapshot = Snapshot {
            written_at: now_seconds(),
            origin: origin.map(Path::to_owned),
            origin_stamp: origin.and(origin_stamp),
            session: session.clone(),
        };
        let text = snapshot_to_text(&snapshot)?;
        write_atomic(&self.snapshot_path(), text.as_bytes(), Backup::None)
    }

    /// Removes this app's snapshot: the work is saved, or was let go on purpose.
    pub fn clear(&self) {
        let _ = fs::remove_file(self.snapshot_path());
    }

    /// Unsaved work from apps that are no longer running, newest first.
    #[must_use]
    pub fn orphans(&self) -> Vec<Orphan> {
        let Ok(entries) = fs::read_dir(&self.folder) else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for entry in entries.flatten() {
            let lock_path = entry.path();
            let is_lock = lock_path.extension().is_some_and(|e| e == "lock");
            let stem = lock_path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned());
            if !is_lock || stem.as_deref() == Some(self.name.as_str()) {
                continue;
            }
            // Opening a named pipe waits for the other end: only ordinary files are locks.
            if !entry.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            let Ok(lock) = OpenOptions::new().write(true).open(&lock_path) else {
                continue;
            };
            if lock.try_lock().is_err() {
                continue; // Its app is still running.
            }
            let snapshot_path = lock_path.with_extension("ron");
            if !snapshot_path.exists() {
                // That app closed cleanly, or had nothing unsaved.
                let _ = fs::remove_file(&lock_path);
                continue;
            }
            let content = read_snapshot(&snapshot_path);
            found.push(Orphan {
                snapshot_path,
                lock_path,
                _lock: lock,
                content,
            });
        }
        found.sort_by_key(|o| std::cmp::Reverse(o.written_at()));
        found
    }
}

impl Drop for RecoveryStore {
    fn drop(&mut self) {
        // Closing normally: the lock file goes, and the snapshot too if the work was saved
        // (the app clears it then). A snapshot still here is unsaved work, so it stays.
        if !self.snapshot_path().exists() {
            let _ = fs::remove_file(self.folder.join(format!("{}.lock", self.name)));
        }
    }
}

fn read_snapshot(path: &Path) -> Result<Snapshot, LoadError> {
    let (bytes, _) = super::read_regular_file(path, super::MAX_FILE_BYTES)?;
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    snapshot_from_text(&text)
}

/// Seconds since 1970, by the computer's clock.
#[must_use]
pub fn now_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// "just now", "5 minutes ago", "3 hours ago", "2 days ago".
#[must_use]
pub fn how_long_ago(then: u64, now: u64) -> String {
    let secs = now.saturating_sub(then);
    match secs {
        0..60 => words::JUST_NOW.to_owned(),
        60..3600 => words::minutes_ago(secs / 60),
        3600..86_400 => words::hours_ago(secs / 3600),
        _ => words::days_ago(secs / 86_400),
    }
}
