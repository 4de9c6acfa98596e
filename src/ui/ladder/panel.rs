//! The panel beside the ladder: place a token (by form or by dragging from the tray), what
//! is selected and why it is there, what moved since an earlier meeting, the subjects the
//! group named, and the rungs themselves.

use egui::{ComboBox, RichText, Ui};

use super::rungs::paint_token;
use super::{Dragging, LadderView, Voice, kind_short, place, placement_text, subjects};
use crate::edit::{Command, LadderCommand, TextField};
use crate::model::{PlacementKind, RungId, Session, Subject};
use crate::ui::dialogs::question_ui;
use crate::ui::widgets::text_field;
use crate::ui::{Action, tokens};

pub(super) fn panel_ui(
    ui: &mut Ui,
    session: &Session,
    lv: &mut LadderView,
    actions: &mut Vec<Action>,
) {
    place_ui(ui, session, lv, actions);
    ui.separator();
    selected_ui(ui, session, lv, actions);
    if lv.compare.is_some() {
        ui.separator();
        changes_ui(ui, session, lv);
    }
    ui.separator();
    custom_subjects_ui(ui, session, actions);
    ui.separator();
    egui::CollapsingHeader::new("Change the rungs")
        .show(ui, |ui| rungs_editor_ui(ui, session, lv, actions));
}

fn place_ui(ui: &mut Ui, session: &Session, lv: &mut LadderView, actions: &mut Vec<Action>) {
    ui.label(RichText::new("Place a token").strong());
    let all = subjects(session);
    if lv.subject.is_none_or(|s| !all.contains(&s)) {
        lv.subject = Some(Subject::Organisation);
    }
    let subject = lv.subject.unwrap_or(Subject::Organisation);
    ComboBox::from_label("Subject")
        .height(tokens::LIST_HEIGHT)
        .selected_text(session.subject_name(subject))
        .show_ui(ui, |ui| {
            for s in &all {
                ui.selectable_value(&mut lv.subject, Some(*s), session.subject_name(*s));
            }
        });
    if let Voice::Person(p) = lv.voice
        && session.participant(p).is_none()
    {
        lv.voice = Voice::Group;
    }
    let voice_name = |v: Voice| match v {
        Voice::Group => "the group (agreed)".to_owned(),
        Voice::Person(p) => session
            .participant(p)
            .map_or_else(String::new, |p| p.name.clone()),
    };
    ComboBox::from_label("Whose view")
        .height(tokens::LIST_HEIGHT)
        .selected_text(voice_name(lv.voice))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut lv.voice, Voice::Group, voice_name(Voice::Group));
            for p in &session.participants {
                ui.selectable_value(&mut lv.voice, Voice::Person(p.id), &p.name);
            }
        });
    ui.label("Drag a token onto a rung:");
    ui.horizontal_wrapped(|ui| {
        for kind in PlacementKind::ALL {
            let label = kind_short(kind);
            let width = ui
                .painter()
                .layout_no_wrap(
                    label.to_owned(),
                    egui::FontId::proportional(15.0),
                    tokens::NOTE_TEXT,
                )
                .size()
                .x
                + tokens::TOKEN_HEIGHT
                + 12.0;
            let (rect, response) = ui
                .allocate_exact_size(egui::vec2(width, tokens::TOKEN_HEIGHT), egui::Sense::drag());
            paint_token(ui.painter(), rect, kind, label, false, false);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!(
                        "New “{}” token: drag it onto a rung, or use the form below",
                        kind.label()
                    ),
                )
            });
            if response.drag_started() {
                lv.dragging = Some(Dragging::New(kind));
            }
        }
    });
    // The same by keyboard: question and rung from lists, then Place.
    let form = ui.make_persistent_id("ladder-form");
    let (mut kind, mut rung) = ui
        .data(|d| d.get_temp::<(PlacementKind, Option<RungId>)>(form))
        .unwrap_or((PlacementKind::Now, None));
    let rungs = &session.ladder.rungs;
    if rung.is_none_or(|r| rungs.iter().all(|x| x.id != r)) {
        rung = rungs.first().map(|r| r.id);
    }
    ComboBox::from_label("Question")
        .selected_text(kind.label())
        .show_ui(ui, |ui| {
            for k in PlacementKind::ALL {
                ui.selectable_value(&mut kind, k, k.label());
            }
        });
    let rung_name = |id: Option<RungId>| {
        rungs
            .iter()
            .position(|r| Some(r.id) == id)
            .map_or_else(String::new, |i| format!("{}. {}", i + 1, rungs[i].name))
    };
    ComboBox::from_label("Rung")
        .selected_text(rung_name(rung))
        .show_ui(ui, |ui| {
            for r in rungs.iter().rev() {
                ui.selectable_value(&mut rung, Some(r.id), rung_name(Some(r.id)));
            }
        });
    ui.data_mut(|d| d.insert_temp(form, (kind, rung)));
    if let Some(rung) = rung
        && ui.button("Place").clicked()
    {
        actions.push(place(session, lv, kind, rung));
    }
}

