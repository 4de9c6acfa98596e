//! Right-to-left text (Arabic, Urdu, Persian, Hebrew) drawn in reading order.
//!
//! What egui 0.37 does by itself: it shapes each run of text that one font draws with
//! `harfrust`, which joins Arabic letters and, for a right-to-left script, lays the run's
//! glyphs out right to left. What it does not do: put the runs of a line in order. Each
//! word of an Arabic sentence is its own run (the spaces come from another font), and
//! egui lays runs out left to right, so the words came out in the wrong order, and a
//! number beside a right-to-left name ("2 of 5") was pulled into the wrong place.
//!
//! So, for drawing only, a line is rearranged into the order it is seen in, with the
//! Unicode Bidirectional Algorithm from the `unicode-bidi` crate. Each run that egui will
//! shape right to left (a run of Arabic or Hebrew letters) is handed over in its own
//! order, because the shaper turns it round itself and needs the letters in order to join
//! them. The stored text is never changed: editing, saving, finding and screen readers
//! all use the text as written.
//!
//! Text with no right-to-left letter (nearly all of it) is passed through untouched after
//! one quick look.
//!
//! What remains imperfect, all in egui 0.37 itself: while a note is being edited its
//! words are shown in the order written, left to right (each word still joined and
//! turned the right way); and egui gives a right-to-left word more glyphs than it has
//! letters (zero-width ones after it), so the caret can go past the last letter with End,
//! where Backspace then takes nothing away. The text itself is never harmed: every edit
//! works on whole characters of the text as written.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Align, Color32, FontId, Galley, Painter};
use unicode_bidi::{BidiInfo, Level};
use unicode_script::{Script, UnicodeScript as _};

/// Which way a line runs when the direction is not set by its own letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Base {
    /// From the first letter that has a direction: people's own words.
    Auto,
    /// Left to right: the app's English sentences with a name or a word inside.
    LeftToRight,
}

/// Whether `text` has anything that the plain left-to-right drawing would put in the
/// wrong place. Cheap: pure ASCII text is answered from its bytes.
#[must_use]
pub fn needs_reordering(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_right_to_left)
}

/// Letters written right to left, and the marks that ask for it explicitly.
fn is_right_to_left(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'
        | '\u{200F}' | '\u{202B}' | '\u{202E}' | '\u{2067}'
        | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}')
}

/// `text` in the order it is seen, one line per line of `text`, for drawing only.
/// Borrowed unchanged when nothing needs to move.
#[must_use]
pub fn visual(text: &str, base: Base) -> Cow<'_, str> {
    if !needs_reordering(text) {
        return Cow::Borrowed(text);
    }
    // Names and themes are drawn every frame: rearrange each only once.
    let slot = usize::from(base == Base::LeftToRight);
    if let Some(seen) = VISUAL.with_borrow(|cache| cache[slot].get(text).cloned()) {
        return Cow::Owned(seen);
    }
    let seen = rearrange(text, base);
    VISUAL.with_borrow_mut(|cache| {
        if cache[slot].len() >= CACHE_SIZE {
            cache[slot].clear();
        }
        cache[slot].insert(text.to_owned(), seen.clone());
    });
    Cow::Owned(seen)
}

thread_local! {
    /// [`visual`]'s answers, for each [`Base`], by the text as written.
    static VISUAL: RefCell<[HashMap<String, String>; 2]> = RefCell::default();
}

/// How many texts each memory of rearranged text keeps before it starts again.
const CACHE_SIZE: usize = 4096;

fn rearrange(text: &str, base: Base) -> String {
    let info = BidiInfo::new(text, default_level(base));
    let mut out = String::with_capacity(text.len());
    for (i, para) in info.paragraphs.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        // A paragraph ends with its separator; that is written as the line break above.
        let mut line = para.range.clone();
        while line.end > line.start && text[..line.end].ends_with(['\n', '\r']) {
            line.end -= 1;
        }
        push_visual_line(&info, para, line, &mut out);
    }
    out
}

fn default_level(base: Base) -> Option<Level> {
    match base {
        Base::Auto => None,
        Base::LeftToRight => Some(Level::ltr()),
    }
}

