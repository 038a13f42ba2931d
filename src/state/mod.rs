//! The board's state: one plan, edited only through [`Command`]s, with undo/redo.
//!
//! Data flows one way: a gesture becomes a `Command`, [`BoardState::after`] turns the
//! plan into a new plan, and the view scores and renders it. Nothing else writes
//! the plan, so undo/redo is a stack of plans and needs no per-command inverse.

mod command;
mod history;

pub use command::{new_session, Command, UNPLACED};
pub use history::History;

use std::rc::Rc;
use weekboard_core::Plan;
use yew::Reducible;

/// What the reducer receives: an edit, or a step through history.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Apply an edit to the plan (recorded for undo).
    Do(Command),
    Undo,
    Redo,
    /// Replace the whole plan (a link opened, a file imported), recorded for undo.
    Load(Box<Plan>),
}

/// The plan being edited and the way back.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BoardState {
    pub history: History,
}

impl BoardState {
    /// A board showing `plan`, with nothing to undo.
    pub fn new(plan: Plan) -> BoardState {
        BoardState {
            history: History::new(plan),
        }
    }

    /// The plan as it stands.
    pub fn plan(&self) -> &Rc<Plan> {
        self.history.current()
    }

    /// The board after `action`, or `None` when the action changes nothing
    /// (so the caller can skip a re-render).
    pub fn after(&self, action: Action) -> Option<BoardState> {
        let mut history = self.history.clone();
        let changed = match action {
            Action::Do(command) => match command.apply(history.current()) {
                Some(plan) => {
                    history.push(plan);
                    true
                }
                None => false,
            },
            Action::Load(plan) => {
                let changed = *plan != **history.current();
                if changed {
                    history.push(*plan);
                }
                changed
            }
            Action::Undo => history.undo(),
            Action::Redo => history.redo(),
        };
        changed.then_some(BoardState { history })
    }
}

impl Reducible for BoardState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Returning the same Rc for a no-op tells Yew not to re-render.
        match self.after(action) {
            Some(board) => Rc::new(board),
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::samples::unbalanced_week;
    use weekboard_core::SessionId;

    fn board() -> BoardState {
        BoardState::new(Plan {
            week: unbalanced_week(),
            ..Plan::default()
        })
    }

    #[test]
    fn a_move_can_be_undone_and_redone() {
        let start = board();
        let tempo = SessionId(3);
        let moved = start
            .after(Action::Do(Command::Move {
                id: tempo,
                to_day: 4,
                to_index: 1,
            }))
            .expect("move changes the plan");
        assert_eq!(moved.plan().week.find(tempo), Some((4, 1)));
        let undone = moved.after(Action::Undo).expect("undo");
        assert_eq!(undone.plan(), start.plan());
        let redone = undone.after(Action::Redo).expect("redo");
        assert_eq!(redone.plan(), moved.plan());
    }

    #[test]
    fn a_no_op_changes_nothing_and_records_nothing() {
        let start = board();
        let same_place = Action::Do(Command::Move {
            id: SessionId(3),
            to_day: 2,
            to_index: 0,
        });
        assert!(start.after(same_place).is_none());
        assert!(start.after(Action::Undo).is_none());
        assert!(start.after(Action::Redo).is_none());
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_branch() {
        let start = board();
        let moved = start
            .after(Action::Do(Command::Delete { id: SessionId(1) }))
            .unwrap();
        let undone = moved.after(Action::Undo).unwrap();
        let other = undone
            .after(Action::Do(Command::Delete { id: SessionId(2) }))
            .unwrap();
        assert!(other.after(Action::Redo).is_none());
    }
}
