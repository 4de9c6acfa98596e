//! Inviting the room, driven through the app as a facilitator would: the menu and Ctrl+I,
//! the code and the link, phones joining over loopback (127.0.0.1 only), what they send
//! arriving as ordinary undoable changes, turning one away, and stopping.

mod common;
mod phone;

use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use common::{ScriptedPicker, key, undo, with_example};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use phone::Phone;
use stepping_stones::App;
use stepping_stones::edit::{BoardCommand, Command};
use stepping_stones::text::{self, invite as words};
use stepping_stones::ui::Action;

/// The example session, listening on loopback only, with the invite screen open by Ctrl+I.
fn invited() -> Harness<'static, App> {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.state_mut()
        .listen_on(SocketAddr::from(([127, 0, 0, 1], 0)));
    key(&mut h, Modifiers::COMMAND, Key::I);
    assert!(
        h.query_by_label(words::START).is_some(),
        "Ctrl+I opens the invite screen"
    );
    h.get_by_label(words::START).click();
    h.run();
    h
}

/// Lets the app take what phones sent, until `done` holds (at most two seconds).
fn settle(h: &mut Harness<'static, App>, done: impl Fn(&App) -> bool) {
    for _ in 0..100 {
        h.run();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("what the phone sent did not arrive");
}

fn sam(app: &App) -> u64 {
    let session = app.session().unwrap();
    session
        .participants
        .iter()
        .find(|p| p.name == "Sam")
        .unwrap()
        .id
        .0
}

#[test]
fn the_menu_and_the_shortcuts_sheet_offer_it() {
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.get_by_label(text::menu::VIEW).click();
    h.run();
    h.get_by_label_contains(words::INVITE_THE_ROOM).click();
    h.run();
    assert!(h.query_by_label(words::START).is_some());
    assert!(
        h.state().room_link().is_none(),
        "nothing listens until asked"
    );
    // The sheet lists every shortcut the app answers (tested in ui_shell.rs); Ctrl+I is one.
    assert!(
        stepping_stones::ui::menu::app_shortcuts()
            .iter()
            .any(|s| s.keys == stepping_stones::ui::menu::INVITE && s.what == text::help::INVITE)
    );
}

#[test]
fn starting_shows_the_code_and_the_link_and_stop_ends_it() {
    let mut h = invited();
    let link = h.state().room_link().unwrap().to_owned();
    assert!(link.starts_with("http://127.0.0.1:"));
    assert!(h.query_by_label(&link).is_some(), "the link is written out");
    assert!(
        h.query_by_label(words::QR_LABEL).is_some(),
        "the code is shown"
    );
    assert!(h.query_by_label(&words::phones_count(0)).is_some());
    let (addr, _) = phone::split_link(&link);

    let phone = Phone::join(&link);
    settle(&mut h, |app| app.phones_connected() == 1);
    assert!(h.query_by_label(&words::phones_count(1)).is_some());

    h.get_by_label(words::STOP).click();
    h.run();
    assert!(h.state().room_link().is_none());
    assert!(TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err());
    drop(phone);
}

#[test]
fn the_code_and_link_show_in_projector_mode_without_controls() {
    let mut h = invited();
    let link = h.state().room_link().unwrap().to_owned();
    key(&mut h, Modifiers::NONE, Key::F11);
    assert!(h.query_by_label(&link).is_some());
    assert!(h.query_by_label(words::QR_LABEL).is_some());
    assert!(
        h.query_by_label(words::STOP).is_none(),
        "the room never sees the controls"
    );
}

#[test]
fn words_from_a_phone_arrive_face_down_and_undo_like_any_other() {
    let mut h = invited();
    let session = h.state().session().unwrap();
    let board = session.boards[0].id;
    let mut settings = session.boards[0].settings;
    settings.private_round = true;
    let ctx = h.ctx.clone();
    h.state_mut().run(
        &ctx,
        Action::Edit(Command::Board(BoardCommand::SetBoardSettings {
            board,
            settings,
        })),
    );
    h.run();
    let sam = sam(h.state());
    let phone = Phone::join(h.state().room_link().unwrap());
    assert_eq!(phone.post("me", &format!("{{\"person\":{sam}}}")).0, 202);
    settle(&mut h, |app| app.phones_connected() == 1);
    assert!(
        h.query_by_label("Sam").is_some(),
        "the phone's chosen name is listed"
    );
    let before = h.state().session().unwrap().boards[0].notes.len();
    for word in ["safe", "heard", "respected"] {
        let (status, body) = phone.post(
            "word",
            &format!("{{\"board\":{},\"text\":\"{word}\"}}", board.0),
        );
        assert_eq!(status, 202, "{body}");
    }
    let by_sam = |app: &App| {
        app.session().unwrap().boards[0]
            .notes
            .iter()
            .filter(|n| n.author.map(|a| a.0) == Some(sam))
            .count()
    };
    settle(&mut h, |app| {
        app.session().unwrap().boards[0].notes.len() == before + 3
    });
    let notes = &h.state().session().unwrap().boards[0].notes;
    assert!(
        notes[before..].iter().all(|n| n.hidden),
        "face down in a private round"
    );
    assert_eq!(phone.state().1["me"]["written"], by_sam(h.state()));
    assert!(h.state().is_dirty());
    undo(&mut h);
    assert_eq!(
        h.state().session().unwrap().boards[0].notes.len(),
        before + 2
    );
}

#[test]
fn ladder_tokens_from_phones_wait_hidden_until_shown_all_at_once() {
    let mut h = invited();
    let sam = sam(h.state());
    let phone = Phone::join(h.state().room_link().unwrap());
    phone.post("me", &format!("{{\"person\":{sam}}}"));
    let rung = h.state().session().unwrap().ladder.rungs[2].id.0;
    let (status, _) = phone.post(
        "ladder",
        &format!("{{\"subject\":\"organisation\",\"kind\":\"now\",\"rung\":{rung},\"reason\":\"asked, not heard\"}}"),
    );
    assert_eq!(status, 202);
    let mine = |app: &App| {
        app.session()
            .unwrap()
            .ladder
            .placements
            .iter()
            .find(|p| p.by.map(|b| b.0) == Some(sam) && p.reason == "asked, not heard")
            .cloned()
    };
    settle(&mut h, |app| mine(app).is_some());
    assert!(mine(h.state()).unwrap().hidden);
    h.get_by_label(words::CLOSE).click();
    h.run();
    key(&mut h, Modifiers::COMMAND, Key::Num2);
    assert!(h.query_by_label(&words::tokens_waiting(1)).is_some());
    h.get_by_label(words::SHOW_THEM_ALL).click();
    h.run();
    assert!(!mine(h.state()).unwrap().hidden);
    assert!(h.query_by_label(&words::tokens_waiting(1)).is_none());
    undo(&mut h);
    assert!(mine(h.state()).unwrap().hidden, "showing them is undoable");
}

#[test]
fn a_phone_turned_away_is_refused_from_then_on() {
    let mut h = invited();
    let phone = Phone::join(h.state().room_link().unwrap());
    settle(&mut h, |app| app.phones_connected() == 1);
    h.get_by_label(&words::turn_away_label(1)).scroll_to_me();
    h.run();
    h.get_by_label(&words::turn_away_label(1)).click();
    h.run();
    assert_eq!(h.state().phones_connected(), 0);
    assert_eq!(phone.state().0, 403);
    assert!(h.query_by_label(words::TURNED_AWAY).is_some());
}

#[test]
fn closing_the_session_stops_inviting() {
    let mut h = invited();
    let (addr, _) = phone::split_link(h.state().room_link().unwrap());
    key(&mut h, Modifiers::COMMAND, Key::N);
    assert!(h.state().room_link().is_none());
    assert!(TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err());
}

#[test]
fn a_hidden_token_is_kept_in_the_file_and_left_out_of_what_is_shared() {
    use stepping_stones::edit::{LadderCommand, apply};
    use stepping_stones::export::Names;
    use stepping_stones::export::summary::{SummaryOptions, summary};
    use stepping_stones::model::{PlacementKind, Subject};
    let mut session =
        stepping_stones::file::from_text(stepping_stones::app::EXAMPLE_SESSION).unwrap();
    // Files written before tokens could wait hidden have no such field, and still read.
    let before = stepping_stones::file::to_text(&session).unwrap();
    assert!(!before.contains("hidden: true"));
    let rung = session.ladder.rungs[0].id;
    apply(
        &mut session,
        Command::Ladder(LadderCommand::Place {
            subject: Subject::Team,
            kind: PlacementKind::Realistic,
            rung,
            by: None,
            agreed: false,
            meeting: None,
        }),
    )
    .unwrap();
    let id = session.ladder.placements.last().unwrap().id;
    apply(
        &mut session,
        Command::Batch(vec![
            Command::Ladder(LadderCommand::SetHidden(vec![(id, true)])),
            Command::SetText {
                field: stepping_stones::edit::TextField::PlacementReason(id),
                text: "a view nobody has seen yet".to_owned(),
            },
        ]),
    )
    .unwrap();
    let text = stepping_stones::file::to_text(&session).unwrap();
    let back = stepping_stones::file::from_text(&text).unwrap();
    assert_eq!(back, session, "a hidden token survives saving and loading");
    assert_eq!(back.ladder.hidden_count(), 1);
    let shared = summary(
        &back,
        SummaryOptions {
            names: Names::Show,
            meeting: None,
        },
    );
    assert!(!shared.contains("a view nobody has seen yet"));
}
