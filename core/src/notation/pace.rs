//! Paces for estimates.
//!
//! Where the notation gives a distance but no time, the board estimates one for the
//! [`Runner`]: by default a reference runner who races 5 km in 22:00, or the runner's
//! own from a recent race or a threshold pace. Race paces at other distances follow
//! Riegel's formula (T2 = T1 × (D2/D1)^1.06, Riegel 1981). Every such time is flagged
//! as an estimate in the totals. Explicit paces and rep times are the runner's own
//! words and are never scaled.

use super::tree::{Effort, Recovery, RecoveryStyle, Role, Run, Target};
use crate::model::{Athlete, Kind};
use serde::Serialize;

/// Whose paces the estimates use: every running pace of the reference runner,
/// scaled by how much slower (above 1) or faster the runner is.
///
/// One factor for every pace is a simplification: Daniels' tables widen the gap
/// between easy and race pace a little for slower runners. Within the range a week
/// plan meets it moves an estimate by a minute or two, less than the warm-up a
/// runner adds on the day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Runner {
    scale: f64,
}

/// The range of runners estimates follow: a 5 km from 11:00 to 66:00.
const SCALES: std::ops::RangeInclusive<f64> = 0.5..=3.0;

impl Runner {
    /// The reference runner: 5 km in 22:00.
    pub const REFERENCE: Runner = Runner { scale: 1.0 };

    /// The runner a profile describes: from its recent race, else its threshold pace,
    /// else the reference runner.
    pub fn of(athlete: &Athlete) -> Runner {
        if let Some(race) = athlete.recent_race {
            return Runner::from_race(f64::from(race.distance_m), f64::from(race.seconds));
        }
        match athlete.threshold_pace_s_per_km {
            Some(pace) => Runner::from_threshold(f64::from(pace)),
            None => Runner::REFERENCE,
        }
    }

    /// From a race: its equivalent 5 km by Riegel's formula.
    pub fn from_race(distance_m: f64, seconds: f64) -> Runner {
        let distance_m = distance_m.max(100.0);
        let five_k = seconds * riegel(5000.0 / distance_m);
        Runner::scaled(five_k / REFERENCE_5K_S)
    }

    /// From a threshold pace, seconds per km.
    pub fn from_threshold(s_per_km: f64) -> Runner {
        Runner::scaled(s_per_km / THRESHOLD)
    }

    fn scaled(scale: f64) -> Runner {
        let scale = if scale.is_finite() { scale } else { 1.0 };
        Runner {
            scale: scale.clamp(*SCALES.start(), *SCALES.end()),
        }
    }

    /// Whether this is the reference runner.
    pub fn is_reference(self) -> bool {
        self.scale == 1.0
    }

    /// The runner's equivalent 5 km, in seconds.
    pub fn five_k_seconds(self) -> f64 {
        REFERENCE_5K_S * self.scale
    }

    /// The runner's pace for a class, s/km: what estimates use.
    pub fn pace(self, pace: Pace) -> f64 {
        pace.pace() * self.scale
    }
}

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

/// Riegel's time ratio for a distance ratio, `ratio`^1.06, for `ratio` > 0.
///
/// Written out as `ratio · e^(0.06 ln ratio)` with short series, because `f64::powf`
/// links libm's `pow` (1.5 KiB of wasm, about 0.5 KiB of the read-only viewer's
/// download, brotli) for these two calls. Within 1e-13 of `powf` over the distances
/// a plan holds (tested below). `const`, so the paces of the fixed race distances
/// below cost nothing at run time (the compiler folded `powf` of constants; it
/// would not fold these loops).
const fn riegel(ratio: f64) -> f64 {
    // ln: ratio = m · 2^e with m in [√½, √2), then ln m = 2 atanh((m − 1)/(m + 1)).
    let bits = ratio.to_bits();
    let mut e = ((bits >> 52) & 0x7ff) as i32 - 1023;
    let mut m = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if m > std::f64::consts::SQRT_2 {
        m /= 2.0;
        e += 1;
    }
    let s = (m - 1.0) / (m + 1.0);
    let (s2, mut term, mut atanh) = (s * s, s, 0.0);
    let mut k = 1;
    while k <= 17 {
        atanh += term / k as f64;
        term *= s2;
        k += 2;
    }
    let ln = e as f64 * std::f64::consts::LN_2 + 2.0 * atanh;
    // e^y for |y| under 1 (ratios up to e^16 either way).
    let y = 0.06 * ln;
    let (mut exp, mut term) = (1.0, 1.0);
    let mut k = 1;
    while k <= 16 {
        term *= y / k as f64;
        exp += term;
        k += 1;
    }
    ratio * exp
}

/// Race pace at `distance_m`, 100 m or more, for the reference runner, in s/km.
const fn race_pace_at(distance_m: f64) -> f64 {
    let seconds = REFERENCE_5K_S * riegel(distance_m / 5000.0);
    seconds / (distance_m / 1000.0)
}

