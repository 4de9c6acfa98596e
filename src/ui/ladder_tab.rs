//! The Ladder tab. For now the rungs from the top down, each with what is placed on it at
//! the current meeting; the interactive ladder comes with the ladder work.

use egui::{RichText, Ui};

use super::{Action, tokens};
use crate::model::{Placement, Session, Subject};

/// The Ladder tab.
pub fn ladder_ui(ui: &mut Ui, session: &Session, _actions: &mut Vec<Action>) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(tokens::READING_WIDTH);
        ui.heading("Ladder of participation");
        let meeting = session.current_meeting.and_then(|m| session.meeting(m));
        match meeting {
            Some(m) => ui.label(format!("Showing the meeting of {} ({}).", m.date, m.title)),
            None => ui.label("Showing placements that belong to no meeting."),
        };
        let count = session.ladder.rungs.len();
        for (index, rung) in session.ladder.rungs.iter().enumerate().rev() {
            ui.separator();
            ui.label(RichText::new(format!("{}. {}", index + 1, rung.name)).strong());
            ui.label(&rung.description);
            let here: Vec<String> = session
                .ladder
                .placements
                .iter()
                .filter(|p| p.rung == rung.id && p.meeting == session.current_meeting)
                .map(|p| placement_text(session, p))
                .collect();
            if !here.is_empty() {
                ui.label(here.join("; "));
            }
        }
        if count == 0 {
            ui.label("The ladder has no rungs.");
        }
    });
}

/// A placement in words: subject, kind, and whose view it is.
#[must_use]
pub fn placement_text(session: &Session, p: &Placement) -> String {
    let subject = subject_name(session, p.subject);
    let by = if p.agreed {
        "agreed by the group".to_owned()
    } else {
        p.by.and_then(|id| session.participant(id))
            .map_or_else(|| "the group".to_owned(), |who| who.name.clone())
    };
    format!("{subject}: {} ({by})", p.kind.label().to_lowercase())
}

/// What a subject is called.
#[must_use]
pub fn subject_name(session: &Session, subject: Subject) -> String {
    match subject {
        Subject::Organisation => "The organisation".to_owned(),
        Subject::Team => "Our team".to_owned(),
        Subject::Participant(id) => session.participant(id).map_or_else(
            || "Someone".to_owned(),
            |p| format!("{}, in their role", p.name),
        ),
        Subject::Custom(id) => session
            .ladder
            .custom_subjects
            .iter()
            .find(|c| c.id == id)
            .map_or_else(|| "Something".to_owned(), |c| c.name.clone()),
    }
}
