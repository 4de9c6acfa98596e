//! Every word the app shows, in one place, so it can be read through as a whole: short
//! sentences, no jargon, and messages that say what happened and what to do next.
//!
//! Fixed words are constants; words with something filled in are small functions. Each
//! submodule holds the words of one part of the app.

pub mod app;
pub mod board;
pub mod cli;
pub mod dialogs;
pub mod export;
pub mod files;
pub mod help;
pub mod invite;
pub mod ladder;
pub mod menu;
pub mod model;
pub mod river;
pub mod room;
pub mod session;
pub mod welcome;
