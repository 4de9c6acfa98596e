//! The routes phones may ask for: the page, joining, what the page shows now, and what a
//! phone sends (words, votes, ladder places, river answers). Each is checked against the
//! token, the limits and what phones may see before anything reaches the app.

#[allow(
    clippy::wildcard_imports,
    reason = "the routes are the server's own rooms"
)]
use super::*;

type Shr = State<Arc<Shared>>;

pub(super) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/j/{token}", get(page))
        .route("/j/{token}/state", get(state))
        .route("/j/{token}/hello", post(hello))
        .route("/j/{token}/me", post(me))
        .route("/j/{token}/word", post(word))
        .route("/j/{token}/vote", post(vote))
        .route("/j/{token}/ladder", post(ladder))
        .route("/j/{token}/river", post(river))
        .fallback(fallback)
        .layer(DefaultBodyLimit::max(limits::MAX_BODY))
        .with_state(shared)
}

async fn fallback(State(s): Shr) -> Response {
    match s.admit("") {
        Err(r) if r.status() == StatusCode::TOO_MANY_REQUESTS => r,
        _ => not_found(),
    }
}

async fn page(State(s): Shr, Path(token): Path<String>) -> Response {
    if let Err(r) = s.admit(&token) {
        return r;
    }
    let mut response = (StatusCode::OK, JOIN_PAGE).into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; \
             connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

#[derive(Deserialize)]
struct Hello {
    #[serde(default)]
    phone: String,
}

async fn hello(State(s): Shr, Path(token): Path<String>, body: Bytes) -> Response {
    let asked: Hello = match s.admit_with(&token, &body) {
        Ok(asked) => asked,
        Err(r) => return r,
    };
    let mut phones = s.phones();
    if let Some(phone) = phones.get(&asked.phone) {
        if phone.away {
            return refuse(StatusCode::FORBIDDEN, "away");
        }
        return json(StatusCode::OK, &serde_json::json!({ "phone": asked.phone }));
    }
    if phones.len() >= limits::MAX_PHONES {
        return refuse(StatusCode::SERVICE_UNAVAILABLE, "full");
    }
    let Ok(key) = random_token() else {
        return refuse(StatusCode::SERVICE_UNAVAILABLE, "full");
    };
    let id = PhoneId(s.next_phone.fetch_add(1, Ordering::Relaxed));
    phones.insert(
        key.clone(),
        Phone {
            id,
            person: None,
            chosen: false,
            away: false,
            words: 0,
            words_on: HashMap::new(),
            placements: 0,
            answers: 0,
            vote_changes: 0,
            bucket: Bucket::new(limits::PHONE_BURST, limits::PHONE_PER_SECOND),
        },
    );
    drop(phones);
    s.send(RoomMessage::PhonesChanged);
    json(StatusCode::OK, &serde_json::json!({ "phone": key }))
}

/// What `/state` answers: the snapshot, and this phone's own part.
fn state_for(view: &RoomView, phone: &Phone) -> serde_json::Value {
    let mut value = serde_json::to_value(view).unwrap_or_default();
    let board = view.board.as_ref();
    let written = match (phone.person, board) {
        (Some(p), Some(b)) => b.written.get(&p).copied().unwrap_or(0),
        (None, Some(b)) => phone.words_on.get(&b.id).copied().unwrap_or(0),
        _ => 0,
    };
    let votes: Vec<String> = match (phone.person, board) {
        (Some(p), Some(b)) => b
            .votes_by
            .get(&p)
            .map(|v| v.iter().map(|t| t.key()).collect())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    if let Some(map) = value.as_object_mut() {
        map.insert(
            "me".to_owned(),
            serde_json::json!({
                "chosen": phone.chosen,
                "person": phone.person,
                "written": written,
                "votes": votes,
            }),
        );
    }
    value
}

async fn state(State(s): Shr, Path(token): Path<String>, uri: Uri, headers: HeaderMap) -> Response {
    if let Err(r) = s.admit(&token) {
        return r;
    }
    if let Err(r) = s.with_phone(&headers, |_| Ok(())) {
        return r;
    }
    let known: u64 = uri
        .query()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("v=")))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut view = s.view.clone();
    // Marks the snapshot seen, so `changed` waits for the next one.
    if view.borrow_and_update().version == known {
        // Wait (without work) for something new, or answer after a while anyway.
        let _ = tokio::time::timeout(LONG_POLL, view.changed()).await;
    }
    let snapshot = view.borrow().clone();
    let key = headers
        .get("x-phone")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let phones = s.phones();
    match phones.get(key) {
        Some(phone) if !phone.away => json(StatusCode::OK, &state_for(&snapshot, phone)),
        _ => refuse(StatusCode::FORBIDDEN, "away"),
    }
}

#[derive(Deserialize)]
struct Me {
    person: Option<u64>,
}

async fn me(State(s): Shr, Path(token): Path<String>, headers: HeaderMap, body: Bytes) -> Response {
    let asked: Me = match s.admit_with(&token, &body) {
        Ok(asked) => asked,
        Err(r) => return r,
    };
    let view = s.view.borrow().clone();
    if asked
        .person
        .is_some_and(|p| !view.people.iter().any(|person| person.id == p))
    {
        return refuse(StatusCode::BAD_REQUEST, "gone");
    }
    let done = s.with_phone(&headers, |phone| {
        phone.person = asked.person;
        phone.chosen = true;
        Ok(())
    });
    if let Err(r) = done {
        return r;
    }
    s.send(RoomMessage::PhonesChanged);
    accepted()
}

#[derive(Deserialize)]
struct Word {
    board: u64,
    text: String,
}

