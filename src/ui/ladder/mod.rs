//! The Ladder tab: the rungs from the top down with the group's tokens on them, a panel to
//! place, explain and compare, and a plain list of every placement.

mod list;
mod panel;
mod rungs;

use egui::{ComboBox, Ui};

use crate::ui::drag::DragAndDrop;

use super::{Action, ViewState, tokens};
use crate::edit::{Command, LadderCommand};
use crate::model::{
    MeetingId, ParticipantId, Placement, PlacementId, PlacementKind, RungId, Session, Subject,
};
use crate::text::ladder as words;

/// Whose view a new token gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Voice {
    /// What the group agreed together.
    #[default]
    Group,
    /// One person's own view.
    Person(ParticipantId),
}

impl Voice {
    fn by(self) -> Option<ParticipantId> {
        match self {
            Voice::Group => None,
            Voice::Person(p) => Some(p),
        }
    }
}

/// Something being dragged onto a rung.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dragging {
    /// A token already on the ladder.
    Token(PlacementId),
    /// A new token, from the tray, of this question.
    New(PlacementKind),
}

/// What is on screen on the Ladder tab but not part of the session.
#[derive(Debug, Default)]
pub struct LadderView {
    /// The subject new tokens are placed for.
    pub subject: Option<Subject>,
    pub voice: Voice,
    /// An earlier meeting to show faded, with arrows for what moved.
    pub compare: Option<MeetingId>,
    pub selected: Option<PlacementId>,
    /// Show every placement as a list instead of the ladder.
    pub list: bool,
    /// A token being dragged, and the rungs as drawn this frame, to drop it on.
    pub drag: DragAndDrop<Dragging, RungId>,
    /// A rung with tokens on it that is being removed: where should they go?
    pub removing: Option<RungId>,
    /// The token just placed with the form, to be given the keyboard so Up and Down move it.
    pub take_keyboard: Option<crate::model::TokenKey>,
}

/// Everything that can be placed on the ladder: the organisation, the team, each person
/// in their role, and what the group named.
#[must_use]
pub fn subjects(session: &Session) -> Vec<Subject> {
    [Subject::Organisation, Subject::Team]
        .into_iter()
        .chain(
            session
                .participants
                .iter()
                .map(|p| Subject::Participant(p.id)),
        )
        .chain(
            session
                .ladder
                .custom_subjects
                .iter()
                .map(|c| Subject::Custom(c.id)),
        )
        .collect()
}

/// The short name of a question, as a token shows it.
#[must_use]
pub fn kind_short(kind: PlacementKind) -> &'static str {
    match kind {
        PlacementKind::Now => words::NOW,
        PlacementKind::ShouldBe => words::SHOULD_BE,
        PlacementKind::Realistic => words::REALISTIC,
    }
}

/// Whose view a placement is, in words.
#[must_use]
pub fn voice_name(session: &Session, p: &Placement) -> String {
    match p.by.and_then(|id| session.participant(id)) {
        Some(person) => person.name.clone(),
        None if p.agreed => words::AGREED_BY_GROUP.to_owned(),
        None => words::THE_GROUP.to_owned(),
    }
}

/// A placement in words, as a screen reader says a token: subject, question, rung, whose.
#[must_use]
pub fn placement_text(session: &Session, p: &Placement) -> String {
    let rung = session
        .ladder
        .rungs
        .iter()
        .position(|r| r.id == p.rung)
        .map_or_else(String::new, |i| {
            words::on_rung(i + 1, &session.ladder.rungs[i].name)
        });
    words::placement(
        &session.subject_name(p.subject),
        &p.kind.label().to_lowercase(),
        &rung,
        &voice_name(session, p),
    )
}