/// Race pace at `distance_m` for the reference runner, in s/km.
pub(super) fn race_pace(distance_m: f64) -> f64 {
    race_pace_at(distance_m.max(100.0))
}

/// Marathon, 5 km and mile race paces of the reference runner, s/km.
const MARATHON_PACE: f64 = race_pace_at(42_195.0);
const FIVE_K_PACE: f64 = race_pace_at(5_000.0);
const MILE_PACE: f64 = race_pace_at(1_609.0);

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
            Pace::Steady => MARATHON_PACE,
            Pace::Threshold => THRESHOLD,
            Pace::Interval => FIVE_K_PACE,
            Pace::Repetition => MILE_PACE,
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
fn target_pace(run: &Run, runner: Runner) -> Option<(f64, bool)> {
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
                return Some((race_pace(f64::from(distance_m)) * runner.scale, true))
            }
            _ => {}
        }
    }
    run_class(run).map(|c| (runner.pace(c), true))
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

/// Seconds a run takes for `runner`, and whether that is an estimate.
pub(super) fn run_seconds(run: &Run, kind: Option<Kind>, runner: Runner) -> (f64, bool) {
    if let Some(s) = run.time_s {
        return (f64::from(s), false);
    }
    let Some(m) = run.distance_m.map(f64::from) else {
        return (0.0, true);
    };
    if let Some((pace, estimate)) = target_pace(run, runner) {
        return (m / 1000.0 * pace, estimate);
    }
    let pace = if run.role == Role::Work {
        untargeted_work_pace(m, kind)
    } else {
        EASY
    };
    (m / 1000.0 * pace * runner.scale, true)
}

/// Metres a run covers for `runner`, and whether that is an estimate.
pub(super) fn run_metres(run: &Run, runner: Runner) -> (f64, bool) {
    if let Some(m) = run.distance_m {
        return (f64::from(m), false);
    }
    let s = run.time_s.map_or(0.0, f64::from);
    let pace = match target_pace(run, runner) {
        Some((pace, _)) => pace,
        None if run.is_work() => timed_rep_pace(s) * runner.scale,
        None => EASY * runner.scale,
    };
    (s / pace * 1000.0, true)
}

/// Seconds a recovery takes for `runner`, and whether that is an estimate. `rep` is
/// the rep it follows, for `jog back`. Walking is walking: only jogs and floats scale.
pub(super) fn rest_seconds(rec: &Recovery, rep: Option<&Run>, runner: Runner) -> (f64, bool) {
    if let Some(s) = rec.time_s {
        return (f64::from(s), false);
    }
    let pace = match rec.style {
        Some(RecoveryStyle::Walk) => WALK,
        Some(RecoveryStyle::Float) => FLOAT * runner.scale,
        _ => JOG * runner.scale,
    };
    let metres = match (rec.distance_m, rec.back, rep) {
        (Some(m), _, _) => f64::from(m),
        (None, true, Some(rep)) => run_metres(rep, runner).0,
        _ => 0.0,
    };
    (metres / 1000.0 * pace, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn riegel_is_powf_to_within_rounding() {
        // From a 100 m rep to 200 km, either way round, in small steps.
        let mut ratio = 100.0 / 200_000.0;
        while ratio < 200_000.0 / 100.0 {
            let (ours, std) = (riegel(ratio), ratio.powf(1.06));
            assert!(
                ((ours - std) / std).abs() < 1e-13,
                "{ratio}: {ours} vs {std}"
            );
            ratio *= 1.0173;
        }
        for ratio in [0.02, 0.5, 1.0, 2.0, 8.44, 42.195 / 5.0] {
            assert!(((riegel(ratio) - ratio.powf(1.06)) / ratio.powf(1.06)).abs() < 1e-13);
        }
    }

    #[test]
    fn reference_runner_paces_are_sensible() {
        let per_km = |d: f64| race_pace(d).round();
        assert_eq!(per_km(5000.0), 264.0);
        assert!(per_km(42_195.0) > 290.0 && per_km(42_195.0) < 310.0);
        assert!(per_km(1609.0) < per_km(5000.0));
    }

    #[test]
    fn a_runner_from_a_race_or_a_threshold_pace() {
        // 45:00 for 10 km is about a 21:36 5 km by Riegel: a little faster than 22:00.
        let ten_k = Runner::from_race(10_000.0, 2_700.0);
        assert!((ten_k.five_k_seconds() - 1_296.0).abs() < 2.0, "{ten_k:?}");
        // A 5 km in 22:00 is the reference runner.
        assert!(Runner::from_race(5_000.0, 1_320.0).is_reference());
        // Threshold 5:36 per km is 1.2 × the reference's 4:40.
        assert!((Runner::from_threshold(336.0).pace(Pace::Threshold) - 336.0).abs() < 1e-9);
        // Nonsense stays within the range.
        assert_eq!(Runner::from_race(5_000.0, 1.0).five_k_seconds(), 660.0);
        assert_eq!(Runner::from_threshold(f64::NAN), Runner::REFERENCE);
    }
}
