//! The board canvas: themes and sticky notes on a surface that pans and zooms. Notes are
//! moved by mouse or keys; every change is sent as a command when the gesture ends.

use std::collections::HashSet;
use std::rc::Rc;

use egui::containers::DragPanButtons;
use egui::{
    Align2, EventFilter, FontId, PointerButton, Pos2, Rect, Response, Scene, Sense, Stroke,
    StrokeKind, Ui, Vec2, pos2, vec2,
};

use super::{BoardView, Derived, Editing};
use crate::edit::NOTE_MAX_CHARS;
use crate::edit::{Command, TextField};
use crate::model::{
    Board, NOTE_SIZE, Note, NoteId, Point, Session, THEME_HEADER, Theme, VoteTarget,
};
use crate::text::board as words;
use crate::ui::note::{
    Detail, Draft, NoteEditor, NoteLook, Outline, author_name, paint_note, spoken, write_note_ui,
};
use crate::ui::{Action, ViewState, tokens};

/// The rectangle a note takes up on the board.
fn note_rect(position: Point) -> Rect {
    Rect::from_min_size(pos2(position.x, position.y), vec2(NOTE_SIZE.0, NOTE_SIZE.1))
}

fn area_rect(theme: &Theme) -> Rect {
    let a = theme.area;
    Rect::from_min_size(pos2(a.x, a.y), vec2(a.width, a.height))
}

fn to_point(p: Pos2) -> Point {
    Point { x: p.x, y: p.y }
}

/// Keys on the canvas don't move the keyboard focus between notes; they move notes.
const CANVAS_KEYS: EventFilter = EventFilter {
    tab: false,
    horizontal_arrows: true,
    vertical_arrows: true,
    escape: true,
};

/// What one frame of the canvas needs to read.
struct Frame<'a> {
    session: &'a Session,
    board: &'a Board,
    derived: Rc<Derived>,
    found: HashSet<NoteId>,
    votes_hidden: bool,
    /// The empty board's own place in the keyboard focus.
    focus_id: egui::Id,
    /// How much of each note is worth drawing at this zoom.
    detail: Detail,
}

pub(super) fn canvas_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    state: u64,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let found: HashSet<NoteId> = view
        .find
        .as_ref()
        .map(|f| f.matches(board).into_iter().collect())
        .unwrap_or_default();
    let writer = view.writer;
    let voter = view.voter;
    let picture = view.picture;
    // In a narrow window the line would run over the notes and off the edge; F1 says it all.
    let hint = !picture && !view.narrow;
    let bv = view.boards.entry(board.id).or_default();
    let frame = Frame {
        session,
        board,
        derived: bv.derived(board, state),
        found,
        votes_hidden: board.settings.votes_hidden,
        focus_id: ui.make_persistent_id(("board-canvas-focus", board.id.raw())),
        detail: Detail::at_zoom(bv.to_screen.scaling),
    };
    if bv.scene_rect.is_none() {
        bv.fit_all(board);
    }
    let mut scene_rect = bv.scene_rect.unwrap_or(Rect::ZERO);
    let mut focus_in_canvas = false;
    let scene = Scene::new()
        .zoom_range(tokens::ZOOM_RANGE)
        .drag_pan_buttons(DragPanButtons::SECONDARY | DragPanButtons::MIDDLE)
        .max_inner_size(Vec2::splat(1.0e6))
        .show(ui, &mut scene_rect, |ui| {
            bv.to_screen = ui
                .ctx()
                .layer_transform_to_global(ui.layer_id())
                .unwrap_or_default();
            for theme in &board.themes {
                focus_in_canvas |= theme_ui(ui, &frame, theme, bv, actions);
            }
            // Only what can be seen costs anything: notes out of view are skipped, except
            // selected ones (they may be dragged in, or hold the keyboard).
            let visible = ui.clip_rect();
            for note in &board.notes {
                let rect =
                    Rect::from_min_size(shown_position(note, bv), vec2(NOTE_SIZE.0, NOTE_SIZE.1));
                if visible.intersects(rect) || bv.selection.contains(&note.id) {
                    focus_in_canvas |= note_ui(ui, &frame, note, rect, bv, actions);
                }
            }
            editor_ui(ui, &frame, bv, writer, actions);
            if let Some(marquee) = bv.marquee {
                ui.painter().rect(
                    marquee,
                    0.0,
                    tokens::SELECTION.gamma_multiply(0.15),
                    Stroke::new(1.5, tokens::SELECTION),
                    StrokeKind::Inside,
                );
            }
        });
    // The pan and zoom as the person left it; keys below may still move the view on.
    bv.scene_rect = Some(scene_rect);
    let background = scene.response;
    focus_in_canvas |= background_ui(ui, &frame, &background, bv);
    // With nothing else holding the keyboard (say, just after Ctrl+1), keys go to the board.
    let nothing_focused = ui.memory(|m| m.focused().is_none());
    if (focus_in_canvas || nothing_focused) && bv.editing.is_none() {
        super::keys::keys_ui(ui, frame.session, frame.board, bv, (writer, voter), actions);
    }
    if hint {
        hint_ui(ui, board);
    }
}

