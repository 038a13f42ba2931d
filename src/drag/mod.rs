//! Drag and drop, split like a toolkit: two sensors turn input into the same
//! [`DragEvent`]s — [`pointer`] (mouse, pen, finger) and [`keyboard`] (Space,
//! arrows, Escape) — and the planner's reducer follows those events whatever made
//! them. [`activation`] decides when a press becomes a drag, [`collision`] finds the
//! slot under the pointer, [`autoscroll`] scrolls near the edges.

pub mod activation;
pub mod autoscroll;
pub mod collision;
pub mod keyboard;
pub mod pointer;

pub use collision::{DayGeometry, DropTarget, Rect};

use weekboard_core::Session;
use weekboard_core::SessionId;

/// What is being dragged.
#[derive(Clone, Debug, PartialEq)]
pub enum DragSource {
    /// A card already on the board.
    Card(SessionId),
    /// A new session from the palette.
    New(Session),
}

/// How the drag is driven; the keyboard one has no floating card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DragInput {
    Pointer,
    Keyboard,
}

/// A drag in progress, as the view shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Drag {
    pub source: DragSource,
    pub input: DragInput,
    /// Where it would land now, if anywhere.
    pub target: Option<DropTarget>,
}

/// What a sensor tells the planner: the same four events from either sensor.
#[derive(Clone, Debug, PartialEq)]
pub enum DragEvent {
    /// A press or a key lifted something.
    Started(Drag),
    /// It now aims at another target (or none).
    Target(Option<DropTarget>),
    /// Let go over a target (or over nothing).
    Dropped(Option<DropTarget>),
    /// Escape, a lost pointer, or a scroll took over.
    Cancelled,
}

impl Drag {
    /// Whether this is the keyboard carrying the card `id`.
    pub fn is_keyboard_lift_of(&self, id: SessionId) -> bool {
        self.input == DragInput::Keyboard && self.source == DragSource::Card(id)
    }

    /// The edit dropping here would make, if any.
    pub fn command(&self) -> Option<crate::state::Command> {
        use crate::state::Command;
        match (&self.source, self.target?) {
            (DragSource::Card(id), DropTarget::Slot { day, index }) => Some(Command::Move {
                id: *id,
                to_day: day,
                to_index: index,
            }),
            (DragSource::Card(id), DropTarget::Remove) => Some(Command::Delete { id: *id }),
            (DragSource::New(session), DropTarget::Slot { day, index }) => Some(Command::Add {
                day,
                index,
                session: session.clone(),
            }),
            (DragSource::New(_), DropTarget::Remove) => None,
        }
    }
}
