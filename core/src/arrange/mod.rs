//! "Suggest a better order": the arrangement of this week's sessions across the seven
//! days that scores best, keeping every session, honouring pinned sessions and
//! unavailable days, and never crowding a key session (the long run, a race) more than
//! the week does now; among equal scores, the one that takes the top finding's own
//! advice, keeps the long run's day, and makes the fewest moves.
//!
//! The search is exact over a defined space (the `space` module says which
//! arrangements count) and treats the score as a black box behind [`Objective`], pruning
//! with the objective's upper bound (the board's is [`crate::score::score_bound`]).
//! [`suggest`] runs it in one call; [`Search`] runs it in slices of a node budget, so
//! the board can keep a frame rate on a big week and show the best week so far. `docs/suggest.md` explains the
//! space, the pruning and the timings.
//!
//! What the search relies on, and `tests/arrange_properties.rs` checks: the score of a
//! week doesn't depend on the order of sessions within a day, nor on ids, titles or
//! notes. So a day is a multiset, and sessions that score alike are interchangeable.

mod climb;
pub mod objective;
mod search;
mod space;

pub use objective::{Objective, QuickScore, MAX_SCORE};

use crate::model::{Athlete, DayIndex, SessionId, Week};
use search::{Best, Engine};
use serde::{Deserialize, Serialize};
use space::Space;
use std::fmt;

/// Nodes [`suggest`] visits before it settles for the best week found so far: about
/// 10–20 ms natively. With the score's bound ([`crate::score::score_bound`]) the weeks
/// measured need far fewer to be proven best: a few hundred with ten sessions, about
/// ten thousand for twelve with four hard sessions (see `docs/suggest.md`).
pub const DEFAULT_NODE_BUDGET: u64 = 100_000;

/// What the runner fixes before asking for a better order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constraints {
    /// Sessions that stay on their day (the club long run on Sunday). Ids that name no
    /// session of the week are ignored.
    pub pinned: Vec<SessionId>,
    /// Days no session may go to, Monday first. Sessions on them move off, unless
    /// pinned there, which is an error ([`ArrangeError::PinnedOnUnavailableDay`]).
    pub unavailable_days: [bool; 7],
    /// Most sessions a day may hold (a day keeps its pinned sessions whatever the cap).
    /// `None`: one when the week has no double, two when it has, never fewer than a day
    /// holds now.
    pub max_per_day: Option<u16>,
}

/// Why no arrangement can be proposed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum ArrangeError {
    /// A pinned session sits on a day marked unavailable: unpin it or free the day.
    PinnedOnUnavailableDay { id: SessionId, day: DayIndex },
    /// Every day is unavailable, yet some session has to go somewhere.
    NoRoom,
    /// Every order the open days allow puts a session closer to the race or the long
    /// run than the week does now (a session on a day marked unavailable must move,
    /// and it has nowhere clear to go): free a day or unpin a session.
    Crowded,
}

impl fmt::Display for ArrangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArrangeError::PinnedOnUnavailableDay { id, day } => write!(
                f,
                "session {} is pinned to {}, which is marked unavailable",
                id.0,
                crate::model::DAY_NAMES[*day]
            ),
            ArrangeError::NoRoom => write!(f, "no day is available for the sessions"),
            ArrangeError::Crowded => write!(
                f,
                "on the days left, every order crowds the race or the long run more than \
                 the week does now — free a day or unpin a session"
            ),
        }
    }
}

impl std::error::Error for ArrangeError {}

/// One session the proposal puts on another day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Move {
    pub id: SessionId,
    pub from: DayIndex,
    pub to: DayIndex,
}

/// The proposed week and how it differs from the current one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Suggestion {
    /// The proposal. Sessions that stay keep their order on the day; sessions moved in
    /// come after them, in week order.
    pub week: Week,
    pub score: u8,
    pub current_score: u8,
    /// `score − current_score`; negative only when the constraints force moves.
    pub gain: i16,
    /// In week order of where the sessions are now.
    pub moves: Vec<Move>,
    /// The search finished and the current week is the best: nothing to move.
    pub already_best: bool,
    /// The search finished, so no week of the space scores higher, and none with the
    /// same score has fewer moves. False when the node budget ran out first.
    pub proven_best: bool,
    /// Nodes of the search tree visited.
    pub explored: u64,
    /// The most sessions each day could hold in the space searched.
    pub day_caps: [u16; 7],
    /// Whether rest cards were kept on days of their own (rule 3 of the space).
    pub days_off_kept: bool,
    /// One sentence on why the proposal is better, when it is.
    pub reason: Option<String>,
}

/// How far a [`Search`] has got.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Progress {
    pub explored: u64,
    /// A rough share of the search done, 0–1.
    pub done: f64,
    pub finished: bool,
    /// The best score found so far.
    pub best_score: Option<u8>,
    pub current_score: u8,
}

/// A search for the best arrangement, run a slice at a time.
///
/// ```
/// use weekboard_core::arrange::{Constraints, Search};
/// use weekboard_core::{samples::unbalanced_week, Athlete};
///
/// let week = unbalanced_week();
/// let mut search = Search::new(&week, &Athlete::default(), &Constraints::default()).unwrap();
/// let suggestion = loop {
///     // One slice per animation frame on the board.
///     if let Some(done) = search.step(20_000) {
///         break done.unwrap();
///     }
/// };
/// assert!(suggestion.proven_best && suggestion.score > suggestion.current_score);
/// ```
pub struct Search<O: Objective = QuickScore> {
    engine: Engine<O>,
    week: Week,
    current_score: u8,
}