/// Appends the line `line` (a byte range inside `para`) in visual order.
fn push_visual_line(
    info: &BidiInfo<'_>,
    para: &unicode_bidi::ParagraphInfo,
    line: std::ops::Range<usize>,
    out: &mut String,
) {
    if line.is_empty() {
        return;
    }
    let (levels, runs) = info.visual_runs(para, line);
    // Each char with its level, in the order it is seen.
    let mut seen: Vec<(char, bool)> = Vec::new();
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        let text = &info.text[run];
        if rtl {
            seen.extend(text.chars().rev().map(|c| (mirror(c), true)));
        } else {
            seen.extend(text.chars().map(|c| (c, false)));
        }
    }
    // The shaper turns every run of right-to-left letters round again: hand it those in
    // their written order, so it can join them and turn them the right way.
    let mut i = 0;
    while i < seen.len() {
        let Some(script) = shaped_script(&seen, i) else {
            let (c, _) = seen[i];
            if !is_direction_mark(c) {
                out.push(c);
            }
            i += 1;
            continue;
        };
        let mut end = i + 1;
        while end < seen.len() && shaped_script(&seen, end) == Some(script) {
            end += 1;
        }
        let run = &seen[i..end];
        let turned_by_shaper = run.iter().any(|(c, _)| is_strong_rtl_letter(*c));
        let chars: Box<dyn Iterator<Item = &(char, bool)>> = if turned_by_shaper {
            Box::new(run.iter().rev())
        } else {
            Box::new(run.iter())
        };
        out.extend(chars.map(|(c, _)| *c).filter(|c| !is_direction_mark(*c)));
        i = end;
    }
}

/// The right-to-left font that draws `seen[i]`, if any: Arabic or Hebrew letters, or a
/// mark or joiner that sits on one (it is drawn by the same font, in the same run).
fn shaped_script(seen: &[(char, bool)], i: usize) -> Option<Script> {
    let own = |c: char| match c {
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFE}' => Some(Script::Arabic),
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => Some(Script::Hebrew),
        _ => None,
    };
    let (c, _) = seen[i];
    if let Some(script) = own(c) {
        return Some(script);
    }
    if !is_attached(c) {
        return None;
    }
    // A joiner or mark belongs with the letters around it, on either side.
    let before = seen[..i]
        .iter()
        .rev()
        .find(|(c, _)| !is_attached(*c))
        .and_then(|(c, _)| own(*c));
    let after = seen[i + 1..]
        .iter()
        .find(|(c, _)| !is_attached(*c))
        .and_then(|(c, _)| own(*c));
    before.or(after)
}

/// Zero-width joiners and combining marks: drawn with the letter they sit on.
fn is_attached(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}')
        || unicode_normalization::char::is_combining_mark(c)
}

/// Letters whose script the shaper lays out right to left.
fn is_strong_rtl_letter(c: char) -> bool {
    matches!(c.script(), Script::Arabic | Script::Hebrew)
}

/// Marks that only steer the direction; they are never drawn.
fn is_direction_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// Brackets face the other way inside right-to-left text.
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// Whether the first line with a direction of its own in `text` runs right to left.
#[must_use]
pub fn starts_right_to_left(text: &str) -> bool {
    needs_reordering(text)
        && BidiInfo::new(text, None)
            .paragraphs
            .first()
            .is_some_and(|p| p.level.is_rtl())
}

/// What [`layout_wrapped`] remembers of one text: its rows in visual order, and whether
/// it starts right to left.
type Wrapped = (Arc<str>, bool);

/// The font size, width and pixels per point (as bits) a wrapping was made for.
type WrapKey = (u32, u32, u32);

thread_local! {
    /// Wrapped right-to-left texts, so the board's many notes are only rearranged once:
    /// by the text as written, then by size.
    static WRAPPED: RefCell<HashMap<String, HashMap<WrapKey, Wrapped>>> =
        RefCell::new(HashMap::new());
}

/// Lays out people's words wrapped at `width`, as `painter.layout` does, with right-to-left
/// lines in reading order and aligned to the right (the galley then reaches left of its
/// position: place it by its right edge). Lines break between words where they would in
/// the text as written, so a long Arabic note reads top to bottom, right to left.
#[must_use]
pub fn layout_wrapped(
    painter: &Painter,
    text: &str,
    font: FontId,
    colour: Color32,
    width: f32,
) -> Arc<Galley> {
    if !needs_reordering(text) {
        return painter.layout(text.to_owned(), font, colour, width);
    }
    let key = (
        font.size.to_bits(),
        width.to_bits(),
        painter.pixels_per_point().to_bits(),
    );
    let cached = WRAPPED.with_borrow(|cache| cache.get(text).and_then(|m| m.get(&key)).cloned());
    let (seen, rtl) = cached.unwrap_or_else(|| {
        let breaks = line_starts(painter, text, &font, width);
        let made: Wrapped = (
            visual_rows(text, &breaks).into(),
            starts_right_to_left(text),
        );
        WRAPPED.with_borrow_mut(|cache| {
            if cache.len() >= CACHE_SIZE {
                cache.clear();
            }
            cache
                .entry(text.to_owned())
                .or_default()
                .insert(key, made.clone());
        });
        made
    });
    let mut job = LayoutJob::simple(seen.to_string(), font, colour, width);
    if rtl {
        job.halign = Align::RIGHT;
    }
    painter.layout_job(job)
}

