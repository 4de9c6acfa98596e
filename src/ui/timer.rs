//! The facilitation timer: a few minutes for a round of writing, or Troika's 3 then 5.
//!
//! The timer belongs to the room, not to the group's work: it lives in the view state, so it
//! is never saved and never undone.

use egui::{RichText, Ui};

use super::{Action, tokens};
use crate::text::room as words;

/// A length a timer can be set to: one or more stages, counted one after the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// Minutes of each stage; never empty.
    stages: &'static [u32],
}

impl Preset {
    pub const THREE_MINUTES: Preset = Preset { stages: &[3] };
    /// Troika consulting: 3 minutes to share a challenge, then 5 for the others to talk.
    pub const TROIKA: Preset = Preset { stages: &[3, 5] };

    /// Every preset, in the order offered.
    pub const ALL: [Preset; 5] = [
        Preset { stages: &[1] },
        Preset::THREE_MINUTES,
        Preset { stages: &[5] },
        Preset { stages: &[10] },
        Preset::TROIKA,
    ];

    /// The stages in minutes, one after the other.
    #[must_use]
    pub fn stages(self) -> &'static [u32] {
        self.stages
    }

    /// The preset's name on its button.
    #[must_use]
    pub fn label(self) -> String {
        match self.stages {
            [minutes] => words::minutes(*minutes),
            _ => words::TROIKA.to_owned(),
        }
    }
}

/// What the timer is doing. Times are the app's clock in seconds (`InputState::time`).
#[derive(Debug, Clone, PartialEq)]
pub struct Timer {
    pub preset: Preset,
    /// Which stage is counting (Troika has two).
    pub stage: usize,
    /// Seconds left in this stage while paused or not yet started.
    left: f64,
    /// While running: when this stage ends.
    ends_at: Option<f64>,
    /// Every stage has run out.
    pub finished: bool,
    /// The last thing worth saying out loud: a stage ended, or time is up.
    pub message: String,
    /// When time ran out, for the brief flash that shows it (unless motion is reduced).
    pub finished_at: Option<f64>,
    /// Its start button should take the keyboard next frame (it was just asked for).
    pub take_focus: bool,
}

impl Default for Timer {
    /// Three minutes: a round of writing.
    fn default() -> Self {
        Self::new(Preset::THREE_MINUTES)
    }
}

/// What happened when the timer was looked at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    Counting,
    /// One stage ended and the next began.
    NextStage,
    /// The last stage ended.
    Finished,
}

impl Timer {
    /// A timer set to `preset`, not started.
    #[must_use]
    pub fn new(preset: Preset) -> Self {
        let first = preset.stages[0];
        Self {
            preset,
            stage: 0,
            left: f64::from(first * 60),
            ends_at: None,
            finished: false,
            message: String::new(),
            finished_at: None,
            take_focus: false,
        }
    }

    #[must_use]
    pub fn is_running(&self) -> bool {
        self.ends_at.is_some()
    }

    /// Whether the clock is flashing to show time is up (never when motion is reduced).
    #[must_use]
    pub fn is_flashing(&self, now: f64, reduce_motion: bool) -> bool {
        !reduce_motion
            && self
                .finished_at
                .is_some_and(|at| now - at < tokens::TIMER_FLASH_SECONDS)
    }

    /// Whether it has been started and not reset since.
    #[must_use]
    pub fn is_started(&self) -> bool {
        self.is_running() || self.finished || self.stage > 0 || self.left < self.stage_length()
    }

    fn stage_length(&self) -> f64 {
        let minutes = self.preset.stages().get(self.stage).copied().unwrap_or(1);
        f64::from(minutes * 60)
    }

    /// Seconds left in this stage at `now`.
    #[must_use]
    pub fn left(&self, now: f64) -> f64 {
        self.ends_at.map_or(self.left, |end| (end - now).max(0.0))
    }

    pub fn start(&mut self, now: f64) {
        if self.finished {
            *self = Self::new(self.preset);
        }
        if self.ends_at.is_none() {
            self.ends_at = Some(now + self.left);
            self.message = String::new();
        }
    }

    pub fn pause(&mut self, now: f64) {
        self.left = self.left(now);
        self.ends_at = None;
    }

    /// Back to the start of the first stage, stopped.
    pub fn reset(&mut self) {
        *self = Self::new(self.preset);
    }

