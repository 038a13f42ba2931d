//! Paces for estimates.
//!
//! Where the notation gives a distance but no time, the board estimates one for a
//! reference runner who races 5 km in 22:00; race paces at other distances follow
//! Riegel's formula (T2 = T1 × (D2/D1)^1.06, Riegel 1981). Every such time is flagged
//! as an estimate in the totals.

use super::tree::{Effort, Recovery, RecoveryStyle, Role, Run, Target};
use crate::model::Kind;
use serde::Serialize;

/// The reference runner's 5 km time, in seconds.
pub(super) const REFERENCE_5K_S: f64 = 1320.0;
/// Easy running, warm-up and cool-down, s/km.
const EASY: f64 = 360.0;
/// A recovery jog, s/km.
const JOG: f64 = 390.0;
/// Walking, s/km.
const WALK: f64 = 600.0;
/// A float recovery, s/km.
const FLOAT: f64 = 330.0;
/// Threshold (Daniels' T), s/km: a little slower than 10 km race pace.
const THRESHOLD: f64 = 280.0;

/// Race pace at `distance_m` for the reference runner, in s/km.
pub(super) fn race_pace(distance_m: f64) -> f64 {
    let d = distance_m.max(100.0);
    let seconds = REFERENCE_5K_S * (d / 5000.0).powf(1.06);
    seconds / (d / 1000.0)
}

/// How hard running is, on Daniels' five paces (E, M, T, I, R).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pace {
    /// Conversational: easy running, warm-ups, the long run.
    Easy,
    /// Steady and marathon pace.
    Steady,
    /// Threshold (tempo, cruise intervals).
    Threshold,
    /// Interval pace (about 3K–5K race pace).
    Interval,
    /// Repetition pace (about mile race pace) and faster.
    Repetition,
}

impl Pace {
    /// Every pace, easiest first; also the index order of [`super::PaceSplit`]'s arrays.
    pub const ALL: [Pace; 5] = [
        Pace::Easy,
        Pace::Steady,
        Pace::Threshold,
        Pace::Interval,
        Pace::Repetition,
    ];

    /// How a runner says it after "at": "easy pace", "marathon pace", "threshold".
    pub fn label(self) -> &'static str {
        match self {
            Pace::Easy => "easy pace",
            Pace::Steady => "marathon pace",
            Pace::Threshold => "threshold",
            Pace::Interval => "interval pace",
            Pace::Repetition => "repetition pace",
        }
    }

    /// The reference runner's pace for this class, s/km.
    pub(super) fn pace(self) -> f64 {
        match self {
            Pace::Easy => EASY,
            Pace::Steady => race_pace(42_195.0),
            Pace::Threshold => THRESHOLD,
            Pace::Interval => race_pace(5_000.0),
            Pace::Repetition => race_pace(1_609.0),
        }
    }
}

/// The class of a target; `None` for a pace or a rep time, which are numbers, not
/// efforts (they say nothing about how hard that is for this runner).
pub(super) fn class_of(target: &Target) -> Option<Pace> {
    Some(match *target {
        Target::Pace { .. } | Target::RepTime { .. } => return None,
        Target::RacePace { distance_m } => match distance_m {
            0..=2_000 => Pace::Repetition,
            2_001..=10_000 => Pace::Interval,
            10_001..=30_000 => Pace::Threshold,
            _ => Pace::Steady,
        },
        Target::Zone { zone } => match zone {
            0..=2 => Pace::Easy,
            3 => Pace::Steady,
            4 => Pace::Threshold,
            _ => Pace::Interval,
        },
        Target::Rpe { rpe } => match rpe {
            0..=3 => Pace::Easy,
            4..=5 => Pace::Steady,
            6..=7 => Pace::Threshold,
            8..=9 => Pace::Interval,
            _ => Pace::Repetition,
        },
        Target::Percent { percent } => match percent {
            0..=69 => Pace::Easy,
            70..=79 => Pace::Steady,
            80..=87 => Pace::Threshold,
            88..=94 => Pace::Interval,
            _ => Pace::Repetition,
        },
        Target::Effort { effort } => match effort {
            Effort::Easy | Effort::Recovery | Effort::Long => Pace::Easy,
            Effort::Steady | Effort::Progression => Pace::Steady,
            Effort::Threshold => Pace::Threshold,
            Effort::Interval | Effort::Hard | Effort::Fartlek | Effort::Race => Pace::Interval,
            Effort::Repetition | Effort::Fast | Effort::Sprint | Effort::Strides => {
                Pace::Repetition
            }
        },
    })
}

