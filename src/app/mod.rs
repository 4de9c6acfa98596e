//! The app: one open session (or the welcome view), the views, and the one place where
//! what the views ask for is carried out.

mod room; // #15: the room on their own phones
mod safekeeping;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use egui::ViewportCommand;

use self::safekeeping::Safekeeping;

use crate::edit::{Command, Created};
use crate::file::recovery::how_long_ago;
use crate::file::{self, DiskStamp};
use crate::history::History;
use crate::model::Session;
use crate::picker::{FilePicker, Pick, SystemPicker, file_name_for, with_ron_extension};
use crate::text::{app as common, dialogs};
use crate::ui::dialogs::{path_ui, question_ui};
use crate::ui::menu::{self, MenuContext, display_name};
use crate::ui::timer::{Tick, Timer, TimerAction};
use crate::ui::{
    Action, Tab, TextSize, Then, ViewState, board, ladder, river, session_tab, tokens, welcome,
};

/// The example session, in the project's own words, built into the app.
pub const EXAMPLE_SESSION: &str = include_str!("../../assets/example-session.ron");

const RECENT_KEY: &str = "recent_files";
const LOOK_KEY: &str = "look";
const TEXT_SIZE_KEY: &str = "text_size";
const MOTION_KEY: &str = "reduce_motion";
const MAX_RECENT: usize = 8;

/// A session that is open, where it lives, and its undo history.
#[derive(Debug)]
pub struct Document {
    pub session: Session,
    /// The file it was opened from or last saved to; `None` until first saved.
    pub path: Option<PathBuf>,
    pub history: History,
    /// The file as it was when last read or written here (or, for restored work, when the
    /// run that made it last read or wrote it).
    stamp: Option<DiskStamp>,
    /// Restored after a crash: the file may have moved on since, so ask before writing it.
    ask_before_overwrite: bool,
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
enum Guarded {
    New,
    OpenPath(PathBuf),
    OpenExample,
    Close,
}

/// A question or message on top of everything else.
#[derive(Debug, Clone, PartialEq)]
enum Dialog {
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

/// How the app starts.
pub struct StartOptions {
    /// A session file to open straight away.
    pub path: Option<PathBuf>,
    /// How to ask for files; the system dialogs unless a test answers instead.
    pub picker: Box<dyn FilePicker>,
    /// The app's own folder, for recovery snapshots; `None` keeps none.
    pub data_folder: Option<PathBuf>,
    /// Set from outside (a signal) when the app must stop: it saves a snapshot and closes.
    pub stop: Option<Arc<AtomicBool>>,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            path: None,
            picker: Box::new(SystemPicker::default()),
            data_folder: file::recovery::default_data_folder(),
            stop: None,
        }
    }
}

/// The Stepping Stones app.
pub struct App {
    doc: Option<Document>,
    view: ViewState,
    picker: Box<dyn FilePicker>,
    recent: Vec<PathBuf>,
    dialog: Option<Dialog>,
    status: String,
    /// Set once the person has agreed to close, so the next close request goes through.
    may_close: bool,
    window_title: String,
    keeping: Safekeeping,
    stop: Option<Arc<AtomicBool>>,
    look: tokens::Look,
    /// Text size in percent of normal.
    text_size: u16,
    reduce_motion: bool,
    /// What had the keyboard when last brought into view.
    focus_shown: Option<egui::Id>,
    /// #15: phones in the room, while invited (see `room.rs`).
    room: room::RoomSide,
}

