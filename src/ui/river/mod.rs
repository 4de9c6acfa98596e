//! The River tab: the river drawn from source to ocean, each phase with its "I" statements
//! and the group's answers under the five questions; one phase shown large; and a list.

mod outline;

use egui::{Align2, FontId, Key, Modifiers, Pos2, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

use super::{Action, ViewState, tokens};
use crate::edit::NOTE_MAX_CHARS;
use crate::edit::{Command, RiverCommand, TextField};
use crate::model::{Colour, Phase, PhaseId, Question, RiverNote, RiverNoteId, Session};
use crate::text::{app as common, river as words};
use crate::ui::drag::DragAndDrop;
use crate::ui::note::{
    Detail, Draft, NoteEditor, NoteLook, Outline, author_name, paint_note, write_note_ui,
};

/// An answer being written or edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RiverEditing {
    Note(RiverNoteId),
    /// A new answer with no words yet; it becomes real with its first letter.
    Draft {
        phase: PhaseId,
        question: Question,
    },
}

/// What is on screen on the River tab but not part of the session.
#[derive(Debug, Default)]
pub struct RiverView {
    /// The phase shown large, if any.
    pub focus: Option<PhaseId>,
    /// Show everything as a list instead.
    pub outline: bool,
    pub editing: Option<RiverEditing>,
    pub focus_editor: bool,
    pub selected: Option<RiverNoteId>,
    /// An answer being dragged, and the cells (a question at a phase) as drawn this frame,
    /// to drop it on.
    pub drag: DragAndDrop<RiverNoteId, (PhaseId, Question)>,
    /// Drawing for a picture: no buttons.
    picture: bool,
    /// The text size that fits each answer at each size it is drawn, and the history
    /// state those sizes were found for: found once per change, not every frame.
    fitted: (u64, std::collections::HashMap<(RiverNoteId, u32, u32), f32>),
}

impl RiverView {
    fn forget_sizes_unless(&mut self, state: u64) {
        if self.fitted.0 != state {
            self.fitted = (state, std::collections::HashMap::new());
        }
    }
}

/// The River tab.
/// `state` is the session's history state: sizes worked out for answers are kept until it
/// changes.
pub fn river_ui(
    ui: &mut Ui,
    session: &Session,
    state: u64,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let writer = view.writer;
    let rv = &mut view.river;
    rv.forget_sizes_unless(state);
    let phases = &session.river.phases;
    if rv.focus.is_some_and(|f| phases.iter().all(|p| p.id != f)) {
        rv.focus = None;
    }
    if let Some(RiverEditing::Note(id)) = rv.editing
        && session.river.notes.iter().all(|n| n.id != id)
    {
        rv.editing = None;
    }
    let mut chosen_writer = writer;
    let narrow = view.narrow;
    if !view.projector {
        egui::Panel::top("river-top").show(ui, |ui| {
            crate::ui::bar_ui(ui, |ui| top_bar_ui(ui, session, rv, narrow));
            ui.horizontal(|ui| crate::ui::widgets::writer_ui(ui, session, &mut chosen_writer));
            ui.add_space(4.0);
        });
    }
    view.writer = chosen_writer;
    let writer = chosen_writer;
    let rv = &mut view.river;
    egui::CentralPanel::default().show(ui, |ui| {
        let area = ui.max_rect();
        // The river takes the keyboard like a widget: 1 to 6 show a phase, arrows step.
        let focus_id = ui.make_persistent_id("river-focus");
        let focus = ui.interact(area, focus_id, Sense::focusable_noninteractive());
        focus
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Pane, true, words::RIVER_SPOKEN));
        let nothing_focused = ui.memory(|m| m.focused().is_none());
        if (focus.has_focus() || nothing_focused) && rv.editing.is_none() {
            keys_ui(ui, session, rv);
        }
        if rv.outline {
            outline::outline_ui(ui, session, writer, actions);
            return;
        }
        rv.drag.clear_places();
        crate::ui::scrolled(egui::ScrollArea::both(), ui, |ui| {
            match rv.focus.and_then(|f| phases.iter().find(|p| p.id == f)) {
                Some(phase) => phase_large_ui(ui, session, rv, phase, writer, actions),
                None => whole_river_ui(ui, session, rv, writer, actions),
            }
        });
        drop_ui(ui, session, rv, actions);
    });
}

