//! The planner's state: one [`Planner`], changed only by [`Action`]s through one
//! reducer (`use_reducer`), as Yew's function_todomvc does it.
//!
//! Data flows one way: a gesture becomes an `Action` (an edit is a [`Command`]),
//! the reducer applies it to the plan and scores the new plan once, and the view
//! renders the [`Planner`] it returns. Nothing else writes the plan, so undo/redo
//! is a stack of scored plans and needs no per-command inverse.

mod command;
mod dragging;
mod history;
mod nearby;
mod planner;
mod proposal;
mod said;
mod scored;

pub use command::{new_session, Command, Full, UNPLACED};
pub use history::History;
pub use planner::{Action, By, CardAction, CardPart, FocusRequest, Planner, Status};
pub use proposal::Proposal;
pub use scored::{context_of, Scored};
