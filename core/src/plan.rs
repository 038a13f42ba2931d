//! A plan: the week, the athlete and the board's settings — and the JSON plan format.
//!
//! The JSON format (version 1, documented in `docs/plan-format.md`) is the board's
//! import/export format and the shape the JS API passes. Reading goes in four steps,
//! each with its own errors:
//! 1. JSON text → [`serde_json::Value`]: syntax, then the version, then unknown fields;
//! 2. `Value` → [`PlanWire`] with serde, keeping the path of any type error;
//! 3. [`PlanWire`] → [`Plan`]: names (kinds, units, …) and numbers (negative, fractional);
//! 4. [`Plan::validate`]: the [`BOUNDS`] every plan must respect, also used by share links.

use crate::model::{Athlete, Kind, Level, Session, SessionId, Week, DAY_NAMES};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// Distances shown in kilometres or miles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Units {
    #[default]
    Km,
    Mi,
}

impl Units {
    /// The name in the plan format: `"km"` or `"mi"`.
    pub fn json_name(self) -> &'static str {
        match self {
            Units::Km => "km",
            Units::Mi => "mi",
        }
    }
}

/// The first day the board shows. Storage is Monday first either way.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeekStart {
    #[default]
    Monday,
    Sunday,
}

impl WeekStart {
    /// Storage day indices in display order.
    pub fn display_order(self) -> [usize; 7] {
        match self {
            WeekStart::Monday => [0, 1, 2, 3, 4, 5, 6],
            WeekStart::Sunday => [6, 0, 1, 2, 3, 4, 5],
        }
    }

    /// The name in the plan format: `"monday"` or `"sunday"`.
    pub fn json_name(self) -> &'static str {
        match self {
            WeekStart::Monday => "monday",
            WeekStart::Sunday => "sunday",
        }
    }
}

/// How the board shows the plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Settings {
    pub units: Units,
    pub week_start: WeekStart,
}

/// Everything the board edits and saves.
///
/// Serialises as the JSON plan format; deserialising goes through [`Plan::from_value`],
/// so a plan that arrives through serde (e.g. from JavaScript) is checked like an import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub week: Week,
    pub athlete: Athlete,
    pub settings: Settings,
}

// ---------------------------------------------------------------------------
// Bounds

/// The largest (and smallest) values a plan may hold. One table for the JSON format
/// and for share links, so the two can never disagree.
///
/// Generous on purpose: the bounds turn away typos, garbage and hostile input, not
/// ambitious runners.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// Minutes in one session: 10 h, longer than any session a week plan holds.
    pub session_minutes: u16,
    /// Metres in one session: 300 km covers multi-day ultras split by day.
    pub session_distance_m: u32,
    /// Top of the CR-10 session-RPE scale (its bottom is 0).
    pub rpe_max: u8,
    /// Sessions on one day (doubles and triples happen; ten does not).
    pub sessions_per_day: usize,
    /// Sessions in one week.
    pub sessions_per_week: usize,
    /// Characters (Unicode scalar values) in a session title.
    pub title_chars: usize,
    /// Characters in a session's notes.
    pub notes_chars: usize,
    /// Characters in a session's workout notation.
    pub workout_chars: usize,
    /// Youngest age the board accepts.
    pub age_min: u8,
    /// Oldest age the board accepts.
    pub age_max: u8,
    /// Metres in the athlete's usual week.
    pub usual_week_m: u32,
    /// Minutes in the athlete's usual week (50 h).
    pub usual_week_minutes: u16,
    /// Metres in the athlete's longest run of the last 30 days.
    pub longest_run_m: u32,
    /// Minutes in the athlete's longest run of the last 30 days (24 h).
    pub longest_run_minutes: u16,
}

/// The bounds every plan respects.
pub const BOUNDS: Bounds = Bounds {
    session_minutes: 600,
    session_distance_m: 300_000,
    rpe_max: 10,
    sessions_per_day: 10,
    sessions_per_week: 40,
    title_chars: 80,
    notes_chars: 1_000,
    workout_chars: 300,
    age_min: 10,
    age_max: 100,
    usual_week_m: 500_000,
    usual_week_minutes: 3_000,
    longest_run_m: 300_000,
    longest_run_minutes: 1_440,
};

/// A bounded number of the plan, named as the error messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    SessionId,
    SessionMinutes,
    /// In kilometres, as the JSON format writes distances.
    SessionKm,
    Rpe,
    Age,
    UsualWeekKm,
    UsualWeekMinutes,
    LongestRunKm,
    LongestRunMinutes,
}