/// The whole river alone, as a picture shows it.
pub fn picture_ui(ui: &mut Ui, session: &Session, view: &mut ViewState) {
    ui.heading(words::HEADING);
    let rv = &mut view.river;
    rv.picture = true;
    match rv
        .focus
        .and_then(|f| session.river.phases.iter().find(|p| p.id == f))
    {
        Some(phase) => phase_large_ui(ui, session, rv, phase, None, &mut Vec::new()),
        None => whole_river_ui(ui, session, rv, None, &mut Vec::new()),
    }
}

/// The river's heading and buttons; in a narrow window without the hint, which the F1 sheet
/// and the river's spoken name also give.
fn top_bar_ui(ui: &mut Ui, session: &Session, rv: &mut RiverView, narrow: bool) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading(words::HEADING);
        let phases = &session.river.phases;
        if let Some(index) = rv.focus.and_then(|f| phases.iter().position(|p| p.id == f)) {
            if ui.button(words::SHOW_WHOLE).clicked() {
                rv.focus = None;
            }
            if ui
                .add_enabled(index > 0, egui::Button::new(words::PREVIOUS_PHASE))
                .clicked()
            {
                rv.focus = Some(phases[index - 1].id);
            }
            if ui
                .add_enabled(
                    index + 1 < phases.len(),
                    egui::Button::new(words::NEXT_PHASE),
                )
                .clicked()
            {
                rv.focus = Some(phases[index + 1].id);
            }
        }
        let toggle = if rv.outline {
            words::SHOW_RIVER
        } else {
            common::SHOW_LIST
        };
        if ui.button(toggle).clicked() {
            rv.outline = !rv.outline;
        }
    });
    if !narrow {
        ui.label(words::HOW_TO_LOOK);
    }
    ui.add_space(4.0);
}

fn keys_ui(ui: &Ui, session: &Session, rv: &mut RiverView) {
    let phases = &session.river.phases;
    // 1 shows the first phase: the digits from 1 on.
    for (i, key) in crate::ui::DIGIT_KEYS[1..].iter().copied().enumerate() {
        if let Some(phase) = phases.get(i)
            && ui.input_mut(|inp| inp.consume_key(Modifiers::NONE, key))
        {
            rv.focus = Some(phase.id);
        }
    }
    let Some(index) = rv.focus.and_then(|f| phases.iter().position(|p| p.id == f)) else {
        return;
    };
    if index > 0 && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowLeft)) {
        rv.focus = Some(phases[index - 1].id);
    }
    if index + 1 < phases.len() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::ArrowRight))
    {
        rv.focus = Some(phases[index + 1].id);
    }
    if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
        rv.focus = None;
    }
}

/// The river from its source to the ocean, with every phase in a column below it.
fn whole_river_ui(
    ui: &mut Ui,
    session: &Session,
    rv: &mut RiverView,
    writer: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let phases = &session.river.phases;
    if phases.is_empty() {
        ui.label(words::NO_PHASES);
        return;
    }
    let width = ui.available_width();
    let (river, _) = ui.allocate_exact_size(vec2(width, tokens::RIVER_HEIGHT), Sense::hover());
    paint_river(ui, river, phases.len());
    let column = width / phases.len() as f32;
    for (i, phase) in phases.iter().enumerate() {
        let centre = pos2(river.min.x + column * (i as f32 + 0.5), river.max.y - 16.0);
        let rect = Rect::from_center_size(centre, vec2(column - 8.0, 30.0));
        let answers = session
            .river
            .notes
            .iter()
            .filter(|n| n.phase == phase.id)
            .count();
        let response = ui.put(
            rect,
            egui::Button::new(RichText::new(words::phase_button(i + 1, &phase.name)).strong()),
        );
        let response = response.accessible_name(words::phase_button_spoken(
            i + 1,
            &phase.name,
            phase.statements.len(),
            answers,
        ));
        if response.clicked() {
            rv.focus = Some(phase.id);
        }
    }
    ui.add_space(tokens::SECTION_GAP / 2.0);
    ui.columns(phases.len(), |columns| {
        for (phase, ui) in phases.iter().zip(columns.iter_mut()) {
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                for statement in &phase.statements {
                    ui.label(&statement.text);
                }
                ui.add_space(tokens::SECTION_GAP / 2.0);
                for question in Question::ALL {
                    ui.label(RichText::new(question.short()).small().strong())
                        .on_hover_text(question.text());
                    cell_ui(
                        ui,
                        session,
                        rv,
                        phase,
                        question,
                        tokens::RIVER_NOTE_HEIGHT.0,
                        writer,
                        actions,
                    );
                }
            });
        }
    });
}

