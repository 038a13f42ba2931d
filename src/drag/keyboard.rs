//! The keyboard sensor: arrow keys walk a lifted card through the slots of the
//! week, in display order. Pure, so it is tested natively.

use super::collision::DropTarget;
use weekboard_core::{DayIndex, Week};

/// A key the sensor understands.
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
