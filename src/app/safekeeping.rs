//! Keeping unsaved work safe: a recovery snapshot a moment after each change, when the
//! window loses focus, and before the app is told to stop. Snapshots go to the app's own
//! folder, never into the group's file.

use std::path::Path;
use std::time::Duration;

use super::document::Document;
use crate::file::recovery::{Orphan, RecoveryStore};

/// A snapshot is written once the session has been still for this long...
const QUIET_SECONDS: f64 = 2.0;
/// ...and never later than this after a change, even while someone keeps typing.
const LONGEST_WAIT_SECONDS: f64 = 20.0;
/// After a snapshot could not be written, the next try waits this long, then twice as
/// long after each failure, up to [`LONGEST_RETRY_SECONDS`]: a full disk or a missing
/// folder is not fixed from one frame to the next.
const FIRST_RETRY_SECONDS: f64 = 1.0;
const LONGEST_RETRY_SECONDS: f64 = 60.0;

/// Snapshots are failing: when to try again (egui time) and how long the last wait was.
#[derive(Debug, Clone, Copy)]
struct Retry {
    at: f64,
    wait: f64,
}

/// When to write the next snapshot, and the work other runs left behind.
#[derive(Debug, Default)]
pub(super) struct Safekeeping {
    store: Option<RecoveryStore>,
    /// The history state the snapshot on disk holds, if there is one.
    written: Option<u64>,
    /// The newest state seen, and when (egui time, in seconds).
    seen: Option<(u64, f64)>,
    /// When the oldest change not yet in a snapshot was made.
    first_unwritten: Option<f64>,
    was_focused: bool,
    /// Set while snapshots fail; the person has been told once.
    retry: Option<Retry>,
    /// The egui time of the last frame, for writes asked for outside a frame.
    now: f64,
    /// Unsaved work from runs that ended without saving, to offer back.
    pub orphans: Vec<Orphan>,
}

impl Safekeeping {
    /// Takes a place for snapshots in `folder`. Without one, nothing is kept, and the
    /// returned message says why.
    pub fn new(folder: Option<&Path>) -> (Self, Option<String>) {
        let Some(folder) = folder else {
            return (Self::default(), None);
        };
        match RecoveryStore::open(&folder.join("recovery")) {
            Ok(store) => {
                let orphans = store.orphans();
                let keeping = Self {
                    store: Some(store),
                    orphans,
                    was_focused: true,
                    ..Self::default()
                };
                (keeping, None)
            }
            Err(err) => {
                log::warn!("no recovery snapshots: {err}");
                let message = crate::text::files::cannot_keep_safe(folder, &err);
                (Self::default(), Some(message))
            }
        }
    }

    /// Where this run's snapshot goes, if snapshots are kept.
    pub fn snapshot_path(&self) -> Option<std::path::PathBuf> {
        self.store.as_ref().map(RecoveryStore::snapshot_path)
    }

    /// Called once a frame: writes a snapshot when one is due, removes it once the work
    /// is saved. Returns a message for the status line when writing starts failing (said
    /// once, not every try) and when it works again.
    pub fn tick(&mut self, ctx: &egui::Context, doc: Option<&Document>) -> Option<String> {
        let store = self.store.as_ref()?;
        let (now, focused) = ctx.input(|i| (i.time, i.viewport().focused.unwrap_or(true)));
        self.now = now;
        let lost_focus = self.was_focused && !focused;
        self.was_focused = focused;
        let Some(doc) = doc.filter(|d| d.history.is_dirty()) else {
            if self.written.take().is_some() {
                store.clear();
            }
            self.seen = None;
            self.first_unwritten = None;
            return None;
        };
        let state = doc.history.state();
        if self.written == Some(state) {
            return None;
        }
        if self.seen.is_none_or(|(s, _)| s != state) {
            self.seen = Some((state, now));
            self.first_unwritten.get_or_insert(now);
        }
        if let Some(retry) = self.retry
            && now < retry.at
        {
            ctx.request_repaint_after(Duration::from_secs_f64(retry.at - now));
            return None;
        }
        let quiet = now - self.seen.map_or(now, |(_, t)| t);
        let waited = now - self.first_unwritten.unwrap_or(now);
        if lost_focus || quiet >= QUIET_SECONDS || waited >= LONGEST_WAIT_SECONDS {
            let message = self.write_now(doc);
            if let Some(retry) = self.retry {
                ctx.request_repaint_after(Duration::from_secs_f64(retry.wait));
            }
            return message;
        }
        let wait = (QUIET_SECONDS - quiet).min(LONGEST_WAIT_SECONDS - waited);
        ctx.request_repaint_after(Duration::from_secs_f64(wait.max(0.05)));
        None
    }

    /// Writes a snapshot straight away (before stopping, or after a restore). Returns a
    /// message when writing starts failing or works again after failing.
    pub fn write_now(&mut self, doc: &Document) -> Option<String> {
        let store = self.store.as_ref()?;
        match store.write(&doc.session, doc.path.as_deref(), doc.stamp) {
            Ok(()) => {
                self.written = Some(doc.history.state());
                self.first_unwritten = None;
                self.retry
                    .take()
                    .map(|_| crate::text::files::COPYING_AGAIN.to_owned())
            }
            Err(err) => {
                let first = self.retry.is_none();
                let wait = self.retry.map_or(FIRST_RETRY_SECONDS, |r| {
                    (r.wait * 2.0).min(LONGEST_RETRY_SECONDS)
                });
                self.retry = Some(Retry {
                    at: self.now + wait,
                    wait,
                });
                if first {
                    log::warn!("could not write a recovery snapshot: {err}");
                    Some(crate::text::files::copy_failed(&err))
                } else {
                    log::debug!("still no recovery snapshot, next try in {wait} s: {err}");
                    None
                }
            }
        }
    }

    /// Forgets this run's snapshot: the person chose not to keep the changes.
    pub fn let_go(&mut self) {
        if let Some(store) = &self.store {
            store.clear();
        }
        self.written = None;
        self.seen = None;
        self.first_unwritten = None;
    }
}
