//! A plan: the week, the athlete and the board's settings — and the JSON plan format.
//!
//! The JSON format (version 1, documented in `docs/plan-format.md`) is the board's
//! import/export format and the shape the JS API passes. Reading goes in four steps,
//! each with its own errors:
//! 1. JSON text → [`serde_json::Value`]: syntax, then the version, then unknown fields;
//! 2. `Value` → [`PlanWire`], read by hand with serde's words and the path of any
//!    type error;
//! 3. [`PlanWire`] → [`Plan`]: names (kinds, units, …) and numbers (negative, fractional);
//! 4. [`Plan::validate`]: the [`BOUNDS`] every plan must respect, also used by share links.
//!
//! The code is split by concern: `bounds` (the table and the checks that apply it),
//! `error` (what can be wrong, in plain words), `format` (the format's version, keys
//! and field names), `json` (step 2 and the JSON writer, by hand) and `wire` (the serde
//! types and reading steps 1 and 3).

mod bounds;
mod error;
mod format;
mod json;
mod syntax;
mod wire;

pub(crate) use bounds::{check_counts, out_of_bounds};
pub use bounds::{Bounds, Crowding, Measure, TextField, BOUNDS};
pub use error::{PlanError, PlanErrorKind, Vocabulary};
pub(crate) use format::session_path;
pub use format::{
    ATHLETE_FIELDS, DAY_KEYS, FORMAT_VERSION, PLAN_FIELDS, SESSION_FIELDS, SETTINGS_FIELDS,
};
pub use wire::{AthleteWire, DaysWire, PlanWire, SessionWire, SettingsWire};

use crate::model::{Athlete, SessionId, Week};
use bounds::{check_athlete, check_session, IdRegister};
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
