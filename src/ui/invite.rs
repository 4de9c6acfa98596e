//! The invite screen: start and stop letting phones in, the join code and link large
//! enough for a projector, the phones that joined, and turning one away. Also the ladder's
//! "Show them all" for tokens that came from phones.

use egui::{RichText, Ui};

use super::{Action, tokens};
use crate::edit::{Command, LadderCommand};
use crate::model::Session;
use crate::room::{PhoneId, PhoneSeen};
use crate::text::invite as words;

/// What the invite screen asks the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InviteAction {
    /// Open the invite screen.
    Show,
    /// Close the screen; phones stay in.
    Close,
    Start,
    Stop,
    /// Listen on the network with this index in the list of choices.
    Choose(usize),
    TurnAway(PhoneId),
    /// Keep ladder tokens from phones hidden until shown (`true`), or show them at once.
    HideTokens(bool),
}

/// What the invite screen shows; the app fills it in.
#[derive(Debug)]
pub struct InviteScreen<'a> {
    /// The link while phones can join.
    pub link: Option<&'a str>,
    /// The join code's modules, row by row (dark is `true`), and its width.
    pub code: Option<(&'a [bool], usize)>,
    pub phones: &'a [PhoneSeen],
    /// The networks to choose from, by name.
    pub choices: &'a [String],
    pub chosen: usize,
    pub this_computer_only: bool,
    pub hide_tokens: bool,
    pub problem: Option<&'a str>,
}

/// The invite screen, as a window over the canvas. In projector mode only the code and the
/// link show: the room never sees the controls.
pub fn invite_ui(
    ctx: &egui::Context,
    screen: &InviteScreen<'_>,
    projector: bool,
    actions: &mut Vec<Action>,
) {
    if projector {
        if screen.link.is_none() {
            return;
        }
        egui::Window::new(words::HEADING)
            .id(egui::Id::unique("invite-projector"))
            .collapsible(false)
            .resizable(false)
            .title_bar(false)
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -12.0))
            .show(ctx, |ui| {
                code_and_link_ui(ui, screen, tokens::QR_SIDE_PROJECTOR);
            });
        return;
    }
    let mut open = true;
    egui::Window::new(words::HEADING)
        .id(egui::Id::unique("invite"))
        .collapsible(false)
        .auto_sized()
        .open(&mut open)
        .default_width(tokens::READING_WIDTH)
        .show(ctx, |ui| {
            // As tall as its content, up to the screen's height less the title bar: the
            // window grows when inviting starts, and scrolls only on a small screen.
            let most = ctx.content_rect().height() - 4.0 * tokens::SECTION_GAP;
            let most = most.max(200.0);
            let area = egui::ScrollArea::vertical()
                .max_height(most)
                .min_scrolled_height(most);
            crate::ui::scrolled(area, ui, |ui| {
                controls_ui(ui, screen, actions);
            });
        });
    if !open {
        actions.push(Action::Invite(InviteAction::Close));
    }
}

fn controls_ui(ui: &mut Ui, screen: &InviteScreen<'_>, actions: &mut Vec<Action>) {
    ui.set_max_width(tokens::READING_WIDTH);
    ui.add(egui::Label::new(words::WHAT_IT_DOES).wrap());
    ui.add_space(tokens::SECTION_GAP / 2.0);
    if let Some(problem) = screen.problem {
        ui.label(RichText::new(problem).color(tokens::warning_text(ui)));
        ui.add_space(tokens::SECTION_GAP / 2.0);
    }
    let running = screen.link.is_some();
    ui.horizontal_wrapped(|ui| {
        ui.label(words::NETWORK);
        ui.add_enabled_ui(!running, |ui| {
            let chosen = screen.choices.get(screen.chosen).map_or("", String::as_str);
            egui::ComboBox::from_id_salt("invite-network")
                .selected_text(chosen)
                .show_ui(ui, |ui| {
                    for (i, name) in screen.choices.iter().enumerate() {
                        if ui.selectable_label(i == screen.chosen, name).clicked() {
                            actions.push(Action::Invite(InviteAction::Choose(i)));
                        }
                    }
                })
                .response
                .accessible_name(words::NETWORK);
        });
        if running {
            if ui.button(words::STOP).clicked() {
                actions.push(Action::Invite(InviteAction::Stop));
            }
        } else if ui.button(words::START).clicked() {
            actions.push(Action::Invite(InviteAction::Start));
        }
    });
    let mut hide = screen.hide_tokens;
    if ui.checkbox(&mut hide, words::HIDE_TOKENS).clicked() {
        actions.push(Action::Invite(InviteAction::HideTokens(hide)));
    }
    if ui.button(words::CLOSE).clicked() {
        actions.push(Action::Invite(InviteAction::Close));
    }
    if running {
        ui.add_space(tokens::SECTION_GAP / 2.0);
        // The code beside the rest, so the whole screen fits a laptop's height.
        ui.horizontal_top(|ui| {
            code_ui(ui, screen, tokens::QR_SIDE);
            ui.vertical(|ui| {
                link_ui(ui, screen);
                if screen.this_computer_only {
                    ui.add(egui::Label::new(words::THIS_COMPUTER_NOTE).wrap());
                }
                ui.add(egui::Label::new(RichText::new(words::PLAIN_HTTP).small()).wrap());
                ui.add_space(tokens::SECTION_GAP / 2.0);
                phones_ui(ui, screen.phones, actions);
            });
        });
    }
}

