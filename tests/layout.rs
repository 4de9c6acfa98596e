//! At the largest text size in a small window (200 % in 1280 × 720 pixels), nothing overlaps
//! and every control can be seen whole: each tab is looked at as it opens, and then every
//! control is visited with Tab, as a keyboard user would, and must be wholly in view.

mod common;

use common::{ScriptedPicker, with_example};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::NodeT as _;
use stepping_stones::App;

/// A control or text on screen: its name, where it is laid out, and the part of that which
/// can be seen (what is left after clipping by its panel or scroll area).
#[derive(Debug, Clone)]
struct Seen {
    name: String,
    whole: Rect,
    visible: Rect,
    /// Ancestors' names and roles, to tell nested things apart and skip the canvas.
    within: Vec<String>,
}

const LEAVES: [Role; 10] = [
    Role::Button,
    Role::Label,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::ComboBox,
    Role::CheckBox,
    Role::RadioButton,
    Role::SpinButton,
    Role::DisclosureTriangle,
    Role::Tab,
];

/// The egui id behind an accessibility node: egui uses the id's bits as the node id.
fn egui_id(node: &egui_kittest::Node<'_>) -> egui::Id {
    let bits = node.accesskit_node().locate().0.0;
    ron::from_str(&format!("({bits})")).expect("an egui id")
}

fn seen(h: &Harness<'_, App>) -> Vec<Seen> {
    fn walk(
        h: &Harness<'_, App>,
        node: &egui_kittest::Node<'_>,
        within: &mut Vec<String>,
        out: &mut Vec<Seen>,
    ) {
        let a = node.accesskit_node();
        let name = a.label().or_else(|| a.value()).unwrap_or_default();
        if LEAVES.contains(&a.role())
            && !name.is_empty()
            && let Some(response) = h.ctx.read_response(egui_id(node))
        {
            out.push(Seen {
                name: name.clone(),
                whole: response.rect,
                visible: response.interact_rect,
                within: within.clone(),
            });
        }
        within.push(format!("{:?} {name}", a.role()));
        for child in node.children() {
            walk(h, &child, within, out);
        }
        within.pop();
    }
    let mut out = Vec::new();
    walk(h, &h.root(), &mut Vec::new(), &mut out);
    out
}

/// Notes and themes on the board are placed by the group, and may be moved over each other.
fn on_canvas(s: &Seen) -> bool {
    s.within.iter().any(|w| w.contains("Pane Board “"))
        || s.name.starts_with("Note: ")
        || s.name.starts_with("Theme: ")
}

/// Pairs of things on screen that cover each other.
fn overlaps(all: &[Seen]) -> Vec<String> {
    let shown: Vec<&Seen> = all
        .iter()
        .filter(|s| s.visible.width() > 1.0 && s.visible.height() > 1.0 && !on_canvas(s))
        .collect();
    let mut problems = Vec::new();
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            // A drop-down list and the label egui draws beside it share one name and one
            // node area; that is one control, not two.
            let nested = a.name == b.name
                || a.within.iter().any(|w| w.ends_with(&b.name))
                || b.within.iter().any(|w| w.ends_with(&a.name));
            let common = a.visible.intersect(b.visible);
            if !nested && common.width() > 2.0 && common.height() > 2.0 {
                problems.push(format!("“{}” overlaps “{}”", a.name, b.name));
            }
        }
    }
    problems
}

