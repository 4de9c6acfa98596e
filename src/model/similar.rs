//! Finding notes that say the same thing in slightly different ways: "Control!", "control",
//! "controls" and "controlling" all match. Works on any script; the English word endings
//! are only trimmed from words written in Latin letters.

use std::collections::HashMap;

use super::{Note, NoteId};

/// Marks that are not part of a word, beyond ASCII punctuation.
const PUNCTUATION: &[char] = &[
    '“', '”', '‘', '’', '«', '»', '¡', '¿', '…', '–', '—', '·', '•', '،', '؛', '؟', '。', '、',
    '！', '？', '，',
];

/// The form of a note's text that similar notes share. Empty for a note with no words.
#[must_use]
pub fn match_key(text: &str) -> String {
    // Spaces are ignored too ("well being", "wellbeing"), so the ending trimmed is the
    // phrase's last one.
    let joined: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_ascii_punctuation() && !PUNCTUATION.contains(c))
        .flat_map(char::to_lowercase)
        .collect();
    stem(&joined)
}

/// Trims common English endings, keeping at least three letters of the word, then evens
/// out spelling that endings change: "controll" → "control", "care" → "car".
fn stem(word: &str) -> String {
    if !word.chars().all(|c| c.is_ascii_lowercase()) {
        return word.to_owned();
    }
    let mut w = word.to_owned();
    let long_enough = |w: &str, suffix: &str| w.len() >= suffix.len() + 3 && w.ends_with(suffix);
    if long_enough(&w, "ies") {
        w.truncate(w.len() - 3);
        w.push('y');
        return w;
    }
    for suffix in [
        "ingly", "ings", "ing", "edly", "ers", "ed", "er", "ly", "es", "s",
    ] {
        if long_enough(&w, suffix) && !(suffix == "s" && w.ends_with("ss")) {
            w.truncate(w.len() - suffix.len());
            break;
        }
    }
    let bytes = w.as_bytes();
    let n = bytes.len();
    if n >= 4 && bytes[n - 1] == bytes[n - 2] && !b"aeious".contains(&bytes[n - 1]) {
        w.pop();
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// Sets of two or more notes whose words match, in board order. Hidden (face-down) notes
/// are left out, so nobody learns from a match what a hidden note says.
#[must_use]
pub fn similar_sets(notes: &[Note]) -> Vec<Vec<NoteId>> {
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut sets: Vec<Vec<NoteId>> = Vec::new();
    for note in notes.iter().filter(|n| !n.hidden) {
        let key = match_key(&note.text);
        if key.is_empty() {
            continue;
        }
        let index = *by_key.entry(key).or_insert_with(|| {
            sets.push(Vec::new());
            sets.len() - 1
        });
        sets[index].push(note.id);
    }
    sets.retain(|s| s.len() >= 2);
    sets
}
