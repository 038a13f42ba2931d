//! A plan: the week, the athlete and the board's settings. (JSON format to come.)

use crate::model::{Athlete, Week};
use serde::{Deserialize, Serialize};

/// Distances shown in kilometres or miles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Units {
    #[default]
    Km,
    Mi,
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
}

/// How the board shows the plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Settings {
    pub units: Units,
    pub week_start: WeekStart,
}

/// Everything the board edits and saves.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    pub week: Week,
    pub athlete: Athlete,
    pub settings: Settings,
}
