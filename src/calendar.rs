//! A small proleptic-Gregorian civil date, enough for news: parsing `YYYY-MM-DD`,
//! weekdays, ISO weeks, adding days and months.
//!
//! Lede does not pull in a date-time crate: every dependency costs wasm size, and the
//! arithmetic needed to resolve "hier" or "last week" is a few dozen lines
//! (days-from-civil after Howard Hinnant's algorithms). Time zones are out of scope: an
//! article's reference date is the local date printed by the outlet.

use std::fmt;

/// A calendar date. Ordering is chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Monday = 0 … Sunday = 6 (ISO order).
pub type Weekday = u8;

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None` (month 1–12, day within the month, year 1–9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The inverse of [`Date::to_days`]; `None` outside years 1–9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        if !(1..=9999).contains(&y) {
            return None;
        }
        Some(Date {
            year: y as i32,
            month: m,
            day: d,
        })
    }

    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days().checked_add(n)?)
    }

    /// Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
    pub fn add_months(self, n: i32) -> Option<Date> {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n as i64;
        let year = total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as Weekday
    }

    /// ISO 8601 week-numbering year and week (1–53).
    pub fn iso_week(self) -> (i32, u8) {
        let wd = self.weekday() as i64; // Monday = 0
                                        // The Thursday of this week decides the ISO year.
        let thursday = self.to_days() - wd + 3;
        let th = Date::from_days(thursday).unwrap_or(self);
        let jan1 = Date {
            year: th.year,
            month: 1,
            day: 1,
        };
        let week = (thursday - jan1.to_days()) / 7 + 1;
        (th.year, week as u8)
    }

    /// The Monday of ISO week `week` of ISO year `year`.
    pub fn from_iso_week(year: i32, week: u8) -> Option<Date> {
        if !(1..=53).contains(&week) {
            return None;
        }
        // 4 January is always in week 1
        let jan4 = Date::new(year, 1, 4)?;
        let monday = jan4.to_days() - jan4.weekday() as i64 + 7 * (i64::from(week) - 1);
        Date::from_days(monday)
    }

    /// `YYYY-Www` of the ISO week holding this date.
    pub fn iso_week_string(self) -> String {
        let (y, w) = self.iso_week();
        let mut s = String::with_capacity(8);
        push_padded(&mut s, y.into(), 4);
        s.push_str("-W");
        push_padded(&mut s, w.into(), 2);
        s
    }

    /// `YYYY-MM-DD`: what `to_string()` gives, without the formatter (a date is
    /// written for every date expression and its anchor: the formatter was ~2 % of the
    /// whole analysis).
    pub fn iso(self) -> String {
        let mut s = String::with_capacity(10);
        self.push_iso(&mut s);
        s
    }

    /// Appends `YYYY-MM-DD` to `out` (as [`Date::iso`]).
    pub fn push_iso(self, out: &mut String) {
        match self.iso_bytes() {
            // (ASCII digits and dashes, char by char: `str::from_utf8` costs more)
            Some(b) => b.iter().for_each(|&b| out.push(char::from(b))),
            None => {
                push_padded(out, self.year.into(), 4);
                out.push('-');
                push_padded(out, self.month.into(), 2);
                out.push('-');
                push_padded(out, self.day.into(), 2);
            }
        }
    }

    /// The ten bytes of `YYYY-MM-DD` when the year has four digits (any [`Date::new`]
    /// makes), else `None`.
    fn iso_bytes(self) -> Option<[u8; 10]> {
        let (m, d) = (self.month, self.day);
        let y = u32::try_from(self.year).ok().filter(|y| *y <= 9999)?;
        if m > 99 || d > 99 {
            return None;
        }
        let digit = |n: u32| b'0' + (n % 10) as u8;
        Some([
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            b'0' + m / 10,
            b'0' + m % 10,
            b'-',
            b'0' + d / 10,
            b'0' + d % 10,
        ])
    }
}

/// Appends `n` in decimal, zero-padded to `width` chars, sign included: what
/// `format!("{n:0width$}")` writes (`-5` in 4 → `-005`), without the formatter.
pub fn push_padded(out: &mut String, n: i64, width: usize) {
    let mut digits = [0u8; 20]; // (u64::MAX has 20 digits)
    let mut v = n.unsigned_abs();
    let mut k = digits.len();
    while k > 0 {
        k -= 1;
        if let Some(d) = digits.get_mut(k) {
            *d = b'0' + (v % 10) as u8;
        }
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let len = digits.len() - k + usize::from(n < 0);
    if n < 0 {
        out.push('-');
    }
    for _ in len..width {
        out.push('0');
    }
    for &d in digits.get(k..).unwrap_or(&[]) {
        out.push(char::from(d));
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // (the width and fill of the caller's format are ignored, as they always were)
        match self.iso_bytes() {
            Some(b) => f.write_str(std::str::from_utf8(&b).unwrap_or_default()),
            None => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_as_the_formatter_writes() {
        for n in [
            0i64,
            5,
            -5,
            42,
            999,
            1234,
            12345,
            -12345,
            i64::MIN,
            i64::MAX,
        ] {
            for w in [0, 1, 2, 3, 4, 6] {
                let mut s = String::new();
                push_padded(&mut s, n, w);
                assert_eq!(s, format!("{n:0w$}"), "{n} in {w}");
            }
        }
        for (y, m, d) in [
            (2018, 12, 30),
            (1, 1, 1),
            (9999, 9, 9),
            (0, 1, 2),
            (-44, 3, 15),
            (12345, 1, 1),
            (7, 200, 100),
        ] {
            let date = Date {
                year: y,
                month: m,
                day: d,
            };
            let old = format!("{y:04}-{m:02}-{d:02}");
            assert_eq!(date.to_string(), old);
            assert_eq!(date.iso(), old);
        }
    }

    #[test]
    fn round_trip_and_weekday() {
        let d = Date::parse_iso("2018-12-30").unwrap();
        assert_eq!(d.weekday(), 6); // Sunday
        assert_eq!(Date::from_days(d.to_days()), Some(d));
        assert_eq!(d.add_days(-1).unwrap().to_string(), "2018-12-29");
        assert_eq!(d.add_days(2).unwrap().to_string(), "2019-01-01");
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(
            Date::parse_iso("2018-12-30").unwrap().iso_week_string(),
            "2018-W52"
        );
        assert_eq!(
            Date::parse_iso("2018-12-31").unwrap().iso_week_string(),
            "2019-W01"
        );
        assert_eq!(
            Date::parse_iso("2021-01-03").unwrap().iso_week_string(),
            "2020-W53"
        );
    }

    #[test]
    fn months_clamp() {
        let d = Date::parse_iso("2020-01-31").unwrap();
        assert_eq!(d.add_months(1).unwrap().to_string(), "2020-02-29");
        assert_eq!(d.add_months(-2).unwrap().to_string(), "2019-11-30");
    }

    #[test]
    fn rejects_bad_dates() {
        for s in [
            "2018-02-30",
            "2018-13-01",
            "18-12-30",
            "2018/12/30",
            "２０１８-12-30",
        ] {
            assert_eq!(Date::parse_iso(s), None, "{s}");
        }
    }
}