impl Measure {
    /// Smallest allowed value, in the JSON unit.
    pub fn min(self) -> f64 {
        match self {
            Measure::Age => f64::from(BOUNDS.age_min),
            _ => 0.0,
        }
    }

    /// Largest allowed value, in the JSON unit (km for distances).
    pub fn max(self) -> f64 {
        let km = |m: u32| f64::from(m) / 1000.0;
        match self {
            Measure::SessionId => f64::from(u32::MAX),
            Measure::SessionMinutes => f64::from(BOUNDS.session_minutes),
            Measure::SessionKm => km(BOUNDS.session_distance_m),
            Measure::Rpe => f64::from(BOUNDS.rpe_max),
            Measure::Age => f64::from(BOUNDS.age_max),
            Measure::UsualWeekKm => km(BOUNDS.usual_week_m),
            Measure::UsualWeekMinutes => f64::from(BOUNDS.usual_week_minutes),
            Measure::LongestRunKm => km(BOUNDS.longest_run_m),
            Measure::LongestRunMinutes => f64::from(BOUNDS.longest_run_minutes),
        }
    }

    /// Distances may have decimals (read to the metre); everything else is whole.
    fn is_km(self) -> bool {
        matches!(
            self,
            Measure::SessionKm | Measure::UsualWeekKm | Measure::LongestRunKm
        )
    }

    /// Scales (RPE, age) are described by their range, not by a cap.
    fn is_scale(self) -> bool {
        matches!(self, Measure::Rpe | Measure::Age)
    }

    /// "600 minutes (10 h) for one session": what the cap means, for messages.
    fn cap_phrase(self) -> String {
        let max = self.max();
        match self {
            Measure::SessionId => format!("{max}, the largest session id"),
            Measure::SessionMinutes => format!("{max} minutes ({}) for one session", hours(max)),
            Measure::SessionKm => format!("{max} km for one session"),
            Measure::UsualWeekKm => format!("{max} km for a usual week"),
            Measure::UsualWeekMinutes => {
                format!("{max} minutes ({}) for a usual week", hours(max))
            }
            Measure::LongestRunKm => format!("{max} km for one run"),
            Measure::LongestRunMinutes => format!("{max} minutes ({}) for one run", hours(max)),
            Measure::Rpe | Measure::Age => format!("{}–{max}", self.min()),
        }
    }
}

fn hours(minutes: f64) -> String {
    format!("{} h", minutes / 60.0)
}

/// A text field of a session, for length errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Title,
    Notes,
    Workout,
}

impl TextField {
    /// The most characters the field holds.
    pub fn max_chars(self) -> usize {
        match self {
            TextField::Title => BOUNDS.title_chars,
            TextField::Notes => BOUNDS.notes_chars,
            TextField::Workout => BOUNDS.workout_chars,
        }
    }

    fn noun(self) -> &'static str {
        match self {
            TextField::Title => "a title",
            TextField::Notes => "notes",
            TextField::Workout => "a workout",
        }
    }
}

/// A word from a fixed list that the plan format reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vocabulary {
    Kind,
    Units,
    WeekStart,
    Level,
}

impl Vocabulary {
    /// Every word of the list, in the plan format's spelling.
    pub fn words(self) -> Vec<&'static str> {
        match self {
            Vocabulary::Kind => Kind::ALL.iter().map(|k| k.json_name()).collect(),
            Vocabulary::Units => vec![Units::Km.json_name(), Units::Mi.json_name()],
            Vocabulary::WeekStart => {
                vec![WeekStart::Monday.json_name(), WeekStart::Sunday.json_name()]
            }
            Vocabulary::Level => Level::ALL.iter().map(|l| level_name(*l)).collect(),
        }
    }

    fn noun(self) -> &'static str {
        match self {
            Vocabulary::Kind => "kind",
            Vocabulary::Units => "units",
            Vocabulary::WeekStart => "week start",
            Vocabulary::Level => "level",
        }
    }
}

/// Too many sessions where.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Crowding {
    /// On one day (0 = Monday).
    Day(usize),
    Week,
}

// ---------------------------------------------------------------------------
// Errors

/// Why a plan was turned away, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanError {
    /// Where in the plan format: `days.wed[0].kind`, `athlete.age`; empty for the whole plan.
    pub path: String,
    pub kind: PlanErrorKind,
}