    /// Moves the timer on to `now`: ends a stage, or the whole timer, when its time is up.
    pub fn tick(&mut self, now: f64) -> Tick {
        let Some(end) = self.ends_at else {
            return Tick::Counting;
        };
        if now < end {
            return Tick::Counting;
        }
        let stages = self.preset.stages();
        if self.stage + 1 < stages.len() {
            let done = stages[self.stage];
            self.stage += 1;
            let next = stages[self.stage];
            self.ends_at = Some(end + f64::from(next * 60));
            self.message = words::stage_over(done, next);
            Tick::NextStage
        } else {
            self.ends_at = None;
            self.left = 0.0;
            self.finished = true;
            self.finished_at = Some(now);
            words::TIME_IS_UP.clone_into(&mut self.message);
            Tick::Finished
        }
    }

    /// The time left as the clock shows it, like "2:59".
    #[must_use]
    pub fn clock(&self, now: f64) -> String {
        // Round up: the clock reads 0:00 only when time is really up.
        let secs = self.left(now).ceil() as u32;
        format!("{}:{:02}", secs / 60, secs % 60)
    }

    /// How a screen reader reads the clock.
    #[must_use]
    pub fn spoken(&self, now: f64) -> String {
        let secs = self.left(now).ceil() as u32;
        let state = if self.finished {
            words::TIMER_STATE_DONE
        } else if self.is_running() {
            words::TIMER_STATE_RUNNING
        } else {
            words::TIMER_STATE_STOPPED
        };
        words::timer_spoken(secs / 60, secs % 60, state)
    }
}

/// Something done to the timer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TimerAction {
    Show,
    Hide,
    Choose(Preset),
    StartOrPause,
    Reset,
}

/// The timer's bar: presets, clock, start/pause, reset. `big` draws the clock large, for
/// the projector.
pub fn timer_ui(
    ui: &mut Ui,
    timer: &mut Timer,
    big: bool,
    reduce_motion: bool,
    actions: &mut Vec<Action>,
) {
    let now = ui.input(|i| i.time);
    let flashing = timer.is_flashing(now, reduce_motion);
    let clock_ui = |ui: &mut Ui, timer: &Timer| {
        let size = if big {
            tokens::TIMER_BIG_SIZE
        } else {
            tokens::TIMER_SIZE
        };
        // Flash by swapping to the warning colour each half second for a few seconds.
        let warn = timer.finished && (!flashing || ((now * 2.0) as i64) % 2 == 0);
        let mut clock = RichText::new(timer.clock(now)).monospace().size(size);
        if warn {
            clock = clock.color(tokens::warning_text(ui));
        }
        let clock = ui.label(clock);
        let spoken = timer.spoken(now);
        clock.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken));
        if timer.preset.stages().len() > 1 {
            ui.label(words::stage_of(
                timer.stage + 1,
                timer.preset.stages().len(),
            ));
        }
    };
    let buttons_ui = |ui: &mut Ui, timer: &mut Timer, actions: &mut Vec<Action>| {
        let start = if timer.is_running() {
            words::PAUSE
        } else if timer.is_started() && !timer.finished {
            words::CARRY_ON
        } else {
            words::START
        };
        let start = ui.button(start);
        if std::mem::take(&mut timer.take_focus) {
            start.request_focus();
        }
        if start.clicked() {
            actions.push(Action::Timer(TimerAction::StartOrPause));
        }
        if ui
            .add_enabled(timer.is_started(), egui::Button::new(words::RESET))
            .clicked()
        {
            actions.push(Action::Timer(TimerAction::Reset));
        }
    };
    // Said out loud at once by a screen reader whenever it changes.
    let message_ui = |ui: &mut Ui, message: &str| {
        let message = ui.label(message);
        ui.ctx().accesskit_node_builder(message.id, |node| {
            node.set_live(egui::accesskit::Live::Assertive);
        });
    };
    if big {
        // The clock large, its buttons beneath: a corner of the screen, not a wall.
        ui.vertical(|ui| {
            clock_ui(ui, timer);
            ui.horizontal(|ui| buttons_ui(ui, timer, actions));
            message_ui(ui, &timer.message);
        });
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(words::TIMER).strong());
        for preset in Preset::ALL {
            let chosen = timer.preset == preset;
            let response = ui
                .selectable_label(chosen, preset.label())
                .on_hover_text(words::preset_hover(preset.stages()));
            if response.clicked() && !chosen {
                actions.push(Action::Timer(TimerAction::Choose(preset)));
            }
        }
        clock_ui(ui, timer);
        buttons_ui(ui, timer, actions);
        if ui
            .button(words::HIDE_TIMER)
            .on_hover_text(words::HIDE_TIMER_HOVER)
            .clicked()
        {
            actions.push(Action::Timer(TimerAction::Hide));
        }
        message_ui(ui, &timer.message);
    });
}
