//! Frame-time and file benchmarks, headless: the real board, ladder and river code runs in
//! `egui::Context::run_ui` and its output is tessellated, with no window or GPU. Beside the
//! app, the same run measures a floor: plain egui drawing the same rectangles and wrapped
//! texts with no app logic.
//!
//! Prints one line per figure: `BENCH <scenario> <value> <unit>`. Run with `cargo bench`.

use std::hint::black_box;
use std::time::{Duration, Instant};
use stepping_stones::edit::BoardCommand;

use egui::{Context, Event, FontId, PointerButton, Pos2, RawInput, Rect, Scene, pos2, vec2};
use stepping_stones::edit::Command;
use stepping_stones::model::{
    Board, NOTE_GAP, NOTE_SIZE, Note, Placement, PlacementKind, Point, Question, RiverNote,
    Session, Subject,
};
use stepping_stones::ui::ViewState;
use stepping_stones::ui::board::canvas_only_ui;

/// A small laptop screen.
const SCREEN: (f32, f32) = (1280.0, 800.0);
/// A 4K projector or TV: notes large enough on screen that their words are drawn.
const BIG_SCREEN: (f32, f32) = (3840.0, 2160.0);

thread_local! {
    static SCREEN_SIZE: std::cell::Cell<(f32, f32)> = const { std::cell::Cell::new(SCREEN) };
}

/// A session whose first board holds `n` notes in a grid, with a few themes' worth of words.
fn session_with_notes(n: usize) -> Session {
    let mut s = Session::new();
    let columns = ((n as f32 * 1.6).sqrt().ceil() as usize).max(1);
    let words = [
        "control",
        "being heard",
        "trust",
        "Someone who really listens",
        "time",
        "respect",
        "a say in what happens next",
        "choices",
    ];
    for i in 0..n {
        let id = s.allocate().unwrap();
        s.boards[0].notes.push(Note {
            id,
            text: format!("{} {i}", words[i % words.len()]),
            position: Point {
                x: (i % columns) as f32 * (NOTE_SIZE.0 + NOTE_GAP),
                y: (i / columns) as f32 * (NOTE_SIZE.1 + NOTE_GAP),
            },
            author: None,
            colour: stepping_stones::model::Colour::ALL[i % 7],
            theme: None,
            hidden: false,
        });
    }
    s
}

fn input(events: Vec<Event>) -> RawInput {
    let (w, h) = SCREEN_SIZE.get();
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(w, h))),
        events,
        ..RawInput::default()
    }
}

/// Runs one frame of `ui` and tessellates what it drew, as a real frame does.
fn frame(ctx: &Context, events: Vec<Event>, mut ui: impl FnMut(&mut egui::Ui)) {
    let mut output = ctx.run_ui(input(events), |u| ui(u));
    output.textures_delta.clear();
    black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
}

/// The median time of one call of `f`, over enough calls to be steady.
fn median(f: impl FnMut()) -> Duration {
    medians(f, || {}).0
}

