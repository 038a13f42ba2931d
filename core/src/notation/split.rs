//! Where a workout's time and distance go, pace by pace: what the scoring reads in
//! place of estimating a session from its length.
//!
//! Every rep counts at the pace its target names (`@ 5K pace` is interval pace, `@ T`
//! threshold, `Z2` easy). A rep with no target, or with a pace written as a number
//! (`@ 3:40/km`, which says nothing about how hard that is for this runner), counts at
//! the pace of the kind of session the workout is (`classify`): a tempo's reps at
//! threshold, an interval session's at interval pace. Warm-up, cool-down, easy running
//! and recoveries count as easy; so does a warm-up or cool-down the totals assume.

use super::pace::{self, Pace, Runner};
use super::timeline::Event;
use super::tree::{RecoveryStyle, Run, Target};
use crate::model::Kind;
use serde::Serialize;

/// Time and distance of a workout at each of Daniels' paces.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PaceSplit {
    /// Seconds of work (reps and quality segments) at each pace, in [`Pace::ALL`] order.
    pub work_s: [u32; 5],
    /// Metres of work at each pace; a rep written as a time is turned into distance at
    /// its pace.
    pub work_m: [u32; 5],
    /// Seconds of everything else — warm-up, cool-down, easy running, recoveries —
    /// including any warm-up and cool-down the totals assume.
    pub easy_s: u32,
    /// Metres of the whole session, when every run and every moving recovery in it is
    /// written as a distance.
    pub distance_m: Option<u32>,
    /// Seconds of the steady work that is held at a set pace — marathon pace (`@ MP`)
    /// or a number (`@ 5:00/km`) — rather than asked for in words (`steady`,
    /// `moderate`, `Z3`): the score tells planned marathon-pace work from the grey zone.
    pub marathon_s: u32,
}

impl PaceSplit {
    /// Seconds of work at `pace`.
    pub fn work_seconds(&self, pace: Pace) -> u32 {
        self.work_s[pace as usize]
    }

    /// Metres of work at `pace`.
    pub fn work_metres(&self, pace: Pace) -> u32 {
        self.work_m[pace as usize]
    }

    /// Seconds at threshold or faster.
    pub fn hard_seconds(&self) -> u32 {
        [Pace::Threshold, Pace::Interval, Pace::Repetition]
            .iter()
            .map(|&p| self.work_seconds(p))
            .fold(0, u32::saturating_add)
    }

    /// Every second of the session.
    pub fn total_seconds(&self) -> u32 {
        self.work_s
            .iter()
            .fold(self.easy_s, |sum, &s| sum.saturating_add(s))
    }
}

/// The pace a rep with no effort target counts at, by the kind of session it is in.
fn untargeted(kind: Kind, run: &Run) -> Pace {
    match kind {
        Kind::Tempo => Pace::Threshold,
        Kind::Intervals => Pace::Interval,
        Kind::Repetitions | Kind::Hills | Kind::SpeedEndurance => Pace::Repetition,
        Kind::Steady => Pace::Steady,
        // A race is run at the pace of its distance.
        Kind::Race => run
            .distance_m
            .and_then(|m| pace::class_of(&Target::RacePace { distance_m: m }))
            .unwrap_or(Pace::Interval),
        _ => Pace::Easy,
    }
}

