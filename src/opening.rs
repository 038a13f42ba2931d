//! What the board opens with: the runner's saved week, or the week in a shared
//! link — and, if either can't be read, a clear word about it and the runner's
//! own week intact.

use crate::embed::Embedding;
use crate::persist::{self, Saved};
use crate::share;
use std::rc::Rc;
use weekboard_core::date::Date;
use weekboard_core::link::DecodedLink;
use weekboard_core::samples::unbalanced_week;
use weekboard_core::Plan;

/// What the standalone page opens with: seed 001's unbalanced week, so a newcomer
/// sees a verdict and something to fix.
pub fn default_plan() -> Plan {
    Plan::of_week(unbalanced_week())
}

/// `plan`, dated when it isn't yet (a plan from before plans had dates, or a new
/// one): for the week to plan from `today` — this week until Wednesday, else the
/// coming one.
pub fn dated(mut plan: Plan, today: Date) -> Plan {
    if plan.start.is_none() {
        plan.start = Some(Date::week_to_plan(today));
    }
    plan
}

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
    /// Today, when plans the board opens get dated; `None` for a read-only embed,
    /// which shows the post's week as the post has it.
    pub today: Option<Date>,
    /// The week of the plan on the board first.
    pub shown: usize,
}

/// Reads the saved week under `key`, then the link in the address, if any; either
/// is dated from `today` when it isn't.
pub fn open(key: &str, today: Date) -> Opening {
    let own = read_own(Some(key), default_plan, "the example week");
    let (plan, viewing, mut notices) = (dated(own.plan, today), Viewing::Own, own.notices);
    let (plan, viewing) = match share::from_location() {
        None => (plan, viewing),
        Some(Ok(DecodedLink {
            plan: shared,
            has_athlete,
        })) => (
            dated(shared, today),
            Viewing::Shared {
                own: Rc::new(plan),
                has_athlete,
            },
        ),
        Some(Err(error)) => {
            share::clear_location();
            notices.push(Notice::warning(broken_link(&error.to_string())));
            (plan, viewing)
        }
    };
    Opening {
        plan,
        viewing,
        notices,
        storage_warned: own.storage_warned,
        today: Some(today),
        shown: 0,
    }
}

/// An embedded board: the reader's saved week when it saves and has one, else the
/// post's week. The page's address is the blog's, never read. An editable one dates
/// its plan like the standalone board; a read-only one shows it as the post has it.
/// It opens on `week` of the plan if it has one, else on the week the attributes ask.
pub fn open_embedded(
    embedding: &Embedding,
    key: Option<&str>,
    today: Date,
    week: Option<usize>,
) -> Opening {
    let own = read_own(key, || embedding.starting_plan(), "the post's week");
    let plan = match own.saved {
        true => embedding.shown(&own.plan),
        false => own.plan,
    };
    let today = (!embedding.readonly).then_some(today);
    let shown = week.or(embedding.week).unwrap_or(0);
    Opening {
        shown: shown.min(plan.weeks.len().saturating_sub(1)),
        plan: match today {
            Some(today) => dated(plan, today),
            None => plan,
        },
        viewing: Viewing::Own,
        notices: own.notices,
        storage_warned: own.storage_warned,
        today,
    }
}

/// The runner's own week as storage has it.
struct Own {
    plan: Plan,
    /// It came from storage (rather than `fallback`).
    saved: bool,
    notices: Vec<Notice>,
    storage_warned: bool,
}

/// Reads the week saved under `key`; `fallback` when there is none, it can't be
/// read, or nothing is saved at all (`key` is `None`). `fallback_name` says which
/// week that is.
fn read_own(key: Option<&str>, fallback: impl FnOnce() -> Plan, fallback_name: &str) -> Own {
    let mut notices = Vec::new();
    let mut storage_warned = false;
    let Some(key) = key else {
        return Own {
            plan: fallback(),
            saved: false,
            notices,
            storage_warned,
        };
    };
    let (plan, saved) = match persist::load(key) {
        Ok(Saved::Plan(plan)) => (plan, true),
        Ok(Saved::Nothing) => (fallback(), false),
        Ok(Saved::Unreadable { reason, backup_key }) => {
            notices.push(Notice::warning(format!(
                "Your saved week could not be read ({reason}). It is kept in this browser under \"{backup_key}\"; the board starts from {fallback_name}."
            )));
            (fallback(), false)
        }
        Err(problem) => {
            storage_warned = true;
            notices.push(Notice::warning(problem.message()));
            (fallback(), false)
        }
    };
    Own {
        plan,
        saved,
        notices,
        storage_warned,
    }
}

/// The message for a link that can't be opened. The reason is the link codec's
/// own sentence ("This link is cut short — …"), so it leads; a preface of ours
/// would say "This link" twice.
pub fn broken_link(reason: &str) -> String {
    let reason = reason.trim();
    let stop = if reason.ends_with(['.', '!', '?']) {
        ""
    } else {
        "."
    };
    format!("{reason}{stop} Your own week is shown instead.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_link_reads_as_plain_sentences() {
        assert_eq!(
            broken_link("This link has no plan in it."),
            "This link has no plan in it. Your own week is shown instead."
        );
        assert_eq!(
            broken_link("This link is too large to be a week plan"),
            "This link is too large to be a week plan. Your own week is shown instead."
        );
    }
}
