//! The keyboard sensor: Space or Enter lifts a card and drops it, arrow keys walk it
//! through the slots of the week in display order, Escape puts it back. It makes
//! the same [`DragEvent`]s as the pointer sensor. Pure, so it is tested natively.

use super::collision::DropTarget;
use super::{Drag, DragEvent, DragInput, DragSource};
use weekboard_core::{DayIndex, SessionId, Week};

/// A key the sensor takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Space or Enter: lifts a card, or drops the lifted one.
    Lift,
    /// Escape: the lifted card goes back.
    Cancel,
    Step(Step),
}

impl Key {
    /// The key `KeyboardEvent.key` names, if the sensor takes it on a card:
    /// Space and Enter always, Escape and the arrows only while that card is lifted
    /// (otherwise they scroll and close things as usual).
    pub fn from_event(key: &str, lifted_here: bool) -> Option<Key> {
        match key {
            " " | "Enter" => Some(Key::Lift),
            "Escape" if lifted_here => Some(Key::Cancel),
            _ if lifted_here => Step::from_key(key).map(Key::Step),
            _ => None,
        }
    }
}

/// The drag event `key` makes on the card `id`; `lifted` is the keyboard's drag of
/// that card, if it is lifted.
pub fn drag_event(
    key: Key,
    id: SessionId,
    week: &Week,
    order: [DayIndex; 7],
    lifted: Option<&Drag>,
) -> Option<DragEvent> {
    let origin = week.find(id)?;
    match (lifted, key) {
        (None, Key::Lift) => Some(DragEvent::Started(Drag {
            source: DragSource::Card(id),
            input: DragInput::Keyboard,
            target: Some(DropTarget::Slot {
                day: origin.0,
                index: origin.1,
            }),
        })),
        (None, _) => None,
        (Some(drag), Key::Lift) => Some(DragEvent::Dropped(drag.target)),
        (Some(_), Key::Cancel) => Some(DragEvent::Cancelled),
        (Some(drag), Key::Step(direction)) => {
            let from = match drag.target {
                Some(DropTarget::Slot { day, index }) => (day, index),
                _ => origin,
            };
            let target = step(week, order, origin, from, direction);
            Some(DragEvent::Target(Some(target)))
        }
    }
}

/// An arrow key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The day before / after, in display order.
    PreviousDay,
    NextDay,
    /// One slot up / down; past the ends it continues into the neighbouring day.
    Up,
    Down,
}

impl Step {
    /// From `KeyboardEvent.key`.
    pub fn from_key(key: &str) -> Option<Step> {
        match key {
            "ArrowLeft" => Some(Step::PreviousDay),
            "ArrowRight" => Some(Step::NextDay),
            "ArrowUp" => Some(Step::Up),
            "ArrowDown" => Some(Step::Down),
            _ => None,
        }
    }
}

/// How many slots `day` offers the card lifted from `origin`: one fewer in its own
/// day, since it leaves a gap there.
fn slot_count(week: &Week, day: DayIndex, origin: (DayIndex, usize)) -> usize {
    let len = week.days[day].len();
    if day == origin.0 {
        len
    } else {
        len + 1
    }
}

