//! The look of the app in one place: colours, sizes and text styles. No other file holds a
//! colour literal.

use egui::{Color32, FontFamily, FontId, TextStyle};

use crate::model::Colour;

/// Space between sections of a view.
pub const SECTION_GAP: f32 = 18.0;
/// The narrowest a button may be, so it is easy to hit.
pub const MIN_TARGET: f32 = 32.0;
/// Width of single-line name fields.
pub const FIELD_WIDTH: f32 = 320.0;
/// The widest a column of reading text gets.
pub const READING_WIDTH: f32 = 760.0;

/// Narrower than this (in points, so it grows with the text size), side panels give the
/// canvas the room and open in its place when asked for.
pub const NARROW: f32 = 900.0;
/// The most of the window's height a bar of buttons above a canvas may take before it
/// scrolls.
pub const BAR_SHARE: f32 = 0.3;

/// Size of the app's name on the welcome page.
pub const WELCOME_TITLE_SIZE: f32 = 40.0;
/// Size of a group's heading ("Everywhere", "Word board") in the keyboard shortcuts sheet.
pub const SHEET_GROUP_SIZE: f32 = 20.0;
/// Space between the columns of the keyboard shortcuts sheet, and between its rows.
pub const SHEET_SPACING: [f32; 2] = [24.0, 6.0];
/// Height the sheet's heading, button and edges take from the window; the list of
/// shortcuts scrolls in the rest, but is never shorter than the second number.
pub const SHEET_FRAME: f32 = 220.0;
pub const SHEET_MIN_LIST: f32 = 200.0;
/// Size of a person's badge in the list of who has written how many words.
pub const WRITTEN_BADGE_SIZE: f32 = 16.0;
/// The window's size when the app first opens, and the smallest it may be made.
pub const WINDOW_SIZE: [f32; 2] = [1280.0, 800.0];
pub const MIN_WINDOW_SIZE: [f32; 2] = [640.0, 480.0];

/// How wide a sheet or question over the window may be: `share` of the reading width, but
/// never wider than the window leaves room for (large text in a small window).
#[must_use]
pub fn sheet_width(ctx: &egui::Context, share: f32) -> f32 {
    let room = ctx.content_rect().width() - 2.0 * SECTION_GAP * 2.0;
    (READING_WIDTH * share).min(room.max(MIN_TARGET * 4.0))
}

/// How tall a drop-down list may grow before it scrolls.
pub const LIST_HEIGHT: f32 = 480.0;
/// Width of the panels beside the canvas.
pub const SIDE_PANEL_WIDTH: f32 = 220.0;
/// Room left around the notes when the canvas is fitted to them, in board units.
pub const CANVAS_MARGIN: f32 = 60.0;
/// Space inside a note's edge, in board units.
pub const NOTE_PADDING: f32 = 10.0;
/// Font sizes a note's text tries, largest first, until it fits (board units).
pub const NOTE_TEXT_SIZES: [f32; 6] = [24.0, 21.0, 18.0, 16.0, 14.0, 12.0];
/// Text smaller than this many pixels on screen is not drawn: a note becomes a block.
pub const SMALLEST_READABLE_TEXT: f32 = 4.0;
/// Size of the small line under a note's text: its author and votes.
pub const NOTE_DETAIL_SIZE: f32 = 15.0;
/// Size of a theme's name.
pub const THEME_NAME_SIZE: f32 = 22.0;
/// Size of the hint along the bottom of the board ("Double-click …", the keys).
pub const BOARD_HINT_SIZE: f32 = 13.0;
/// How near the canvas may zoom out and in.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.05..=2.0;
/// The size of a picture of a canvas, in points before scaling: a board or theme with
/// nothing on it, the ladder's width, each rung's height and the room above and below
/// the rungs, a phase shown large, and the whole river.
pub const PICTURE_EMPTY: (f32, f32) = (800.0, 600.0);
pub const PICTURE_LADDER_WIDTH: f32 = 1400.0;
pub const PICTURE_RUNG_HEIGHT: f32 = 140.0;
pub const PICTURE_LADDER_EDGES: f32 = 80.0;
pub const PICTURE_PHASE: (f32, f32) = (1600.0, 900.0);
pub const PICTURE_RIVER: (f32, f32) = (1800.0, 1000.0);
/// Distance an arrow key moves notes (Shift: the larger one), in board units.
pub const NUDGE: (f32, f32) = (10.0, 60.0);