/// A line at the foot of the canvas on how to get around.
fn hint_ui(ui: &Ui, board: &Board) {
    let text = if board.notes.is_empty() {
        words::HINT_FIRST_NOTE
    } else {
        words::HINT_KEYS
    };
    let rect = ui.max_rect();
    ui.painter().text(
        pos2(rect.min.x + 8.0, rect.max.y - 6.0),
        Align2::LEFT_BOTTOM,
        text,
        FontId::proportional(13.0),
        ui.visuals().weak_text_color(),
    );
}

/// Draws a theme's area and its name bar. The name bar picks the theme, and dragging it
/// moves the theme with its notes. Returns whether the name bar has the keyboard.
fn theme_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    theme: &Theme,
    bv: &mut BoardView,
    actions: &mut Vec<Action>,
) -> bool {
    let offset = match bv.theme_drag {
        Some((id, offset)) if id == theme.id => offset,
        _ => Vec2::ZERO,
    };
    let area = area_rect(theme).translate(offset);
    let painter = ui.painter();
    painter.rect(
        area,
        8.0,
        tokens::theme_fill(theme.colour),
        Stroke::new(2.0, tokens::theme_edge(theme.colour)),
        StrokeKind::Inside,
    );
    let bar = Rect::from_min_size(area.min, vec2(area.width(), THEME_HEADER));
    painter.rect_filled(bar, 8.0, tokens::theme_edge(theme.colour));
    let votes = frame.derived.votes_for(VoteTarget::Theme(theme.id));
    let votes = if frame.votes_hidden || votes == 0 {
        String::new()
    } else {
        words::theme_votes(votes)
    };
    painter
        .with_clip_rect(bar.intersect(painter.clip_rect()))
        .text(
            bar.left_center() + vec2(tokens::NOTE_PADDING, 0.0),
            Align2::LEFT_CENTER,
            format!("{}{votes}", theme.name),
            FontId::proportional(tokens::THEME_NAME_SIZE),
            tokens::NOTE_TEXT,
        );
    let id = ui.make_persistent_id(("theme", theme.id.raw()));
    let response = ui.interact(bar, id, Sense::click_and_drag());
    response.widget_info(|| {
        let notes_in = frame
            .board
            .notes
            .iter()
            .filter(|n| n.theme == Some(theme.id))
            .count();
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            words::theme_spoken(&theme.name, notes_in, votes.trim()),
        )
    });
    if bv.theme == Some(theme.id) || response.has_focus() {
        ui.painter().rect_stroke(
            area,
            8.0,
            Stroke::new(3.0, tokens::SELECTION),
            StrokeKind::Outside,
        );
    }
    if response.clicked() || response.gained_focus() {
        bv.theme = Some(theme.id);
        bv.selection.clear();
    }
    if response.clicked() {
        response.request_focus();
    }
    if response.drag_started() {
        bv.theme_drag = Some((theme.id, Vec2::ZERO));
    }
    if response.dragged()
        && let Some((_, offset)) = &mut bv.theme_drag
    {
        *offset += response.drag_delta();
    }
    if response.drag_stopped()
        && let Some((_, offset)) = bv.theme_drag.take()
        && offset != Vec2::ZERO
    {
        let moved = area_rect(theme).translate(offset);
        let places = frame
            .board
            .notes
            .iter()
            .filter(|n| n.theme == Some(theme.id))
            .map(|n| {
                (
                    n.id,
                    to_point(pos2(n.position.x, n.position.y) + offset),
                    n.theme,
                )
            })
            .collect();
        actions.push(Action::Edit(Command::Batch(vec![
            Command::SetThemeArea {
                board: frame.board.id,
                theme: theme.id,
                area: crate::model::Area {
                    x: moved.min.x,
                    y: moved.min.y,
                    width: moved.width(),
                    height: moved.height(),
                },
            },
            Command::PlaceNotes {
                board: frame.board.id,
                places,
            },
        ])));
    }
    response.has_focus()
}

