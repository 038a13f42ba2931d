//! Intensity distribution: most running easy, little of it in the grey zone.
//!
//! Source: Seiler's three-zone model and the "80/20" distribution (DOMAIN.md rule 2):
//! easy time ≥ 75 % of running is healthy, 65–75 % a warning, under 65 % a problem;
//! unlabelled moderate running (the "grey zone") over ~15 % of the time is the classic
//! trap seed 001 describes.
//!
//! How a session's minutes count is `effort`'s business: from its workout when that
//! parses, else estimated from its kind and length. The grey zone is moderate running
//! with no set pace — moderate runs, easy runs run at RPE 5–6; marathon-pace work
//! written as such (`@ MP`) is moderate but planned, and Daniels' 20 % cap in
//! `proportions` judges it instead.
//!
//! Cross-training and strength are not running and don't count here (they do count in
//! the session-RPE load).

use super::facts::Facts;
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Seiler's three intensity zones and the 80/20 distribution: \
    easy ≥ 75 % of running time, grey-zone moderate running under ~15 %";

/// The intensity-distribution thresholds and what missing them costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IntensityTable {
    /// Easy share of running time (percent) at or above which the week is healthy.
    pub easy_healthy: f64,
    /// Below this easy share (percent) it is a problem, not a warning.
    pub easy_problem_below: f64,
    /// Grey-zone share (percent) above which the grey zone is flagged.
    pub moderate_limit: f64,
    /// Above this grey-zone share (percent) it is a problem, not a warning.
    pub moderate_problem_above: f64,
    /// Points per percent of easy time under `easy_healthy`.
    pub easy_points_per_percent: f64,
    /// Points per percent of grey-zone time over `moderate_limit`.
    pub moderate_points_per_percent: f64,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The intensity-distribution table.
pub const INTENSITY: IntensityTable = IntensityTable {
    easy_healthy: 75.0,
    easy_problem_below: 65.0,
    moderate_limit: 15.0,
    moderate_problem_above: 30.0,
    easy_points_per_percent: 0.6,
    moderate_points_per_percent: 0.3,
    cap: 45,
};

/// Raises a flag when easy time is short or moderate time is high.
pub(crate) fn check(facts: &Facts, sink: &mut (impl Sink + ?Sized)) {
    let split = facts.split;
    let total = u64::from(split.easy_minutes)
        + u64::from(split.moderate_minutes)
        + u64::from(split.hard_minutes);
    if total == 0 {
        return;
    }
    let share = |minutes: u32| 100.0 * f64::from(minutes) / total as f64;
    let t = INTENSITY;

    let easy = share(split.easy_minutes);
    if easy < t.easy_healthy {
        let moderate_days = days_where(facts, |d| d.grey_minutes > 0);
        let (days, subject) = if moderate_days.is_empty() {
            (days_where(facts, |d| d.hard_minutes > 0), Subject::Intense)
        } else {
            (moderate_days, Subject::Moderate)
        };
        let severity = if easy < t.easy_problem_below {
            Severity::Problem
        } else {
            Severity::Caution
        };
        sink.raise(Flag {
            code: FindingCode::TooLittleEasy,
            severity,
            points: tenths((t.easy_healthy - easy) * t.easy_points_per_percent),
            days,
            subject,
            // Never shown as the healthy share itself: 74.6 % reads "74 %", not "75 %".
            detail: Detail::EasyShare {
                percent: easy.round().min(t.easy_healthy - 1.0) as u8,
            },
        });
    }

    let moderate = share(facts.grey_minutes);
    if moderate > t.moderate_limit {
        let severity = if moderate > t.moderate_problem_above {
            Severity::Problem
        } else {
            Severity::Caution
        };
        sink.raise(Flag {
            code: FindingCode::TooMuchModerate,
            severity,
            points: tenths((moderate - t.moderate_limit) * t.moderate_points_per_percent),
            days: days_where(facts, |d| d.grey_minutes > 0),
            subject: Subject::Moderate,
            detail: Detail::ModerateShare {
                percent: moderate.round().max(t.moderate_limit + 1.0).min(100.0) as u8,
                grey_easy: facts.grey_easy_minutes > 0,
            },
        });
    }
}

fn days_where(facts: &Facts, keep: impl Fn(&super::facts::DayFacts) -> bool) -> DaySet {
    let mut days = DaySet::default();
    for (day, d) in facts.days.iter().enumerate() {
        if keep(d) {
            days.insert(day);
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Athlete, Kind, Week};
    use crate::samples::{effective_week, unbalanced_week, week_of};

    fn flags(week: &Week) -> Vec<Flag> {
        crate::score::flags_of(week, &Athlete::default(), |facts, found| {
            check(facts, found)
        })
    }

    #[test]
    fn the_effective_week_is_mostly_easy() {
        assert!(flags(&effective_week()).is_empty());
    }

    #[test]
    fn the_unbalanced_week_is_short_of_easy_and_heavy_on_moderate() {
        let found = flags(&unbalanced_week());
        let codes: Vec<_> = found.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [FindingCode::TooLittleEasy, FindingCode::TooMuchModerate]
        );
        // Monday's and Friday's moderate runs are where the easy time went.
        assert!(found.iter().all(|f| f.days == DaySet::of(&[0, 4])));
        assert_eq!(found[0].severity, Severity::Problem);
        assert_eq!(found[0].detail, Detail::EasyShare { percent: 51 });
    }

    #[test]
    fn six_steady_runs_are_all_grey_zone() {
        let mut days = [(Kind::Steady, 50); 7];
        days[0] = (Kind::Rest, 0);
        let found = flags(&week_of(days));
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|f| f.severity == Severity::Problem));
        let total: u32 = found.iter().map(|f| f.points).sum();
        assert!(total >= INTENSITY.cap * 10, "{total}");
    }

    #[test]
    fn planned_marathon_pace_is_not_the_grey_zone() {
        let mut week = effective_week();
        week.days[6][0].minutes = 140;
        week.days[6][0].workout = Some("16 mi, last 10 mi @ MP".into());
        let found = flags(&week);
        assert!(
            found.iter().all(|f| f.code != FindingCode::TooMuchModerate),
            "{found:?}"
        );
    }

    #[test]
    fn no_running_no_flags() {
        assert!(flags(&Week::default()).is_empty());
    }
}
