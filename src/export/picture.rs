//! Pictures of a canvas as PNG files. The canvas is drawn by the app's own drawing code in
//! an egui context with no window, and the triangles egui makes are filled in here, in
//! software: no graphics card needed, and the picture looks like the screen.

use std::collections::HashMap;

use egui::epaint::{ClippedPrimitive, Primitive};
use egui::{Color32, ColorImage, Context, ImageData, Pos2, RawInput, Rect, TextureId, vec2};

use super::Names;
use crate::model::{BoardId, Session};
use crate::ui::{ViewState, tokens};

/// Which canvas to picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Canvas {
    Board(BoardId),
    /// One theme of a board, with its notes.
    Theme(BoardId, crate::model::ThemeId),
    Ladder,
    River,
    /// One phase of the river, as it is shown large.
    Phase(crate::model::PhaseId),
}

/// The largest a picture may be on either side, in pixels, so memory stays modest.
pub const MAX_SIDE: u32 = 6000;

/// The smallest a canvas may be drawn to fit within [`MAX_SIDE`]. Note text is drawn at
/// 24 points, shrinking to 18 or less for longer notes; at a third of that size it is
/// 6 to 8 pixels tall, about the least that can still be read when the picture is
/// zoomed in. Any smaller and the words blur into grey lines, so the picture is refused
/// with a message rather than made unreadable.
pub const SMALLEST_READABLE_SCALE: f32 = 1.0 / 3.0;

/// Why a picture was not made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PictureError {
    /// The canvas is so spread out that, shrunk to fit, its words could not be read.
    #[error("{}", crate::text::app::PICTURE_TOO_SPREAD_OUT)]
    TooSpreadOut,
    /// The finished picture could not be turned into a PNG file.
    #[error("{}", crate::text::app::picture_not_encoded(.0))]
    Encode(String),
}

/// The session as a picture may show it: face-down notes left out, and without names if
/// asked (people become "person 1", "person 2" … in their list order).
#[must_use]
pub fn picture_session(session: &Session, names: Names) -> Session {
    let mut shown = session.clone();
    for board in &mut shown.boards {
        board.notes.retain(|n| !n.hidden);
    }
    // Ladder tokens from phones still waiting to be shown stay out, like face-down notes.
    shown.ladder.placements.retain(|p| !p.hidden);
    if names == Names::Hide {
        for (i, p) in shown.participants.iter_mut().enumerate() {
            p.name = crate::text::export::person(i + 1);
        }
    }
    shown
}

/// The size of the canvas in points, before scaling.
fn logical_size(session: &Session, canvas: Canvas) -> egui::Vec2 {
    match canvas {
        Canvas::Board(id) => session
            .board(id)
            .and_then(crate::model::Board::extent)
            .map_or(
                vec2(tokens::PICTURE_EMPTY.0, tokens::PICTURE_EMPTY.1),
                |e| vec2(e.width, e.height) + vec2(2.0, 2.0) * tokens::CANVAS_MARGIN,
            ),
        Canvas::Theme(board, theme) => session.board(board).and_then(|b| b.theme(theme)).map_or(
            vec2(tokens::PICTURE_EMPTY.0, tokens::PICTURE_EMPTY.1),
            |t| vec2(t.area.width, t.area.height) + vec2(2.0, 2.0) * tokens::CANVAS_MARGIN,
        ),
        Canvas::Ladder => vec2(
            tokens::PICTURE_LADDER_WIDTH,
            tokens::PICTURE_RUNG_HEIGHT * session.ladder.rungs.len().max(1) as f32
                + tokens::PICTURE_LADDER_EDGES,
        ),
        Canvas::Phase(_) => vec2(tokens::PICTURE_PHASE.0, tokens::PICTURE_PHASE.1),
        Canvas::River => vec2(tokens::PICTURE_RIVER.0, tokens::PICTURE_RIVER.1),
    }
}

/// How many pixels per point `canvas` is drawn at, asked for `wanted`: smaller when needed
/// to keep within [`MAX_SIDE`] on both sides, but never below
/// [`SMALLEST_READABLE_SCALE`]; then the picture is refused instead.
fn fitting_scale(logical: egui::Vec2, wanted: f32) -> Result<f32, PictureError> {
    let wanted = if wanted.is_finite() && wanted > 0.0 {
        wanted
    } else {
        1.0
    };
    let largest = MAX_SIDE as f32;
    if !(logical.x.is_finite() && logical.y.is_finite()) {
        return Err(PictureError::TooSpreadOut);
    }
    let fits = (largest / logical.x.max(1.0)).min(largest / logical.y.max(1.0));
    if wanted <= fits {
        Ok(wanted)
    } else if fits >= SMALLEST_READABLE_SCALE {
        Ok(fits)
    } else {
        Err(PictureError::TooSpreadOut)
    }
}