/// Visits every control with Tab; each must be wholly in view while it has the keyboard.
fn cut_off_when_focused(h: &mut Harness<'_, App>) -> Vec<String> {
    let mut problems = Vec::new();
    let screen = h.ctx.content_rect();
    let mut first = None;
    for _ in 0..200 {
        h.key_press(Key::Tab);
        h.run();
        // A scroll area glides to what took the keyboard over a few frames.
        h.run_steps(8);
        let Some(focused) = h.ctx.memory(egui::Memory::focused) else {
            continue;
        };
        if first == Some(focused) {
            break;
        }
        first.get_or_insert(focused);
        let Some(response) = h.ctx.read_response(focused) else {
            continue;
        };
        // A canvas is larger than any window by nature; what is on it is checked by name.
        if response.rect.width() > screen.width() && response.rect.height() > screen.height() {
            continue;
        }
        let whole = response.rect.intersect(screen);
        let seen = response.interact_rect;
        let name = common::focused_name(h).unwrap_or_else(|| format!("{focused:?}"));
        // Notes are placed by the group; the board itself is larger than any window.
        if name.starts_with("Note: ") || name.starts_with("Theme: ") || name.starts_with("Board “")
        {
            continue;
        }
        if seen.width() + 1.0 < whole.width()
            || seen.height() + 1.0 < whole.height()
            || whole.width() + 1.0 < response.rect.width()
            || whole.height() + 1.0 < response.rect.height()
        {
            problems.push(format!(
                "“{name}” is cut off when it has the keyboard: {:?} of {:?}",
                seen, response.rect
            ));
        }
    }
    problems
}

fn at_200_percent() -> Harness<'static, App> {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.set_size(egui::vec2(1280.0, 720.0));
    h.run();
    for _ in 0..8 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run();
    }
    assert_eq!(h.state().text_size(), 200);
    h.run();
    let screen = h.ctx.content_rect();
    assert!(
        (screen.width() - 640.0).abs() < 1.0 && (screen.height() - 360.0).abs() < 1.0,
        "1280 × 720 pixels at 200 % is 640 × 360 points: {screen:?}"
    );
    h
}

fn check_tab(shortcut: Key) {
    let mut h = at_200_percent();
    h.key_press_modifiers(Modifiers::COMMAND, shortcut);
    h.run();
    let mut problems = overlaps(&seen(&h));
    problems.extend(cut_off_when_focused(&mut h));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn word_board_at_200_percent() {
    check_tab(Key::Num1);
}

#[test]
fn ladder_at_200_percent() {
    check_tab(Key::Num2);
}

#[test]
fn river_at_200_percent() {
    check_tab(Key::Num3);
}

#[test]
fn session_at_200_percent() {
    check_tab(Key::Num4);
}

#[test]
fn the_check_finds_overlaps_when_they_are_there() {
    // The same check at normal size in a window far too small must complain.
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.set_size(egui::vec2(300.0, 200.0));
    h.run();
    let mut problems = overlaps(&seen(&h));
    problems.extend(cut_off_when_focused(&mut h));
    assert!(!problems.is_empty());
}

#[test]
fn the_board_toolbar_shows_whole_rows_at_normal_size_in_1280x720() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.set_size(egui::vec2(1280.0, 720.0));
    h.run();
    let cut: Vec<String> = seen(&h)
        .iter()
        .filter(|s| !on_canvas(s) && s.visible.height() > 0.0)
        .filter(|s| s.visible.height() + 1.0 < s.whole.height())
        .map(|s| format!("“{}” shows {:?} of {:?}", s.name, s.visible, s.whole))
        .collect();
    assert!(cut.is_empty(), "{}", cut.join("\n"));
}

#[test]
fn the_shortcuts_sheet_fits_the_window_at_200_percent() {
    let mut h = at_200_percent();
    h.key_press(Key::F1);
    h.run();
    let screen = h.ctx.content_rect();
    let cut: Vec<String> = seen(&h)
        .iter()
        .filter(|s| !on_canvas(s) && s.visible.width() > 0.0 && s.visible.height() > 0.0)
        .filter(|s| s.whole.min.x < screen.min.x - 1.0 || s.whole.max.x > screen.max.x + 1.0)
        .map(|s| format!("“{}” runs past the window's side: {:?}", s.name, s.whole))
        .collect();
    assert!(cut.is_empty(), "{}", cut.join("\n"));
}