/// The median times of `a` and `b`, measured in turns so both meet the same noise from the
/// rest of the machine.
fn medians(mut a: impl FnMut(), mut b: impl FnMut()) -> (Duration, Duration) {
    for _ in 0..5 {
        a();
        b();
    }
    let time = |f: &mut dyn FnMut()| {
        let started = Instant::now();
        f();
        started.elapsed()
    };
    let (mut xs, mut ys) = (Vec::new(), Vec::new());
    for _ in 0..41 {
        xs.push(time(&mut a));
        ys.push(time(&mut b));
    }
    xs.sort();
    ys.sort();
    (xs[xs.len() / 2], ys[ys.len() / 2])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(name: &str, value: f64, unit: &str) {
    println!("BENCH {name} {value:.3} {unit}");
}

/// The part of the board shown: the whole grid, or a window holding about `in_view` notes.
fn view_rect(board: &Board, in_view: Option<usize>) -> Rect {
    let extent = board.extent().unwrap_or_default();
    let all = Rect::from_min_size(pos2(extent.x, extent.y), vec2(extent.width, extent.height));
    match in_view {
        None => all,
        Some(count) => {
            // Same shape as the screen, holding about `count` notes.
            let per_note = (NOTE_SIZE.0 + NOTE_GAP) * (NOTE_SIZE.1 + NOTE_GAP);
            let area = count as f32 * per_note;
            let height = (area * SCREEN.1 / SCREEN.0).sqrt();
            Rect::from_min_size(all.min, vec2(height * SCREEN.0 / SCREEN.1, height))
        }
    }
}

/// One frame of the app's own board canvas, showing `rect` of the board.
fn app_frame<'a>(
    session: &'a Session,
    rect: Rect,
    events_each_frame: impl Fn(usize) -> Vec<Event> + 'a,
) -> impl FnMut() + 'a {
    let ctx = Context::default();
    let board = &session.boards[0];
    let mut view = ViewState::default();
    let mut n = 0;
    move || {
        n += 1;
        // Keep the view where it is: a drag must not pan it away.
        view.boards.entry(board.id).or_default().scene_rect = Some(rect);
        frame(&ctx, events_each_frame(n), |ui| {
            let mut actions = Vec::new();
            canvas_only_ui(ui, session, board, 1, &mut view, &mut actions);
        });
    }
}

/// One frame of the floor: a plain rectangle and wrapped text per note in view, in the
/// same pan-and-zoom view, with no app logic.
fn floor_frame(session: &Session, rect: Rect) -> impl FnMut() + '_ {
    let ctx = Context::default();
    let board = &session.boards[0];
    move || {
        frame(&ctx, Vec::new(), |ui| {
            let mut scene_rect = rect;
            Scene::new()
                .zoom_range(0.0..=2.0)
                .show(ui, &mut scene_rect, |ui| {
                    let painter = ui.painter();
                    let visible = ui.clip_rect();
                    for note in &board.notes {
                        let r = Rect::from_min_size(
                            pos2(note.position.x, note.position.y),
                            vec2(NOTE_SIZE.0, NOTE_SIZE.1),
                        );
                        // Fair to the floor: it too draws only what is in view.
                        if !visible.intersects(r) {
                            continue;
                        }
                        painter.rect_filled(r, 4.0, egui::Color32::from_rgb(0xfc, 0xe8, 0x8b));
                        let galley = painter.layout(
                            note.text.clone(),
                            FontId::proportional(18.0),
                            egui::Color32::BLACK,
                            NOTE_SIZE.0 - 20.0,
                        );
                        painter.galley(r.min + vec2(10.0, 10.0), galley, egui::Color32::BLACK);
                    }
                });
        });
    }
}

fn compare(name: &str, session: &Session, rect: Rect) {
    let (app, floor) = medians(
        app_frame(session, rect, |_| Vec::new()),
        floor_frame(session, rect),
    );
    report(&format!("board_{name}"), ms(app), "ms");
    report(&format!("floor_{name}"), ms(floor), "ms");
    report(
        &format!("ratio_to_floor_{name}"),
        app.as_secs_f64() / floor.as_secs_f64(),
        "ratio",
    );
}

fn boards() {
    let scenarios = [
        (100, None, BIG_SCREEN, ""),
        (1000, None, BIG_SCREEN, ""),
        (10_000, None, BIG_SCREEN, ""),
        (100, None, SCREEN, "_1280x800"),
        (1000, None, SCREEN, "_1280x800"),
        (10_000, None, SCREEN, "_1280x800"),
        (10_000, Some(300), SCREEN, ""),
    ];
    for (n, in_view, screen, suffix) in scenarios {
        SCREEN_SIZE.set(screen);
        let session = session_with_notes(n);
        let rect = view_rect(&session.boards[0], in_view);
        let name = match in_view {
            None => format!("{n}_in_view{suffix}"),
            Some(v) => format!("{n}_notes_{v}_in_view{suffix}"),
        };
        compare(&name, &session, rect);
    }
    SCREEN_SIZE.set(SCREEN);
    // So far out that a note's text would be under 4 pixels: coloured blocks only.
    let session = session_with_notes(10_000);
    let extent = view_rect(&session.boards[0], None);
    let far = Rect::from_center_size(extent.center(), extent.size() * 3.0);
    compare("10000_zoomed_far_out", &session, far);
}