fn selected_ui(ui: &mut Ui, session: &Session, lv: &mut LadderView, actions: &mut Vec<Action>) {
    let Some(p) = lv
        .selected
        .and_then(|id| session.ladder.placements.iter().find(|p| p.id == id))
    else {
        ui.label(
            "Select a token to say why it is there. Up and Down move a selected token a rung.",
        );
        return;
    };
    ui.label(RichText::new(placement_text(session, p)).strong());
    text_field(
        ui,
        "Why here?",
        Some("Why here? The reason for this token"),
        TextField::PlacementReason(p.id),
        &p.reason,
        true,
        actions,
    );
    if p.by.is_some()
        && ui
            .button("Make this the group's agreed place")
            .on_hover_text(
                "Adds or moves the group's own token for this subject and question to this rung",
            )
            .clicked()
    {
        actions.push(Action::Edit(Command::Ladder(LadderCommand::Place {
            subject: p.subject,
            kind: p.kind,
            rung: p.rung,
            by: None,
            agreed: true,
            meeting: p.meeting,
        })));
    }
    if ui.button("Remove this token").clicked() {
        actions.push(Action::Edit(Command::Ladder(
            LadderCommand::RemovePlacement(p.id),
        )));
        lv.selected = None;
    }
}

/// What moved since the meeting compared with, in words (the arrows say it on the ladder).
fn changes_ui(ui: &mut Ui, session: &Session, lv: &LadderView) {
    let Some(meeting) = lv.compare.and_then(|m| session.meeting(m)) else {
        return;
    };
    ui.label(RichText::new(format!("Since {} ({})", meeting.title, meeting.date)).strong());
    let moves = session
        .ladder
        .moves(Some(meeting.id), session.current_meeting);
    if moves.is_empty() {
        ui.label("Nothing has moved rung.");
    }
    for (before, now) in moves {
        ui.label(format!(
            "{} ({}, {}): moved from {} to {}",
            session.subject_name(now.subject),
            kind_short(now.kind),
            super::voice_name(session, now),
            session.ladder.rung_name(before.rung),
            session.ladder.rung_name(now.rung)
        ));
    }
}

fn custom_subjects_ui(ui: &mut Ui, session: &Session, actions: &mut Vec<Action>) {
    ui.label(RichText::new("Subjects you named").strong());
    for (i, c) in session.ladder.custom_subjects.iter().enumerate() {
        ui.horizontal(|ui| {
            let spoken = format!("Name of subject {}", i + 1);
            text_field(
                ui,
                "",
                Some(&spoken),
                TextField::CustomSubjectName(c.id),
                &c.name,
                false,
                actions,
            );
            if ui
                .button("Remove")
                .accessible_name(format!("Remove the subject {}", c.name))
                .on_hover_text("Its tokens go too; undo brings them back")
                .clicked()
            {
                actions.push(Action::Edit(Command::Ladder(
                    LadderCommand::RemoveCustomSubject(c.id),
                )));
            }
        });
    }
    if ui.button("Name a new subject").clicked() {
        let name = format!("Subject {}", session.ladder.custom_subjects.len() + 1);
        actions.push(Action::Edit(Command::Ladder(
            LadderCommand::AddCustomSubject { name },
        )));
    }
}

