//! The ladder itself: rungs from the top down, each with its name and description, the
//! tokens on it side by side with counts, tokens of an earlier meeting faded, and arrows
//! for what moved.

use egui::{
    Align2, Color32, EventFilter, FontId, Key, Modifiers, Pos2, Rect, Sense, Stroke, StrokeKind,
    Ui, pos2, vec2,
};

use super::{Dragging, LadderView, kind_short, place, placement_text};
use crate::edit::{Command, LadderCommand};
use crate::model::{Placement, PlacementKind, Session, Symbol};
use crate::text::ladder as words;
use crate::ui::widgets::paint_symbol;
use crate::ui::{Action, tokens};

/// The shape that tells the questions apart without colour.
#[must_use]
pub fn kind_symbol(kind: PlacementKind) -> Symbol {
    match kind {
        PlacementKind::Now => Symbol::Circle,
        PlacementKind::ShouldBe => Symbol::Star,
        PlacementKind::Realistic => Symbol::Triangle,
    }
}

/// The label on a token: subject, question, and whose view.
fn token_label(session: &Session, p: &Placement) -> String {
    let who = match p.by.and_then(|id| session.participant(id)) {
        Some(person) => person.name.clone(),
        None => words::AGREED.to_owned(),
    };
    words::token_label(&short_subject(session, p), kind_short(p.kind), &who)
}

fn short_subject(session: &Session, p: &Placement) -> String {
    match p.subject {
        crate::model::Subject::Participant(id) => session
            .participant(id)
            .map_or_else(|| words::SOMEONE.to_owned(), |p| p.name.clone()),
        subject => session.subject_name(subject),
    }
}

pub(super) fn rungs_ui(
    ui: &mut Ui,
    session: &Session,
    lv: &mut LadderView,
    actions: &mut Vec<Action>,
) {
    let rungs = &session.ladder.rungs;
    if rungs.is_empty() {
        ui.label(words::NO_RUNGS);
        return;
    }
    let current: Vec<&Placement> = session
        .ladder
        .placements
        .iter()
        .filter(|p| p.meeting == session.current_meeting)
        .collect();
    let earlier: Vec<&Placement> = lv.compare.map_or_else(Vec::new, |m| {
        session
            .ladder
            .placements
            .iter()
            .filter(|p| p.meeting == Some(m))
            .collect()
    });
    crate::ui::scrolled(egui::ScrollArea::vertical(), ui, |ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        let width = ui.available_width();
        let tokens_width = width - tokens::RUNG_LABEL_WIDTH - tokens::CHANGE_COLUMN_WIDTH;
        let fair_share = ui.available_height() / rungs.len() as f32;
        lv.drag.clear_places();
        // The top rung first: the ladder is drawn upright.
        for (index, rung) in rungs.iter().enumerate().rev() {
            let on_rung: Vec<(&Placement, bool)> = current
                .iter()
                .filter(|p| p.rung == rung.id)
                .map(|p| (*p, false))
                .chain(
                    earlier
                        .iter()
                        .filter(|p| p.rung == rung.id)
                        .map(|p| (*p, true)),
                )
                .collect();
            let placed = lay_out_tokens(ui, session, &on_rung, tokens_width);
            let needed = placed.last().map_or(0.0, |(r, _, _)| r.max.y) + 30.0;
            let height = fair_share.max(tokens::RUNG_MIN_HEIGHT).max(needed);
            let (rect, _) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
            lv.drag.place(rung.id, rect);
            rung_label_ui(
                ui,
                rung,
                index,
                rect,
                on_rung.iter().filter(|(_, faded)| !faded).count(),
            );
            let origin = pos2(rect.min.x + tokens::RUNG_LABEL_WIDTH, rect.min.y + 8.0).to_vec2();
            for (relative, placement, faded) in placed {
                token_ui(
                    ui,
                    session,
                    lv,
                    placement,
                    relative.translate(origin),
                    faded,
                    actions,
                );
            }
            let here: Vec<&Placement> = on_rung
                .iter()
                .filter(|(_, f)| !f)
                .map(|(p, _)| *p)
                .collect();
            if !here.is_empty() {
                let counts: Vec<String> = PlacementKind::ALL
                    .iter()
                    .map(|k| {
                        format!(
                            "{} {}",
                            kind_short(*k),
                            here.iter().filter(|p| p.kind == *k).count()
                        )
                    })
                    .collect();
                ui.painter().text(
                    pos2(rect.max.x - tokens::CHANGE_COLUMN_WIDTH, rect.max.y - 6.0),
                    Align2::RIGHT_BOTTOM,
                    counts.join(" · "),
                    FontId::proportional(14.0),
                    ui.visuals().text_color(),
                );
            }
        }
        arrows_ui(ui, session, lv);
    });
    drop_ui(ui, session, lv, actions);
}

