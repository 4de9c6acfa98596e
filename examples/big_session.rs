//! Writes a session with many notes, for measuring start-up time and memory by hand:
//! `cargo run --release --example big_session -- 1000 big.ron`.

use stepping_stones::model::{Colour, NOTE_GAP, NOTE_SIZE, Note, Point, Session};

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let path = args.next().unwrap_or_else(|| "big-session.ron".to_owned());
    let mut session = Session::new();
    session.title = format!("{count} notes");
    let columns = ((count as f32 * 1.6).sqrt().ceil() as usize).max(1);
    for i in 0..count {
        let id = session.allocate().unwrap();
        session.boards[0].notes.push(Note {
            id,
            text: format!("word {i}"),
            position: Point {
                x: (i % columns) as f32 * (NOTE_SIZE.0 + NOTE_GAP),
                y: (i / columns) as f32 * (NOTE_SIZE.1 + NOTE_GAP),
            },
            author: None,
            colour: Colour::ALL[i % Colour::ALL.len()],
            theme: None,
            hidden: false,
        });
    }
    match stepping_stones::file::save(std::path::Path::new(&path), &session) {
        Ok(_) => println!("wrote {count} notes to {path}"),
        Err(err) => {
            eprintln!("{err}");
            std::process::exit(1);
        }
    }
}
