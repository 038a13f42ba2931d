//! The numbers a planner wants from a workout: reps, work, recovery, duration.

use super::pace::{self, Runner};
use super::timeline::Event;
use crate::model::Kind;
use serde::Serialize;

/// Warm-up assumed for a hard session that writes none, in minutes.
pub const ASSUMED_WARM_UP_MIN: u32 = 15;
/// Cool-down assumed for a hard session that writes none, in minutes.
pub const ASSUMED_COOL_DOWN_MIN: u32 = 10;

/// Totals of a workout (definitions also in `docs/notation.md`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Work intervals: every rep, counting repeats (`2 x (3 x 120m)` is 6).
    /// Warm-up, cool-down, easy running and recoveries are not reps.
    pub reps: u32,
    /// Metres of work written as distances.
    pub work_m: u32,
    /// Seconds of work written as times (`8 x 3'` is 1440).
    pub work_timed_s: u32,
    /// Seconds of all work, when every rep's time is known: written as a time, or
    /// set by a rep time (`@ 72s`) or a pace (`@ 3:40/km`). `None` otherwise.
    pub work_s: Option<u32>,
    /// Seconds of recovery between efforts, estimated at jog pace (6:30/km), walk
    /// (10:00/km) or float (5:30/km) when written as a distance.
    pub recovery_s: u32,
    /// Every metre written as a distance: work, recoveries, warm-up, cool-down.
    pub distance_m: u32,
    /// The whole session in minutes, warm-up and cool-down included (assumed when
    /// a hard session writes none, see `assumed_minutes`).
    pub estimated_minutes: u32,
    /// Whether `estimated_minutes` holds an estimate: a distance turned into time
    /// at a pace, or an assumed warm-up or cool-down.
    pub is_estimate: bool,
    /// Minutes of warm-up and cool-down assumed because none were written
    /// ([`ASSUMED_WARM_UP_MIN`] before, [`ASSUMED_COOL_DOWN_MIN`] after; hard
    /// sessions only).
    pub assumed_minutes: u32,
}

/// Adds up the unrolled workout; `kind` sets the pace of reps with no target.
pub(super) fn count(events: &[Event], kind: Kind, runner: Runner) -> Totals {
    let mut reps = 0u32;
    let (mut work_m, mut work_timed_s, mut work_s) = (0f64, 0f64, 0f64);
    let mut work_known = true;
    let (mut recovery_s, mut distance_m, mut total_s) = (0f64, 0f64, 0f64);
    let mut is_estimate = false;
    for event in events {
        match *event {
            Event::Work(run) => {
                reps += 1;
                let (s, estimate) = pace::run_seconds(run, Some(kind), runner);
                work_m += run.distance_m.map_or(0.0, f64::from);
                if run.distance_m.is_none() {
                    work_timed_s += run.time_s.map_or(0.0, f64::from);
                }
                work_s += s;
                work_known &= !estimate;
                distance_m += run.distance_m.map_or(0.0, f64::from);
                total_s += s;
                is_estimate |= estimate;
            }
            Event::Easy(run) => {
                let (s, estimate) = pace::run_seconds(run, Some(kind), runner);
                distance_m += run.distance_m.map_or(0.0, f64::from);
                total_s += s;
                is_estimate |= estimate;
            }
            Event::Rest { recovery, rep } => {
                let (s, estimate) = pace::rest_seconds(recovery, rep, runner);
                recovery_s += s;
                distance_m += recovery.distance_m.map_or(0.0, f64::from);
                total_s += s;
                is_estimate |= estimate;
            }
        }
    }
    let assumed_minutes = assumed_minutes(events, kind);
    total_s += f64::from(assumed_minutes) * 60.0;
    Totals {
        reps,
        work_m: whole(work_m),
        work_timed_s: whole(work_timed_s),
        work_s: (reps > 0 && work_known).then(|| whole(work_s)),
        recovery_s: whole(recovery_s),
        distance_m: whole(distance_m),
        estimated_minutes: whole(total_s / 60.0),
        is_estimate: is_estimate || assumed_minutes > 0,
        assumed_minutes,
    }
}

/// A hard session with no easy running before its first rep gets a warm-up; with
/// none after its last, a cool-down.
fn assumed_minutes(events: &[Event], kind: Kind) -> u32 {
    if !kind.is_hard() {
        return 0;
    }
    // One pass rather than position/rposition and take/skip chains (-127 B brotli).
    let (mut seen_work, mut easy_before, mut easy_after) = (false, false, false);
    for event in events {
        match event {
            Event::Work(_) => {
                seen_work = true;
                easy_after = false;
            }
            Event::Easy(_) if seen_work => easy_after = true,
            Event::Easy(_) => easy_before = true,
            Event::Rest { .. } => {}
        }
    }
    if !seen_work {
        return 0;
    }
    let mut minutes = 0;
    if !easy_before {
        minutes += ASSUMED_WARM_UP_MIN;
    }
    if !easy_after {
        minutes += ASSUMED_COOL_DOWN_MIN;
    }
    minutes
}

/// Rounds to a whole number; `as` saturates, so huge values cannot wrap.
fn whole(v: f64) -> u32 {
    v.round() as u32
}
