//! The room's server, over loopback only (127.0.0.1): the page, the join token, what a
//! phone may send and see, and what it may not. Every request loop is bounded in count and
//! time.

mod phone;

use std::net::{SocketAddr, TcpStream};
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use stepping_stones::app::EXAMPLE_SESSION;
use stepping_stones::model::Session;
use stepping_stones::room::{self, Room, RoomMessage, RoomView, Screen};

use phone::request;

const LOOPBACK: [u8; 4] = [127, 0, 0, 1];

fn example() -> Session {
    stepping_stones::file::from_text(EXAMPLE_SESSION).unwrap()
}

fn start_with(session: &Session, screen: Screen) -> (Room, Receiver<RoomMessage>) {
    let view = RoomView::of(session, screen, None);
    room::start(SocketAddr::from((LOOPBACK, 0)), view, Arc::new(|| {})).unwrap()
}

fn path_of(room: &Room) -> String {
    let link = room.link();
    link[link.find("/j/").unwrap()..].to_owned()
}

fn join(room: &Room) -> String {
    let (status, body) = request(
        room.addr(),
        "POST",
        &format!("{}/hello", path_of(room)),
        "",
        "{}",
    );
    assert_eq!(status, 200, "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    v["phone"].as_str().unwrap().to_owned()
}

fn next(messages: &Receiver<RoomMessage>) -> RoomMessage {
    messages.recv_timeout(Duration::from_secs(5)).unwrap()
}

/// The next message that isn't about the list of phones.
fn next_change(messages: &Receiver<RoomMessage>) -> RoomMessage {
    loop {
        match next(messages) {
            RoomMessage::PhonesChanged => {}
            other => return other,
        }
    }
}

#[test]
fn the_page_comes_only_with_the_token_and_is_small() {
    let (room, _m) = start_with(&example(), Screen::Board);
    assert!(room.addr().ip().is_loopback());
    let link = room.link();
    assert!(link.starts_with("http://127.0.0.1:"));
    let token = link.rsplit('/').next().unwrap();
    assert_eq!(token.len(), 32, "128 random bits as hex");
    let (status, page) = request(room.addr(), "GET", &path_of(&room), "", "");
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.len() < 50_000, "page weight {}", page.len());
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "no external requests"
    );

    let wrong = format!("/j/{}", "0".repeat(32));
    let (status, body) = request(room.addr(), "GET", &wrong, "", "");
    assert_eq!(status, 404);
    assert!(body.is_empty());
}

#[test]
fn an_old_token_gets_nothing_and_each_start_has_a_new_one() {
    let session = example();
    let (first, _m1) = start_with(&session, Screen::Board);
    let old = path_of(&first);
    first.stop();
    let (second, _m2) = start_with(&session, Screen::Board);
    assert_ne!(old, path_of(&second));
    let (status, _) = request(second.addr(), "GET", &old, "", "");
    assert_eq!(status, 404);
    let (status, _) = request(second.addr(), "POST", &format!("{old}/hello"), "", "{}");
    assert_eq!(status, 404);
}

#[test]
fn unknown_paths_and_path_tricks_find_nothing() {
    let (room, _m) = start_with(&example(), Screen::Board);
    let base = path_of(&room);
    for path in [
        "/".to_owned(),
        "/j".to_owned(),
        "/index.html".to_owned(),
        "/etc/passwd".to_owned(),
        format!("{base}/../../Cargo.toml"),
        format!("{base}/%2e%2e/Cargo.toml"),
        format!("{base}/nothing"),
        format!("{base}/join.html"),
    ] {
        let (status, body) = request(room.addr(), "GET", &path, "", "");
        assert_eq!(status, 404, "{path}");
        assert!(
            !body.contains("[package]") && !body.contains("root:"),
            "{path}"
        );
    }
}

