//! The word board's keys: writing, pasting, selecting, moving, theming and voting on the
//! selected notes without a mouse.

use egui::{Key, Modifiers, Ui, vec2};

use super::BoardView;
use super::canvas::place_selection;
use crate::edit::Command;
use crate::model::{Board, NoteId, Session, VoteTarget};
use crate::ui::{Action, tokens};

/// Keys while the board (or a note on it) has the keyboard.
pub(super) fn keys_ui(
    ui: &Ui,
    session: &Session,
    board: &Board,
    bv: &mut BoardView,
    (writer, voter): (
        Option<crate::model::ParticipantId>,
        Option<crate::model::ParticipantId>,
    ),
    actions: &mut Vec<Action>,
) {
    let pressed = |key: Key| ui.input_mut(|i| i.consume_key(Modifiers::NONE, key));
    let shift_pressed = |key: Key| ui.input_mut(|i| i.consume_key(Modifiers::SHIFT, key));
    if pressed(Key::N) {
        bv.start_draft_in_free_spot(board);
        return;
    }
    // Pasting a list (say, from a poll) makes a note of each line.
    let pasted = ui.input(|i| {
        i.events.iter().find_map(|e| match e {
            egui::Event::Paste(text) => Some(text.clone()),
            _ => None,
        })
    });
    if let Some(text) = pasted {
        let words = crate::edit::import::words_from_text(&text);
        if !words.is_empty() {
            actions.push(Action::Edit(crate::edit::import::notes_for_words(
                session, board, words, writer,
            )));
        }
    }
    let selected: Vec<NoteId> = bv.selection.iter().copied().collect();
    if pressed(Key::Escape) {
        bv.selection.clear();
        bv.theme = None;
    }
    if ui.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::A)) {
        bv.selection = board.notes.iter().map(|n| n.id).collect();
    }
    if selected.is_empty() {
        return;
    }
    if pressed(Key::Enter)
        && let [only] = selected[..]
        && board.note(only).is_some_and(|n| !n.hidden)
    {
        bv.start_editing(only);
        return;
    }
    if pressed(Key::Delete) || pressed(Key::Backspace) {
        actions.push(Action::Edit(Command::RemoveNotes {
            board: board.id,
            notes: selected,
        }));
        bv.selection.clear();
        return;
    }
    let arrows = [
        (Key::ArrowLeft, vec2(-1.0, 0.0)),
        (Key::ArrowRight, vec2(1.0, 0.0)),
        (Key::ArrowUp, vec2(0.0, -1.0)),
        (Key::ArrowDown, vec2(0.0, 1.0)),
    ];
    // Shift first: a plain key press would also match Shift and the key.
    for (key, direction) in arrows {
        if shift_pressed(key) {
            actions.push(Action::Edit(place_selection(
                board,
                bv,
                direction * tokens::NUDGE.1,
                false,
            )));
        } else if pressed(key) {
            actions.push(Action::Edit(place_selection(
                board,
                bv,
                direction * tokens::NUDGE.0,
                false,
            )));
        }
    }
    // 1 to 9 put the selected notes into that theme; 0 takes them out of their themes.
    for (n, key) in crate::ui::DIGIT_KEYS.into_iter().enumerate() {
        if !pressed(key) {
            continue;
        }
        let theme = match n {
            0 => None,
            n => match board.themes.get(n - 1) {
                Some(t) => Some(t.id),
                None => continue,
            },
        };
        actions.push(Action::Edit(Command::AssignToTheme {
            board: board.id,
            notes: selected.clone(),
            theme,
        }));
    }
    if let Some(voter) = voter
        && let [only] = selected[..]
    {
        let vote = crate::model::Vote {
            voter,
            target: VoteTarget::Note(only),
        };
        if shift_pressed(Key::V) {
            actions.push(Action::Edit(Command::RemoveVote {
                board: board.id,
                vote,
            }));
        } else if pressed(Key::V) {
            actions.push(Action::Edit(Command::AddVote {
                board: board.id,
                vote,
            }));
        }
    }
}
