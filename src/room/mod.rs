//! The room on their own phones: a small page the laptop serves over the room's own
//! network, so people can write words, vote, place themselves on the ladder and answer
//! river questions from their own hand.
//!
//! The server owns no session. It sends what phones ask for as [`RoomMessage`]s over a
//! channel and wakes the app; the app turns each into an ordinary `Command`. What phones may
//! see is a [`RoomView`] the app hands over after each change: hidden notes, hidden ladder
//! tokens and who wrote what are never in it. No egui here.

mod limits;
mod server;
mod view;

pub use limits::{
    MAX_BODY, MAX_PHONES, PHONE_ANSWERS, PHONE_PLACEMENTS, PHONE_VOTE_CHANGES, PHONE_WORDS,
};
pub use server::{PhoneId, PhoneSeen, Room, RoomError, start};
pub use view::{
    BoardView, LadderView, Person, RiverView, RoomView, Screen, SubjectKey, Target, VoteItem,
    subject_key,
};

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

/// The page, written by this project: plain HTML, CSS and a little JavaScript.
pub const JOIN_PAGE: &str = include_str!("../../assets/room/join.html");

/// The port the app asks for first; a busy one is said plainly, with what to try.
pub const DEFAULT_PORT: u16 = 8470;

/// The environment variable that sets where to listen (`127.0.0.1` or `127.0.0.1:8080`).
pub const LISTEN_VARIABLE: &str = "STEPPING_STONES_LISTEN";

/// Something a phone asked for, in the session's own ids. The app checks it again.
#[derive(Debug, Clone, PartialEq)]
pub enum RoomMessage {
    /// Words for the board on screen.
    AddWord {
        phone: PhoneId,
        board: u64,
        person: Option<u64>,
        text: String,
    },
    /// Give (`give`) or take back one dot vote.
    Vote {
        phone: PhoneId,
        board: u64,
        person: u64,
        target: Target,
        give: bool,
    },
    /// A token on the ladder, with an optional reason.
    Place {
        phone: PhoneId,
        subject: SubjectKey,
        kind: crate::model::PlacementKind,
        rung: u64,
        person: Option<u64>,
        reason: String,
    },
    /// An answer to a river question at a phase.
    Answer {
        phone: PhoneId,
        phase: u64,
        question: crate::model::Question,
        person: Option<u64>,
        text: String,
    },
    /// A phone joined, chose a name, or was turned away: the list on screen changes.
    PhonesChanged,
    /// The server stopped by itself (the network went away); the meeting goes on.
    Failed(String),
}

/// One network the app could listen on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListenChoice {
    pub ip: IpAddr,
    /// The interface's name (`wlan0`), or empty for "this computer only".
    pub name: String,
}

impl ListenChoice {
    /// Only this computer: for trying the page out, and for tests.
    #[must_use]
    pub fn this_computer() -> Self {
        Self {
            ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
            name: String::new(),
        }
    }

    /// Whether phones can't reach it.
    #[must_use]
    pub fn is_this_computer_only(&self) -> bool {
        self.ip.is_loopback()
    }
}

/// Names of interfaces that lead to virtual machines or containers, not the room.
fn looks_virtual(name: &str) -> bool {
    const VIRTUAL: [&str; 10] = [
        "docker", "br-", "veth", "virbr", "vmnet", "vbox", "lxc", "tun", "tap", "zt",
    ];
    let lower = name.to_ascii_lowercase();
    VIRTUAL.iter().any(|v| lower.starts_with(v)) || lower.contains("virtual")
}

/// How likely an interface is the room's Wi-Fi: higher first.
fn rank(choice: &ListenChoice) -> u8 {
    let name = choice.name.to_ascii_lowercase();
    if name.starts_with("wl") || name.contains("wi-fi") || name.contains("wireless") {
        3
    } else if name.starts_with("en") || name.starts_with("eth") || name.contains("ethernet") {
        2
    } else {
        1
    }
}

/// The networks this computer is on (private IPv4 ones, most likely Wi-Fi first), then
/// "this computer only". Never fails: with no network there is still the last.
#[must_use]
pub fn listen_choices() -> Vec<ListenChoice> {
    let mut choices: Vec<ListenChoice> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|iface| match iface.ip() {
            IpAddr::V4(v4)
                if !v4.is_loopback()
                    && (v4.is_private() || v4.is_link_local())
                    && !looks_virtual(&iface.name) =>
            {
                Some(ListenChoice {
                    ip: IpAddr::V4(v4),
                    name: iface.name,
                })
            }
            _ => None,
        })
        .collect();
    choices.sort_by_key(|c| std::cmp::Reverse(rank(c)));
    choices.dedup();
    choices.push(ListenChoice::this_computer());
    choices
}

/// Where the environment variable says to listen, if it is set and makes sense.
#[must_use]
pub fn listen_from_env() -> Option<SocketAddr> {
    let value = std::env::var(LISTEN_VARIABLE).ok()?;
    parse_listen(&value)
}

/// `127.0.0.1` (the default port) or `127.0.0.1:8080`.
#[must_use]
pub fn parse_listen(value: &str) -> Option<SocketAddr> {
    let value = value.trim();
    value.parse::<SocketAddr>().ok().or_else(|| {
        value
            .parse::<IpAddr>()
            .ok()
            .map(|ip| SocketAddr::new(ip, DEFAULT_PORT))
    })
}

/// A random token of 128 bits, as 32 hex digits.
pub(crate) fn random_token() -> Result<String, RoomError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| RoomError::NoRandomness)?;
    Ok(bytes.iter().fold(String::with_capacity(32), |mut s, b| {
        use std::fmt::Write as _;
        let _ = write!(s, "{b:02x}");
        s
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listen_values_parse() {
        assert_eq!(
            parse_listen("127.0.0.1:8080"),
            Some(SocketAddr::from(([127, 0, 0, 1], 8080)))
        );
        assert_eq!(
            parse_listen(" 127.0.0.1 "),
            Some(SocketAddr::from(([127, 0, 0, 1], DEFAULT_PORT)))
        );
        assert_eq!(parse_listen("nonsense"), None);
    }

    #[test]
    fn tokens_are_long_and_new() {
        let a = random_token().unwrap();
        let b = random_token().unwrap();
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }

    #[test]
    fn virtual_networks_are_not_offered() {
        assert!(looks_virtual("docker0"));
        assert!(looks_virtual("veth12ab"));
        assert!(!looks_virtual("wlan0"));
        let choices = listen_choices();
        assert!(choices.last().unwrap().is_this_computer_only());
    }
}
