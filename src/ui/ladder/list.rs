//! Every placement as a plain list, editable with the keyboard: for screen-reader users,
//! and for writing up the meeting.

use egui::{ComboBox, Ui};

use super::{kind_short, voice_name};
use crate::edit::{Command, LadderCommand, TextField};
use crate::model::Session;
use crate::text::{app as common, ladder as words};
use crate::ui::widgets::text_field;
use crate::ui::{Action, bidi, tokens};

pub(super) fn list_ui(ui: &mut Ui, session: &Session, actions: &mut Vec<Action>) {
    let ladder = &session.ladder;
    if ladder.placements.is_empty() {
        ui.label(words::NO_TOKENS);
        return;
    }
    crate::ui::scrolled(egui::ScrollArea::both(), ui, |ui| {
        // Narrower reasons, so the whole row fits beside the panel.
        ui.spacing_mut().text_edit_width = tokens::FIELD_WIDTH * 0.6;
        egui::Grid::new("placements")
            .striped(true)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for heading in [
                    words::COLUMN_MEETING,
                    words::SUBJECT,
                    words::QUESTION,
                    words::WHOSE_VIEW,
                    words::RUNG,
                    words::COLUMN_WHY,
                    "",
                ] {
                    ui.strong(heading);
                }
                ui.end_row();
                for (n, p) in ladder.placements.iter().enumerate() {
                    let n = n + 1;
                    let meeting = p.meeting.and_then(|m| session.meeting(m)).map_or_else(
                        || words::NO_MEETING_SHORT.to_owned(),
                        |m| m.date.to_string(),
                    );
                    ui.label(meeting);
                    let subject = session.subject_name(p.subject);
                    bidi::label(ui, &subject, &subject, bidi::Base::Auto, false);
                    ui.label(kind_short(p.kind));
                    let voice = voice_name(session, p);
                    bidi::label(ui, &voice, &voice, bidi::Base::Auto, false);
                    let name = |id| {
                        ladder
                            .rungs
                            .iter()
                            .find(|r| r.id == id)
                            .map_or_else(String::new, |r| r.name.clone())
                    };
                    let mut rung = p.rung;
                    ComboBox::from_id_salt(("list-rung", p.id.raw()))
                        .selected_text(name(rung))
                        .show_ui(ui, |ui| {
                            for r in ladder.rungs.iter().rev() {
                                ui.selectable_value(&mut rung, r.id, &r.name);
                            }
                        })
                        .response
                        .accessible_name(words::rung_of_token(n, &name(p.rung)));
                    if rung != p.rung {
                        actions.push(Action::Edit(Command::Ladder(
                            LadderCommand::MovePlacement {
                                placement: p.id,
                                rung,
                            },
                        )));
                    }
                    text_field(
                        ui,
                        "",
                        Some(&words::why_token_here(n)),
                        TextField::PlacementReason(p.id),
                        &p.reason,
                        false,
                        actions,
                    );
                    if ui
                        .button(common::REMOVE)
                        .accessible_name(words::remove_token(n))
                        .clicked()
                    {
                        actions.push(Action::Edit(Command::Ladder(
                            LadderCommand::RemovePlacement(p.id),
                        )));
                    }
                    ui.end_row();
                }
            });
    });
}
