//! The small HTTP server: axum on a one-thread tokio runtime in its own thread. Fixed
//! routes under a random token, the page compiled in, no files served, nothing about a phone
//! kept but a random key and a few counts, and no address ever logged.
#![allow(
    clippy::result_large_err,
    reason = "a refusal is the HTTP response itself, made once per refused request"
)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tokio::sync::{oneshot, watch};

mod routes;

use super::limits::{self, Bucket};
use super::view::{SubjectKey, Target, parse_kind, parse_question};
use super::{JOIN_PAGE, RoomMessage, RoomView, random_token};

/// How long a page's question "anything new?" waits before it is answered anyway.
const LONG_POLL: Duration = Duration::from_secs(20);

/// A phone, by the small number the laptop shows for it. Never its address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PhoneId(pub u64);

/// A phone as the facilitator sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneSeen {
    pub id: PhoneId,
    /// The name it chose, or `None` for "I'd rather not say" (or not chosen yet).
    pub person: Option<String>,
    /// Whether a name (or "I'd rather not say") was chosen yet.
    pub chosen: bool,
    pub turned_away: bool,
}

/// Why the room could not be opened, in words the facilitator can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoomError {
    #[error("{}", crate::text::invite::port_busy(*.0))]
    PortBusy(u16),
    #[error("{}", crate::text::invite::NOT_ON_THIS_NETWORK)]
    AddressNotHere,
    #[error("{}", crate::text::invite::blocked(.0))]
    Blocked(String),
    #[error("{}", crate::text::invite::NO_RANDOMNESS)]
    NoRandomness,
}

#[derive(Debug)]
struct Phone {
    id: PhoneId,
    person: Option<u64>,
    chosen: bool,
    away: bool,
    words: u32,
    words_on: HashMap<u64, u32>,
    placements: u32,
    answers: u32,
    vote_changes: u32,
    bucket: Bucket,
}

struct Shared {
    token: String,
    view: watch::Receiver<Arc<RoomView>>,
    phones: Mutex<HashMap<String, Phone>>,
    next_phone: AtomicU64,
    all: Mutex<Bucket>,
    out: Mutex<Sender<RoomMessage>>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl Shared {
    fn send(&self, message: RoomMessage) {
        let sent = self
            .out
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .send(message);
        if sent.is_ok() {
            (self.wake)();
        }
    }

    fn phones(&self) -> std::sync::MutexGuard<'_, HashMap<String, Phone>> {
        self.phones.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The token is right and the server isn't flooded.
    fn admit(&self, token: &str) -> Result<(), Response> {
        if !self
            .all
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
        {
            return Err(refuse(StatusCode::TOO_MANY_REQUESTS, "busy"));
        }
        if same(token, &self.token) {
            Ok(())
        } else {
            Err(not_found())
        }
    }

    /// Runs `f` on the phone named by the request, if it may ask.
    fn with_phone<T>(
        &self,
        headers: &HeaderMap,
        f: impl FnOnce(&mut Phone) -> Result<T, Response>,
    ) -> Result<T, Response> {
        let key = headers
            .get("x-phone")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        let mut phones = self.phones();
        let phone = phones
            .get_mut(key)
            .ok_or_else(|| refuse(StatusCode::FORBIDDEN, "unknown"))?;
        if phone.away {
            return Err(refuse(StatusCode::FORBIDDEN, "away"));
        }
        if !phone.bucket.take() {
            return Err(refuse(StatusCode::TOO_MANY_REQUESTS, "slow"));
        }
        f(phone)
    }

    /// Hands what a phone sent to the app once `make` has checked it against the phone's
    /// limits, and says so to the phone; or says why not.
    fn deliver(
        &self,
        headers: &HeaderMap,
        make: impl FnOnce(&mut Phone) -> Result<RoomMessage, Response>,
    ) -> Response {
        match self.with_phone(headers, make) {
            Ok(message) => {
                self.send(message);
                accepted()
            }
            Err(r) => r,
        }
    }
}

/// Compares without stopping at the first difference, so timing tells nothing.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn json(status: StatusCode, body: &serde_json::Value) -> Response {
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body.to_string(),
    )
        .into_response()
}

fn refuse(status: StatusCode, why: &str) -> Response {
    json(status, &serde_json::json!({ "error": why }))
}

fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "").into_response()
}

fn accepted() -> Response {
    json(StatusCode::ACCEPTED, &serde_json::json!({ "ok": true }))
}

impl Shared {
    /// Lets in a request with the right token and a body that reads as `T`.
    fn admit_with<T: for<'de> Deserialize<'de>>(
        &self,
        token: &str,
        body: &Bytes,
    ) -> Result<T, Response> {
        self.admit(token)?;
        parse(body)
    }
}

fn parse<T: for<'de> Deserialize<'de>>(body: &Bytes) -> Result<T, Response> {
    serde_json::from_slice(body).map_err(|_| refuse(StatusCode::BAD_REQUEST, "bad"))
}

