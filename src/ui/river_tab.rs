//! The River tab. For now each phase with its "I" statements and the group's answers under
//! each question; the drawn river comes with the river work.

use egui::{RichText, Ui};

use super::{Action, tokens};
use crate::model::{Question, Session};

/// The River tab.
pub fn river_ui(ui: &mut Ui, session: &Session, _actions: &mut Vec<Action>) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.set_max_width(tokens::READING_WIDTH);
        ui.heading("Recovery River");
        for phase in &session.river.phases {
            ui.separator();
            ui.label(RichText::new(&phase.name).strong().size(20.0));
            for statement in &phase.statements {
                ui.label(format!("• {}", statement.text));
            }
            for question in Question::ALL {
                let answers: Vec<&str> = session
                    .river
                    .notes
                    .iter()
                    .filter(|n| n.phase == phase.id && n.question == question)
                    .map(|n| n.text.as_str())
                    .collect();
                if !answers.is_empty() {
                    ui.label(RichText::new(question.text()).italics());
                    ui.label(answers.join(" · "));
                }
            }
        }
    });
}
