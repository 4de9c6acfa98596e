//! Words for running the room: text size, projector mode, the timer and motion.

pub const TIMER: &str = "Timer";
pub const TROIKA: &str = "Troika (3 then 5)";
pub const START: &str = "Start";
pub const PAUSE: &str = "Pause";
pub const CARRY_ON: &str = "Carry on";
pub const RESET: &str = "Reset";
pub const HIDE_TIMER: &str = "Hide the timer";
pub const HIDE_TIMER_HOVER: &str = "The timer stops and goes away. Ctrl+T brings it back.";
pub const TIME_IS_UP: &str = "Time is up.";
pub const TIMER_STATE_RUNNING: &str = "counting down";
pub const TIMER_STATE_STOPPED: &str = "stopped";
pub const TIMER_STATE_DONE: &str = "time is up";

/// A preset's name: "1 minute", "3 minutes".
#[must_use]
pub fn minutes(n: u32) -> String {
    if n == 1 {
        "1 minute".to_owned()
    } else {
        format!("{n} minutes")
    }
}

/// What a preset does, on hover.
#[must_use]
pub fn preset_hover(stages: &[u32]) -> String {
    match stages {
        [a, b] => format!(
            "{} to share a challenge, then {} for the others to talk it through.",
            minutes(*a),
            minutes(*b)
        ),
        [a] => format!("Count down {}.", minutes(*a)),
        _ => String::new(),
    }
}

/// Said when one stage of a timer ends and the next begins.
#[must_use]
pub fn stage_over(done: u32, next: u32) -> String {
    format!(
        "The {} are over. {} start now.",
        minutes(done),
        capitalised(&minutes(next))
    )
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// Which stage is counting: "Part 1 of 2".
#[must_use]
pub fn stage_of(stage: usize, of: usize) -> String {
    format!("Part {stage} of {of}")
}

/// The clock as a screen reader says it.
#[must_use]
pub fn timer_spoken(minutes: u32, seconds: u32, state: &str) -> String {
    let seconds = if seconds == 1 {
        "1 second".to_owned()
    } else {
        format!("{seconds} seconds")
    };
    format!("Timer: {}, {seconds} left, {state}", self::minutes(minutes))
}

pub const LARGER: &str = "Larger";
pub const SMALLER: &str = "Smaller";
pub const NORMAL_SIZE: &str = "Normal size";
pub const REDUCE_MOTION: &str = "Reduce motion";
pub const REDUCE_MOTION_HOVER: &str =
    "Menus open at once, views jump instead of scrolling, and the timer does not flash.";
pub const PROJECTOR_MODE: &str = "Projector mode";
pub const SHOW_TIMER: &str = "Show the timer";
pub const LEAVE_PROJECTOR: &str = "Leave projector mode";
pub const PROJECTOR_HINT: &str = "Projector mode. Escape or F11 goes back.";

/// The View menu's entry for text size, with the size now.
#[must_use]
pub fn text_size_menu(percent: u16) -> String {
    format!("Text size ({percent}%)")
}

/// A text size in the list: "125%".
#[must_use]
pub fn percent(percent: u16) -> String {
    format!("{percent}%")
}

/// Said in the status line when the text size changes.
#[must_use]
pub fn text_size_now(percent: u16) -> String {
    format!("Text size is now {percent}%.")
}

pub const MORE_OPTIONS: &str = "More options";

/// The button that goes from the options back to a canvas: "Back to the board".
#[must_use]
pub fn back_to(canvas: &str) -> String {
    format!("Back to the {canvas}")
}
pub const BOARD: &str = "board";
pub const LADDER: &str = "ladder";
