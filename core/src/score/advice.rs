//! Concrete "what to try" for crowded hard days: try every move and keep the best.
//!
//! Rather than guess ("move it later in the week"), the advice scores the week with the
//! session on each other day free of key sessions (a hard session or the long run). A
//! move changes two days and no total, so it gathers only those two days again and
//! re-runs only the rules that read days — spacing, monotony and the day's load — on
//! top of the week's tally. A move counts
//! only if it raises the score and leaves the moved session in no spacing problem. Moves
//! that leave it clear of every spacing finding come first, then the best score; ties go
//! to the move that leaves the most room between hard days, then to the nearest day.

use super::effort::Effort;
use super::facts::{DayFacts, Facts};
use super::flag::{Flag, Sink};
use super::tally::Tally;
use super::{day_load, hard_count, monotony, spacing, DAY_FAMILIES};
use crate::model::{Athlete, DayIndex, Kind, SessionId, Week};
use crate::report::{FindingCode, Severity};
use std::cmp::Reverse;

/// A move worth trying, and what the week scores after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TriedMove {
    pub session: SessionId,
    pub kind: Kind,
    pub from: DayIndex,
    pub to: DayIndex,
    /// The session on `to` that swaps back to `from`, in a week of one session a day.
    pub swap: Option<(SessionId, Kind)>,
    pub score: u8,
}

/// How a session may go to a day, by the rules the arrangement search keeps (so the
/// advice is always a week the search could propose): a week of one session a day stays
/// one a day, so a move onto a day with a session is a swap; a day off stays a day off.
enum Way {
    Move,
    Swap(usize),
}

fn way_to(week: &Week, from: DayIndex, to: DayIndex) -> Option<Way> {
    let day = &week.days[to];
    let day_off = !day.is_empty() && day.iter().all(|s| s.kind == Kind::Rest);
    if to == from || day_off {
        return None;
    }
    let doubles = week.days.iter().any(|d| d.len() >= 2);
    let cap = if doubles { 2 } else { 1 };
    if day.len() < cap {
        Some(Way::Move)
    } else if !doubles && day.len() == 1 {
        Some(Way::Swap(0))
    } else {
        None
    }
}

/// The best move of one of `candidates` (first ones preferred on a tie) that raises the
/// score of the week tallied in `current` and leaves the moved session out of any
/// spacing problem.
pub(crate) fn best_move(
    week: &Week,
    athlete: &Athlete,
    facts: &Facts,
    candidates: &[SessionId],
    current: &Tally,
) -> Option<TriedMove> {
    type Key = (bool, u8, i16, Reverse<usize>, Reverse<usize>);
    let mut best: Option<(Key, TriedMove)> = None;
    let score_now = current.score();
    let masters = athlete.is_masters();
    for (rank, &id) in candidates.iter().enumerate() {
        let Some((from, pos)) = week.find(id) else {
            continue;
        };
        let session = &week.days[from][pos];
        let effort = Effort::of(session);
        // A move changes two days and no total, so only those days are gathered again.
        let mut rest = *facts;
        rest.days[from] = DayFacts::of(&week.days[from], Some(id), masters);
        // Never onto a day that already holds a key session: that only makes a double.
        let free = |d: &DayIndex| rest.days[*d].hard == 0 && rest.days[*d].long_run.is_none();
        for to in (0..7).filter(free) {
            let Some(way) = way_to(week, from, to) else {
                continue;
            };
            let mut moved = rest;
            let mut swap = None;
            if let Way::Swap(i) = way {
                let back = &week.days[to][i];
                moved.days[to] = DayFacts::of(&week.days[to], Some(back.id), masters);
                moved.days[from].add(back, &Effort::of(back), masters);
                swap = Some((back.id, back.kind));
            }
            moved.days[to].add(session, &effort, masters);
            let Some(tried) = try_move(&moved, athlete, to, current) else {
                continue;
            };
            if tried.score <= score_now {
                continue;
            }
            let key = (
                tried.clean,
                tried.score,
                spacing::tightest_margin(&moved),
                Reverse(circular_distance(from, to)),
                Reverse(rank),
            );
            if best.as_ref().is_none_or(|(k, _)| key > *k) {
                let suggestion = TriedMove {
                    session: id,
                    kind: session.kind,
                    from,
                    to,
                    swap,
                    score: tried.score,
                };
                best = Some((key, suggestion));
            }
        }
    }
    best.map(|(_, suggestion)| suggestion)
}

/// How a tried move turns out.
struct Tried {
    score: u8,
    /// No spacing finding at all on the day moved to.
    clean: bool,
}

/// Scores the week whose facts are `facts` (a session moved to `to`; only its days need
/// be right), re-running only the rules that read days on top of the `current` week's
/// tally; `None` when the move leaves a spacing problem on `to`.
fn try_move(facts: &Facts, athlete: &Athlete, to: DayIndex, current: &Tally) -> Option<Tried> {
    let mut tally = *current;
    for family in DAY_FAMILIES {
        tally = tally.without(family);
    }
    let mut probe = Probe {
        tally,
        day: to,
        worst_spacing: None,
    };
    // Through `dyn Sink`, as the full report runs the rules: the same copy of them.
    let mut spacing = super::SpacingHolds::new(&mut probe as &mut dyn Sink);
    spacing::check(facts, &mut spacing);
    let spacing_holds = spacing.holds;
    if probe.worst_spacing == Some(Severity::Problem) {
        return None;
    }
    let sink: &mut dyn Sink = &mut probe;
    monotony::check(facts, spacing_holds, sink);
    day_load::check(facts, sink);
    hard_count::check(facts, athlete, sink);
    Some(Tried {
        score: probe.tally.score(),
        clean: probe.worst_spacing.is_none(),
    })
}

