//! The menu bar, the tab strip and the keyboard shortcuts they share.

use std::path::PathBuf;

use egui::{Button, Key, KeyboardShortcut, Modifiers, Ui};

use super::timer::TimerAction;
use super::{Action, Tab, TextSize, ViewState};
use crate::text::menu as words;
use crate::text::room;

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

pub const NEW: KeyboardShortcut = ctrl(Key::N);
pub const OPEN: KeyboardShortcut = ctrl(Key::O);
pub const SAVE: KeyboardShortcut = ctrl(Key::S);
pub const SAVE_AS: KeyboardShortcut = ctrl_shift(Key::S);
pub const UNDO: KeyboardShortcut = ctrl(Key::Z);
pub const REDO: KeyboardShortcut = ctrl_shift(Key::Z);
pub const REDO_ALT: KeyboardShortcut = ctrl(Key::Y);
pub const QUIT: KeyboardShortcut = ctrl(Key::Q);
pub const TEXT_LARGER: KeyboardShortcut = ctrl(Key::Plus);
pub const TEXT_LARGER_ALT: KeyboardShortcut = ctrl(Key::Equals);
pub const TEXT_SMALLER: KeyboardShortcut = ctrl(Key::Minus);
pub const TEXT_NORMAL: KeyboardShortcut = ctrl(Key::Num0);
pub const PROJECTOR: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F11);
pub const TIMER: KeyboardShortcut = ctrl(Key::T);
pub const SHORTCUTS_SHEET: KeyboardShortcut = KeyboardShortcut::new(Modifiers::NONE, Key::F1);
/// Invite the room to take part from their own phones (#15).
pub const INVITE: KeyboardShortcut = ctrl(Key::I);
const TAB_KEYS: [Key; 4] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4];

// On the word board.

pub const FIND: KeyboardShortcut = ctrl(Key::F);
pub const SELECT_ALL: KeyboardShortcut = ctrl(Key::A);

/// When a shortcut works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Always,
    /// Not while a text field has the keyboard: it has its own undo and redo.
    NotTyping,
    /// Only while a session is open.
    WithSession,
    /// The app answers it itself, ahead of the views (it toggles, and ? does it too).
    ByTheApp,
}

/// A shortcut that works everywhere in the app: its keys, what it does in words, and the
/// action it asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct AppShortcut {
    pub keys: KeyboardShortcut,
    pub what: String,
    pub action: Action,
    when: When,
}

/// Every shortcut that works everywhere, in the order the shortcuts sheet lists them.
/// [`shortcut_actions`] answers exactly these and the sheet shows exactly these, so the
/// two can't drift apart; the menus show the same constants beside their items.
#[must_use]
pub fn app_shortcuts() -> Vec<AppShortcut> {
    use crate::text::help as sheet;
    let entry = |keys, what: &str, action, when| AppShortcut {
        keys,
        what: what.to_owned(),
        action,
        when,
    };
    let mut all = vec![
        entry(NEW, words::NEW_SESSION, Action::New, When::Always),
        entry(OPEN, sheet::OPEN, Action::Open, When::Always),
        entry(SAVE, words::SAVE, Action::Save, When::Always),
        entry(SAVE_AS, sheet::SAVE_AS, Action::SaveAs, When::Always),
        entry(UNDO, words::UNDO, Action::Undo, When::NotTyping),
        entry(REDO, words::REDO, Action::Redo, When::NotTyping),
        entry(REDO_ALT, words::REDO, Action::Redo, When::NotTyping),
    ];
    all.extend(Tab::ALL.into_iter().map(|tab| AppShortcut {
        keys: tab_shortcut(tab),
        what: sheet::show(tab.label()),
        action: Action::ShowTab(tab),
        when: When::WithSession,
    }));
    all.extend([
        entry(QUIT, sheet::QUIT, Action::Quit, When::Always),
        entry(
            TEXT_LARGER,
            sheet::TEXT_LARGER,
            Action::TextSize(TextSize::Larger),
            When::Always,
        ),
        entry(
            TEXT_LARGER_ALT,
            sheet::TEXT_LARGER,
            Action::TextSize(TextSize::Larger),
            When::Always,
        ),
        entry(
            TEXT_SMALLER,
            sheet::TEXT_SMALLER,
            Action::TextSize(TextSize::Smaller),
            When::Always,
        ),
        entry(
            TEXT_NORMAL,
            sheet::TEXT_NORMAL,
            Action::TextSize(TextSize::Normal),
            When::Always,
        ),
        entry(
            PROJECTOR,
            sheet::PROJECTOR,
            Action::Projector(true),
            When::WithSession,
        ),
        entry(
            TIMER,
            sheet::TIMER,
            Action::Timer(TimerAction::Show),
            When::Always,
        ),
        entry(
            INVITE,
            sheet::INVITE,
            Action::Invite(super::invite::InviteAction::Show),
            When::WithSession,
        ),
        entry(
            SHORTCUTS_SHEET,
            sheet::SHEET,
            Action::ShowShortcuts,
            When::ByTheApp,
        ),
    ]);
    all
}

