//! The facilitator's preferences: recent files, look, text size and motion. Kept by eframe
//! under one key; session contents never go there.

use std::path::{Path, PathBuf};

use crate::ui::tokens;

/// Where the preferences are kept in eframe's storage.
const KEY: &str = "preferences";

/// How many recent files the File menu offers.
const MAX_RECENT: usize = 8;

/// What the app remembers about the person using it between runs.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Files opened recently, newest first.
    pub recent: Vec<PathBuf>,
    pub look: tokens::Look,
    /// Text size in percent of normal.
    pub text_size: u16,
    /// Things on screen change at once instead of moving.
    pub reduce_motion: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Self {
            recent: Vec::new(),
            look: tokens::Look::default(),
            text_size: tokens::NORMAL_TEXT_SIZE,
            reduce_motion: false,
        }
    }
}

impl Prefs {
    /// The preferences kept last time, or the defaults. Earlier versions kept each under a
    /// key of its own; those are read once so nobody loses their settings.
    #[must_use]
    pub fn load(storage: Option<&dyn eframe::Storage>) -> Self {
        let Some(storage) = storage else {
            return Self::default();
        };
        let mut prefs = eframe::get_value::<Self>(storage, KEY).unwrap_or_else(|| Self {
            recent: eframe::get_value(storage, "recent_files").unwrap_or_default(),
            look: eframe::get_value(storage, "look").unwrap_or_default(),
            text_size: eframe::get_value(storage, "text_size").unwrap_or(tokens::NORMAL_TEXT_SIZE),
            reduce_motion: eframe::get_value(storage, "reduce_motion").unwrap_or(false),
        });
        prefs.text_size = prefs.text_size.clamp(
            tokens::TEXT_SIZES[0],
            tokens::TEXT_SIZES[tokens::TEXT_SIZES.len() - 1],
        );
        prefs.recent.truncate(MAX_RECENT);
        prefs
    }

    /// Keeps the preferences for next time.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, KEY, self);
    }

    /// Puts `path` first among the recent files.
    pub fn remember_recent(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_owned());
        self.recent.truncate(MAX_RECENT);
    }
}
