//! A plan together with its report. The planner scores a plan once, when the edit
//! that makes it is applied; undo and redo bring back the report with the plan.

use std::rc::Rc;
use weekboard_core::{score, Plan, Report};

/// A plan and what scoring said about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    pub plan: Rc<Plan>,
    pub report: Rc<Report>,
}

impl Scored {
    /// Scores `plan`.
    pub fn new(plan: Plan) -> Scored {
        let report = score(&plan.week, &plan.athlete);
        Scored {
            plan: Rc::new(plan),
            report: Rc::new(report),
        }
    }
}