/// Draws `canvas` of `session` at `scale` pixels per point, as an image no larger than
/// [`MAX_SIDE`] on either side. A canvas too large for that is drawn smaller, or refused
/// when it would have to be drawn too small to read.
pub fn render(
    session: &Session,
    canvas: Canvas,
    names: Names,
    scale: f32,
) -> Result<egui::ColorImage, PictureError> {
    let session = picture_session(session, names);
    let logical = logical_size(&session, canvas);
    let scale = fitting_scale(logical, scale)?;
    let ctx = Context::default();
    tokens::apply_style(&ctx);
    ctx.set_visuals(tokens::light_visuals());
    let mut view = ViewState {
        picture: true,
        ..ViewState::default()
    };
    match canvas {
        Canvas::Board(id) => {
            view.board = Some(id);
            if let Some(board) = session.board(id) {
                view.boards.entry(id).or_default().fit_all(board);
            }
        }
        Canvas::Theme(id, theme) => {
            view.board = Some(id);
            if let Some(t) = session.board(id).and_then(|b| b.theme(theme)) {
                let area = Rect::from_min_size(
                    Pos2::new(t.area.x, t.area.y),
                    vec2(t.area.width, t.area.height),
                );
                view.boards.entry(id).or_default().scene_rect =
                    Some(area.expand(tokens::CANVAS_MARGIN));
            }
        }
        Canvas::Phase(phase) => view.river.focus = Some(phase),
        Canvas::Ladder | Canvas::River => {}
    }
    let mut textures: HashMap<TextureId, ColorImage> = HashMap::new();
    let mut shapes = Vec::new();
    // Two passes: the first lays things out and makes the font atlas, the second draws.
    for _ in 0..2 {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, logical)),
            ..RawInput::default()
        };
        ctx.set_pixels_per_point(scale);
        let mut output = ctx.run_ui(input, |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                let mut actions = Vec::new();
                match canvas {
                    Canvas::Board(id) | Canvas::Theme(id, _) => {
                        if let Some(board) = session.board(id) {
                            crate::ui::board::canvas_only_ui(
                                ui,
                                &session,
                                board,
                                0,
                                &mut view,
                                &mut actions,
                            );
                        }
                    }
                    Canvas::Ladder => crate::ui::ladder::picture_ui(ui, &session, &mut view),
                    Canvas::River | Canvas::Phase(_) => {
                        crate::ui::river::picture_ui(ui, &session, &mut view);
                    }
                }
            });
        });
        for (id, deltas) in &output.textures_delta.set {
            for delta in deltas {
                apply_delta(&mut textures, *id, delta);
            }
        }
        output.textures_delta.clear();
        shapes = ctx.tessellate(output.shapes, output.pixels_per_point);
    }
    let side = |points: f32| ((points * scale).round() as usize).clamp(1, MAX_SIDE as usize);
    let mut image = ColorImage::filled(
        [side(logical.x), side(logical.y)],
        tokens::light_visuals().panel_fill,
    );
    for primitive in &shapes {
        fill(&mut image, primitive, &textures, scale);
    }
    Ok(image)
}

fn apply_delta(
    textures: &mut HashMap<TextureId, ColorImage>,
    id: TextureId,
    delta: &egui::epaint::ImageDelta,
) {
    let ImageData::Color(patch) = &delta.image;
    match delta.pos {
        None => {
            textures.insert(id, (**patch).clone());
        }
        Some([x0, y0]) => {
            let Some(texture) = textures.get_mut(&id) else {
                return;
            };
            let [w, _] = texture.size;
            for y in 0..patch.size[1] {
                for x in 0..patch.size[0] {
                    if let Some(dst) = texture.pixels.get_mut((y0 + y) * w + x0 + x) {
                        *dst = patch.pixels[y * patch.size[0] + x];
                    }
                }
            }
        }
    }
}

