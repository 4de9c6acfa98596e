//! The app: one open session (or the welcome view), the views, and the one place where
//! what the views ask for is carried out.

mod dialogs;
mod document;
mod prefs;
mod room; // #15: the room on their own phones
mod safekeeping;
mod sharing;
mod timer;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use egui::ViewportCommand;

use self::dialogs::Dialog;
use self::document::Guarded;
pub use self::document::{Document, default_folder};
pub use self::prefs::Prefs;
use self::safekeeping::Safekeeping;

use crate::edit::{Command, Created};
use crate::file;
use crate::model::Session;
use crate::picker::{FilePicker, Pick, SystemPicker};
use crate::text::app as common;
use crate::ui::menu::{self, MenuContext, display_name};
use crate::ui::{
    Action, Tab, TextSize, Then, ViewState, board, ladder, river, session_tab, tokens, welcome,
};

/// The example session, in the project's own words, built into the app.
pub const EXAMPLE_SESSION: &str = include_str!("../../assets/example-session.ron");

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
    prefs: Prefs,
    dialog: Option<Dialog>,
    status: String,
    /// Set once the person has agreed to close, so the next close request goes through.
    may_close: bool,
    window_title: String,
    keeping: Safekeeping,
    stop: Option<Arc<AtomicBool>>,
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
        let prefs = Prefs::load(cc.storage);
        tokens::apply_look(&cc.egui_ctx, prefs.look);
        tokens::apply_motion(&cc.egui_ctx, prefs.reduce_motion);
        let (keeping, problem) = Safekeeping::new(start.data_folder.as_deref());
        let mut app = Self {
            doc: None,
            view: ViewState::default(),
            picker: start.picker,
            prefs,
            dialog: None,
            status: problem.unwrap_or_default(),
            may_close: false,
            window_title: String::new(),
            keeping,
            stop: start.stop,
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
        self.prefs.look
    }

    /// Text size, in percent of normal.
    #[must_use]
    pub fn text_size(&self) -> u16 {
        self.prefs.text_size
    }

    /// Whether things on screen change at once instead of moving.
    #[must_use]
    pub fn reduce_motion(&self) -> bool {
        self.prefs.reduce_motion
    }

    /// How large everything is drawn: the text size, and more in projector mode.
    #[must_use]
    pub fn scale(&self) -> f32 {
        let projector = if self.view.projector {
            tokens::PROJECTOR_SCALE
        } else {
            1.0
        };
        (f32::from(self.prefs.text_size) / 100.0 * projector).min(tokens::LARGEST_SCALE)
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
        &self.prefs.recent
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
            Action::ShowAbout => self.view.about = true,
            Action::SetLook(look) => {
                self.prefs.look = look;
                tokens::apply_look(ctx, look);
            }
            Action::TextSize(change) => {
                self.prefs.text_size = match change {
                    TextSize::Larger => tokens::step_text_size(self.prefs.text_size, true),
                    TextSize::Smaller => tokens::step_text_size(self.prefs.text_size, false),
                    TextSize::Normal => tokens::NORMAL_TEXT_SIZE,
                    TextSize::Exactly(size) => size,
                };
                self.status = crate::text::room::text_size_now(self.prefs.text_size);
            }
            Action::SetReduceMotion(reduce) => {
                self.prefs.reduce_motion = reduce;
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
                recent: &self.prefs.recent,
                look: self.prefs.look,
                text_size: self.prefs.text_size,
                reduce_motion: self.prefs.reduce_motion,
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
                crate::ui::timer::timer_ui(ui, timer, false, self.prefs.reduce_motion, actions);
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
        if let Some(doc) = &self.doc
            && let Some(notice) =
                crate::ui::fonts::missing_fonts_notice(&ctx, &doc.session, doc.history.state())
        {
            self.status = notice;
        }

        // Questions and sheets first: they take Escape and Enter before anything beneath.
        let answer = self.dialog_ui(&ctx);
        // F1, or ? when not typing, shows the keyboard shortcuts.
        let typing = ctx.text_edit_focused();
        let asked = ctx.input_mut(|i| {
            i.consume_shortcut(&menu::SHORTCUTS_SHEET)
                || (!typing && i.consume_key(egui::Modifiers::SHIFT, egui::Key::Questionmark))
                || (!typing && i.consume_key(egui::Modifiers::NONE, egui::Key::Questionmark))
        });
        if asked {
            self.view.shortcuts = !self.view.shortcuts;
        }
        if self.view.shortcuts && crate::ui::help::shortcuts_ui(&ctx) {
            self.view.shortcuts = false;
        }
        if self.view.about {
            let recovery = self.snapshot_path();
            let folder = recovery.as_deref().and_then(std::path::Path::parent);
            if crate::ui::help::about_ui(&ctx, folder) {
                self.view.about = false;
            }
        }
        let projector = self.view.projector && self.doc.is_some();
        if projector {
            crate::ui::room::projector_corner_ui(
                &ctx,
                self.view.timer.as_mut(),
                self.prefs.reduce_motion,
                &mut actions,
            );
        }
        self.invite_screen_ui(&ctx, &mut actions); // #15
        if !projector {
            self.chrome_ui(ui, &mut actions);
        }
        egui::CentralPanel::default().show(ui, |ui| match &self.doc {
            None => welcome::welcome_ui(ui, &self.prefs.recent, &mut actions),
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

        if let Some(answer) = answer {
            self.answer(&ctx, answer);
        }
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
        self.prefs.save(storage);
    }
}
