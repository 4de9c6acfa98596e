//! The views. Each reads the session and view state and asks for changes by pushing
//! [`Action`]s; the app carries them out after the frame is drawn.

pub mod board;
pub mod dialogs;
pub mod help;
pub mod ladder;
pub mod menu;
pub mod river;
pub mod session_tab;
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
    /// Change how the app looks.
    SetLook(tokens::Look),
    ShowTab(Tab),
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
}
