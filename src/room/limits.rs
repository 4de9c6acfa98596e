//! How much the room's page may ask for: sizes, rates and counts. Generous for a real
//! meeting, small enough that nobody on the network can flood the laptop.

use std::time::Instant;

/// The largest request body, in bytes: a note, a reason or an answer fits many times over.
pub const MAX_BODY: usize = 4096;
/// How many phones may join one invitation.
pub const MAX_PHONES: usize = 60;
/// How many words one phone may send in one invitation.
pub const PHONE_WORDS: u32 = 60;
/// How many ladder tokens one phone may place in one invitation.
pub const PHONE_PLACEMENTS: u32 = 40;
/// How many river answers one phone may send in one invitation.
pub const PHONE_ANSWERS: u32 = 40;
/// How many votes one phone may give or take back in one invitation.
pub const PHONE_VOTE_CHANGES: u32 = 200;
/// The longest reason for a ladder token, in characters (as on the laptop).
pub const MAX_REASON: usize = 400;
/// The longest note or answer, in characters (as on the laptop).
pub const MAX_NOTE: usize = 140;

/// Requests the whole server takes in a burst, and per second after it.
pub const ALL_BURST: f64 = 300.0;
pub const ALL_PER_SECOND: f64 = 150.0;
/// Requests one phone may make in a burst, and per second after it.
pub const PHONE_BURST: f64 = 30.0;
pub const PHONE_PER_SECOND: f64 = 4.0;

/// A token bucket: `capacity` requests at once, refilled at `rate` a second.
#[derive(Debug, Clone)]
pub struct Bucket {
    capacity: f64,
    rate: f64,
    tokens: f64,
    last: Instant,
}

impl Bucket {
    #[must_use]
    pub fn new(capacity: f64, rate: f64) -> Self {
        Self {
            capacity,
            rate,
            tokens: capacity,
            last: Instant::now(),
        }
    }

    /// Takes one request's worth; `false` when there is none left.
    pub fn take(&mut self) -> bool {
        let now = Instant::now();
        let gained = now.duration_since(self.last).as_secs_f64() * self.rate;
        self.tokens = (self.tokens + gained).min(self.capacity);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_runs_dry_and_refills() {
        let mut bucket = Bucket::new(3.0, 1000.0);
        assert!(bucket.take() && bucket.take() && bucket.take());
        std::thread::sleep(std::time::Duration::from_millis(5));
        assert!(bucket.take());
        let mut slow = Bucket::new(2.0, 0.0);
        assert!(slow.take() && slow.take());
        assert!(!slow.take());
    }
}
