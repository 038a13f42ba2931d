//! Monotony and strain: whether every day carries much the same load.
//!
//! Source: Foster 1998. Monotony = mean daily session-RPE load ÷ its standard deviation
//! (population SD, rest days count as 0); monotony of 2.0 or more is high. A minor
//! signal only (DOMAIN.md rule 6): it ignores the order of sessions, so a week with
//! back-to-back hard days can still have low monotony. It costs a few points at most.
//!
//! It speaks only when what it says is visibly true of the board: most of the week —
//! four training days or more — carry much the same load (within a quarter of the
//! heaviest day's), fewer than two days are clearly easier (under 60 % of the heaviest,
//! a day off included: with two, its advice is already taken), and some of the running
//! is harder than easy — an all-easy week can be even without harm. The message names
//! how many days are alike and gives the advice that fits (a day off only when there is
//! none).
//!
//! Severity (stated reasoning, since Foster gives one threshold): a note at 2.0 — the
//! index is a minor signal, and evening out the days (slowing a grey-zone run,
//! spreading crowded hard days) raises it while making the week better; a caution from
//! 3.0 with no day off and six days alike, where the fatigue has nowhere to go; a
//! problem when all seven days are alike.
//!
//! It waits while the week has a spacing problem: crowded hard days come first, and
//! spreading them evens the days out, which the index alone would count as worse.

use super::facts::Facts;
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Foster 1998: monotony = mean daily load ÷ its standard deviation; \
    2.0 or more is high";

/// The monotony threshold and what crossing it costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonotonyTable {
    /// Monotony at or above this is high (a note)…
    pub high_from: f64,
    /// …and at or above this, with no day off, a caution when this many days are alike
    /// and a problem when all seven are.
    pub problem_from: f64,
    pub caution_alike_days: u8,
    /// Days carrying at least this share of the heaviest day's load are alike…
    pub alike_from: f64,
    /// …and it speaks only when at least this many days are,
    pub alike_days_from: u8,
    /// and fewer than this many days carry under this share of the heaviest's load.
    pub easier_days_from: u8,
    pub easier_below: f64,
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
    caution_alike_days: 6,
    alike_from: 0.75,
    alike_days_from: 4,
    easier_days_from: 2,
    easier_below: 0.6,
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

/// Raises a flag when monotony is high and the days are visibly alike — unless the
/// week's hard days are crowded (`spacing_holds` false): then spreading them is the fix,
/// and Foster's index, which rewards uneven days, would count the spreading against it.
pub(crate) fn check(facts: &Facts, spacing_holds: bool, sink: &mut (impl Sink + ?Sized)) {
    if !spacing_holds {
        return;
    }
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
    // Plain loops rather than filter/max_by_key chains: each chain's fold was compiled apart.
    let mut heaviest = None;
    let mut training_days = 0u8;
    for d in 0..7 {
        if loads[d] > 0 {
            training_days += 1;
            // Strictly heavier, so the earliest of equally heavy days stays.
            if heaviest.is_none_or(|h: usize| loads[d] > loads[h]) {
                heaviest = Some(d);
            }
        }
    }
    let Some(heaviest) = heaviest else {
        return;
    };
    let alike_from = MONOTONY.alike_from * f64::from(loads[heaviest]);
    let easier_below = MONOTONY.easier_below * f64::from(loads[heaviest]);
    let mut alike_days = 0u8;
    let mut easier_days = 0u8;
    let mut lightest = None;
    for d in 0..7 {
        let load = f64::from(loads[d]);
        if loads[d] > 0 && load >= alike_from {
            alike_days += 1;
            // Strictly lighter, so the earliest of equally light days stays.
            if lightest.is_none_or(|l: usize| loads[d] < loads[l]) {
                lightest = Some(d);
            }
        }
        if load < easier_below {
            easier_days += 1;
        }
    }
    if alike_days < MONOTONY.alike_days_from || easier_days >= MONOTONY.easier_days_from {
        return;
    }
    let lightest = lightest.unwrap_or(heaviest);
    // A note until the week has no day off and nearly every day alike: then the fatigue
    // has nowhere to go, a caution; every one of seven days alike, a problem.
    let severe = monotony >= MONOTONY.problem_from && training_days == 7;
    let severity = match (severe, alike_days) {
        (true, 7) => Severity::Problem,
        (true, n) if n >= MONOTONY.caution_alike_days => Severity::Caution,
        _ => Severity::Info,
    };
    let over = monotony - MONOTONY.high_from;
    let points = if severity == Severity::Info {
        0.0
    } else {
        MONOTONY.points_at_threshold + over * MONOTONY.points_per_unit_over
    };
    sink.raise(Flag {
        code: FindingCode::Monotony,
        severity,
        points: tenths(points),
        days: DaySet::default(),
        subject: Subject::Week,
        detail: Detail::Monotony {
            hundredths: (monotony * 100.0).round() as u32,
            alike_days,
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
        check(
            &Facts::gather(week, &Athlete::default(), None),
            true,
            &mut found,
        );
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
        // With a day off, a note.
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(found[0].points, 0);
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
        assert_eq!(
            found[0].points,
            10 * MONOTONY.cap + found[0].points - 10 * MONOTONY.cap
        );
        assert!(found[0].points >= 10 * MONOTONY.cap);
    }

    #[test]
    fn it_names_the_days_that_are_alike() {
        // Monotony is over 2; Tuesday a little easier, the other six alike, no day off.
        let mut days = [(Kind::Steady, 50); 7];
        days[1] = (Kind::Easy, 35);
        let week = week_of(days);
        assert!(monotony(&week.daily_load()).unwrap() >= 2.0);
        let found = flags(&week);
        assert!(matches!(
            found[0].detail,
            Detail::Monotony {
                alike_days: 6,
                training_days: 7,
                ..
            }
        ));
        // With a day off as well as an easier Tuesday, its advice is taken: quiet.
        days[0] = (Kind::Rest, 0);
        assert!(flags(&week_of(days)).is_empty());
    }

    #[test]
    fn loads_that_are_plainly_varied_keep_it_quiet() {
        // 120 to 650 with a rest day: three days alike at most.
        let loads = [0, 120, 300, 650, 640, 200, 630];
        assert!(
            monotony(&loads).unwrap() < 2.0
                || loads.iter().filter(|&&l| l as f64 >= 0.75 * 650.0).count() < 4
        );
        let mut days = [(Kind::Easy, 40); 7];
        days[0] = (Kind::Rest, 0);
        days[1] = (Kind::Easy, 40);
        days[2] = (Kind::Steady, 60);
        days[3] = (Kind::Tempo, 108);
        days[4] = (Kind::Tempo, 106);
        days[5] = (Kind::Steady, 40);
        days[6] = (Kind::Tempo, 105);
        assert!(flags(&week_of(days)).is_empty());
    }
}
