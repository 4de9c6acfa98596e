//! What projector mode keeps on screen besides the canvas: the timer, large, and a way out.

use super::timer::{Timer, timer_ui};
use super::{Action, tokens};
use crate::text::room as words;

/// The top-right corner in projector mode: the timer if it is shown, and a button that
/// leaves projector mode for those using a mouse (Escape and F11 do it from the keyboard).
pub fn projector_corner_ui(
    ctx: &egui::Context,
    timer: Option<&mut Timer>,
    reduce_motion: bool,
    actions: &mut Vec<Action>,
) {
    egui::Area::new(egui::Id::unique("projector-corner"))
        .anchor(egui::Align2::RIGHT_TOP, egui::vec2(-12.0, 12.0))
        .order(egui::Order::Foreground)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style())
                .inner_margin(tokens::SECTION_GAP / 2.0)
                .show(ui, |ui| {
                    ui.vertical(|ui| {
                        if let Some(timer) = timer {
                            timer_ui(ui, timer, true, reduce_motion, actions);
                        }
                        if ui
                            .button(words::LEAVE_PROJECTOR)
                            .on_hover_text(words::PROJECTOR_HINT)
                            .clicked()
                        {
                            actions.push(Action::Projector(false));
                        }
                    });
                });
        });
}
