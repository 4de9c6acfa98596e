//! The app: one open session (or the welcome view), the views, and the one place where
//! what the views ask for is carried out.

use std::path::{Path, PathBuf};

use egui::ViewportCommand;

use crate::edit::{Command, Created};
use crate::file;
use crate::history::History;
use crate::model::Session;
use crate::picker::{FilePicker, SystemPicker, file_name_for};
use crate::ui::dialogs::question_ui;
use crate::ui::menu::{self, MenuContext, display_name};
use crate::ui::{
    Action, Tab, Then, ViewState, board, ladder_tab, river_tab, session_tab, tokens, welcome,
};

/// The example session, in the project's own words, built into the app.
pub const EXAMPLE_SESSION: &str = include_str!("../assets/example-session.ron");

const RECENT_KEY: &str = "recent_files";
const MAX_RECENT: usize = 8;

/// A session that is open, where it lives, and its undo history.
#[derive(Debug)]
pub struct Document {
    pub session: Session,
    /// The file it was opened from or last saved to; `None` until first saved.
    pub path: Option<PathBuf>,
    pub history: History,
}

impl Document {
    fn new(session: Session, path: Option<PathBuf>) -> Self {
        Self {
            session,
            path,
            history: History::default(),
        }
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
}

/// How the app starts.
pub struct StartOptions {
    /// A session file to open straight away.
    pub path: Option<PathBuf>,
    /// How to ask for files; the system dialogs unless a test answers instead.
    pub picker: Box<dyn FilePicker>,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            path: None,
            picker: Box::new(SystemPicker),
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
        let mut app = Self {
            doc: None,
            view: ViewState::default(),
            picker: start.picker,
            recent,
            dialog: None,
            status: String::new(),
            may_close: false,
            window_title: String::new(),
        };
        if let Some(path) = start.path {
            app.open_path(&path);
        }
        app
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
            return "Stepping Stones".to_owned();
        };
        let file = doc
            .path
            .as_deref()
            .map_or_else(|| "not saved yet".to_owned(), display_name);
        let mark = if doc.history.is_dirty() {
            " (unsaved changes)"
        } else {
            ""
        };
        format!("{} — {file}{mark} — Stepping Stones", doc.session.title)
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
                (Some(Created::Board(board)), Then::ShowBoard) => {
                    self.view.board = Some(board);
                    self.view.tab = Tab::Board;
                }
                _ => {}
            },
            Action::Undo => self.undo_redo(true),
            Action::Redo => self.undo_redo(false),
            Action::New => self.guard(ctx, Guarded::New),
            Action::Open => {
                if let Some(path) = self.picker.pick_open() {
                    self.guard(ctx, Guarded::OpenPath(path));
                }
            }
            Action::OpenPath(path) => self.guard(ctx, Guarded::OpenPath(path)),
            Action::OpenExample => self.guard(ctx, Guarded::OpenExample),
            Action::Save => {
                self.save(false);
            }
            Action::SaveAs => {
                self.save(true);
            }
            Action::Quit => self.guard(ctx, Guarded::Close),
            Action::ShowTab(tab) => {
                if self.doc.is_some() {
                    self.view.tab = tab;
                }
            }
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
            Ok(false) if undo => "There is nothing to undo.".to_owned(),
            Ok(false) => "There is nothing to redo.".to_owned(),
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
                self.replace_document(Document::new(Session::new(), None));
                self.view.tab = Tab::Session;
                "A new session is ready. Give it a title and add the people in the group."
                    .clone_into(&mut self.status);
            }
            Guarded::OpenPath(path) => self.open_path(&path),
            Guarded::OpenExample => match file::from_text(EXAMPLE_SESSION) {
                Ok(session) => {
                    self.replace_document(Document::new(session, None));
                    "This is the example session. Saving it makes a copy of your own."
                        .clone_into(&mut self.status);
                }
                Err(err) => self.dialog = Some(Dialog::OpenFailed(err.to_string())),
            },
            Guarded::Close => {
                self.may_close = true;
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
        }
    }

    fn replace_document(&mut self, doc: Document) {
        self.doc = Some(doc);
        self.view = ViewState {
            tab: self.view.tab,
            ..ViewState::default()
        };
    }

    /// Opens a session file. If it can't be read, the open session stays as it was and the
    /// file is left alone; nothing is ever saved over a file that failed to open.
    pub fn open_path(&mut self, path: &Path) {
        match file::load(path) {
            Ok(session) => {
                let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
                self.remember_recent(&path);
                self.status = format!("Opened {}.", display_name(&path));
                self.replace_document(Document::new(session, Some(path)));
            }
            Err(err) => {
                log::warn!("could not open {}: {err}", path.display());
                self.dialog = Some(Dialog::OpenFailed(format!(
                    "“{}” could not be opened.\n\n{err}",
                    display_name(path)
                )));
            }
        }
    }

    /// Saves to the session's file, or asks where when there is none or `ask` is set.
    /// Returns whether the session was saved.
    fn save(&mut self, ask: bool) -> bool {
        let Some(doc) = &mut self.doc else {
            "There is no session open to save.".clone_into(&mut self.status);
            return false;
        };
        let path = if let (Some(path), false) = (&doc.path, ask) {
            path.clone()
        } else {
            let suggested = doc
                .path
                .clone()
                .unwrap_or_else(|| default_folder().join(file_name_for(&doc.session.title)));
            match self.picker.pick_save(&suggested) {
                Some(path) => path,
                None => return false,
            }
        };
        match file::save(&path, &doc.session) {
            Ok(()) => {
                doc.history.mark_saved();
                self.status = format!(
                    "Saved to {}. The version before is kept as {}.",
                    path.display(),
                    display_name(&file::backup_path(&path))
                );
                doc.path = Some(path.clone());
                self.remember_recent(&path);
                true
            }
            Err(err) => {
                log::warn!("could not save {}: {err}", path.display());
                self.dialog = Some(Dialog::SaveFailed(format!(
                    "The session was not saved to “{}”.\n\n{err}\n\nYour work is still here. \
                     Choose “Save as…” to put it somewhere else.",
                    path.display()
                )));
                false
            }
        }
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
                    "Save your changes?",
                    &format!(
                        "“{title}” has changes that are not saved yet. If you don't save, they will be lost."
                    ),
                    &["Save", "Don't save", "Cancel"],
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
                match question_ui(ctx, "Not saved", &message, &["Save as…", "Close"], 1) {
                    Some(0) => {
                        self.dialog = None;
                        self.save(true);
                    }
                    Some(_) => self.dialog = None,
                    None => {}
                }
            }
            Dialog::OpenFailed(message) => {
                if question_ui(ctx, "Could not open the file", &message, &["Close"], 0).is_some() {
                    self.dialog = None;
                }
            }
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
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut actions = Vec::new();
        if self.dialog.is_none() {
            actions = menu::shortcut_actions(&ctx, ctx.text_edit_focused(), self.doc.is_some());
        }

        egui::Panel::top("menu").show(ui, |ui| {
            let menu = MenuContext {
                has_session: self.doc.is_some(),
                can_undo: self.doc.as_ref().is_some_and(|d| d.history.can_undo()),
                can_redo: self.doc.as_ref().is_some_and(|d| d.history.can_redo()),
                recent: &self.recent,
            };
            menu::menu_bar_ui(ui, &menu, &mut actions);
            if self.doc.is_some() {
                menu::tabs_ui(ui, &self.view, &mut actions);
            }
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.label(&self.status);
        });
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
                Tab::Ladder => ladder_tab::ladder_ui(ui, &doc.session, &mut actions),
                Tab::River => river_tab::river_ui(ui, &doc.session, &mut actions),
                Tab::Session => session_tab::session_ui(ui, &doc.session, &mut actions),
            },
        });

        self.dialog_ui(&ctx);
        for action in actions {
            self.run(&ctx, action);
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
    }
}