/// The rung's band, its number and name, and its description.
fn rung_label_ui(ui: &Ui, rung: &crate::model::Rung, index: usize, rect: Rect, tokens_here: usize) {
    if index % 2 == 1 {
        ui.painter().rect_filled(rect, 4.0, tokens::RUNG_BAND);
    }
    ui.painter().line_segment(
        [rect.left_bottom(), rect.right_bottom()],
        Stroke::new(1.0, ui.visuals().weak_text_color()),
    );
    let label =
        Rect::from_min_size(rect.min, vec2(tokens::RUNG_LABEL_WIDTH, rect.height())).shrink(8.0);
    let strong = ui.visuals().strong_text_color();
    let name = ui.painter().layout(
        format!("{}. {}", index + 1, rung.name),
        FontId::proportional(20.0),
        strong,
        label.width(),
    );
    let name_height = name.size().y;
    ui.painter().galley(label.min, name, strong);
    let text = ui.visuals().text_color();
    let description = ui.painter().layout(
        rung.description.clone(),
        FontId::proportional(14.0),
        text,
        label.width(),
    );
    ui.painter().with_clip_rect(label).galley(
        label.min + vec2(0.0, name_height + 2.0),
        description,
        text,
    );
    // The rung as a whole, for screen readers: its name, description and how many tokens.
    let response = ui.interact(
        label,
        ui.scope_id().with(("rung", rung.id.raw())),
        Sense::hover(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Label,
            true,
            words::rung_spoken(index + 1, &rung.name, &rung.description, tokens_here),
        )
    });
}

/// Where each token goes on a rung, left to right and wrapping, relative to the top-left
/// of the rung's token area.
fn lay_out_tokens<'a>(
    ui: &Ui,
    session: &Session,
    on_rung: &[(&'a Placement, bool)],
    width: f32,
) -> Vec<(Rect, &'a Placement, bool)> {
    let mut x = 0.0;
    let mut y = 0.0;
    let mut placed = Vec::with_capacity(on_rung.len());
    for (p, faded) in on_rung {
        let w = token_width(ui, &token_label(session, p));
        if x > 0.0 && x + w > width {
            x = 0.0;
            y += tokens::TOKEN_HEIGHT + tokens::TOKEN_GAP;
        }
        placed.push((
            Rect::from_min_size(pos2(x, y), vec2(w, tokens::TOKEN_HEIGHT)),
            *p,
            *faded,
        ));
        x += w + tokens::TOKEN_GAP;
    }
    placed
}

fn token_font() -> FontId {
    FontId::proportional(15.0)
}

fn token_width(ui: &Ui, label: &str) -> f32 {
    let galley = ui
        .painter()
        .layout_no_wrap(label.to_owned(), token_font(), tokens::NOTE_TEXT);
    galley.size().x + tokens::TOKEN_HEIGHT + 12.0
}

/// Draws a token: its question's shape and colour, and its label. The group's agreed token
/// has a heavy edge as well as its label.
pub(super) fn paint_token(
    painter: &egui::Painter,
    rect: Rect,
    kind: PlacementKind,
    label: &str,
    agreed: bool,
    faded: bool,
) {
    let alpha = if faded { tokens::EARLIER_FADE } else { 1.0 };
    let ink = tokens::NOTE_TEXT.gamma_multiply(alpha);
    painter.rect_filled(
        rect,
        tokens::TOKEN_HEIGHT / 2.0,
        tokens::kind_fill(kind).gamma_multiply(alpha),
    );
    if agreed {
        painter.rect_stroke(
            rect,
            tokens::TOKEN_HEIGHT / 2.0,
            Stroke::new(3.0, ink),
            StrokeKind::Inside,
        );
    }
    let icon =
        Rect::from_min_size(rect.min, vec2(tokens::TOKEN_HEIGHT, tokens::TOKEN_HEIGHT)).shrink(8.0);
    paint_symbol(
        painter,
        icon.translate(vec2(4.0, 0.0)),
        kind_symbol(kind),
        ink,
    );
    let galley = painter.layout_no_wrap(label.to_owned(), token_font(), ink);
    painter.galley(
        pos2(icon.max.x + 8.0, rect.center().y - galley.size().y / 2.0),
        galley,
        ink,
    );
}

/// One token. Earlier meetings' tokens are faded and can't be moved.
fn token_ui(
    ui: &mut Ui,
    session: &Session,
    lv: &mut LadderView,
    p: &Placement,
    rect: Rect,
    faded: bool,
    actions: &mut Vec<Action>,
) {
    let sense = if faded {
        Sense::hover()
    } else {
        Sense::click_and_drag()
    };
    // An id of the token's own, so it keeps the keyboard when it moves to another rung.
    let id = egui::Id::unique((
        if faded {
            "ladder-earlier"
        } else {
            "ladder-token"
        },
        p.id.raw(),
    ));
    let response = ui.interact(rect, id, sense);
    paint_token(
        ui.painter(),
        rect,
        p.kind,
        &token_label(session, p),
        p.by.is_none() && !faded,
        faded,
    );
    let selected = lv.selected == Some(p.id);
    if (selected || response.has_focus()) && !faded {
        ui.painter().rect_stroke(
            rect.expand(2.0),
            tokens::TOKEN_HEIGHT / 2.0,
            Stroke::new(3.0, tokens::SELECTION),
            StrokeKind::Outside,
        );
    }
    let spoken = if faded {
        words::earlier_token_spoken(&placement_text(session, p))
    } else {
        words::token_spoken(&placement_text(session, p))
    };
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, !faded, spoken.clone()));
    let response = if p.reason.is_empty() {
        response
    } else {
        response.on_hover_text(words::why_here_hover(&p.reason))
    };
    if faded {
        return;
    }
    if lv.take_keyboard == Some(p.key()) && p.meeting == session.current_meeting {
        lv.take_keyboard = None;
        response.request_focus();
    }
    if response.clicked() || response.gained_focus() {
        lv.selected = Some(p.id);
        response.request_focus();
    }
    if response.drag_started() {
        lv.drag.start(Dragging::Token(p.id));
        lv.selected = Some(p.id);
    }
    if response.has_focus() {
        let filter = EventFilter {
            vertical_arrows: true,
            ..EventFilter::default()
        };
        ui.memory_mut(|m| m.set_focus_lock_filter(response.id, filter));
        let rungs = &session.ladder.rungs;
        let index = rungs.iter().position(|r| r.id == p.rung).unwrap_or(0);
        let up = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowUp));
        let down = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowDown));
        let target = if up {
            rungs.get(index + 1)
        } else if down && index > 0 {
            rungs.get(index - 1)
        } else {
            None
        };
        if let Some(target) = target {
            actions.push(Action::Edit(Command::Ladder(
                LadderCommand::MovePlacement {
                    placement: p.id,
                    rung: target.id,
                },
            )));
            // The token is drawn anew on its new rung; keep the keyboard with it.
            ui.memory_mut(|m| m.request_focus(response.id));
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Delete)) {
            actions.push(Action::Edit(Command::Ladder(
                LadderCommand::RemovePlacement(p.id),
            )));
        }
    }
}