/// Adds up the unrolled workout; `kind` is what the workout was classified as, and
/// `assumed_minutes` the warm-up and cool-down the totals assumed.
pub(super) fn count(
    events: &[Event],
    kind: Kind,
    assumed_minutes: u32,
    runner: Runner,
) -> PaceSplit {
    let mut work_s = [0f64; 5];
    let mut work_m = [0f64; 5];
    let mut easy_s = f64::from(assumed_minutes) * 60.0;
    let mut metres = 0f64;
    let mut every_run_a_distance = true;
    let mut marathon_s = 0f64;
    for event in events {
        match *event {
            Event::Work(run) => {
                let at = pace::run_class(run).unwrap_or_else(|| untargeted(kind, run));
                let seconds = pace::run_seconds(run, Some(kind), runner).0;
                if at == Pace::Steady && holds_a_set_pace(run) {
                    marathon_s += seconds;
                }
                let i = at as usize;
                work_s[i] += seconds;
                work_m[i] += pace::run_metres(run, runner).0;
                every_run_a_distance &= run.distance_m.is_some();
                metres += run.distance_m.map_or(0.0, f64::from);
            }
            Event::Easy(run) => {
                easy_s += pace::run_seconds(run, Some(kind), runner).0;
                every_run_a_distance &= run.distance_m.is_some();
                metres += run.distance_m.map_or(0.0, f64::from);
            }
            Event::Rest { recovery, rep } => {
                easy_s += pace::rest_seconds(recovery, rep, runner).0;
                metres += match (recovery.distance_m, recovery.back, rep) {
                    (Some(m), _, _) => f64::from(m),
                    (None, true, Some(rep)) => pace::run_metres(rep, runner).0,
                    // A timed jog covers ground the text doesn't give; standing doesn't.
                    _ => {
                        every_run_a_distance &= recovery.style == Some(RecoveryStyle::Rest);
                        0.0
                    }
                };
            }
        }
    }
    PaceSplit {
        work_s: work_s.map(whole),
        work_m: work_m.map(whole),
        easy_s: whole(easy_s),
        distance_m: (every_run_a_distance && metres > 0.0).then(|| whole(metres)),
        marathon_s: whole(marathon_s),
    }
}

/// A run held at a race pace or a pace written as a number, or one with no target at
/// all (a rep of a steady session with nothing else said).
fn holds_a_set_pace(run: &Run) -> bool {
    run.targets.is_empty()
        || run.targets.iter().any(|t| {
            matches!(
                t,
                Target::RacePace { .. } | Target::Pace { .. } | Target::RepTime { .. }
            )
        })
}

/// Rounds to a whole number; `as` saturates, so huge values cannot wrap.
fn whole(v: f64) -> u32 {
    v.round() as u32
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    #[test]
    fn reps_at_5k_pace_are_interval_work() {
        let w = parse("6 x 800m @ 5K pace w/ 2' jog").unwrap();
        let split = w.pace_split;
        assert_eq!(split.work_metres(Pace::Interval), 4800);
        assert_eq!(split.hard_seconds(), split.work_seconds(Pace::Interval));
        // 5 × 2' of jog plus the assumed 15' warm-up and 10' cool-down.
        assert_eq!(split.easy_s, 5 * 120 + 25 * 60);
        assert_eq!(split.distance_m, None, "the jogs are times");
    }

    #[test]
    fn a_threshold_block_inside_easy_running() {
        let w = parse("2 mi easy + 4 mi @ threshold + 2 mi easy").unwrap();
        let split = w.pace_split;
        assert_eq!(split.work_metres(Pace::Threshold), 6437);
        assert_eq!(split.hard_seconds(), split.work_seconds(Pace::Threshold));
        assert_eq!(split.distance_m, Some(12875));
    }

    #[test]
    fn marathon_pace_in_a_long_run_is_planned_steady_work() {
        let w = parse("16 mi, last 10 mi @ MP").unwrap();
        let split = w.pace_split;
        assert_eq!(split.work_metres(Pace::Steady), 16_093);
        assert_eq!(split.marathon_s, split.work_seconds(Pace::Steady));
        assert_eq!(split.distance_m, Some(25_750));
        assert_eq!(split.hard_seconds(), 0);
        // Asked for in words, steady running is the grey zone.
        let w = parse("50' moderate").unwrap();
        assert_eq!(w.pace_split.work_seconds(Pace::Steady), 3000);
        assert_eq!(w.pace_split.marathon_s, 0);
    }

    #[test]
    fn untargeted_reps_count_at_the_pace_of_the_session() {
        let w = parse("5 x 1 km w/ 400m jog").unwrap();
        assert_eq!(w.suggested_kind, Kind::Intervals);
        assert_eq!(w.pace_split.work_metres(Pace::Interval), 5000);
    }

    #[test]
    fn an_easy_run_is_all_easy() {
        let w = parse("45' easy").unwrap();
        assert_eq!(w.pace_split.hard_seconds(), 0);
        assert_eq!(w.pace_split.total_seconds(), 45 * 60);
    }
}