/// The text sizes offered, in percent of normal; Ctrl + and Ctrl − step through them.
pub const TEXT_SIZES: [u16; 8] = [75, 90, 100, 110, 125, 150, 175, 200];
/// The text size to start with, and Ctrl 0's.
pub const NORMAL_TEXT_SIZE: u16 = 100;
/// How much larger everything is in projector mode, on top of the chosen text size.
pub const PROJECTOR_SCALE: f32 = 1.5;
/// The largest the whole app is ever drawn, text size and projector together.
pub const LARGEST_SCALE: f32 = 3.0;
/// Size of the timer's clock in its bar, and in projector mode.
pub const TIMER_SIZE: f32 = 24.0;
pub const TIMER_BIG_SIZE: f32 = 44.0;
/// How long the clock flashes when time is up (not at all when motion is reduced).
pub const TIMER_FLASH_SECONDS: f64 = 4.0;
/// How long menus and panels take to open or close, unless motion is reduced.
pub const GENTLE_ANIMATION: f32 = 0.08;

/// The outline of selected notes and the focus ring.
pub const SELECTION: Color32 = Color32::from_rgb(0x1d, 0x5f, 0xd6);
/// The outline of notes that match the find text.
pub const FIND_HIGHLIGHT: Color32 = Color32::from_rgb(0xe0, 0x6c, 0x00);
/// The face of a face-down note.
pub const FACE_DOWN: Color32 = Color32::from_rgb(0x55, 0x5b, 0x66);
/// Text on a face-down note.
pub const FACE_DOWN_TEXT: Color32 = Color32::from_rgb(0xff, 0xff, 0xff);
/// The soft shadow under notes.
pub const NOTE_SHADOW: Color32 = Color32::from_rgba_premultiplied(0, 0, 0, 40);
/// Vote dots.
pub const VOTE_DOT: Color32 = Color32::from_rgb(0x2b, 0x2b, 0x2b);

/// Size of a rung's number and name beside the ladder.
pub const RUNG_NAME_SIZE: f32 = 20.0;
/// Size of a rung's description, and of the count of tokens on it.
pub const RUNG_DETAIL_SIZE: f32 = 14.0;
/// Size of the words on a ladder token, on the rungs and in the tray.
pub const TOKEN_TEXT_SIZE: f32 = 15.0;
/// Height of one rung of the ladder at the least.
pub const RUNG_MIN_HEIGHT: f32 = 78.0;
/// Width of the rung names and descriptions beside the tokens.
pub const RUNG_LABEL_WIDTH: f32 = 260.0;
/// Width of the column where arrows show moves since an earlier meeting.
pub const CHANGE_COLUMN_WIDTH: f32 = 70.0;
/// Height of a token on the ladder.
pub const TOKEN_HEIGHT: f32 = 30.0;
/// Space between tokens side by side on a rung.
pub const TOKEN_GAP: f32 = 8.0;
/// How strongly tokens from the meeting compared with show (0 invisible, 1 solid).
pub const EARLIER_FADE: f32 = 0.35;
/// The band of alternate rungs, so rows are easy to follow across.
pub const RUNG_BAND: Color32 = Color32::from_rgba_premultiplied(14, 14, 14, 28);

/// The river's water.
pub const RIVER_WATER: Color32 = Color32::from_rgb(0x6f, 0xa8, 0xdc);
/// Height of the drawn river above the phases.
pub const RIVER_HEIGHT: f32 = 120.0;
/// Size of "source" at the start of the drawn river.
pub const RIVER_SOURCE_SIZE: f32 = 13.0;
/// Size of "ocean" on the water at the river's end.
pub const RIVER_OCEAN_SIZE: f32 = 15.0;
/// Size of "Phase 3" above a phase shown large.
pub const PHASE_NUMBER_SIZE: f32 = 28.0;
/// Size of each question heading over a phase shown large.
pub const QUESTION_HEADING_SIZE: f32 = 18.0;
/// Height of an answer in the overview of the whole river, and when a phase is shown large.
pub const RIVER_NOTE_HEIGHT: (f32, f32) = (76.0, 100.0);

