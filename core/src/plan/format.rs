//! The plan format's fixed names: its versions, the day keys, the field lists, and the
//! paths and words built from them.

use crate::model::Level;

/// The plan format version this board writes. It reads this one and every earlier one.
pub const FORMAT_VERSION: u32 = 2;

/// The first version: one undated week, its days at the top level.
pub const FORMAT_VERSION_1: u32 = 1;

/// JSON keys of the days, Monday first.
pub const DAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Fields of a plan, in the order they are written.
pub const PLAN_FIELDS: &[&str] = &["version", "start", "settings", "athlete", "weeks"];
/// Fields of a version 1 plan.
pub const PLAN_FIELDS_V1: &[&str] = &["version", "settings", "athlete", "days"];
/// Fields of one week of `weeks`.
pub const WEEK_FIELDS: &[&str] = &["days"];
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
    "recent_race_km",
    "recent_race_seconds",
    "threshold_pace_seconds_per_km",
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

/// Where a week's days sit in the format: `days` in version 1, `weeks[2].days` since.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WeekPath {
    /// Version 1's single week.
    Top,
    /// The week at this index of `weeks`.
    Week(usize),
}

impl WeekPath {
    /// The path of the week's `days`.
    pub(crate) fn days(self) -> String {
        match self {
            WeekPath::Top => "days".to_string(),
            WeekPath::Week(week) => format!("weeks[{week}].days"),
        }
    }

    /// The path of one day: `weeks[0].days.wed`.
    pub(crate) fn day(self, day: usize) -> String {
        format!("{}.{}", self.days(), DAY_KEYS[day])
    }

    /// The path of a session: `weeks[0].days.wed[1]`.
    pub(crate) fn session(self, day: usize, index: usize) -> String {
        format!("{}[{index}]", self.day(day))
    }
}

/// The path of a session's field: `weeks[0].days.wed[0].kind`.
pub(crate) fn session_path(week: WeekPath, day: usize, index: usize, field: &str) -> String {
    format!("{}.{field}", week.session(day, index))
}

/// A level as the plan format spells it.
pub(super) fn level_name(level: Level) -> &'static str {
    match level {
        Level::Beginner => "beginner",
        Level::Intermediate => "intermediate",
        Level::Advanced => "advanced",
    }
}
