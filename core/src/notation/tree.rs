//! The workout as a tree: runs, recoveries, repeats and blocks, each with the span of
//! text it was read from so the board can point back at what the coach wrote.

use serde::Serialize;
use std::ops::Range;

/// One part of a workout, as written.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum Step {
    /// Running for a distance or a time: a rep, a warm-up, easy running.
    Run(Run),
    /// A recovery written as a step of its own (`200m jog`, `3' walk`).
    Recovery(Recovery),
    /// A group run several times (`6 x 400m`, `2 x (3 x 120m)`).
    Repeat(Repeat),
    /// A group run once: brackets without a count, or a set joined by `+`
    /// (`… + 300m, 200m, 2 x 100m`).
    Block(Block),
}

/// What a run is for in the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    WarmUp,
    /// A rep or a quality segment: what the totals count as work.
    Work,
    /// Easy running that is neither warm-up nor rep (the easy part of a long run).
    Easy,
    CoolDown,
}

/// One stretch of running.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Run {
    pub role: Role,
    /// Metres, when written as a distance (miles are rounded to whole metres).
    pub distance_m: Option<u32>,
    /// Seconds, when written as a time.
    pub time_s: Option<u32>,
    pub targets: Vec<Target>,
    /// Run uphill (`hill`, `hills`, `uphill`).
    pub hill: bool,
    /// The recovery taken after this run, every time it is run.
    pub after: Option<Recovery>,
    /// Byte range of the text this run was read from.
    pub span: Range<usize>,
}

/// How a recovery is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecoveryStyle {
    Jog,
    Walk,
    /// Standing rest.
    Rest,
    /// A steady "float" between reps, quicker than a jog.
    Float,
}

/// A recovery between efforts.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Recovery {
    /// `None` when the coach did not say (`w/ 90"`, `6' rec`).
    pub style: Option<RecoveryStyle>,
    pub distance_m: Option<u32>,
    pub time_s: Option<u32>,
    /// Jog or walk back the rep's own distance (`jog back`, `walk down`).
    pub back: bool,
    /// Byte range of the text the recovery was read from (a clause such as
    /// `6' rec between sets` keeps its own span wherever it applies).
    pub span: Range<usize>,
}

/// A group run `times` times.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Repeat {
    pub times: u32,
    pub steps: Vec<Step>,
    /// Recovery between repetitions: taken `times - 1` times.
    pub between: Option<Recovery>,
    /// Recovery after the whole repeat (a set break before what follows).
    pub after: Option<Recovery>,
    pub span: Range<usize>,
}

/// A group run once.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Block {
    pub steps: Vec<Step>,
    /// Recovery after the whole block.
    pub after: Option<Recovery>,
    pub span: Range<usize>,
}

/// What a run should feel like or how fast it should go.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "target", rename_all = "snake_case")]
pub enum Target {
    /// Pace as written, in seconds per km or per mile (`@ 3:40/km`,
    /// `@ 4:00-4:10/km`, `@ 6:00/mi`); `min_s` is the faster end.
    Pace {
        min_s: u32,
        max_s: u32,
        per: PaceUnit,
    },
    /// Time for each rep (`@ 72s`, `in 72"`, `(2:50)`); the middle of a range.
    RepTime { s: u32 },
    /// Race pace for a distance (`@ 5K pace`, `mile pace`, `HMP`, `MP`).
    RacePace { distance_m: u32 },
    /// Heart-rate or pace zone, 1 to 5 (`Z4`, `zone 2`).
    Zone { zone: u8 },
    /// Effort on the CR-10 scale, 1 to 10 (`RPE 8`).
    Rpe { rpe: u8 },
    /// Percentage of top effort (`@ 95%`).
    Percent { percent: u8 },
    /// An effort in words (`threshold`, `easy`, `strides`).
    Effort { effort: Effort },
}

/// What a pace is per.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaceUnit {
    Km,
    Mile,
}

impl PaceUnit {
    /// Kilometres in one unit.
    pub fn km(self) -> f64 {
        match self {
            PaceUnit::Km => 1.0,
            PaceUnit::Mile => 1.609_344,
        }
    }
}

