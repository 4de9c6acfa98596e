//! Pictures of each canvas: real PNG files of the right size, with something drawn, and
//! without names or face-down notes when those are to stay out.

use stepping_stones::export::Names;
use stepping_stones::export::picture::{
    Canvas, MAX_SIDE, PictureError, picture_session, png_bytes, render,
};
use stepping_stones::model::Session;

fn example() -> Session {
    stepping_stones::file::from_text(stepping_stones::app::EXAMPLE_SESSION).unwrap()
}

/// Decodes the PNG of `canvas` at half size and checks what is in it.
fn check(canvas: Canvas) {
    let session = example();
    let image = render(&session, canvas, Names::Show, 0.5).unwrap();
    let bytes = png_bytes(&image).unwrap();
    let decoded = image::load_from_memory_with_format(&bytes, image::ImageFormat::Png)
        .unwrap()
        .to_rgba8();
    assert_eq!(decoded.width() as usize, image.size[0]);
    assert_eq!(decoded.height() as usize, image.size[1]);
    assert!(
        decoded.width() > 300 && decoded.height() > 200,
        "{:?}",
        image.size
    );
    let background = *decoded.get_pixel(1, decoded.height() - 2);
    let drawn = decoded.pixels().filter(|p| **p != background).count();
    let share = drawn as f64 / f64::from(decoded.width() * decoded.height());
    assert!(
        share > 0.05,
        "only {share:.3} of the picture has anything on it"
    );
    // Some pixels are the colour of a sticky note or token: the canvas itself was drawn.
    let coloured = decoded.pixels().filter(|p| {
        let [r, g, b, _] = p.0;
        r.abs_diff(g) > 30 || g.abs_diff(b) > 30 || r.abs_diff(b) > 30
    });
    assert!(coloured.count() > 1000);
}

#[test]
fn the_word_board_makes_a_picture() {
    check(Canvas::Board(example().boards[0].id));
}

#[test]
fn the_ladder_makes_a_picture() {
    check(Canvas::Ladder);
}

#[test]
fn the_river_makes_a_picture() {
    check(Canvas::River);
}

#[test]
fn a_twice_as_large_picture_is_twice_the_size() {
    let session = example();
    let small = render(&session, Canvas::Ladder, Names::Show, 0.5).unwrap();
    let large = render(&session, Canvas::Ladder, Names::Show, 1.0).unwrap();
    assert_eq!(large.size[0], small.size[0] * 2);
    assert!(large.size[1].abs_diff(small.size[1] * 2) <= 1);
}

#[test]
fn a_picture_without_names_or_face_down_notes_leaves_them_out() {
    let mut session = example();
    session.boards[0].notes[0].hidden = true;
    let hidden_text = session.boards[0].notes[0].text.clone();
    let shown = picture_session(&session, Names::Hide);
    assert!(shown.boards[0].notes.iter().all(|n| n.text != hidden_text));
    for (p, original) in shown.participants.iter().zip(&session.participants) {
        assert_ne!(p.name, original.name);
        assert!(p.name.starts_with("person "));
    }
    // And the picture is still made from that.
    let image = render(
        &session,
        Canvas::Board(session.boards[0].id),
        Names::Hide,
        0.5,
    )
    .unwrap();
    assert!(png_bytes(&image).is_ok());
}

#[test]
fn one_theme_or_one_phase_makes_a_picture_of_its_own() {
    let session = example();
    let board = &session.boards[0];
    let theme = &board.themes[0];
    let image = render(
        &session,
        Canvas::Theme(board.id, theme.id),
        Names::Show,
        1.0,
    )
    .unwrap();
    let whole = render(&session, Canvas::Board(board.id), Names::Show, 1.0).unwrap();
    assert!(
        image.size[0] < whole.size[0],
        "just the theme, not the whole board"
    );
    assert!(image.size[0] as f32 >= theme.area.width);
    let phase = render(
        &session,
        Canvas::Phase(session.river.phases[4].id),
        Names::Show,
        0.5,
    )
    .unwrap();
    assert!(png_bytes(&phase).is_ok());
    assert_ne!(
        phase.pixels,
        render(&session, Canvas::River, Names::Show, 0.5)
            .unwrap()
            .pixels
    );
}

#[test]
fn a_board_spread_over_a_million_units_is_refused_never_drawn_huge() {
    let mut session = example();
    session.boards[0].notes[0].position.x = 1_000_000.0;
    match render(
        &session,
        Canvas::Board(session.boards[0].id),
        Names::Show,
        2.0,
    ) {
        Ok(image) => panic!("a picture of {:?} pixels was made", image.size),
        Err(err) => {
            assert_eq!(err, PictureError::TooSpreadOut);
            assert!(err.to_string().contains("too small to read"), "{err}");
        }
    }
}

#[test]
fn a_wide_board_is_drawn_smaller_to_stay_within_the_size_cap() {
    for far in [9_000.0, 15_000.0] {
        let mut session = example();
        session.boards[0].notes[0].position.x = far;
        let image = render(
            &session,
            Canvas::Board(session.boards[0].id),
            Names::Show,
            1.0,
        )
        .expect("still readable at this size");
        let cap = MAX_SIDE as usize;
        assert!(
            image.size[0] <= cap && image.size[1] <= cap,
            "{:?}",
            image.size
        );
        assert!(
            image.size[0] >= cap - 1,
            "as large as allowed: {:?}",
            image.size
        );
    }
}