/// Where a note is drawn this frame: where it is, plus any drag under way.
fn shown_position(note: &Note, bv: &BoardView) -> Pos2 {
    let mut p = pos2(note.position.x, note.position.y);
    if let Some(offset) = bv.drag
        && bv.selection.contains(&note.id)
    {
        p += offset;
    }
    if let Some((theme, offset)) = bv.theme_drag
        && note.theme == Some(theme)
    {
        p += offset;
    }
    p
}

/// Draws one note and handles clicks and drags on it. Returns whether it has the keyboard.
fn note_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    note: &Note,
    rect: Rect,
    bv: &mut BoardView,
    actions: &mut Vec<Action>,
) -> bool {
    let id = ui.make_persistent_id(("note", note.id.raw()));
    let response = ui.interact(rect, id, Sense::click_and_drag());
    let editing_this = bv.editing == Some(Editing::Note(note.id));
    let author = note.author.and_then(|a| frame.session.participant(a));
    let look = NoteLook {
        text: &note.text,
        colour: note.colour,
        author: author.map(|p| (p.colour, p.symbol, p.name.as_str())),
        face_down: note.hidden,
        votes: (!frame.votes_hidden).then(|| frame.derived.votes_for(VoteTarget::Note(note.id))),
        matches: if note.hidden {
            0
        } else {
            frame.derived.others(note.id)
        },
        outline: if bv.selection.contains(&note.id) || response.has_focus() {
            Outline::Selected
        } else if frame.found.contains(&note.id) {
            Outline::Found
        } else {
            Outline::None
        },
    };
    let theme_name = note
        .theme
        .and_then(|t| frame.board.theme(t))
        .map(|t| t.name.as_str());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Button, true, spoken(&look, theme_name))
    });
    if ui.is_rect_visible(rect) && !editing_this {
        let mut fitted = bv.fitted.get(&note.id).copied();
        paint_note(ui.painter(), rect, &look, frame.detail, &mut fitted);
        if let Some(size) = fitted {
            bv.fitted.insert(note.id, size);
        }
    }
    if response.has_focus() {
        ui.memory_mut(|m| m.set_focus_lock_filter(id, CANVAS_KEYS));
    }
    let modifiers = ui.input(|i| i.modifiers);
    let adding = modifiers.shift || modifiers.command;
    if response.clicked() {
        if adding {
            if !bv.selection.remove(&note.id) {
                bv.selection.insert(note.id);
            }
        } else {
            bv.selection = [note.id].into();
        }
        bv.theme = None;
        response.request_focus();
    }
    if response.gained_focus() && !bv.selection.contains(&note.id) && !adding {
        bv.selection = [note.id].into();
        bv.theme = None;
    }
    if response.double_clicked() && !note.hidden {
        bv.start_editing(note.id);
    }
    if response.drag_started_by(PointerButton::Primary) {
        if !bv.selection.contains(&note.id) {
            if !adding {
                bv.selection.clear();
            }
            bv.selection.insert(note.id);
        }
        bv.drag = Some(Vec2::ZERO);
        response.request_focus();
    }
    if response.dragged_by(PointerButton::Primary)
        && let Some(offset) = &mut bv.drag
    {
        *offset += response.drag_delta();
    }
    if response.drag_stopped()
        && let Some(offset) = bv.drag.take()
        && offset != Vec2::ZERO
    {
        actions.push(Action::Edit(place_selection(frame.board, bv, offset, true)));
    }
    response.has_focus()
}

/// Moves the selected notes by `offset`. When `rethink_themes` is set (a drag), each note
/// joins the theme its middle lands in, or leaves its theme if it lands outside any.
pub(super) fn place_selection(
    board: &Board,
    bv: &BoardView,
    offset: Vec2,
    rethink_themes: bool,
) -> Command {
    let places = board
        .notes
        .iter()
        .filter(|n| bv.selection.contains(&n.id))
        .map(|n| {
            let position = to_point(pos2(n.position.x, n.position.y) + offset);
            let theme = if rethink_themes {
                let centre = note_rect(position).center();
                board.theme_at(to_point(centre))
            } else {
                n.theme
            };
            (n.id, position, theme)
        })
        .collect();
    Command::PlaceNotes {
        board: board.id,
        places,
    }
}

