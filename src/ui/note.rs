//! How a sticky note looks. The word board and the river draw notes with this one code.

use std::sync::Arc;

use egui::{Align2, Color32, FontId, Galley, Painter, Rect, Stroke, StrokeKind, vec2};

use crate::edit::{Command, TextField};
use crate::model::{Colour, ParticipantId, Session, Symbol};
use crate::text::board as words;
use crate::ui::{Action, Then};
use crate::ui::{tokens, widgets::paint_symbol};

/// Everything that decides how one note is drawn.
#[derive(Debug, Clone)]
pub struct NoteLook<'a> {
    pub text: &'a str,
    pub colour: Colour,
    /// The writer's colour, symbol and name; `None` for anonymous.
    pub author: Option<(Colour, Symbol, &'a str)>,
    pub face_down: bool,
    /// Votes to show as dots, or `None` while totals are hidden.
    pub votes: Option<usize>,
    /// How many other notes say the same thing.
    pub matches: usize,
    pub outline: Outline,
}

/// The ring around a note that says why it stands out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outline {
    None,
    /// Selected, or has the keyboard.
    Selected,
    /// Matches the text being looked for.
    Found,
}

/// How much of a note is worth drawing at the current zoom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Detail {
    /// Text would be a few pixels high: a coloured block says as much, far cheaper.
    Block,
    /// The words, but not the small line of author and votes, nor the shadow.
    Words,
    /// Everything.
    Full,
}

impl Detail {
    /// The detail worth drawing when one board unit is `zoom` pixels.
    #[must_use]
    pub fn at_zoom(zoom: f32) -> Self {
        if zoom * tokens::NOTE_TEXT_SIZES[2] < tokens::SMALLEST_READABLE_TEXT {
            Detail::Block
        } else if zoom * tokens::NOTE_DETAIL_SIZE < tokens::SMALLEST_READABLE_TEXT * 2.0 {
            Detail::Words
        } else {
            Detail::Full
        }
    }
}

/// Draws a note in `rect` (board units). The text shrinks until it fits; `fitted` carries
/// the size that fits from one frame to the next, so it is only looked for once.
pub fn paint_note(
    painter: &Painter,
    rect: Rect,
    look: &NoteLook<'_>,
    detail: Detail,
    fitted: &mut Option<f32>,
) {
    let (fill, ink) = if look.face_down {
        (tokens::FACE_DOWN, tokens::FACE_DOWN_TEXT)
    } else {
        (tokens::note_fill(look.colour), tokens::NOTE_TEXT)
    };
    if detail == Detail::Block {
        painter.rect_filled(rect, 0.0, fill);
        if look.outline != Outline::None {
            painter.rect_filled(
                rect.shrink(rect.width() * 0.3),
                0.0,
                outline_colour(look.outline),
            );
        }
        return;
    }
    if detail == Detail::Full {
        painter.rect_filled(rect.translate(vec2(2.0, 3.0)), 4.0, tokens::NOTE_SHADOW);
    }
    painter.rect_filled(rect, 4.0, fill);
    let inner = rect.shrink(tokens::NOTE_PADDING);
    // Room for the writer and votes line only when there is something to put on it.
    let has_details =
        look.author.is_some() || look.votes.is_some_and(|v| v > 0) || look.matches > 0;
    let detail_height = if detail == Detail::Full && has_details && !look.face_down {
        tokens::NOTE_DETAIL_SIZE + 4.0
    } else {
        0.0
    };
    let text_area = Rect::from_min_max(
        inner.min,
        egui::pos2(inner.max.x, inner.max.y - detail_height),
    );
    if look.face_down {
        painter.text(
            text_area.center(),
            Align2::CENTER_CENTER,
            words::FACE_DOWN,
            FontId::proportional(tokens::NOTE_TEXT_SIZES[2]),
            ink,
        );
    } else {
        let galley = fit_text(painter, look.text, text_area, ink, fitted);
        let top = (text_area.center().y - galley.size().y / 2.0).max(text_area.min.y);
        let at = egui::pos2(text_area.min.x, top);
        if galley.size().y <= text_area.height() {
            painter.galley(at, galley, ink);
        } else {
            // Only text too long even at the smallest size needs cutting off; a clip of its
            // own costs a separate draw call, so the others go without.
            painter
                .with_clip_rect(text_area.intersect(painter.clip_rect()))
                .galley(at, galley, ink);
        }
    }
    if detail == Detail::Full {
        detail_line(painter, inner, look, ink);
    }
    if look.outline != Outline::None {
        let stroke = Stroke::new(4.0, outline_colour(look.outline));
        painter.rect_stroke(rect, 4.0, stroke, StrokeKind::Outside);
    }
}

