//! The compact form of a finding: what a rule noticed, as numbers, before any words.
//!
//! Rules raise [`Flag`]s into a [`Sink`]. A flag is `Copy` and small, so the quick path
//! can tally thousands of them without touching the heap; only [`super::score`] keeps
//! them and turns them into sentences.

use super::effort::Quality;
use crate::model::{DayIndex, Kind, Level, SessionId};
use crate::report::{FindingCode, Severity};
use crate::WeekStart;

/// Days as a bit set, Monday = bit 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DaySet(u8);

impl DaySet {
    /// The set holding `days`.
    pub fn of(days: &[DayIndex]) -> DaySet {
        let mut set = DaySet::default();
        for &day in days {
            set.insert(day);
        }
        set
    }

    pub fn insert(&mut self, day: DayIndex) {
        self.0 |= 1 << (day % 7);
    }

    pub fn contains(self, day: DayIndex) -> bool {
        self.0 & (1 << (day % 7)) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The days in week order.
    pub fn iter(self) -> impl Iterator<Item = DayIndex> {
        (0..7).filter(move |&d| self.contains(d))
    }
}

/// Kinds as a bit set, one bit per [`Kind`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct KindSet(u16);

impl KindSet {
    pub const EMPTY: KindSet = KindSet(0);

    pub fn insert(&mut self, kind: Kind) {
        self.0 |= 1 << kind as u16;
    }

    pub fn contains(self, kind: Kind) -> bool {
        self.0 & (1 << kind as u16) != 0
    }
}

/// What a distance or a volume is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Minutes,
    Metres,
}

/// Which sessions on the flag's days the finding concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Subject {
    /// The week as a whole.
    Week,
    /// Hard sessions (threshold and above).
    Hard,
    /// Hard sessions and long runs.
    HardAndLongRuns,
    /// Sessions whose minutes count as moderate (the grey zone).
    Moderate,
    /// Sessions whose minutes count (partly) as hard.
    Intense,
    /// Sessions holding work at this quality pace.
    Quality(Quality),
    /// Running sessions.
    Runs,
    /// Running sessions that carry no distance.
    WithoutDistance,
    /// One session.
    One(SessionId),
}

/// Two key sessions too close together. `first == second` in the same week means the
/// same day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Crowding {
    pub first: DayIndex,
    pub second: DayIndex,
    /// The weeks the two are in: −1 the week before, 0 this one, 1 the week after.
    pub first_week: i8,
    pub second_week: i8,
    /// The week after is this one again (no real neighbour): "when the week repeats".
    pub repeats: bool,
    pub first_kind: Kind,
    pub second_kind: Kind,
    /// Days between them with no hard session.
    pub easy_days: u8,
    /// Easy days the first one needs.
    pub needed: u8,
    /// The need includes the masters' extra day after VO2 work.
    pub masters: bool,
    /// Sessions a move could fix, the one to try first first.
    pub movable: [Option<SessionId>; 2],
    /// The order the board shows the days in: the days between the two are counted
    /// in it.
    pub week_start: WeekStart,
}

/// The numbers a rule's message needs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Detail {
    Crowding(Crowding),
    /// Easy share of running time, in whole percent.
    EasyShare {
        percent: u8,
    },
    /// Moderate share of running time, and whether easy runs run in the grey zone.
    ModerateShare {
        percent: u8,
        grey_easy: bool,
    },
    HardCount {
        count: u32,
        budget: u8,
        level: Option<Level>,
    },
    Load {
        this_week: u64,
        usual: u64,
        unit: Unit,
        /// Weeks of the block the usual week is the mean of; 0: the profile's.
        from_weeks: u8,
        /// Easier weeks of the last four left out of that mean.
        easier_left_out: u8,
    },
    Spike {
        day: DayIndex,
        kind: Kind,
        this_run: u32,
        longest: u32,
        unit: Unit,
        /// Weeks of the block the longest run is read from; 0: the profile's.
        from_weeks: u8,
    },
    LongRun {
        day: DayIndex,
        /// Share of the week's running, in tenths of a percent, and the cap that applies.
        share_tenths: u16,
        cap: u8,
        minutes: u16,
        over_share: bool,
        over_time: bool,
        unit: Unit,
    },
    Quality {
        quality: Quality,
        /// Share of the week's running, in tenths of a percent.
        share_tenths: u16,
        cap: u8,
        /// Estimated metres of work when over the absolute cap.
        metres_over_cap: Option<u32>,
    },
    Monotony {
        hundredths: u32,
        /// Days carrying much the same load (within a quarter of the heaviest's).
        alike_days: u8,
        /// Days that carry any load, and whether one of the seven is a day off.
        training_days: u8,
        day_off: bool,
        /// The lightest of the alike days, and the heaviest day.
        lightest: DayIndex,
        heaviest: DayIndex,
    },
    /// One day carrying more than a body absorbs in a day.
    DayLoad {
        day: DayIndex,
        runs: u32,
        minutes: u32,
        /// The day's share of the week's running time, in whole percent.
        share: u8,
    },
    /// A week past what any runner of the level runs, with no usual week to compare.
    WeekSize {
        minutes: u64,
        metres: Option<u64>,
        /// The level's ceiling, in minutes (and in metres, when the week is in metres).
        ceiling_minutes: u32,
        ceiling_metres: u32,
        level: Option<Level>,
    },
    /// A card whose workout reads as another kind of session.
    Contradiction {
        session: SessionId,
        card: Kind,
        reads: Kind,
    },
    /// Weeks in a row of build with no easier week.
    Build {
        weeks: u8,
    },
    /// A taper week that keeps its volume and drops its quality.
    Taper {
        weeks_out: u8,
        /// The week's running against the usual week, in percent.
        percent: u16,
        /// The week keeps 90 % or more of the usual volume.
        kept_volume: bool,
    },
    /// A goal race week whose other running isn't lighter.
    RaceWeek {
        percent: u16,
    },
    /// No running on the board: what there is instead.
    NoRunning {
        sessions: u32,
        minutes: u64,
    },
    Profile {
        missing: u8,
    },
}

/// What one rule noticed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Flag {
    pub code: FindingCode,
    pub severity: Severity,
    /// Points it takes off the score, in tenths (before the family's cap).
    pub points: u32,
    pub days: DaySet,
    pub subject: Subject,
    pub detail: Detail,
}

/// Where rules put what they notice. Rules take `impl Sink + ?Sized`: the quick path
/// passes a `Tally`, the report a `dyn Sink` (see `Kept::evaluated`).
pub(crate) trait Sink {
    fn raise(&mut self, flag: Flag);
}

/// Tenths of a point from a number of points, rounded.
pub(crate) fn tenths(points: f64) -> u32 {
    if points.is_finite() && points > 0.0 {
        (points * 10.0).round().min(f64::from(u32::MAX)) as u32
    } else {
        0
    }
}

/// Keeping every flag: what [`super::score`] renders.
impl Sink for Vec<Flag> {
    fn raise(&mut self, flag: Flag) {
        self.push(flag);
    }
}

impl Flag {
    /// A flag about the week as a whole, for what adds flags up (tests, the bound).
    pub(crate) fn about_the_week(code: FindingCode, severity: Severity, points: u32) -> Flag {
        Flag {
            code,
            severity,
            points,
            days: DaySet::default(),
            subject: Subject::Week,
            detail: Detail::Profile { missing: 0 },
        }
    }
}
