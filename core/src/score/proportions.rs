//! Volume proportions: how big the long run and the quality work are, as shares of the
//! week's running.
//!
//! Source: Jack Daniels, *Daniels' Running Formula* (DOMAIN.md rule 5): long run ≤ 25 %
//! of weekly volume (≤ 30 % under 64 km a week) and ≤ 150 min; threshold ≤ 10 %;
//! intervals ≤ 8 % (10 km at most); repetitions ≤ 5 % (8 km at most). Daniels' marathon
//! pace cap (≤ 20 %) is left to the intensity rule, which already counts steady running
//! as grey-zone time.
//!
//! The board sees a session's length, not its structure, so the work inside a session is
//! estimated: the warm-up and cool-down come off (see the intensity rule), then the share
//! of the main set run at pace — threshold as cruise intervals (5 min on, 1 min off),
//! intervals with equal jog recoveries, repetitions and hills with recoveries twice the
//! rep, speed endurance with three times. Volume is in metres when every run carries a
//! distance, else in minutes; without distances a week under 6 h stands in for "under
//! 64 km" (about 5:40 per km).

use super::facts::Facts;
use super::flag::{tenths, DaySet, Detail, Flag, KindSet, Sink, Subject, Unit};
use crate::model::Kind;
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Daniels' Running Formula: long run ≤ 25 % of the week (30 % under \
    64 km) and ≤ 150 min; threshold ≤ 10 %; intervals ≤ 8 % (10 km); repetitions ≤ 5 % (8 km)";

/// Daniels' three paces of quality work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quality {
    Threshold = 0,
    Intervals = 1,
    Repetitions = 2,
}

impl Quality {
    /// The kinds whose work counts here.
    pub(crate) fn kinds(self) -> KindSet {
        match self {
            Quality::Threshold => KindSet::of(&[Kind::Tempo]),
            Quality::Intervals => KindSet::of(&[Kind::Intervals]),
            Quality::Repetitions => {
                KindSet::of(&[Kind::Repetitions, Kind::Hills, Kind::SpeedEndurance])
            }
        }
    }
}

/// Daniels' caps, and how the work inside a session is estimated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProportionsTable {
    /// Long run share cap (percent) of a week of 64 km or more…
    pub long_run_share: f64,
    /// …and of a smaller one.
    pub long_run_share_small_week: f64,
    pub small_week_metres: u64,
    /// Without distances, a week under this many minutes counts as small.
    pub small_week_minutes: u64,
    pub long_run_max_minutes: u16,
    /// Caps (percent of the week) for threshold, intervals, repetitions.
    pub quality_share: [f64; 3],
    /// Absolute caps in metres, where Daniels gives one (threshold has none).
    pub quality_max_metres: [Option<u32>; 3],
    /// Share of a hard session's main set run at pace, as (numerator, denominator):
    /// threshold, intervals, repetitions and hills, speed endurance. Denominators divide
    /// [`WORK_UNITS_PER_MINUTE`], so the estimate stays exact.
    pub work_share: [(u32, u32); 4],
    /// Points per percent over a cap, and the most one flag costs.
    pub points_per_percent_over: f64,
    pub points_max_each: f64,
    /// Points for a long run over the time cap, or quality work over its metres cap.
    pub points_over_absolute: f64,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The proportions table.
pub const PROPORTIONS: ProportionsTable = ProportionsTable {
    long_run_share: 25.0,
    long_run_share_small_week: 30.0,
    small_week_metres: 64_000,
    small_week_minutes: 360,
    long_run_max_minutes: 150,
    quality_share: [10.0, 8.0, 5.0],
    quality_max_metres: [None, Some(10_000), Some(8_000)],
    work_share: [(5, 6), (1, 2), (1, 3), (1, 4)],
    points_per_percent_over: 1.0,
    points_max_each: 8.0,
    points_over_absolute: 4.0,
    cap: 15,
};

/// Work is counted in these fractions of a minute, so every share in the table is a
/// whole number of them.
pub const WORK_UNITS_PER_MINUTE: u32 = 12;

/// Estimated work at pace inside a session with `main_set` hard minutes, in
/// [`WORK_UNITS_PER_MINUTE`]ths of a minute.
pub(crate) fn work(kind: Kind, main_set: u32) -> Option<(Quality, u64)> {
    let [threshold, intervals, reps, speed_endurance] = PROPORTIONS.work_share;
    let (quality, (num, den)) = match kind {
        Kind::Tempo => (Quality::Threshold, threshold),
        Kind::Intervals => (Quality::Intervals, intervals),
        Kind::Repetitions | Kind::Hills => (Quality::Repetitions, reps),
        Kind::SpeedEndurance => (Quality::Repetitions, speed_endurance),
        _ => return None,
    };
    let units = u64::from(main_set) * u64::from(WORK_UNITS_PER_MINUTE / den * num);
    Some((quality, units))
}