impl Search<QuickScore> {
    /// A search maximising the board's score for `athlete`.
    pub fn new(
        week: &Week,
        athlete: &Athlete,
        constraints: &Constraints,
    ) -> Result<Search<QuickScore>, ArrangeError> {
        Search::in_block(
            week,
            athlete,
            &crate::score::Context::default(),
            constraints,
        )
    }

    /// A search for a week of a block: its neighbours and history stay as they are.
    pub fn in_block(
        week: &Week,
        athlete: &Athlete,
        context: &crate::score::Context,
        constraints: &Constraints,
    ) -> Result<Search<QuickScore>, ArrangeError> {
        let objective = QuickScore {
            athlete: athlete.clone(),
            context: *context,
        };
        Search::with_objective(week, constraints, objective)
    }
}

impl<O: Objective> Search<O> {
    /// A search maximising any objective.
    pub fn with_objective(
        week: &Week,
        constraints: &Constraints,
        objective: O,
    ) -> Result<Search<O>, ArrangeError> {
        let mut space = Space::new(week, constraints)?;
        if let Some((session, to)) = objective.advice(week) {
            space.prefer(week, session, to);
        }
        let current_score = objective.score(week);
        Ok(Search {
            engine: Engine::new(week, space, objective),
            week: week.clone(),
            current_score,
        })
    }

    /// Visits up to `budget_nodes` more nodes; `None` while the search isn't over, then
    /// the final suggestion, or [`ArrangeError::Crowded`] when no week in the space
    /// keeps the key sessions as clear as now.
    pub fn step(&mut self, budget_nodes: u64) -> Option<Result<Suggestion, ArrangeError>> {
        self.engine.run(budget_nodes);
        if self.engine.finished {
            Some(self.best_so_far().ok_or(ArrangeError::Crowded))
        } else {
            None
        }
    }

    /// Whether the whole space has been searched.
    pub fn is_finished(&self) -> bool {
        self.engine.finished
    }

    /// How far the search has got.
    pub fn progress(&self) -> Progress {
        Progress {
            explored: self.engine.explored,
            done: self.engine.done(),
            finished: self.engine.finished,
            best_score: self.engine.best.as_ref().map(|b| b.score),
            current_score: self.current_score,
        }
    }

    /// The best week found so far (proven best once the search is over); `None` before
    /// the first complete week.
    pub fn best_so_far(&self) -> Option<Suggestion> {
        let best = self.engine.best.as_ref()?;
        Some(self.propose(best))
    }

    fn propose(&self, best: &Best) -> Suggestion {
        let space = &self.engine.space;
        // Where each session of the week goes: day → position → new day.
        let mut to: [Vec<DayIndex>; 7] =
            std::array::from_fn(|d| (0..self.week.days[d].len()).map(|_| d).collect());
        let mut moves = Vec::new();
        for (class, placed) in space.classes.iter().zip(&best.placement) {
            let mut stays: [u16; 7] = std::array::from_fn(|d| placed[d].min(class.now[d]));
            let mut arrivals = (0..7).flat_map(|d| {
                std::iter::repeat_n(d, usize::from(placed[d] - placed[d].min(class.now[d])))
            });
            for member in &class.members {
                if stays[member.day] > 0 {
                    stays[member.day] -= 1;
                    continue;
                }
                let day = arrivals
                    .next()
                    .expect("a class's counts add up to its members");
                to[member.day][member.position] = day;
                moves.push((member.day, member.position, day, member.id));
            }
        }
        // Day and position tell moves apart: the order is total.
        crate::small_sort::sort_by(&mut moves, Ord::cmp);

        let mut week = Week::default();
        for (day, sessions) in self.week.days.iter().enumerate() {
            for (position, session) in sessions.iter().enumerate() {
                if to[day][position] == day {
                    week.days[day].push(session.clone());
                }
            }
        }
        for &(day, position, new_day, _) in &moves {
            week.days[new_day].push(self.week.days[day][position].clone());
        }
        let score = self.engine.objective().score(&week);
        let finished = self.engine.finished;
        let reason = if moves.is_empty() {
            None
        } else {
            self.engine.objective().why_better(&self.week, &week)
        };
        Suggestion {
            week,
            score,
            current_score: self.current_score,
            gain: i16::from(score) - i16::from(self.current_score),
            already_best: finished && moves.is_empty(),
            moves: moves
                .into_iter()
                .map(|(from, _, to, id)| Move { id, from, to })
                .collect(),
            proven_best: finished,
            explored: self.engine.explored,
            day_caps: space.caps,
            days_off_kept: space.days_off_kept,
            reason,
        }
    }
}

/// The best arrangement of `week` for `athlete` under `constraints`, searched within
/// [`DEFAULT_NODE_BUDGET`] nodes.
pub fn suggest(
    week: &Week,
    athlete: &Athlete,
    constraints: &Constraints,
) -> Result<Suggestion, ArrangeError> {
    suggest_within(week, athlete, constraints, DEFAULT_NODE_BUDGET)
}

/// [`suggest`] with a node budget of your own. When the budget runs out, the best week
/// found so far comes back with `proven_best: false` (searching on past the budget only
/// until a first complete week, should there be none yet).
pub fn suggest_within(
    week: &Week,
    athlete: &Athlete,
    constraints: &Constraints,
    budget_nodes: u64,
) -> Result<Suggestion, ArrangeError> {
    let mut search = Search::new(week, athlete, constraints)?;
    if let Some(done) = search.step(budget_nodes) {
        return done;
    }
    loop {
        if let Some(best) = search.best_so_far() {
            return Ok(best);
        }
        if let Some(done) = search.step(1_000) {
            return done;
        }
    }
}
