//! What the board opens with: the runner's saved week, or the week in a shared
//! link — and, if either can't be read, a clear word about it and the runner's
//! own week intact.

use crate::components::default_plan;
use crate::persist::{self, Saved};
use crate::share;
use std::rc::Rc;
use weekboard_core::link::DecodedLink;
use weekboard_core::Plan;

/// Whose week is on the board.
#[derive(Clone, Debug, PartialEq)]
pub enum Viewing {
    /// The runner's own: edits are saved.
    Own,
    /// A week from a link: nothing is saved until the runner keeps it, and their
    /// own week waits in `own`.
    Shared { own: Rc<Plan>, has_athlete: bool },
}

/// How a notice reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
}

/// A message above the board.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub tone: Tone,
    pub text: String,
}

impl Notice {
    pub fn warning(text: impl Into<String>) -> Notice {
        Notice {
            tone: Tone::Warning,
            text: text.into(),
        }
    }
}

/// The board's first state.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    pub plan: Plan,
    pub viewing: Viewing,
    pub notices: Vec<Notice>,
    /// Storage already said it can't be used: don't say it again.
    pub storage_warned: bool,
}

/// Reads the saved week under `key`, then the link in the address, if any.
pub fn open(key: &str) -> Opening {
    let mut notices = Vec::new();
    let mut storage_warned = false;
    let own = match persist::load(key) {
        Ok(Saved::Plan(plan)) => plan,
        Ok(Saved::Nothing) => default_plan(),
        Ok(Saved::Unreadable { reason, backup_key }) => {
            notices.push(Notice::warning(format!(
                "Your saved week could not be read ({reason}). It is kept in this browser under \"{backup_key}\"; the board starts from the example week."
            )));
            default_plan()
        }
        Err(problem) => {
            storage_warned = true;
            notices.push(Notice::warning(problem.message()));
            default_plan()
        }
    };
    let (plan, viewing) = match share::from_location() {
        None => (own, Viewing::Own),
        Some(Ok(DecodedLink { plan, has_athlete })) => (
            plan,
            Viewing::Shared {
                own: Rc::new(own),
                has_athlete,
            },
        ),
        Some(Err(error)) => {
            share::clear_location();
            notices.push(Notice::warning(broken_link(&error.to_string())));
            (own, Viewing::Own)
        }
    };
    Opening {
        plan,
        viewing,
        notices,
        storage_warned,
    }
}

/// The message for a link that can't be opened.
pub fn broken_link(reason: &str) -> String {
    format!("This link can't be opened: {reason} Your own week is shown instead.")
}