/// Raises flags for a long run too big for the week, and quality work over its caps.
pub(crate) fn check(facts: &Facts, sink: &mut impl Sink) {
    let t = PROPORTIONS;
    let (total, unit) = match facts.volume.metres() {
        Some(m) if m > 0 => (m as f64, Unit::Metres),
        _ => (facts.volume.minutes as f64, Unit::Minutes),
    };
    if total <= 0.0 {
        return;
    }
    let small_week = match unit {
        Unit::Metres => (total as u64) < t.small_week_metres,
        Unit::Minutes => (total as u64) < t.small_week_minutes,
    };

    if let Some(run) = facts.long_run {
        let size = match unit {
            Unit::Metres => f64::from(run.metres.unwrap_or(0)),
            Unit::Minutes => f64::from(run.minutes),
        };
        let share = 100.0 * size / total;
        let cap = if small_week {
            t.long_run_share_small_week
        } else {
            t.long_run_share
        };
        let over_share = share > cap;
        let over_time = run.minutes > t.long_run_max_minutes;
        if over_share || over_time {
            let mut points = 0.0;
            if over_share {
                points += ((share - cap) * t.points_per_percent_over).min(t.points_max_each);
            }
            if over_time {
                points += t.points_over_absolute;
            }
            sink.raise(Flag {
                code: FindingCode::LongRunShare,
                severity: Severity::Caution,
                points: tenths(points),
                days: DaySet::of(&[run.day]),
                subject: Subject::One(run.id),
                detail: Detail::LongRun {
                    day: run.day,
                    share_tenths: (share * 10.0).round().min(1000.0) as u16,
                    cap: cap as u8,
                    minutes: run.minutes,
                    over_share,
                    over_time,
                    unit,
                },
            });
        }
    }

    for quality in [Quality::Threshold, Quality::Intervals, Quality::Repetitions] {
        let i = quality as usize;
        let work = match unit {
            Unit::Metres => facts.quality_metres[i] as f64,
            Unit::Minutes => facts.quality_work[i] as f64 / f64::from(WORK_UNITS_PER_MINUTE),
        };
        let share = 100.0 * work / total;
        let cap = t.quality_share[i];
        let metres_over_cap = match (unit, t.quality_max_metres[i]) {
            (Unit::Metres, Some(max)) if work > f64::from(max) => Some(work as u32),
            _ => None,
        };
        if share <= cap && metres_over_cap.is_none() {
            continue;
        }
        let mut points =
            ((share - cap).max(0.0) * t.points_per_percent_over).min(t.points_max_each);
        if metres_over_cap.is_some() {
            points = points.max(t.points_over_absolute);
        }
        let kinds = quality.kinds();
        let mut days = DaySet::default();
        for (day, d) in facts.days.iter().enumerate() {
            if d.kinds.intersects(kinds) {
                days.insert(day);
            }
        }
        sink.raise(Flag {
            code: FindingCode::QualityVolume,
            severity: Severity::Caution,
            points: tenths(points),
            days,
            subject: Subject::Kinds(kinds),
            detail: Detail::Quality {
                quality,
                share_tenths: (share * 10.0).round().min(1000.0) as u16,
                cap: cap as u8,
                metres_over_cap,
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Athlete, Week};
    use crate::samples::{effective_week, unbalanced_week, week_of};

    fn flags(week: &Week) -> Vec<Flag> {
        crate::score::flags_of(week, &Athlete::default(), |facts, found| {
            check(facts, found)
        })
    }

    #[test]
    fn the_seed_weeks_are_in_proportion() {
        assert!(flags(&effective_week()).is_empty());
        assert!(flags(&unbalanced_week()).is_empty());
    }

    #[test]
    fn a_long_run_that_is_most_of_the_week_is_flagged() {
        let week = week_of([
            (Kind::Rest, 0),
            (Kind::Easy, 30),
            (Kind::Rest, 0),
            (Kind::Easy, 30),
            (Kind::Rest, 0),
            (Kind::Rest, 0),
            (Kind::LongRun, 90),
        ]);
        let found = flags(&week);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::LongRunShare);
        assert_eq!(found[0].days, DaySet::of(&[6]));
        assert_eq!(found[0].points, 80, "capped at 8 points");
    }

    #[test]
    fn a_long_run_over_150_minutes_is_flagged_whatever_the_week() {
        let week = week_of([
            (Kind::Easy, 90),
            (Kind::Easy, 90),
            (Kind::Easy, 90),
            (Kind::Easy, 90),
            (Kind::Easy, 90),
            (Kind::Easy, 90),
            (Kind::LongRun, 170),
        ]);
        let found = flags(&week);
        assert_eq!(found.len(), 1);
        assert!(matches!(
            found[0].detail,
            Detail::LongRun {
                over_time: true,
                over_share: false,
                ..
            }
        ));
    }

    #[test]
    fn two_long_tempos_are_too_much_threshold() {
        let week = week_of([
            (Kind::Easy, 40),
            (Kind::Tempo, 70),
            (Kind::Easy, 40),
            (Kind::Easy, 40),
            (Kind::Tempo, 70),
            (Kind::Rest, 0),
            (Kind::LongRun, 90),
        ]);
        let found = flags(&week);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::QualityVolume);
        assert_eq!(found[0].days, DaySet::of(&[1, 4]));
    }

    #[test]
    fn interval_work_is_about_half_the_main_set() {
        let (quality, units) = work(Kind::Intervals, 40).unwrap();
        assert_eq!(quality, Quality::Intervals);
        assert_eq!(units, 20 * u64::from(WORK_UNITS_PER_MINUTE));
        assert!(work(Kind::Race, 40).is_none());
    }

    #[test]
    fn every_work_share_is_a_whole_number_of_units() {
        for (num, den) in PROPORTIONS.work_share {
            assert_eq!(WORK_UNITS_PER_MINUTE % den, 0, "{num}/{den}");
        }
    }
}
