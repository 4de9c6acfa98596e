//! Stepping Stones: offline canvases for co-production groups.
//!
//! The model is plain data (`model`), changed only through commands (`edit`), with undo
//! (`history`), saved as a RON file (`file`), and shown by the egui app (`app`, `ui`).

pub mod app;
pub mod cli;
pub mod edit;
pub mod export;
pub mod file;
pub mod history;
pub mod model;
pub mod picker;
pub mod room;
pub mod text;
pub mod ui;

pub use app::App;
