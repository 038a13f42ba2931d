//! weekboard-core: scores a runner's training week and says, in plain words, what is off.
//!
//! Pure Rust with no web dependency: the widget renders what this crate decides.
//! Data flows one way: a [`plan::Plan`] (a [`model::Week`] and an [`model::Athlete`])
//! goes into [`score::score`], which returns a [`report::Report`].

pub mod arrange;
pub mod base64url;
pub mod date;
pub mod decimal;
pub mod ics;
pub mod link;
pub mod model;
pub mod notation;
pub mod plan;
pub mod report;
pub mod samples;
pub mod score;
mod small_sort;
pub mod totals;

pub use model::{
    Athlete, DayIndex, Kind, Level, Session, SessionId, Week, Zone, DAY_NAMES, DAY_SHORT,
};
pub use plan::{Plan, Settings, Units, WeekStart};
pub use report::{Deduction, Finding, FindingCode, Fix, Report, Severity, TimeSplit, Verdict};
pub use score::{quick_score, score, score_in};
