//! Monotony and strain: whether every day carries much the same load.
//!
//! Source: Foster 1998. Monotony = mean daily session-RPE load ÷ its standard deviation
//! (population SD, rest days count as 0); monotony of 2.0 or more is high. A minor
//! signal only (DOMAIN.md rule 6): it ignores the order of sessions, so a week with
//! back-to-back hard days can still have low monotony. It costs a few points at most.
//!
//! It speaks only when what it says is visibly true of the board: every training day
//! within a quarter of the heaviest one's load (no clearly easier day to point at), and
//! some of the running harder than easy — an all-easy week can be even without harm,
//! and the number alone can come out high on a week whose easy days are plain to see.
//! A problem (stated reasoning) from 3.0, which with that spread means seven alike days
//! and no day off: nowhere in the week for the load to be absorbed.

use super::facts::Facts;
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Foster 1998: monotony = mean daily load ÷ its standard deviation; \
    2.0 or more is high";

/// The monotony threshold and what crossing it costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonotonyTable {
    /// Monotony at or above this is high…
    pub high_from: f64,
    /// …and at or above this a problem.
    pub problem_from: f64,
    /// It speaks only when the lightest training day carries at least this share of
    /// the heaviest one's load.
    pub alike_from: f64,
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
    problem_from: 3.0,
    alike_from: 0.75,
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

/// Raises a flag when monotony is high and the days are visibly alike.
pub(crate) fn check(facts: &Facts, sink: &mut impl Sink) {
    let loads = facts.daily_load();
    let Some(monotony) = monotony(&loads) else {
        return;
    };
    if monotony < MONOTONY.high_from {
        return;
    }
    let split = facts.split;
    if split.moderate_minutes == 0 && split.hard_minutes == 0 {
        return;
    }
    let training = (0..7).filter(|&d| loads[d] > 0);
    let heaviest = training
        .clone()
        .max_by_key(|&d| (loads[d], std::cmp::Reverse(d)));
    let lightest = training.clone().min_by_key(|&d| (loads[d], d));
    let (Some(heaviest), Some(lightest)) = (heaviest, lightest) else {
        return;
    };
    if f64::from(loads[lightest]) < MONOTONY.alike_from * f64::from(loads[heaviest]) {
        return;
    }
    let over = monotony - MONOTONY.high_from;
    let points = MONOTONY.points_at_threshold + over * MONOTONY.points_per_unit_over;
    let training_days = training.count() as u8;
    sink.raise(Flag {
        code: FindingCode::Monotony,
        severity: if monotony >= MONOTONY.problem_from {
            Severity::Problem
        } else {
            Severity::Caution
        },
        points: tenths(points),
        days: DaySet::default(),
        subject: Subject::Week,
        detail: Detail::Monotony {
            hundredths: (monotony * 100.0).round() as u32,
            training_days,
            day_off: training_days < 7,
            lightest,
            heaviest,
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

    fn flags(week: &crate::model::Week) -> Vec<Flag> {
        let mut found = Vec::new();
        check(&Facts::gather(week, &Athlete::default(), None), &mut found);
        found
    }

    #[test]
    fn an_even_easy_week_says_nothing() {
        let mut days = [(Kind::Easy, 40); 7];
        days[0] = (Kind::Rest, 0);
        assert!(flags(&week_of(days)).is_empty());
    }

    #[test]
    fn six_alike_steady_days_are_monotonous() {
        let mut steady = [(Kind::Steady, 50); 7];
        steady[0] = (Kind::Rest, 0);
        let found = flags(&week_of(steady));
        assert_eq!(found[0].severity, Severity::Caution);
        assert_eq!(found[0].points, 58);
        assert!(matches!(
            found[0].detail,
            Detail::Monotony {
                training_days: 6,
                day_off: true,
                ..
            }
        ));
        // Seven alike days and no day off: a problem.
        let found = flags(&week_of([(Kind::Steady, 50); 7]));
        assert_eq!(found[0].severity, Severity::Problem);
    }

    #[test]
    fn a_visibly_easier_day_keeps_it_quiet() {
        // Monotony is over 2 here, but Tuesday is plainly easier than the rest.
        let mut days = [(Kind::Steady, 50); 7];
        days[0] = (Kind::Rest, 0);
        days[1] = (Kind::Easy, 35);
        let week = week_of(days);
        assert!(monotony(&week.daily_load()).unwrap() >= 2.0);
        assert!(flags(&week).is_empty());
    }
}
