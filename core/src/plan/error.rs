//! Why a plan is turned away: [`PlanError`], its kinds and their plain messages.

use super::bounds::{clock, Crowding, Measure, TextField, BOUNDS};
use super::format::{level_name, DAY_KEYS, FORMAT_VERSION};
use super::{Units, WeekStart};
use crate::date::Date;
use crate::model::{Kind, Level, DAY_NAMES};
use std::fmt;

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
    /// A value of the wrong type: a string where a number goes, a list where a session
    /// goes. `expected` and `found` are phrases: "a number", "a string".
    WrongType {
        expected: &'static str,
        found: &'static str,
    },
    /// A session without its `kind`, the one field a session must have.
    MissingKind,
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
    /// No weeks, or more than a plan holds.
    WeekCount(usize),
    /// Text that is not a `YYYY-MM-DD` date, as written.
    BadDate(String),
    /// A start that is not a Monday, and the Monday of its week.
    NotAMonday { date: Date, monday: Date },
    /// A field that only means something with another: a race time without its distance.
    Incomplete { needs: &'static str },
    /// A recent race whose pace no runner runs: a typo in its distance or time.
    RacePace { s_per_km: f64 },
}

impl PlanError {
    pub(super) fn new(path: impl Into<String>, kind: PlanErrorKind) -> PlanError {
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
                None if name == "weeks" => {
                    if let Some(i) = index {
                        words.push(format!("week {}", i + 1));
                    }
                    continue;
                }
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
            PlanErrorKind::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            PlanErrorKind::MissingKind => {
                f.write_str("a session needs a kind, like \"kind\": \"easy\"")
            }
            PlanErrorKind::MissingVersion => write!(
                f,
                "version is missing: a plan starts with \"version\": {FORMAT_VERSION}"
            ),
            PlanErrorKind::UnsupportedVersion(v) => write!(
                f,
                "version {v} is not supported: this board reads versions 1 to {FORMAT_VERSION}"
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
            PlanErrorKind::NotWhole(v) => write!(f, "{} is not a whole number", shown(*v)),
            PlanErrorKind::OutOfBounds { value, measure } => {
                let below = *value < measure.min();
                let value = shown(*value);
                if measure.is_scale() {
                    write!(f, "{value} is outside {}", measure.cap_phrase())
                } else if below {
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
            PlanErrorKind::WeekCount(0) => {
                f.write_str("there are no weeks: a plan holds at least one week")
            }
            PlanErrorKind::WeekCount(n) => write!(
                f,
                "{n} weeks is too many: a plan holds at most {}",
                BOUNDS.weeks
            ),
            PlanErrorKind::BadDate(text) => write!(
                f,
                "\"{text}\" is not a date: write the first Monday as YYYY-MM-DD, like \"2026-12-07\""
            ),
            PlanErrorKind::NotAMonday { date, monday } => write!(
                f,
                "{date} is a {}: a plan starts on the Monday of its first week ({monday}), \
                 also when the board shows Sunday first",
                DAY_NAMES[date.weekday()]
            ),
            PlanErrorKind::Incomplete { needs } => write!(f, "needs {needs} as well"),
            PlanErrorKind::RacePace { s_per_km } => write!(
                f,
                "that race is {} per km, outside {}–{} per km: check its distance and time",
                clock(*s_per_km),
                clock(f64::from(BOUNDS.race_pace_min)),
                clock(f64::from(BOUNDS.race_pace_max))
            ),
        }
    }
}

/// A number as a message shows it: as written when short, else in scientific form
/// (`1e308`, not its 309 digits).
fn shown(value: f64) -> String {
    let plain = format!("{value}");
    if plain.len() <= 16 {
        plain
    } else {
        format!("{value:e}")
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