/// Trimmed text of at most `max` characters that isn't empty.
fn words(text: &str, max: usize) -> Result<String, Response> {
    let text = text.trim();
    if text.is_empty() {
        return Err(refuse(StatusCode::BAD_REQUEST, "empty"));
    }
    if text.chars().count() > max {
        return Err(refuse(StatusCode::BAD_REQUEST, "long"));
    }
    // The same cleaning every export uses: no control characters reach the session.
    Ok(crate::export::printable(text).into_owned())
}

/// The server, while it runs. Dropping it stops it.
pub struct Room {
    addr: SocketAddr,
    token: String,
    shared: Arc<Shared>,
    view: watch::Sender<Arc<RoomView>>,
    version: u64,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Room {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Room")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

/// Starts listening on `addr` (port 0: any free port). What phones send arrives on the
/// returned channel, each followed by a call to `wake`.
pub fn start(
    addr: SocketAddr,
    view: RoomView,
    wake: Arc<dyn Fn() + Send + Sync>,
) -> Result<(Room, Receiver<RoomMessage>), RoomError> {
    let token = random_token()?;
    let listener = std::net::TcpListener::bind(addr).map_err(|err| match err.kind() {
        std::io::ErrorKind::AddrInUse => RoomError::PortBusy(addr.port()),
        std::io::ErrorKind::AddrNotAvailable => RoomError::AddressNotHere,
        _ => RoomError::Blocked(err.to_string()),
    })?;
    let bound = listener
        .local_addr()
        .map_err(|e| RoomError::Blocked(e.to_string()))?;
    listener
        .set_nonblocking(true)
        .map_err(|e| RoomError::Blocked(e.to_string()))?;
    let (out, messages) = std::sync::mpsc::channel();
    let (view_tx, view_rx) = watch::channel(Arc::new(RoomView { version: 1, ..view }));
    let shared = Arc::new(Shared {
        token: token.clone(),
        view: view_rx,
        phones: Mutex::new(HashMap::new()),
        next_phone: AtomicU64::new(1),
        all: Mutex::new(Bucket::new(limits::ALL_BURST, limits::ALL_PER_SECOND)),
        out: Mutex::new(out),
        wake,
    });
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let router = routes::router(Arc::clone(&shared));
    let for_thread = Arc::clone(&shared);
    let thread = std::thread::Builder::new()
        .name("room".to_owned())
        .spawn(move || serve(listener, router, stop_rx, &for_thread))
        .map_err(|e| RoomError::Blocked(e.to_string()))?;
    Ok((
        Room {
            addr: bound,
            token,
            shared,
            view: view_tx,
            version: 1,
            stop: Some(stop_tx),
            thread: Some(thread),
        },
        messages,
    ))
}

fn serve(
    listener: std::net::TcpListener,
    router: Router,
    stop: oneshot::Receiver<()>,
    shared: &Shared,
) {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
    {
        Ok(r) => r,
        Err(err) => {
            shared.send(RoomMessage::Failed(err.to_string()));
            return;
        }
    };
    runtime.block_on(async move {
        let listener = match tokio::net::TcpListener::from_std(listener) {
            Ok(l) => l,
            Err(err) => {
                shared.send(RoomMessage::Failed(err.to_string()));
                return;
            }
        };
        let server = axum::serve(listener, router).into_future();
        tokio::select! {
            result = server => {
                if let Err(err) = result {
                    shared.send(RoomMessage::Failed(err.to_string()));
                }
            }
            _ = stop => {}
        }
    });
    // Dropping the runtime ends every open connection, waiting requests too.
    drop(runtime);
}

impl Room {
    /// Where it listens.
    #[must_use]
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The full link for phones, token and all.
    #[must_use]
    pub fn link(&self) -> String {
        format!("http://{}/j/{}", self.addr, self.token)
    }

    /// Hands phones a new picture of the session.
    pub fn show(&mut self, view: RoomView) {
        self.version += 1;
        let view = RoomView {
            version: self.version,
            ..view
        };
        self.view.send_replace(Arc::new(view));
    }

    /// Every phone that joined, in the order they came.
    #[must_use]
    pub fn phones(&self) -> Vec<PhoneSeen> {
        let view = self.shared.view.borrow().clone();
        let mut seen: Vec<PhoneSeen> = self
            .shared
            .phones()
            .values()
            .map(|p| PhoneSeen {
                id: p.id,
                person: p.person.and_then(|id| {
                    view.people
                        .iter()
                        .find(|person| person.id == id)
                        .map(|person| person.name.clone())
                }),
                chosen: p.chosen,
                turned_away: p.away,
            })
            .collect();
        seen.sort_by_key(|p| p.id);
        seen
    }

    /// Refuses a phone from now on.
    pub fn turn_away(&self, id: PhoneId) {
        if let Some(phone) = self.shared.phones().values_mut().find(|p| p.id == id) {
            phone.away = true;
        }
    }

    /// Stops listening at once; the address answers nothing afterwards.
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.halt();
    }
}
