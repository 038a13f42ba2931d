//! Which slot of which day lies under the pointer. Pure geometry, so it is tested
//! natively; the board measures the columns and cards and asks this module.

use weekboard_core::DayIndex;

/// A box in viewport coordinates (CSS pixels), as `getBoundingClientRect` gives it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    /// Whether the point lies inside (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.left
            && x <= self.left + self.width
            && y >= self.top
            && y <= self.top + self.height
    }

    /// Distance from the point to the box; 0 inside.
    pub fn distance_to(&self, x: f64, y: f64) -> f64 {
        let dx = (self.left - x).max(0.0).max(x - (self.left + self.width));
        let dy = (self.top - y).max(0.0).max(y - (self.top + self.height));
        (dx * dx + dy * dy).sqrt()
    }
}

/// A day column as measured: its box and the vertical middle of each card in it,
/// in the day's order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DayGeometry {
    pub day: DayIndex,
    pub rect: Rect,
    pub card_middles: Vec<f64>,
}

/// Where a dragged session would land.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DropTarget {
    /// At `index` in `day`'s list as it reads after the move.
    Slot { day: DayIndex, index: usize },
    /// On the remove zone: the session is deleted.
    Remove,
}

/// How far outside every column the pointer may stray and still aim at the nearest
/// one: keeps the target steady in the gaps between columns (no flicker).
const GAP_TOLERANCE_PX: f64 = 24.0;

/// The drop target under `(x, y)`. `origin` is where the dragged session sits now
/// (None for a new session from the palette), so a slot after it in the same day
/// counts the session as already lifted out.
pub fn target_at(
    x: f64,
    y: f64,
    days: &[DayGeometry],
    remove_zone: Option<Rect>,
    origin: Option<(DayIndex, usize)>,
) -> Option<DropTarget> {
    if remove_zone.is_some_and(|zone| zone.contains(x, y)) {
        return Some(DropTarget::Remove);
    }
    let nearest = days
        .iter()
        .map(|geometry| (geometry.rect.distance_to(x, y), geometry))
        .filter(|(distance, _)| *distance <= GAP_TOLERANCE_PX)
        .min_by(|a, b| a.0.total_cmp(&b.0))?
        .1;
    // The slot is the number of cards whose middle lies above the pointer.
    let mut index = nearest.card_middles.iter().filter(|&&m| m < y).count();
    if let Some((day, from)) = origin {
        if day == nearest.day && index > from {
            index -= 1;
        }
    }
    Some(DropTarget::Slot {
        day: nearest.day,
        index,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn columns() -> Vec<DayGeometry> {
        (0..7)
            .map(|day| DayGeometry {
                day,
                rect: Rect {
                    left: day as f64 * 110.0,
                    top: 0.0,
                    width: 100.0,
                    height: 400.0,
                },
                card_middles: vec![50.0, 150.0],
            })
            .collect()
    }

    #[test]
    fn the_slot_follows_the_card_middles() {
        let days = columns();
        assert_eq!(
            target_at(20.0, 10.0, &days, None, None),
            Some(DropTarget::Slot { day: 0, index: 0 })
        );
        assert_eq!(
            target_at(20.0, 100.0, &days, None, None),
            Some(DropTarget::Slot { day: 0, index: 1 })
        );
        assert_eq!(
            target_at(450.0, 390.0, &days, None, None),
            Some(DropTarget::Slot { day: 4, index: 2 })
        );
    }

    #[test]
    fn the_gap_between_columns_belongs_to_the_nearest() {
        let days = columns();
        assert_eq!(
            target_at(103.0, 10.0, &days, None, None),
            Some(DropTarget::Slot { day: 0, index: 0 })
        );
        assert_eq!(
            target_at(108.0, 10.0, &days, None, None),
            Some(DropTarget::Slot { day: 1, index: 0 })
        );
        assert_eq!(target_at(2000.0, 10.0, &days, None, None), None);
    }

    #[test]
    fn slots_after_the_origin_skip_the_lifted_card() {
        let days = columns();
        // The first card of Monday, dragged below the second card: it lands last,
        // which is index 1 once it is lifted out.
        assert_eq!(
            target_at(20.0, 200.0, &days, None, Some((0, 0))),
            Some(DropTarget::Slot { day: 0, index: 1 })
        );
    }

    #[test]
    fn the_remove_zone_wins() {
        let zone = Rect {
            left: 0.0,
            top: 380.0,
            width: 800.0,
            height: 40.0,
        };
        assert_eq!(
            target_at(20.0, 390.0, &columns(), Some(zone), None),
            Some(DropTarget::Remove)
        );
    }
}
