//! The open session and its file: opening, saving, starting anew, and taking back work
//! that a crash left behind.

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

use super::dialogs::Dialog;
use super::{App, EXAMPLE_SESSION};
use crate::file::{self, DiskStamp};
use crate::history::History;
use crate::model::Session;
use crate::picker::{Pick, file_name_for};
use crate::text::{app as common, dialogs};
use crate::ui::menu::display_name;
use crate::ui::{Tab, ViewState};

/// A session that is open, where it lives, and its undo history.
#[derive(Debug)]
pub struct Document {
    pub session: Session,
    /// The file it was opened from or last saved to; `None` until first saved.
    pub path: Option<PathBuf>,
    pub history: History,
    /// The file as it was when last read or written here (or, for restored work, when the
    /// run that made it last read or wrote it).
    pub(super) stamp: Option<DiskStamp>,
    /// Restored after a crash: the file may have moved on since, so ask before writing it.
    pub(super) ask_before_overwrite: bool,
}

impl Document {
    fn new(session: Session, path: Option<PathBuf>, stamp: Option<DiskStamp>) -> Self {
        Self {
            session,
            path,
            history: History::default(),
            stamp,
            ask_before_overwrite: false,
        }
    }

    /// Whether saving to its own file would overwrite changes made by another program.
    fn file_changed_elsewhere(&self) -> bool {
        let Some(path) = &self.path else { return false };
        (self.ask_before_overwrite && path.exists())
            || self.stamp.is_some_and(|s| s.changed_on_disk(path))
    }
}

/// Something that would close the open session, waiting for the unsaved-changes question.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Guarded {
    New,
    OpenPath(PathBuf),
    OpenExample,
    Close,
}

impl App {
    /// Asks about unsaved changes before doing something that would close the session.
    pub(super) fn guard(&mut self, ctx: &egui::Context, then: Guarded) {
        if self.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(then));
        } else {
            self.proceed(ctx, then);
        }
    }

    pub(super) fn proceed(&mut self, ctx: &egui::Context, then: Guarded) {
        match then {
            Guarded::New => {
                self.replace_document(Document::new(Session::new(), None, None));
                self.view.tab = Tab::Session;
                common::NEW_SESSION_READY.clone_into(&mut self.status);
            }
            Guarded::OpenPath(path) => self.open_path(&path),
            Guarded::OpenExample => match file::from_text(EXAMPLE_SESSION) {
                Ok(session) => {
                    self.replace_document(Document::new(session, None, None));
                    common::EXAMPLE_OPENED.clone_into(&mut self.status);
                }
                Err(err) => self.dialog = Some(Dialog::OpenFailed(err.to_string())),
            },
            Guarded::Close => {
                // Closing with changes means "Don't save" was chosen: let the copy go too.
                if self.is_dirty() {
                    self.keeping.let_go();
                }
                self.may_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    pub(super) fn replace_document(&mut self, doc: Document) {
        self.room_session_closed(); // #15: phones never reach the next session
        self.doc = Some(doc);
        // The tab, projector mode and the timer belong to the room, not to the session.
        self.view = ViewState {
            tab: self.view.tab,
            projector: self.view.projector,
            narrow: self.view.narrow,
            timer: self.view.timer.take(),
            ..ViewState::default()
        };
    }

    /// Opens a session file. If it can't be read, the open session stays as it was and the
    /// file is left alone; nothing is ever saved over a file that failed to open.
    pub fn open_path(&mut self, path: &Path) {
        match file::load_with_stamp(path) {
            Ok((session, stamp)) => {
                let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
                self.prefs.remember_recent(&path);
                self.status = common::opened(&display_name(&path));
                self.replace_document(Document::new(session, Some(path), Some(stamp)));
            }
            Err(err) => {
                log::warn!("could not open {}: {err}", path.display());
                self.dialog = Some(Dialog::OpenFailed(dialogs::open_failed(
                    &display_name(path),
                    &err,
                )));
            }
        }
    }

    /// Saves to the session's file, or asks where when there is none or `ask` is set.
    /// Returns whether the session was saved.
    pub(super) fn save(&mut self, ask: bool) -> bool {
        let Some(doc) = &self.doc else {
            common::NOTHING_TO_SAVE.clone_into(&mut self.status);
            return false;
        };
        if let (Some(path), false) = (&doc.path, ask) {
            if doc.file_changed_elsewhere() {
                self.dialog = Some(Dialog::ChangedOnDisk);
                return false;
            }
            let path = path.clone();
            return self.save_to(&path);
        }
        let suggested = doc
            .path
            .clone()
            .unwrap_or_else(|| default_folder().join(file_name_for(&doc.session.title)));
        match self.picker.pick_save(&suggested) {
            Pick::Chosen(path) => self.save_to(&path),
            Pick::Cancelled => false,
            Pick::Unavailable => {
                let text = suggested.display().to_string();
                self.dialog = Some(Dialog::TypePath { save: true, text });
                false
            }
        }
    }

    /// Writes the session to `path`, which becomes its file.
    pub(super) fn save_to(&mut self, path: &Path) -> bool {
        let Some(doc) = &mut self.doc else {
            return false;
        };
        match file::save(path, &doc.session) {
            Ok(stamp) => {
                doc.history.mark_saved();
                doc.stamp = Some(stamp);
                doc.ask_before_overwrite = false;
                self.status = common::saved(path, &display_name(&file::backup_path(path)));
                doc.path = Some(path.to_owned());
                self.prefs.remember_recent(path);
                true
            }
            Err(err) => {
                log::warn!("could not save {}: {err}", path.display());
                self.dialog = Some(Dialog::SaveFailed(dialogs::save_failed(path, &err)));
                false
            }
        }
    }

    /// Opens the newest piece of unsaved work left by an earlier run, as an unsaved session.
    pub(super) fn restore_orphan(&mut self) {
        if self.keeping.orphans.is_empty() {
            return;
        }
        let orphan = self.keeping.orphans.remove(0);
        match &orphan.content {
            Ok(snapshot) => {
                let path = snapshot.origin.clone();
                // Save compares the file with how it was when this work was last opened or
                // saved; an older snapshot that doesn't know asks once before writing.
                let stamp = snapshot.origin_stamp;
                let mut doc = Document::new(snapshot.session.clone(), path.clone(), stamp);
                doc.history.mark_unsaved();
                doc.ask_before_overwrite = stamp.is_none();
                self.replace_document(doc);
                self.status = match &path {
                    Some(p) => common::work_is_back_for(&display_name(p)),
                    None => common::WORK_IS_BACK.to_owned(),
                };
                if let Some(doc) = &self.doc
                    && let Some(problem) = self.keeping.write_now(doc)
                {
                    self.status = problem;
                }
                orphan.discard();
            }
            Err(err) => {
                self.dialog = Some(Dialog::OpenFailed(dialogs::restore_failed(&err)));
                // Keep the broken copy: someone may still get the words out of it by hand.
            }
        }
    }
}

/// Where a never-saved session is offered to go: the Documents folder, or home.
#[must_use]
pub fn default_folder() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|d| {
            d.document_dir()
                .map(Path::to_owned)
                .or_else(|| Some(d.home_dir().to_owned()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}
