//! The views. Each reads the session and view state and asks for changes by pushing
//! [`Action`]s; the app carries them out after the frame is drawn.

pub mod bidi;
pub mod board;
pub mod dialogs;
pub mod drag;
pub mod fonts;
pub mod help;
pub mod invite;
pub mod ladder;
pub mod menu;
pub mod note;
pub mod river;
pub mod room;
pub mod session_tab;
pub mod timer;
pub mod tokens;
pub mod welcome;
mod widgets;

use std::path::PathBuf;

use std::collections::HashMap;

use crate::edit::Command;
use crate::model::{BoardId, ParticipantId};

/// Something a view asks the app to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Change the session (undoable).
    Edit(Command),
    /// Change the session, then show what the change made.
    EditThen(Command, Then),
    Undo,
    Redo,
    New,
    Open,
    OpenPath(PathBuf),
    OpenExample,
    Save,
    SaveAs,
    /// Close the window (asks first if there are unsaved changes).
    Quit,
    /// Write something for sharing to a file the person chooses.
    Export(Export),
    /// Make notes on the shown board from a list of words in a text or CSV file.
    ImportWords,
    /// Show the sheet of keyboard shortcuts.
    ShowShortcuts,
    /// Show the version, the licence and where files are kept.
    ShowAbout,
    /// Change how the app looks.
    SetLook(tokens::Look),
    /// Make the text (and everything with it) larger or smaller.
    TextSize(TextSize),
    /// Let things on screen move gently (`false`), or change at once (`true`).
    SetReduceMotion(bool),
    /// Go into projector mode (`true`) or back to the full window.
    Projector(bool),
    /// Show, set, start, pause or reset the timer.
    Timer(timer::TimerAction),
    ShowTab(Tab),
    /// Let the room take part from their own phones, or stop (#15).
    Invite(invite::InviteAction),
}

/// A change of text size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextSize {
    Larger,
    Smaller,
    Normal,
    /// This many percent of normal.
    Exactly(u16),
}

/// The number keys 0 to 9, in order: the board uses them for themes, the river for phases.
pub const DIGIT_KEYS: [egui::Key; 10] = [
    egui::Key::Num0,
    egui::Key::Num1,
    egui::Key::Num2,
    egui::Key::Num3,
    egui::Key::Num4,
    egui::Key::Num5,
    egui::Key::Num6,
    egui::Key::Num7,
    egui::Key::Num8,
    egui::Key::Num9,
];

/// Something to share, as a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    /// The written summary of the session, in Markdown.
    Summary(crate::export::Names),
    /// The same for the current meeting only.
    MeetingSummary(crate::export::Names),
    /// Every board's notes, for a spreadsheet.
    Csv(crate::export::Names),
    /// A picture of the canvas on screen, `scale` pixels to a point.
    Picture {
        names: crate::export::Names,
        scale: u8,
    },
}

/// What to show once a change has made something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// Keep typing into the note just made.
    EditNote,
    /// Show the board just made.
    ShowBoard,
}

/// The four views of a session, in the order of their shortcuts Ctrl+1 to Ctrl+4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Board,
    Ladder,
    River,
    Session,
}

impl Tab {
    /// The tabs in order.
    pub const ALL: [Tab; 4] = [Tab::Board, Tab::Ladder, Tab::River, Tab::Session];

    /// The tab's name.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Tab::Board => crate::text::menu::TAB_BOARD,
            Tab::Ladder => crate::text::menu::TAB_LADDER,
            Tab::River => crate::text::menu::TAB_RIVER,
            Tab::Session => crate::text::menu::TAB_SESSION,
        }
    }
}

/// What is on screen but not part of the group's work, so never saved in the session file.
#[derive(Debug, Default)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent switches, each shown as its own menu item or mode"
)]
pub struct ViewState {
    pub tab: Tab,
    /// The board shown on the Word board tab.
    pub board: Option<BoardId>,
    /// Pan, zoom, selection and editing of each board, kept while the app runs.
    pub boards: HashMap<BoardId, board::BoardView>,
    /// Who new notes are written by; `None` for anonymous.
    pub writer: Option<ParticipantId>,
    /// Whose dot votes the vote buttons give and take.
    pub voter: Option<ParticipantId>,
    /// Show the board as a plain list instead of the canvas.
    pub outline: bool,
    /// The find bar, when open.
    pub find: Option<board::Find>,
    /// What the Ladder tab shows.
    pub ladder: ladder::LadderView,
    /// What the River tab shows.
    pub river: river::RiverView,
    /// Drawing for a picture, not the screen: no hints, no buttons.
    pub picture: bool,
    /// The keyboard shortcuts sheet is open.
    pub shortcuts: bool,
    /// The About sheet is open.
    pub about: bool,
    /// Projector mode: full screen, the canvas alone, larger.
    pub projector: bool,
    /// The facilitation timer, while it is shown.
    pub timer: Option<timer::Timer>,
    /// The window is too narrow for side panels beside the canvas (large text, small
    /// screen): they are hidden, and shown in the canvas's place when asked for.
    pub narrow: bool,
    /// In a narrow window: the side panels are shown instead of the canvas.
    pub panels_instead: bool,
}

