//! Preferences are one value under one key, and settings kept by earlier versions under keys
//! of their own are not lost.

use std::collections::HashMap;
use std::path::PathBuf;

use stepping_stones::app::Prefs;
use stepping_stones::ui::tokens::Look;

#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

#[test]
fn preferences_are_kept_under_one_key_and_come_back() {
    let mut prefs = Prefs::default();
    prefs.remember_recent(&PathBuf::from("/groups/tuesday.ron"));
    prefs.look = Look::HighContrast;
    prefs.text_size = 150;
    prefs.reduce_motion = true;
    let mut storage = Memory::default();
    prefs.save(&mut storage);
    assert_eq!(storage.0.len(), 1, "{:?}", storage.0.keys());
    assert_eq!(Prefs::load(Some(&storage)), prefs);
}

#[test]
fn settings_from_before_are_read_and_kept_in_range() {
    let mut storage = Memory::default();
    eframe::set_value(&mut storage, "look", &Look::Dark);
    eframe::set_value(&mut storage, "text_size", &900_u16);
    eframe::set_value(&mut storage, "reduce_motion", &true);
    eframe::set_value(
        &mut storage,
        "recent_files",
        &vec![PathBuf::from("/a.ron"), PathBuf::from("/b.ron")],
    );
    let prefs = Prefs::load(Some(&storage));
    assert_eq!(prefs.look, Look::Dark);
    assert_eq!(prefs.text_size, 200, "the largest text size offered");
    assert!(prefs.reduce_motion);
    assert_eq!(prefs.recent.len(), 2);
}
