//! The Session tab: the session's title and group, its people and its meetings.

use egui::{ComboBox, RichText, Ui};

use super::widgets::{person_badge, text_field};
use super::{Action, tokens};
use crate::edit::{Command, TextField};
use crate::model::{Colour, Date, Meeting, Participant, Session, Symbol};
use crate::text::{app as common, session as words};

/// The Session tab.
pub fn session_ui(ui: &mut Ui, session: &Session, actions: &mut Vec<Action>) {
    crate::ui::scrolled(egui::ScrollArea::both(), ui, |ui| {
        ui.set_max_width(tokens::READING_WIDTH);
        ui.heading(words::ABOUT);
        egui::Grid::new("session-about")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                text_field(
                    ui,
                    words::TITLE,
                    None,
                    TextField::SessionTitle,
                    &session.title,
                    false,
                    actions,
                );
                ui.end_row();
                text_field(
                    ui,
                    words::GROUP,
                    None,
                    TextField::GroupName,
                    &session.group,
                    false,
                    actions,
                );
                ui.end_row();
            });

        ui.add_space(tokens::SECTION_GAP);
        ui.heading(words::PEOPLE);
        ui.label(words::PEOPLE_HINT);
        for (index, p) in session.participants.iter().enumerate() {
            participant_row_ui(ui, index + 1, p, actions);
        }
        if ui.button(words::ADD_PERSON).clicked() {
            let name = words::new_person(session.participants.len() + 1);
            actions.push(Action::Edit(Command::AddParticipant { name }));
        }

        ui.add_space(tokens::SECTION_GAP);
        ui.heading(words::MEETINGS);
        if ui.button(words::START_MEETING).clicked() {
            actions.push(Action::Edit(Command::AddMeeting {
                date: Date::today(),
                title: words::new_meeting(session.meetings.len() + 1),
            }));
        }
        for (index, meeting) in session.meetings.iter().enumerate().rev() {
            ui.separator();
            meeting_ui(ui, session, index + 1, meeting, actions);
        }
    });
}

fn participant_row_ui(ui: &mut Ui, number: usize, p: &Participant, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        person_badge(ui, p.colour, p.symbol, tokens::MIN_TARGET);
        let spoken = words::name_of_person(number);
        text_field(
            ui,
            words::NAME,
            Some(&spoken),
            TextField::ParticipantName(p.id),
            &p.name,
            false,
            actions,
        );
        let mut colour = p.colour;
        ComboBox::from_id_salt(("colour", p.id))
            .selected_text(colour.name())
            .show_ui(ui, |ui| {
                for c in Colour::ALL {
                    ui.selectable_value(&mut colour, c, c.name());
                }
            })
            .response
            .accessible_name(words::colour_of(&p.name));
        let mut symbol = p.symbol;
        ComboBox::from_id_salt(("symbol", p.id))
            .selected_text(symbol.name())
            .show_ui(ui, |ui| {
                for s in Symbol::ALL {
                    ui.selectable_value(&mut symbol, s, s.name());
                }
            })
            .response
            .accessible_name(words::symbol_of(&p.name));
        if colour != p.colour || symbol != p.symbol {
            actions.push(Action::Edit(Command::SetParticipantLook {
                id: p.id,
                colour,
                symbol,
            }));
        }
        if ui
            .button(common::REMOVE)
            .accessible_name(words::remove_person(&p.name))
            .on_hover_text(words::REMOVE_PERSON_HINT)
            .clicked()
        {
            actions.push(Action::Edit(Command::RemoveParticipant(p.id)));
        }
    });
}

fn meeting_ui(
    ui: &mut Ui,
    session: &Session,
    number: usize,
    meeting: &Meeting,
    actions: &mut Vec<Action>,
) {
    let is_current = session.current_meeting == Some(meeting.id);
    ui.horizontal(|ui| {
        ui.label(RichText::new(words::meeting_heading(&meeting.date, &meeting.title)).strong());
        if is_current {
            ui.label(words::CURRENT_MEETING);
        } else if ui
            .button(words::MAKE_CURRENT)
            .accessible_name(words::make_meeting_current(number))
            .clicked()
        {
            actions.push(Action::Edit(Command::SetCurrentMeeting(Some(meeting.id))));
        }
    });
    egui::Grid::new(("meeting", meeting.id))
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let spoken = words::title_of_meeting(number);
            text_field(
                ui,
                words::MEETING_TITLE,
                Some(&spoken),
                TextField::MeetingTitle(meeting.id),
                &meeting.title,
                false,
                actions,
            );
            ui.end_row();
            date_field_ui(ui, number, meeting, actions);
            ui.end_row();
        });
    if !session.participants.is_empty() {
        ui.label(words::WHO_CAME);
        ui.horizontal_wrapped(|ui| {
            for p in &session.participants {
                let was = meeting.attended.contains(&p.id);
                let mut present = was;
                person_badge(ui, p.colour, p.symbol, tokens::MIN_TARGET * 0.6);
                ui.checkbox(&mut present, &p.name);
                if present != was {
                    actions.push(Action::Edit(Command::SetAttendance {
                        meeting: meeting.id,
                        participant: p.id,
                        present,
                    }));
                }
            }
        });
    }
    ui.horizontal(|ui| {
        let spoken = words::notes_on_meeting(number);
        text_field(
            ui,
            words::MEETING_NOTES,
            Some(&spoken),
            TextField::MeetingNotes(meeting.id),
            &meeting.notes,
            true,
            actions,
        );
    });
    if ui
        .button(words::REMOVE_MEETING)
        .accessible_name(words::remove_meeting(number))
        .on_hover_text(words::REMOVE_MEETING_HINT)
        .clicked()
    {
        actions.push(Action::Edit(Command::RemoveMeeting(meeting.id)));
    }
}

/// The date as editable text; it is only sent once it is a real date.
fn date_field_ui(ui: &mut Ui, number: usize, meeting: &Meeting, actions: &mut Vec<Action>) {
    ui.label(words::DATE);
    let id = ui.scope_id().with(("date", meeting.id));
    let saved = meeting.date.to_string();
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| saved.clone());
    let response = ui
        .add(egui::TextEdit::singleline(&mut text).desired_width(140.0))
        .accessible_name(words::date_of_meeting(number));
    let parsed = text.parse::<Date>();
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    match parsed {
        Ok(date) if date != meeting.date => {
            actions.push(Action::Edit(Command::SetMeetingDate {
                id: meeting.id,
                date,
            }));
        }
        Ok(_) => {}
        Err(err) => {
            ui.label(RichText::new(err.to_string()).color(tokens::warning_text(ui)));
        }
    }
}