/// Tallies a tried move, noting the worst spacing finding on the day moved to.
struct Probe {
    tally: Tally,
    day: DayIndex,
    worst_spacing: Option<Severity>,
}

impl Sink for Probe {
    fn raise(&mut self, flag: Flag) {
        let spacing = matches!(
            flag.code,
            FindingCode::HardDaysBackToBack | FindingCode::RecoveryTooShort
        );
        if spacing && flag.days.contains(self.day) {
            self.worst_spacing = self.worst_spacing.max(Some(flag.severity));
        }
        self.tally.raise(flag);
    }
}

fn circular_distance(a: DayIndex, b: DayIndex) -> usize {
    let d = (a + 7 - b) % 7;
    d.min(7 - d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::unbalanced_week;
    use crate::score::{evaluate, facts::Move, quick_score};
    use proptest::prelude::*;

    fn evaluated(week: &Week, athlete: &Athlete) -> (Facts, Tally) {
        let facts = Facts::gather(week, athlete, None);
        let mut tally = Tally::default();
        evaluate(&facts, athlete, &mut tally);
        (facts, tally)
    }

    fn any_week() -> impl Strategy<Value = Week> {
        crate::score::test_weeks::any_week(300, 40000)
    }

    fn any_athlete() -> impl Strategy<Value = Athlete> {
        (
            proptest::option::of(30u8..60),
            proptest::option::of(60u16..600),
            proptest::option::of(30u16..200),
            proptest::option::of(10_000u32..100_000),
        )
            .prop_map(|(age, usual, longest, usual_m)| Athlete {
                age,
                usual_week_minutes: usual,
                longest_recent_run_minutes: longest,
                usual_week_m: usual_m,
                ..Athlete::default()
            })
    }

    proptest! {
        /// Re-running only the day rules gives the score the moved week really has.
        #[test]
        fn a_tried_move_scores_what_the_moved_week_scores(
            week in any_week(),
            athlete in any_athlete(),
            pick in any::<prop::sample::Index>(),
            to in 0usize..7,
        ) {
            let ids: Vec<SessionId> = week.sessions().map(|(_, s)| s.id).collect();
            prop_assume!(!ids.is_empty());
            let id = ids[pick.index(ids.len())];
            let (from, pos) = week.find(id).unwrap();
            let masters = athlete.is_masters();
            // As the advice does it: the week's facts with two days gathered again.
            let (facts, current) = evaluated(&week, &athlete);
            let mut moved = facts;
            moved.days[from] = DayFacts::of(&week.days[from], Some(id), masters);
            let session = &week.days[from][pos];
            moved.days[to].add(session, &Effort::of(session), masters);
            // As it really is.
            let mut full = Tally::default();
            evaluate(&Facts::gather(&week, &athlete, Some(Move { session: id, to })), &athlete, &mut full);
            if let Some(tried) = try_move(&moved, &athlete, to, &current) {
                prop_assert_eq!(tried.score, full.score());
            } else {
                prop_assert_eq!(full.worst(super::super::tally::Family::Spacing), Some(Severity::Problem));
            }
        }
    }

    #[test]
    fn wednesday_tempo_goes_to_friday() {
        let week = unbalanced_week();
        let athlete = Athlete::default();
        let tempo = SessionId(3);
        let (facts, current) = evaluated(&week, &athlete);
        let best = best_move(&week, &athlete, &facts, &[tempo, SessionId(2)], &current);
        let best = best.unwrap();
        assert_eq!((best.session, best.from, best.to), (tempo, 2, 4));
        assert!(Some(best.score) > quick_score(&week, &athlete));
    }

    #[test]
    fn intervals_go_past_the_speed_endurance_recovery() {
        use crate::samples::week_of;
        let week = week_of([
            (Kind::Easy, 40),
            (Kind::SpeedEndurance, 60),
            (Kind::Easy, 40),
            (Kind::Intervals, 60),
            (Kind::Easy, 40),
            (Kind::Rest, 0),
            (Kind::LongRun, 90),
        ]);
        let athlete = Athlete::default();
        let (facts, current) = evaluated(&week, &athlete);
        let candidates = [SessionId(4), SessionId(2)];
        let best = best_move(&week, &athlete, &facts, &candidates, &current).unwrap();
        // Saturday (which would give the speed-endurance session its three easy days)
        // is a day off, which a week of one session a day keeps: the intervals swap
        // with Friday's easy run, two easy days after it.
        assert_eq!((best.session, best.to), (SessionId(4), 4));
        assert_eq!(best.swap.map(|(_, kind)| kind), Some(Kind::Easy));
    }

    #[test]
    fn no_move_when_nothing_helps() {
        let week = Week::default();
        let athlete = Athlete::default();
        let (facts, current) = evaluated(&week, &athlete);
        let best = best_move(&week, &athlete, &facts, &[SessionId(1)], &current);
        assert_eq!(best, None);
    }
}
