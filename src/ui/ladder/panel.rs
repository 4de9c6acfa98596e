//! The panel beside the ladder: place a token (by form or by dragging from the tray), what
//! is selected and why it is there, what moved since an earlier meeting, the subjects the
//! group named, and the rungs themselves.

use egui::{ComboBox, RichText, Ui};

use super::rungs::paint_token;
use super::{Dragging, LadderView, Voice, kind_short, place, placement_text, subjects};
use crate::edit::{Command, LadderCommand, TextField};
use crate::model::{PlacementKind, RungId, Session, Subject};
use crate::text::{app as common, ladder as words};
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
    egui::CollapsingHeader::new(words::CHANGE_RUNGS)
        .show(ui, |ui| rungs_editor_ui(ui, session, lv, actions));
}

fn place_ui(ui: &mut Ui, session: &Session, lv: &mut LadderView, actions: &mut Vec<Action>) {
    ui.label(RichText::new(words::PLACE_A_TOKEN).strong());
    let all = subjects(session);
    if lv.subject.is_none_or(|s| !all.contains(&s)) {
        lv.subject = Some(Subject::Organisation);
    }
    let subject = lv.subject.unwrap_or(Subject::Organisation);
    ComboBox::from_label(words::SUBJECT)
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
        Voice::Group => words::GROUP_AGREED.to_owned(),
        Voice::Person(p) => session
            .participant(p)
            .map_or_else(String::new, |p| p.name.clone()),
    };
    ComboBox::from_label(words::WHOSE_VIEW)
        .height(tokens::LIST_HEIGHT)
        .selected_text(voice_name(lv.voice))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut lv.voice, Voice::Group, voice_name(Voice::Group));
            for p in &session.participants {
                ui.selectable_value(&mut lv.voice, Voice::Person(p.id), &p.name);
            }
        });
    ui.label(words::DRAG_A_TOKEN);
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
                egui::WidgetInfo::labeled(egui::Role::Button, true, words::new_token(kind.label()))
            });
            if response.drag_started() {
                lv.drag.start(Dragging::New(kind));
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
    ComboBox::from_label(words::QUESTION)
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
            .map_or_else(String::new, |i| words::rung_choice(i + 1, &rungs[i].name))
    };
    ComboBox::from_label(words::RUNG)
        .selected_text(rung_name(rung))
        .show_ui(ui, |ui| {
            for r in rungs.iter().rev() {
                ui.selectable_value(&mut rung, Some(r.id), rung_name(Some(r.id)));
            }
        });
    ui.data_mut(|d| d.insert_temp(form, (kind, rung)));
    if let Some(rung) = rung
        && ui.button(words::PLACE).clicked()
    {
        lv.take_keyboard = Some((subject, kind, lv.voice.by(), lv.voice == Voice::Group));
        actions.push(place(session, lv, kind, rung));
    }
}

fn selected_ui(ui: &mut Ui, session: &Session, lv: &mut LadderView, actions: &mut Vec<Action>) {
    let Some(p) = lv
        .selected
        .and_then(|id| session.ladder.placements.iter().find(|p| p.id == id))
    else {
        ui.label(words::SELECT_A_TOKEN);
        return;
    };
    ui.label(RichText::new(placement_text(session, p)).strong());
    text_field(
        ui,
        words::WHY_HERE,
        Some(words::WHY_HERE_SPOKEN),
        TextField::PlacementReason(p.id),
        &p.reason,
        true,
        actions,
    );
    if p.by.is_some()
        && ui
            .button(words::MAKE_AGREED)
            .on_hover_text(words::MAKE_AGREED_HINT)
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
    if ui.button(words::REMOVE_TOKEN).clicked() {
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
    ui.label(RichText::new(words::since(&words::meeting(&meeting.title, &meeting.date))).strong());
    let moves = session
        .ladder
        .moves(Some(meeting.id), session.current_meeting);
    if moves.is_empty() {
        ui.label(words::NOTHING_MOVED);
    }
    for (before, now) in moves {
        ui.label(words::moved(
            &session.subject_name(now.subject),
            kind_short(now.kind),
            &super::voice_name(session, now),
            session.ladder.rung_name(before.rung),
            session.ladder.rung_name(now.rung),
        ));
    }
}

fn custom_subjects_ui(ui: &mut Ui, session: &Session, actions: &mut Vec<Action>) {
    ui.label(RichText::new(words::YOUR_SUBJECTS).strong());
    for (i, c) in session.ladder.custom_subjects.iter().enumerate() {
        ui.horizontal(|ui| {
            let spoken = words::name_of_subject(i + 1);
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
                .button(common::REMOVE)
                .accessible_name(words::remove_subject(&c.name))
                .on_hover_text(words::REMOVE_SUBJECT_HINT)
                .clicked()
            {
                actions.push(Action::Edit(Command::Ladder(
                    LadderCommand::RemoveCustomSubject(c.id),
                )));
            }
        });
    }
    if ui.button(words::NEW_SUBJECT).clicked() {
        let name = words::new_subject(session.ladder.custom_subjects.len() + 1);
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
            &words::rung(n),
            Some(&words::name_of_rung(n)),
            TextField::RungName(rung.id),
            &rung.name,
            false,
            actions,
        );
        text_field(
            ui,
            "",
            Some(&words::description_of_rung(n)),
            TextField::RungDescription(rung.id),
            &rung.description,
            true,
            actions,
        );
        ui.horizontal(|ui| {
            let up = ui
                .add_enabled(index + 1 < rungs.len(), egui::Button::new(common::UP))
                .accessible_name(words::move_rung_up(n));
            if up.clicked() {
                actions.push(Action::Edit(Command::Ladder(LadderCommand::MoveRung {
                    rung: rung.id,
                    index: index + 1,
                })));
            }
            let down = ui
                .add_enabled(index > 0, egui::Button::new(common::DOWN))
                .accessible_name(words::move_rung_down(n));
            if down.clicked() {
                actions.push(Action::Edit(Command::Ladder(LadderCommand::MoveRung {
                    rung: rung.id,
                    index: index - 1,
                })));
            }
            if ui
                .button(common::REMOVE)
                .accessible_name(words::remove_rung(n))
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
    if ui.button(words::ADD_RUNG).clicked() {
        actions.push(Action::Edit(Command::Ladder(LadderCommand::AddRung {
            index: rungs.len(),
            name: words::NEW_RUNG.to_owned(),
            description: String::new(),
        })));
    }
}

/// What to do with the tokens on a rung being removed.
#[derive(Clone, Copy)]
enum Tokens {
    MoveTo(RungId),
    Remove,
    Cancel,
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
    let move_to_label = neighbour.map(|n| words::move_them_to(&n.name));
    let mut answers = Vec::new();
    if let (Some(n), Some(label)) = (neighbour, &move_to_label) {
        answers.push((label.as_str(), Tokens::MoveTo(n.id)));
    }
    answers.push((words::REMOVE_THEM_TOO, Tokens::Remove));
    answers.push((common::CANCEL, Tokens::Cancel));
    let message = words::where_should_tokens_go(count, &rungs[index].name);
    let Some(answer) = question_ui(
        ctx,
        words::REMOVE_RUNG_TITLE,
        &message,
        &answers,
        Some(Tokens::Cancel),
    ) else {
        return;
    };
    lv.removing = None;
    let move_to = match answer {
        Tokens::Cancel => return,
        Tokens::Remove => None,
        Tokens::MoveTo(neighbour) => Some(neighbour),
    };
    actions.push(Action::Edit(Command::Ladder(LadderCommand::RemoveRung {
        rung,
        move_to,
    })));
}