/// The Ladder tab.
pub fn ladder_ui(ui: &mut Ui, session: &Session, view: &mut ViewState, actions: &mut Vec<Action>) {
    // Tokens from phones that wait hidden are drawn nowhere until shown all at once (#15).
    let show_all = crate::ui::invite::show_all_tokens(session);
    let shown = session.without_hidden_tokens();
    let session = &*shown;
    let lv = &mut view.ladder;
    if lv
        .selected
        .is_some_and(|id| !session.ladder.placements.iter().any(|p| p.id == id))
    {
        lv.selected = None;
    }
    if lv.compare.is_some_and(|m| session.meeting(m).is_none()) {
        lv.compare = None;
    }
    // The list has room to itself: every row carries its own controls.
    let beside = view.panels_beside();
    let instead = view.panels_instead_of_canvas();
    if !view.projector {
        egui::Panel::top("ladder-top").show(ui, |ui| {
            crate::ui::bar_ui(ui, |ui| {
                if !view.ladder.list {
                    crate::ui::panels_toggle_ui(ui, view, crate::text::room::LADDER);
                }
                top_bar_ui(ui, session, &mut view.ladder);
                crate::ui::invite::tokens_waiting_ui(ui, show_all, actions);
            });
        });
    }
    let lv = &mut view.ladder;
    if !lv.list && instead {
        egui::CentralPanel::default().show(ui, |ui| {
            crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
                panel::panel_ui(ui, session, lv, actions);
            });
        });
        panel::remove_rung_ui(ui.ctx(), session, lv, actions);
        return;
    }
    if !lv.list && beside {
        egui::Panel::right("ladder-panel")
            .resizable(false)
            .default_size(tokens::SIDE_PANEL_WIDTH + 120.0)
            .show(ui, |ui| {
                crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
                    panel::panel_ui(ui, session, lv, actions);
                });
            });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if lv.list {
            list::list_ui(ui, session, actions);
        } else {
            rungs::rungs_ui(ui, session, lv, actions);
        }
    });
    panel::remove_rung_ui(ui.ctx(), session, lv, actions);
}

/// The ladder alone, as a picture shows it: this meeting's tokens, no panels.
pub fn picture_ui(ui: &mut Ui, session: &Session, view: &mut ViewState) {
    ui.heading(words::HEADING);
    rungs::rungs_ui(ui, session, &mut view.ladder, &mut Vec::new());
}

fn top_bar_ui(ui: &mut Ui, session: &Session, lv: &mut LadderView) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading(words::HEADING);
        let meeting = session.current_meeting.and_then(|m| session.meeting(m));
        ui.label(match meeting {
            Some(m) => words::this_meeting(&m.title, &m.date),
            None => words::NO_MEETING.to_owned(),
        });
        let name = |m: Option<MeetingId>| {
            m.and_then(|m| session.meeting(m)).map_or_else(
                || words::NOTHING.to_owned(),
                |m| words::meeting(&m.title, &m.date),
            )
        };
        ui.label(words::COMPARE_WITH);
        ComboBox::from_id_salt("ladder-compare")
            .selected_text(name(lv.compare))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut lv.compare, None, words::NOTHING);
                for m in session
                    .meetings
                    .iter()
                    .filter(|m| Some(m.id) != session.current_meeting)
                {
                    ui.selectable_value(
                        &mut lv.compare,
                        Some(m.id),
                        words::meeting(&m.title, &m.date),
                    );
                }
            })
            .response
            .accessible_name(words::COMPARE_WITH_SPOKEN);
        let toggle = if lv.list {
            words::SHOW_LADDER
        } else {
            crate::text::app::SHOW_LIST
        };
        if ui.button(toggle).clicked() {
            lv.list = !lv.list;
        }
    });
    ui.add_space(4.0);
}

/// The command that puts a new token for the panel's subject and voice on `rung`.
fn place(session: &Session, lv: &LadderView, kind: PlacementKind, rung: RungId) -> Action {
    let voice = lv.voice;
    Action::Edit(Command::Ladder(LadderCommand::Place {
        subject: lv.subject.unwrap_or(Subject::Organisation),
        kind,
        rung,
        by: voice.by(),
        agreed: voice == Voice::Group,
        meeting: session.current_meeting,
    }))
}
