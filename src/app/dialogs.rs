//! The questions the app asks (unsaved changes, a failed save, a file changed elsewhere,
//! work found after a crash, a path to type) and what each answer does. A question only
//! says which answer was chosen; the app carries it out after the frame, like any action.

use std::path::PathBuf;

use super::App;
use super::document::Guarded;
use crate::file;
use crate::file::recovery::how_long_ago;
use crate::picker::with_ron_extension;
use crate::text::{app as common, dialogs};
use crate::ui::dialogs::{path_ui, question_ui};
use crate::ui::menu::display_name;

/// A question or message on top of everything else.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Dialog {
    Unsaved(Guarded),
    SaveFailed(String),
    OpenFailed(String),
    /// Another program changed the file since it was opened here.
    ChangedOnDisk,
    /// Reloading would lose the changes made here: sure?
    ConfirmReload,
    /// Unsaved work from a run that ended without saving.
    Recover,
    /// Discarding recovered work is for good: sure?
    ConfirmDiscard,
    /// No file dialog could be shown: type where to open from or save to.
    TypePath {
        save: bool,
        text: String,
    },
}

/// An answer to one of the app's questions, carried out after the frame.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Answer {
    /// Save, then do what was waiting for the question.
    SaveThen(Guarded),
    /// Let the changes go, and do what was waiting.
    DontSaveThen(Guarded),
    /// Put the question away; nothing else happens.
    Dismiss,
    /// Save under a name the person chooses.
    SaveAs,
    /// Write over the file another program changed.
    Overwrite,
    /// Ask whether reloading, which loses the changes made here, is really meant.
    AskReload,
    /// Open the file again as it is on disk.
    Reload,
    /// Go back to the question about the file changed elsewhere.
    BackToChangedOnDisk,
    /// Open the work found after a crash.
    Restore,
    /// Ask whether the found work is really to be thrown away.
    AskDiscard,
    /// Throw the found work away.
    Discard,
    /// Go back to the question about the found work.
    BackToRecover,
    /// Open or save at a path the person typed.
    TypedPath { save: bool, path: PathBuf },
}

