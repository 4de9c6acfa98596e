//! The room on their own phones, measured over loopback (127.0.0.1 only): the page's
//! weight, the time from Send on a phone to the note in the laptop's session, 20 phones
//! sending 5 words each at once (all arrive, and the laptop's frame time), and the CPU the
//! laptop spends while phones wait with nothing new.
//!
//! Prints one line per figure: `BENCH <scenario> <value> <unit>`. Run with `cargo bench`.

use std::net::SocketAddr;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use stepping_stones::App;
use stepping_stones::app::StartOptions;
use stepping_stones::ui::Action;

#[path = "../tests/phone/mod.rs"]
mod phone;

use phone::request;

fn report(name: &str, value: f64, unit: &str) {
    println!("BENCH {name} {value:.3} {unit}");
}

/// The app with the example session, inviting on loopback.
fn app() -> (Harness<'static, App>, SocketAddr, String) {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|cc| {
            App::new(
                cc,
                StartOptions {
                    data_folder: None,
                    ..StartOptions::default()
                },
            )
        });
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Action::OpenExample);
    h.state_mut()
        .listen_on(SocketAddr::from(([127, 0, 0, 1], 0)));
    h.state_mut().run(
        &ctx,
        Action::Invite(stepping_stones::ui::invite::InviteAction::Start),
    );
    h.run();
    let link = h.state().room_link().unwrap().to_owned();
    let rest = link.strip_prefix("http://").unwrap();
    let (host, base) = rest.split_at(rest.find('/').unwrap());
    (h, host.parse().unwrap(), base.to_owned())
}

fn join(addr: SocketAddr, base: &str) -> String {
    let (_, body) = request(addr, "POST", &format!("{base}/hello"), "", "{}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let key = v["phone"].as_str().unwrap().to_owned();
    request(
        addr,
        "POST",
        &format!("{base}/me"),
        &key,
        "{\"person\":null}",
    );
    key
}

fn notes(h: &Harness<'static, App>) -> usize {
    h.state().session().unwrap().boards[0].notes.len()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn cpu_seconds() -> f64 {
    // utime and stime, in clock ticks (100 a second on Linux), of the whole process.
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = after.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    report(
        "room_page_weight",
        stepping_stones::room::JOIN_PAGE.len() as f64 / 1024.0,
        "KiB",
    );

    // Send on a phone to the note in the session, as the next frame draws it.
    let (mut h, addr, base) = app();
    let board = h.state().session().unwrap().boards[0].id.0;
    let mut times = Vec::new();
    for i in 0..20 {
        let key = join(addr, &base);
        let before = notes(&h);
        let start = Instant::now();
        let (status, _) = request(
            addr,
            "POST",
            &format!("{base}/word"),
            &key,
            &format!("{{\"board\":{board},\"text\":\"word {i}\"}}"),
        );
        assert_eq!(status, 202);
        while notes(&h) == before {
            h.step();
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "the word never arrived"
            );
        }
        times.push(start.elapsed());
    }
    report(
        "room_send_to_screen",
        median(times).as_secs_f64() * 1000.0,
        "ms",
    );
    drop(h);

    // 20 phones, 5 words each, all at once; the laptop keeps drawing meanwhile.
    let (mut h, addr, base) = app();
    let keys: Vec<String> = (0..20).map(|_| join(addr, &base)).collect();
    let before = notes(&h);
    let mut idle = Vec::new();
    for _ in 0..60 {
        let t = Instant::now();
        h.step();
        idle.push(t.elapsed());
    }
    let gate = Arc::new(Barrier::new(keys.len() + 1));
    let senders: Vec<_> = keys
        .into_iter()
        .enumerate()
        .map(|(p, key)| {
            let gate = Arc::clone(&gate);
            let base = base.clone();
            std::thread::spawn(move || {
                gate.wait();
                (0..5)
                    .filter(|w| {
                        let body = format!("{{\"board\":{board},\"text\":\"phone {p} word {w}\"}}");
                        request(addr, "POST", &format!("{base}/word"), &key, &body).0 == 202
                    })
                    .count()
            })
        })
        .collect();
    gate.wait();
    let start = Instant::now();
    let mut busy = Vec::new();
    while notes(&h) < before + 100 && start.elapsed() < Duration::from_secs(10) {
        let t = Instant::now();
        h.step();
        busy.push(t.elapsed());
    }
    let accepted: usize = senders.into_iter().map(|s| s.join().unwrap()).sum();
    let arrived = notes(&h) - before;
    report("room_burst_20x5_accepted", accepted as f64, "words");
    report("room_burst_20x5_arrived", arrived as f64, "words");
    report(
        "room_burst_20x5_all_in",
        start.elapsed().as_secs_f64() * 1000.0,
        "ms",
    );
    report("room_frame_idle", median(idle).as_secs_f64() * 1000.0, "ms");
    report(
        "room_frame_during_burst",
        median(busy).as_secs_f64() * 1000.0,
        "ms",
    );
    assert_eq!(arrived, 100, "nothing lost");

    // 20 phones waiting for news that doesn't come: the laptop should do nothing.
    let waiting: Vec<_> = (0..20)
        .map(|_| {
            let key = join(addr, &base);
            let base = base.clone();
            std::thread::spawn(move || {
                // Ask for the version the phone already has: the answer waits (long poll).
                let (_, body) = request(addr, "GET", &format!("{base}/state?v=0"), &key, "");
                let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
                let version = v["version"].as_u64().unwrap_or(0);
                request(addr, "GET", &format!("{base}/state?v={version}"), &key, "");
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let cpu = cpu_seconds();
    let wall = Instant::now();
    std::thread::sleep(Duration::from_secs(5));
    let used = cpu_seconds() - cpu;
    report(
        "room_idle_cpu_20_phones",
        used / wall.elapsed().as_secs_f64() * 100.0,
        "percent",
    );
    drop(h);
    for w in waiting {
        let _ = w.join();
    }
}
