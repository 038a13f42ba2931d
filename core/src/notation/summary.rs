//! One line for a card: "12 reps · 1.9 km fast", "20' tempo", "28 km long run".

use super::tree::Step;
use super::vocabulary::MILE_M;
use super::Workout;
use crate::model::Kind;

/// The card line for `workout`, distances in km (`units_km`) or miles.
pub(super) fn line(workout: &Workout, units_km: bool) -> String {
    let t = &workout.totals;
    let kind = workout.suggested_kind;
    let volume_kind = matches!(kind, Kind::Easy | Kind::Recovery | Kind::LongRun);
    if volume_kind || t.reps == 0 {
        return format!("{} {}", volume(workout, units_km), word(kind));
    }
    let work = work(t.work_m, t.work_timed_s, units_km);
    let continuous = matches!(kind, Kind::Tempo | Kind::Steady | Kind::Race) && t.recovery_s == 0;
    if t.reps == 1 || continuous {
        return format!("{work} {}", word(kind));
    }
    format!("{} reps · {work} {}", t.reps, word(kind))
}

fn word(kind: Kind) -> &'static str {
    match kind {
        Kind::Easy => "easy",
        Kind::Recovery => "recovery run",
        Kind::LongRun => "long run",
        Kind::Steady => "steady",
        Kind::Tempo => "tempo",
        Kind::Intervals => "hard",
        Kind::Repetitions | Kind::SpeedEndurance => "fast",
        Kind::Hills => "uphill",
        Kind::Race => "race",
        Kind::Rest => "rest",
        Kind::CrossTraining => "cross-training",
        Kind::Strength => "strength",
    }
}

/// The whole session: its distance when every run is given as one, else its minutes.
fn volume(workout: &Workout, units_km: bool) -> String {
    let mut all_distance = true;
    let metres = running_metres(&workout.steps, 1, &mut all_distance);
    if all_distance && metres > 0 {
        return distance(metres.min(u64::from(u32::MAX)) as u32, units_km);
    }
    let about = if workout.totals.is_estimate { "~" } else { "" };
    format!(
        "{about}{}",
        time(workout.totals.estimated_minutes.saturating_mul(60))
    )
}

/// Metres of running (not recoveries) in `steps` run `times` times; clears
/// `all_distance` when a run is given as a time.
fn running_metres(steps: &[Step], times: u64, all_distance: &mut bool) -> u64 {
    let mut metres = 0u64;
    for step in steps {
        let more = match step {
            Step::Run(run) => match run.distance_m {
                Some(m) => u64::from(m).saturating_mul(times),
                None => {
                    *all_distance = false;
                    0
                }
            },
            Step::Recovery(_) => 0,
            Step::Repeat(r) => running_metres(
                &r.steps,
                times.saturating_mul(u64::from(r.times)),
                all_distance,
            ),
            Step::Block(b) => running_metres(&b.steps, times, all_distance),
        };
        metres = metres.saturating_add(more);
    }
    metres
}

fn work(work_m: u32, timed_s: u32, units_km: bool) -> String {
    match (work_m, timed_s) {
        (0, 0) => String::new(),
        (m, 0) => distance(m, units_km),
        (0, s) => time(s),
        (m, s) => format!("{} + {}", distance(m, units_km), time(s)),
    }
}

/// `800 m`, `1.9 km`, `5 km`, `3.1 mi`: track distances under 1 km stay in metres.
pub(super) fn distance(metres: u32, units_km: bool) -> String {
    if metres < 1000 {
        return format!("{metres} m");
    }
    let (value, unit) = if units_km {
        (f64::from(metres) / 1000.0, "km")
    } else {
        (f64::from(metres) / MILE_M, "mi")
    };
    // Whole tenths (at most 43 million), written with integers.
    let tenths = (value * 10.0).round() as u64;
    if tenths % 10 == 0 {
        format!("{} {unit}", tenths / 10)
    } else {
        format!("{}.{} {unit}", tenths / 10, tenths % 10)
    }
}

/// `45"`, `20'`, `2'30"`, `1h05'`.
pub(super) fn time(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, s) {
        (0, _) if seconds < 60 => format!("{s}\""),
        (0, 0) => format!("{m}'"),
        (0, _) => format!("{m}'{s:02}\""),
        (_, _) if m == 0 => format!("{h}h"),
        _ => format!("{h}h{m:02}'"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_read_like_a_card() {
        assert_eq!(distance(1920, true), "1.9 km");
        assert_eq!(distance(5000, true), "5 km");
        assert_eq!(distance(800, true), "800 m");
        assert_eq!(distance(6436, false), "4 mi");
    }

    #[test]
    fn times_read_like_a_coach_writes_them() {
        assert_eq!(time(45), "45\"");
        assert_eq!(time(1200), "20'");
        assert_eq!(time(150), "2'30\"");
        assert_eq!(time(3900), "1h05'");
        assert_eq!(time(7200), "2h");
    }
}
