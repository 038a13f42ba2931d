//! Undo and redo as two stacks of whole plans (each kept with its report). Plans
//! are small (a week of sessions), so snapshots are cheaper to reason about than
//! inverse commands.

/// How many steps back the board remembers.
pub const UNDO_DEPTH: usize = 100;

/// The current entry, the entries before it and the entries undone. Entries are
/// cheap to clone (the planner keeps `Rc`s).
#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: Vec<T>,
    current: T,
    future: Vec<T>,
}

impl<T: Clone> History<T> {
    /// A history holding only `entry`.
    pub fn new(entry: T) -> History<T> {
        History {
            past: Vec::new(),
            current: entry,
            future: Vec::new(),
        }
    }

    /// The entry as it stands.
    pub fn current(&self) -> &T {
        &self.current
    }

    /// Makes `entry` current; the old one can be undone back to, the redo branch is gone.
    pub fn push(&mut self, entry: T) {
        let previous = std::mem::replace(&mut self.current, entry);
        self.past.push(previous);
        if self.past.len() > UNDO_DEPTH {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// Replaces the current entry without a step to undo: the same plan seen another
    /// way (another week of it on the board).
    pub fn replace_current(&mut self, entry: T) {
        self.current = entry;
    }

    /// Steps back; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        match self.past.pop() {
            Some(entry) => {
                let undone = std::mem::replace(&mut self.current, entry);
                self.future.push(undone);
                true
            }
            None => false,
        }
    }

    /// Steps forward again; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        match self.future.pop() {
            Some(entry) => {
                let redone = std::mem::replace(&mut self.current, entry);
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

    /// The entry Undo would return to.
    pub fn previous(&self) -> Option<&T> {
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
