//! Suggesting a [`Kind`] and an RPE from the shape of a workout.
//!
//! The rules, in order (the first that matches wins; also in `docs/notation.md`):
//!
//! | # | when                                                              | kind            |
//! |---|-------------------------------------------------------------------|-----------------|
//! | 1 | no reps: ≥ 75' or ≥ 18 km or "long"                                | LongRun         |
//! |   | no reps, all of it a recovery run or jog                           | Recovery        |
//! |   | no reps otherwise                                                  | Easy            |
//! | 2 | a rep marked race / parkrun / time trial                           | Race            |
//! | 3 | a rep marked hill                                                  | Hills           |
//! | 4 | every rep is a stride                                              | Easy (LongRun if long) |
//! |   | run-walk: timed reps ≥ 10" with no target, every recovery a walk  | Easy (LongRun if long) |
//! | 5 | a rep marked fartlek                                               | Intervals       |
//! | 6 | continuous and long: a third or more at threshold or faster → Tempo; half or more steady → Steady; else | LongRun |
//! | 7 | continuous: threshold or faster, or a set pace → Tempo; steady → Steady; else | Easy |
//! | 8 | reps mostly at threshold (T, tempo, HM pace, Z4, RPE 6–7)          | Tempo (cruise intervals) |
//! | 9 | reps mostly steady (MP, Z3)                                        | Steady          |
//! |10 | mean rep < 200 m: recoveries ≤ 3' on average (or, none written, reps in sets) → SpeedEndurance, else | Repetitions |
//! |11 | mean rep 200–600 m: R/mile pace → Repetitions; I/5K pace → Intervals; recovery ≥ 1.5 × rep time, or none written and reps ≤ 300 m → Repetitions; else | Intervals |
//! |12 | mean rep 600 m–2.4 km                                              | Intervals       |
//! |13 | longer reps: at I pace or faster → Intervals, else                 | Tempo           |
//!
//! "Continuous" means no repeat around any rep, no recovery between reps and every
//! segment at least 1 km or 4'. Rep lengths given as times are turned into distances
//! at the reference runner's pace (see `pace`).

use super::pace::{self, Pace, Runner};
use super::timeline::Event;
use super::tree::{reps_in, Effort, RecoveryStyle, Step, Target};
use crate::model::Kind;

/// A session this long (or longer, or this far) is a long run: 75 minutes …
const LONG_S: f64 = 75.0 * 60.0;
/// … or 18 km.
const LONG_M: f64 = 18_000.0;
/// Reps shorter than this are sprint-length.
const SPRINT_REP_M: f64 = 200.0;
/// Up to here reps are short (Daniels' R range).
const SHORT_REP_M: f64 = 600.0;
/// Up to here reps are intervals (Daniels' I range).
const INTERVAL_REP_M: f64 = 2_400.0;
/// Average recovery at most this long makes sprint-length reps speed endurance.
const SPEED_ENDURANCE_REST_S: f64 = 180.0;
/// Recovery this many times the rep's time (or more) makes short reps repetitions.
const FULL_RECOVERY_RATIO: f64 = 1.5;
/// A segment at least this long (or [`CONTINUOUS_S`]) may be part of a continuous run.
const CONTINUOUS_M: f64 = 1_000.0;
const CONTINUOUS_S: f64 = 240.0;
/// Runs between walks at least this long (in seconds) make a run-walk session: Galloway
/// starts beginners at 15" of running to 45" of walking.
const RUN_WALK_RUN_S: f64 = 10.0;

/// One rep as the rules see it.
struct Rep {
    metres: f64,
    seconds: f64,
    class: Option<Pace>,
}

/// What the rules read from a workout.
struct Profile {
    reps: Vec<Rep>,
    /// Recovery seconds between each pair of consecutive reps.
    gaps: Vec<f64>,
    total_s: f64,
    total_m: f64,
    long_word: bool,
    only_recovery_running: bool,
    race: bool,
    hill: bool,
    all_strides: bool,
    fartlek: bool,
    repeated: bool,
    /// Reps come in sets: a repeat of several reps, or `+`-joined blocks.
    sets: bool,
    /// A rep has a pace or a rep time to hold.
    paced: bool,
    /// Some rep has a target of any kind (a pace, a zone, an effort word).
    targeted: bool,
    /// There are recoveries, and every one of them is a walk.
    all_walks: bool,
    /// Every rep is written as a time (`1' run`), not a distance.
    all_timed: bool,
}

