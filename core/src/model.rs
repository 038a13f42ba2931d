//! The runner's week: sessions on seven days, and who is running them.
//!
//! These types are the shared vocabulary of the core: the scoring rules read them,
//! the plan format (`plan`) reads and writes them, the board edits them.

use serde::{Deserialize, Serialize};

/// Days in storage order. Storage is always Monday first; display may start on Sunday.
pub const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Short day names, Monday first.
pub const DAY_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// A day of the week as an index into [`Week::days`]: 0 = Monday … 6 = Sunday.
pub type DayIndex = usize;

/// How hard a session is on the three-zone model (Seiler): what the
/// intensity-distribution rule counts its minutes as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Zone {
    /// Below the first threshold: conversational running, the long run, rest.
    Easy,
    /// Between the thresholds: steady / marathon pace, the "grey zone".
    Moderate,
    /// At or above threshold: tempo, intervals, reps, hills, races.
    Hard,
}

/// What a session is. The JSON name of each kind is its snake_case form
/// (`"long_run"`, `"speed_endurance"`, …); those names are part of the plan format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Rest,
    Recovery,
    Easy,
    LongRun,
    Steady,
    Tempo,
    Intervals,
    Repetitions,
    Hills,
    SpeedEndurance,
    Race,
    CrossTraining,
    Strength,
}

impl Kind {
    /// Every kind, in the order the palette shows them.
    pub const ALL: [Kind; 13] = [
        Kind::Rest,
        Kind::Recovery,
        Kind::Easy,
        Kind::LongRun,
        Kind::Steady,
        Kind::Tempo,
        Kind::Intervals,
        Kind::Repetitions,
        Kind::Hills,
        Kind::SpeedEndurance,
        Kind::Race,
        Kind::CrossTraining,
        Kind::Strength,
    ];

    /// The JSON name, as used in the plan format and in `data-session-kind`.
    pub fn json_name(self) -> &'static str {
        match self {
            Kind::Rest => "rest",
            Kind::Recovery => "recovery",
            Kind::Easy => "easy",
            Kind::LongRun => "long_run",
            Kind::Steady => "steady",
            Kind::Tempo => "tempo",
            Kind::Intervals => "intervals",
            Kind::Repetitions => "repetitions",
            Kind::Hills => "hills",
            Kind::SpeedEndurance => "speed_endurance",
            Kind::Race => "race",
            Kind::CrossTraining => "cross_training",
            Kind::Strength => "strength",
        }
    }

    /// Parses a JSON name back into a kind.
    pub fn from_json_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.json_name() == name)
    }

    /// The name a runner reads on a card ("Long run", "Speed endurance").
    pub fn label(self) -> &'static str {
        match self {
            Kind::Rest => "Rest",
            Kind::Recovery => "Recovery run",
            Kind::Easy => "Easy run",
            Kind::LongRun => "Long run",
            Kind::Steady => "Moderate",
            Kind::Tempo => "Tempo",
            Kind::Intervals => "Intervals",
            Kind::Repetitions => "Repetitions",
            Kind::Hills => "Hills",
            Kind::SpeedEndurance => "Speed endurance",
            Kind::Race => "Race",
            Kind::CrossTraining => "Cross-training",
            Kind::Strength => "Strength",
        }
    }

    /// Session-RPE on the CR-10 scale a runner would give this kind of session
    /// when they don't say (DOMAIN.md, after Foster et al. 2001).
    pub fn default_rpe(self) -> u8 {
        match self {
            Kind::Rest => 0,
            Kind::Recovery => 2,
            Kind::Easy => 3,
            Kind::LongRun => 4,
            Kind::Steady => 5,
            Kind::Tempo => 6,
            Kind::Intervals => 8,
            Kind::Repetitions | Kind::Hills => 7,
            Kind::SpeedEndurance => 9,
            Kind::Race => 10,
            Kind::CrossTraining => 3,
            Kind::Strength => 4,
        }
    }

    /// Minutes a new session of this kind starts with on the board.
    pub fn default_minutes(self) -> u16 {
        match self {
            Kind::Rest => 0,
            Kind::Recovery => 30,
            Kind::Easy => 45,
            Kind::LongRun => 90,
            Kind::Steady => 50,
            Kind::Tempo => 50,
            Kind::Intervals => 60,
            Kind::Repetitions => 55,
            Kind::Hills => 50,
            Kind::SpeedEndurance => 60,
            Kind::Race => 40,
            Kind::CrossTraining => 45,
            Kind::Strength => 30,
        }
    }

    /// Hard for spacing: threshold and above (Seiler, Haugen & Kuffel 2007 —
    /// threshold sessions delay recovery like interval sessions do).
    pub fn is_hard(self) -> bool {
        matches!(
            self,
            Kind::Tempo
                | Kind::Intervals
                | Kind::Repetitions
                | Kind::Hills
                | Kind::SpeedEndurance
                | Kind::Race
        )
    }

    /// Whether the session is running (counts toward running volume).
    pub fn is_running(self) -> bool {
        !matches!(self, Kind::Rest | Kind::CrossTraining | Kind::Strength)
    }

    /// The zone the kind's minutes count in, before any RPE override.
    pub fn zone(self) -> Zone {
        match self {
            Kind::Steady => Zone::Moderate,
            k if k.is_hard() => Zone::Hard,
            _ => Zone::Easy,
        }
    }
}

