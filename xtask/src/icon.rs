//! Draws the app's icon: a few flat stepping stones crossing calm water, on a rounded square.
//!
//! Everything is drawn from shapes in a unit square, so each size is drawn afresh rather
//! than scaled down, and the result is the same on every machine. `cargo xtask icon`
//! writes the PNG sizes and the Windows `.ico` into `assets/`; they are committed, so a
//! build never needs to draw them.

use std::path::Path;

/// The square sizes written as `assets/icon-SIZE.png`.
pub const PNG_SIZES: [u32; 7] = [16, 24, 32, 48, 64, 128, 256];
/// The sizes inside `assets/icon.ico` (Windows picks the one it needs).
const ICO_SIZES: [u32; 6] = [16, 24, 32, 48, 64, 256];
/// Samples per pixel along each axis, for smooth edges.
const SAMPLES: u32 = 4;

/// A colour with straight (not premultiplied) alpha, each part 0 to 1.
#[derive(Clone, Copy)]
struct Rgba([f32; 4]);

impl Rgba {
    const fn hex(rgb: u32, alpha: f32) -> Self {
        Self([
            ((rgb >> 16) & 0xff) as f32 / 255.0,
            ((rgb >> 8) & 0xff) as f32 / 255.0,
            (rgb & 0xff) as f32 / 255.0,
            alpha,
        ])
    }

    fn mix(self, other: Self, t: f32) -> Self {
        let mut out = [0.0; 4];
        for (i, o) in out.iter_mut().enumerate() {
            *o = self.0[i] + (other.0[i] - self.0[i]) * t;
        }
        Self(out)
    }

    /// `top` painted over `self`.
    fn under(self, top: Self) -> Self {
        let a = top.0[3] + self.0[3] * (1.0 - top.0[3]);
        if a <= 0.0 {
            return Self([0.0; 4]);
        }
        let mut out = [0.0, 0.0, 0.0, a];
        for (i, o) in out.iter_mut().take(3).enumerate() {
            *o = (top.0[i] * top.0[3] + self.0[i] * self.0[3] * (1.0 - top.0[3])) / a;
        }
        Self(out)
    }
}

const WATER_TOP: Rgba = Rgba::hex(0x9C_CF_DB, 1.0);
const WATER_BOTTOM: Rgba = Rgba::hex(0x35_78_96, 1.0);
const RIPPLE: Rgba = Rgba::hex(0xFF_FF_FF, 0.45);
const STONE_SHADOW: Rgba = Rgba::hex(0x1F_4E_63, 0.45);
const STONE_SIDE: Rgba = Rgba::hex(0xA8_97_7A, 1.0);
const STONE_TOP: Rgba = Rgba::hex(0xF2_EA_DC, 1.0);

/// A flat stone: centre and the half-width and half-height of its top.
struct Stone {
    x: f32,
    y: f32,
    rx: f32,
    ry: f32,
}

/// From the near bank (bottom left) to the far one (top right), smaller as they go away.
const STONES: [Stone; 4] = [
    Stone {
        x: 0.28,
        y: 0.76,
        rx: 0.155,
        ry: 0.075,
    },
    Stone {
        x: 0.53,
        y: 0.585,
        rx: 0.125,
        ry: 0.06,
    },
    Stone {
        x: 0.705,
        y: 0.425,
        rx: 0.1,
        ry: 0.048,
    },
    Stone {
        x: 0.825,
        y: 0.285,
        rx: 0.078,
        ry: 0.037,
    },
];

/// Gentle ripples: (left, right, height) of a short wave line.
const RIPPLES: [(f32, f32, f32); 3] = [(0.12, 0.44, 0.3), (0.16, 0.34, 0.42), (0.6, 0.88, 0.8)];

fn inside_ellipse(x: f32, y: f32, cx: f32, cy: f32, rx: f32, ry: f32) -> bool {
    let dx = (x - cx) / rx;
    let dy = (y - cy) / ry;
    dx * dx + dy * dy <= 1.0
}

/// Inside the rounded square the icon sits on, with a small clear margin around it.
fn inside_tile(x: f32, y: f32) -> bool {
    const MARGIN: f32 = 0.04;
    const RADIUS: f32 = 0.2;
    let (lo, hi) = (MARGIN + RADIUS, 1.0 - MARGIN - RADIUS);
    let dx = (lo - x).max(x - hi).max(0.0);
    let dy = (lo - y).max(y - hi).max(0.0);
    (MARGIN..=1.0 - MARGIN).contains(&x)
        && (MARGIN..=1.0 - MARGIN).contains(&y)
        && dx * dx + dy * dy <= RADIUS * RADIUS
}

/// The colour at one point of the unit square; `pixel` is one pixel's width there, so
/// lines keep at least that thickness at small sizes.
fn colour_at(x: f32, y: f32, pixel: f32) -> Rgba {
    if !inside_tile(x, y) {
        return Rgba([0.0; 4]);
    }
    let mut colour = WATER_TOP.mix(WATER_BOTTOM, y);
    let thickness = (0.014_f32).max(pixel * 0.7);
    for (left, right, height) in RIPPLES {
        if (left..=right).contains(&x) {
            let wave = height + 0.015 * ((x - left) / (right - left) * std::f32::consts::TAU).sin();
            if (y - wave).abs() <= thickness {
                colour = colour.under(RIPPLE);
            }
        }
    }
    for s in &STONES {
        // The water darkens a little under and below each stone.
        if inside_ellipse(x, y, s.x, s.y + s.ry * 0.7, s.rx * 1.12, s.ry * 1.25) {
            colour = colour.under(STONE_SHADOW);
        }
        if inside_ellipse(x, y, s.x, s.y + s.ry * 0.35, s.rx, s.ry) {
            colour = colour.under(STONE_SIDE);
        }
        if inside_ellipse(x, y, s.x, s.y, s.rx * 0.97, s.ry * 0.9) {
            colour = colour.under(STONE_TOP);
        }
    }
    colour
}