/// Efforts coaches name in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    /// `easy`, Daniels' E.
    Easy,
    /// `recovery run`, or a jog written on its own.
    Recovery,
    /// `long`, `long run`.
    Long,
    /// `steady`, `moderate`.
    Steady,
    /// `progression`, `progressive`.
    Progression,
    /// `tempo`, `threshold`, `LT`, `cruise`, Daniels' T.
    Threshold,
    /// Daniels' I.
    Interval,
    /// Daniels' R.
    Repetition,
    /// `hard`, `strong`, `on`.
    Hard,
    /// `fast`, `quick`.
    Fast,
    /// `sprint`, `max`, `all out`.
    Sprint,
    /// `strides`.
    Strides,
    /// `fartlek`.
    Fartlek,
    /// `race`, `parkrun`, `time trial`, `TT`.
    Race,
}

/// A distance or a time: what one run or one recovery is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Amount {
    Metres(u32),
    Seconds(u32),
}

impl Run {
    /// What the run is measured in.
    pub(super) fn amount(&self) -> Option<Amount> {
        match (self.distance_m, self.time_s) {
            (Some(m), _) => Some(Amount::Metres(m)),
            (None, Some(s)) => Some(Amount::Seconds(s)),
            (None, None) => None,
        }
    }

    pub(super) fn is_work(&self) -> bool {
        self.role == Role::Work
    }

    pub(super) fn has_effort(&self, effort: Effort) -> bool {
        self.targets
            .iter()
            .any(|t| matches!(t, Target::Effort { effort: e } if *e == effort))
    }
}

impl Step {
    /// Whether any rep sits in this step.
    pub(super) fn has_work(&self) -> bool {
        match self {
            Step::Run(run) => run.is_work(),
            Step::Recovery(_) => false,
            Step::Repeat(r) => r.steps.iter().any(Step::has_work),
            Step::Block(b) => b.steps.iter().any(Step::has_work),
        }
    }

    /// Reps in one pass through this step (saturating: only compared with small numbers).
    pub(super) fn reps_per_pass(&self) -> u64 {
        match self {
            Step::Run(run) => u64::from(run.is_work()),
            Step::Recovery(_) => 0,
            Step::Repeat(r) => u64::from(r.times).saturating_mul(reps_in(&r.steps)),
            Step::Block(b) => reps_in(&b.steps),
        }
    }

    /// The last rep of this step, the one a recovery after it follows.
    pub(super) fn last_work(&self) -> Option<&Run> {
        match self {
            Step::Run(run) if run.is_work() => Some(run),
            Step::Run(_) | Step::Recovery(_) => None,
            Step::Repeat(r) => r.steps.iter().rev().find_map(Step::last_work),
            Step::Block(b) => b.steps.iter().rev().find_map(Step::last_work),
        }
    }

    /// Where a recovery after this step goes; a recovery step has none.
    pub(super) fn after_mut(&mut self) -> Option<&mut Option<Recovery>> {
        match self {
            Step::Run(run) => Some(&mut run.after),
            Step::Recovery(_) => None,
            Step::Repeat(r) => Some(&mut r.after),
            Step::Block(b) => Some(&mut b.after),
        }
    }

    pub(super) fn span(&self) -> Range<usize> {
        match self {
            Step::Run(run) => run.span.clone(),
            Step::Recovery(rec) => rec.span.clone(),
            Step::Repeat(r) => r.span.clone(),
            Step::Block(b) => b.span.clone(),
        }
    }

    /// Calls `f` on every run inside this step, at any depth.
    pub(super) fn for_each_run_mut(&mut self, f: &mut dyn FnMut(&mut Run)) {
        match self {
            Step::Run(run) => f(run),
            Step::Recovery(_) => {}
            Step::Repeat(r) => r.steps.iter_mut().for_each(|s| s.for_each_run_mut(f)),
            Step::Block(b) => b.steps.iter_mut().for_each(|s| s.for_each_run_mut(f)),
        }
    }
}

/// Reps in one pass through a sequence of steps.
pub(super) fn reps_in(steps: &[Step]) -> u64 {
    steps
        .iter()
        .fold(0u64, |n, s| n.saturating_add(s.reps_per_pass()))
}