/// The shortcuts that work on the word board, with what they do.
pub const BOARD_SHORTCUTS: [(KeyboardShortcut, &str); 2] = [
    (SELECT_ALL, crate::text::help::SELECT_ALL),
    (FIND, crate::text::help::FIND),
];

/// The shortcut that shows a tab.
#[must_use]
pub fn tab_shortcut(tab: Tab) -> KeyboardShortcut {
    let index = Tab::ALL.iter().position(|t| *t == tab).unwrap_or(0);
    ctrl(TAB_KEYS[index])
}

/// Turns this frame's shortcut key presses into actions. `text_has_focus` leaves undo and
/// redo to the text field being typed in; `has_session` leaves out what needs a session.
#[must_use]
pub fn shortcut_actions(
    ctx: &egui::Context,
    text_has_focus: bool,
    has_session: bool,
) -> Vec<Action> {
    // Most frames have no key pressed: then nothing is built or searched.
    let pressed = ctx.input(|i| {
        i.events
            .iter()
            .any(|e| matches!(e, egui::Event::Key { pressed: true, .. }))
    });
    if !pressed {
        return Vec::new();
    }
    let mut shortcuts = app_shortcuts();
    shortcuts.retain(|s| match s.when {
        When::Always => true,
        When::NotTyping => !text_has_focus,
        When::WithSession => has_session,
        When::ByTheApp => false,
    });
    // The more specific shortcut first: Ctrl+S also matches Ctrl+Shift+S.
    shortcuts.sort_by_key(|s| !s.keys.modifiers.shift);
    let mut actions: Vec<Action> = Vec::new();
    ctx.input_mut(|input| {
        for s in shortcuts {
            if input.consume_shortcut(&s.keys) && !actions.contains(&s.action) {
                actions.push(s.action);
            }
        }
    });
    actions
}

/// What the menus need to know about the open session.
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent switches, each shown as its own menu item or mode"
)]
pub struct MenuContext<'a> {
    pub has_session: bool,
    pub can_undo: bool,
    pub can_redo: bool,
    pub recent: &'a [PathBuf],
    pub look: crate::ui::tokens::Look,
    pub text_size: u16,
    pub reduce_motion: bool,
    pub timer_shown: bool,
}

