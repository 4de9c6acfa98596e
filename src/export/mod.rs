//! Sharing what the group made: a written summary, a spreadsheet of notes, and pictures.
//! Nothing leaves the computer unless the facilitator exports it; face-down notes never do.

pub mod csv;
pub mod picture;
pub mod summary;

use std::borrow::Cow;

use crate::model::{ParticipantId, Session};

/// Text as it may leave the app, used by every written export: control characters (the
/// terminal's ESC, NUL, and the rest of Unicode's C0 and C1 controls) are taken out, since
/// they have no visible form and can make a terminal, an editor or a spreadsheet misbehave.
/// Line breaks and tabs stay: they mean something in a note. Windows (`\r\n`) and old Mac
/// (`\r`) line ends, and Unicode's line and paragraph separators, become `\n`.
#[must_use]
pub fn printable(text: &str) -> Cow<'_, str> {
    let unwanted = |c: char| (c.is_control() && c != '\n' && c != '\t') || is_separator(c);
    if !text.contains(unwanted) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' => out.push('\n'),
            c if is_separator(c) => out.push('\n'),
            c if unwanted(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Unicode's line and paragraph separators, which some programs show as line breaks.
fn is_separator(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}')
}

/// Whether people's names go into an export. Who wrote what is sensitive, so leaving names
/// out is one switch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Names {
    Show,
    Hide,
}

impl Names {
    /// The name of whoever wrote something, or `None` when it was anonymous or names are
    /// left out.
    #[must_use]
    pub fn author(self, session: &Session, author: Option<ParticipantId>) -> Option<String> {
        match self {
            Names::Show => author
                .and_then(|a| session.participant(a))
                .map(|p| p.name.clone()),
            Names::Hide => None,
        }
    }

    /// A person, by name, or as "person N" (their place in the group's list) without names.
    #[must_use]
    pub fn person(self, session: &Session, id: ParticipantId) -> String {
        let index = session.participants.iter().position(|p| p.id == id);
        match (self, index) {
            (Names::Show, Some(i)) => session.participants[i].name.clone(),
            (Names::Hide, Some(i)) => crate::text::export::person(i + 1),
            (_, None) => crate::text::export::SOMEONE.to_owned(),
        }
    }
}
