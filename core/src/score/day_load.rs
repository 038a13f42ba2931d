//! What a body absorbs in one day: a day that holds hours of running, or more than two
//! runs, is flagged on that day, however the rest of the week looks.
//!
//! Stated reasoning, since the sources judge weeks and sessions rather than days:
//! - **Runs in a day.** Doubles are ordinary for advanced runners (Pfitzinger's higher
//!   mileage plans, the Norwegian double-threshold days), so two runs are fine. A third
//!   is past anything a published plan asks for: a caution; a fourth or more, a
//!   problem.
//! - **Hours in a day.** A single long run is the long-run rule's (Daniels' 150 minutes,
//!   Hansons' 3 hours). Several runs that add up to more than 3 hours on one day hold
//!   more running than the longest long run a plan allows: a caution; past 4½ hours, a
//!   problem.
//!
//! Points grow with each run and each 10 minutes past those marks.

use super::facts::{DayFacts, Facts};
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Stated reasoning: published plans ask for at most two runs a day, \
    and no day's running past their longest long run (about 3 h, Hansons Marathon Method)";

/// What one day may hold, and what more costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayLoadTable {
    /// Runs a day holds without comment…
    pub runs_fine_up_to: u32,
    /// …and from how many runs it is a problem.
    pub runs_problem_from: u32,
    /// Minutes of running, across several runs, a day holds without comment…
    pub minutes_fine_up_to: u32,
    /// …and past which it is a problem.
    pub minutes_problem_above: u32,
    /// Points for each run past the fine number.
    pub points_per_run_over: f64,
    /// Points for a day just past its minutes, plus these per 10 minutes over.
    pub points_over_minutes: f64,
    pub points_per_10_minutes_over: f64,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The day-load table.
pub const DAY_LOAD: DayLoadTable = DayLoadTable {
    runs_fine_up_to: 2,
    runs_problem_from: 4,
    minutes_fine_up_to: 180,
    minutes_problem_above: 270,
    points_per_run_over: 8.0,
    points_over_minutes: 6.0,
    points_per_10_minutes_over: 1.0,
    cap: 30,
};

/// What a day's runs and its minutes over cost, in points.
fn points(d: &DayFacts) -> (f64, f64) {
    let t = DAY_LOAD;
    let runs_over = d.runs.saturating_sub(t.runs_fine_up_to);
    let minutes_over = if d.runs >= 2 {
        d.running_minutes.saturating_sub(t.minutes_fine_up_to)
    } else {
        0
    };
    let by_minutes = if minutes_over > 0 {
        t.points_over_minutes + f64::from(minutes_over) / 10.0 * t.points_per_10_minutes_over
    } else {
        0.0
    };
    (f64::from(runs_over) * t.points_per_run_over, by_minutes)
}

/// The least this family takes off any week made by adding `unplaced_runs` more runs to
/// `days` (other sessions don't count here), in tenths: the days' minutes already over
/// stay over, and the runs go first where a day has room for them below three — what
/// lets the arrangement search prune a week crowded onto a few days.
pub(crate) fn least_tenths(days: &[DayFacts; 7], unplaced_runs: u32) -> u32 {
    let t = DAY_LOAD;
    let mut room = 0u32;
    let mut runs_over = 0u32;
    let mut by_minutes = 0.0;
    for d in days {
        room += t.runs_fine_up_to.saturating_sub(d.runs);
        runs_over += d.runs.saturating_sub(t.runs_fine_up_to);
        by_minutes += points(d).1;
    }
    runs_over += unplaced_runs.saturating_sub(room);
    // Each day's points are rounded to tenths when raised; floor here to stay below.
    let least = f64::from(runs_over) * t.points_per_run_over + by_minutes;
    (least * 10.0).floor() as u32
}

/// Raises a flag on each day that holds too much.
pub(crate) fn check(facts: &Facts, sink: &mut (impl Sink + ?Sized)) {
    let t = DAY_LOAD;
    let week_minutes = facts.volume.minutes.max(1) as f64;
    for (day, d) in facts.days.iter().enumerate() {
        let (by_runs, by_minutes) = points(d);
        if by_runs == 0.0 && by_minutes == 0.0 {
            continue;
        }
        let points = by_runs + by_minutes;
        let several = d.runs >= 2;
        let problem = d.runs >= t.runs_problem_from
            || (several && d.running_minutes > t.minutes_problem_above);
        let share = (100.0 * f64::from(d.running_minutes) / week_minutes)
            .round()
            .min(100.0);
        sink.raise(Flag {
            code: FindingCode::DayOverload,
            severity: if problem {
                Severity::Problem
            } else {
                Severity::Caution
            },
            points: tenths(points),
            days: DaySet::of(&[day]),
            subject: Subject::Runs,
            detail: Detail::DayLoad {
                day,
                runs: d.runs,
                minutes: d.running_minutes,
                share: share as u8,
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Athlete, Kind, Session, SessionId, Week};
    use crate::samples::effective_week;

    fn flags(week: &Week) -> Vec<Flag> {
        crate::score::flags_of(week, &Athlete::default(), |facts, found| {
            check(facts, found)
        })
    }

    fn runs_on_friday(n: u32, minutes: u16) -> Week {
        let mut week = Week::default();
        for id in 1..=n {
            let mut s = Session::new(SessionId(id), Kind::Easy);
            s.minutes = minutes;
            week.days[4].push(s);
        }
        week
    }

    #[test]
    fn ten_runs_on_a_friday_is_a_problem_on_friday() {
        let found = flags(&runs_on_friday(10, 30));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].days, DaySet::of(&[4]));
        assert_eq!(found[0].severity, Severity::Problem);
        // 8 runs past two (64) and 2 h past 3 h (18): past the family's cap of 30.
        assert!(found[0].points >= 10 * DAY_LOAD.cap, "{}", found[0].points);
    }

    #[test]
    fn a_double_is_fine_and_a_triple_a_caution() {
        assert!(flags(&runs_on_friday(2, 60)).is_empty());
        let found = flags(&runs_on_friday(3, 40));
        assert_eq!(found[0].severity, Severity::Caution);
        assert_eq!(found[0].points, 80);
    }

    #[test]
    fn hours_across_two_runs_are_flagged_but_one_long_run_is_not() {
        let found = flags(&runs_on_friday(2, 100));
        assert_eq!(found[0].severity, Severity::Caution);
        let mut long = Week::default();
        let mut s = Session::new(SessionId(1), Kind::LongRun);
        s.minutes = 200;
        long.days[6].push(s);
        assert!(flags(&long).is_empty());
        assert!(flags(&effective_week()).is_empty());
    }
}
