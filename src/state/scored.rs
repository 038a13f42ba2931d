//! A plan together with the report of the week on the board. The planner scores a
//! plan once, when the edit that makes it is applied; undo and redo bring back the
//! report with the plan.

use std::rc::Rc;
use weekboard_core::score::{quick_score_with, score_with, strip, Context, WeekMark};
use weekboard_core::{Plan, Report};

/// Where week `shown` sits: a week on its own repeats; in a block its neighbours
/// are real.
pub fn context_of(plan: &Plan, shown: usize) -> Context {
    if plan.weeks.len() > 1 {
        Context::in_block(&plan.weeks, shown, &plan.athlete)
    } else {
        Context::default()
    }
}

/// The score alone of week `shown` of `plan`, as fast as scoring goes: for a drag's
/// ghost score.
pub fn quick_score(plan: &Plan, shown: usize) -> Option<u8> {
    let week = plan.weeks.get(shown)?;
    quick_score_with(week, &plan.athlete, &context_of(plan, shown))
}

/// A plan, the week of it the board shows, and what scoring said about that week.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub plan: Rc<Plan>,
    /// The index of the week on the board, always one the plan has.
    pub shown: usize,
    pub report: Rc<Report>,
    /// Every week of a block at a glance, for the strip; empty for a one-week plan,
    /// whose report says it all.
    pub marks: Rc<Vec<WeekMark>>,
    /// The plan was opened (a file, a link, the runner's own week again) or set by
    /// the page around the planner, not edited by the runner: the score has no
    /// "since last edit" then.
    pub opened: bool,
}

impl Scored {
    /// Scores week `shown` of `plan` in its block, its findings' distances in the
    /// plan's units.
    pub fn new(plan: Plan, shown: usize) -> Scored {
        let shown = shown.min(plan.weeks.len().saturating_sub(1));
        let context = context_of(&plan, shown);
        let report = score_with(
            &plan.weeks[shown],
            &plan.athlete,
            plan.settings.units,
            &context,
        );
        let marks = if plan.weeks.len() > 1 {
            strip(&plan.weeks, &plan.athlete)
        } else {
            Vec::new()
        };
        Scored {
            plan: Rc::new(plan),
            shown,
            report: Rc::new(report),
            marks: Rc::new(marks),
            opened: false,
        }
    }

    /// Scores an opened `plan`, week `shown` on the board.
    pub fn opened(plan: Plan, shown: usize) -> Scored {
        Scored {
            opened: true,
            ..Scored::new(plan, shown)
        }
    }

    /// The same plan with another of its weeks on the board: the strip stands.
    pub fn showing(&self, shown: usize) -> Scored {
        let shown = shown.min(self.plan.weeks.len().saturating_sub(1));
        let context = context_of(&self.plan, shown);
        let report = score_with(
            &self.plan.weeks[shown],
            &self.plan.athlete,
            self.plan.settings.units,
            &context,
        );
        Scored {
            plan: self.plan.clone(),
            shown,
            report: Rc::new(report),
            marks: self.marks.clone(),
            opened: self.opened,
        }
    }

    /// The week on the board.
    pub fn week(&self) -> &weekboard_core::Week {
        &self.plan.weeks[self.shown]
    }
}
