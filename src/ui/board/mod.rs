//! The Word board tab: the list of boards, the toolbar, the canvas (or the outline) and
//! the panel about what is selected.

mod canvas;
mod inspector;
mod keys;
mod outline;
mod toolbar;

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use egui::emath::TSTransform;
use egui::{Rect, Ui, Vec2};

use super::{Action, Then, ViewState, tokens};
use crate::edit::Command;
use crate::model::{Board, NoteId, Point, Session, ThemeId, similar_sets};
use crate::text::board as words;

/// A note being written or edited on the canvas.
#[derive(Debug, Clone, PartialEq)]
pub enum Editing {
    /// An existing note; every change is sent as it is typed.
    Note(NoteId),
    /// A new note that has no words yet. It becomes a real note with its first letter,
    /// and is dropped if it is left empty.
    Draft {
        position: Point,
        theme: Option<ThemeId>,
    },
}

/// What is on screen for one board but not part of the session.
#[derive(Debug, Default)]
pub struct BoardView {
    /// The part of the board in view; `None` until first shown, then fitted to the notes.
    pub scene_rect: Option<Rect>,
    /// From board units to the screen, as last drawn.
    pub to_screen: TSTransform,
    pub selection: BTreeSet<NoteId>,
    /// A theme picked by its name bar.
    pub theme: Option<ThemeId>,
    pub editing: Option<Editing>,
    /// The editor should take the keyboard next frame.
    pub focus_editor: bool,
    /// How far the selected notes have been dragged so far, in board units.
    pub drag: Option<Vec2>,
    /// A theme being dragged by its name bar, and how far.
    pub theme_drag: Option<(ThemeId, Vec2)>,
    /// A selection rectangle being dragged out, in board units.
    pub marquee: Option<Rect>,
    /// What is worked out from the board, once per change of the session.
    derived: Option<(u64, Rc<Derived>)>,
    /// The text size that fits each note, found once per change of the session.
    pub(super) fitted: HashMap<NoteId, f32>,
}

/// What the board's views work out from it once per change, never per frame: matching
/// notes, vote totals and how many notes each person wrote.
#[derive(Debug, Default)]
pub struct Derived {
    pub sets: Vec<Vec<NoteId>>,
    /// For each note in a set, the index of its set.
    pub set_of: HashMap<NoteId, usize>,
    /// Sets of matching notes not yet in a theme: what Group similar would make.
    pub loose_sets: usize,
    /// Votes on each note and theme.
    pub votes: HashMap<crate::model::VoteTarget, usize>,
    /// Notes written by each person (`None`: anonymous).
    pub written: HashMap<Option<crate::model::ParticipantId>, usize>,
}

impl Derived {
    fn of(board: &Board) -> Self {
        let sets = similar_sets(&board.notes);
        let set_of: HashMap<NoteId, usize> = sets
            .iter()
            .enumerate()
            .flat_map(|(i, set)| set.iter().map(move |n| (*n, i)))
            .collect();
        let loose: Vec<_> = board
            .notes
            .iter()
            .filter(|n| n.theme.is_none())
            .cloned()
            .collect();
        let loose_sets = similar_sets(&loose).len();
        let mut votes = HashMap::new();
        for vote in &board.votes {
            *votes.entry(vote.target).or_insert(0) += 1;
        }
        let mut written = HashMap::new();
        for note in &board.notes {
            *written.entry(note.author).or_insert(0) += 1;
        }
        Self {
            sets,
            set_of,
            loose_sets,
            votes,
            written,
        }
    }

    /// Votes on `target`.
    #[must_use]
    pub fn votes_for(&self, target: crate::model::VoteTarget) -> usize {
        self.votes.get(&target).copied().unwrap_or(0)
    }

    /// How many other notes match `note`.
    #[must_use]
    pub fn others(&self, note: NoteId) -> usize {
        self.set_of
            .get(&note)
            .map_or(0, |i| self.sets[*i].len() - 1)
    }
}

impl BoardView {
    /// What is worked out from `board`, again only when the session changed.
    pub fn derived(&mut self, board: &Board, state: u64) -> Rc<Derived> {
        match &self.derived {
            Some((cached, derived)) if *cached == state => Rc::clone(derived),
            _ => {
                let derived = Rc::new(Derived::of(board));
                self.derived = Some((state, Rc::clone(&derived)));
                self.fitted.clear();
                derived
            }
        }
    }

