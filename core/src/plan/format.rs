//! The plan format's fixed names: its version, the day keys, the field lists, and the
//! paths and words built from them.

use crate::model::Level;

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

/// A level as the plan format spells it.
pub(super) fn level_name(level: Level) -> &'static str {
    match level {
        Level::Beginner => "beginner",
        Level::Intermediate => "intermediate",
        Level::Advanced => "advanced",
    }
}
