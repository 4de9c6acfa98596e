//! The river as a plain list: phases, their statements, then each question with its
//! answers. Ordinary fields and buttons only, so it works with keys and a screen reader.

use egui::{ComboBox, Key, RichText, Ui};

use crate::edit::{Command, RiverCommand, TextField};
use crate::model::{ParticipantId, Phase, Question, Session};
use crate::text::{app as common, river as words};
use crate::ui::widgets::text_field;
use crate::ui::{Action, tokens};

pub(super) fn outline_ui(
    ui: &mut Ui,
    session: &Session,
    writer: Option<ParticipantId>,
    actions: &mut Vec<Action>,
) {
    crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
        for (i, phase) in session.river.phases.iter().enumerate() {
            let n = i + 1;
            text_field(
                ui,
                &words::phase(n),
                Some(&words::name_of_phase(n)),
                TextField::PhaseName(phase.id),
                &phase.name,
                false,
                actions,
            );
            for (s, statement) in phase.statements.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.add_space(tokens::SECTION_GAP);
                    let spoken = words::statement_of_phase(s + 1, n);
                    text_field(
                        ui,
                        "",
                        Some(&spoken),
                        TextField::StatementText(phase.id, statement.id),
                        &statement.text,
                        false,
                        actions,
                    );
                });
            }
            for question in Question::ALL {
                ui.horizontal(|ui| {
                    ui.add_space(tokens::SECTION_GAP);
                    ui.label(RichText::new(question.text()).strong());
                });
                answers_ui(ui, session, phase, n, question, actions);
                new_answer_ui(ui, session, phase, n, question, writer, actions);
            }
            ui.separator();
        }
    });
}

fn answers_ui(
    ui: &mut Ui,
    session: &Session,
    phase: &Phase,
    n: usize,
    question: Question,
    actions: &mut Vec<Action>,
) {
    let notes = session
        .river
        .notes
        .iter()
        .filter(|x| x.phase == phase.id && x.question == question);
    for (a, note) in notes.enumerate() {
        let label = words::answer_in_list(a + 1, question.text(), n);
        ui.horizontal(|ui| {
            ui.add_space(tokens::SECTION_GAP * 2.0);
            text_field(
                ui,
                "",
                Some(&words::text_of(&label)),
                TextField::RiverNoteText(note.id),
                &note.text,
                false,
                actions,
            );
            let mut target = (note.phase, note.question);
            let name = |(p, q): (crate::model::PhaseId, Question)| {
                let phase = session
                    .river
                    .phases
                    .iter()
                    .find(|x| x.id == p)
                    .map_or("", |x| x.name.as_str());
                words::place(phase, q.text())
            };
            ComboBox::from_id_salt(("river-move", note.id.raw()))
                .selected_text(words::MOVE_TO)
                .height(tokens::LIST_HEIGHT)
                .show_ui(ui, |ui| {
                    for p in &session.river.phases {
                        for q in Question::ALL {
                            ui.selectable_value(&mut target, (p.id, q), name((p.id, q)));
                        }
                    }
                })
                .response
                .accessible_name(words::move_answer(&label));
            if target != (note.phase, note.question) {
                actions.push(Action::Edit(Command::River(RiverCommand::MoveNote {
                    note: note.id,
                    phase: target.0,
                    question: target.1,
                })));
            }
            if ui
                .button(common::DELETE)
                .accessible_name(words::delete_answer(&label))
                .clicked()
            {
                actions.push(Action::Edit(Command::River(RiverCommand::RemoveNote(
                    note.id,
                ))));
            }
        });
    }
}

/// A field to write a new answer under one question, added with Enter or the button.
fn new_answer_ui(
    ui: &mut Ui,
    session: &Session,
    phase: &Phase,
    n: usize,
    question: Question,
    writer: Option<ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let id = ui.make_persistent_id(("river-new", phase.id.raw(), question as u8));
    let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_default();
    let mut add = false;
    ui.horizontal(|ui| {
        ui.add_space(tokens::SECTION_GAP * 2.0);
        let response = ui
            .add(egui::TextEdit::singleline(&mut text).hint_text(words::NEW_ANSWER_HINT))
            .accessible_name(words::new_answer(question.text(), n));
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            add = true;
            response.request_focus();
        }
        add |= ui
            .button(common::ADD)
            .accessible_name(words::add_the_answer(question.text(), n))
            .clicked();
    });
    if add && !text.trim().is_empty() {
        let colour = session.note_colour_for(writer);
        actions.push(Action::Edit(Command::River(RiverCommand::AddNote {
            phase: phase.id,
            question,
            text: std::mem::take(&mut text),
            author: writer,
            colour,
        })));
    }
    ui.data_mut(|d| d.insert_temp(id, text));
}