/// Dark text on every note colour.
pub const NOTE_TEXT: Color32 = Color32::from_rgb(0x1f, 0x1f, 0x1f);
/// Text that needs attention (errors) without alarm.
const WARNING_TEXT_LIGHT: Color32 = Color32::from_rgb(0x9a, 0x3b, 0x00);

/// How the app looks: follow the computer, or always light, dark, or high contrast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Look {
    #[default]
    FollowComputer,
    Light,
    Dark,
    HighContrast,
}

impl Look {
    /// Every look, in menu order.
    pub const ALL: [Look; 4] = [
        Look::FollowComputer,
        Look::Light,
        Look::Dark,
        Look::HighContrast,
    ];

    /// The look's name in the menu.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Look::FollowComputer => crate::text::menu::LOOK_LIKE_COMPUTER,
            Look::Light => crate::text::menu::LOOK_LIGHT,
            Look::Dark => crate::text::menu::LOOK_DARK,
            Look::HighContrast => crate::text::menu::LOOK_HIGH_CONTRAST,
        }
    }
}

/// Light, with text well above the contrast readers need (WCAG AA 4.5:1 and more).
#[must_use]
pub fn light_visuals() -> egui::Visuals {
    let mut v = egui::Visuals::light();
    v.override_text_color = Some(Color32::from_rgb(0x1c, 0x1c, 0x1c));
    v.weak_text_color = Some(Color32::from_rgb(0x4a, 0x4a, 0x4a));
    v
}

/// Dark, with brighter text than egui's own, for projectors.
#[must_use]
pub fn dark_visuals() -> egui::Visuals {
    let mut v = egui::Visuals::dark();
    v.override_text_color = Some(Color32::from_rgb(0xe4, 0xe4, 0xe4));
    v.weak_text_color = Some(Color32::from_rgb(0xb0, 0xb0, 0xb0));
    v
}

/// White on black with yellow for what has the keyboard: WCAG AAA (7:1) and more.
#[must_use]
pub fn high_contrast_visuals() -> egui::Visuals {
    let mut v = egui::Visuals::dark();
    let white = Color32::WHITE;
    v.override_text_color = Some(white);
    v.weak_text_color = Some(Color32::from_rgb(0xe0, 0xe0, 0xe0));
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_rgb(0x10, 0x10, 0x10);
    v.selection.bg_fill = Color32::from_rgb(0x00, 0x3a, 0x8c);
    v.selection.stroke = egui::Stroke::new(2.0, Color32::YELLOW);
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        w.fg_stroke = egui::Stroke::new(1.5, white);
        w.bg_stroke = egui::Stroke::new(1.5, white);
    }
    v.widgets.inactive.weak_bg_fill = Color32::from_rgb(0x1a, 0x1a, 0x1a);
    v.widgets.inactive.bg_fill = Color32::from_rgb(0x1a, 0x1a, 0x1a);
    v.widgets.hovered.bg_stroke = egui::Stroke::new(2.0, Color32::YELLOW);
    v
}

/// Puts a look into effect.
pub fn apply_look(ctx: &egui::Context, look: Look) {
    ctx.set_visuals_of(egui::Theme::Light, light_visuals());
    let dark = if look == Look::HighContrast {
        high_contrast_visuals()
    } else {
        dark_visuals()
    };
    ctx.set_visuals_of(egui::Theme::Dark, dark);
    ctx.set_theme(match look {
        Look::FollowComputer => egui::ThemePreference::System,
        Look::Light => egui::ThemePreference::Light,
        Look::Dark | Look::HighContrast => egui::ThemePreference::Dark,
    });
}