/// What is wrong. Each variant has a plain message (see [`PlanError`]'s `Display`).
#[derive(Clone, Debug, PartialEq)]
pub enum PlanErrorKind {
    /// The text is not JSON.
    Syntax {
        message: String,
        line: usize,
        column: usize,
    },
    /// JSON of the wrong shape: a string where a number goes, a missing `kind` (serde's words).
    Shape(String),
    /// No `version` field.
    MissingVersion,
    /// A `version` this board does not read, as written.
    UnsupportedVersion(String),
    /// A field the format doesn't have (a typo, or a newer format).
    UnknownField {
        field: String,
        expected: &'static [&'static str],
    },
    /// A word not in its list: `"kind": "jogging"`.
    UnknownWord { list: Vocabulary, word: String },
    /// NaN or infinity (only possible through the JS API).
    NotANumber,
    /// A fraction where a whole number goes.
    NotWhole(f64),
    /// A number below or above its bounds (in the JSON unit: km for distances).
    OutOfBounds { value: f64, measure: Measure },
    /// A text longer than its field holds.
    TooLong { field: TextField, chars: usize },
    /// More sessions than a day or a week holds.
    TooManySessions { count: usize, crowding: Crowding },
    /// Two sessions with one id; `first` is the path of the first one.
    DuplicateId { id: u32, first: String },
}

impl PlanError {
    fn new(path: impl Into<String>, kind: PlanErrorKind) -> PlanError {
        PlanError {
            path: path.into(),
            kind,
        }
    }

    /// The message alone, without the path.
    pub fn message(&self) -> String {
        self.kind.to_string()
    }

