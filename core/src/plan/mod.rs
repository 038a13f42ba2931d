//! A plan: a block of dated weeks, the athlete and the board's settings — and the JSON
//! plan format.
//!
//! The JSON format (version 2, documented in `docs/plan-format.md`; version 1 is still
//! read) is the board's import/export format and the shape the JS API passes. Reading
//! goes in four steps, each with its own errors:
//! 1. JSON text → [`serde_json::Value`]: syntax;
//! 2. `Value` → [`PlanWire`]: the version, then the shape (unknown fields, types, a
//!    session's kind), each refusal with the path of its field;
//! 3. [`PlanWire`] → [`Plan`]: names (kinds, units, …) and numbers (negative, fractional);
//! 4. [`Plan::validate`]: the [`BOUNDS`] every plan must respect, also used by share links.
//!
//! The code is split by concern: `bounds` (the table and the checks that apply it),
//! `error` (what can be wrong, in plain words), `format` (the format's version, keys
//! and field names), `json` (steps 1 and 2, and the writer: all that knows JSON) and
//! `wire` (the wire types and step 3).

mod bounds;
mod error;
mod format;
mod json;
mod wire;

use bounds::check_athlete;
pub(crate) use bounds::{check_counts, check_weeks, out_of_bounds};
pub use bounds::{Bounds, Crowding, Measure, TextField, BOUNDS};
pub use error::{PlanError, PlanErrorKind, Vocabulary};
pub(crate) use format::{session_path, WeekPath};
pub use format::{
    ATHLETE_FIELDS, DAY_KEYS, FORMAT_VERSION, FORMAT_VERSION_1, PLAN_FIELDS, PLAN_FIELDS_V1,
    SESSION_FIELDS, SETTINGS_FIELDS, WEEK_FIELDS,
};
pub use json::type_name;
pub use wire::{AthleteWire, DaysWire, PlanWire, SessionWire, SettingsWire, WeekWire};

use crate::date::Date;
use crate::model::{Athlete, SessionId, Week};
use bounds::{check_session, IdRegister};
use serde::{Deserialize, Serialize};

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

    /// The column (from 0) storage day `day` shows in: where it sits in
    /// [`WeekStart::display_order`].
    pub fn column(self, day: usize) -> usize {
        (day + usize::from(self == WeekStart::Sunday)) % 7
    }

    /// The storage day that shows in column `column`: `display_order()[column]`,
    /// without building the array (spacing asks on every score).
    pub fn day_at(self, column: usize) -> usize {
        (column + 7 - usize::from(self == WeekStart::Sunday)) % 7
    }

    /// The date a storage day (0 = Monday) falls on, in the week of `monday`. With the
    /// week shown from Sunday, its Sunday is the day before its Monday: the board's
    /// columns run in calendar order either way.
    pub fn date_of(self, monday: Date, day: usize) -> Date {
        match (self, day) {
            (WeekStart::Sunday, 6) => monday.plus_days(-1),
            _ => monday.plus_days(day as i32),
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

/// Everything the board edits and saves: a block of consecutive weeks from a Monday.
/// A one-week plan is a block of one.
///
/// Serialises as the JSON plan format; deserialising goes through [`Plan::from_value`],
/// so a plan that arrives through serde (e.g. from JavaScript) is checked like an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// The Monday of the first week. `None` for a plan written before plans had dates
    /// (format 1, old links and saved weeks): the board dates it when it opens it,
    /// with [`Date::week_to_plan`].
    pub start: Option<Date>,
    /// The weeks, in order: at least one, at most [`BOUNDS`]`.weeks`. Session ids are
    /// unique across all of them.
    pub weeks: Vec<Week>,
    pub athlete: Athlete,
    pub settings: Settings,
}

impl Default for Plan {
    fn default() -> Plan {
        Plan::of_week(Week::default())
    }
}

impl Plan {
    /// An undated one-week plan with no profile and the default settings.
    pub fn of_week(week: Week) -> Plan {
        Plan {
            start: None,
            weeks: vec![week],
            athlete: Athlete::default(),
            settings: Settings::default(),
        }
    }

    /// The first week: the whole plan, for a one-week plan.
    pub fn first_week(&self) -> &Week {
        // `validate` and every reader keep at least one week.
        &self.weeks[0]
    }

    /// The Monday of week `index` (0 = the first), when the plan is dated.
    pub fn monday_of(&self, index: usize) -> Option<Date> {
        self.start.map(|start| start.plus_days(7 * index as i32))
    }

    /// The date of a storage day (0 = Monday) of week `index` ([`WeekStart::date_of`]).
    pub fn date_of(&self, index: usize, day: usize) -> Option<Date> {
        Some(
            self.settings
                .week_start
                .date_of(self.monday_of(index)?, day),
        )
    }

    /// Checks the plan against [`BOUNDS`] and that session ids are unique.
    /// Every reader (JSON, JS API, share links) runs this before handing a plan over.
    /// A one-week plan's places read "Monday, session 1", not "week 1, Monday…".
    pub fn validate(&self) -> Result<(), PlanError> {
        self.validate_at(self.weeks.len() == 1)
    }

    /// [`Plan::validate`], with the weeks' paths as the text had them: `days…` for
    /// the one week at the top (`one_week_at_top`), else `weeks[i].days…`. A file
    /// written with `weeks` hears of a too-long title at the path it has.
    pub(crate) fn validate_at(&self, one_week_at_top: bool) -> Result<(), PlanError> {
        check_athlete(&self.athlete)?;
        check_weeks(self.weeks.len())?;
        if let Some(start) = self.start {
            if start.weekday() != 0 {
                return Err(PlanError::new(
                    "start",
                    PlanErrorKind::NotAMonday {
                        date: start,
                        monday: start.monday(),
                    },
                ));
            }
        }
        let mut ids = IdRegister::default();
        for (w, week) in self.weeks.iter().enumerate() {
            let at = if one_week_at_top {
                WeekPath::Top
            } else {
                WeekPath::Week(w)
            };
            check_counts(at, week.days.each_ref().map(Vec::len))?;
            for (day, sessions) in week.days.iter().enumerate() {
                for (index, session) in sessions.iter().enumerate() {
                    check_session(session, at, day, index)?;
                    ids.claim(session.id.0, at, day, index)?;
                }
            }
        }
        Ok(())
    }

    /// Gives the sessions ids 1…n in week, day, then position order: how a share
    /// link, which carries no ids, numbers them.
    pub fn renumber_sessions(&mut self) {
        // Plain loops, not a `flat_map` chain: -134 B brotli of the viewer.
        let mut n = 0;
        for week in &mut self.weeks {
            for session in week.days.iter_mut().flatten() {
                n += 1;
                session.id = SessionId(n);
            }
        }
    }

    /// The smallest session id above every id in the plan: what a new session gets.
    pub fn next_session_id(&self) -> SessionId {
        let top = self
            .weeks
            .iter()
            .flat_map(|w| w.sessions().map(|(_, s)| s.id.0))
            .max()
            .unwrap_or(0);
        SessionId(top.saturating_add(1))
    }
}

#[cfg(test)]
mod tests {
    use super::WeekStart;

    #[test]
    fn columns_and_days_follow_the_display_order() {
        for start in [WeekStart::Monday, WeekStart::Sunday] {
            for (column, day) in start.display_order().into_iter().enumerate() {
                assert_eq!(start.day_at(column), day);
                assert_eq!(start.column(day), column);
            }
        }
    }
}