/// Byte offsets where the lines of `text` start when wrapped at `width` between words
/// (and at its own line breaks). A word wider than `width` gets a line of its own.
///
/// egui's own wrapping can't be asked: in egui 0.37 a right-to-left run comes back with
/// more glyphs than it has characters, so its rows can't be matched back to the text.
fn line_starts(painter: &Painter, text: &str, font: &FontId, width: f32) -> Vec<usize> {
    let measure = |s: &str| {
        painter
            .layout_no_wrap(s.to_owned(), font.clone(), Color32::PLACEHOLDER)
            .size()
            .x
    };
    let space = measure(" ");
    let mut starts = vec![0];
    let mut offset = 0;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            starts.push(offset);
        }
        let mut used = 0.0;
        let mut first = true;
        let mut at = offset;
        for word in line.split(' ') {
            let w = if word.is_empty() { 0.0 } else { measure(word) };
            if !first && used + space + w > width && !word.is_empty() {
                starts.push(at);
                used = w;
            } else {
                used += if first { w } else { space + w };
            }
            first = false;
            at += word.len() + 1;
        }
        offset += line.len() + 1;
    }
    starts.dedup();
    starts
}

/// The rows of `text` (starting at the byte offsets `breaks`) each in visual order.
fn visual_rows(text: &str, breaks: &[usize]) -> String {
    let info = BidiInfo::new(text, None);
    let mut out = String::with_capacity(text.len() + breaks.len());
    for (i, &start) in breaks.iter().enumerate() {
        let end = breaks.get(i + 1).copied().unwrap_or(text.len());
        if i > 0 {
            out.push('\n');
        }
        let mut line = start..end;
        // The space or line break a row ends on is not drawn.
        while line.end > line.start && text[..line.end].ends_with(['\n', '\r', ' ']) {
            line.end -= 1;
        }
        if let Some(para) = info
            .paragraphs
            .iter()
            .find(|p| p.range.start <= line.start && line.start < p.range.end)
        {
            push_visual_line(&info, para, line, &mut out);
        }
    }
    out
}

/// `words` (a name, a theme) set apart, for putting inside a sentence of the app's own:
/// the sentence's numbers and words then keep their places beside a right-to-left name
/// ("فاطمة: 2 of 5" is not turned into "2 :فاطمة of 5"). Unchanged when it has no
/// right-to-left letter. For drawing only: pass it to [`label`] or [`visual`].
#[must_use]
pub fn isolate(words: &str) -> Cow<'_, str> {
    if needs_reordering(words) {
        Cow::Owned(format!("\u{2068}{words}\u{2069}"))
    } else {
        Cow::Borrowed(words)
    }
}

/// A label that shows `text` in reading order (in bold if `strong`) and is read out by
/// screen readers as `spoken`, the text as written.
pub fn label(
    ui: &mut egui::Ui,
    text: &str,
    spoken: &str,
    base: Base,
    strong: bool,
) -> egui::Response {
    let seen = visual(text, base);
    let mut shown = egui::RichText::new(seen.as_ref());
    if strong {
        shown = shown.strong();
    }
    let response = ui.add(egui::Label::new(shown).extend());
    if seen.as_ref() != spoken {
        speak_as_written(ui, &response, spoken);
    }
    response
}

/// Tells screen readers `written` for `response` when what is drawn was rearranged.
fn speak_as_written(ui: &egui::Ui, response: &egui::Response, written: &str) {
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(written));
}

/// People's words as a label that wraps at the available width, each line in reading
/// order, and read out by screen readers as written.
pub fn wrapped_label(ui: &mut egui::Ui, text: &str) -> egui::Response {
    if !needs_reordering(text) {
        return ui.add(egui::Label::new(text).wrap());
    }
    let font = egui::TextStyle::Body.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let galley = layout_wrapped(ui.painter(), text, font, colour, ui.available_width());
    let response = ui.add(egui::Label::new(galley));
    speak_as_written(ui, &response, text);
    response
}

/// A selectable label showing people's words (a board's topic) in reading order.
pub fn selectable(ui: &mut egui::Ui, selected: bool, text: &str) -> egui::Response {
    let seen = visual(text, Base::Auto);
    let response = ui.selectable_label(selected, seen.as_ref());
    if matches!(seen, Cow::Owned(_)) {
        speak_as_written(ui, &response, text);
    }
    response
}

/// Where to place a galley from [`layout_wrapped`] in `area`: right-to-left text hangs
/// from the right edge, other text from the left.
#[must_use]
pub fn origin_x(galley: &Galley, area: egui::Rect) -> f32 {
    if galley.job.halign == Align::RIGHT {
        area.max.x
    } else {
        area.min.x
    }
}

/// A button whose label is an English sentence of the app's own with people's words in
/// it (put inside with [`isolate`]): drawn in reading order, read out as `spoken`.
pub fn button(ui: &mut egui::Ui, enabled: bool, text: &str, spoken: &str) -> egui::Response {
    let seen = visual(text, Base::LeftToRight);
    let response = ui.add_enabled(enabled, egui::Button::new(seen.as_ref()));
    if seen.as_ref() != spoken {
        speak_as_written(ui, &response, spoken);
    }
    response
}