    /// The path in a runner's words: `days.mon[0].minutes` → "Monday, session 1, minutes".
    pub fn place(&self) -> String {
        let mut words = Vec::new();
        for part in self.path.split('.').filter(|p| !p.is_empty()) {
            let (name, index) = match part.split_once('[') {
                Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
                None => (part, None),
            };
            match DAY_KEYS.iter().position(|d| *d == name) {
                Some(day) => words.push(DAY_NAMES[day].to_string()),
                None if name == "days" => {}
                None => words.push(name.replace('_', " ")),
            }
            if let Some(i) = index {
                words.push(format!("session {}", i + 1));
            }
        }
        words.join(", ")
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Version messages name the field themselves.
        let named = matches!(
            self.kind,
            PlanErrorKind::MissingVersion | PlanErrorKind::UnsupportedVersion(_)
        );
        if self.path.is_empty() || named {
            write!(f, "{}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

impl std::error::Error for PlanError {}

impl fmt::Display for PlanErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanErrorKind::Syntax {
                message,
                line,
                column,
            } => write!(
                f,
                "not valid JSON at line {line}, column {column}: {message}"
            ),
            PlanErrorKind::Shape(message) => f.write_str(message),
            PlanErrorKind::MissingVersion => write!(
                f,
                "version is missing: a plan starts with \"version\": {FORMAT_VERSION}"
            ),
            PlanErrorKind::UnsupportedVersion(v) => write!(
                f,
                "version {v} is not supported: this board reads version {FORMAT_VERSION}"
            ),
            PlanErrorKind::UnknownField { field, expected } => write!(
                f,
                "unknown field \"{field}\" — expected one of {}",
                expected.join(", ")
            ),
            PlanErrorKind::UnknownWord { list, word } => write!(
                f,
                "unknown {} \"{word}\" — expected one of {}",
                list.noun(),
                list.words().join(", ")
            ),
            PlanErrorKind::NotANumber => f.write_str("is not a number"),
            PlanErrorKind::NotWhole(v) => write!(f, "{v} is not a whole number"),
            PlanErrorKind::OutOfBounds { value, measure } => {
                if measure.is_scale() {
                    write!(f, "{value} is outside {}", measure.cap_phrase())
                } else if *value < measure.min() {
                    write!(f, "{value} is negative: it can't be less than 0")
                } else {
                    write!(f, "{value} is more than {}", measure.cap_phrase())
                }
            }
            PlanErrorKind::TooLong { field, chars } => write!(
                f,
                "{chars} characters is too long: {} holds at most {}",
                field.noun(),
                field.max_chars()
            ),
            PlanErrorKind::TooManySessions { count, crowding } => match crowding {
                Crowding::Day(_) => write!(
                    f,
                    "{count} sessions is too many for one day: a day holds at most {}",
                    BOUNDS.sessions_per_day
                ),
                Crowding::Week => write!(
                    f,
                    "{count} sessions is too many for one week: a week holds at most {}",
                    BOUNDS.sessions_per_week
                ),
            },
            PlanErrorKind::DuplicateId { id, first } => {
                write!(f, "id {id} is already used by {first}")
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Checks shared by the JSON reader, `validate` and the link decoder

/// The plan format version this board reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// JSON keys of the days, Monday first.
pub const DAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Fields of a plan, in the order they are written.
pub const PLAN_FIELDS: &[&str] = &["version", "settings", "athlete", "days"];
/// Fields of `settings`.
pub const SETTINGS_FIELDS: &[&str] = &["units", "week_start"];
/// Fields of `athlete`.
pub const ATHLETE_FIELDS: &[&str] = &[
    "level",
    "age",
    "usual_week_km",
    "usual_week_minutes",
    "longest_recent_run_km",
    "longest_recent_run_minutes",
];
/// Fields of a session.
pub const SESSION_FIELDS: &[&str] = &[
    "id",
    "kind",
    "minutes",
    "distance_km",
    "rpe",
    "title",
    "notes",
    "workout",
];

/// The path of a session's field: `days.wed[0].kind`.
pub(crate) fn session_path(day: usize, index: usize, field: &str) -> String {
    format!("days.{}[{index}].{field}", DAY_KEYS[day])
}

/// The error for a number outside its bounds (`value` in the JSON unit).
pub(crate) fn out_of_bounds(path: String, value: f64, measure: Measure) -> PlanError {
    PlanError::new(path, PlanErrorKind::OutOfBounds { value, measure })
}

/// Checks a number as written (km for distances) and returns it in the model's unit
/// (metres for distances, rounded to the metre).
fn read_number(value: f64, measure: Measure, path: impl Fn() -> String) -> Result<f64, PlanError> {
    if !value.is_finite() {
        return Err(PlanError::new(path(), PlanErrorKind::NotANumber));
    }
    if !measure.is_km() && value.fract() != 0.0 {
        return Err(PlanError::new(path(), PlanErrorKind::NotWhole(value)));
    }
    if value < measure.min() || value > measure.max() {
        return Err(out_of_bounds(path(), value, measure));
    }
    // `+ 0.0` turns a -0 into 0, so it prints as 0.
    Ok(if measure.is_km() {
        (value * 1000.0).round() + 0.0
    } else {
        value + 0.0
    })
}

/// Checks a number already in the model (metres for distances).
fn check_number(
    value: impl Into<f64>,
    measure: Measure,
    path: impl Fn() -> String,
) -> Result<(), PlanError> {
    let value = value.into();
    let as_written = if measure.is_km() {
        value / 1000.0
    } else {
        value
    };
    read_number(as_written, measure, path).map(|_| ())
}

fn check_text(
    text: &Option<String>,
    field: TextField,
    path: impl Fn() -> String,
) -> Result<(), PlanError> {
    let chars = text.as_deref().map_or(0, |t| t.chars().count());
    if chars > field.max_chars() {
        return Err(PlanError::new(
            path(),
            PlanErrorKind::TooLong { field, chars },
        ));
    }
    Ok(())
}

/// Checks how many sessions each day (Monday first) and the week hold.
pub(crate) fn check_counts(counts: [usize; 7]) -> Result<(), PlanError> {
    for (day, &count) in counts.iter().enumerate() {
        if count > BOUNDS.sessions_per_day {
            return Err(PlanError::new(
                format!("days.{}", DAY_KEYS[day]),
                PlanErrorKind::TooManySessions {
                    count,
                    crowding: Crowding::Day(day),
                },
            ));
        }
    }
    let count: usize = counts.iter().sum();
    if count > BOUNDS.sessions_per_week {
        return Err(PlanError::new(
            "days",
            PlanErrorKind::TooManySessions {
                count,
                crowding: Crowding::Week,
            },
        ));
    }
    Ok(())
}

fn check_session(session: &Session, day: usize, index: usize) -> Result<(), PlanError> {
    let at = |field: &'static str| move || session_path(day, index, field);
    check_number(session.minutes, Measure::SessionMinutes, at("minutes"))?;
    if let Some(m) = session.distance_m {
        check_number(m, Measure::SessionKm, at("distance_km"))?;
    }
    if let Some(rpe) = session.rpe {
        check_number(rpe, Measure::Rpe, at("rpe"))?;
    }
    check_text(&session.title, TextField::Title, at("title"))?;
    check_text(&session.notes, TextField::Notes, at("notes"))?;
    check_text(&session.workout, TextField::Workout, at("workout"))
}

fn check_athlete(athlete: &Athlete) -> Result<(), PlanError> {
    let at = |field: &'static str| move || format!("athlete.{field}");
    if let Some(age) = athlete.age {
        check_number(age, Measure::Age, at("age"))?;
    }
    if let Some(m) = athlete.usual_week_m {
        check_number(m, Measure::UsualWeekKm, at("usual_week_km"))?;
    }
    if let Some(min) = athlete.usual_week_minutes {
        check_number(min, Measure::UsualWeekMinutes, at("usual_week_minutes"))?;
    }
    if let Some(m) = athlete.longest_recent_run_m {
        check_number(m, Measure::LongestRunKm, at("longest_recent_run_km"))?;
    }
    if let Some(min) = athlete.longest_recent_run_minutes {
        check_number(
            min,
            Measure::LongestRunMinutes,
            at("longest_recent_run_minutes"),
        )?;
    }
    Ok(())
}

/// Remembers each session id with the path of the session that has it.
#[derive(Default)]
struct IdRegister(BTreeMap<u32, String>);

impl IdRegister {
    fn claim(&mut self, id: u32, day: usize, index: usize) -> Result<(), PlanError> {
        if let Some(first) = self.0.get(&id) {
            return Err(PlanError::new(
                session_path(day, index, "id"),
                PlanErrorKind::DuplicateId {
                    id,
                    first: first.clone(),
                },
            ));
        }
        self.0
            .insert(id, format!("days.{}[{index}]", DAY_KEYS[day]));
        Ok(())
    }
}

impl Plan {
    /// Checks the plan against [`BOUNDS`] and that session ids are unique.
    /// Every reader (JSON, JS API, share links) runs this before handing a plan over.
    pub fn validate(&self) -> Result<(), PlanError> {
        check_athlete(&self.athlete)?;
        check_counts(self.week.days.each_ref().map(Vec::len))?;
        let mut ids = IdRegister::default();
        for (day, sessions) in self.week.days.iter().enumerate() {
            for (index, session) in sessions.iter().enumerate() {
                check_session(session, day, index)?;
                ids.claim(session.id.0, day, index)?;
            }
        }
        Ok(())
    }

    /// Gives the sessions ids 1…n in day order, then position: how a share link,
    /// which carries no ids, numbers them.
    pub fn renumber_sessions(&mut self) {
        let sessions = self.week.days.iter_mut().flatten();
        for (n, session) in (1..).zip(sessions) {
            session.id = SessionId(n);
        }
    }
}

// ---------------------------------------------------------------------------
// The wire format (JSON and JS objects)

/// A plan as the JSON format and the JS API spell it (version 1).
///
/// Serde-friendly and unchecked: read one with [`Plan::from_wire`], which checks it.
/// Numbers are `f64` because that is what JSON and JavaScript carry; whole numbers are
/// written without a decimal point.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a plan object")]
pub struct PlanWire {
    pub version: u32,
    #[serde(default)]
    pub settings: SettingsWire,
    #[serde(default)]
    pub athlete: AthleteWire,
    #[serde(default)]
    pub days: DaysWire,
}

/// `settings`: each field defaults to the board's default when missing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a settings object")]
pub struct SettingsWire {
    /// `"km"` or `"mi"`: how the board shows distances (the format always uses km).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// `"monday"` or `"sunday"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week_start: Option<String>,
}

/// `athlete`: every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "an athlete object")]
pub struct AthleteWire {
    /// `"beginner"`, `"intermediate"` or `"advanced"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub age: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub usual_week_km: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub usual_week_minutes: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub longest_recent_run_km: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub longest_recent_run_minutes: Option<f64>,
}

/// `days`: one list of sessions per day; a missing day is an empty one.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(
    default,
    deny_unknown_fields,
    expecting = "an object of days, mon to sun"
)]
pub struct DaysWire {
    pub mon: Vec<SessionWire>,
    pub tue: Vec<SessionWire>,
    pub wed: Vec<SessionWire>,
    pub thu: Vec<SessionWire>,
    pub fri: Vec<SessionWire>,
    pub sat: Vec<SessionWire>,
    pub sun: Vec<SessionWire>,
}

impl DaysWire {
    /// The days, Monday first.
    pub fn into_array(self) -> [Vec<SessionWire>; 7] {
        [
            self.mon, self.tue, self.wed, self.thu, self.fri, self.sat, self.sun,
        ]
    }

    /// Days from an array, Monday first.
    pub fn from_array(days: [Vec<SessionWire>; 7]) -> DaysWire {
        let [mon, tue, wed, thu, fri, sat, sun] = days;
        DaysWire {
            mon,
            tue,
            wed,
            thu,
            fri,
            sat,
            sun,
        }
    }
}

/// One session. Only `kind` is required.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a session object")]
pub struct SessionWire {
    /// Unique in the plan; sessions without one get the smallest free ids.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub id: Option<f64>,
    pub kind: String,
    /// Defaults to the kind's default minutes.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub minutes: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub distance_km: Option<f64>,
    /// Defaults to the kind's default RPE.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "number")]
    pub rpe: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workout: Option<String>,
}

/// Numbers on the wire: any JSON number in, whole numbers written as integers
/// (`45`, not `45.0`). Bounds and wholeness are checked later, with the field's words.
mod number {
    use serde::de::{self, Visitor};
    use serde::{Deserialize, Deserializer, Serializer};
    use std::fmt;

    pub fn serialize<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
        match *value {
            // Inside ±2^53, where every integer is exact in an f64 and a JS number.
            Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => {
                serializer.serialize_some(&(v as i64))
            }
            Some(v) => serializer.serialize_some(&v),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<f64>, D::Error> {
        Option::<Number>::deserialize(deserializer).map(|n| n.map(|n| n.0))
    }

    struct Number(f64);

    impl<'de> Deserialize<'de> for Number {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
            deserializer.deserialize_any(NumberVisitor)
        }
    }

    struct NumberVisitor;

    impl Visitor<'_> for NumberVisitor {
        type Value = Number;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a number")
        }

        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
            Ok(Number(v))
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
            Ok(Number(v as f64))
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
            Ok(Number(v as f64))
        }
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Beginner => "beginner",
        Level::Intermediate => "intermediate",
        Level::Advanced => "advanced",
    }
}

