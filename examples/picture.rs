//! Writes a PNG of a canvas of a session, for looking at by hand:
//! `cargo run --example picture -- session.ron board|ladder|river out.png`.

use stepping_stones::export::Names;
use stepping_stones::export::picture::{Canvas, png_bytes, render};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [file, canvas, out] = &args[..] else {
        eprintln!("usage: picture SESSION.ron board|ladder|river OUT.png");
        std::process::exit(2);
    };
    let session = stepping_stones::file::load(std::path::Path::new(file)).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(1);
    });
    let canvas = match canvas.as_str() {
        "ladder" => Canvas::Ladder,
        "river" => Canvas::River,
        _ => Canvas::Board(session.boards[0].id),
    };
    match render(&session, canvas, Names::Show, 1.0).and_then(|image| png_bytes(&image)) {
        Ok(bytes) => std::fs::write(out, bytes).unwrap_or_else(|e| eprintln!("{e}")),
        Err(e) => eprintln!("{e}"),
    }
}