/// The text box of the note being written, drawn over the note.
fn editor_ui(
    ui: &mut Ui,
    frame: &Frame<'_>,
    bv: &mut BoardView,
    writer: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let Some(editing) = bv.editing.clone() else {
        return;
    };
    let board = frame.board;
    let (position, text, colour, author) = match &editing {
        Editing::Note(id) => {
            let Some(note) = board.note(*id) else {
                bv.editing = None;
                return;
            };
            (note.position, note.text.clone(), note.colour, note.author)
        }
        Editing::Draft { position, .. } => {
            let colour = frame.session.note_colour_for(writer);
            (*position, String::new(), colour, writer)
        }
    };
    let (max_chars, draft) = match &editing {
        Editing::Note(id) => {
            let field = TextField::NoteText(board.id, *id);
            let remove = Command::RemoveNotes {
                board: board.id,
                notes: vec![*id],
            };
            (
                field.max_chars(),
                Draft::Existing {
                    field,
                    text,
                    remove,
                },
            )
        }
        Editing::Draft { theme, .. } => {
            let theme = *theme;
            let board = board.id;
            let make = move |text| Command::AddNote {
                board,
                text,
                position,
                author,
                colour,
                theme,
            };
            (NOTE_MAX_CHARS, Draft::New(make))
        }
    };
    let editor = NoteEditor {
        id: ui.make_persistent_id(("note-editor", board.id.raw())),
        rect: note_rect(position),
        colour,
        max_chars,
        spoken: words::note_editor_spoken(&author_name(frame.session, author)),
    };
    if write_note_ui(ui, &editor, draft, &mut bv.focus_editor, actions) {
        bv.editing = None;
        // Hand the keyboard back to the board, so N writes the next note straight away.
        ui.memory_mut(|m| m.request_focus(frame.focus_id));
    }
}

/// Clicks, double-clicks and drags on the empty board. Returns whether the board itself
/// has the keyboard.
fn background_ui(ui: &Ui, frame: &Frame<'_>, background: &Response, bv: &mut BoardView) -> bool {
    let board = frame.board;
    let focus_id = frame.focus_id;
    // The empty board takes the keyboard like a widget, so N works straight after a click.
    let focus = ui.interact(background.rect, focus_id, Sense::focusable_noninteractive());
    focus.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Pane,
            true,
            words::board_spoken(&board.topic, board.notes.len()),
        )
    });
    if focus.has_focus() {
        ui.memory_mut(|m| m.set_focus_lock_filter(focus_id, CANVAS_KEYS));
    }
    let from_screen = bv.to_screen.inverse();
    let to_board = |p: Pos2| from_screen * p;
    let pointer = ui.input(|i| i.pointer.interact_pos());
    if background.double_clicked()
        && let Some(p) = pointer
    {
        let at = to_board(p) - vec2(NOTE_SIZE.0, NOTE_SIZE.1) / 2.0;
        bv.start_draft(board, to_point(at));
    } else if background.clicked() {
        bv.selection.clear();
        bv.theme = None;
        ui.memory_mut(|m| m.request_focus(focus_id));
    }
    if background.drag_started_by(PointerButton::Primary)
        && let Some(p) = ui.input(|i| i.pointer.press_origin())
    {
        let start = to_board(p);
        bv.marquee = Some(Rect::from_two_pos(start, start));
        ui.memory_mut(|m| m.request_focus(focus_id));
    }
    if let Some(marquee) = &mut bv.marquee
        && let Some(p) = pointer
    {
        *marquee = Rect::from_two_pos(marquee.min, to_board(p));
    }
    if background.drag_stopped()
        && let Some(marquee) = bv.marquee.take()
    {
        let adding = ui.input(|i| i.modifiers.shift || i.modifiers.command);
        if !adding {
            bv.selection.clear();
        }
        bv.selection.extend(
            board
                .notes
                .iter()
                .filter(|n| marquee.intersects(note_rect(n.position)))
                .map(|n| n.id),
        );
    }
    focus.has_focus()
}