fn phones_ui(ui: &mut Ui, phones: &[PhoneSeen], actions: &mut Vec<Action>) {
    let connected = phones.iter().filter(|p| !p.turned_away).count();
    ui.heading(words::phones_count(connected));
    if phones.is_empty() {
        return;
    }
    egui::Grid::new("invite-phones")
        .num_columns(3)
        .spacing([tokens::SECTION_GAP, 6.0])
        .show(ui, |ui| {
            for phone in phones {
                ui.label(words::phone_name(phone.id.0));
                let who = match (&phone.person, phone.chosen) {
                    (Some(name), _) => name.as_str(),
                    (None, true) => words::NOT_SAID,
                    (None, false) => words::NOT_CHOSEN,
                };
                ui.label(who);
                if phone.turned_away {
                    ui.label(words::TURNED_AWAY);
                } else if ui.button(words::turn_away_label(phone.id.0)).clicked() {
                    actions.push(Action::Invite(InviteAction::TurnAway(phone.id)));
                }
                ui.end_row();
            }
        });
}

/// The join code and the link written out beneath it.
fn code_and_link_ui(ui: &mut Ui, screen: &InviteScreen<'_>, side: f32) {
    code_ui(ui, screen, side);
    link_ui(ui, screen);
}

/// The link written out large, to type.
fn link_ui(ui: &mut Ui, screen: &InviteScreen<'_>) {
    let Some(link) = screen.link else { return };
    ui.label(words::SCAN_OR_TYPE);
    ui.add(
        egui::Label::new(
            RichText::new(link)
                .size(tokens::LINK_TEXT_SIZE)
                .monospace()
                .strong(),
        )
        .wrap(),
    );
}

/// The join code, drawn module by module.
fn code_ui(ui: &mut Ui, screen: &InviteScreen<'_>, side: f32) {
    let Some((modules, width)) = screen.code else {
        return;
    };
    let (rect, response) = ui.allocate_exact_size(egui::vec2(side, side), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, words::QR_LABEL));
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, tokens::QR_LIGHT);
    let cells = width + 2 * tokens::QR_QUIET_ZONE;
    let cell = side / cells as f32;
    for (i, dark) in modules.iter().enumerate() {
        if *dark {
            let x = (i % width + tokens::QR_QUIET_ZONE) as f32 * cell;
            let y = (i / width + tokens::QR_QUIET_ZONE) as f32 * cell;
            // A hair larger than a module, so no seams show between neighbours.
            let module = egui::Rect::from_min_size(
                rect.min + egui::vec2(x, y),
                egui::vec2(cell + 0.5, cell + 0.5),
            );
            painter.rect_filled(module, 0.0, tokens::QR_DARK);
        }
    }
}

/// The command that shows every ladder token still waiting hidden, if any wait.
#[must_use]
pub fn show_all_tokens(session: &Session) -> Option<(usize, Command)> {
    let hidden: Vec<_> = session
        .ladder
        .placements
        .iter()
        .filter(|p| p.hidden)
        .map(|p| (p.id, false))
        .collect();
    let count = hidden.len();
    (count > 0).then_some((count, Command::Ladder(LadderCommand::SetHidden(hidden))))
}

/// "N tokens from phones are waiting" and the button that shows them all at once.
pub fn tokens_waiting_ui(
    ui: &mut Ui,
    show_all: Option<(usize, Command)>,
    actions: &mut Vec<Action>,
) {
    let Some((count, command)) = show_all else {
        return;
    };
    ui.separator();
    ui.label(words::tokens_waiting(count));
    if ui.button(words::SHOW_THEM_ALL).clicked() {
        actions.push(Action::Edit(command));
    }
}