/// An arrow per token that moved rung since the meeting compared with, in the column at
/// the right: from where it was to where it is now.
fn arrows_ui(ui: &Ui, session: &Session, lv: &LadderView) {
    let centre = |rung| lv.drag.rect_of(rung);
    let mut column = 0.0;
    for (before, now) in session.ladder.moves(lv.compare, session.current_meeting) {
        let (Some(from), Some(to)) = (centre(before.rung), centre(now.rung)) else {
            continue;
        };
        let x = from.max.x - tokens::CHANGE_COLUMN_WIDTH + 12.0 + column;
        column = (column + 12.0) % (tokens::CHANGE_COLUMN_WIDTH - 20.0);
        let colour = tokens::kind_fill(now.kind);
        let start = pos2(x, from.center().y);
        let end = pos2(x, to.center().y);
        let stroke = Stroke::new(3.0, colour);
        ui.painter().line_segment([start, end], stroke);
        ui.painter().circle_filled(start, 5.0, colour);
        // A small head, the same size however far the token moved.
        let back = if end.y < start.y { 10.0 } else { -10.0 };
        ui.painter().add(egui::Shape::convex_polygon(
            vec![
                end,
                pos2(end.x - 7.0, end.y + back),
                pos2(end.x + 7.0, end.y + back),
            ],
            colour,
            Stroke::NONE,
        ));
    }
}

/// A token let go over a rung lands there; a new token from the tray is placed.
fn drop_ui(ui: &Ui, session: &Session, lv: &mut LadderView, actions: &mut Vec<Action>) {
    let Some((dragging, Some(rung))) = lv.drag.drop_ui(ui, paint_ghost) else {
        return;
    };
    match dragging {
        Dragging::Token(id) => {
            if session
                .ladder
                .placements
                .iter()
                .any(|p| p.id == id && p.rung != rung)
            {
                actions.push(Action::Edit(Command::Ladder(
                    LadderCommand::MovePlacement {
                        placement: id,
                        rung,
                    },
                )));
            }
        }
        Dragging::New(kind) => actions.push(place(session, lv, kind, rung)),
    }
}

fn paint_ghost(painter: &egui::Painter, pos: Pos2, dragging: Dragging) {
    let kind = match dragging {
        Dragging::New(kind) => kind,
        Dragging::Token(_) => PlacementKind::Now,
    };
    let rect = Rect::from_center_size(pos, vec2(tokens::TOKEN_HEIGHT, tokens::TOKEN_HEIGHT));
    painter.circle_filled(
        rect.center(),
        tokens::TOKEN_HEIGHT / 2.0,
        Color32::from_black_alpha(60),
    );
    if matches!(dragging, Dragging::New(_)) {
        paint_symbol(
            painter,
            rect.shrink(6.0),
            kind_symbol(kind),
            tokens::kind_fill(kind),
        );
    }
}
