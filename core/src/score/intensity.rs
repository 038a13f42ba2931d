//! Intensity distribution: most running easy, little of it in the grey zone.
//!
//! Source: Seiler's three-zone model and the "80/20" distribution (DOMAIN.md rule 2):
//! easy time ≥ 75 % of running is healthy, 65–75 % a warning, under 65 % a problem;
//! unlabelled moderate running (the "grey zone") over ~15 % of the time is the classic
//! trap seed 001 describes.
//!
//! How minutes count:
//! - easy: easy and recovery runs, the long run, and a hard session's warm-up and
//!   cool-down (taken as a third of the session, at most 20 minutes, since the board
//!   doesn't see the session's structure);
//! - moderate: steady runs, and easy or recovery runs at RPE 5–6 (at that effort an
//!   "easy" run is no longer easy);
//! - hard: the rest of a hard session, and an easy run at RPE 7 or more.
//!
//! Cross-training and strength are not running and don't count here (they do count in
//! the session-RPE load).

use super::facts::Facts;
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject};
use crate::model::{Kind, Session};
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
    /// Moderate share (percent) above which the grey zone is flagged.
    pub moderate_limit: f64,
    /// Above this moderate share (percent) it is a problem, not a warning.
    pub moderate_problem_above: f64,
    /// From this RPE an easy or recovery run counts as moderate…
    pub grey_rpe_from: u8,
    /// …and from this one as hard.
    pub hard_rpe_from: u8,
    /// A hard session's warm-up plus cool-down, in minutes at most…
    pub warm_up_cool_down_max: u16,
    /// …and at most this fraction (1 / n) of the session.
    pub warm_up_cool_down_one_in: u16,
    /// Points per percent of easy time under `easy_healthy`.
    pub easy_points_per_percent: f64,
    /// Points per percent of moderate time over `moderate_limit`.
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
    grey_rpe_from: 5,
    hard_rpe_from: 7,
    warm_up_cool_down_max: 20,
    warm_up_cool_down_one_in: 3,
    easy_points_per_percent: 0.6,
    moderate_points_per_percent: 0.3,
    cap: 45,
};

/// A session's minutes in each zone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ZoneMinutes {
    pub easy: u32,
    pub moderate: u32,
    pub hard: u32,
}

/// How a running session's minutes count; `None` for rest, cross-training, strength.
#[inline]
pub(crate) fn minutes(session: &Session) -> Option<ZoneMinutes> {
    let kind = session.kind;
    if !kind.is_running() {
        return None;
    }
    let all = u32::from(session.minutes);
    let rpe = session.effective_rpe();
    let t = INTENSITY;
    Some(match kind {
        Kind::Steady => ZoneMinutes {
            moderate: all,
            ..ZoneMinutes::default()
        },
        Kind::Easy | Kind::Recovery if rpe >= t.hard_rpe_from => ZoneMinutes {
            hard: all,
            ..ZoneMinutes::default()
        },
        Kind::Easy | Kind::Recovery if rpe >= t.grey_rpe_from => ZoneMinutes {
            moderate: all,
            ..ZoneMinutes::default()
        },
        k if k.is_hard() => {
            let warm = (session.minutes / t.warm_up_cool_down_one_in).min(t.warm_up_cool_down_max);
            ZoneMinutes {
                easy: u32::from(warm),
                hard: all - u32::from(warm),
                ..ZoneMinutes::default()
            }
        }
        _ => ZoneMinutes {
            easy: all,
            ..ZoneMinutes::default()
        },
    })
}

/// Whether a session's minutes count as moderate.
pub(crate) fn is_grey(session: &Session) -> bool {
    minutes(session).is_some_and(|m| m.moderate > 0)
}

/// Whether a session's minutes count (partly) as hard.
pub(crate) fn is_intense(session: &Session) -> bool {
    minutes(session).is_some_and(|m| m.hard > 0)
}

/// Raises a flag when easy time is short or moderate time is high.
pub(crate) fn check(facts: &Facts, sink: &mut impl Sink) {
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
        let moderate_days = days_where(facts, |d| d.moderate_minutes > 0);
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

    let moderate = share(split.moderate_minutes);
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
            days: days_where(facts, |d| d.moderate_minutes > 0),
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
    use crate::model::{Athlete, SessionId, Week};
    use crate::samples::{effective_week, unbalanced_week, week_of};

    fn flags(week: &Week) -> Vec<Flag> {
        crate::score::flags_of(week, &Athlete::default(), |facts, found| {
            check(facts, found)
        })
    }

    #[test]
    fn warm_up_and_cool_down_count_as_easy() {
        let mut tempo = Session::new(SessionId(1), Kind::Tempo);
        tempo.minutes = 55;
        let m = minutes(&tempo).unwrap();
        assert_eq!((m.easy, m.hard), (18, 37));
        tempo.minutes = 120;
        assert_eq!(minutes(&tempo).unwrap().easy, 20);
    }

    #[test]
    fn an_easy_run_at_rpe_5_is_moderate() {
        let mut easy = Session::new(SessionId(1), Kind::Easy);
        assert!(!is_grey(&easy));
        easy.rpe = Some(5);
        assert!(is_grey(&easy));
        easy.rpe = Some(7);
        assert!(!is_grey(&easy) && is_intense(&easy));
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
    fn no_running_no_flags() {
        assert!(flags(&Week::default()).is_empty());
    }
}
