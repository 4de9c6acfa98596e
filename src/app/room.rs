//! The app's side of the room on their own phones (#15): starting and stopping the server,
//! turning what phones send into ordinary commands, and handing the server a picture of
//! what phones may see after each change.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use super::App;
use crate::edit::{BoardCommand, Command, LadderCommand, RiverCommand, TextField};
use crate::model::{
    BoardId, MeetingId, ParticipantId, PhaseId, PlacementId, RungId, Session, Vote, VoteTarget,
};
use crate::room::{
    self, ListenChoice, PhoneId, PhoneSeen, Room, RoomError, RoomMessage, RoomView, Screen, Target,
};
use crate::text::invite as words;
use crate::ui::Tab;
use crate::ui::invite::{InviteAction, InviteScreen, invite_ui};

/// After this long with nothing from any phone, inviting stops by itself.
pub const IDLE_STOP: Duration = Duration::from_hours(2);
/// The most messages taken in one frame, so a flood never holds up drawing; the rest wait
/// for the next frame.
const PER_FRAME: usize = 200;

/// The server while it runs, and what the invite screen shows.
pub(super) struct RoomSide {
    running: Option<Running>,
    /// The invite screen is open.
    shown: bool,
    choices: Vec<ListenChoice>,
    /// Set from `STEPPING_STONES_LISTEN`: this address, its port included, and no other.
    fixed: Option<SocketAddr>,
    chosen: usize,
    hide_tokens: bool,
    problem: Option<String>,
}

struct Running {
    room: Room,
    messages: Receiver<RoomMessage>,
    link: String,
    code: Vec<bool>,
    code_width: usize,
    phones: Vec<PhoneSeen>,
    last_heard: Instant,
    /// What the server was last shown: the session's state number, tab and board.
    shown_key: Option<(u64, Tab, Option<BoardId>)>,
    /// Words each anonymous phone wrote on each board, for the words-each limit.
    anonymous_words: HashMap<(PhoneId, BoardId), u32>,
}

impl Default for RoomSide {
    fn default() -> Self {
        let fixed = room::listen_from_env();
        let choices = match fixed {
            Some(addr) => vec![ListenChoice {
                ip: addr.ip(),
                name: String::new(),
            }],
            None => room::listen_choices(),
        };
        Self {
            running: None,
            shown: false,
            choices,
            fixed,
            chosen: 0,
            hide_tokens: true,
            problem: None,
        }
    }
}

impl RoomSide {
    /// The link phones join with, while they can.
    #[must_use]
    pub(super) fn link(&self) -> Option<&str> {
        self.running.as_ref().map(|r| r.link.as_str())
    }
}

fn screen_for(tab: Tab) -> Screen {
    match tab {
        Tab::Board => Screen::Board,
        Tab::Ladder => Screen::Ladder,
        Tab::River => Screen::River,
        Tab::Session => Screen::None,
    }
}

/// A person who is still in the session, or nobody.
fn still_here(session: &Session, person: Option<u64>) -> Option<ParticipantId> {
    person
        .map(ParticipantId)
        .filter(|p| session.participant(*p).is_some())
}

/// The commands that put a phone's ladder token in place, hidden if asked, with its reason.
fn placement_command(
    session: &Session,
    subject: crate::model::Subject,
    kind: crate::model::PlacementKind,
    rung: RungId,
    by: Option<ParticipantId>,
    reason: String,
    hide: bool,
) -> Command {
    let meeting: Option<MeetingId> = session.current_meeting;
    // Placing moves a token already there for the same subject, question, person and
    // meeting; otherwise the new token takes the next id.
    let id = session
        .ladder
        .placements
        .iter()
        .find(|p| p.key() == (subject, kind, by, false) && p.meeting == meeting)
        .map_or(PlacementId(session.next_id), |p| p.id);
    let mut commands = vec![Command::Ladder(LadderCommand::Place {
        subject,
        kind,
        rung,
        by,
        agreed: false,
        meeting,
    })];
    if hide {
        commands.push(Command::Ladder(LadderCommand::SetHidden(vec![(id, true)])));
    }
    if !reason.is_empty() {
        commands.push(Command::SetText {
            field: TextField::PlacementReason(id),
            text: reason,
        });
    }
    Command::Batch(commands)
}

