//! A real phone browser joins the session: Debian's chromium, headless, in a phone-sized
//! window, driven over the W3C `WebDriver` protocol (chromedriver). The app runs in-process in the test
//! harness, its server on 127.0.0.1 only. Marked `#[ignore]` because it needs chromium and
//! chromedriver installed; `.ci/run` installs them and runs it with
//! `cargo test --test phone_browser -- --ignored`.
//!
//! Set `STEPPING_STONES_SCREENSHOTS` to a folder to keep a picture of the page at phone
//! size (as in `docs/`).

mod common;
mod phone;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use common::{ScriptedPicker, key, with_example};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use fantoccini::{Client, ClientBuilder, Locator};
use stepping_stones::App;
use stepping_stones::edit::{BoardCommand, Command};
use stepping_stones::model::{PlacementKind, Question, Subject};
use stepping_stones::text::{board as board_words, invite as words};
use stepping_stones::ui::{Action, Then};

const PHONE_SIZE: (u32, u32) = (390, 844);

/// chromedriver on a free loopback port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn driver() -> Driver {
    let port = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Process::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver is installed (Debian: chromium-driver)");
    let started = Instant::now();
    while TcpStream::connect(SocketAddr::from(([127, 0, 0, 1], port))).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Driver { child, port }
}

async fn browser(driver: &Driver, profile: &std::path::Path) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".to_owned(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-proxy-server",
                format!("--window-size={},{}", PHONE_SIZE.0, PHONE_SIZE.1),
                format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("chromedriver starts chromium")
}

