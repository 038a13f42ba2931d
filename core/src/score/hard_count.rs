//! The number of hard sessions a week has room for, by level.
//!
//! Sources: seed 001's FAQ ("for most runners, one to two harder sessions per week is
//! enough"); Daniels, *Daniels' Running Formula* (two quality sessions a week). Beginner
//! (under ~30 km a week) 1, intermediate 2, advanced 2–3 (DOMAIN.md rule 3). A runner who
//! hasn't set a level is counted as intermediate.
//!
//! For an advanced runner, a day with two threshold sessions and nothing harder is one
//! quality day: the Norwegian double-threshold model (Casado, Foster, Bakken & Tjelta
//! 2023) runs both at controlled, lactate-guided threshold, morning and evening, as one
//! day's dose.

use super::facts::Facts;
use super::flag::{DaySet, Detail, Flag, Sink, Subject};
use crate::model::{Athlete, Level};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Seed 001 FAQ (1–2 harder sessions a week for most runners); \
    Daniels' Running Formula (2 quality sessions a week)";

/// How many hard sessions fit each level, and what more costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HardBudget {
    pub beginner: u8,
    pub intermediate: u8,
    pub advanced: u8,
    /// Points for the first session over budget (a caution)…
    pub first_over: u32,
    /// …and for each further one (two or more over is a problem).
    pub each_further: u32,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The hard-session budget.
pub const HARD_BUDGET: HardBudget = HardBudget {
    beginner: 1,
    intermediate: 2,
    advanced: 3,
    first_over: 10,
    each_further: 12,
    cap: 30,
};

impl HardBudget {
    /// Hard sessions a week has room for at `level`.
    pub fn for_level(&self, level: Level) -> u8 {
        match level {
            Level::Beginner => self.beginner,
            Level::Intermediate => self.intermediate,
            Level::Advanced => self.advanced,
        }
    }
}

/// Raises a flag when the week holds more hard sessions than the level has room for.
pub(crate) fn check(facts: &Facts, athlete: &Athlete, sink: &mut (impl Sink + ?Sized)) {
    check_count(facts, facts.quality_sessions(), athlete, sink);
}

/// The same, for `count` hard sessions on the week's hard days.
pub(crate) fn check_count(
    facts: &Facts,
    count: u32,
    athlete: &Athlete,
    sink: &mut (impl Sink + ?Sized),
) {
    let budget = HARD_BUDGET.for_level(athlete.effective_level());
    let Some(over) = count.checked_sub(u32::from(budget)).filter(|&o| o > 0) else {
        return;
    };
    let mut days = DaySet::default();
    for (day, d) in facts.days.iter().enumerate() {
        if d.hard > 0 {
            days.insert(day);
        }
    }
    let points = HARD_BUDGET
        .first_over
        .saturating_add((over - 1).saturating_mul(HARD_BUDGET.each_further));
    sink.raise(Flag {
        code: FindingCode::TooManyHardSessions,
        severity: if over >= 2 {
            Severity::Problem
        } else {
            Severity::Caution
        },
        points: points.saturating_mul(10),
        days,
        subject: Subject::Hard,
        detail: Detail::HardCount {
            count,
            budget,
            level: athlete.level,
        },
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Week};
    use crate::samples::{effective_week, week_of};

    fn flags(week: &Week, level: Option<Level>) -> Vec<Flag> {
        let athlete = Athlete {
            level,
            ..Athlete::default()
        };
        crate::score::flags_of(week, &athlete, |facts, found| check(facts, &athlete, found))
    }

    fn beginner_week() -> Week {
        week_of([
            (Kind::Rest, 0),
            (Kind::Tempo, 35),
            (Kind::Rest, 0),
            (Kind::Intervals, 40),
            (Kind::Rest, 0),
            (Kind::Hills, 35),
            (Kind::LongRun, 60),
        ])
    }

    #[test]
    fn two_quality_sessions_fit_an_intermediate() {
        assert!(flags(&effective_week(), None).is_empty());
        assert!(flags(&effective_week(), Some(Level::Intermediate)).is_empty());
    }

    #[test]
    fn a_beginner_has_room_for_one() {
        let found = flags(&beginner_week(), Some(Level::Beginner));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Problem);
        assert_eq!(found[0].days, DaySet::of(&[1, 3, 5]));
        assert_eq!(found[0].points, 220);
    }

    #[test]
    fn one_over_is_a_caution_and_advanced_runners_have_room_for_three() {
        let found = flags(&beginner_week(), None);
        assert_eq!(found[0].severity, Severity::Caution);
        assert!(flags(&beginner_week(), Some(Level::Advanced)).is_empty());
    }
}