/// The slot a step leads to from `(day, index)`.
pub fn step(
    week: &Week,
    order: [DayIndex; 7],
    origin: (DayIndex, usize),
    from: (DayIndex, usize),
    step: Step,
) -> DropTarget {
    let position = order.iter().position(|&d| d == from.0).unwrap_or(0);
    let neighbour = |delta: isize| {
        let p = position as isize + delta;
        (0..7).contains(&p).then(|| order[p as usize])
    };
    let (day, index) = match step {
        Step::PreviousDay | Step::NextDay => {
            let delta = if step == Step::PreviousDay { -1 } else { 1 };
            match neighbour(delta) {
                Some(day) => (day, from.1.min(slot_count(week, day, origin) - 1)),
                None => from,
            }
        }
        Step::Up => match (from.1, neighbour(-1)) {
            (0, Some(day)) => (day, slot_count(week, day, origin) - 1),
            (0, None) => from,
            (i, _) => (from.0, i - 1),
        },
        Step::Down => {
            let last = slot_count(week, from.0, origin) - 1;
            match neighbour(1) {
                Some(day) if from.1 >= last => (day, 0),
                _ => (from.0, (from.1 + 1).min(last)),
            }
        }
    };
    DropTarget::Slot { day, index }
}

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::samples::unbalanced_week;
    use weekboard_core::WeekStart;

    const MONDAY_FIRST: [usize; 7] = [0, 1, 2, 3, 4, 5, 6];

    #[test]
    fn right_twice_from_wednesday_is_friday() {
        let week = unbalanced_week();
        let origin = (2, 0);
        let thursday = step(&week, MONDAY_FIRST, origin, origin, Step::NextDay);
        assert_eq!(thursday, DropTarget::Slot { day: 3, index: 0 });
        let friday = step(&week, MONDAY_FIRST, origin, (3, 0), Step::NextDay);
        assert_eq!(friday, DropTarget::Slot { day: 4, index: 0 });
        let below = step(&week, MONDAY_FIRST, origin, (4, 0), Step::Down);
        assert_eq!(below, DropTarget::Slot { day: 4, index: 1 });
    }

    #[test]
    fn up_and_down_cross_into_neighbouring_days() {
        let week = unbalanced_week();
        let origin = (2, 0);
        // Wednesday holds only the lifted card: one slot, so Down goes to Thursday.
        assert_eq!(
            step(&week, MONDAY_FIRST, origin, origin, Step::Down),
            DropTarget::Slot { day: 3, index: 0 }
        );
        // Up from Wednesday's first slot lands after Tuesday's card.
        assert_eq!(
            step(&week, MONDAY_FIRST, origin, origin, Step::Up),
            DropTarget::Slot { day: 1, index: 1 }
        );
    }

    #[test]
    fn keys_make_the_same_events_as_a_pointer() {
        let week = unbalanced_week();
        let tempo = SessionId(3);
        let lift = drag_event(Key::Lift, tempo, &week, MONDAY_FIRST, None);
        let Some(DragEvent::Started(drag)) = lift else {
            panic!("Space lifts: {lift:?}");
        };
        assert_eq!(drag.target, Some(DropTarget::Slot { day: 2, index: 0 }));
        assert_eq!(
            drag_event(
                Key::Step(Step::NextDay),
                tempo,
                &week,
                MONDAY_FIRST,
                Some(&drag)
            ),
            Some(DragEvent::Target(Some(DropTarget::Slot {
                day: 3,
                index: 0
            })))
        );
        assert_eq!(
            drag_event(Key::Lift, tempo, &week, MONDAY_FIRST, Some(&drag)),
            Some(DragEvent::Dropped(drag.target))
        );
        assert_eq!(
            drag_event(Key::Cancel, tempo, &week, MONDAY_FIRST, Some(&drag)),
            Some(DragEvent::Cancelled)
        );
    }

    #[test]
    fn arrows_and_escape_are_left_alone_until_a_card_is_lifted() {
        assert_eq!(Key::from_event("ArrowDown", false), None);
        assert_eq!(Key::from_event("Escape", false), None);
        assert_eq!(Key::from_event("Enter", false), Some(Key::Lift));
        assert_eq!(
            Key::from_event("ArrowDown", true),
            Some(Key::Step(Step::Down))
        );
        assert_eq!(Key::from_event("Tab", true), None);
    }

    #[test]
    fn the_ends_of_the_week_hold() {
        let week = unbalanced_week();
        let order = WeekStart::Sunday.display_order();
        let origin = (6, 0);
        assert_eq!(
            step(&week, order, origin, origin, Step::PreviousDay),
            DropTarget::Slot { day: 6, index: 0 }
        );
        assert_eq!(
            step(&week, order, origin, origin, Step::NextDay),
            DropTarget::Slot { day: 0, index: 0 }
        );
    }
}
