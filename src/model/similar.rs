//! Finding notes that say the same thing in slightly different ways: "Control!", "control",
//! "controls" and "controlling" all match. Works on any script; the English word endings
//! are only trimmed from words written in Latin letters.
//!
//! Text is compared by Unicode's rules, not by its bytes: the same letter typed two ways
//! (é as one character or as e and an accent, "ﬁ" and "fi", full-width letters) and the
//! same word in either case ("STRASSE" and "straße", "ΛΟΓΟΣ" and "λόγος") are the same.
//! Accents are kept when grouping ("año" is not "ano", "avó" is not "avô"), but Find
//! looks past them, so "cafe" finds "café" (see [`fold_accents`]). Arabic vowel marks and
//! the stretching line (kashida), and Hebrew points, are left out of both: they are
//! optional in everyday writing, so "مُحَمَّد" and "محمد" are the same word.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

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
        .collect();
    stem(&fold(&joined))
}

/// `text` made comparable: compatibility forms evened out (NFKC), then Unicode case
/// folding, without the optional Arabic and Hebrew marks. Accents stay.
///
/// Case folding here is `str::to_lowercase` (which already knows that a final capital
/// sigma is "ς"), then the few places where Unicode's full case folding goes further:
/// "ß" and "ẞ" fold to "ss", and "ς" to "σ". Compatibility normalisation has already
/// turned "ſ", ligatures and full-width letters into plain ones. The dot that Turkish "İ"
/// keeps when lowered ("i̇") is dropped, so "İyi" and "iyi" match.
#[must_use]
pub fn fold(text: &str) -> String {
    let composed: String = text.nfkc().filter(|c| !is_optional_mark(*c)).collect();
    finish_folding(&composed)
}

/// Like [`fold`], and without accents on Latin and Greek letters ("café" → "cafe",
/// "ή" → "η"), for Find. Marks that make a different letter in other scripts stay
/// (Cyrillic "й" is not "и", Devanagari "कि" is not "क", Japanese "が" is not "か").
/// The result is decomposed (NFKD): compare it only with other results of this function.
#[must_use]
pub fn fold_accents(text: &str) -> String {
    let mut base_is_latin_or_greek = false;
    let decomposed: String = text
        .nfkd()
        .filter(|&c| {
            if is_combining_mark(c) {
                !base_is_latin_or_greek && !is_optional_mark(c)
            } else {
                base_is_latin_or_greek = is_latin_or_greek(c);
                !is_optional_mark(c)
            }
        })
        .collect();
    finish_folding(&decomposed).nfkd().collect()
}

/// Whether `haystack` holds `needle` as whole characters: a match never ends between a
/// letter and the accent or vowel sign written on it. Both should come from
/// [`fold_accents`] (or both from [`fold`]).
#[must_use]
pub fn contains_whole(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return true;
    }
    if needle.chars().next().is_some_and(is_combining_mark) {
        return haystack.contains(needle);
    }
    haystack.match_indices(needle).any(|(at, _)| {
        !haystack[at + needle.len()..]
            .chars()
            .next()
            .is_some_and(is_combining_mark)
    })
}

fn finish_folding(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    let mut prev = None;
    for c in lower.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            // The dot that "İ" keeps when lowered: an "i" has its dot already.
            '\u{0307}' if prev == Some('i') => {}
            _ => out.push(c),
        }
        prev = Some(c);
    }
    out
}

/// Arabic vowel marks, Quranic marks and the kashida, and Hebrew points and cantillation:
/// optional in everyday writing.
fn is_optional_mark(c: char) -> bool {
    matches!(c,
        '\u{0591}'..='\u{05BD}' | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}'
        | '\u{05C5}' | '\u{05C7}' | '\u{0610}'..='\u{061A}' | '\u{0640}'
        | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}

/// Latin and Greek letters, whose accents Find looks past.
fn is_latin_or_greek(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c,
            '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{0370}'..='\u{03FF}'
            | '\u{1F00}'..='\u{1FFF}')
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
