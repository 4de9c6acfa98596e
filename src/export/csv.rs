//! The notes of every board as CSV, for people who want a spreadsheet: board, theme, text,
//! votes, and who wrote it (blank when anonymous or when names are left out).

use super::Names;
use crate::model::{Session, VoteTarget};

/// One CSV field, quoted when it holds a comma, quote or line break.
fn field(text: &str) -> String {
    // A leading = + - @ would make a spreadsheet run the cell as a formula.
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The notes as CSV text with a heading row. Face-down notes are left out.
#[must_use]
pub fn notes_csv(session: &Session, names: Names) -> String {
    let mut out = String::from("board,theme,text,votes,author\r\n");
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
            let row = [
                field(&board.topic),
                field(theme),
                field(&note.text),
                votes,
                field(&author),
            ];
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}
