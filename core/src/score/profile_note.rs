//! What a profile would unlock: one note listing the checks this week could not make.
//!
//! Source: seed 000 — a week is judged relative to what the runner has built, and the
//! board only knows that from the profile. With no profile the week still scores; the
//! note costs no points.

use super::facts::Facts;
use super::flag::{DaySet, Detail, Flag, Sink, Subject};
use super::load;
use crate::model::Athlete;
use crate::report::{FindingCode, Severity};

/// Where the note comes from, as the finding cites it.
pub const SOURCE: &str = "Seed 000: judge a week relative to what the runner has built";

/// The usual week is missing, so the week can't be compared with it.
pub(crate) const USUAL_WEEK: u8 = 1;
/// The usual week is in kilometres, but this week's runs carry no distances.
pub(crate) const DISTANCES: u8 = 1 << 1;
/// The longest run of the last 30 days is missing.
pub(crate) const LONGEST_RUN: u8 = 1 << 2;
/// Age is missing and the week has VO2 work.
pub(crate) const AGE: u8 = 1 << 3;
/// Level is missing and the week has more than one hard session.
pub(crate) const LEVEL: u8 = 1 << 4;

/// Raises one note listing what the profile lacks for this week's checks.
pub(crate) fn check(facts: &Facts, athlete: &Athlete, sink: &mut (impl Sink + ?Sized)) {
    if facts.volume.runs == 0 {
        return;
    }
    let mut missing = 0;
    if load::week_and_usual(facts, athlete).is_none() {
        let has_usual_km = athlete.usual_week_m.is_some_and(|m| m > 0);
        missing |= if has_usual_km { DISTANCES } else { USUAL_WEEK };
    }
    if load::run_and_longest(facts, athlete).is_none() {
        let has_longest_km = athlete.longest_recent_run_m.is_some_and(|m| m > 0);
        missing |= if has_longest_km {
            DISTANCES
        } else {
            LONGEST_RUN
        };
    }
    if athlete.age.is_none() && facts.has_vo2_work {
        missing |= AGE;
    }
    if athlete.level.is_none() && facts.hard_sessions >= 2 {
        missing |= LEVEL;
    }
    if missing == 0 {
        return;
    }
    // Asking for distances, the note names the runs that lack one.
    let (days, subject) = if missing & DISTANCES != 0 {
        let mut days = DaySet::default();
        for (day, d) in facts.days.iter().enumerate() {
            if d.runs > d.runs_with_distance {
                days.insert(day);
            }
        }
        (days, Subject::WithoutDistance)
    } else {
        (DaySet::default(), Subject::Week)
    };
    sink.raise(Flag {
        code: FindingCode::NeedsProfile,
        severity: Severity::Info,
        points: 0,
        days,
        subject,
        detail: Detail::Profile { missing },
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Level, Week};
    use crate::samples::effective_week;

    fn missing(week: &Week, athlete: &Athlete) -> Option<u8> {
        let mut found = Vec::new();
        check(&Facts::gather(week, athlete, None), athlete, &mut found);
        found.first().map(|f| match f.detail {
            Detail::Profile { missing } => missing,
            _ => unreachable!(),
        })
    }

    #[test]
    fn no_profile_lists_everything_the_week_needs() {
        assert_eq!(
            missing(&effective_week(), &Athlete::default()),
            Some(USUAL_WEEK | LONGEST_RUN | AGE | LEVEL)
        );
    }

    #[test]
    fn a_full_profile_needs_no_note() {
        let athlete = Athlete {
            level: Some(Level::Intermediate),
            age: Some(34),
            usual_week_minutes: Some(330),
            longest_recent_run_minutes: Some(100),
            ..Athlete::default()
        };
        assert_eq!(missing(&effective_week(), &athlete), None);
    }

    #[test]
    fn usual_kilometres_ask_for_distances() {
        let athlete = Athlete {
            usual_week_m: Some(50_000),
            longest_recent_run_minutes: Some(100),
            age: Some(30),
            level: Some(Level::Advanced),
            ..Athlete::default()
        };
        assert_eq!(missing(&effective_week(), &athlete), Some(DISTANCES));
    }

    #[test]
    fn an_empty_week_needs_nothing() {
        assert_eq!(missing(&Week::default(), &Athlete::default()), None);
    }
}
