//! The notes of every board as CSV, for people who want a spreadsheet: board, theme, text,
//! votes, and who wrote it (blank when anonymous or when names are left out).

use super::Names;
use crate::model::{Session, VoteTarget};

/// Why the CSV could not be made. Writing to memory does not fail in practice; this keeps
/// the rare case a message instead of a crash.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::text::app::csv_failed(.0))]
pub struct CsvError(String);

/// One cell: printable, and never run as a formula by a spreadsheet.
fn cell(text: &str) -> String {
    let text = super::printable(text);
    // A leading = + - @ (or a tab or line break before one) would make a spreadsheet run
    // the cell as a formula; a leading apostrophe makes it plain text.
    if text.starts_with(['=', '+', '-', '@', '\t', '\n']) {
        format!("'{text}")
    } else {
        text.into_owned()
    }
}

/// The notes as CSV text with a heading row. Face-down notes are left out.
pub fn notes_csv(session: &Session, names: Names) -> Result<String, CsvError> {
    let fail = |err: &dyn std::fmt::Display| CsvError(err.to_string());
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer
        .write_record(crate::text::export::CSV_HEADINGS)
        .map_err(|e| fail(&e))?;
    for board in &session.boards {
        for note in board.notes.iter().filter(|n| !n.hidden) {
            let theme = note
                .theme
                .and_then(|t| board.theme(t))
                .map_or("", |t| t.name.as_str());
            let votes = if board.settings.votes_hidden {
                String::new()
            } else {
                board.votes_for(VoteTarget::Note(note.id)).to_string()
            };
            let author = names.author(session, note.author).unwrap_or_default();
            writer
                .write_record([
                    cell(&board.topic),
                    cell(theme),
                    cell(&note.text),
                    votes,
                    cell(&author),
                ])
                .map_err(|e| fail(&e))?;
        }
    }
    let bytes = writer.into_inner().map_err(|e| fail(&e))?;
    String::from_utf8(bytes).map_err(|e| fail(&e))
}