/// A session's identity on the board; stable across moves, edits and undo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SessionId(pub u32);

/// One workout (or a rest day) as planned.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    pub kind: Kind,
    /// Planned duration in minutes, warm-up and cool-down included.
    pub minutes: u16,
    /// Planned distance in metres, when the runner gives one.
    pub distance_m: Option<u32>,
    /// Session RPE (0–10) when the runner sets one; otherwise [`Kind::default_rpe`].
    pub rpe: Option<u8>,
    pub title: Option<String>,
    pub notes: Option<String>,
    /// A coach's workout notation, e.g. `2 x (3 x 120m) + 300m, 200m`.
    pub workout: Option<String>,
}

impl Session {
    /// A session of `kind` with the kind's default minutes and nothing else set.
    pub fn new(id: SessionId, kind: Kind) -> Session {
        Session {
            id,
            kind,
            minutes: kind.default_minutes(),
            distance_m: None,
            rpe: None,
            title: None,
            notes: None,
            workout: None,
        }
    }

    /// The RPE that counts: the runner's own, else what the workout reads as (its
    /// highest written RPE, else its kind's), else the card kind's default.
    pub fn effective_rpe(&self) -> u8 {
        self.rpe
            .or_else(|| {
                let text = self.workout.as_deref()?;
                Some(crate::notation::read(text)?.rpe)
            })
            .unwrap_or_else(|| self.kind.default_rpe())
    }

    /// Session-RPE load (Foster et al. 2001): RPE × minutes, in arbitrary units.
    pub fn load(&self) -> u32 {
        u32::from(self.effective_rpe()) * u32::from(self.minutes)
    }

    /// What the card says: the runner's title, else the kind's label.
    pub fn display_title(&self) -> &str {
        match &self.title {
            Some(t) if !t.trim().is_empty() => t,
            _ => self.kind.label(),
        }
    }
}

/// [`Week::sessions`]: a plain walk, day by day. Each use of a `flat_map` chain
/// compiled to its own fold: -409 B brotli of the viewer.
struct Sessions<'a> {
    week: &'a Week,
    day: DayIndex,
    index: usize,
}

impl<'a> Iterator for Sessions<'a> {
    type Item = (DayIndex, &'a Session);

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(sessions) = self.week.days.get(self.day) {
            if let Some(session) = sessions.get(self.index) {
                self.index += 1;
                return Some((self.day, session));
            }
            self.day += 1;
            self.index = 0;
        }
        None
    }
}