fn read_word<T: Copy>(
    word: &str,
    options: &[T],
    name: impl Fn(T) -> &'static str,
    list: Vocabulary,
    path: &str,
) -> Result<T, PlanError> {
    options
        .iter()
        .copied()
        .find(|o| name(*o) == word)
        .ok_or_else(|| {
            PlanError::new(
                path,
                PlanErrorKind::UnknownWord {
                    list,
                    word: word.to_string(),
                },
            )
        })
}

impl SettingsWire {
    fn read(&self) -> Result<Settings, PlanError> {
        let mut settings = Settings::default();
        if let Some(units) = &self.units {
            let all = [Units::Km, Units::Mi];
            settings.units = read_word(
                units,
                &all,
                Units::json_name,
                Vocabulary::Units,
                "settings.units",
            )?;
        }
        if let Some(start) = &self.week_start {
            let all = [WeekStart::Monday, WeekStart::Sunday];
            settings.week_start = read_word(
                start,
                &all,
                WeekStart::json_name,
                Vocabulary::WeekStart,
                "settings.week_start",
            )?;
        }
        Ok(settings)
    }

    fn write(settings: Settings) -> SettingsWire {
        SettingsWire {
            units: Some(settings.units.json_name().to_string()),
            week_start: Some(settings.week_start.json_name().to_string()),
        }
    }
}

