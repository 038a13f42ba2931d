//! A plan together with its report. The planner scores a plan once, when the edit
//! that makes it is applied; undo and redo bring back the report with the plan.

use std::rc::Rc;
use weekboard_core::{score_in, Plan, Report};

/// A plan and what scoring said about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub plan: Rc<Plan>,
    pub report: Rc<Report>,
    /// The plan was opened (a file, a link, the runner's own week again) or set by
    /// the page around the planner, not edited by the runner: the score has no
    /// "since last edit" then.
    pub opened: bool,
}

impl Scored {
    /// Scores `plan`, its findings' distances in the plan's units.
    pub fn new(plan: Plan) -> Scored {
        let report = score_in(&plan.week, &plan.athlete, plan.settings.units);
        Scored {
            plan: Rc::new(plan),
            report: Rc::new(report),
            opened: false,
        }
    }

    /// Scores an opened `plan`.
    pub fn opened(plan: Plan) -> Scored {
        Scored {
            opened: true,
            ..Scored::new(plan)
        }
    }
}
