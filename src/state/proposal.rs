//! "Suggest a better order" as the planner holds it: where the search stands for
//! the plan on the board. Any edit makes it stale, so an edit clears it.

use std::rc::Rc;
use weekboard_core::arrange::Suggestion;

/// Where the search stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Proposal {
    Searching { explored: u64 },
    Ready(Rc<Suggestion>),
    Impossible(String),
}