/// The river itself: water widening from a spring on the left to the sea on the right,
/// winding gently, with a mark where each phase begins.
fn paint_river(ui: &Ui, rect: Rect, phases: usize) {
    let painter = ui.painter();
    let top = rect.min.y + 8.0;
    let band = rect.height() - 48.0;
    let steps = 80;
    let point = |t: f32| {
        let x = rect.min.x + t * rect.width();
        let y =
            top + band / 2.0 + (t * std::f32::consts::TAU * 1.5).sin() * band * 0.22 * (1.0 - t);
        let half = 4.0 + t * t * band * 0.45;
        (x, y, half)
    };
    // One mesh for the whole river, so no seams show between its pieces.
    let mut water = egui::Mesh::default();
    for s in 0..=steps {
        let (x, y, half) = point(s as f32 / steps as f32);
        water.colored_vertex(pos2(x, y - half), tokens::RIVER_WATER);
        water.colored_vertex(pos2(x, y + half), tokens::RIVER_WATER);
        if s > 0 {
            let i = 2 * s as u32;
            water.add_triangle(i - 2, i - 1, i);
            water.add_triangle(i - 1, i + 1, i);
        }
    }
    painter.add(water);
    for i in 1..phases {
        let (x, y, h) = point(i as f32 / phases as f32);
        painter.line_segment(
            [pos2(x, y - h - 6.0), pos2(x, y + h + 6.0)],
            Stroke::new(2.0, ui.visuals().weak_text_color()),
        );
    }
    painter.text(
        pos2(rect.min.x + 4.0, top),
        Align2::LEFT_TOP,
        words::SOURCE,
        FontId::proportional(13.0),
        ui.visuals().weak_text_color(),
    );
    // On the water itself, in dark ink, so it reads in every look.
    let (x, y, _) = point(1.0);
    painter.text(
        pos2(x - 8.0, y),
        Align2::RIGHT_CENTER,
        words::OCEAN,
        FontId::proportional(15.0),
        tokens::NOTE_TEXT,
    );
}

