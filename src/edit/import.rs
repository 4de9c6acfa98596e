//! Making notes from a list of words, pasted or read from a text or CSV file.

use crate::model::{Board, Point, Session};

use super::Command;

/// The most notes one paste or import makes: a guard against pasting a whole document.
pub const MOST_PASTED_NOTES: usize = 500;

/// The words of a pasted or imported list: one per line, or, from a table (CSV, or cells
/// copied from a spreadsheet, which come separated by tabs), the first column.
///
/// Text is taken as a table when it has at least two rows and every row has the same
/// number of fields, two or more: a poll's `word, count` export, say. Then quoted fields
/// may hold commas, quotes and line breaks, as CSV allows. Anything else is a plain list,
/// one note per line, so a single line such as `tired, hungry` stays whole.
#[must_use]
pub fn words_from_text(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rows = table_rows(text);
    let words: Vec<String> = match rows {
        Some(rows) if is_table(&rows) || rows.iter().all(|r| r.len() == 1) => rows
            .into_iter()
            .filter_map(|row| row.into_iter().next())
            .collect(),
        _ => text.lines().map(|line| line.trim().to_owned()).collect(),
    };
    words
        .into_iter()
        .filter(|w| !w.is_empty())
        .take(MOST_PASTED_NOTES)
        .collect()
}

/// The rows of `text` read as CSV (or tab-separated when every line has a tab), each
/// field trimmed, blank rows left out; `None` when it isn't CSV.
fn table_rows(text: &str) -> Option<Vec<Vec<String>>> {
    // An unmatched quote would swallow every line after it into one note.
    if !text.matches('"').count().is_multiple_of(2) {
        return None;
    }
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).peekable();
    let tabs = lines.peek().is_some() && lines.all(|l| l.contains('\t'));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(if tabs { b'\t' } else { b',' })
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.ok()?;
        if record.iter().any(|field| !field.is_empty()) {
            rows.push(record.iter().map(str::to_owned).collect());
        }
    }
    Some(rows)
}

/// At least two rows, all with the same number of fields, two or more.
fn is_table(rows: &[Vec<String>]) -> bool {
    let columns = rows.first().map_or(0, Vec::len);
    rows.len() >= 2 && columns >= 2 && rows.iter().all(|r| r.len() == columns)
}

/// One undoable change adding a note per word, in a grid below everything on the board.
#[must_use]
pub fn notes_for_words(
    session: &Session,
    board: &Board,
    words: Vec<String>,
    writer: Option<crate::model::ParticipantId>,
) -> Command {
    let (w, h) = crate::model::NOTE_SIZE;
    let gap = crate::model::NOTE_GAP;
    let top = board
        .extent()
        .map_or(40.0, |e| e.bottom() + crate::model::THEME_GAP);
    let left = board.extent().map_or(40.0, |e| e.x);
    let colour = session.note_colour_for(writer);
    let columns = 6;
    Command::Batch(
        words
            .into_iter()
            .enumerate()
            .map(|(i, text)| Command::AddNote {
                board: board.id,
                text,
                position: Point {
                    x: left + (i % columns) as f32 * (w + gap),
                    y: top + (i / columns) as f32 * (h + gap),
                },
                author: writer,
                colour,
                theme: None,
            })
            .collect(),
    )
}