    /// A place in view for a note written from the keyboard: the first free place in
    /// rows across the part of the board on screen, so notes written one after another
    /// line up instead of piling up.
    #[must_use]
    pub fn free_spot(&self, board: &Board) -> Point {
        let (w, h) = crate::model::NOTE_SIZE;
        let gap = crate::model::NOTE_GAP;
        let view = self.scene_rect.unwrap_or(Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1200.0, 700.0),
        ));
        let origin = Point {
            x: view.min.x + gap * 2.0,
            y: view.min.y + gap * 2.0,
        }
        .clamped();
        // However far out the view is zoomed, the search looks at a bounded number of places.
        let columns = ((view.width() - 4.0 * gap) / (w + gap))
            .floor()
            .clamp(1.0, FREE_SPOT_COLUMNS as f32) as usize;
        let rows = FREE_SPOT_ROWS;
        let searched = Rect::from_min_size(
            egui::pos2(origin.x, origin.y),
            egui::vec2(columns as f32 * (w + gap), rows as f32 * (h + gap)),
        );
        // Free means clear of notes and of themes: a note written from the keyboard joins no
        // theme by accident. Only what lies where the search looks is checked, once.
        let in_the_way: Vec<Rect> = board
            .notes
            .iter()
            .map(|n| Rect::from_min_size(egui::pos2(n.position.x, n.position.y), egui::vec2(w, h)))
            .chain(board.themes.iter().map(|t| {
                let a = t.area;
                Rect::from_min_size(egui::pos2(a.x, a.y), egui::vec2(a.width, a.height))
            }))
            .filter(|r| r.intersects(searched))
            .collect();
        let spot = (0..columns * rows)
            .map(|i| {
                Rect::from_min_size(
                    egui::pos2(
                        origin.x + (i % columns) as f32 * (w + gap),
                        origin.y + (i / columns) as f32 * (h + gap),
                    ),
                    egui::vec2(w, h),
                )
            })
            .find(|spot| !in_the_way.iter().any(|r| r.intersects(spot.shrink(0.5))))
            .map_or(origin, |spot| Point {
                x: spot.min.x,
                y: spot.min.y,
            });
        spot.clamped()
    }

    /// Moves the view so `note` is in the middle, keeping the zoom.
    pub fn centre_on(&mut self, board: &Board, note: NoteId) {
        if let (Some(rect), Some(n)) = (self.scene_rect, board.note(note)) {
            let (w, h) = crate::model::NOTE_SIZE;
            let centre = egui::pos2(n.position.x + w / 2.0, n.position.y + h / 2.0);
            self.scene_rect = Some(Rect::from_center_size(centre, rect.size()));
        }
    }

    /// Shows the whole board: every note and theme, with a margin.
    pub fn fit_all(&mut self, board: &Board) {
        self.scene_rect = Some(board.extent().map_or(
            Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1200.0, 700.0)),
            |e| {
                Rect::from_min_size(egui::pos2(e.x, e.y), egui::vec2(e.width, e.height))
                    .expand(tokens::CANVAS_MARGIN)
            },
        ));
    }

    /// Starts writing a new note at `position`.
    pub fn start_draft(&mut self, board: &Board, position: Point) {
        let centre = Point {
            x: position.x + crate::model::NOTE_SIZE.0 / 2.0,
            y: position.y + crate::model::NOTE_SIZE.1 / 2.0,
        };
        self.editing = Some(Editing::Draft {
            position,
            theme: board.theme_at(centre),
        });
        self.selection.clear();
        self.focus_editor = true;
    }

    /// Starts writing a new note at the next free place, bringing the view along if that
    /// place is partly out of sight (for N and the Add a note button; a double-click is
    /// already where the person is looking).
    pub fn start_draft_in_free_spot(&mut self, board: &Board) {
        let position = self.free_spot(board);
        self.start_draft(board, position);
        let (w, h) = crate::model::NOTE_SIZE;
        let note = Rect::from_min_size(egui::pos2(position.x, position.y), egui::vec2(w, h));
        if let Some(view) = self.scene_rect
            && !view
                .shrink(crate::model::NOTE_GAP * 2.0)
                .contains_rect(note)
        {
            // Move just far enough that the whole note and a margin show.
            let wanted = note.expand(crate::model::NOTE_GAP * 2.0);
            let dx = (wanted.max.x - view.max.x).max(0.0) - (view.min.x - wanted.min.x).max(0.0);
            let dy = (wanted.max.y - view.max.y).max(0.0) - (view.min.y - wanted.min.y).max(0.0);
            self.scene_rect = Some(view.translate(egui::vec2(dx, dy)));
        }
    }

    /// Starts editing an existing note.
    pub fn start_editing(&mut self, note: NoteId) {
        self.editing = Some(Editing::Note(note));
        self.selection = BTreeSet::from([note]);
        self.focus_editor = true;
    }

    /// Forgets selected notes and themes that are no longer on the board (after an undo).
    fn forget_missing(&mut self, board: &Board) {
        self.selection.retain(|id| board.note(*id).is_some());
        if self.theme.is_some_and(|t| board.theme(t).is_none()) {
            self.theme = None;
        }
        if let Some(Editing::Note(id)) = self.editing
            && board.note(id).is_none()
        {
            self.editing = None;
        }
    }
}

/// The find bar: text to look for, and which match is current.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Find {
    pub query: String,
    pub current: usize,
    /// The find field should take the keyboard next frame.
    pub focus: bool,
}