impl Profile {
    fn read(steps: &[Step], events: &[Event]) -> Profile {
        let mut p = Profile {
            reps: Vec::new(),
            gaps: Vec::new(),
            total_s: 0.0,
            total_m: 0.0,
            long_word: false,
            only_recovery_running: true,
            race: false,
            hill: false,
            all_strides: true,
            fartlek: false,
            repeated: steps.iter().any(repeats_work),
            sets: steps.iter().any(holds_sets),
            paced: false,
            targeted: false,
            all_walks: true,
            all_timed: true,
        };
        let mut recoveries = 0;
        let mut pending_rest = 0.0;
        for event in events {
            match *event {
                Event::Work(run) => {
                    let (seconds, _) = pace::run_seconds(run, None, Runner::REFERENCE);
                    let (metres, _) = pace::run_metres(run, Runner::REFERENCE);
                    if !p.reps.is_empty() {
                        p.gaps.push(pending_rest);
                    }
                    pending_rest = 0.0;
                    p.reps.push(Rep {
                        metres,
                        seconds,
                        class: pace::run_class(run),
                    });
                    p.total_s += seconds;
                    p.total_m += metres;
                    p.race |= run.has_effort(Effort::Race);
                    p.hill |= run.hill;
                    p.all_strides &= run.has_effort(Effort::Strides);
                    p.fartlek |= run.has_effort(Effort::Fartlek);
                    p.long_word |= run.has_effort(Effort::Long);
                    p.targeted |= !run.targets.is_empty();
                    p.all_timed &= run.distance_m.is_none();
                    p.paced |= run
                        .targets
                        .iter()
                        .any(|t| matches!(t, Target::Pace { .. } | Target::RepTime { .. }));
                }
                Event::Easy(run) => {
                    p.total_s += pace::run_seconds(run, None, Runner::REFERENCE).0;
                    p.total_m += pace::run_metres(run, Runner::REFERENCE).0;
                    p.long_word |= run.has_effort(Effort::Long);
                    p.only_recovery_running &= run.has_effort(Effort::Recovery);
                }
                Event::Rest { recovery, rep } => {
                    recoveries += 1;
                    p.all_walks &= recovery.style == Some(RecoveryStyle::Walk);
                    let (seconds, _) = pace::rest_seconds(recovery, rep, Runner::REFERENCE);
                    pending_rest += seconds;
                    p.total_s += seconds;
                }
            }
        }
        p.all_walks &= recoveries > 0;
        p
    }

    /// Running broken by walks, with nothing to hold (Galloway's run-walk, Couch to 5K):
    /// easy running, however short the runs.
    fn run_walk(&self) -> bool {
        self.all_walks
            && self.all_timed
            && !self.targeted
            && !self.hill
            && self.reps.iter().all(|r| r.seconds >= RUN_WALK_RUN_S)
    }

    fn long(&self) -> bool {
        self.long_word || self.total_s >= LONG_S || self.total_m >= LONG_M
    }

    fn continuous(&self) -> bool {
        !self.repeated
            && self.gaps.iter().all(|&g| g == 0.0)
            && self
                .reps
                .iter()
                .all(|r| r.metres >= CONTINUOUS_M || r.seconds >= CONTINUOUS_S)
    }

    fn work_s(&self) -> f64 {
        let mut s = 0.0;
        for r in &self.reps {
            s += r.seconds;
        }
        s
    }

    /// The class with the most rep time, among reps that have one.
    fn main_class(&self) -> Option<Pace> {
        // Plain loops rather than filter/map/sum chains, here and in `work_s` and
        // `by_rep_length` (-76 B brotli).
        let time_at = |c: Pace| -> f64 {
            let mut t = 0.0;
            for r in &self.reps {
                if r.class == Some(c) {
                    t += r.seconds;
                }
            }
            t
        };
        // A loop rather than an iterator chain over `Pace::ALL` (-176 B brotli).
        let mut best: Option<(Pace, f64)> = None;
        for c in Pace::ALL {
            let t = time_at(c);
            let beaten = matches!(best, Some((_, bt)) if bt >= t);
            if t > 0.0 && !beaten {
                best = Some((c, t));
            }
        }
        best.map(|(c, _)| c)
    }
}

fn holds_sets(step: &Step) -> bool {
    match step {
        Step::Repeat(r) => reps_in(&r.steps) > 1 || r.steps.iter().any(holds_sets),
        Step::Block(b) => b.steps.iter().any(Step::has_work),
        _ => false,
    }
}