/// The icon drawn at `size` by `size` pixels, as RGBA bytes.
#[must_use]
pub fn draw(size: u32) -> image::RgbaImage {
    let pixel = 1.0 / size as f32;
    image::RgbaImage::from_fn(size, size, |px, py| {
        // Averaged with premultiplied alpha, so edges fade rather than darken.
        let mut sum = [0.0_f32; 4];
        for sy in 0..SAMPLES {
            for sx in 0..SAMPLES {
                let x = (px as f32 + (sx as f32 + 0.5) / SAMPLES as f32) * pixel;
                let y = (py as f32 + (sy as f32 + 0.5) / SAMPLES as f32) * pixel;
                let Rgba(rgba) = colour_at(x, y, pixel);
                for (total, part) in sum.iter_mut().take(3).zip(rgba) {
                    *total += part * rgba[3];
                }
                sum[3] += rgba[3];
            }
        }
        let n = (SAMPLES * SAMPLES) as f32;
        let alpha = sum[3] / n;
        let channel = |premultiplied: f32| {
            if alpha > 0.0 {
                (premultiplied / n / alpha * 255.0)
                    .round()
                    .clamp(0.0, 255.0) as u8
            } else {
                0
            }
        };
        image::Rgba([
            channel(sum[0]),
            channel(sum[1]),
            channel(sum[2]),
            (alpha * 255.0).round() as u8,
        ])
    })
}

/// Writes every PNG size and the `.ico` into `assets`.
pub fn write_all(assets: &Path) -> Result<(), String> {
    for size in PNG_SIZES {
        let path = assets.join(format!("icon-{size}.png"));
        draw(size)
            .save(&path)
            .map_err(|e| format!("could not write {}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    let ico = assets.join("icon.ico");
    std::fs::write(&ico, ico_bytes()?)
        .map_err(|e| format!("could not write {}: {e}", ico.display()))?;
    println!("wrote {}", ico.display());
    Ok(())
}

/// A Windows icon file. Small sizes are stored as plain bitmaps, which every reader of
/// `.ico` files understands (the NSIS compiler among them); the largest as PNG, as Windows
/// expects for 256 pixels.
fn ico_bytes() -> Result<Vec<u8>, String> {
    let images: Vec<(u32, Vec<u8>)> = ICO_SIZES
        .iter()
        .map(|&size| {
            let picture = draw(size);
            if size >= 256 {
                let mut png = Vec::new();
                picture
                    .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
                    .map_err(|e| format!("could not encode the {size}px icon: {e}"))?;
                Ok((size, png))
            } else {
                Ok((size, bitmap_entry(&picture)))
            }
        })
        .collect::<Result<_, String>>()?;
    let count = u16::try_from(images.len()).map_err(|_| "too many icon sizes".to_owned())?;
    let mut out = Vec::new();
    out.extend_from_slice(&[0, 0, 1, 0]);
    out.extend_from_slice(&count.to_le_bytes());
    let mut offset = 6 + 16 * images.len();
    for (size, data) in &images {
        // 0 stands for 256 in the one-byte width and height.
        let side = u8::try_from(*size).unwrap_or(0);
        out.extend_from_slice(&[side, side, 0, 0]);
        out.extend_from_slice(&1_u16.to_le_bytes()); // colour planes
        out.extend_from_slice(&32_u16.to_le_bytes()); // bits per pixel
        out.extend_from_slice(&u32_of(data.len())?.to_le_bytes());
        out.extend_from_slice(&u32_of(offset)?.to_le_bytes());
        offset += data.len();
    }
    for (_, data) in images {
        out.extend_from_slice(&data);
    }
    Ok(out)
}

fn u32_of(n: usize) -> Result<u32, String> {
    u32::try_from(n).map_err(|_| "the icon file would be too large".to_owned())
}

/// One icon image as a 32-bit bitmap: a header, the pixels bottom row first in BGRA, and
/// a transparency mask that is all clear (the alpha channel already says it).
fn bitmap_entry(picture: &image::RgbaImage) -> Vec<u8> {
    let (width, height) = picture.dimensions();
    let mask_row = width.div_ceil(32) * 4;
    let mut out = Vec::new();
    out.extend_from_slice(&40_u32.to_le_bytes());
    out.extend_from_slice(&width.to_le_bytes());
    out.extend_from_slice(&(height * 2).to_le_bytes()); // the image and its mask, stacked
    out.extend_from_slice(&1_u16.to_le_bytes());
    out.extend_from_slice(&32_u16.to_le_bytes());
    out.extend_from_slice(&0_u32.to_le_bytes()); // no compression
    out.extend_from_slice(&(width * height * 4 + mask_row * height).to_le_bytes());
    out.extend_from_slice(&[0; 16]); // resolution and palette: unused
    for y in (0..height).rev() {
        for x in 0..width {
            let [red, green, blue, alpha] = picture.get_pixel(x, y).0;
            out.extend_from_slice(&[blue, green, red, alpha]);
        }
    }
    out.extend(std::iter::repeat_n(0, (mask_row * height) as usize));
    out
}
