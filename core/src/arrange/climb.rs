//! A first proposal before the exact search: climb from the current week by single
//! moves and swaps while the score rises (or holds with fewer moves), never crowding a
//! key session more than the current week does.
//!
//! It only seeds the search with a good week. The search stays exact, since the seed
//! is a week of the space scored like any other; but a good seed makes the week shown
//! while the search runs (or when a node budget stops it) a sensible one, and lets a
//! bound prune from the first node.

use super::objective::Objective;
use super::space::{PerDay, Space};
use crate::model::Week;

/// Rounds of climbing at most, per session of the week.
const ROUNDS_PER_SESSION: usize = 2;

/// A placement, its score, how far from sound beneath the caps, and what its moves
/// cost (`Space::cost`).
pub(crate) struct Point {
    pub placement: Vec<PerDay>,
    pub score: u8,
    pub moves: u32,
    pub uncapped: u32,
}

impl Point {
    /// A better score; or the same with less wrong beneath the caps (a plateau where a
    /// capped family hides progress); or the same with fewer moves.
    fn beats(&self, other: &Point) -> bool {
        (
            self.score,
            std::cmp::Reverse(self.uncapped),
            std::cmp::Reverse(self.moves),
        ) > (
            other.score,
            std::cmp::Reverse(other.uncapped),
            std::cmp::Reverse(other.moves),
        )
    }
}

/// Climbs from the current week; `None` when the current week is outside the space
/// (a session sits on an unavailable day). Also returns the scores computed.
pub(crate) fn climb(
    space: &Space,
    objective: &impl Objective,
    week_of: impl Fn(&[PerDay]) -> Week,
) -> (Option<Point>, u64) {
    let start = space.current();
    if !space.admits(&start) {
        return (None, 0);
    }
    let crowding_now = objective.key_crowding(&week_of(&start));
    let mut evaluated = 1;
    let (score, uncapped) = objective.assess(&week_of(&start));
    let mut here = Point {
        score,
        uncapped,
        moves: 0,
        placement: start,
    };
    let sessions: usize = space.classes.iter().map(|c| c.members.len()).sum();
    for _ in 0..ROUNDS_PER_SESSION * sessions {
        let mut best: Option<Point> = None;
        for placement in neighbours(&here.placement) {
            if !space.admits(&placement) {
                continue;
            }
            evaluated += 1;
            let week = week_of(&placement);
            let (score, uncapped) = objective.assess(&week);
            let point = Point {
                score,
                uncapped,
                moves: space.cost(&placement),
                placement,
            };
            if point.beats(best.as_ref().unwrap_or(&here))
                && !objective.key_crowding(&week).adds_to(&crowding_now)
            {
                best = Some(point);
            }
        }
        match best {
            Some(point) => here = point,
            None => break,
        }
    }
    (Some(here), evaluated)
}

/// Every placement one move or one swap away.
fn neighbours(placement: &[PerDay]) -> Vec<Vec<PerDay>> {
    let cells: Vec<(usize, usize)> = (0..placement.len())
        .flat_map(|c| (0..7).map(move |d| (c, d)))
        .filter(|&(c, d)| placement[c][d] > 0)
        .collect();
    let mut found = Vec::new();
    for &(c, from) in &cells {
        for to in (0..7).filter(|&to| to != from) {
            let mut next = placement.to_vec();
            next[c][from] -= 1;
            next[c][to] += 1;
            found.push(next);
        }
    }
    for (i, &(c, a)) in cells.iter().enumerate() {
        for &(k, b) in &cells[i + 1..] {
            if a == b || c == k {
                continue;
            }
            let mut next = placement.to_vec();
            next[c][a] -= 1;
            next[c][b] += 1;
            next[k][b] -= 1;
            next[k][a] += 1;
            found.push(next);
        }
    }
    found
}