/// Lets the app take what the phone sent, until `done` holds (at most five seconds).
fn settle(h: &mut Harness<'static, App>, what: &str, done: impl Fn(&App) -> bool) {
    for _ in 0..250 {
        h.run();
        if done(h.state()) {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("{what} did not arrive");
}

/// Keeps the app drawing while the page catches up, until `find` finds something.
async fn page_shows(h: &mut Harness<'static, App>, c: &Client, css: &str, contains: &str) {
    for _ in 0..150 {
        h.run();
        if let Ok(e) = c.find(Locator::Css(css)).await
            && e.text().await.unwrap_or_default().contains(contains)
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(40)).await;
    }
    let body = c.source().await.unwrap_or_default();
    panic!("the page never showed {contains:?} in {css}:\n{body}");
}

fn sam(app: &App) -> stepping_stones::model::ParticipantId {
    app.session()
        .unwrap()
        .participants
        .iter()
        .find(|p| p.name == "Sam")
        .unwrap()
        .id
}

#[test]
#[ignore = "needs chromium and chromedriver; .ci/run installs them"]
fn a_phone_joins_writes_votes_places_and_answers_and_it_is_all_in_the_file() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("our-group.ron");
    let shots = std::env::var_os("STEPPING_STONES_SCREENSHOTS").map(std::path::PathBuf::from);
    let picker = ScriptedPicker::default();
    let mut h = with_example(&picker);
    h.state_mut()
        .listen_on(SocketAddr::from(([127, 0, 0, 1], 0)));
    let sam = sam(h.state());

    // The facilitator starts a new board with a private round, and invites the room.
    let ctx = h.ctx.clone();
    h.state_mut().run(
        &ctx,
        Action::EditThen(
            Command::Board(BoardCommand::AddBoard {
                topic: "What makes a good meeting".to_owned(),
            }),
            Then::ShowBoard,
        ),
    );
    h.run();
    h.get_by_label(board_words::START_PRIVATE).click();
    h.run();
    key(&mut h, Modifiers::COMMAND, Key::I);
    h.get_by_label(words::START).click();
    h.run();
    let link = h.state().room_link().unwrap().to_owned();
    assert!(h.query_by_label(&link).is_some(), "the link is on screen");
    let board = h.state().view().board.unwrap();
    let on_board = move |app: &App| app.session().unwrap().board(board).unwrap().clone();
    let notes_before = 0;

    let driver = driver();
    runtime.block_on(async {
        let c = browser(&driver, &dir.path().join("profile")).await;
        c.goto(&link).await.unwrap();
        page_shows(&mut h, &c, "h2", "Who are you?").await;
        c.find(Locator::XPath("//button[text()='Sam']"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        page_shows(&mut h, &c, "#app", "You are taking part as Sam.").await;
        settle(&mut h, "Sam's phone", |app| app.phones_connected() == 1);

        // Three words in the private round: face down on the laptop, "3 of 5".
        for word in ["safe", "listened to", "equal"] {
            let input = c.find(Locator::Id("word")).await.unwrap();
            input.send_keys(word).await.unwrap();
            c.find(Locator::Css("#app form button[type=submit]"))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
            page_shows(&mut h, &c, "#say", word).await;
        }
        settle(&mut h, "three words", |app| {
            on_board(app).notes.len() == notes_before + 3
        });
        let notes = on_board(h.state()).notes;
        assert!(
            notes[notes_before..]
                .iter()
                .all(|n| n.hidden && n.author == Some(sam))
        );
        page_shows(&mut h, &c, "#count", "3 of 5").await;
        h.get_by_label(words::CLOSE).click();
        h.run();
        assert!(
            h.query_by_label_contains(&board_words::written("Sam", 3, 5))
                .is_some(),
            "the laptop shows Sam: 3 of 5"
        );
        if let Some(shots) = &shots {
            std::fs::write(shots.join("join-phone.png"), c.screenshot().await.unwrap()).unwrap();
        }

        // The facilitator reveals; the phone gives two votes.
        h.get_by_label_contains("Reveal all").click();
        h.run();
        page_shows(&mut h, &c, "#votesleft", "3 of 3 votes left").await;
        for n in 0..2 {
            let buttons = c
                .find_all(Locator::Css("button[aria-label^='Give a vote to']"))
                .await
                .unwrap();
            buttons[n].click().await.unwrap();
            page_shows(
                &mut h,
                &c,
                "#votesleft",
                &format!("{} of 3 votes left", 2 - n),
            )
            .await;
        }
        let votes = |app: &App| {
            on_board(app)
                .votes
                .iter()
                .filter(|v| v.voter == sam)
                .count()
        };
        settle(&mut h, "two votes", |app| votes(app) == 2);

        // The ladder: the organisation, now, on Consultation, with a reason.
        key(&mut h, Modifiers::COMMAND, Key::Num2);
        page_shows(&mut h, &c, "h2", "The ladder").await;
        let consultation = h
            .state()
            .session()
            .unwrap()
            .ladder
            .rungs
            .iter()
            .find(|r| r.name == "Consultation")
            .unwrap()
            .id;
        c.find(Locator::Css(&format!(
            "label[for='rung-{}']",
            consultation.0
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
        c.find(Locator::Id("reason"))
            .await
            .unwrap()
            .send_keys("we are asked, then they decide")
            .await
            .unwrap();
        c.find(Locator::Css("#app form button[type=submit]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        settle(&mut h, "the ladder token", |app| {
            app.session()
                .unwrap()
                .ladder
                .placements
                .iter()
                .any(|p| p.by == Some(sam) && p.reason == "we are asked, then they decide")
        });

        // The river: one question at one phase.
        key(&mut h, Modifiers::COMMAND, Key::Num3);
        page_shows(&mut h, &c, "h2", "The river").await;
        c.find(Locator::Id("question"))
            .await
            .unwrap()
            .select_by_value("support")
            .await
            .unwrap();
        c.find(Locator::Id("answer"))
            .await
            .unwrap()
            .send_keys("someone who has been there")
            .await
            .unwrap();
        c.find(Locator::Css("#app form button[type=submit]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        settle(&mut h, "the river answer", |app| {
            app.session()
                .unwrap()
                .river
                .notes
                .iter()
                .any(|n| n.text == "someone who has been there" && n.author == Some(sam))
        });

        // A wrong token gets nothing.
        let wrong = format!("{}{}", &link[..link.len() - 32], "0".repeat(32));
        c.goto(&wrong).await.unwrap();
        let source = c.source().await.unwrap();
        assert!(!source.contains("Join the session"), "{source}");
        c.close().await.unwrap();
    });

    // Ctrl+S: it is all in the file.
    picker.answer(Some(file.clone()));
    key(&mut h, Modifiers::COMMAND, Key::S);
    let saved = stepping_stones::file::load(&file).unwrap();
    let board = saved.board(board).unwrap();
    let words_in: Vec<_> = board.notes[notes_before..]
        .iter()
        .map(|n| n.text.as_str())
        .collect();
    assert_eq!(words_in, ["safe", "listened to", "equal"]);
    assert!(board.notes.iter().all(|n| !n.hidden), "revealed");
    assert_eq!(board.votes.iter().filter(|v| v.voter == sam).count(), 2);
    let token = saved
        .ladder
        .placements
        .iter()
        .find(|p| p.by == Some(sam) && p.reason == "we are asked, then they decide")
        .unwrap();
    assert_eq!(
        (
            token.subject,
            token.kind,
            saved.ladder.rung_name(token.rung)
        ),
        (Subject::Organisation, PlacementKind::Now, "Consultation")
    );
    assert!(
        saved
            .river
            .notes
            .iter()
            .any(|n| n.question == Question::Support && n.text == "someone who has been there")
    );

    // After Stop the address answers nothing.
    let (addr, _) = phone::split_link(&link);
    key(&mut h, Modifiers::COMMAND, Key::I);
    h.get_by_label(words::STOP).click();
    h.run();
    assert!(TcpStream::connect_timeout(&addr, Duration::from_secs(2)).is_err());
}