/// The class of a run: that of its first target with one.
pub(super) fn run_class(run: &Run) -> Option<Pace> {
    run.targets.iter().find_map(class_of)
}

/// The pace a run's targets ask for, s/km, and whether it is an estimate.
fn target_pace(run: &Run) -> Option<(f64, bool)> {
    for target in &run.targets {
        match *target {
            Target::RepTime { s } => {
                if let Some(m) = run.distance_m.filter(|&m| m > 0) {
                    return Some((f64::from(s) / (f64::from(m) / 1000.0), false));
                }
            }
            Target::Pace { min_s, max_s, per } => {
                let mid = (f64::from(min_s) + f64::from(max_s)) / 2.0;
                return Some((mid / per.km(), false));
            }
            Target::RacePace { distance_m } => {
                return Some((race_pace(f64::from(distance_m)), true))
            }
            _ => {}
        }
    }
    run_class(run).map(|c| (c.pace(), true))
}

/// Pace of a rep with no target, by its length (s/km): short reps are run fast.
pub(super) fn rep_pace(distance_m: f64) -> f64 {
    match distance_m {
        d if d <= 150.0 => 200.0,
        d if d <= 300.0 => 220.0,
        d if d <= 600.0 => 235.0,
        d if d <= 1_200.0 => 255.0,
        d if d <= 2_000.0 => 265.0,
        d if d <= 5_000.0 => THRESHOLD,
        d if d <= 12_000.0 => 300.0,
        _ => 345.0,
    }
}

/// Pace of a timed rep with no target, by its length (s/km).
fn timed_rep_pace(seconds: f64) -> f64 {
    match seconds {
        s if s <= 60.0 => 220.0,
        s if s <= 180.0 => 245.0,
        s if s <= 480.0 => 265.0,
        s if s <= 1_200.0 => THRESHOLD,
        _ => 345.0,
    }
}

/// Pace of work with no target, once the session's kind is known.
fn untargeted_work_pace(distance_m: f64, kind: Option<Kind>) -> f64 {
    match kind {
        Some(Kind::Easy) => EASY,
        Some(Kind::Recovery) => JOG,
        Some(Kind::LongRun) => 345.0,
        Some(Kind::Steady) => 315.0,
        Some(Kind::Tempo) => THRESHOLD,
        _ => rep_pace(distance_m),
    }
}

/// Seconds a run takes, and whether that is an estimate.
pub(super) fn run_seconds(run: &Run, kind: Option<Kind>) -> (f64, bool) {
    if let Some(s) = run.time_s {
        return (f64::from(s), false);
    }
    let Some(m) = run.distance_m.map(f64::from) else {
        return (0.0, true);
    };
    if let Some((pace, estimate)) = target_pace(run) {
        return (m / 1000.0 * pace, estimate);
    }
    let pace = if run.role == Role::Work {
        untargeted_work_pace(m, kind)
    } else {
        EASY
    };
    (m / 1000.0 * pace, true)
}

/// Metres a run covers, and whether that is an estimate.
pub(super) fn run_metres(run: &Run) -> (f64, bool) {
    if let Some(m) = run.distance_m {
        return (f64::from(m), false);
    }
    let s = run.time_s.map_or(0.0, f64::from);
    let pace = match target_pace(run) {
        Some((pace, _)) => pace,
        None if run.is_work() => timed_rep_pace(s),
        None => EASY,
    };
    (s / pace * 1000.0, true)
}

/// Seconds a recovery takes, and whether that is an estimate. `rep` is the rep it
/// follows, for `jog back`.
pub(super) fn rest_seconds(rec: &Recovery, rep: Option<&Run>) -> (f64, bool) {
    if let Some(s) = rec.time_s {
        return (f64::from(s), false);
    }
    let pace = match rec.style {
        Some(RecoveryStyle::Walk) => WALK,
        Some(RecoveryStyle::Float) => FLOAT,
        _ => JOG,
    };
    let metres = match (rec.distance_m, rec.back, rep) {
        (Some(m), _, _) => f64::from(m),
        (None, true, Some(rep)) => run_metres(rep).0,
        _ => 0.0,
    };
    (metres / 1000.0 * pace, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_runner_paces_are_sensible() {
        let per_km = |d: f64| race_pace(d).round();
        assert_eq!(per_km(5000.0), 264.0);
        assert!(per_km(42_195.0) > 290.0 && per_km(42_195.0) < 310.0);
        assert!(per_km(1609.0) < per_km(5000.0));
    }
}
