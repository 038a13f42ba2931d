//! What the search maximises, and what it may assume about a partial week.
//!
//! The search treats the score as a black box behind [`Objective`]. An objective may
//! also give an upper bound for a partial week; the default bound is the top of the
//! scale, which is admissible for any score and prunes only once a week scores
//! [`MAX_SCORE`]. The board's score, [`QuickScore`], gives the scoring module's
//! [`score_bound`], computed from how the rule families are built: that is what makes
//! the search fast on big weeks (see `docs/suggest.md`).

use crate::model::{Athlete, Session, Week};
use crate::score::{quick_score, score_bound};

/// The top of the 0–100 score scale.
pub const MAX_SCORE: u8 = 100;

/// A score to maximise over arrangements of a week.
pub trait Objective {
    /// The 0–100 score of a whole week.
    fn score(&self, week: &Week) -> u8;

    /// An upper bound on [`Objective::score`] of every week made by adding each session
    /// of `unplaced` to some day of `placed`.
    ///
    /// The search prunes with it, so it must never be lower than such a score: a bound
    /// that is too low makes the search miss the best week. The default,
    /// [`MAX_SCORE`], is always safe.
    fn upper_bound(&self, placed: &Week, unplaced: &[Session]) -> u8 {
        let _ = (placed, unplaced);
        MAX_SCORE
    }

    /// The score and, to tell apart weeks that score alike, how far from sound the week
    /// is beneath the score's caps (lower is better; 0 when the objective can't say).
    /// Only the first proposal's climb reads it: on a week where capped families flatten
    /// the score, it still finds the way down.
    fn assess(&self, week: &Week) -> (u8, u32) {
        (self.score(week), 0)
    }
}

/// The board's score: [`quick_score`] for one athlete, bounded by [`score_bound`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuickScore {
    pub athlete: Athlete,
}

impl Objective for QuickScore {
    fn score(&self, week: &Week) -> u8 {
        // A week with no running has no score; every arrangement of it is alike.
        quick_score(week, &self.athlete).unwrap_or(0)
    }

    fn upper_bound(&self, placed: &Week, unplaced: &[Session]) -> u8 {
        score_bound(placed, unplaced, &self.athlete)
    }

    fn assess(&self, week: &Week) -> (u8, u32) {
        let breakdown = crate::score::breakdown(week, &self.athlete);
        let score = self.score(week);
        (score, breakdown.uncapped_total())
    }
}