/// Sets calm, large, readable defaults for the whole app, its fonts included.
pub fn apply_style(ctx: &egui::Context) {
    // The fonts are part of the look: every surface that takes the style (the window, each
    // picture, the tests) draws with the same glyphs.
    super::fonts::install(ctx);
    // Ctrl + and Ctrl − are the app's own text size setting, remembered between runs.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Heading,
                FontId::new(26.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(17.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(17.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Small,
                FontId::new(14.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(16.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(10.0, 6.0);
        style.spacing.interact_size.y = MIN_TARGET;
        style.spacing.text_edit_width = FIELD_WIDTH;
    });
}

/// Lets menus open and views scroll with a short, gentle movement, or (when motion is
/// reduced) makes every change on screen happen at once.
pub fn apply_motion(ctx: &egui::Context, reduce: bool) {
    ctx.all_styles_mut(|style| {
        if reduce {
            style.animation_time = 0.0;
            style.scroll_animation = egui::style::ScrollAnimation::none();
        } else {
            style.animation_time = GENTLE_ANIMATION;
            style.scroll_animation = egui::style::ScrollAnimation::default();
        }
    });
}

/// The next text size up (`larger`) or down from `now`, within [`TEXT_SIZES`].
#[must_use]
pub fn step_text_size(now: u16, larger: bool) -> u16 {
    let (smallest, largest) = (TEXT_SIZES[0], TEXT_SIZES[TEXT_SIZES.len() - 1]);
    if larger {
        TEXT_SIZES
            .iter()
            .copied()
            .find(|s| *s > now)
            .unwrap_or(largest)
    } else {
        TEXT_SIZES
            .iter()
            .rev()
            .copied()
            .find(|s| *s < now)
            .unwrap_or(smallest)
    }
}

/// The fill of a note or participant swatch in the light look. Chosen so that every pair
/// stays apart for people with red-green or blue-yellow colour blindness, and dark text
/// on each reads at 7:1 or more (`tests/contrast.rs` checks both).
#[must_use]
pub fn note_fill(colour: Colour) -> Color32 {
    match colour {
        Colour::Yellow => Color32::from_rgb(0xfc, 0xe8, 0x8b),
        Colour::Blue => Color32::from_rgb(0xb8, 0xce, 0xe7),
        Colour::Green => Color32::from_rgb(0xc4, 0xf5, 0xb0),
        Colour::Pink => Color32::from_rgb(0xf5, 0xc8, 0xbf),
        Colour::Orange => Color32::from_rgb(0xff, 0xac, 0x7e),
        Colour::Purple => Color32::from_rgb(0xbc, 0xb3, 0xec),
        Colour::Grey => Color32::from_rgb(0xee, 0xee, 0xee),
    }
}

/// The colour for text that warns, readable on the current background.
#[must_use]
pub fn warning_text(ui: &egui::Ui) -> Color32 {
    warning_on(ui.visuals().dark_mode)
}

/// The colour for text that warns, on a dark or a light background.
#[must_use]
pub fn warning_on(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0xff, 0xb8, 0x6c)
    } else {
        WARNING_TEXT_LIGHT
    }
}

/// The tinted fill of a theme's area: its colour, faint, so notes stay readable on it.
#[must_use]
pub fn theme_fill(colour: Colour) -> Color32 {
    note_fill(colour).gamma_multiply(0.35)
}

/// The edge and name bar of a theme's area.
#[must_use]
pub fn theme_edge(colour: Colour) -> Color32 {
    note_fill(colour)
}

/// The fill of a ladder token, by question: blue, orange and sand, which stay apart for the
/// common kinds of colour blindness (`tests/contrast.rs` checks). Shape and label say it too.
#[must_use]
pub fn kind_fill(kind: crate::model::PlacementKind) -> Color32 {
    match kind {
        crate::model::PlacementKind::Now => Color32::from_rgb(0x9c, 0xc8, 0xf0),
        crate::model::PlacementKind::ShouldBe => Color32::from_rgb(0xf7, 0xb7, 0x7a),
        crate::model::PlacementKind::Realistic => Color32::from_rgb(0xfa, 0xde, 0xc5),
    }
}

/// The join code's side on the invite screen, in points; larger in projector mode.
pub const QR_SIDE: f32 = 300.0;
pub const QR_SIDE_PROJECTOR: f32 = 420.0;
/// The join link written out, large enough to read from the back of a room.
pub const LINK_TEXT_SIZE: f32 = 26.0;
/// A join code is dark on light whatever the look, as phone cameras expect.
pub const QR_DARK: Color32 = Color32::BLACK;
pub const QR_LIGHT: Color32 = Color32::WHITE;
/// Blank modules around a join code, as the QR standard asks.
pub const QR_QUIET_ZONE: usize = 4;