impl Find {
    /// The notes on `board` whose text contains the query, ignoring case.
    #[must_use]
    pub fn matches(&self, board: &Board) -> Vec<NoteId> {
        let query = self.query.trim().to_lowercase();
        if query.is_empty() {
            return Vec::new();
        }
        board
            .notes
            .iter()
            .filter(|n| !n.hidden && n.text.to_lowercase().contains(&query))
            .map(|n| n.id)
            .collect()
    }
}

/// The Word board tab. `state` is the session's history state, for caching.
pub fn board_ui(
    ui: &mut Ui,
    session: &Session,
    state: u64,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    // Projector mode shows the canvas alone; a narrow window shows the panels in its place.
    let chrome = view.panels_beside();
    if chrome {
        egui::Panel::left("board-list")
            .resizable(false)
            .default_size(tokens::SIDE_PANEL_WIDTH)
            .show(ui, |ui| boards_list_ui(ui, session, view, actions));
    }
    let Some(board) = view
        .board
        .and_then(|id| session.board(id))
        .or_else(|| session.boards.first())
    else {
        ui.label(words::NO_BOARDS);
        return;
    };
    view.board = Some(board.id);
    let board_view = view.boards.entry(board.id).or_default();
    board_view.forget_missing(board);

    if chrome {
        egui::Panel::right("board-inspector")
            .resizable(false)
            .default_size(tokens::SIDE_PANEL_WIDTH + 60.0)
            .show(ui, |ui| {
                crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
                    inspector::inspector_ui(ui, session, board, state, view, actions);
                });
            });
    }
    if !view.projector {
        egui::Panel::top("board-toolbar").show(ui, |ui| {
            crate::ui::bar_ui(ui, |ui| {
                crate::ui::panels_toggle_ui(ui, view, crate::text::room::BOARD);
                if !view.panels_instead_of_canvas() {
                    toolbar::toolbar_ui(ui, session, board, state, view, actions);
                }
            });
        });
    }
    if view.panels_instead_of_canvas() {
        egui::CentralPanel::default().show(ui, |ui| {
            crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
                boards_list_ui(ui, session, view, actions);
                ui.separator();
                inspector::inspector_ui(ui, session, board, state, view, actions);
            });
        });
        return;
    }
    egui::CentralPanel::default()
        .frame(egui::Frame::NONE)
        .show(ui, |ui| {
            if view.outline {
                outline::outline_ui(ui, session, board, view, actions);
            } else {
                canvas::canvas_ui(ui, session, board, state, view, actions);
            }
        });
}

fn boards_list_ui(ui: &mut Ui, session: &Session, view: &mut ViewState, actions: &mut Vec<Action>) {
    ui.label(egui::RichText::new(words::BOARDS).strong());
    for board in &session.boards {
        let shown = view.board == Some(board.id);
        if ui
            .selectable_label(shown, &board.topic)
            .on_hover_text(words::notes_count(board.notes.len()))
            .clicked()
        {
            view.board = Some(board.id);
        }
    }
    ui.add_space(tokens::SECTION_GAP / 2.0);
    if ui.button(words::ADD_BOARD).clicked() {
        let topic = words::new_board(session.boards.len() + 1);
        actions.push(Action::EditThen(
            Command::AddBoard { topic },
            Then::ShowBoard,
        ));
    }
    if let Some(id) = view.board
        && let Some(board) = session.board(id)
        && ui
            .button(words::DELETE_BOARD)
            .on_hover_text(words::DELETE_BOARD_HINT)
            .accessible_name(words::delete_the_board(&board.topic))
            .clicked()
    {
        actions.push(Action::Edit(Command::RemoveBoard(id)));
        view.board = None;
    }
}

/// The board canvas alone, without the panels around it: what the benchmarks measure.
pub fn canvas_only_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    state: u64,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    canvas::canvas_ui(ui, session, board, state, view, actions);
}

/// A number setting of the board ("words each", "votes each"), changed by a command.
#[allow(
    clippy::too_many_arguments,
    reason = "a field's label, limits, and how to read and write it"
)]
pub(super) fn setting_ui(
    ui: &mut Ui,
    board: &Board,
    label: &str,
    spoken: &str,
    range: std::ops::RangeInclusive<u32>,
    get: fn(&crate::model::BoardSettings) -> u32,
    set: fn(&mut crate::model::BoardSettings, u32),
    actions: &mut Vec<Action>,
) {
    let mut value = get(&board.settings);
    ui.label(label);
    let response = ui
        .add(egui::DragValue::new(&mut value).range(range))
        .accessible_name(spoken);
    if response.changed() && value != get(&board.settings) {
        let mut settings = board.settings;
        set(&mut settings, value);
        actions.push(Action::Edit(Command::SetBoardSettings {
            board: board.id,
            settings,
        }));
    }
}

/// The free-place search for a new note looks at most this many columns across the view,
/// and this many rows down: enough for any board on screen, and bounded when zoomed far out.
const FREE_SPOT_COLUMNS: usize = 40;
const FREE_SPOT_ROWS: usize = 50;

/// "1 vote", "3 votes".
#[must_use]
pub fn votes_text(votes: usize) -> String {
    words::votes(votes)
}