/// The File and Edit menus.
pub fn menu_bar_ui(ui: &mut Ui, menu: &MenuContext<'_>, actions: &mut Vec<Action>) {
    let item = |ui: &mut Ui, label: &str, shortcut: Option<KeyboardShortcut>, enabled: bool| {
        let mut button = Button::new(label);
        if let Some(shortcut) = shortcut {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add_enabled(enabled, button).clicked()
    };
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(words::FILE, |ui| {
            if item(ui, words::NEW_SESSION, Some(NEW), true) {
                actions.push(Action::New);
            }
            if item(ui, words::OPEN, Some(OPEN), true) {
                actions.push(Action::Open);
            }
            ui.add_enabled_ui(!menu.recent.is_empty(), |ui| {
                ui.menu_button(words::OPEN_RECENT, |ui| {
                    for path in menu.recent {
                        if ui
                            .button(display_name(path))
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            actions.push(Action::OpenPath(path.clone()));
                        }
                    }
                });
            });
            if item(ui, words::OPEN_EXAMPLE, None, true) {
                actions.push(Action::OpenExample);
            }
            ui.separator();
            if item(ui, words::SAVE, Some(SAVE), menu.has_session) {
                actions.push(Action::Save);
            }
            if item(ui, words::SAVE_AS, Some(SAVE_AS), menu.has_session) {
                actions.push(Action::SaveAs);
            }
            ui.separator();
            if item(ui, words::IMPORT_WORDS, None, menu.has_session) {
                actions.push(Action::ImportWords);
            }
            ui.separator();
            if item(ui, words::QUIT, Some(QUIT), true) {
                actions.push(Action::Quit);
            }
        });
        ui.menu_button(words::EDIT, |ui| {
            if item(ui, words::UNDO, Some(UNDO), menu.can_undo) {
                actions.push(Action::Undo);
            }
            if item(ui, words::REDO, Some(REDO), menu.can_redo) {
                actions.push(Action::Redo);
            }
        });
        ui.menu_button(words::SHARE, |ui| {
            use crate::export::Names;
            use crate::ui::Export;
            let has = menu.has_session;
            let items = [
                (words::SUMMARY, Export::Summary(Names::Show)),
                (words::SUMMARY_NO_NAMES, Export::Summary(Names::Hide)),
                (words::MEETING_SUMMARY, Export::MeetingSummary(Names::Show)),
                (words::SPREADSHEET, Export::Csv(Names::Show)),
                (words::SPREADSHEET_NO_NAMES, Export::Csv(Names::Hide)),
                (
                    words::PICTURE,
                    Export::Picture {
                        names: Names::Show,
                        scale: 1,
                    },
                ),
                (
                    words::LARGE_PICTURE,
                    Export::Picture {
                        names: Names::Show,
                        scale: 2,
                    },
                ),
                (
                    words::PICTURE_NO_NAMES,
                    Export::Picture {
                        names: Names::Hide,
                        scale: 1,
                    },
                ),
            ];
            for (label, export) in items {
                if item(ui, label, None, has) {
                    actions.push(Action::Export(export));
                }
            }
        });
        ui.menu_button(words::VIEW, |ui| {
            ui.label(words::LOOK);
            for look in crate::ui::tokens::Look::ALL {
                if ui.radio(menu.look == look, look.label()).clicked() {
                    actions.push(Action::SetLook(look));
                }
            }
            ui.separator();
            ui.menu_button(room::text_size_menu(menu.text_size), |ui| {
                if item(ui, room::LARGER, Some(TEXT_LARGER), true) {
                    actions.push(Action::TextSize(TextSize::Larger));
                }
                if item(ui, room::SMALLER, Some(TEXT_SMALLER), true) {
                    actions.push(Action::TextSize(TextSize::Smaller));
                }
                if item(ui, room::NORMAL_SIZE, Some(TEXT_NORMAL), true) {
                    actions.push(Action::TextSize(TextSize::Normal));
                }
                ui.separator();
                for size in crate::ui::tokens::TEXT_SIZES {
                    let label = room::percent(size);
                    if ui.radio(menu.text_size == size, label).clicked() {
                        actions.push(Action::TextSize(TextSize::Exactly(size)));
                    }
                }
            });
            let mut reduce = menu.reduce_motion;
            if ui
                .checkbox(&mut reduce, room::REDUCE_MOTION)
                .on_hover_text(room::REDUCE_MOTION_HOVER)
                .clicked()
            {
                actions.push(Action::SetReduceMotion(reduce));
            }
            ui.separator();
            if item(ui, room::PROJECTOR_MODE, Some(PROJECTOR), menu.has_session) {
                actions.push(Action::Projector(true));
            }
            if item(
                ui,
                crate::text::invite::INVITE_THE_ROOM,
                Some(INVITE),
                menu.has_session,
            ) {
                actions.push(Action::Invite(super::invite::InviteAction::Show));
            }
            let (label, timer) = if menu.timer_shown {
                (room::HIDE_TIMER, TimerAction::Hide)
            } else {
                (room::SHOW_TIMER, TimerAction::Show)
            };
            if item(ui, label, Some(TIMER), true) {
                actions.push(Action::Timer(timer));
            }
        });
        ui.menu_button(words::HELP, |ui| {
            if item(ui, words::KEYBOARD_SHORTCUTS, Some(SHORTCUTS_SHEET), true) {
                actions.push(Action::ShowShortcuts);
            }
            if item(ui, words::ABOUT, None, true) {
                actions.push(Action::ShowAbout);
            }
        });
    });
}

/// The strip of four tabs.
pub fn tabs_ui(ui: &mut Ui, view: &ViewState, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        for tab in Tab::ALL {
            let shortcut = ui.ctx().format_shortcut(&tab_shortcut(tab));
            let response = ui
                .selectable_label(view.tab == tab, tab.label())
                .on_hover_text(words::show_tab(tab.label(), &shortcut));
            if response.clicked() {
                actions.push(Action::ShowTab(tab));
            }
        }
    });
}

/// The file's name alone, as shown in menus and the window title.
#[must_use]
pub fn display_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