impl AthleteWire {
    fn read(&self) -> Result<Athlete, PlanError> {
        let read = |value: Option<f64>, measure: Measure, field: &'static str| {
            value
                .map(|v| read_number(v, measure, || format!("athlete.{field}")))
                .transpose()
        };
        let level = match &self.level {
            Some(word) => Some(read_word(
                word,
                &Level::ALL,
                level_name,
                Vocabulary::Level,
                "athlete.level",
            )?),
            None => None,
        };
        // The casts are exact: `read_number` checked the value against bounds that fit.
        Ok(Athlete {
            level,
            age: read(self.age, Measure::Age, "age")?.map(|v| v as u8),
            usual_week_m: read(self.usual_week_km, Measure::UsualWeekKm, "usual_week_km")?
                .map(|v| v as u32),
            usual_week_minutes: read(
                self.usual_week_minutes,
                Measure::UsualWeekMinutes,
                "usual_week_minutes",
            )?
            .map(|v| v as u16),
            longest_recent_run_m: read(
                self.longest_recent_run_km,
                Measure::LongestRunKm,
                "longest_recent_run_km",
            )?
            .map(|v| v as u32),
            longest_recent_run_minutes: read(
                self.longest_recent_run_minutes,
                Measure::LongestRunMinutes,
                "longest_recent_run_minutes",
            )?
            .map(|v| v as u16),
        })
    }

    fn write(athlete: &Athlete) -> AthleteWire {
        let km = |m: Option<u32>| m.map(|m| f64::from(m) / 1000.0);
        AthleteWire {
            level: athlete.level.map(|l| level_name(l).to_string()),
            age: athlete.age.map(f64::from),
            usual_week_km: km(athlete.usual_week_m),
            usual_week_minutes: athlete.usual_week_minutes.map(f64::from),
            longest_recent_run_km: km(athlete.longest_recent_run_m),
            longest_recent_run_minutes: athlete.longest_recent_run_minutes.map(f64::from),
        }
    }
}

