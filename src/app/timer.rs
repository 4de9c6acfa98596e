//! The facilitation timer as the app runs it: what its buttons do, and waking the app only
//! as often as its clock needs.

use super::App;
use crate::ui::timer::{Tick, Timer, TimerAction};

impl App {
    pub(super) fn timer(&mut self, ctx: &egui::Context, what: TimerAction) {
        let now = ctx.input(|i| i.time);
        match what {
            TimerAction::Show => {
                self.view
                    .timer
                    .get_or_insert_with(Timer::default)
                    .take_focus = true;
            }
            TimerAction::Hide => self.view.timer = None,
            TimerAction::Choose(preset) => self.view.timer = Some(Timer::new(preset)),
            TimerAction::StartOrPause => {
                let timer = self.view.timer.get_or_insert_with(Timer::default);
                if timer.is_running() {
                    timer.pause(now);
                } else {
                    timer.start(now);
                }
            }
            TimerAction::Reset => {
                if let Some(timer) = &mut self.view.timer {
                    timer.reset();
                }
            }
        }
    }

    /// Moves the timer on; says so when a stage or the whole time is over, and asks for
    /// the next frame only as often as the clock needs.
    pub(super) fn tick_timer(&mut self, ctx: &egui::Context) {
        let Some(timer) = &mut self.view.timer else {
            return;
        };
        let now = ctx.input(|i| i.time);
        if timer.tick(now) != Tick::Counting {
            self.status.clone_from(&timer.message);
        }
        if timer.is_running() {
            // Wake when the shown second changes.
            let left = timer.left(now);
            let to_next = left - (left.ceil() - 1.0);
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(to_next.max(0.01)));
        } else if timer.is_flashing(now, self.prefs.reduce_motion) {
            ctx.request_repaint_after(std::time::Duration::from_millis(250));
        }
    }
}
