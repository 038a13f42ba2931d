//! Undo and redo as two stacks of whole plans. Plans are small (a week of sessions),
//! so snapshots are cheaper to reason about than inverse commands.

use std::rc::Rc;
use weekboard_core::Plan;

/// How many steps back the board remembers.
pub const UNDO_DEPTH: usize = 100;

/// The current plan, the plans before it and the plans undone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: Vec<Rc<Plan>>,
    current: Rc<Plan>,
    future: Vec<Rc<Plan>>,
}

impl History {
    /// A history holding only `plan`.
    pub fn new(plan: Plan) -> History {
        History {
            past: Vec::new(),
            current: Rc::new(plan),
            future: Vec::new(),
        }
    }

    /// The plan as it stands.
    pub fn current(&self) -> &Rc<Plan> {
        &self.current
    }

    /// Makes `plan` current; the old one can be undone back to, the redo branch is gone.
    pub fn push(&mut self, plan: Plan) {
        let previous = std::mem::replace(&mut self.current, Rc::new(plan));
        self.past.push(previous);
        if self.past.len() > UNDO_DEPTH {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// Steps back; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        match self.past.pop() {
            Some(plan) => {
                let undone = std::mem::replace(&mut self.current, plan);
                self.future.push(undone);
                true
            }
            None => false,
        }
    }

    /// Steps forward again; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        match self.future.pop() {
            Some(plan) => {
                let redone = std::mem::replace(&mut self.current, plan);
                self.past.push(redone);
                true
            }
            None => false,
        }
    }

    /// Whether Undo would do anything.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether Redo would do anything.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// The plan Redo would bring back.
    pub fn next(&self) -> Option<&Rc<Plan>> {
        self.future.last()
    }

    /// The plan Undo would return to.
    pub fn previous(&self) -> Option<&Rc<Plan>> {
        self.past.last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::{Plan, Units};

    fn plan(units: Units) -> Plan {
        let mut plan = Plan::default();
        plan.settings.units = units;
        plan
    }

    #[test]
    fn depth_is_bounded() {
        let mut history = History::new(plan(Units::Km));
        for i in 0..(UNDO_DEPTH + 20) {
            history.push(plan(if i % 2 == 0 { Units::Mi } else { Units::Km }));
        }
        let mut steps = 0;
        while history.undo() {
            steps += 1;
        }
        assert_eq!(steps, UNDO_DEPTH);
    }
}
