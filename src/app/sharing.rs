//! Sharing what the group made (summaries, notes as CSV, pictures) and bringing lists of
//! words in.

use super::App;
use super::document::default_folder;
use crate::file;
use crate::picker::{Pick, file_name_for};
use crate::text::app as common;
use crate::ui::Tab;
use crate::ui::menu::display_name;

impl App {
    /// Writes something to share to a file the person chooses (or, with no file chooser,
    /// beside where sessions go, saying where).
    pub(super) fn export(&mut self, what: crate::ui::Export) {
        use crate::export::csv::notes_csv;
        use crate::export::picture::{Canvas, png_bytes, render};
        use crate::export::summary::{SummaryOptions, summary};
        use crate::ui::Export;
        let Some(doc) = &self.doc else { return };
        let (what_it_is, ending, bytes) = match what {
            Export::MeetingSummary(names) => {
                let options = SummaryOptions {
                    names,
                    meeting: doc.session.current_meeting,
                };
                (
                    common::WHAT_SUMMARY,
                    "meeting-summary.md",
                    summary(&doc.session, options).into_bytes(),
                )
            }
            Export::Summary(names) => {
                let options = SummaryOptions {
                    names,
                    meeting: None,
                };
                (
                    common::WHAT_SUMMARY,
                    "summary.md",
                    summary(&doc.session, options).into_bytes(),
                )
            }
            Export::Csv(names) => match notes_csv(&doc.session, names) {
                Ok(text) => (common::WHAT_NOTES, "notes.csv", text.into_bytes()),
                Err(err) => {
                    self.status = common::not_shared(common::WHAT_NOTES, &err);
                    return;
                }
            },
            Export::Picture { names, scale } => {
                let board = self
                    .view
                    .board
                    .or_else(|| doc.session.boards.first().map(|b| b.id));
                // A theme picked on the board, or a phase shown large, is pictured alone.
                let theme = board
                    .and_then(|b| self.view.boards.get(&b))
                    .and_then(|v| v.theme);
                let (canvas, ending) = match (self.view.tab, board, theme, self.view.river.focus) {
                    (Tab::Board, Some(board), Some(theme), _) => {
                        (Canvas::Theme(board, theme), "theme.png")
                    }
                    (Tab::Board, Some(board), None, _) => (Canvas::Board(board), "board.png"),
                    (Tab::Ladder, ..) => (Canvas::Ladder, "ladder.png"),
                    (Tab::River, _, _, Some(phase)) => (Canvas::Phase(phase), "phase.png"),
                    (Tab::River, ..) => (Canvas::River, "river.png"),
                    _ => {
                        common::PICTURE_NEEDS_CANVAS.clone_into(&mut self.status);
                        return;
                    }
                };
                match render(&doc.session, canvas, names, f32::from(scale))
                    .and_then(|image| png_bytes(&image))
                {
                    Ok(bytes) => (common::WHAT_PICTURE, ending, bytes),
                    Err(err) => {
                        self.status = common::picture_failed(&err);
                        return;
                    }
                }
            }
        };
        let stem = file_name_for(&doc.session.title);
        let stem = stem.trim_end_matches(".ron");
        let suggested = default_folder().join(format!("{stem}-{ending}"));
        let path = match self.picker.pick_save(&suggested) {
            Pick::Chosen(path) => path,
            Pick::Cancelled => return,
            Pick::Unavailable => suggested,
        };
        self.status = match file::write_atomic(&path, &bytes, file::Backup::None) {
            Ok(()) => common::shared(what_it_is, &path),
            Err(err) => common::not_shared(what_it_is, &err),
        };
    }

    /// Makes a note of each line of a text or CSV file on the board on screen.
    pub(super) fn import_words(&mut self) {
        let Some(doc) = &self.doc else { return };
        let Pick::Chosen(path) = self.picker.pick_open() else {
            return;
        };
        let text = match crate::file::read_regular_file(&path, 1_000_000) {
            Ok((bytes, _)) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(crate::file::LoadError::TooLarge { .. }) => {
                common::WORD_LIST_TOO_BIG.clone_into(&mut self.status);
                return;
            }
            Err(
                err @ (crate::file::LoadError::NotAFile { .. }
                | crate::file::LoadError::IsFolder { .. }),
            ) => {
                self.status = err.to_string();
                return;
            }
            Err(err) => {
                self.status = common::word_list_unreadable(&display_name(&path), &err);
                return;
            }
        };
        let session = &doc.session;
        let Some(board) = self
            .view
            .board
            .and_then(|b| session.board(b))
            .or_else(|| session.boards.first())
        else {
            return;
        };
        let words = crate::edit::import::words_from_text(&text);
        let count = words.len();
        let command = crate::edit::import::notes_for_words(session, board, words, self.view.writer);
        self.view.tab = Tab::Board;
        self.edit(command);
        self.status = common::notes_made(count, &display_name(&path));
    }
}
