//! Where focus lands when the card that had it goes away: after an undo or redo
//! re-creates the week's cards, or a card is removed from its own menu.

use weekboard_core::{DayIndex, SessionId, Week};

/// The card a step through history changed most visibly, in display `order`: one
/// that came back or moved to another day first, then one whose fields changed,
/// then one that only moved within its day. If the step only took cards away, the
/// card now nearest to one that went.
pub fn changed_card(old: &Week, new: &Week, order: [DayIndex; 7]) -> Option<SessionId> {
    let changed = order
        .iter()
        .flat_map(|&day| {
            new.days[day]
                .iter()
                .enumerate()
                .map(move |(i, s)| (day, i, s))
        })
        .filter_map(|(day, index, session)| {
            let rank = match old.find(session.id) {
                None => 0,
                Some((was_day, _)) if was_day != day => 0,
                Some(_) if old.session(session.id) != Some(session) => 1,
                Some((_, was_index)) if was_index != index => 2,
                Some(_) => return None,
            };
            Some((rank, session.id))
        })
        // The first of the best rank, in display order.
        .fold(
            None,
            |best: Option<(u8, SessionId)>, (rank, id)| match best {
                Some((r, _)) if r <= rank => best,
                _ => Some((rank, id)),
            },
        );
    if let Some((_, id)) = changed {
        return Some(id);
    }
    let (day, index) = old
        .sessions()
        .find(|(_, s)| new.find(s.id).is_none())
        .and_then(|(_, s)| old.find(s.id))?;
    card_near(new, day, index, order)
}

/// The card at `index` of `day` (where a removed card was), else the one before
/// it, else the first card of the next day with any, in display `order`.
pub fn card_near(
    week: &Week,
    day: DayIndex,
    index: usize,
    order: [DayIndex; 7],
) -> Option<SessionId> {
    let on_day = &week.days[day];
    if let Some(session) = on_day.get(index).or_else(|| on_day.last()) {
        return Some(session.id);
    }
    let start = order.iter().position(|&d| d == day).unwrap_or(0);
    (1..7)
        .map(|step| order[(start + step) % 7])
        .find_map(|d| week.days[d].first())
        .map(|s| s.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::samples::unbalanced_week;
    use weekboard_core::{Kind, Session};

    const ORDER: [DayIndex; 7] = [0, 1, 2, 3, 4, 5, 6];

    #[test]
    fn a_card_moved_back_is_the_one_concerned_not_its_neighbours() {
        let before = unbalanced_week();
        let mut after = before.clone();
        // The tempo goes to the top of Monday: Monday's own card shifts down.
        let tempo = after.days[2].remove(0);
        after.days[0].insert(0, tempo);
        assert_eq!(
            changed_card(&before.clone(), &after.clone(), ORDER),
            Some(SessionId(3))
        );
        assert_eq!(changed_card(&after, &before, ORDER), Some(SessionId(3)));
    }

    #[test]
    fn a_card_taken_away_leaves_its_neighbour() {
        let mut before = unbalanced_week();
        before.days[0].push(Session::new(SessionId(9), Kind::Strength));
        let after = unbalanced_week();
        assert_eq!(changed_card(&before, &after, ORDER), Some(SessionId(1)));
    }

    #[test]
    fn an_empty_day_hands_on_to_the_next_with_a_card() {
        let mut week = unbalanced_week();
        week.days[2].clear();
        assert_eq!(card_near(&week, 2, 0, ORDER), Some(SessionId(4)));
        assert_eq!(card_near(&Week::default(), 2, 0, ORDER), None);
    }
}