/// Fills one clipped mesh's triangles into the image, blending as egui's painters do.
fn fill(
    image: &mut ColorImage,
    primitive: &ClippedPrimitive,
    textures: &HashMap<TextureId, ColorImage>,
    scale: f32,
) {
    let Primitive::Mesh(mesh) = &primitive.primitive else {
        return;
    };
    let texture = textures.get(&mesh.texture_id);
    let [width, height] = image.size;
    let clip = primitive.clip_rect;
    let clip_min_x = (clip.min.x * scale).max(0.0) as usize;
    let clip_min_y = (clip.min.y * scale).max(0.0) as usize;
    let clip_max_x = ((clip.max.x * scale).ceil() as usize).min(width);
    let clip_max_y = ((clip.max.y * scale).ceil() as usize).min(height);
    for triangle in mesh.indices.chunks_exact(3) {
        let v = [
            &mesh.vertices[triangle[0] as usize],
            &mesh.vertices[triangle[1] as usize],
            &mesh.vertices[triangle[2] as usize],
        ];
        let p = v.map(|v| (v.pos.x * scale, v.pos.y * scale));
        let area = (p[1].0 - p[0].0) * (p[2].1 - p[0].1) - (p[2].0 - p[0].0) * (p[1].1 - p[0].1);
        if area.abs() < 1e-6 {
            continue;
        }
        let min_x = (p
            .iter()
            .map(|q| q.0)
            .fold(f32::MAX, f32::min)
            .floor()
            .max(0.0) as usize)
            .max(clip_min_x);
        let max_x = (p
            .iter()
            .map(|q| q.0)
            .fold(f32::MIN, f32::max)
            .ceil()
            .max(0.0) as usize)
            .min(clip_max_x);
        let min_y = (p
            .iter()
            .map(|q| q.1)
            .fold(f32::MAX, f32::min)
            .floor()
            .max(0.0) as usize)
            .max(clip_min_y);
        let max_y = (p
            .iter()
            .map(|q| q.1)
            .fold(f32::MIN, f32::max)
            .ceil()
            .max(0.0) as usize)
            .min(clip_max_y);
        for y in min_y..max_y {
            for x in min_x..max_x {
                let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
                let w0 = ((p[1].0 - px) * (p[2].1 - py) - (p[2].0 - px) * (p[1].1 - py)) / area;
                let w1 = ((p[2].0 - px) * (p[0].1 - py) - (p[0].0 - px) * (p[2].1 - py)) / area;
                let w2 = 1.0 - w0 - w1;
                if w0 < -1e-4 || w1 < -1e-4 || w2 < -1e-4 {
                    continue;
                }
                let mix = |f: fn(&egui::epaint::Vertex) -> f32| {
                    w0 * f(v[0]) + w1 * f(v[1]) + w2 * f(v[2])
                };
                let mut colour = [
                    mix(|v| f32::from(v.color.r())),
                    mix(|v| f32::from(v.color.g())),
                    mix(|v| f32::from(v.color.b())),
                    mix(|v| f32::from(v.color.a())),
                ];
                if let Some(texture) = texture {
                    let (u, t) = (mix(|v| v.uv.x), mix(|v| v.uv.y));
                    let tx = ((u * texture.size[0] as f32) as usize).min(texture.size[0] - 1);
                    let ty = ((t * texture.size[1] as f32) as usize).min(texture.size[1] - 1);
                    let texel = texture.pixels[ty * texture.size[0] + tx].to_array();
                    for (c, t) in colour.iter_mut().zip(texel) {
                        *c *= f32::from(t) / 255.0;
                    }
                }
                let dst = &mut image.pixels[y * width + x];
                let keep = 1.0 - colour[3] / 255.0;
                let d = dst.to_array();
                let out: [u8; 4] = std::array::from_fn(|i| {
                    (colour[i] + f32::from(d[i]) * keep)
                        .round()
                        .clamp(0.0, 255.0) as u8
                });
                *dst = Color32::from_rgba_premultiplied(out[0], out[1], out[2], out[3]);
            }
        }
    }
}

/// The image as PNG bytes.
pub fn png_bytes(image: &ColorImage) -> Result<Vec<u8>, PictureError> {
    let [w, h] = image.size;
    let mut rgba = Vec::with_capacity(w * h * 4);
    for pixel in &image.pixels {
        rgba.extend_from_slice(&pixel.to_srgba_unmultiplied());
    }
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, rgba)
        .ok_or_else(|| PictureError::Encode(crate::text::app::PICTURE_SIZE_WRONG.to_owned()))?;
    let mut bytes = Vec::new();
    buffer
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| PictureError::Encode(e.to_string()))?;
    Ok(bytes)
}
