//! Calendar dates: the day a plan's week starts, the dates its days fall on, and which
//! week a new plan gets. The core has no clock: the page passes today's date in.

use std::fmt;

/// A day on the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i32,
}

/// The years a date may fall in: enough for any training plan, small enough that every
/// date's arithmetic stays exact.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2999;

impl Date {
    /// The date of `year`-`month`-`day`, when it is a real date within [`YEARS`].
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !YEARS.contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: days_from_civil(year, month, day),
        })
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = text.get(r)?;
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())?
        };
        Date::from_ymd(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// (year, month, day).
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday (3).
        (self.days + 3).rem_euclid(7) as usize
    }

    /// The date `n` days later (earlier for negative `n`), kept within [`YEARS`].
    pub fn plus_days(self, n: i32) -> Date {
        let first = days_from_civil(*YEARS.start(), 1, 1);
        let last = days_from_civil(*YEARS.end(), 12, 31);
        Date {
            days: self.days.saturating_add(n).clamp(first, last),
        }
    }

    /// The Monday of this date's week.
    pub fn monday(self) -> Date {
        self.plus_days(-(self.weekday() as i32))
    }

    /// Days from `self` to `later`.
    pub fn days_until(self, later: Date) -> i32 {
        later.days - self.days
    }

    /// The Monday of the week a new plan is for, given `today`: this week until
    /// Wednesday, with most of it still ahead; from Thursday, the coming week.
    pub fn week_to_plan(today: Date) -> Date {
        if today.weekday() <= 2 {
            today.monday()
        } else {
            today.monday().plus_days(7)
        }
    }

    /// "7 Dec": a column's date.
    pub fn day_month(self) -> String {
        let (_, m, d) = self.ymd();
        format!("{d} {}", short_month(m))
    }

    /// "7 December 2026".
    pub fn long(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{d} {} {y}", MONTHS[m as usize - 1])
    }

    /// "7–13 Dec 2026", "28 Dec 2026 – 3 Jan 2027": the week from this date.
    pub fn week_span(self) -> String {
        let end = self.plus_days(6);
        let ((y1, m1, d1), (y2, m2, d2)) = (self.ymd(), end.ymd());
        if y1 != y2 {
            format!(
                "{d1} {} {y1} – {d2} {} {y2}",
                short_month(m1),
                short_month(m2)
            )
        } else if m1 != m2 {
            format!("{d1} {} – {d2} {} {y2}", short_month(m1), short_month(m2))
        } else {
            format!("{d1}–{d2} {} {y2}", short_month(m2))
        }
    }

    /// `YYYYMMDD`, the iCalendar DATE form.
    pub fn ical(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}{m:02}{d:02}")
    }
}

/// "Dec": a month's first three letters. `get` rather than `[..3]`: slicing a `str` by
/// index links the char-boundary panic's formatting into the viewer (about 1 KiB
/// brotli), and the names are ASCII, so `get` always has them.
fn short_month(m: u32) -> &'static str {
    let name = MONTHS[m as usize - 1];
    name.get(..3).unwrap_or(name)
}

/// `YYYY-MM-DD`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (H. Hinnant's algorithm, exact for all years).
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn dates_read_and_write_as_iso() {
        let d = Date::parse("2026-12-07").unwrap();
        assert_eq!(d.ymd(), (2026, 12, 7));
        assert_eq!(d.to_string(), "2026-12-07");
        assert_eq!(d.weekday(), 0, "a Monday");
        assert_eq!(d.ical(), "20261207");
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "26-12-07",
            "2026/12/07",
            "",
            "2026-1-07",
            "3000-01-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_some());
    }

    #[test]
    fn a_new_plan_is_for_this_week_until_wednesday() {
        let tuesday = Date::parse("2026-12-01").unwrap();
        assert_eq!(Date::week_to_plan(tuesday).to_string(), "2026-11-30");
        let wednesday = Date::parse("2026-12-02").unwrap();
        assert_eq!(Date::week_to_plan(wednesday).to_string(), "2026-11-30");
        let thursday = Date::parse("2026-12-03").unwrap();
        assert_eq!(Date::week_to_plan(thursday).to_string(), "2026-12-07");
        let sunday = Date::parse("2026-12-06").unwrap();
        assert_eq!(Date::week_to_plan(sunday).to_string(), "2026-12-07");
    }

    #[test]
    fn dates_in_words() {
        let d = Date::parse("2026-12-07").unwrap();
        assert_eq!(d.day_month(), "7 Dec");
        assert_eq!(d.long(), "7 December 2026");
        assert_eq!(d.week_span(), "7–13 Dec 2026");
        assert_eq!(d.plus_days(21).week_span(), "28 Dec 2026 – 3 Jan 2027");
        assert_eq!(d.plus_days(-7).week_span(), "30 Nov – 6 Dec 2026");
    }

    #[test]
    fn leap_years() {
        assert!(is_leap(2024) && is_leap(2000));
        assert!(!is_leap(1900) && !is_leap(2100) && !is_leap(2025));
    }

    #[test]
    fn weeks_cross_months_and_years() {
        let d = Date::parse("2026-12-28").unwrap();
        assert_eq!(d.plus_days(6).to_string(), "2027-01-03");
        assert_eq!(d.plus_days(7).weekday(), 0);
        assert_eq!(
            Date::parse("2027-01-01").unwrap().monday().to_string(),
            "2026-12-28"
        );
    }

    proptest! {
        #[test]
        fn every_date_round_trips(days in -25_000i32..300_000) {
            let first = days_from_civil(*YEARS.start(), 1, 1);
            let last = days_from_civil(*YEARS.end(), 12, 31);
            prop_assume!((first..=last).contains(&days));
            let (y, m, d) = civil_from_days(days);
            let date = Date::from_ymd(y, m, d).unwrap();
            prop_assert_eq!(date.days, days);
            prop_assert_eq!(Date::parse(&date.to_string()), Some(date));
            prop_assert_eq!(date.plus_days(1).days, days + 1);
        }
    }
}
