//! Monotony and strain: whether every day carries much the same load.
//!
//! Source: Foster 1998. Monotony = mean daily session-RPE load ÷ its standard deviation
//! (population SD, rest days count as 0); strain = weekly load × monotony; monotony of
//! 2.0 or more is high. A minor signal only (DOMAIN.md rule 6): it ignores the order of
//! sessions, so a week with back-to-back hard days can still have low monotony. It costs
//! a few points at most, and none when all the running is easy (a base or deload week
//! can be even without harm).

use super::facts::Facts;
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Foster 1998: monotony = mean daily load ÷ SD (≥ 2.0 is high), \
    strain = weekly load × monotony";

/// The monotony threshold and what crossing it costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonotonyTable {
    /// Monotony at or above this is high.
    pub high_from: f64,
    /// Points at the threshold…
    pub points_at_threshold: f64,
    /// …plus these per unit of monotony above it.
    pub points_per_unit_over: f64,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The monotony table.
pub const MONOTONY: MonotonyTable = MonotonyTable {
    high_from: 2.0,
    points_at_threshold: 4.0,
    points_per_unit_over: 4.0,
    cap: 10,
};

/// Shown when every day carries exactly the same load (the SD is 0).
const EVERY_DAY_THE_SAME: f64 = 99.99;

/// Foster's monotony of a week's daily loads; `None` for a week with no load.
pub fn monotony(daily_load: &[u32; 7]) -> Option<f64> {
    let loads = daily_load.map(f64::from);
    let mean = loads.iter().sum::<f64>() / 7.0;
    if mean <= 0.0 {
        return None;
    }
    let variance = loads.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / 7.0;
    let sd = variance.sqrt();
    Some(if sd > 0.0 {
        (mean / sd).min(EVERY_DAY_THE_SAME)
    } else {
        EVERY_DAY_THE_SAME
    })
}

/// Raises a flag when monotony is high.
pub(crate) fn check(facts: &Facts, sink: &mut impl Sink) {
    let Some(monotony) = monotony(&facts.daily_load()) else {
        return;
    };
    if monotony < MONOTONY.high_from {
        return;
    }
    let split = facts.split;
    let all_easy = split.moderate_minutes == 0 && split.hard_minutes == 0;
    let (severity, points) = if all_easy {
        (Severity::Info, 0)
    } else {
        let over = monotony - MONOTONY.high_from;
        let points = MONOTONY.points_at_threshold + over * MONOTONY.points_per_unit_over;
        (Severity::Caution, tenths(points))
    };
    sink.raise(Flag {
        code: FindingCode::Monotony,
        severity,
        points,
        days: DaySet::default(),
        subject: Subject::Week,
        detail: Detail::Monotony {
            hundredths: (monotony * 100.0).round() as u32,
            strain: (facts.load as f64 * monotony).round() as u64,
            all_easy,
        },
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Athlete, Kind};
    use crate::samples::{effective_week, unbalanced_week, week_of};

    #[test]
    fn six_equal_days_and_a_rest_day_is_about_2_45() {
        let m = monotony(&[0, 250, 250, 250, 250, 250, 250]).unwrap();
        assert!((m - 2.449).abs() < 0.001, "{m}");
    }

    #[test]
    fn an_empty_week_has_no_monotony() {
        assert_eq!(monotony(&[0; 7]), None);
        assert_eq!(monotony(&[100; 7]), Some(EVERY_DAY_THE_SAME));
    }

    #[test]
    fn the_seed_weeks_vary_enough() {
        for week in [effective_week(), unbalanced_week()] {
            let m = monotony(&week.daily_load()).unwrap();
            assert!(m < MONOTONY.high_from, "{m}");
        }
    }

    #[test]
    fn an_even_easy_week_is_only_noted() {
        let mut days = [(Kind::Easy, 40); 7];
        days[0] = (Kind::Rest, 0);
        let week = week_of(days);
        let mut found = Vec::new();
        check(&Facts::gather(&week, &Athlete::default(), None), &mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(found[0].points, 0);

        let mut steady = [(Kind::Steady, 50); 7];
        steady[0] = (Kind::Rest, 0);
        let mut found = Vec::new();
        check(
            &Facts::gather(&week_of(steady), &Athlete::default(), None),
            &mut found,
        );
        assert_eq!(found[0].severity, Severity::Caution);
        assert_eq!(found[0].points, 58);
    }
}
