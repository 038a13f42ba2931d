//! A plan together with the report of the week on the board. The planner scores a
//! plan once, when the edit that makes it is applied; undo and redo bring back the
//! report with the plan.

use std::rc::Rc;
use weekboard_core::score::{quick_score_with, score_with, strip, Context, WeekMark};
use weekboard_core::{Plan, Report};

/// Where week `shown` sits: a week on its own repeats; in a block its neighbours
/// are real.
pub fn context_of(plan: &Plan, shown: usize) -> Context {
    let mut context = if plan.weeks.len() > 1 {
        Context::in_block(&plan.weeks, shown, &plan.athlete)
    } else {
        Context::default()
    };
    // Spacing reads the days in the order the board shows them.
    context.show_from(plan.settings.week_start);
    context
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
            strip(&plan.weeks, &plan.athlete, plan.settings.week_start)
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

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::model::{Kind, Session, SessionId};
    use weekboard_core::samples::week_of;
    use weekboard_core::WeekStart;

    /// The planner scores a week in the order its board shows the days: a Saturday
    /// race week shown from Sunday has its Sunday intervals six days before the race,
    /// not the day after it.
    #[test]
    fn the_board_is_scored_in_the_order_it_shows_the_days() {
        let mut week = week_of([(Kind::Easy, 40); 7]);
        week.days[5][0] = Session::new(SessionId(90), Kind::Race);
        week.days[6][0] = Session::new(SessionId(91), Kind::Intervals);
        let mut plan = Plan {
            weeks: vec![week],
            ..Plan::default()
        };
        let back_to_back = |plan: &Plan| {
            Scored::new(plan.clone(), 0)
                .report
                .findings
                .iter()
                .any(|f| f.code.as_str() == "hard_days_back_to_back")
        };
        assert!(back_to_back(&plan));
        plan.settings.week_start = WeekStart::Sunday;
        assert!(!back_to_back(&plan));
        assert_eq!(
            quick_score(&plan, 0),
            Scored::new(plan.clone(), 0).report.score
        );
    }
}