impl App {
    /// Shows the question on screen, if any; returns the answer chosen this frame.
    pub(super) fn dialog_ui(&mut self, ctx: &egui::Context) -> Option<Answer> {
        let dialog = self.dialog.as_mut()?;
        match dialog {
            Dialog::Unsaved(then) => {
                let title = self
                    .doc
                    .as_ref()
                    .map(|d| d.session.title.clone())
                    .unwrap_or_default();
                question_ui(
                    ctx,
                    dialogs::SAVE_CHANGES,
                    &dialogs::unsaved_changes(&title),
                    &[
                        (common::SAVE, Answer::SaveThen(then.clone())),
                        (dialogs::DONT_SAVE, Answer::DontSaveThen(then.clone())),
                        (common::CANCEL, Answer::Dismiss),
                    ],
                    Some(Answer::Dismiss),
                )
            }
            Dialog::SaveFailed(message) => question_ui(
                ctx,
                dialogs::NOT_SAVED,
                message,
                &[
                    (dialogs::SAVE_AS, Answer::SaveAs),
                    (common::CLOSE, Answer::Dismiss),
                ],
                Some(Answer::Dismiss),
            ),
            Dialog::OpenFailed(message) => question_ui(
                ctx,
                dialogs::COULD_NOT_OPEN,
                message,
                &[(common::CLOSE, Answer::Dismiss)],
                Some(Answer::Dismiss),
            ),
            Dialog::ChangedOnDisk => {
                let name = self
                    .doc
                    .as_ref()
                    .and_then(|d| d.path.as_deref())
                    .map(display_name)
                    .unwrap_or_default();
                question_ui(
                    ctx,
                    dialogs::CHANGED_ELSEWHERE,
                    &dialogs::changed_elsewhere(&name),
                    &[
                        (dialogs::SAVE_AS_COPY, Answer::SaveAs),
                        (dialogs::OVERWRITE, Answer::Overwrite),
                        (dialogs::RELOAD_FROM_DISK, Answer::AskReload),
                        (common::CANCEL, Answer::Dismiss),
                    ],
                    Some(Answer::Dismiss),
                )
            }
            Dialog::ConfirmReload => question_ui(
                ctx,
                dialogs::RELOAD_TITLE,
                dialogs::RELOAD_WARNING,
                &[
                    (dialogs::RELOAD, Answer::Reload),
                    (common::CANCEL, Answer::BackToChangedOnDisk),
                ],
                Some(Answer::BackToChangedOnDisk),
            ),
            Dialog::Recover => {
                let Some(orphan) = self.keeping.orphans.first() else {
                    return Some(Answer::Dismiss);
                };
                let message = match &orphan.content {
                    Ok(snapshot) => {
                        let file = snapshot
                            .origin
                            .as_deref()
                            .map_or_else(|| dialogs::NEVER_SAVED.to_owned(), dialogs::from_file);
                        dialogs::work_found(
                            &snapshot.session.title,
                            &file,
                            snapshot.session.note_count(),
                            &how_long_ago(snapshot.written_at, file::recovery::now_seconds()),
                        )
                    }
                    Err(err) => dialogs::work_unreadable(err),
                };
                // No way round this question: the work is kept or let go on purpose.
                question_ui(
                    ctx,
                    dialogs::WORK_FOUND,
                    &message,
                    &[
                        (dialogs::RESTORE, Answer::Restore),
                        (dialogs::DISCARD, Answer::AskDiscard),
                    ],
                    None,
                )
            }
            Dialog::ConfirmDiscard => question_ui(
                ctx,
                dialogs::THROW_AWAY_TITLE,
                dialogs::THROW_AWAY_WARNING,
                &[
                    (dialogs::KEEP_IT, Answer::BackToRecover),
                    (dialogs::THROW_IT_AWAY, Answer::Discard),
                ],
                Some(Answer::BackToRecover),
            ),
            Dialog::TypePath { save, text } => {
                let save = *save;
                match path_ui(ctx, save, text) {
                    Some(true) if !text.trim().is_empty() => Some(Answer::TypedPath {
                        save,
                        path: PathBuf::from(text.trim()),
                    }),
                    Some(false) => Some(Answer::Dismiss),
                    _ => None,
                }
            }
        }
    }

    /// Carries out an answer to a question.
    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        self.dialog = None;
        match answer {
            Answer::SaveThen(then) => {
                if self.save(false) {
                    self.proceed(ctx, then);
                }
            }
            Answer::DontSaveThen(then) => self.proceed(ctx, then),
            Answer::Dismiss => {}
            Answer::SaveAs => {
                self.save(true);
            }
            Answer::Overwrite => {
                if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                    self.save_to(&path);
                }
            }
            Answer::AskReload => self.dialog = Some(Dialog::ConfirmReload),
            Answer::Reload => {
                if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                    self.keeping.let_go();
                    self.open_path(&path);
                }
            }
            Answer::BackToChangedOnDisk => self.dialog = Some(Dialog::ChangedOnDisk),
            Answer::Restore => self.restore_orphan(),
            Answer::AskDiscard => self.dialog = Some(Dialog::ConfirmDiscard),
            Answer::Discard => {
                if !self.keeping.orphans.is_empty() {
                    self.keeping.orphans.remove(0).discard();
                }
            }
            Answer::BackToRecover => self.dialog = Some(Dialog::Recover),
            Answer::TypedPath { save: true, path } => {
                self.save_to(&with_ron_extension(&path));
            }
            Answer::TypedPath { save: false, path } => {
                self.guard(ctx, Guarded::OpenPath(path));
            }
        }
        // More work found after a crash waits its turn.
        if self.dialog.is_none() && !self.keeping.orphans.is_empty() {
            self.dialog = Some(Dialog::Recover);
        }
    }
}
