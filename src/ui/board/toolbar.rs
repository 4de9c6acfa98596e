//! The rows above the board: its topic, adding notes, the view, writing rounds, grouping
//! similar words, each person's count, and the find bar.

use crate::edit::BoardCommand;
use egui::{Key, RichText, Ui};

use super::Find;
use crate::edit::{Command, TextField};
use crate::model::{Board, BoardSettings, Session};
use crate::text::board as words;
use crate::ui::menu::FIND;
use crate::ui::widgets::{person_badge, text_field};
use crate::ui::{Action, ViewState, bidi, tokens};

pub(super) fn toolbar_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    state: u64,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        text_field(
            ui,
            words::TOPIC,
            None,
            TextField::BoardTopic(board.id),
            &board.topic,
            false,
            actions,
        );
        let bv = view.boards.entry(board.id).or_default();
        if ui
            .button(words::ADD_NOTE)
            .on_hover_text(words::ADD_NOTE_HINT)
            .clicked()
        {
            view.outline = false;
            bv.start_draft_in_free_spot(board);
        }
        if ui
            .add_enabled(!view.outline, egui::Button::new(words::FIT_ALL))
            .on_hover_text(words::FIT_ALL_HINT)
            .clicked()
        {
            bv.fit_all(board);
        }
        let label = if view.outline {
            words::SHOW_CANVAS
        } else {
            crate::text::app::SHOW_LIST
        };
        if ui.button(label).clicked() {
            view.outline = !view.outline;
        }
        if ui
            .button(words::FIND_BUTTON)
            .on_hover_text(ui.ctx().format_shortcut(&FIND))
            .clicked()
        {
            open_find(view);
        }
    });
    ui.horizontal_wrapped(|ui| {
        crate::ui::widgets::writer_ui(ui, session, &mut view.writer);
        settings_ui(ui, board, actions);
        let hidden = board.notes.iter().filter(|n| n.hidden).count();
        if board.settings.private_round || hidden > 0 {
            if ui
                .button(words::reveal_all(hidden))
                .on_hover_text(words::REVEAL_HINT)
                .clicked()
            {
                actions.push(Action::Edit(Command::Board(BoardCommand::Reveal {
                    board: board.id,
                })));
            }
        } else if ui
            .button(words::START_PRIVATE)
            .on_hover_text(words::START_PRIVATE_HINT)
            .clicked()
        {
            actions.push(Action::Edit(Command::Board(
                BoardCommand::SetBoardSettings {
                    board: board.id,
                    settings: BoardSettings {
                        private_round: true,
                        ..board.settings
                    },
                },
            )));
        }
        let bv = view.boards.entry(board.id).or_default();
        let sets = bv.derived(board, state).loose_sets;
        if ui
            .add_enabled(sets > 0, egui::Button::new(words::group_similar(sets)))
            .on_hover_text(words::GROUP_SIMILAR_HINT)
            .clicked()
        {
            actions.push(Action::Edit(Command::Board(BoardCommand::GroupSimilar {
                board: board.id,
            })));
        }
    });
    if board.settings.private_round {
        ui.label(RichText::new(words::PRIVATE_ROUND_ON).color(tokens::warning_text(ui)));
    }
    let derived = view
        .boards
        .entry(board.id)
        .or_default()
        .derived(board, state);
    counts_ui(ui, session, board, &derived);
    find_ui(ui, board, view);
    ui.add_space(4.0);
}

fn settings_ui(ui: &mut Ui, board: &Board, actions: &mut Vec<Action>) {
    super::setting_ui(
        ui,
        board,
        words::WORDS_EACH,
        words::WORDS_EACH_SPOKEN,
        crate::model::WORDS_PER_PERSON,
        |s| s.words_per_person,
        |s, v| s.words_per_person = v,
        actions,
    );
}

/// Each person's notes on this board against the number asked for.
fn counts_ui(ui: &mut Ui, session: &Session, board: &Board, derived: &super::Derived) {
    if session.participants.is_empty() {
        return;
    }
    let target = board.settings.words_per_person as usize;
    ui.horizontal_wrapped(|ui| {
        // Counted once per change (`Derived`), not per frame. Each badge and its count stay
        // together on one line when the row wraps.
        for p in &session.participants {
            let count = derived.written.get(&Some(p.id)).copied().unwrap_or(0);
            let done = count >= target;
            let sentence = |name: &str| {
                let text = words::written(name, count, target);
                if done {
                    words::written_done(&text)
                } else {
                    text
                }
            };
            ui.horizontal(|ui| {
                person_badge(ui, p.colour, p.symbol, tokens::WRITTEN_BADGE_SIZE);
                // An English sentence with a name inside: it runs left to right whatever
                // the name's script, so "2 of 5" stays in its place.
                let shown = sentence(&bidi::isolate(&p.name));
                bidi::label(
                    ui,
                    &shown,
                    &sentence(&p.name),
                    bidi::Base::LeftToRight,
                    done,
                );
            });
        }
        let anonymous = derived.written.get(&None).copied().unwrap_or(0);
        if anonymous > 0 {
            ui.add(egui::Label::new(words::written_anonymously(anonymous)).extend());
        }
    });
}

fn open_find(view: &mut ViewState) {
    let find = view.find.get_or_insert_with(Find::default);
    find.focus = true;
}

/// Ctrl+F opens the find bar; the bar steps through matching notes, selecting each and
/// bringing it into view.
fn find_ui(ui: &mut Ui, board: &Board, view: &mut ViewState) {
    if ui.input_mut(|i| i.consume_shortcut(&FIND)) {
        open_find(view);
    }
    let Some(find) = &mut view.find else { return };
    // How far to move through the matches: 0 for the first, then +1 or -1.
    let mut step: Option<isize> = None;
    let mut close = false;
    ui.horizontal(|ui| {
        ui.label(words::FIND);
        let response = ui
            .add(egui::TextEdit::singleline(&mut find.query).desired_width(tokens::FIELD_WIDTH))
            .accessible_name(words::FIND_SPOKEN);
        if find.focus {
            response.request_focus();
            find.focus = false;
        }
        if response.changed() {
            find.current = 0;
            step = Some(0);
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            step = Some(if ui.input(|i| i.modifiers.shift) {
                -1
            } else {
                1
            });
            response.request_focus();
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
            close = true;
        }
        let found = find.matches(board).len();
        ui.label(match found {
            0 if find.query.trim().is_empty() => String::new(),
            0 => words::NO_MATCHES.to_owned(),
            n => words::match_of(find.current.min(n - 1) + 1, n),
        });
        if ui
            .add_enabled(found > 0, egui::Button::new(words::PREVIOUS))
            .clicked()
        {
            step = Some(-1);
        }
        if ui
            .add_enabled(found > 0, egui::Button::new(words::NEXT))
            .clicked()
        {
            step = Some(1);
        }
        if ui.button(words::CLOSE_FIND).clicked() {
            close = true;
        }
    });
    let matches = find.matches(board);
    if let Some(step) = step
        && !matches.is_empty()
    {
        let n = matches.len();
        find.current = match step {
            0 => find.current.min(n - 1),
            1.. => (find.current + 1) % n,
            _ => (find.current + n - 1) % n,
        };
        let note = matches[find.current];
        let bv = view.boards.entry(board.id).or_default();
        bv.selection = [note].into();
        bv.centre_on(board, note);
    }
    if close {
        view.find = None;
    }
}