impl SessionWire {
    /// The session and its id as written (`None` when it has none yet).
    fn read(self, day: usize, index: usize) -> Result<(Option<u32>, Session), PlanError> {
        let at = |field: &'static str| move || session_path(day, index, field);
        let kind = Kind::from_json_name(&self.kind).ok_or_else(|| {
            PlanError::new(
                at("kind")(),
                PlanErrorKind::UnknownWord {
                    list: Vocabulary::Kind,
                    word: self.kind.clone(),
                },
            )
        })?;
        let read = |value: Option<f64>, measure: Measure, field: &'static str| {
            value
                .map(|v| read_number(v, measure, at(field)))
                .transpose()
        };
        // The casts are exact: `read_number` checked the value against bounds that fit.
        let id = read(self.id, Measure::SessionId, "id")?.map(|v| v as u32);
        let minutes = read(self.minutes, Measure::SessionMinutes, "minutes")?
            .map_or(kind.default_minutes(), |v| v as u16);
        let session = Session {
            id: SessionId(0),
            kind,
            minutes,
            distance_m: read(self.distance_km, Measure::SessionKm, "distance_km")?
                .map(|v| v as u32),
            rpe: read(self.rpe, Measure::Rpe, "rpe")?.map(|v| v as u8),
            title: self.title,
            notes: self.notes,
            workout: self.workout,
        };
        Ok((id, session))
    }

    fn write(session: &Session) -> SessionWire {
        SessionWire {
            id: Some(f64::from(session.id.0)),
            kind: session.kind.json_name().to_string(),
            minutes: Some(f64::from(session.minutes)),
            distance_km: session.distance_m.map(|m| f64::from(m) / 1000.0),
            rpe: session.rpe.map(f64::from),
            title: session.title.clone(),
            notes: session.notes.clone(),
            workout: session.workout.clone(),
        }
    }
}

/// Reads the days: sessions with ids keep them (a repeated id is an error); the rest
/// get the smallest ids not in use, in day order.
fn read_days(days: DaysWire) -> Result<Week, PlanError> {
    let days = days.into_array();
    check_counts(days.each_ref().map(Vec::len))?;
    let mut week = Week::default();
    let mut ids = IdRegister::default();
    let mut unnumbered = Vec::new();
    for (day, sessions) in days.into_iter().enumerate() {
        for (index, wire) in sessions.into_iter().enumerate() {
            let (id, mut session) = wire.read(day, index)?;
            match id {
                Some(id) => {
                    ids.claim(id, day, index)?;
                    session.id = SessionId(id);
                }
                None => unnumbered.push((day, index)),
            }
            week.days[day].push(session);
        }
    }
    let mut free = (1..=u32::MAX).filter(|id| !ids.0.contains_key(id));
    for (day, index) in unnumbered {
        // At most 40 sessions, so a free id always exists.
        if let Some(id) = free.next() {
            week.days[day][index].id = SessionId(id);
        }
    }
    Ok(week)
}

