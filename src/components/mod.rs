//! The planner's components, one per file. Each takes as props only the slice of
//! the state it shows, so it renders only when that changes; changes go back as
//! [`crate::state::Action`]s through the context's [`crate::planning::Planning`].

mod announcer;
mod app;
mod board;
mod card;
mod day_column;
mod day_picker;
mod drag_overlay;
mod edit_dialog;
mod findings;
mod header;
mod history_buttons;
mod load_chart;
mod notices;
mod paces;
mod palette;
mod plan_tools;
mod print_sheet;
mod profile;
mod score_panel;
mod skip_link;
mod status_word;
mod suggest;
mod week_bar;
mod week_strip;
mod workout_field;

pub use app::{App, AppProps};