#[test]
fn a_phone_joins_and_each_thing_it_sends_arrives_as_a_message() {
    let session = example();
    let sam = session
        .participants
        .iter()
        .find(|p| p.name == "Sam")
        .unwrap()
        .id
        .0;
    let (room, messages) = start_with(&session, Screen::Board);
    let base = path_of(&room);
    let phone = join(&room);
    let (status, _) = request(
        room.addr(),
        "POST",
        &format!("{base}/me"),
        &phone,
        &format!("{{\"person\":{sam}}}"),
    );
    assert_eq!(status, 202);
    let board = session.boards[0].id.0;
    let (status, body) = request(
        room.addr(),
        "POST",
        &format!("{base}/word"),
        &phone,
        &format!("{{\"board\":{board},\"text\":\"  being heard  \"}}"),
    );
    assert_eq!(status, 202, "{body}");
    match next_change(&messages) {
        RoomMessage::AddWord {
            person,
            text,
            board: b,
            ..
        } => {
            assert_eq!(
                (person, text.as_str(), b),
                (Some(sam), "being heard", board)
            );
        }
        other => panic!("{other:?}"),
    }
    let rung = session.ladder.rungs[2].id.0;
    let (status, _) = request(
        room.addr(),
        "POST",
        &format!("{base}/ladder"),
        &phone,
        &format!(
            "{{\"subject\":\"organisation\",\"kind\":\"now\",\"rung\":{rung},\"reason\":\"they ask, then decide\"}}"
        ),
    );
    assert_eq!(status, 202);
    assert!(
        matches!(next_change(&messages), RoomMessage::Place { reason, .. } if reason == "they ask, then decide")
    );
    let phase = session.river.phases[4].id.0;
    let (status, _) = request(
        room.addr(),
        "POST",
        &format!("{base}/river"),
        &phone,
        &format!("{{\"phase\":{phase},\"question\":\"support\",\"text\":\"a buddy\"}}"),
    );
    assert_eq!(status, 202);
    assert!(
        matches!(next_change(&messages), RoomMessage::Answer { text, .. } if text == "a buddy")
    );

    // Things that are not there, or too long, are refused before they reach the app.
    for (route, body) in [
        (
            "ladder",
            "{\"subject\":\"organisation\",\"kind\":\"now\",\"rung\":999999}".to_owned(),
        ),
        (
            "river",
            format!("{{\"phase\":{phase},\"question\":\"why\",\"text\":\"x\"}}"),
        ),
        (
            "word",
            format!("{{\"board\":{board},\"text\":\"{}\"}}", "x".repeat(141)),
        ),
        ("word", format!("{{\"board\":{board},\"text\":\"   \"}}")),
        ("word", "not json".to_owned()),
    ] {
        let (status, _) = request(
            room.addr(),
            "POST",
            &format!("{base}/{route}"),
            &phone,
            &body,
        );
        assert!((400..500).contains(&status), "{route} {body}: {status}");
    }
    assert!(
        messages.try_recv().is_err(),
        "nothing refused reaches the app"
    );
}

#[test]
fn a_phone_sees_no_hidden_words_and_not_who_wrote_what() {
    let mut session = example();
    let board = &mut session.boards[0];
    board.settings.private_round = true;
    let mut secret = board.notes[0].clone();
    secret.text = "a face-down secret".to_owned();
    secret.hidden = true;
    secret.id = stepping_stones::model::NoteId(9_999);
    board.notes.push(secret);
    let (room, _m) = start_with(&session, Screen::Board);
    let phone = join(&room);
    let (status, state) = request(
        room.addr(),
        "GET",
        &format!("{}/state?v=0", path_of(&room)),
        &phone,
        "",
    );
    assert_eq!(status, 200);
    assert!(!state.contains("face-down secret"));
    assert!(!state.contains("author"));
    let v: serde_json::Value = serde_json::from_str(&state).unwrap();
    assert_eq!(v["board"]["private_round"], true);
    assert_eq!(v["board"]["voting"], false);
}