/// Turns away unknown fields with the list of known ones, before serde sees them
/// (serde would say the same less plainly).
fn check_fields(plan: &Map<String, Value>) -> Result<(), PlanError> {
    fn known(
        object: &Map<String, Value>,
        fields: &'static [&'static str],
        path: &str,
    ) -> Result<(), PlanError> {
        match object.keys().find(|k| !fields.contains(&k.as_str())) {
            Some(field) => Err(PlanError::new(
                path,
                PlanErrorKind::UnknownField {
                    field: field.clone(),
                    expected: fields,
                },
            )),
            None => Ok(()),
        }
    }
    known(plan, PLAN_FIELDS, "")?;
    if let Some(Value::Object(settings)) = plan.get("settings") {
        known(settings, SETTINGS_FIELDS, "settings")?;
    }
    if let Some(Value::Object(athlete)) = plan.get("athlete") {
        known(athlete, ATHLETE_FIELDS, "athlete")?;
    }
    if let Some(Value::Object(days)) = plan.get("days") {
        known(days, &DAY_KEYS, "days")?;
        for key in DAY_KEYS {
            let Some(Value::Array(sessions)) = days.get(key) else {
                continue;
            };
            for (index, session) in sessions.iter().enumerate() {
                if let Value::Object(session) = session {
                    known(session, SESSION_FIELDS, &format!("days.{key}[{index}]"))?;
                }
            }
        }
    }
    Ok(())
}

fn check_version(version: Option<&Value>) -> Result<(), PlanError> {
    match version {
        None => Err(PlanError::new("version", PlanErrorKind::MissingVersion)),
        Some(v) if v.as_u64() == Some(u64::from(FORMAT_VERSION)) => Ok(()),
        Some(v) => Err(PlanError::new(
            "version",
            PlanErrorKind::UnsupportedVersion(v.to_string()),
        )),
    }
}

impl Plan {
    /// Reads a plan from the JSON format. Every error names the field and says why.
    pub fn from_json(text: &str) -> Result<Plan, PlanError> {
        let value: Value = serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            // serde_json appends the position; it is kept in the error's fields instead.
            let message = match message.rfind(" at line ") {
                Some(cut) => message[..cut].to_string(),
                None => message,
            };
            PlanError::new(
                "",
                PlanErrorKind::Syntax {
                    message,
                    line: e.line(),
                    column: e.column(),
                },
            )
        })?;
        Plan::from_value(value)
    }

    /// Reads a plan from a JSON value: what the JS API uses, after turning a JS object
    /// into a [`serde_json::Value`] (any serde deserializer can produce one).
    pub fn from_value(value: Value) -> Result<Plan, PlanError> {
        let Value::Object(object) = &value else {
            return Err(PlanError::new(
                "",
                PlanErrorKind::Shape(
                    "a plan is a JSON object: {\"version\": 1, \"days\": {…}}".to_string(),
                ),
            ));
        };
        // The version first: a newer plan may have any shape.
        check_version(object.get("version"))?;
        check_fields(object)?;
        let wire: PlanWire = serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            PlanError::new(path, PlanErrorKind::Shape(e.into_inner().to_string()))
        })?;
        Plan::from_wire(wire)
    }

    /// Reads a plan from its wire form, checking everything [`Plan::from_json`] checks
    /// except unknown fields (which a typed [`PlanWire`] cannot hold).
    pub fn from_wire(wire: PlanWire) -> Result<Plan, PlanError> {
        if wire.version != FORMAT_VERSION {
            return Err(PlanError::new(
                "version",
                PlanErrorKind::UnsupportedVersion(wire.version.to_string()),
            ));
        }
        let plan = Plan {
            settings: wire.settings.read()?,
            athlete: wire.athlete.read()?,
            week: read_days(wire.days)?,
        };
        plan.validate()?;
        Ok(plan)
    }

    /// The plan in its wire form, every session with its id and minutes.
    pub fn to_wire(&self) -> PlanWire {
        PlanWire {
            version: FORMAT_VERSION,
            settings: SettingsWire::write(self.settings),
            athlete: AthleteWire::write(&self.athlete),
            days: DaysWire::from_array(
                self.week
                    .days
                    .each_ref()
                    .map(|sessions| sessions.iter().map(SessionWire::write).collect()),
            ),
        }
    }

    /// The plan as pretty-printed JSON (version 1).
    pub fn to_json(&self) -> String {
        // Wire types hold only strings, numbers and string-keyed objects: this cannot fail.
        serde_json::to_string_pretty(&self.to_wire()).unwrap_or_default()
    }
}

impl Serialize for Plan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_wire().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Plan {
    /// Reads and checks like [`Plan::from_value`]; the error becomes serde's (a message
    /// with the path). Use `from_value` to keep the typed [`PlanError`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Plan, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Plan::from_value(value).map_err(D::Error::custom)
    }
}