/// Dragging one note: the pointer goes down on a note in view, then moves a little each frame.
fn dragging() {
    for n in [1000, 10_000] {
        let session = session_with_notes(n);
        let board = &session.boards[0];
        let rect = view_rect(board, Some(300));
        // The first note sits at the view's top-left; on screen that is near the canvas corner.
        let ctx_probe = screen_of_first_note(&session, rect);
        let (still, dragged) = medians(
            app_frame(&session, rect, |_| Vec::new()),
            app_frame(&session, rect, move |frame| {
                let at = ctx_probe + vec2((frame % 40) as f32, 0.0);
                if frame == 1 {
                    vec![
                        Event::PointerMoved(ctx_probe),
                        Event::PointerButton {
                            pos: ctx_probe,
                            button: PointerButton::Primary,
                            pressed: true,
                            modifiers: egui::Modifiers::NONE,
                        },
                    ]
                } else {
                    vec![Event::PointerMoved(at)]
                }
            }),
        );
        report(&format!("board_{n}_still_300_in_view"), ms(still), "ms");
        report(&format!("board_{n}_dragging_one_note"), ms(dragged), "ms");
        report(
            &format!("ratio_dragging_to_still_{n}"),
            dragged.as_secs_f64() / still.as_secs_f64(),
            "ratio",
        );
    }
}

/// Where the middle of the first note is on the screen when `rect` of the board is shown.
fn screen_of_first_note(session: &Session, rect: Rect) -> Pos2 {
    let screen = Rect::from_min_size(Pos2::ZERO, vec2(SCREEN.0, SCREEN.1));
    let scale = (screen.width() / rect.width()).min(screen.height() / rect.height());
    let n = &session.boards[0].notes[0];
    let centre = pos2(
        n.position.x + NOTE_SIZE.0 / 2.0,
        n.position.y + NOTE_SIZE.1 / 2.0,
    );
    screen.center() + (centre - rect.center()) * scale
}

fn ladder_and_river() {
    let mut s = Session::new();
    let rungs: Vec<_> = s.ladder.rungs.iter().map(|r| r.id).collect();
    for i in 0..200 {
        let id = s.allocate().unwrap();
        s.ladder.placements.push(Placement {
            id,
            subject: Subject::Organisation,
            kind: PlacementKind::ALL[i % 3],
            rung: rungs[i % rungs.len()],
            by: None,
            agreed: false,
            meeting: None,
            reason: format!("reason {i}"),
            hidden: false,
        });
    }
    let phases: Vec<_> = s.river.phases.iter().map(|p| p.id).collect();
    for i in 0..1000 {
        let id = s.allocate().unwrap();
        s.river.notes.push(RiverNote {
            id,
            phase: phases[i % phases.len()],
            question: Question::ALL[i % 5],
            text: format!("answer {i}"),
            author: None,
            colour: stepping_stones::model::Colour::Yellow,
        });
    }
    let ctx = Context::default();
    let mut ladder_view = ViewState::default();
    let ladder = median(|| {
        frame(&ctx, Vec::new(), |ui| {
            let mut actions = Vec::new();
            stepping_stones::ui::ladder::ladder_ui(ui, &s, &mut ladder_view, &mut actions);
        });
    });
    report("ladder_200_placements", ms(ladder), "ms");
    let ctx = Context::default();
    let mut river_view = ViewState::default();
    let river = median(|| {
        frame(&ctx, Vec::new(), |ui| {
            let mut actions = Vec::new();
            stepping_stones::ui::river::river_ui(ui, &s, 1, &mut river_view, &mut actions);
        });
    });
    report("river_1000_notes", ms(river), "ms");
}