#[test]
fn an_oversized_body_is_refused() {
    let session = example();
    let (room, messages) = start_with(&session, Screen::Board);
    let phone = join(&room);
    let board = session.boards[0].id.0;
    let big = format!("{{\"board\":{board},\"text\":\"{}\"}}", "x".repeat(20_000));
    let (status, _) = request(
        room.addr(),
        "POST",
        &format!("{}/word", path_of(&room)),
        &phone,
        &big,
    );
    assert_eq!(status, 413);
    while let Ok(m) = messages.try_recv() {
        assert_eq!(m, RoomMessage::PhonesChanged);
    }
}

#[test]
fn a_burst_of_requests_is_slowed_and_the_server_carries_on() {
    let session = example();
    let (room, _m) = start_with(&session, Screen::Board);
    let phone = join(&room);
    let base = path_of(&room);
    let started = Instant::now();
    let mut slowed = 0;
    // One phone, sending as fast as it can: 60 requests, well within ten seconds.
    for _ in 0..60 {
        let (status, _) = request(
            room.addr(),
            "POST",
            &format!("{base}/me"),
            &phone,
            "{\"person\":null}",
        );
        if status == 429 {
            slowed += 1;
        }
        assert!(started.elapsed() < Duration::from_secs(10));
    }
    assert!(slowed > 0, "a phone's burst is slowed");
    // Anyone at all, with a wrong token: 400 requests, bounded in time.
    let mut busy = 0;
    for _ in 0..400 {
        let (status, _) = request(room.addr(), "GET", "/j/wrong", "", "");
        if status == 429 {
            busy += 1;
        }
        if started.elapsed() > Duration::from_secs(20) {
            break;
        }
    }
    assert!(busy > 0, "a flood is slowed");
    std::thread::sleep(Duration::from_millis(1500));
    let (status, _) = request(room.addr(), "GET", &base, "", "");
    assert_eq!(status, 200, "the room carries on after a burst");
}

#[test]
fn a_phone_turned_away_gets_nothing_more() {
    let (room, messages) = start_with(&example(), Screen::Board);
    let phone = join(&room);
    let seen = room.phones();
    assert_eq!(seen.len(), 1);
    room.turn_away(seen[0].id);
    let (status, body) = request(
        room.addr(),
        "GET",
        &format!("{}/state?v=0", path_of(&room)),
        &phone,
        "",
    );
    assert_eq!(status, 403);
    assert!(body.contains("away"));
    let (status, _) = request(
        room.addr(),
        "POST",
        &format!("{}/hello", path_of(&room)),
        "",
        &format!("{{\"phone\":\"{phone}\"}}"),
    );
    assert_eq!(status, 403);
    assert!(room.phones()[0].turned_away);
    drop(messages);
}

#[test]
fn the_room_fills_up() {
    let (room, _m) = start_with(&example(), Screen::Board);
    for _ in 0..room::MAX_PHONES {
        join(&room);
    }
    let (status, _) = request(
        room.addr(),
        "POST",
        &format!("{}/hello", path_of(&room)),
        "",
        "{}",
    );
    assert_eq!(status, 503);
}

#[test]
fn after_stop_the_address_answers_nothing() {
    let (room, _m) = start_with(&example(), Screen::Board);
    let addr = room.addr();
    let (status, _) = request(addr, "GET", &path_of(&room), "", "");
    assert_eq!(status, 200);
    room.stop();
    assert!(TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err());
}

#[test]
fn a_busy_port_is_said_plainly() {
    let taken = std::net::TcpListener::bind(SocketAddr::from((LOOPBACK, 0))).unwrap();
    let addr = taken.local_addr().unwrap();
    let view = RoomView::of(&example(), Screen::Board, None);
    let err = room::start(addr, view, Arc::new(|| {})).unwrap_err();
    assert_eq!(err, room::RoomError::PortBusy(addr.port()));
    assert!(err.to_string().contains(&addr.port().to_string()));
}