fn outline_colour(outline: Outline) -> Color32 {
    if outline == Outline::Found {
        tokens::FIND_HIGHLIGHT
    } else {
        tokens::SELECTION
    }
}

/// The writer's symbol and name at the bottom left, vote dots and matches at the right.
fn detail_line(painter: &Painter, inner: Rect, look: &NoteLook<'_>, ink: Color32) {
    let size = tokens::NOTE_DETAIL_SIZE;
    let y = inner.max.y - size / 2.0;
    let font = FontId::proportional(size);
    let mut right = inner.max.x;
    if let Some(votes) = look.votes.filter(|v| *v > 0) {
        if votes <= 5 {
            for i in 0..votes {
                let x = right - size / 2.0 - i as f32 * (size * 0.9);
                painter.circle_filled(egui::pos2(x, y), size * 0.35, tokens::VOTE_DOT);
            }
            right -= votes as f32 * size * 0.9;
        } else {
            let r = painter.text(
                egui::pos2(right, y),
                Align2::RIGHT_CENTER,
                votes.to_string(),
                font.clone(),
                ink,
            );
            painter.circle_filled(
                egui::pos2(r.min.x - size * 0.6, y),
                size * 0.35,
                tokens::VOTE_DOT,
            );
            right = r.min.x - size * 1.1;
        }
    }
    if look.matches > 0 {
        let r = painter.text(
            egui::pos2(right - 4.0, y),
            Align2::RIGHT_CENTER,
            format!("= {}", look.matches + 1),
            font.clone(),
            ink,
        );
        right = r.min.x;
    }
    if look.face_down {
        return;
    }
    if let Some((colour, symbol, name)) = look.author {
        let badge =
            Rect::from_center_size(egui::pos2(inner.min.x + size / 2.0, y), vec2(size, size));
        painter.rect_filled(badge, 2.0, tokens::note_fill(colour));
        painter.rect_stroke(badge, 2.0, Stroke::new(1.0, ink), StrokeKind::Inside);
        paint_symbol(painter, badge.shrink(2.5), symbol, ink);
        let room = (right - badge.max.x - 8.0).max(0.0);
        // One line, cut short with an ellipsis when the name is long.
        let mut job = egui::text::LayoutJob::simple_singleline(name.to_owned(), font, ink);
        job.wrap = egui::text::TextWrapping::truncate_at_width(room);
        let galley = painter.layout_job(job);
        painter.galley(
            egui::pos2(badge.max.x + 4.0, y - galley.size().y / 2.0),
            galley,
            ink,
        );
    }
}

/// Lays out `text` wrapped to `area`'s width, at the largest size that fits its height.
/// A size found before (in `fitted`) is used straight away.
fn fit_text(
    painter: &Painter,
    text: &str,
    area: Rect,
    ink: Color32,
    fitted: &mut Option<f32>,
) -> Arc<Galley> {
    let layout = |size: f32| {
        painter.layout(
            text.to_owned(),
            FontId::proportional(size),
            ink,
            area.width(),
        )
    };
    if let Some(size) = *fitted {
        return layout(size);
    }
    let sizes = tokens::NOTE_TEXT_SIZES;
    for size in &sizes[..sizes.len() - 1] {
        let galley = layout(*size);
        if galley.size().y <= area.height() && galley.size().x <= area.width() + 0.5 {
            *fitted = Some(*size);
            return galley;
        }
    }
    let smallest = sizes[sizes.len() - 1];
    *fitted = Some(smallest);
    layout(smallest)
}

/// What a screen reader says for a note.
#[must_use]
pub fn spoken(look: &NoteLook<'_>, theme: Option<&str>) -> String {
    if look.face_down {
        return words::FACE_DOWN_SPOKEN.to_owned();
    }
    let mut spoken = words::note_spoken(look.text);
    if let Some(theme) = theme {
        spoken.push_str(&words::in_theme_spoken(theme));
    }
    match look.author {
        Some((_, _, name)) => {
            spoken.push_str(&words::by_spoken(name));
        }
        None => spoken.push_str(words::ANONYMOUS_SPOKEN),
    }
    if let Some(votes) = look.votes {
        spoken.push_str(&words::votes_spoken(votes));
    }
    if look.matches > 0 {
        spoken.push_str(&words::matches_spoken(look.matches));
    }
    spoken
}

/// Where and how a note is being edited.
pub struct NoteEditor {
    /// The text box's id: the same while a new note becomes a real one, so typing goes on.
    pub id: egui::Id,
    pub rect: Rect,
    pub colour: Colour,
    pub max_chars: usize,
    /// What a screen reader says for the text box.
    pub spoken: String,
}

