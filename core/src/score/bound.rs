//! An upper bound on the score of every week a partial week can become: what lets the
//! arrangement search prune (see `docs/suggest.md`).
//!
//! A *completion* of `placed` by `unplaced` is any week made by adding each session of
//! `unplaced` to some day of `placed`. [`score_bound`] is at least [`super::quick_score`]
//! of every completion. The score is 100 − the sum of each family's capped points, and
//! that is non-increasing in each part, so it is enough to give every family a part no
//! larger than the part it takes off any completion. Family by family:
//!
//! - **Intensity, hard sessions, load.** Their points read only week totals: the time
//!   split, the count of hard sessions, the running volume (against the usual week or
//!   the level's ceiling), and the longest run's *length* (the day only names it). One
//!   exception: an advanced runner's double-threshold day counts as one hard session,
//!   so the bound counts as if every pair of tempos shared a day. Every completion holds the same sessions, so
//!   these parts are computed exactly, from `placed` with `unplaced` added anywhere.
//! - **Proportions.** Quality shares and the small-week test read totals too. The long
//!   run share reads the longest long run, and when several long runs tie on minutes,
//!   the one on the earliest day is measured — in metres, a tie on minutes need not be a
//!   tie on distance, so which one counts depends on the days. The share's points never
//!   fall as the run grows, so when an unplaced session is a long run the bound measures
//!   the shortest (by distance) of the tied ones: at most what any completion measures.
//! - **Spacing.** Its points never fall when a session is added, so the partial week's
//!   spacing points are at most any completion's. Adding a session can only raise a
//!   day's count of hard sessions (same-day points), raise the recovery a hard day needs,
//!   mark a day as holding a long run (long-run neighbour points), or put a new hard day
//!   between two consecutive ones. The hard-day chain's points for a pair are
//!   non-increasing in the easy days between them and non-decreasing in the recovery the
//!   first needs (300 at no easy day, then 140 two or more days short, 70 one day short,
//!   0), and a new hard day `c` between `a` and `b` replaces the pair `(a, b)` by `(a, c)`
//!   and `(c, b)`, where `(a, c)` has fewer easy days and the same need. Pairs only
//!   appear when a second hard day does. The cap is a `min`, monotone too.
//! - **Load of a day.** A day's runs and minutes of running only grow as sessions are
//!   added, and the points with them: the partial week's minutes over stay over, and the
//!   unplaced runs go at best where a day has room for them below three, each one past
//!   that room costing a run over somewhere (`day_load::least_tenths`).
//! - **Workouts.** Each card that contradicts its workout costs the same wherever it is:
//!   counted exactly over all the sessions.
//! - **Across the weeks.** Reads the week's totals against its block's: exact.
//! - **Monotony.** Reads the load of each day, so it depends on where sessions go; its
//!   points are never negative, so the bound takes 0 — unless no unplaced session
//!   carries any load (rest cards, placed last by the search), when every completion has
//!   the partial week's daily loads and its monotony is exact.
//! - **The profile note** costs nothing.
//!
//! With nothing unplaced the completion is `placed` itself, every part above is exact,
//! and the bound is `quick_score(placed)`.
//!
//! Like [`super::quick_score`], the bound gathers the facts once on the stack and
//! touches no heap: the partial week's facts give spacing, and the same facts with the
//! unplaced sessions folded in (onto Monday; the families read no day) give the rest.

use super::context::Context;
use super::facts::Facts;
use super::flag::{Flag, Sink};
use super::tally::Tally;
use super::{
    across_weeks, day_load, hard_count, intensity, load, monotony, proportions, spacing, workouts,
};
use crate::model::{Athlete, Kind, Session, Week};
use crate::report::{FindingCode, Severity};

/// At least [`super::quick_score`] of every week made by adding each session of
/// `unplaced` to some day of `placed`, and exactly `quick_score(placed, athlete)` when
/// `unplaced` is empty — taking a week with no running, which has no score, as 0. The arrangement search prunes with it (see the module docs for
/// why it never undershoots).
pub fn score_bound(placed: &Week, unplaced: &[Session], athlete: &Athlete) -> u8 {
    score_bound_with(placed, unplaced, athlete, &Context::default())
}