impl App {
    /// Creates the app, restoring preferences and opening `start.path` if given.
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, start: StartOptions) -> Self {
        tokens::apply_style(&cc.egui_ctx);
        let recent = cc
            .storage
            .and_then(|s| eframe::get_value::<Vec<PathBuf>>(s, RECENT_KEY))
            .unwrap_or_default();
        let look = cc
            .storage
            .and_then(|s| eframe::get_value::<tokens::Look>(s, LOOK_KEY))
            .unwrap_or_default();
        tokens::apply_look(&cc.egui_ctx, look);
        let text_size = cc
            .storage
            .and_then(|s| eframe::get_value::<u16>(s, TEXT_SIZE_KEY))
            .unwrap_or(tokens::NORMAL_TEXT_SIZE)
            .clamp(
                tokens::TEXT_SIZES[0],
                tokens::TEXT_SIZES[tokens::TEXT_SIZES.len() - 1],
            );
        let reduce_motion = cc
            .storage
            .and_then(|s| eframe::get_value::<bool>(s, MOTION_KEY))
            .unwrap_or(false);
        tokens::apply_motion(&cc.egui_ctx, reduce_motion);
        let (keeping, problem) = Safekeeping::new(start.data_folder.as_deref());
        let mut app = Self {
            doc: None,
            view: ViewState::default(),
            picker: start.picker,
            recent,
            dialog: None,
            status: problem.unwrap_or_default(),
            may_close: false,
            window_title: String::new(),
            keeping,
            stop: start.stop,
            look,
            text_size,
            reduce_motion,
            focus_shown: None,
            room: room::RoomSide::default(), // #15
        };
        if let Some(path) = start.path {
            app.open_path(&path);
        }
        if app.dialog.is_none() && !app.keeping.orphans.is_empty() {
            app.dialog = Some(Dialog::Recover);
        }
        app
    }

    /// Where this run keeps its recovery snapshot, if it keeps one.
    #[must_use]
    pub fn snapshot_path(&self) -> Option<PathBuf> {
        self.keeping.snapshot_path()
    }

    /// The open session, if any.
    #[must_use]
    pub fn session(&self) -> Option<&Session> {
        self.doc.as_ref().map(|d| &d.session)
    }

    /// The open document, if any.
    #[must_use]
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// Whether the open session has changes that no file holds.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.doc.as_ref().is_some_and(|d| d.history.is_dirty())
    }

    /// What is on screen: tab, board, selection, pan and zoom.
    #[must_use]
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// How the app looks.
    #[must_use]
    pub fn look(&self) -> tokens::Look {
        self.look
    }

    /// Text size, in percent of normal.
    #[must_use]
    pub fn text_size(&self) -> u16 {
        self.text_size
    }

    /// Whether things on screen change at once instead of moving.
    #[must_use]
    pub fn reduce_motion(&self) -> bool {
        self.reduce_motion
    }

    /// How large everything is drawn: the text size, and more in projector mode.
    #[must_use]
    pub fn scale(&self) -> f32 {
        let projector = if self.view.projector {
            tokens::PROJECTOR_SCALE
        } else {
            1.0
        };
        (f32::from(self.text_size) / 100.0 * projector).min(tokens::LARGEST_SCALE)
    }

    /// The tab on screen.
    #[must_use]
    pub fn tab(&self) -> Tab {
        self.view.tab
    }

    /// The line in the status bar.
    #[must_use]
    pub fn status(&self) -> &str {
        &self.status
    }

    /// Files opened recently, newest first.
    #[must_use]
    pub fn recent(&self) -> &[PathBuf] {
        &self.recent
    }

    /// The window title: session, file, and whether there are unsaved changes.
    #[must_use]
    pub fn title(&self) -> String {
        let Some(doc) = &self.doc else {
            return common::APP_NAME.to_owned();
        };
        let file = doc
            .path
            .as_deref()
            .map_or_else(|| common::NOT_SAVED_YET.to_owned(), display_name);
        let mark = if doc.history.is_dirty() {
            common::UNSAVED_MARK
        } else {
            ""
        };
        common::window_title(&doc.session.title, &file, mark)
    }

    /// Carries out one action. Views push actions; tests may call this directly too.
    pub fn run(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Edit(command) => {
                self.edit(command);
            }
            Action::EditThen(command, then) => match (self.edit(command), then) {
                (Some(Created::Note(board, note)), Then::EditNote) => {
                    let view = self.view.boards.entry(board).or_default();
                    // The text box is already open and has the keyboard; keep typing there.
                    view.editing = Some(board::Editing::Note(note));
                    view.selection = [note].into();
                }
                (Some(Created::RiverNote(note)), Then::EditNote) => {
                    // As on the board: the text box stays open; the answer is real now.
                    self.view.river.editing = Some(river::RiverEditing::Note(note));
                    self.view.river.selected = Some(note);
                }
                (Some(Created::Board(board)), Then::ShowBoard) => {
                    self.view.board = Some(board);
                    self.view.tab = Tab::Board;
                }
                _ => {}
            },
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::New => self.guard(ctx, Guarded::New),
            Action::Open => match self.picker.pick_open() {
                Pick::Chosen(path) => self.guard(ctx, Guarded::OpenPath(path)),
                Pick::Cancelled => {}
                Pick::Unavailable => {
                    let text = format!(
                        "{}{}",
                        default_folder().display(),
                        std::path::MAIN_SEPARATOR
                    );
                    self.dialog = Some(Dialog::TypePath { save: false, text });
                }
            },
            Action::OpenPath(path) => self.guard(ctx, Guarded::OpenPath(path)),
            Action::OpenExample => self.guard(ctx, Guarded::OpenExample),
            Action::Save => {
                self.save(false);
            }
            Action::SaveAs => {
                self.save(true);
            }
            Action::Quit => self.guard(ctx, Guarded::Close),
            Action::Export(what) => self.export(what),
            Action::ImportWords => self.import_words(),
            Action::ShowShortcuts => self.view.shortcuts = true,
            Action::SetLook(look) => {
                self.look = look;
                tokens::apply_look(ctx, look);
            }
            Action::TextSize(change) => {
                self.text_size = match change {
                    TextSize::Larger => tokens::step_text_size(self.text_size, true),
                    TextSize::Smaller => tokens::step_text_size(self.text_size, false),
                    TextSize::Normal => tokens::NORMAL_TEXT_SIZE,
                    TextSize::Exactly(size) => size,
                };
                self.status = crate::text::room::text_size_now(self.text_size);
            }
            Action::SetReduceMotion(reduce) => {
                self.reduce_motion = reduce;
                tokens::apply_motion(ctx, reduce);
            }
            Action::Projector(on) => {
                if self.doc.is_some() || !on {
                    self.view.projector = on;
                    ctx.send_viewport_cmd(ViewportCommand::Fullscreen(on));
                }
            }
            Action::Timer(what) => self.timer(ctx, what),
            Action::ShowTab(tab) => {
                if self.doc.is_some() {
                    self.view.tab = tab;
                }
            }
            Action::Invite(what) => self.invite(ctx, what), // #15
        }
    }

    fn timer(&mut self, ctx: &egui::Context, what: TimerAction) {
        let now = ctx.input(|i| i.time);
        match what {
            TimerAction::Show => {
                self.view
                    .timer
                    .get_or_insert_with(Timer::default)
                    .take_focus = true;
            }
            TimerAction::Hide => self.view.timer = None,
            TimerAction::Choose(preset) => self.view.timer = Some(Timer::new(preset)),
            TimerAction::StartOrPause => {
                let timer = self.view.timer.get_or_insert_with(Timer::default);
                if timer.is_running() {
                    timer.pause(now);
                } else {
                    timer.start(now);
                }
            }
            TimerAction::Reset => {
                if let Some(timer) = &mut self.view.timer {
                    timer.reset();
                }
            }
        }
    }

    /// Moves the timer on; says so when a stage or the whole time is over, and asks for
    /// the next frame only as often as the clock needs.
    fn tick_timer(&mut self, ctx: &egui::Context) {
        let Some(timer) = &mut self.view.timer else {
            return;
        };
        let now = ctx.input(|i| i.time);
        if timer.tick(now) != Tick::Counting {
            self.status.clone_from(&timer.message);
        }
        if timer.is_running() {
            // Wake when the shown second changes.
            let left = timer.left(now);
            let to_next = left - (left.ceil() - 1.0);
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(to_next.max(0.01)));
        } else if timer.is_flashing(now, self.reduce_motion) {
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }

    /// Applies a change; returns what it created, if anything.
    fn edit(&mut self, command: Command) -> Option<Created> {
        let doc = self.doc.as_mut()?;
        match doc.history.apply(&mut doc.session, command) {
            Ok(created) => created,
            Err(err) => {
                log::info!("{err}");
                self.status = err.to_string();
                None
            }
        }
    }

    fn undo_redo(&mut self, undo: bool) {
        let Some(doc) = &mut self.doc else { return };
        let result = if undo {
            doc.history.undo(&mut doc.session)
        } else {
            doc.history.redo(&mut doc.session)
        };
        self.status = match result {
            Ok(true) => String::new(),
            Ok(false) if undo => common::NOTHING_TO_UNDO.to_owned(),
            Ok(false) => common::NOTHING_TO_REDO.to_owned(),
            Err(err) => err.to_string(),
        };
    }

    /// Asks about unsaved changes before doing something that would close the session.
    fn guard(&mut self, ctx: &egui::Context, then: Guarded) {
        if self.is_dirty() {
            self.dialog = Some(Dialog::Unsaved(then));
        } else {
            self.proceed(ctx, then);
        }
    }

    fn proceed(&mut self, ctx: &egui::Context, then: Guarded) {
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

    fn replace_document(&mut self, doc: Document) {
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
                self.remember_recent(&path);
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
    fn save(&mut self, ask: bool) -> bool {
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
    fn save_to(&mut self, path: &Path) -> bool {
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
                self.remember_recent(path);
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
    fn restore_orphan(&mut self) {
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

    /// Writes something to share to a file the person chooses (or, with no file chooser,
    /// beside where sessions go, saying where).
    fn export(&mut self, what: crate::ui::Export) {
        use crate::export::csv::notes_csv;
        use crate::export::picture::{Canvas, png_bytes, render};
        use crate::export::summary::{SummaryOptions, summary};
        use crate::ui::Export;
        let Some(doc) = &self.doc else { return };
        let (what_it_is, ending, bytes) = match what {
            Export::MeetingSummary(names) => {
                let options = SummaryOptions {
                    names,
                    meeting: doc.session.current_meeting,
                };
                (
                    common::WHAT_SUMMARY,
                    "meeting-summary.md",
                    summary(&doc.session, options).into_bytes(),
                )
            }
            Export::Summary(names) => {
                let options = SummaryOptions {
                    names,
                    meeting: None,
                };
                (
                    common::WHAT_SUMMARY,
                    "summary.md",
                    summary(&doc.session, options).into_bytes(),
                )
            }
            Export::Csv(names) => match notes_csv(&doc.session, names) {
                Ok(text) => (common::WHAT_NOTES, "notes.csv", text.into_bytes()),
                Err(err) => {
                    self.status = common::not_shared(common::WHAT_NOTES, &err);
                    return;
                }
            },
            Export::Picture { names, scale } => {
                let board = self
                    .view
                    .board
                    .or_else(|| doc.session.boards.first().map(|b| b.id));
                // A theme picked on the board, or a phase shown large, is pictured alone.
                let theme = board
                    .and_then(|b| self.view.boards.get(&b))
                    .and_then(|v| v.theme);
                let (canvas, ending) = match (self.view.tab, board, theme, self.view.river.focus) {
                    (Tab::Board, Some(board), Some(theme), _) => {
                        (Canvas::Theme(board, theme), "theme.png")
                    }
                    (Tab::Board, Some(board), None, _) => (Canvas::Board(board), "board.png"),
                    (Tab::Ladder, ..) => (Canvas::Ladder, "ladder.png"),
                    (Tab::River, _, _, Some(phase)) => (Canvas::Phase(phase), "phase.png"),
                    (Tab::River, ..) => (Canvas::River, "river.png"),
                    _ => {
                        common::PICTURE_NEEDS_CANVAS.clone_into(&mut self.status);
                        return;
                    }
                };
                match render(&doc.session, canvas, names, f32::from(scale))
                    .and_then(|image| png_bytes(&image))
                {
                    Ok(bytes) => (common::WHAT_PICTURE, ending, bytes),
                    Err(err) => {
                        self.status = common::picture_failed(&err);
                        return;
                    }
                }
            }
        };
        let stem = file_name_for(&doc.session.title);
        let stem = stem.trim_end_matches(".ron");
        let suggested = default_folder().join(format!("{stem}-{ending}"));
        let path = match self.picker.pick_save(&suggested) {
            Pick::Chosen(path) => path,
            Pick::Cancelled => return,
            Pick::Unavailable => suggested,
        };
        self.status = match file::write_atomic(&path, &bytes, file::Backup::None) {
            Ok(()) => common::shared(what_it_is, &path),
            Err(err) => common::not_shared(what_it_is, &err),
        };
    }

    /// Makes a note of each line of a text or CSV file on the board on screen.
    fn import_words(&mut self) {
        let Some(doc) = &self.doc else { return };
        let Pick::Chosen(path) = self.picker.pick_open() else {
            return;
        };
        let text = match crate::file::read_regular_file(&path, 1_000_000) {
            Ok((bytes, _)) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(crate::file::LoadError::TooLarge { .. }) => {
                common::WORD_LIST_TOO_BIG.clone_into(&mut self.status);
                return;
            }
            Err(
                err @ (crate::file::LoadError::NotAFile { .. }
                | crate::file::LoadError::IsFolder { .. }),
            ) => {
                self.status = err.to_string();
                return;
            }
            Err(err) => {
                self.status = common::word_list_unreadable(&display_name(&path), &err);
                return;
            }
        };
        let session = &doc.session;
        let Some(board) = self
            .view
            .board
            .and_then(|b| session.board(b))
            .or_else(|| session.boards.first())
        else {
            return;
        };
        let words = board::words_from_text(&text);
        let count = words.len();
        let command = board::notes_for_words(session, board, words, self.view.writer);
        self.view.tab = Tab::Board;
        self.edit(command);
        self.status = common::notes_made(count, &display_name(&path));
    }

    fn remember_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT);
    }

    fn dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(dialog) = self.dialog.clone() else {
            return;
        };
        match dialog {
            Dialog::Unsaved(then) => {
                let title = self.session().map(|s| s.title.clone()).unwrap_or_default();
                let answer = question_ui(
                    ctx,
                    dialogs::SAVE_CHANGES,
                    &dialogs::unsaved_changes(&title),
                    &[common::SAVE, dialogs::DONT_SAVE, common::CANCEL],
                    2,
                );
                match answer {
                    Some(0) => {
                        self.dialog = None;
                        if self.save(false) {
                            self.proceed(ctx, then);
                        }
                    }
                    Some(1) => {
                        self.dialog = None;
                        self.proceed(ctx, then);
                    }
                    Some(_) => self.dialog = None,
                    None => {}
                }
            }
            Dialog::SaveFailed(message) => {
                match question_ui(
                    ctx,
                    dialogs::NOT_SAVED,
                    &message,
                    &[dialogs::SAVE_AS, common::CLOSE],
                    1,
                ) {
                    Some(0) => {
                        self.dialog = None;
                        self.save(true);
                    }
                    Some(_) => self.dialog = None,
                    None => {}
                }
            }
            Dialog::OpenFailed(message) => {
                if question_ui(ctx, dialogs::COULD_NOT_OPEN, &message, &[common::CLOSE], 0)
                    .is_some()
                {
                    self.dialog = None;
                }
            }
            Dialog::ChangedOnDisk => self.changed_on_disk_ui(ctx),
            Dialog::ConfirmReload => {
                let answer = question_ui(
                    ctx,
                    dialogs::RELOAD_TITLE,
                    dialogs::RELOAD_WARNING,
                    &[dialogs::RELOAD, common::CANCEL],
                    1,
                );
                match answer {
                    Some(0) => {
                        self.dialog = None;
                        if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                            self.keeping.let_go();
                            self.open_path(&path);
                        }
                    }
                    Some(_) => self.dialog = Some(Dialog::ChangedOnDisk),
                    None => {}
                }
            }
            Dialog::Recover => self.recover_ui(ctx),
            Dialog::ConfirmDiscard => {
                let answer = question_ui(
                    ctx,
                    dialogs::THROW_AWAY_TITLE,
                    dialogs::THROW_AWAY_WARNING,
                    &[dialogs::KEEP_IT, dialogs::THROW_IT_AWAY],
                    0,
                );
                match answer {
                    Some(1) => {
                        if !self.keeping.orphans.is_empty() {
                            self.keeping.orphans.remove(0).discard();
                        }
                        self.dialog = (!self.keeping.orphans.is_empty()).then_some(Dialog::Recover);
                    }
                    Some(_) => self.dialog = Some(Dialog::Recover),
                    None => {}
                }
            }
            Dialog::TypePath { save, text } => {
                let mut text = text;
                let answer = path_ui(ctx, save, &mut text);
                self.dialog = Some(Dialog::TypePath {
                    save,
                    text: text.clone(),
                });
                match answer {
                    Some(true) if !text.trim().is_empty() => {
                        self.dialog = None;
                        let path = PathBuf::from(text.trim());
                        if save {
                            self.save_to(&with_ron_extension(&path));
                        } else {
                            self.guard(ctx, Guarded::OpenPath(path));
                        }
                    }
                    Some(false) => self.dialog = None,
                    _ => {}
                }
            }
        }
    }

    fn changed_on_disk_ui(&mut self, ctx: &egui::Context) {
        let name = self
            .doc
            .as_ref()
            .and_then(|d| d.path.as_deref())
            .map(display_name)
            .unwrap_or_default();
        let answer = question_ui(
            ctx,
            dialogs::CHANGED_ELSEWHERE,
            &dialogs::changed_elsewhere(&name),
            &[
                dialogs::SAVE_AS_COPY,
                dialogs::OVERWRITE,
                dialogs::RELOAD_FROM_DISK,
                common::CANCEL,
            ],
            3,
        );
        match answer {
            Some(0) => {
                self.dialog = None;
                self.save(true);
            }
            Some(1) => {
                self.dialog = None;
                if let Some(path) = self.doc.as_ref().and_then(|d| d.path.clone()) {
                    self.save_to(&path);
                }
            }
            Some(2) => self.dialog = Some(Dialog::ConfirmReload),
            Some(_) => self.dialog = None,
            None => {}
        }
    }

    fn recover_ui(&mut self, ctx: &egui::Context) {
        let Some(orphan) = self.keeping.orphans.first() else {
            self.dialog = None;
            return;
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
        let answer = question_ui(
            ctx,
            dialogs::WORK_FOUND,
            &message,
            &[dialogs::RESTORE, dialogs::DISCARD],
            usize::MAX,
        );
        match answer {
            Some(0) => {
                self.dialog = None;
                self.restore_orphan();
            }
            Some(1) => self.dialog = Some(Dialog::ConfirmDiscard),
            _ => {}
        }
        if self.dialog.is_none() && !self.keeping.orphans.is_empty() {
            self.dialog = Some(Dialog::Recover);
        }
    }

    /// Notes what just took the keyboard, so the scroll area holding it brings it wholly
    /// into view: egui moves focus with Tab but leaves the scrolling to the app.
    fn show_what_has_the_keyboard(&mut self, ctx: &egui::Context) {
        let focused = ctx.memory(egui::Memory::focused);
        if focused == self.focus_shown {
            return;
        }
        self.focus_shown = focused;
        crate::ui::focus_moved_to(ctx, focused);
    }

    /// The menus, tabs, status line and timer bar: everything projector mode hides.
    fn chrome_ui(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::Panel::top("menu").show(ui, |ui| {
            let menu = MenuContext {
                has_session: self.doc.is_some(),
                can_undo: self.doc.as_ref().is_some_and(|d| d.history.can_undo()),
                can_redo: self.doc.as_ref().is_some_and(|d| d.history.can_redo()),
                recent: &self.recent,
                look: self.look,
                text_size: self.text_size,
                reduce_motion: self.reduce_motion,
                timer_shown: self.view.timer.is_some(),
            };
            menu::menu_bar_ui(ui, &menu, actions);
            if self.doc.is_some() {
                menu::tabs_ui(ui, &self.view, actions);
            }
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            let status = ui.label(&self.status);
            // Read out by a screen reader whenever it changes.
            ui.ctx().accesskit_node_builder(status.id, |node| {
                node.set_live(egui::accesskit::Live::Polite);
            });
        });
        if let Some(timer) = &mut self.view.timer {
            egui::Panel::bottom("timer").show(ui, |ui| {
                crate::ui::timer::timer_ui(ui, timer, false, self.reduce_motion, actions);
            });
        }
    }

    fn handle_window_events(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.may_close && self.is_dirty() {
            ctx.send_viewport_cmd(ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved(Guarded::Close));
        }
        let dropped = ctx.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned()));
        if let Some(path) = dropped {
            self.guard(ctx, Guarded::OpenPath(path));
        }
        let title = self.title();
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
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

impl eframe::App for App {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        let stopping = self.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst));
        if stopping && !self.may_close {
            // Told to stop (logging out, shutting down): keep the work, then go.
            if let Some(doc) = self.doc.as_ref().filter(|d| d.history.is_dirty()) {
                self.keeping.write_now(doc);
            }
            self.may_close = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
        self.room_logic(ctx); // #15: what phones sent becomes commands
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        ctx.set_zoom_factor(self.scale());
        self.view.narrow = ctx.content_rect().width() < tokens::NARROW;
        self.show_what_has_the_keyboard(&ctx);
        let mut actions = Vec::new();
        if self.dialog.is_none() {
            // Escape or F11 leaves projector mode, unless someone is typing.
            if self.view.projector
                && !ctx.text_edit_focused()
                && ctx.input_mut(|i| {
                    i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)
                        || i.consume_shortcut(&menu::PROJECTOR)
                })
            {
                actions.push(Action::Projector(false));
            }
            actions.extend(menu::shortcut_actions(
                &ctx,
                ctx.text_edit_focused(),
                self.doc.is_some(),
            ));
        }
        self.tick_timer(&ctx);

        // Questions and sheets first: they take Escape and Enter before anything beneath.
        self.dialog_ui(&ctx);
        // F1, or ? when not typing, shows the keyboard shortcuts.
        let typing = ctx.text_edit_focused();
        let asked = ctx.input_mut(|i| {
            i.consume_key(egui::Modifiers::NONE, egui::Key::F1)
                || (!typing && i.consume_key(egui::Modifiers::SHIFT, egui::Key::Questionmark))
                || (!typing && i.consume_key(egui::Modifiers::NONE, egui::Key::Questionmark))
        });
        if asked {
            self.view.shortcuts = !self.view.shortcuts;
        }
        if self.view.shortcuts && crate::ui::help::shortcuts_ui(&ctx) {
            self.view.shortcuts = false;
        }
        let projector = self.view.projector && self.doc.is_some();
        if projector {
            crate::ui::room::projector_corner_ui(
                &ctx,
                self.view.timer.as_mut(),
                self.reduce_motion,
                &mut actions,
            );
        }
        self.invite_screen_ui(&ctx, &mut actions); // #15
        if !projector {
            self.chrome_ui(ui, &mut actions);
        }
        egui::CentralPanel::default().show(ui, |ui| match &self.doc {
            None => welcome::welcome_ui(ui, &self.recent, &mut actions),
            Some(doc) => match self.view.tab {
                Tab::Board => board::board_ui(
                    ui,
                    &doc.session,
                    doc.history.state(),
                    &mut self.view,
                    &mut actions,
                ),
                Tab::Ladder => ladder::ladder_ui(ui, &doc.session, &mut self.view, &mut actions),
                Tab::River => river::river_ui(
                    ui,
                    &doc.session,
                    doc.history.state(),
                    &mut self.view,
                    &mut actions,
                ),
                Tab::Session => session_tab::session_ui(ui, &doc.session, &mut actions),
            },
        });

        for action in actions {
            self.run(&ctx, action);
        }
        if let Some(problem) = self.keeping.tick(&ctx, self.doc.as_ref()) {
            self.status = problem;
        }
        if !ctx.text_edit_focused()
            && let Some(doc) = &mut self.doc
        {
            doc.history.seal();
        }
        self.handle_window_events(&ctx);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        eframe::set_value(storage, LOOK_KEY, &self.look);
        eframe::set_value(storage, TEXT_SIZE_KEY, &self.text_size);
        eframe::set_value(storage, MOTION_KEY, &self.reduce_motion);
    }
}