fn repeats_work(step: &Step) -> bool {
    match step {
        Step::Repeat(r) => r.steps.iter().any(Step::has_work),
        Step::Block(b) => b.steps.iter().any(repeats_work),
        _ => false,
    }
}

/// The kind of session the workout is (rules in the module docs).
pub(super) fn kind(steps: &[Step], events: &[Event]) -> Kind {
    let p = Profile::read(steps, events);
    if p.reps.is_empty() {
        return if p.long() {
            Kind::LongRun
        } else if p.only_recovery_running {
            Kind::Recovery
        } else {
            Kind::Easy
        };
    }
    if p.race {
        return Kind::Race;
    }
    if p.hill {
        return Kind::Hills;
    }
    if p.all_strides || p.run_walk() {
        return if p.long() { Kind::LongRun } else { Kind::Easy };
    }
    if p.fartlek {
        return Kind::Intervals;
    }
    let main = p.main_class();
    if p.continuous() {
        if p.long() {
            let share = p.work_s() / p.total_s.max(1.0);
            let at_threshold = matches!(
                main,
                Some(Pace::Threshold | Pace::Interval | Pace::Repetition)
            );
            return if at_threshold && share * 3.0 >= 1.0 {
                // A long tempo: 7 mi at HM pace inside 11 mi.
                Kind::Tempo
            } else if main == Some(Pace::Steady) && share * 2.0 >= 1.0 {
                Kind::Steady
            } else {
                Kind::LongRun
            };
        }
        return match main {
            Some(Pace::Threshold | Pace::Interval | Pace::Repetition) => Kind::Tempo,
            Some(Pace::Steady) => Kind::Steady,
            // a pace to hold for a whole run is a tempo run
            _ if p.paced => Kind::Tempo,
            _ => Kind::Easy,
        };
    }
    match main {
        Some(Pace::Threshold) => return Kind::Tempo,
        Some(Pace::Steady) => return Kind::Steady,
        _ => {}
    }
    by_rep_length(&p, main)
}

/// Rules 10–13: the length of the reps and the recovery between them.
fn by_rep_length(p: &Profile, main: Option<Pace>) -> Kind {
    let n = p.reps.len() as f64;
    let mut rep_m = 0.0;
    for r in &p.reps {
        rep_m += r.metres;
    }
    rep_m /= n;
    let rep_s = p.work_s() / n;
    let rest: f64 = p.gaps.iter().sum();
    let rest_per_gap = if p.gaps.is_empty() {
        0.0
    } else {
        rest / p.gaps.len() as f64
    };
    if rep_m < SPRINT_REP_M {
        // with no recovery written, sets of sprints (seed 002) still read as speed endurance
        let short_rest = if rest > 0.0 {
            rest_per_gap <= SPEED_ENDURANCE_REST_S
        } else {
            p.sets
        };
        return if short_rest {
            Kind::SpeedEndurance
        } else {
            Kind::Repetitions
        };
    }
    if rep_m < SHORT_REP_M {
        return match main {
            Some(Pace::Repetition) => Kind::Repetitions,
            Some(Pace::Interval) => Kind::Intervals,
            _ if rest == 0.0 && rep_m <= 300.0 => Kind::Repetitions,
            _ if rep_s > 0.0 && rest_per_gap / rep_s >= FULL_RECOVERY_RATIO => Kind::Repetitions,
            _ => Kind::Intervals,
        };
    }
    if rep_m <= INTERVAL_REP_M {
        return Kind::Intervals;
    }
    match main {
        Some(Pace::Interval | Pace::Repetition) => Kind::Intervals,
        _ => Kind::Tempo,
    }
}

/// Session RPE: the highest RPE written; else 5 for a long run with faster running in
/// it; else the kind's default ([`Kind::default_rpe`]).
pub(super) fn rpe(kind: Kind, events: &[Event]) -> u8 {
    // Loops rather than a chain of iterator adapters: -262 B brotli, with the like
    // loops in `recoveries::is_ladder` and `summary::running_metres`.
    let mut written: Option<u8> = None;
    for event in events {
        let (Event::Work(run) | Event::Easy(run)) = event else {
            continue;
        };
        for target in &run.targets {
            if let Target::Rpe { rpe } = *target {
                written = written.max(Some(rpe));
            }
        }
    }
    if let Some(rpe) = written {
        return rpe.clamp(1, 10);
    }
    let faster_running = events.iter().any(|e| matches!(e, Event::Work(_)));
    if kind == Kind::LongRun && faster_running {
        return 5;
    }
    kind.default_rpe()
}
