//! What scoring says about a week: a number, a verdict, and findings with reasons.

use crate::model::{DayIndex, Kind, SessionId};
use serde::Serialize;

/// The board's three verdicts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The week holds together: you could repeat it.
    Balanced,
    /// Sound structure, one or two things to adjust.
    Tweak,
    /// Stress stacks up or recovery is squeezed.
    Unbalanced,
    /// No running on the board: there is no week to judge yet, and no score.
    NothingToJudge,
}

impl Verdict {
    /// The word the board shows.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Balanced => "Balanced",
            Verdict::Tweak => "Tweak",
            Verdict::Unbalanced => "Unbalanced",
            Verdict::NothingToJudge => "Nothing to judge yet",
        }
    }

    /// The JSON / `data-verdict` name.
    pub fn json_name(self) -> &'static str {
        match self {
            Verdict::Balanced => "balanced",
            Verdict::Tweak => "tweak",
            Verdict::Unbalanced => "unbalanced",
            Verdict::NothingToJudge => "nothing_to_judge",
        }
    }
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; costs no points.
    Info,
    /// Worth fixing.
    Caution,
    /// The week does not hold together until this is fixed.
    Problem,
}

/// A finding's stable code: tests, the embed API and `data-finding-code` rely on
/// these names, so a code is never renamed, only added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingCode {
    /// Two hard days in a row (or on the same day).
    HardDaysBackToBack,
    /// Fewer easy days after an expensive session than it needs.
    RecoveryTooShort,
    /// Easy time below the healthy share.
    TooLittleEasy,
    /// Too much grey-zone moderate running.
    TooMuchModerate,
    /// More hard sessions than the runner's level supports.
    TooManyHardSessions,
    /// The week is much bigger than the runner's usual week.
    LoadJump,
    /// The week is well under the usual week (a deload): only noted.
    UnderLoad,
    /// A single run well past the longest run of the last 30 days.
    LongestRunSpike,
    /// The long run is too large a share of the week, or too long.
    LongRunShare,
    /// Threshold / interval / repetition volume over its share of the week.
    QualityVolume,
    /// Every day alike: high monotony.
    Monotony,
    /// A finding needs the athlete profile to be judged.
    NeedsProfile,
    /// One day carries more than a body absorbs in a day: hours of running, or more
    /// than two runs.
    DayOverload,
    /// A week far bigger than any runner of the level runs, with no usual week to
    /// compare it with.
    WeekTooBig,
    /// A card's kind contradicts its workout (an easy run holding 6 × 800 m at 5K pace).
    KindMismatch,
    /// No running on the board: nothing to judge yet.
    NoRunning,
    /// Four weeks or more of build in a row with no easier week.
    NoEasierWeek,
    /// A taper week that keeps its volume and drops its quality sessions.
    TaperBackwards,
    /// A goal race week that isn't lighter than the weeks before it.
    RaceWeekNotLighter,
}

impl FindingCode {
    /// The stable snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingCode::HardDaysBackToBack => "hard_days_back_to_back",
            FindingCode::RecoveryTooShort => "recovery_too_short",
            FindingCode::TooLittleEasy => "too_little_easy",
            FindingCode::TooMuchModerate => "too_much_moderate",
            FindingCode::TooManyHardSessions => "too_many_hard_sessions",
            FindingCode::LoadJump => "load_jump",
            FindingCode::UnderLoad => "under_load",
            FindingCode::LongestRunSpike => "longest_run_spike",
            FindingCode::LongRunShare => "long_run_share",
            FindingCode::QualityVolume => "quality_volume",
            FindingCode::Monotony => "monotony",
            FindingCode::NeedsProfile => "needs_profile",
            FindingCode::DayOverload => "day_overload",
            FindingCode::WeekTooBig => "week_too_big",
            FindingCode::KindMismatch => "kind_mismatch",
            FindingCode::NoRunning => "no_running",
            FindingCode::NoEasierWeek => "no_easier_week",
            FindingCode::TaperBackwards => "taper_backwards",
            FindingCode::RaceWeekNotLighter => "race_week_not_lighter",
        }
    }
}

/// One thing scoring noticed, in a runner's words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    /// The days it concerns, Monday = 0.
    pub days: Vec<DayIndex>,
    /// The sessions it concerns.
    pub sessions: Vec<SessionId>,
    /// What is off, why it matters, and what to try.
    pub message: String,
    /// Where the rule comes from.
    pub source: &'static str,
    /// A change that answers the finding in one click, when there is one.
    pub fix: Option<Fix>,
}

/// A change the board can make for the runner, as a finding proposes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "fix", rename_all = "snake_case")]
pub enum Fix {
    /// Move the session to another day.
    Move { session: SessionId, to: DayIndex },
    /// Swap the days of two sessions (a week of one session a day stays one a day).
    Swap { session: SessionId, with: SessionId },
    /// Give the session another kind (the one its workout reads as).
    SetKind { session: SessionId, kind: Kind },
}

/// What one rule family took off the score, for "Why 52?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deduction {
    /// The family's stable name: `spacing`, `intensity`, `hard_sessions`, `load`,
    /// `proportions`, `monotony`, `day_load`, `workouts`, `across_weeks`.
    pub family: &'static str,
    /// What it judges, in a runner's words.
    pub label: &'static str,
    /// Whole points; a report's deductions add up to exactly 100 − its score.
    pub points: u8,
    /// The family's findings added up to more than its cap, which it took instead.
    pub capped: bool,
    /// The most severe of its findings.
    pub worst: Option<Severity>,
}

/// Minutes of the week in each of the three zones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TimeSplit {
    pub easy_minutes: u32,
    pub moderate_minutes: u32,
    pub hard_minutes: u32,
}

impl TimeSplit {
    /// All minutes counted.
    pub fn total(&self) -> u32 {
        self.easy_minutes + self.moderate_minutes + self.hard_minutes
    }
}

/// The verdict on a week.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// 0–100, higher holds together better; `None` (JSON `null`) when the week holds no
    /// running, with the verdict [`Verdict::NothingToJudge`].
    pub score: Option<u8>,
    pub verdict: Verdict,
    /// What each rule family took off, most first; empty when there is nothing to judge.
    pub breakdown: Vec<Deduction>,
    /// Most severe first.
    pub findings: Vec<Finding>,
    /// Session-RPE load per day, Monday first (for the chart).
    pub daily_load: [u32; 7],
    /// Easy / moderate / hard minutes (for the bar).
    pub split: TimeSplit,
}
