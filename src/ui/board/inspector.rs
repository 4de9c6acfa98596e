//! The panel beside the board: change what is selected, vote, and see what has most votes.

use egui::{ComboBox, RichText, Ui};

use super::votes_text;
use crate::edit::{Command, TextField};
use crate::model::{
    Board, BoardSettings, Colour, Note, NoteId, Session, ThemeId, Vote, VoteTarget,
};
use crate::text::board as words;
use crate::ui::note::author_name;
use crate::ui::widgets::text_field;
use crate::ui::{Action, Then, ViewState, tokens};

pub(super) fn inspector_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    state: u64,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    let bv = view.boards.entry(board.id).or_default();
    let derived = bv.derived(board, state);
    let selected: Vec<NoteId> = bv.selection.iter().copied().collect();
    if !selected.is_empty() {
        notes_ui(ui, session, board, &selected, view.voter, actions);
    } else if let Some(theme) = bv.theme {
        theme_ui(ui, board, theme, view.voter, actions);
    } else {
        ui.label(words::SELECT_HINT);
    }
    ui.separator();
    voting_ui(ui, session, board, view, actions);
    ui.separator();
    ranking_ui(ui, board, &derived);
}

fn notes_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    selected: &[NoteId],
    voter: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let notes: Vec<_> = board
        .notes
        .iter()
        .filter(|n| selected.contains(&n.id))
        .collect();
    let Some(first) = notes.first() else { return };
    let heading = if notes.len() == 1 {
        if first.hidden {
            words::A_FACE_DOWN_NOTE.to_owned()
        } else {
            words::quoted(&first.text)
        }
    } else {
        words::notes_selected(notes.len())
    };
    ui.label(RichText::new(heading).strong());

    // Who wrote a face-down note stays hidden until the reveal, here as on the board.
    if notes.iter().all(|n| !n.hidden) {
        author_ui(ui, session, board, &notes, actions);
    }
    let mut colour = first.colour;
    ComboBox::from_label(words::COLOUR)
        .selected_text(colour.name())
        .show_ui(ui, |ui| {
            for c in Colour::ALL {
                ui.selectable_value(&mut colour, c, c.name());
            }
        });
    if colour != first.colour {
        let commands = notes
            .iter()
            .map(|n| Command::SetNoteColour {
                board: board.id,
                note: n.id,
                colour,
            })
            .collect();
        actions.push(Action::Edit(Command::Batch(commands)));
    }

    ui.add_space(tokens::SECTION_GAP / 2.0);
    ui.label(words::PUT_IN_THEME);
    for (i, theme) in board.themes.iter().enumerate() {
        let all_in = notes.iter().all(|n| n.theme == Some(theme.id));
        let label = if i < 9 {
            words::theme_key(i + 1, &theme.name)
        } else {
            theme.name.clone()
        };
        if ui.add_enabled(!all_in, egui::Button::new(label)).clicked() {
            actions.push(Action::Edit(Command::AssignToTheme {
                board: board.id,
                notes: selected.to_vec(),
                theme: Some(theme.id),
            }));
        }
    }
    if ui.button(words::NEW_THEME_FROM_NOTES).clicked() {
        actions.push(Action::Edit(Command::AddTheme {
            board: board.id,
            name: words::NEW_THEME.to_owned(),
            notes: selected.to_vec(),
        }));
    }
    if notes.iter().any(|n| n.theme.is_some()) && ui.button(words::TAKE_OUT_OF_THEME).clicked() {
        actions.push(Action::Edit(Command::AssignToTheme {
            board: board.id,
            notes: selected.to_vec(),
            theme: None,
        }));
    }
    ui.add_space(tokens::SECTION_GAP / 2.0);
    if notes.len() == 1 {
        vote_buttons_ui(ui, board, VoteTarget::Note(first.id), voter, actions);
    }
    let label = if notes.len() == 1 {
        words::DELETE_THIS_NOTE
    } else {
        words::DELETE_THESE_NOTES
    };
    if ui
        .button(label)
        .on_hover_text(words::DELETE_NOTES_HINT)
        .clicked()
    {
        actions.push(Action::Edit(Command::RemoveNotes {
            board: board.id,
            notes: selected.to_vec(),
        }));
    }
}

fn author_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    notes: &[&Note],
    actions: &mut Vec<Action>,
) {
    let Some(first) = notes.first() else { return };
    let mut author = first.author;
    ComboBox::from_label(words::WRITTEN_BY)
        .selected_text(author_name(session, author))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut author, None, crate::text::app::ANONYMOUS);
            for p in &session.participants {
                ui.selectable_value(&mut author, Some(p.id), &p.name);
            }
        });
    if author != first.author {
        let commands = notes
            .iter()
            .map(|n| Command::SetNoteAuthor {
                board: board.id,
                note: n.id,
                author,
            })
            .collect();
        actions.push(Action::Edit(Command::Batch(commands)));
    }
}