async fn word(
    State(s): Shr,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let asked: Word = match s.admit_with(&token, &body) {
        Ok(asked) => asked,
        Err(r) => return r,
    };
    let view = s.view.borrow().clone();
    let Some(board) = view.board.as_ref().filter(|b| b.id == asked.board) else {
        return refuse(StatusCode::CONFLICT, "moved");
    };
    let text = match words(&asked.text, board.note_chars) {
        Ok(t) => t,
        Err(r) => return r,
    };
    s.deliver(&headers, |phone| {
        let on_board = phone.words_on.get(&board.id).copied().unwrap_or(0);
        let written = phone.person.map_or(on_board, |p| {
            board.written.get(&p).copied().unwrap_or(0).max(on_board)
        });
        if written >= board.words_each {
            return Err(refuse(StatusCode::CONFLICT, "enough"));
        }
        if phone.words >= limits::PHONE_WORDS {
            return Err(refuse(StatusCode::TOO_MANY_REQUESTS, "limit"));
        }
        phone.words += 1;
        *phone.words_on.entry(board.id).or_default() += 1;
        Ok(RoomMessage::AddWord {
            phone: phone.id,
            board: board.id,
            person: phone.person,
            text,
        })
    })
}

#[derive(Deserialize)]
struct VoteAsk {
    board: u64,
    target: String,
    give: bool,
}

async fn vote(
    State(s): Shr,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let asked: VoteAsk = match s.admit_with(&token, &body) {
        Ok(asked) => asked,
        Err(r) => return r,
    };
    let view = s.view.borrow().clone();
    let Some(board) = view
        .board
        .as_ref()
        .filter(|b| b.id == asked.board && b.voting)
    else {
        return refuse(StatusCode::CONFLICT, "moved");
    };
    let Some(target) = Target::parse(&asked.target).filter(|t| {
        let key = t.key();
        board.items.iter().any(|i| i.key == key)
    }) else {
        return refuse(StatusCode::CONFLICT, "gone");
    };
    s.deliver(&headers, |phone| {
        let Some(person) = phone.person else {
            return Err(refuse(StatusCode::CONFLICT, "name"));
        };
        let mine = board.votes_by.get(&person).map_or(&[][..], Vec::as_slice);
        if asked.give && mine.len() >= board.votes_each as usize {
            return Err(refuse(StatusCode::CONFLICT, "enough"));
        }
        if !asked.give && !mine.contains(&target) {
            return Err(refuse(StatusCode::CONFLICT, "gone"));
        }
        if phone.vote_changes >= limits::PHONE_VOTE_CHANGES {
            return Err(refuse(StatusCode::TOO_MANY_REQUESTS, "limit"));
        }
        phone.vote_changes += 1;
        Ok(RoomMessage::Vote {
            phone: phone.id,
            board: board.id,
            person,
            target,
            give: asked.give,
        })
    })
}

#[derive(Deserialize)]
struct PlaceAsk {
    subject: String,
    kind: String,
    rung: u64,
    #[serde(default)]
    reason: String,
}

async fn ladder(
    State(s): Shr,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let asked: PlaceAsk = match s.admit_with(&token, &body) {
        Ok(asked) => asked,
        Err(r) => return r,
    };
    let view = s.view.borrow().clone();
    let rung_known = view
        .ladder
        .rungs
        .iter()
        .any(|r| r.key == asked.rung.to_string());
    let subject = SubjectKey::parse(&asked.subject).filter(|k| {
        *k == SubjectKey::Myself || view.ladder.subjects.iter().any(|s| s.key == asked.subject)
    });
    let (Some(subject), Some(kind), true) = (subject, parse_kind(&asked.kind), rung_known) else {
        return refuse(StatusCode::CONFLICT, "gone");
    };
    let reason = asked.reason.trim();
    if reason.chars().count() > limits::MAX_REASON {
        return refuse(StatusCode::BAD_REQUEST, "long");
    }
    let reason = crate::export::printable(reason).into_owned();
    s.deliver(&headers, |phone| {
        if subject == SubjectKey::Myself && phone.person.is_none() {
            return Err(refuse(StatusCode::CONFLICT, "name"));
        }
        if phone.placements >= limits::PHONE_PLACEMENTS {
            return Err(refuse(StatusCode::TOO_MANY_REQUESTS, "limit"));
        }
        phone.placements += 1;
        Ok(RoomMessage::Place {
            phone: phone.id,
            subject,
            kind,
            rung: asked.rung,
            person: phone.person,
            reason,
        })
    })
}

#[derive(Deserialize)]
struct AnswerAsk {
    phase: u64,
    question: String,
    text: String,
}

async fn river(
    State(s): Shr,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let asked: AnswerAsk = match s.admit_with(&token, &body) {
        Ok(asked) => asked,
        Err(r) => return r,
    };
    let view = s.view.borrow().clone();
    let phase_known = view
        .river
        .phases
        .iter()
        .any(|p| p.key == asked.phase.to_string());
    let (Some(question), true) = (parse_question(&asked.question), phase_known) else {
        return refuse(StatusCode::CONFLICT, "gone");
    };
    let text = match words(&asked.text, view.river.answer_chars) {
        Ok(t) => t,
        Err(r) => return r,
    };
    s.deliver(&headers, |phone| {
        if phone.answers >= limits::PHONE_ANSWERS {
            return Err(refuse(StatusCode::TOO_MANY_REQUESTS, "limit"));
        }
        phone.answers += 1;
        Ok(RoomMessage::Answer {
            phone: phone.id,
            phase: asked.phase,
            question,
            person: phone.person,
            text,
        })
    })
}