/// One phase, large enough for a projector: its statements and its five questions.
fn phase_large_ui(
    ui: &mut Ui,
    session: &Session,
    rv: &mut RiverView,
    phase: &Phase,
    writer: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let index = session
        .river
        .phases
        .iter()
        .position(|p| p.id == phase.id)
        .unwrap_or(0);
    ui.horizontal(|ui| {
        ui.label(RichText::new(words::phase(index + 1)).size(28.0));
        let spoken = words::name_of_phase(index + 1);
        crate::ui::widgets::text_field(
            ui,
            "",
            Some(&spoken),
            TextField::PhaseName(phase.id),
            &phase.name,
            false,
            actions,
        );
    });
    ui.label(RichText::new(words::AT_THIS_STAGE).strong());
    ui.spacing_mut().text_edit_width = tokens::READING_WIDTH;
    for (i, statement) in phase.statements.iter().enumerate() {
        ui.horizontal(|ui| {
            let spoken = words::statement_of(i + 1, &phase.name);
            crate::ui::widgets::text_field(
                ui,
                "",
                Some(&spoken),
                TextField::StatementText(phase.id, statement.id),
                &statement.text,
                false,
                actions,
            );
            let move_to = |index| {
                Action::Edit(Command::River(RiverCommand::MoveStatement {
                    phase: phase.id,
                    statement: statement.id,
                    index,
                }))
            };
            if ui
                .add_enabled(i > 0, egui::Button::new(common::UP))
                .accessible_name(words::move_statement_up(i + 1))
                .clicked()
            {
                actions.push(move_to(i - 1));
            }
            if ui
                .add_enabled(
                    i + 1 < phase.statements.len(),
                    egui::Button::new(common::DOWN),
                )
                .accessible_name(words::move_statement_down(i + 1))
                .clicked()
            {
                actions.push(move_to(i + 1));
            }
            if ui
                .button(common::REMOVE)
                .accessible_name(words::remove_statement(i + 1))
                .clicked()
            {
                actions.push(Action::Edit(Command::River(
                    RiverCommand::RemoveStatement {
                        phase: phase.id,
                        statement: statement.id,
                    },
                )));
            }
        });
    }
    if ui.button(words::ADD_STATEMENT).clicked() {
        actions.push(Action::Edit(Command::River(RiverCommand::AddStatement {
            phase: phase.id,
            text: words::NEW_STATEMENT.to_owned(),
        })));
    }
    ui.add_space(tokens::SECTION_GAP);
    ui.columns(Question::ALL.len(), |columns| {
        for (question, ui) in Question::ALL.into_iter().zip(columns.iter_mut()) {
            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                ui.label(RichText::new(question.text()).strong().size(18.0));
                cell_ui(
                    ui,
                    session,
                    rv,
                    phase,
                    question,
                    tokens::RIVER_NOTE_HEIGHT.1,
                    writer,
                    actions,
                );
            });
        }
    });
}

/// The answers at one phase under one question, and a button to add one.
#[allow(clippy::too_many_arguments, reason = "one cell's worth of drawing")]
fn cell_ui(
    ui: &mut Ui,
    session: &Session,
    rv: &mut RiverView,
    phase: &Phase,
    question: Question,
    note_height: f32,
    writer: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let top = ui.cursor().min;
    let width = ui.available_width();
    for note in session
        .river
        .notes
        .iter()
        .filter(|n| n.phase == phase.id && n.question == question)
    {
        let (rect, _) = ui.allocate_exact_size(vec2(width, note_height), Sense::hover());
        if rv.editing == Some(RiverEditing::Note(note.id)) {
            editor_ui(
                ui,
                session,
                rv,
                rect,
                Some(note),
                phase.id,
                question,
                writer,
                actions,
            );
        } else {
            note_ui(ui, session, rv, rect, note, phase, actions);
        }
    }
    if rv.editing
        == Some(RiverEditing::Draft {
            phase: phase.id,
            question,
        })
    {
        let (rect, _) = ui.allocate_exact_size(vec2(width, note_height), Sense::hover());
        editor_ui(
            ui, session, rv, rect, None, phase.id, question, writer, actions,
        );
    }
    if rv.picture {
        let cell = Rect::from_min_max(top, pos2(top.x + width, ui.cursor().min.y));
        rv.drag.place((phase.id, question), cell);
        return;
    }
    let add = ui
        .add(egui::Button::new(words::ADD_ANSWER).min_size(vec2(120.0, tokens::MIN_TARGET)))
        .accessible_name(words::add_answer_spoken(question.text(), &phase.name));
    if add.clicked() {
        rv.editing = Some(RiverEditing::Draft {
            phase: phase.id,
            question,
        });
        rv.focus_editor = true;
    }
    ui.add_space(6.0);
    let cell = Rect::from_min_max(top, pos2(top.x + width, ui.cursor().min.y));
    rv.drag.place((phase.id, question), cell);
}