fn theme_ui(
    ui: &mut Ui,
    board: &Board,
    theme_id: ThemeId,
    voter: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let Some(theme) = board.theme(theme_id) else {
        return;
    };
    ui.label(RichText::new(words::THEME).strong());
    text_field(
        ui,
        crate::text::session::NAME,
        Some(words::THEME_NAME_SPOKEN),
        TextField::ThemeName(board.id, theme.id),
        &theme.name,
        false,
        actions,
    );
    let mut colour = theme.colour;
    ComboBox::from_label(words::THEME_COLOUR)
        .selected_text(colour.name())
        .show_ui(ui, |ui| {
            for c in Colour::ALL {
                ui.selectable_value(&mut colour, c, c.name());
            }
        });
    if colour != theme.colour {
        actions.push(Action::Edit(Command::SetThemeColour {
            board: board.id,
            theme: theme.id,
            colour,
        }));
    }
    if ui
        .button(words::TIDY)
        .on_hover_text(words::TIDY_HINT)
        .clicked()
    {
        actions.push(Action::Edit(Command::TidyTheme {
            board: board.id,
            theme: theme.id,
        }));
    }
    if ui
        .button(words::EXPLORE_THEME)
        .on_hover_text(words::EXPLORE_THEME_HINT)
        .clicked()
    {
        actions.push(Action::EditThen(
            Command::ExploreTheme {
                board: board.id,
                theme: theme.id,
            },
            Then::ShowBoard,
        ));
    }
    vote_buttons_ui(ui, board, VoteTarget::Theme(theme.id), voter, actions);
    if ui
        .button(words::DELETE_THEME)
        .on_hover_text(words::DELETE_THEME_HINT)
        .clicked()
    {
        actions.push(Action::Edit(Command::RemoveTheme {
            board: board.id,
            theme: theme.id,
        }));
    }
}

fn vote_buttons_ui(
    ui: &mut Ui,
    board: &Board,
    target: VoteTarget,
    voter: Option<crate::model::ParticipantId>,
    actions: &mut Vec<Action>,
) {
    let Some(voter) = voter else {
        ui.label(words::CHOOSE_VOTER);
        return;
    };
    let vote = Vote { voter, target };
    let mine = board.votes.iter().filter(|v| **v == vote).count();
    let left = (board.settings.votes_per_person as usize).saturating_sub(board.votes_by(voter));
    ui.horizontal(|ui| {
        if ui
            .add_enabled(left > 0, egui::Button::new(words::GIVE_VOTE))
            .on_hover_text(words::GIVE_VOTE_HINT)
            .clicked()
        {
            actions.push(Action::Edit(Command::AddVote {
                board: board.id,
                vote,
            }));
        }
        if ui
            .add_enabled(mine > 0, egui::Button::new(words::TAKE_VOTE_BACK))
            .on_hover_text(words::TAKE_VOTE_BACK_HINT)
            .clicked()
        {
            actions.push(Action::Edit(Command::RemoveVote {
                board: board.id,
                vote,
            }));
        }
    });
}

fn voting_ui(
    ui: &mut Ui,
    session: &Session,
    board: &Board,
    view: &mut ViewState,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(words::DOT_VOTING).strong());
    if session.participants.is_empty() {
        ui.label(words::VOTING_NEEDS_PEOPLE);
        return;
    }
    if view.voter.is_some_and(|v| session.participant(v).is_none()) {
        view.voter = None;
    }
    ComboBox::from_label(words::VOTING_AS)
        .selected_text(view.voter.map_or_else(
            || words::NOBODY_YET.to_owned(),
            |v| author_name(session, Some(v)),
        ))
        .show_ui(ui, |ui| {
            for p in &session.participants {
                ui.selectable_value(&mut view.voter, Some(p.id), &p.name);
            }
        });
    ui.horizontal(|ui| {
        super::setting_ui(
            ui,
            board,
            words::VOTES_EACH,
            words::VOTES_EACH_SPOKEN,
            crate::model::VOTES_PER_PERSON,
            |s| s.votes_per_person,
            |s, v| s.votes_per_person = v,
            actions,
        );
    });
    if let Some(voter) = view.voter {
        let used = board.votes_by(voter);
        let left = (board.settings.votes_per_person as usize).saturating_sub(used);
        ui.label(words::votes_left(
            &author_name(session, Some(voter)),
            left,
            board.settings.votes_per_person,
        ));
    }
    let (label, hidden) = if board.settings.votes_hidden {
        (words::SHOW_TOTALS, false)
    } else {
        (words::HIDE_TOTALS, true)
    };
    if ui.button(label).clicked() {
        actions.push(Action::Edit(Command::SetBoardSettings {
            board: board.id,
            settings: BoardSettings {
                votes_hidden: hidden,
                ..board.settings
            },
        }));
    }
}

/// The notes and themes with most votes, best first.
fn ranking_ui(ui: &mut Ui, board: &Board, derived: &super::Derived) {
    ui.label(RichText::new(words::MOST_VOTES).strong());
    if board.settings.votes_hidden {
        ui.label(words::TOTALS_HIDDEN);
        return;
    }
    // Only what has votes is looked at, not every note on the board.
    let mut ranked: Vec<(usize, String)> = derived
        .votes
        .iter()
        .filter_map(|(target, votes)| {
            let name = match *target {
                VoteTarget::Theme(t) => words::theme_ranked(&board.theme(t)?.name),
                VoteTarget::Note(n) => board.note(n).filter(|n| !n.hidden)?.text.clone(),
            };
            Some((*votes, name))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    if ranked.is_empty() {
        ui.label(words::NO_VOTES);
    }
    for (place, (votes, name)) in ranked.iter().take(8).enumerate() {
        ui.label(words::ranked(place + 1, name, &votes_text(*votes)));
    }
}
