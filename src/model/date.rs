//! A calendar date without a time zone, written `"YYYY-MM-DD"`.

use std::fmt;
use std::str::FromStr;

/// A day in the calendar, as a meeting is dated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A date, if the day exists in that month.
    #[must_use]
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// Today, by the computer's clock and time zone: an evening meeting is dated that
    /// evening, wherever it is held.
    #[must_use]
    pub fn today() -> Self {
        Self::at(jiff::Timestamp::now(), &jiff::tz::TimeZone::system())
    }

    /// The date on the calendar in `zone` at the moment `now`.
    #[must_use]
    pub fn at(now: jiff::Timestamp, zone: &jiff::tz::TimeZone) -> Self {
        let local = zone.to_datetime(now).date();
        let (Ok(month), Ok(day)) = (u8::try_from(local.month()), u8::try_from(local.day())) else {
            return Self::from_days_since_epoch(now.as_second().div_euclid(86_400));
        };
        // A clock set before year 1 is wrong; the day count from 1970 is still a date.
        Self::new(i32::from(local.year()), month, day)
            .unwrap_or_else(|| Self::from_days_since_epoch(now.as_second().div_euclid(86_400)))
    }

    /// The civil date `days` after 1970-01-01 (Howard Hinnant's well-known algorithm).
    #[must_use]
    pub fn from_days_since_epoch(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// The year.
    #[must_use]
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    #[must_use]
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    #[must_use]
    pub fn day(self) -> u8 {
        self.day
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::text::session::bad_date(.0))]
pub struct BadDate(pub String);

impl FromStr for Date {
    type Err = BadDate;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || BadDate(text.to_owned());
        let mut parts = text.trim().splitn(3, '-');
        let mut next = || parts.next().ok_or_else(bad);
        let year = next()?.parse().map_err(|_| bad())?;
        let month = next()?.parse().map_err(|_| bad())?;
        let day = next()?.parse().map_err(|_| bad())?;
        Self::new(year, month, day).ok_or_else(bad)
    }
}
