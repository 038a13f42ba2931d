//! The board's components, one per file. Data comes down as props; edits go up as
//! [`crate::state::Command`]s through callbacks to the one reducer in [`App`].

mod app;
mod board;
mod card;
mod day_column;
mod day_picker;
mod edit_dialog;
mod host;
mod load_chart;
mod notices;
mod palette;
mod plan_tools;
mod profile;
mod score_panel;
mod suggest;
mod workout_field;

pub use app::{default_plan, App, AppProps};