/// An answer, drawn as a sticky note like the word board's. Click selects, double-click or
/// Enter edits, Delete removes, drag moves it to another cell.
fn note_ui(
    ui: &mut Ui,
    session: &Session,
    rv: &mut RiverView,
    rect: Rect,
    note: &RiverNote,
    phase: &Phase,
    actions: &mut Vec<Action>,
) {
    let id = egui::Id::unique(("river-note", note.id.raw()));
    let response = ui.interact(rect, id, Sense::click_and_drag());
    let author = note.author.and_then(|a| session.participant(a));
    let look = NoteLook {
        text: &note.text,
        colour: note.colour,
        author: author.map(|p| (p.colour, p.symbol, p.name.as_str())),
        face_down: false,
        votes: None,
        matches: 0,
        outline: if rv.selected == Some(note.id) || response.has_focus() {
            Outline::Selected
        } else {
            Outline::None
        },
    };
    let key = (note.id, rect.width() as u32, rect.height() as u32);
    let mut fitted = rv.fitted.1.get(&key).copied();
    paint_note(ui.painter(), rect, &look, Detail::Full, &mut fitted);
    if let Some(size) = fitted {
        rv.fitted.1.insert(key, size);
    }
    let who = author.map_or_else(|| common::ANONYMOUS.to_owned(), |p| words::by(&p.name));
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            words::answer_spoken(&note.text, &phase.name, note.question.text(), &who),
        )
    });
    if response.clicked() || response.gained_focus() {
        rv.selected = Some(note.id);
        response.request_focus();
    }
    if response.double_clicked() {
        rv.editing = Some(RiverEditing::Note(note.id));
        rv.focus_editor = true;
    }
    if response.drag_started() {
        rv.drag.start(note.id);
    }
    if response.has_focus() {
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Enter)) {
            rv.editing = Some(RiverEditing::Note(note.id));
            rv.focus_editor = true;
        }
        if ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Delete)) {
            actions.push(Action::Edit(Command::River(RiverCommand::RemoveNote(
                note.id,
            ))));
        }
    }
}

/// The shared note editor, for an answer or a new one.
#[allow(clippy::too_many_arguments, reason = "what the editor needs to know")]
fn editor_ui(
    ui: &mut Ui,
    session: &Session,
    rv: &mut RiverView,
    rect: Rect,
    note: Option<&RiverNote>,
    phase: PhaseId,
    question: Question,
    writer: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let author = note.map_or(writer, |n| n.author);
    let colour = note.map_or_else(|| session.note_colour_for(writer), |n| n.colour);
    let (max_chars, draft) = match note {
        Some(note) => {
            let field = TextField::RiverNoteText(note.id);
            let remove = Command::River(RiverCommand::RemoveNote(note.id));
            let text = note.text.clone();
            (
                field.max_chars(),
                Draft::Existing {
                    field,
                    text,
                    remove,
                },
            )
        }
        None => {
            let make = move |text| {
                Command::River(RiverCommand::AddNote {
                    phase,
                    question,
                    text,
                    author,
                    colour,
                })
            };
            (NOTE_MAX_CHARS, Draft::New(make))
        }
    };
    let editor = NoteEditor {
        id: ui.make_persistent_id("river-note-editor"),
        rect,
        colour,
        max_chars,
        spoken: words::answer_editor_spoken(&author_name(session, author)),
    };
    if write_note_ui(ui, &editor, draft, &mut rv.focus_editor, actions) {
        rv.editing = None;
    }
}

/// An answer let go over a cell moves there.
fn drop_ui(ui: &Ui, session: &Session, rv: &mut RiverView, actions: &mut Vec<Action>) {
    let ghost = |painter: &egui::Painter, pos: Pos2, _| {
        painter.rect_filled(
            Rect::from_center_size(pos, vec2(60.0, 36.0)),
            4.0,
            tokens::note_fill(Colour::Yellow).gamma_multiply(0.8),
        );
    };
    let Some((note, Some((phase, question)))) = rv.drag.drop_ui(ui, ghost) else {
        return;
    };
    let moved = |phase: PhaseId, question: Question| {
        session
            .river
            .notes
            .iter()
            .any(|n| n.id == note && (n.phase, n.question) != (phase, question))
    };
    if moved(phase, question) {
        actions.push(Action::Edit(Command::River(RiverCommand::MoveNote {
            note,
            phase,
            question,
        })));
    }
}