impl ViewState {
    /// Whether side panels go beside the canvas.
    #[must_use]
    pub fn panels_beside(&self) -> bool {
        !self.narrow && !self.projector
    }

    /// Whether the side panels fill the canvas's place (asked for in a narrow window).
    #[must_use]
    pub fn panels_instead_of_canvas(&self) -> bool {
        self.narrow && self.panels_instead && !self.projector
    }
}

fn focus_moved_key() -> egui::Id {
    egui::Id::unique("stepping-stones-focus-moved")
}

/// Records, for this frame, that the keyboard has just moved to `id`.
pub fn focus_moved_to(ctx: &egui::Context, id: Option<egui::Id>) {
    ctx.data_mut(|d| match id {
        Some(id) => {
            d.insert_temp(focus_moved_key(), id);
        }
        None => d.remove::<egui::Id>(focus_moved_key()),
    });
}

/// Call at the end of a scroll area's contents: if the keyboard has just moved to a control
/// in it, scrolls so the whole control can be seen (once; then the person may scroll away).
pub fn follow_focus(ui: &egui::Ui) {
    let key = focus_moved_key();
    let Some(id) = ui.ctx().data(|d| d.get_temp::<egui::Id>(key)) else {
        return;
    };
    let Some(response) = ui.ctx().read_response(id) else {
        return;
    };
    if response.layer_id == ui.layer_id() && clipped_by(&response, ui.clip_rect()) {
        ui.scroll_to_rect(response.rect, None);
        ui.ctx().data_mut(|d| d.remove::<egui::Id>(key));
        // The scroll area moves at the end of this frame: draw the next one to show it.
        ui.ctx().request_repaint();
    }
}

/// Whether `clip` is what hides part of the widget (so it is in that scroll area), or the
/// widget is wholly in view inside it. What a widget shows is its rectangle cut by its own
/// clip rectangle, so each cut side tells where that clip rectangle's edge is.
fn clipped_by(response: &egui::Response, clip: egui::Rect) -> bool {
    let (whole, shown) = (response.rect, response.interact_rect);
    let near = |a: f32, b: f32| (a - b).abs() < 0.5;
    let sides = [
        (shown.min.x > whole.min.x + 0.5, shown.min.x, clip.min.x),
        (shown.min.y > whole.min.y + 0.5, shown.min.y, clip.min.y),
        (shown.max.x < whole.max.x - 0.5, shown.max.x, clip.max.x),
        (shown.max.y < whole.max.y - 0.5, shown.max.y, clip.max.y),
    ];
    let cut: Vec<_> = sides.iter().filter(|(cut, ..)| *cut).collect();
    if cut.is_empty() {
        clip.contains_rect(whole)
    } else {
        cut.iter()
            .all(|(_, edge, clip_edge)| near(*edge, *clip_edge))
    }
}

/// Shows `area` with `add` inside, keeping what has the keyboard in view.
pub fn scrolled<R>(
    area: egui::ScrollArea,
    ui: &mut egui::Ui,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> R {
    area.show(ui, |ui| {
        let inner = add(ui);
        follow_focus(ui);
        inner
    })
    .inner
}

/// A bar of controls above a canvas that scrolls rather than pushing the canvas out of the
/// window when the text is large.
pub fn bar_ui<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let most = ui.ctx().content_rect().height() * tokens::BAR_SHARE;
    scrolled(
        egui::ScrollArea::vertical()
            .max_height(most)
            // A panel offers only the room it had last frame; without this the bar would
            // stay as short as it started and cut its rows in half.
            .min_scrolled_height(most)
            .auto_shrink([false, true]),
        ui,
        add,
    )
}

/// In a narrow window, the button that swaps the canvas for the side panels and back.
pub fn panels_toggle_ui(ui: &mut egui::Ui, view: &mut ViewState, canvas: &str) {
    if !view.narrow || view.projector {
        return;
    }
    let label = if view.panels_instead_of_canvas() {
        crate::text::room::back_to(canvas)
    } else {
        crate::text::room::MORE_OPTIONS.to_owned()
    };
    if ui.button(label).clicked() {
        view.panels_instead = !view.panels_instead;
    }
}