/// [`score_bound`] for a week in its block (its neighbours and history fixed).
pub fn score_bound_with(
    placed: &Week,
    unplaced: &[Session],
    typed: &Athlete,
    context: &Context,
) -> u8 {
    let athlete = &context.athlete(typed);
    let masters = athlete.is_masters();
    let mut partial = Facts::gather(placed, athlete, None);
    partial.place(context);
    let mut tally = Tally::default();
    // Day-dependent and monotone under adding sessions: the partial week's points.
    let mut spacing = super::SpacingHolds::new(&mut tally);
    spacing::check(&partial, &mut spacing);
    let spacing_holds = spacing.holds;

    // The day-free families read the whole multiset; fold the rest in anywhere.
    let mut all = partial;
    let mut loaded = false;
    let mut long_run_unplaced = false;
    let mut unplaced_runs = 0;
    for session in unplaced {
        all.add(0, session, masters);
        unplaced_runs += u32::from(session.kind.is_running());
        loaded |= session.load() > 0;
        long_run_unplaced |= session.kind == Kind::LongRun;
    }
    if long_run_unplaced {
        shortest_of_the_longest_long_runs(&mut all, placed, unplaced);
    }
    if !all.has_running() {
        // No completion has a score; the search counts such a week as 0.
        return 0;
    }
    tally.raise(Flag {
        points: day_load::least_tenths(&partial.days, unplaced_runs),
        ..Flag::about_the_week(FindingCode::DayOverload, Severity::Caution, 0)
    });
    intensity::check(&all, &mut tally);
    // An advanced runner's double-threshold day counts once, so where the tempos go
    // matters: at best every pair of them shares a day.
    let least_hard = if unplaced.is_empty() {
        partial.quality_sessions()
    } else if all.advanced {
        let tempos: u32 = all.days.iter().map(|d| d.tempos).sum();
        all.hard_sessions.saturating_sub(tempos / 2)
    } else {
        all.hard_sessions
    };
    hard_count::check_count(&all, least_hard, athlete, &mut tally);
    load::check(&all, athlete, &mut tally);
    proportions::check(&all, &mut tally);
    workouts::check(&all, &mut tally);
    across_weeks::check(&all, &mut tally);
    if !loaded {
        // Every completion has the partial week's daily loads: monotony is exact.
        // Rest cards don't change spacing either: the partial week's holds.
        monotony::check(&all, spacing_holds, &mut tally);
    }
    tally.score()
}

/// Measures the week's long run as the shortest by distance of the long runs that tie
/// on the most minutes: the one a completion measures depends on the days, and the
/// share's points never fall as the run grows.
fn shortest_of_the_longest_long_runs(all: &mut Facts, placed: &Week, unplaced: &[Session]) {
    let Some(run) = all.long_run.as_mut() else {
        return;
    };
    let placed = placed.days.iter().flatten();
    for session in placed.chain(unplaced) {
        if session.kind != Kind::LongRun || session.minutes != run.minutes {
            continue;
        }
        let metres = session.distance_m.filter(|&m| m > 0);
        if metres.unwrap_or(0) < run.metres.unwrap_or(0) {
            run.metres = metres;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionId;
    use crate::samples::{effective_week, unbalanced_week};
    use crate::score::quick_score;

    fn split_off(week: &Week, day: usize) -> (Week, Vec<Session>) {
        let mut placed = week.clone();
        let unplaced = std::mem::take(&mut placed.days[day]);
        (placed, unplaced)
    }

    #[test]
    fn with_nothing_unplaced_the_bound_is_the_score() {
        let athlete = Athlete::default();
        for week in [unbalanced_week(), effective_week(), Week::default()] {
            assert_eq!(
                score_bound(&week, &[], &athlete),
                quick_score(&week, &athlete).unwrap_or(0)
            );
        }
    }

    #[test]
    fn the_unbalanced_week_can_be_mended_only_so_far() {
        // With Wednesday's tempo unplaced, the spacing problem may go, but the grey-zone
        // runs stay whatever the days: the bound is the score of the mended week.
        let athlete = Athlete::default();
        let (placed, unplaced) = split_off(&unbalanced_week(), 2);
        let bound = score_bound(&placed, &unplaced, &athlete);
        let mut mended = placed.clone();
        mended.days[4].extend(unplaced.iter().cloned());
        assert_eq!(Some(bound), quick_score(&mended, &athlete));
        assert!(Some(bound) > quick_score(&unbalanced_week(), &athlete));
    }

    #[test]
    fn tied_long_runs_are_measured_at_the_shortest_distance() {
        let long = |id, metres| {
            let mut s = Session::new(SessionId(id), Kind::LongRun);
            s.minutes = 80;
            s.distance_m = Some(metres);
            s
        };
        let mut easy = Session::new(SessionId(3), Kind::Easy);
        (easy.minutes, easy.distance_m) = (60, Some(10_000));
        // Sunday's long run counts unless the unplaced one goes on an earlier day.
        let mut placed = Week::default();
        placed.days[6].push(long(1, 12_000));
        placed.days[3].push(easy);
        let unplaced = [long(2, 30_000)];
        let athlete = Athlete::default();
        let bound = score_bound(&placed, &unplaced, &athlete);
        for day in 0..7 {
            let mut week = placed.clone();
            week.days[day].push(unplaced[0].clone());
            assert!(Some(bound) >= quick_score(&week, &athlete), "day {day}");
        }
        let mut on_sunday = placed.clone();
        on_sunday.days[6].push(unplaced[0].clone());
        assert_eq!(Some(bound), quick_score(&on_sunday, &athlete));
    }
}