fn rungs_editor_ui(ui: &mut Ui, session: &Session, lv: &mut LadderView, actions: &mut Vec<Action>) {
    let rungs = &session.ladder.rungs;
    for (index, rung) in rungs.iter().enumerate().rev() {
        let n = index + 1;
        text_field(
            ui,
            &format!("Rung {n}"),
            Some(&format!("Name of rung {n}")),
            TextField::RungName(rung.id),
            &rung.name,
            false,
            actions,
        );
        text_field(
            ui,
            "",
            Some(&format!("Description of rung {n}")),
            TextField::RungDescription(rung.id),
            &rung.description,
            true,
            actions,
        );
        ui.horizontal(|ui| {
            let up = ui
                .add_enabled(index + 1 < rungs.len(), egui::Button::new("Up"))
                .accessible_name(format!("Move rung {n} up"));
            if up.clicked() {
                actions.push(Action::Edit(Command::Ladder(LadderCommand::MoveRung {
                    rung: rung.id,
                    index: index + 1,
                })));
            }
            let down = ui
                .add_enabled(index > 0, egui::Button::new("Down"))
                .accessible_name(format!("Move rung {n} down"));
            if down.clicked() {
                actions.push(Action::Edit(Command::Ladder(LadderCommand::MoveRung {
                    rung: rung.id,
                    index: index - 1,
                })));
            }
            if ui
                .button("Remove")
                .accessible_name(format!("Remove rung {n}"))
                .clicked()
            {
                if session.ladder.placements.iter().any(|p| p.rung == rung.id) {
                    lv.removing = Some(rung.id);
                } else {
                    actions.push(Action::Edit(Command::Ladder(LadderCommand::RemoveRung {
                        rung: rung.id,
                        move_to: None,
                    })));
                }
            }
        });
        ui.add_space(tokens::SECTION_GAP / 2.0);
    }
    if ui.button("Add a rung at the top").clicked() {
        actions.push(Action::Edit(Command::Ladder(LadderCommand::AddRung {
            index: rungs.len(),
            name: "New rung".to_owned(),
            description: String::new(),
        })));
    }
}

/// Removing a rung that holds tokens asks where they go: never dropped silently.
pub(super) fn remove_rung_ui(
    ctx: &egui::Context,
    session: &Session,
    lv: &mut LadderView,
    actions: &mut Vec<Action>,
) {
    let Some(rung) = lv.removing else { return };
    let rungs = &session.ladder.rungs;
    let Some(index) = rungs.iter().position(|r| r.id == rung) else {
        lv.removing = None;
        return;
    };
    let count = session
        .ladder
        .placements
        .iter()
        .filter(|p| p.rung == rung)
        .count();
    // The rung below takes them, or the one above for the bottom rung.
    let neighbour = if index > 0 {
        rungs.get(index - 1)
    } else {
        rungs.get(index + 1)
    };
    let mut answers = Vec::new();
    if let Some(n) = neighbour {
        answers.push(format!("Move them to “{}”", n.name));
    }
    answers.push("Remove them too".to_owned());
    answers.push("Cancel".to_owned());
    let labels: Vec<&str> = answers.iter().map(String::as_str).collect();
    let message = format!(
        "{count} tokens are on “{}”. Where should they go?",
        rungs[index].name
    );
    let Some(answer) = question_ui(
        ctx,
        "Remove this rung?",
        &message,
        &labels,
        labels.len() - 1,
    ) else {
        return;
    };
    lv.removing = None;
    let chosen = labels.get(answer).copied().unwrap_or("Cancel");
    if chosen == "Cancel" {
        return;
    }
    let move_to = if chosen == "Remove them too" {
        None
    } else {
        neighbour.map(|n| n.id)
    };
    actions.push(Action::Edit(Command::Ladder(LadderCommand::RemoveRung {
        rung,
        move_to,
    })));
}
