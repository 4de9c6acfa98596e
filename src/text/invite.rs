//! Words for inviting the room to take part from their own phones.

pub const INVITE_THE_ROOM: &str = "Invite the room…";
pub const STOP_INVITING: &str = "Stop inviting phones";
pub const HEADING: &str = "Invite the room";
pub const WHAT_IT_DOES: &str = "People can join from their own phones on this room's network and \
    add their words, votes, ladder places and river answers. Phones are never needed: you can \
    always add for anyone.";
pub const NETWORK: &str = "Network";
pub const THIS_COMPUTER_ONLY: &str = "This computer only (to try it out)";
pub const START: &str = "Start inviting";
pub const STOP: &str = "Stop";
pub const CLOSE: &str = "Done";
pub const SCAN_OR_TYPE: &str = "Scan the code with a phone's camera, or type the link:";
pub const QR_LABEL: &str =
    "A code to scan with a phone's camera. It holds the link written below it.";
pub const PLAIN_HTTP: &str = "The link works only on this network and no internet is used. It is \
    plain HTTP: not encrypted, so anyone on this same network could read what is sent. Nothing \
    is kept about a phone.";
pub const THIS_COMPUTER_NOTE: &str = "Only this computer can open the link. Choose the room's \
    network to let phones in.";
pub const TURN_AWAY: &str = "Turn away";
pub const TURNED_AWAY: &str = "turned away";
pub const NOT_SAID: &str = "I'd rather not say";
pub const NOT_CHOSEN: &str = "choosing a name";
pub const HIDE_TOKENS: &str = "Keep ladder tokens from phones hidden until I show them";
pub const STOPPED: &str = "Phones can no longer join: inviting has stopped.";
pub const STOPPED_IDLE: &str = "Inviting stopped: nothing came from a phone for two hours.";
pub const STOPPED_CLOSED: &str = "Inviting stopped with the session.";
pub const NOT_ON_THIS_NETWORK: &str = "That network is not on this computer any more. Choose \
    another one, or turn on this laptop's hotspot and choose that.";
pub const NO_RANDOMNESS: &str = "The computer could not make a secret link. Try again.";
pub const NEEDS_SESSION: &str = "Open a session first, then invite the room.";

/// A port another program already uses.
#[must_use]
pub fn port_busy(port: u16) -> String {
    format!(
        "Another program is already using port {port}. Close it, or choose another network, \
         and try again."
    )
}

/// Listening failed for another reason.
#[must_use]
pub fn blocked(why: &str) -> String {
    format!(
        "Phones can't be let in on this network ({why}). Try another network, or turn on this \
         laptop's hotspot, join the phones to it and choose it here."
    )
}

/// The server stopped by itself.
#[must_use]
pub fn failed(why: &str) -> String {
    format!(
        "Inviting stopped: the network gave way ({why}). The meeting goes on; start again \
        to let phones back in."
    )
}

/// Inviting started.
#[must_use]
pub fn started(link: &str) -> String {
    format!("Phones can join at {link}")
}

/// How many phones are in.
#[must_use]
pub fn phones_count(n: usize) -> String {
    match n {
        0 => "No phones connected".to_owned(),
        1 => "1 phone connected".to_owned(),
        _ => format!("{n} phones connected"),
    }
}

/// One phone in the list.
#[must_use]
pub fn phone_name(number: u64) -> String {
    format!("Phone {number}")
}

/// A phone's turn-away button, for screen readers.
#[must_use]
pub fn turn_away_label(number: u64) -> String {
    format!("Turn away phone {number}")
}

/// What a network choice is called.
#[must_use]
pub fn network_name(name: &str, ip: &str) -> String {
    format!("{name} ({ip})")
}

/// Ladder tokens waiting to be shown.
#[must_use]
pub fn tokens_waiting(n: usize) -> String {
    if n == 1 {
        "1 token from a phone is waiting".to_owned()
    } else {
        format!("{n} tokens from phones are waiting")
    }
}

pub const SHOW_THEM_ALL: &str = "Show them all";
