//! Sharing what the group made: a written summary, a spreadsheet of notes, and pictures.
//! Nothing leaves the computer unless the facilitator exports it; face-down notes never do.

pub mod csv;
pub mod picture;
pub mod summary;

use crate::model::{ParticipantId, Session};

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
            (Names::Hide, Some(i)) => format!("person {}", i + 1),
            (_, None) => "someone".to_owned(),
        }
    }
}