/// Seven days, Monday first. A day holds zero or more sessions (doubles happen).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Week {
    pub days: [Vec<Session>; 7],
}

impl Week {
    /// Every session with its day, in day order then position.
    pub fn sessions(&self) -> impl Iterator<Item = (DayIndex, &Session)> {
        Sessions {
            week: self,
            day: 0,
            index: 0,
        }
    }

    /// Where a session sits: (day, position within the day).
    pub fn find(&self, id: SessionId) -> Option<(DayIndex, usize)> {
        self.days.iter().enumerate().find_map(|(day, sessions)| {
            sessions
                .iter()
                .position(|s| s.id == id)
                .map(|pos| (day, pos))
        })
    }

    /// A session by id.
    pub fn session(&self, id: SessionId) -> Option<&Session> {
        self.find(id).map(|(d, p)| &self.days[d][p])
    }

    /// The number of sessions on the board.
    pub fn session_count(&self) -> usize {
        self.days.iter().map(Vec::len).sum()
    }

    /// An id no session of this week uses yet.
    pub fn next_id(&self) -> SessionId {
        SessionId(self.sessions().map(|(_, s)| s.id.0 + 1).max().unwrap_or(1))
    }

    /// Session-RPE load of each day, Monday first.
    pub fn daily_load(&self) -> [u32; 7] {
        let mut load = [0u32; 7];
        for (day, session) in self.sessions() {
            load[day] += session.load();
        }
        load
    }
}

/// How long a runner has been building: the seed 001 FAQ and Daniels scale the
/// number of quality sessions by it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Beginner,
    #[default]
    Intermediate,
    Advanced,
}

impl Level {
    /// Every level, easiest first.
    pub const ALL: [Level; 3] = [Level::Beginner, Level::Intermediate, Level::Advanced];

    /// The name a runner reads.
    pub fn label(self) -> &'static str {
        match self {
            Level::Beginner => "Beginner",
            Level::Intermediate => "Intermediate",
            Level::Advanced => "Advanced",
        }
    }
}

/// Who runs the week. Every field but the level is optional: with no profile the
/// week still scores, and the findings that need a profile say so.
#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Athlete {
    /// `None` when the runner hasn't said; scored as intermediate.
    pub level: Option<Level>,
    pub age: Option<u8>,
    /// What a usual week has been lately, in metres of running.
    pub usual_week_m: Option<u32>,
    /// What a usual week has been lately, in minutes of running.
    pub usual_week_minutes: Option<u16>,
    /// The longest single run of the last 30 days, in metres.
    pub longest_recent_run_m: Option<u32>,
    /// The longest single run of the last 30 days, in minutes.
    pub longest_recent_run_minutes: Option<u16>,
    /// A recent race, for the runner's own paces in workout estimates.
    #[serde(default)]
    pub recent_race: Option<RaceResult>,
    /// Threshold pace (about one-hour race pace), seconds per km: the other way to
    /// give the runner's paces. A recent race, when both are given, wins.
    #[serde(default)]
    pub threshold_pace_s_per_km: Option<u16>,
}

/// A race the runner ran lately: how far and how long it took.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RaceResult {
    pub distance_m: u32,
    pub seconds: u32,
}

/// Every field is `Copy`, so a clone copies the whole struct at once; the derived
/// clone went field by field: -162 B brotli of the viewer.
impl Clone for Athlete {
    fn clone(&self) -> Athlete {
        Athlete { ..*self }
    }
}

impl Athlete {
    /// The level used for scoring: the runner's own, else intermediate.
    pub fn effective_level(&self) -> Level {
        self.level.unwrap_or_default()
    }

    /// Masters runners (46+) need one or two more easy days after VO2 work (DOMAIN.md rule 1).
    pub fn is_masters(&self) -> bool {
        self.age.is_some_and(|a| a >= 46)
    }
}