/// What happened in the editor this frame.
pub struct Edited {
    /// The text changed (it is in the `text` passed in).
    pub changed: bool,
    /// Enter, Escape or a click elsewhere ended the editing.
    pub finished: bool,
}

/// The text box of a note being written, drawn over the note: the word board and the river
/// both edit notes with it. Enter or Escape finishes (Shift+Enter starts a new line);
/// `focus` asks for the keyboard once.
pub fn note_editor_ui(
    ui: &mut egui::Ui,
    editor: &NoteEditor,
    text: &mut String,
    focus: &mut bool,
) -> Edited {
    use egui::{EventFilter, Key, Modifiers, TextEdit};
    let rect = editor.rect;
    ui.painter()
        .rect_filled(rect, 4.0, tokens::note_fill(editor.colour));
    ui.painter().rect_stroke(
        rect,
        4.0,
        Stroke::new(4.0, tokens::SELECTION),
        StrokeKind::Outside,
    );
    let enter = ui.memory(|m| m.has_focus(editor.id))
        && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter));
    let response = ui.put(
        rect.shrink(tokens::NOTE_PADDING),
        TextEdit::multiline(text)
            .id(editor.id)
            .frame(egui::Frame::NONE)
            .font(FontId::proportional(tokens::NOTE_TEXT_SIZES[2]))
            .text_color(tokens::NOTE_TEXT)
            .char_limit(editor.max_chars)
            .return_key(Some(egui::KeyboardShortcut::new(
                Modifiers::SHIFT,
                Key::Enter,
            )))
            // The editor handles Escape itself, after the typing in the same frame: egui
            // would otherwise drop the focus first and lose the last letters typed.
            .event_filter(EventFilter {
                escape: true,
                horizontal_arrows: true,
                vertical_arrows: true,
                tab: false,
            })
            .hint_text(words::note_hint(editor.max_chars)),
    );
    let response = response.accessible_name(editor.spoken.clone());
    if *focus {
        response.request_focus();
        *focus = false;
    }
    let used = text.chars().count();
    if used + 20 >= editor.max_chars {
        // Notes are kept short so they stay readable; say so before the limit bites.
        ui.painter().text(
            rect.left_bottom() + vec2(0.0, 8.0),
            Align2::LEFT_TOP,
            words::letters_used(used, editor.max_chars),
            FontId::proportional(tokens::NOTE_DETAIL_SIZE),
            ui.visuals().text_color(),
        );
    }
    let escape =
        response.has_focus() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
    let done = enter || escape;
    if done {
        response.surrender_focus();
    }
    Edited {
        changed: response.changed(),
        finished: done || response.lost_focus(),
    }
}

/// The note a note editor writes in.
pub enum Draft<F> {
    /// A note already on the canvas: typing changes its text, and emptied it is removed.
    Existing {
        field: TextField,
        text: String,
        remove: Command,
    },
    /// A new note, not made yet: `make` makes it from its first words. While it is empty,
    /// nothing is added.
    New(F),
}

/// Writes in a note on any canvas: draws the editor over it and pushes the changes typing
/// makes. A new note and its first words undo as one step. Returns whether the writing
/// finished this frame.
pub fn write_note_ui<F: FnOnce(String) -> Command>(
    ui: &mut egui::Ui,
    editor: &NoteEditor,
    draft: Draft<F>,
    focus: &mut bool,
    actions: &mut Vec<Action>,
) -> bool {
    let mut text = match &draft {
        Draft::Existing { text, .. } => text.clone(),
        Draft::New(_) => String::new(),
    };
    let edited = note_editor_ui(ui, editor, &mut text, focus);
    match draft {
        Draft::Existing { field, remove, .. } => {
            if edited.changed {
                actions.push(Action::Edit(Command::SetText {
                    field,
                    text: text.clone(),
                }));
            }
            if edited.finished && text.trim().is_empty() {
                // An emptied note is removed, as an empty new one is never added.
                actions.push(Action::Edit(remove));
            }
        }
        Draft::New(make) => {
            if edited.changed && !text.trim().is_empty() {
                actions.push(Action::EditThen(make(text), Then::EditNote));
            }
        }
    }
    edited.finished
}

/// A person's name, or "anonymous".
#[must_use]
pub fn author_name(session: &Session, author: Option<ParticipantId>) -> String {
    author.and_then(|a| session.participant(a)).map_or_else(
        || crate::text::app::ANONYMOUS.to_owned(),
        |p| p.name.clone(),
    )
}