impl App {
    /// Takes what phones sent, stops after a long quiet, and shows phones the session as it
    /// is now. Called from `logic()` every frame; does nothing while nobody is invited.
    pub(super) fn room_logic(&mut self, ctx: &egui::Context) {
        let Some(running) = &mut self.room.running else {
            return;
        };
        let mut messages = Vec::new();
        let mut gone = false;
        while messages.len() < PER_FRAME {
            match running.messages.try_recv() {
                Ok(m) => messages.push(m),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    gone = true;
                    break;
                }
            }
        }
        if messages.len() == PER_FRAME {
            ctx.request_repaint();
        }
        if !messages.is_empty() {
            running.last_heard = Instant::now();
        }
        for message in messages {
            self.take_from_phone(message);
        }
        if gone {
            self.stop_room(words::failed("-"));
            return;
        }
        let Some(running) = &mut self.room.running else {
            return;
        };
        let quiet = running.last_heard.elapsed();
        if quiet >= IDLE_STOP {
            self.stop_room(words::STOPPED_IDLE.to_owned());
            return;
        }
        ctx.request_repaint_after(IDLE_STOP.saturating_sub(quiet));
        let Some(doc) = &self.doc else {
            return;
        };
        let key = (doc.history.state(), self.view.tab, self.view.board);
        if running.shown_key != Some(key) {
            running.shown_key = Some(key);
            let view = RoomView::of(&doc.session, screen_for(self.view.tab), self.view.board);
            running.room.show(view);
        }
    }

    /// One thing a phone sent, as an ordinary command. The checks here are the app's own:
    /// the session may have moved on since the phone looked.
    fn take_from_phone(&mut self, message: RoomMessage) {
        let Some(doc) = &self.doc else { return };
        let session = &doc.session;
        let command = match message {
            RoomMessage::AddWord {
                phone,
                board,
                person,
                text,
            } => {
                let Some(b) = session.board(BoardId(board)) else {
                    return;
                };
                let author = still_here(session, person);
                let written = match author {
                    Some(a) => b.notes.iter().filter(|n| n.author == Some(a)).count() as u32,
                    None => self.room.running.as_ref().map_or(0, |r| {
                        r.anonymous_words.get(&(phone, b.id)).copied().unwrap_or(0)
                    }),
                };
                if written >= b.settings.words_per_person {
                    return;
                }
                if author.is_none()
                    && let Some(r) = &mut self.room.running
                {
                    *r.anonymous_words.entry((phone, b.id)).or_default() += 1;
                }
                crate::edit::import::notes_for_words(session, b, vec![text], author)
            }
            RoomMessage::Vote {
                board,
                person,
                target,
                give,
                ..
            } => {
                let Some(voter) = still_here(session, Some(person)) else {
                    return;
                };
                let target = match target {
                    Target::Note(id) => VoteTarget::Note(crate::model::NoteId(id)),
                    Target::Theme(id) => VoteTarget::Theme(crate::model::ThemeId(id)),
                };
                let vote = Vote { voter, target };
                let board = BoardId(board);
                Command::Board(if give {
                    BoardCommand::AddVote { board, vote }
                } else {
                    BoardCommand::RemoveVote { board, vote }
                })
            }
            RoomMessage::Place {
                subject,
                kind,
                rung,
                person,
                reason,
                ..
            } => {
                let by = still_here(session, person);
                let Some(subject) = subject.subject(by.map(|p| p.0)) else {
                    return;
                };
                placement_command(
                    session,
                    subject,
                    kind,
                    RungId(rung),
                    by,
                    reason,
                    self.room.hide_tokens,
                )
            }
            RoomMessage::Answer {
                phase,
                question,
                person,
                text,
                ..
            } => {
                let author = still_here(session, person);
                Command::River(RiverCommand::AddNote {
                    phase: PhaseId(phase),
                    question,
                    text,
                    author,
                    colour: session.note_colour_for(author),
                })
            }
            RoomMessage::PhonesChanged => {
                if let Some(r) = &mut self.room.running {
                    r.phones = r.room.phones();
                }
                return;
            }
            RoomMessage::Failed(why) => {
                self.stop_room(words::failed(&why));
                return;
            }
        };
        let Some(doc) = &mut self.doc else { return };
        // Like a key press: undoable, saved, recovered. A refusal (no votes left, something
        // removed meanwhile) is the phone's to retry; the facilitator's status line stays.
        if let Err(err) = doc.history.apply(&mut doc.session, command) {
            log::debug!("a phone's change was refused: {err}");
        }
    }

    /// Starts letting phones in, on the chosen network.
    fn start_room(&mut self, ctx: &egui::Context) {
        if self.room.running.is_some() {
            return;
        }
        let Some(doc) = &self.doc else {
            words::NEEDS_SESSION.clone_into(&mut self.status);
            return;
        };
        let view = RoomView::of(&doc.session, screen_for(self.view.tab), self.view.board);
        let repaint = ctx.clone();
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::new(move || repaint.request_repaint());
        let choice = self
            .room
            .choices
            .get(self.room.chosen)
            .cloned()
            .unwrap_or_else(ListenChoice::this_computer);
        let addr = self
            .room
            .fixed
            .unwrap_or_else(|| SocketAddr::new(choice.ip, room::DEFAULT_PORT));
        let mut started = room::start(addr, view.clone(), Arc::clone(&wake));
        // The usual port taken by another program: any free one will do, unless the
        // environment asked for exactly this one.
        if matches!(started, Err(RoomError::PortBusy(_))) && self.room.fixed.is_none() {
            started = room::start(SocketAddr::new(choice.ip, 0), view, wake);
        }
        match started {
            Ok((room, messages)) => {
                let link = room.link();
                let (code, code_width) = qrcode::QrCode::new(link.as_bytes()).map_or_else(
                    |_| (Vec::new(), 0),
                    |code| {
                        let width = code.width();
                        let modules = code
                            .to_colors()
                            .into_iter()
                            .map(|c| c == qrcode::Color::Dark)
                            .collect();
                        (modules, width)
                    },
                );
                self.status = words::started(&link);
                self.room.problem = None;
                self.room.running = Some(Running {
                    room,
                    messages,
                    link,
                    code,
                    code_width,
                    phones: Vec::new(),
                    last_heard: Instant::now(),
                    shown_key: None,
                    anonymous_words: HashMap::new(),
                });
            }
            Err(err) => {
                log::warn!("could not invite the room: {err}");
                self.room.problem = Some(err.to_string());
                self.status = err.to_string();
            }
        }
    }

    /// Stops letting phones in, saying why.
    fn stop_room(&mut self, why: String) {
        if let Some(running) = self.room.running.take() {
            running.room.stop();
            self.status = why;
        }
    }

    /// The session closes: phones must not reach the next one.
    pub(super) fn room_session_closed(&mut self) {
        self.stop_room(words::STOPPED_CLOSED.to_owned());
    }

    /// Carries out what the invite screen asked for.
    pub(super) fn invite(&mut self, ctx: &egui::Context, what: InviteAction) {
        match what {
            InviteAction::Show => {
                if self.doc.is_some() {
                    self.room.shown = true;
                } else {
                    words::NEEDS_SESSION.clone_into(&mut self.status);
                }
            }
            InviteAction::Close => self.room.shown = false,
            InviteAction::Start => self.start_room(ctx),
            InviteAction::Stop => self.stop_room(words::STOPPED.to_owned()),
            InviteAction::Choose(i) => {
                if i < self.room.choices.len() && self.room.running.is_none() {
                    self.room.chosen = i;
                }
            }
            InviteAction::TurnAway(phone) => {
                if let Some(r) = &mut self.room.running {
                    r.room.turn_away(phone);
                    r.phones = r.room.phones();
                }
            }
            InviteAction::HideTokens(hide) => self.room.hide_tokens = hide,
        }
    }

    /// The invite screen, when open (in projector mode: the code and link alone).
    pub(super) fn invite_screen_ui(
        &mut self,
        ctx: &egui::Context,
        actions: &mut Vec<crate::ui::Action>,
    ) {
        if !self.room.shown || self.doc.is_none() {
            return;
        }
        let choices: Vec<String> = self
            .room
            .choices
            .iter()
            .map(|c| {
                if c.is_this_computer_only() {
                    words::THIS_COMPUTER_ONLY.to_owned()
                } else {
                    words::network_name(&c.name, &c.ip.to_string())
                }
            })
            .collect();
        let running = self.room.running.as_ref();
        let this_computer_only = running.map_or_else(
            || {
                self.room
                    .choices
                    .get(self.room.chosen)
                    .is_some_and(ListenChoice::is_this_computer_only)
            },
            |r| r.room.addr().ip().is_loopback(),
        );
        let screen = InviteScreen {
            link: running.map(|r| r.link.as_str()),
            code: running
                .filter(|r| r.code_width > 0)
                .map(|r| (r.code.as_slice(), r.code_width)),
            phones: running.map_or(&[][..], |r| r.phones.as_slice()),
            choices: &choices,
            chosen: self.room.chosen,
            this_computer_only,
            hide_tokens: self.room.hide_tokens,
            problem: self.room.problem.as_deref(),
        };
        invite_ui(ctx, &screen, self.view.projector, actions);
    }

    /// Listens only on `addr` from now on (its port too; port 0 takes any free one), as
    /// `STEPPING_STONES_LISTEN` does: for tests, and rooms that need one fixed address.
    pub fn listen_on(&mut self, addr: SocketAddr) {
        self.room.fixed = Some(addr);
        self.room.choices = vec![ListenChoice {
            ip: addr.ip(),
            name: String::new(),
        }];
        self.room.chosen = 0;
    }

    /// The link phones join with, while they can (for tests and the status line).
    #[must_use]
    pub fn room_link(&self) -> Option<&str> {
        self.room.link()
    }

    /// How many phones are in and not turned away.
    #[must_use]
    pub fn phones_connected(&self) -> usize {
        self.room
            .running
            .as_ref()
            .map_or(0, |r| r.phones.iter().filter(|p| !p.turned_away).count())
    }
}