fn files() {
    let dir = std::env::temp_dir().join(format!("stepping-stones-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    for n in [1000, 10_000, 50_000] {
        let session = session_with_notes(n);
        let path = dir.join(format!("{n}.ron"));
        let save = median(|| {
            if let Err(e) = stepping_stones::file::save(&path, &session) {
                panic!("{e}");
            }
        });
        let load = median(|| {
            black_box(stepping_stones::file::load(&path).unwrap_or_else(|e| panic!("{e}")));
        });
        report(&format!("save_{n}_notes"), ms(save), "ms");
        report(&format!("load_{n}_notes"), ms(load), "ms");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Loading a crafted file must take time in proportion to its size; undo on a long meeting
/// must stay within its memory budget.
fn hardening() {
    let mut big = session_with_notes(200_000);
    let voter: stepping_stones::model::ParticipantId =
        big.allocate().unwrap_or_else(|e| panic!("{e}"));
    big.participants.push(stepping_stones::model::Participant {
        id: voter,
        name: "Sam".into(),
        colour: stepping_stones::model::Colour::Blue,
        symbol: stepping_stones::model::Symbol::ALL[0],
    });
    let dots: Vec<_> = big.boards[0]
        .notes
        .iter()
        .map(|n| stepping_stones::model::Vote {
            voter,
            target: stepping_stones::model::VoteTarget::Note(n.id),
        })
        .collect();
    big.boards[0].votes = dots;
    let mut copy = big.clone();
    let validate = median(|| {
        copy.clone_from(&big);
        black_box(copy.validate_and_repair()).unwrap_or_else(|e| panic!("{e}"));
    });
    let clone_only = median(|| copy.clone_from(&big));
    report(
        "validate_200000_notes_200000_votes",
        ms(validate.saturating_sub(clone_only)),
        "ms",
    );

    // 300 theme moves on a 5,000-note board: every note each time (Ctrl+A, then a key), and
    // a few notes each time (the usual case).
    for (name, take) in [("all", 5_000), ("three", 3)] {
        let mut session = session_with_notes(5_000);
        let board = session.boards[0].id;
        let all: Vec<_> = session.boards[0].notes.iter().map(|n| n.id).collect();
        let mut history = stepping_stones::history::History::default();
        for name in ["One", "Two", "Three"] {
            history
                .apply(
                    &mut session,
                    Command::Board(BoardCommand::AddTheme {
                        board,
                        name: name.into(),
                        notes: Vec::new(),
                    }),
                )
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let themes: Vec<_> = session.boards[0].themes.iter().map(|t| t.id).collect();
        let started = Instant::now();
        for i in 0..300 {
            let notes = all.iter().skip(i * 7 % 4_000).take(take).copied().collect();
            history
                .apply(
                    &mut session,
                    Command::Board(BoardCommand::AssignToTheme {
                        board,
                        notes,
                        theme: Some(themes[i % 3]),
                    }),
                )
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let per_edit = started.elapsed() / 300;
        report(
            &format!("undo_memory_300_theme_moves_{name}_of_5000_notes"),
            history.weight() as f64 / (1024.0 * 1024.0),
            "MiB",
        );
        report(
            &format!("theme_move_{name}_of_5000_notes"),
            ms(per_edit),
            "ms",
        );
    }
}

fn main() {
    // `cargo test --benches` runs this too, with --bench absent: keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        println!("Run with `cargo bench` to measure.");
        return;
    }
    // `cargo bench -- NAME` runs only the groups whose name contains NAME.
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let groups: [(&str, fn()); 5] = [
        ("boards", boards),
        ("dragging", dragging),
        ("ladder_and_river", ladder_and_river),
        ("files", files),
        ("hardening", hardening),
    ];
    for (name, group) in groups {
        if only.is_empty() || only.iter().any(|o| name.contains(o.as_str())) {
            group();
        }
    }
}
