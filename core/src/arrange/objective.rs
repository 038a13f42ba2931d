//! What the search maximises, and what it may assume about a partial week.
//!
//! The search treats the score as a black box behind [`Objective`]. An objective may
//! also give an upper bound for a partial week; the default bound is the top of the
//! scale, which is admissible for any score and prunes only once a week scores
//! [`MAX_SCORE`]. The board's score, [`QuickScore`], gives the scoring module's
//! [`crate::score::score_bound`], computed from how the rule families are built: that is what makes
//! the search fast on big weeks (see `docs/suggest.md`).

use crate::model::{Athlete, DayIndex, Session, SessionId, Week};
use crate::plan::Units;
use crate::report::Fix;
use crate::score::{
    key_session_crowding_with, quick_score_with, score_bound_with, Context, KeyCrowding,
};

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

    /// How crowded the week's key sessions are; the search proposes no week that adds
    /// to the current week's (see [`KeyCrowding::adds_to`]). The default sees none.
    fn key_crowding(&self, week: &Week) -> KeyCrowding {
        let _ = week;
        KeyCrowding::default()
    }

    /// A move the objective itself advises for `week` (the top finding's), preferred
    /// among weeks that score alike.
    fn advice(&self, week: &Week) -> Option<(SessionId, DayIndex)> {
        let _ = week;
        None
    }

    /// One sentence on why `after` is better than `before`.
    fn why_better(&self, before: &Week, after: &Week) -> Option<String> {
        let _ = (before, after);
        None
    }
}

/// The board's score: [`crate::quick_score`] for one athlete, bounded by
/// [`crate::score::score_bound`] — of
/// the week in its block, when `context` places it in one (its neighbours stay fixed).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuickScore {
    pub athlete: Athlete,
    pub context: Context,
}

impl Objective for QuickScore {
    fn score(&self, week: &Week) -> u8 {
        // A week with no running has no score; every arrangement of it is alike.
        quick_score_with(week, &self.athlete, &self.context).unwrap_or(0)
    }

    fn upper_bound(&self, placed: &Week, unplaced: &[Session]) -> u8 {
        score_bound_with(placed, unplaced, &self.athlete, &self.context)
    }

    fn assess(&self, week: &Week) -> (u8, u32) {
        let breakdown = crate::score::breakdown_with(week, &self.athlete, &self.context);
        let score = self.score(week);
        (score, breakdown.uncapped_total())
    }

    fn key_crowding(&self, week: &Week) -> KeyCrowding {
        key_session_crowding_with(week, &self.athlete, &self.context)
    }

    fn advice(&self, week: &Week) -> Option<(SessionId, DayIndex)> {
        let report = crate::score::score_with(week, &self.athlete, Units::Km, &self.context);
        match report.findings.first()?.fix? {
            Fix::Move { session, to } => Some((session, to)),
            // A swap's first half is the move the search prefers; the second follows
            // from the week's one-a-day cap.
            Fix::Swap { session, with } => Some((session, week.find(with)?.0)),
            Fix::SetKind { .. } => None,
        }
    }

    fn why_better(&self, before: &Week, after: &Week) -> Option<String> {
        crate::score::why_better_with(before, after, &self.athlete, &self.context)
    }
}
