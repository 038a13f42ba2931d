//! "Suggest a better order": how long the search takes (budget: ≤ 20 ms in Chromium for
//! a 10-session week, aim ≤ 10 ms; natively well under that).
//!
//! Two objectives:
//! - the board's score as a black box ([`QuickScore`], what `suggest` uses): the only
//!   bound is the top of the scale, so the search visits the whole space;
//! - the same score with a prototype of the upper bound the scoring module could offer
//!   ([`PrototypeBound`], built here from `score::breakdown`): what the search takes
//!   once such a bound exists. See `docs/suggest.md`.
//!
//! Each case first prints its nodes and whether the search finished within the budget.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weekboard_core::arrange::{suggest, Constraints, Objective, Search, Suggestion};
use weekboard_core::model::{Athlete, Kind, Session, SessionId, Week};
use weekboard_core::quick_score;
use weekboard_core::samples::{effective_week, unbalanced_week};
use weekboard_core::score::breakdown;

fn session(id: u32, kind: Kind, minutes: u16) -> Session {
    let mut session = Session::new(SessionId(id), kind);
    session.minutes = minutes;
    session
}

fn week_of(days: [&[(Kind, u16)]; 7]) -> Week {
    let mut week = Week::default();
    let mut id = 0;
    for (day, sessions) in days.into_iter().enumerate() {
        for &(kind, minutes) in sessions {
            id += 1;
            week.days[day].push(session(id, kind, minutes));
        }
    }
    week
}

/// The scoring bench's week: seed 001's unbalanced week with a strength double on
/// Monday, an easy double on Thursday and cross-training on the rest day.
fn ten_session_week() -> Week {
    let mut week = unbalanced_week();
    for (day, id, kind) in [
        (0, 8, Kind::Strength),
        (3, 9, Kind::Easy),
        (5, 10, Kind::CrossTraining),
    ] {
        week.days[day].push(Session::new(SessionId(id), kind));
    }
    week
}

/// A week as planned on the board: a rest day, intervals and tempo back to back on one
/// day, easy doubles, a long run with a strength session.
fn ten_with_doubles() -> Week {
    use Kind::*;
    week_of([
        &[(Rest, 0)],
        &[(Intervals, 60), (Tempo, 50)],
        &[(Easy, 45), (Easy, 30)],
        &[(Easy, 45)],
        &[(Steady, 50)],
        &[(Easy, 45)],
        &[(LongRun, 100), (Strength, 30)],
    ])
}

/// Twelve sessions: five doubles, three hard sessions, a rest day.
fn twelve_session_week() -> Week {
    use Kind::*;
    week_of([
        &[(Easy, 40), (Strength, 30)],
        &[(Intervals, 60), (Easy, 30)],
        &[(Easy, 45), (Recovery, 30)],
        &[(Tempo, 50), (Easy, 30)],
        &[(Rest, 0)],
        &[(Hills, 50)],
        &[(LongRun, 110), (Easy, 20)],
    ])
}

/// Twelve sessions with four hard ones and a race: no arrangement spaces them all, so
/// the best week is below what a bound at the start can promise.
fn four_hard_week() -> Week {
    use Kind::*;
    week_of([
        &[(Easy, 40)],
        &[(Intervals, 60), (Easy, 30)],
        &[(Tempo, 45)],
        &[(Race, 40), (Easy, 30)],
        &[(Rest, 0)],
        &[(Hills, 50), (Strength, 30)],
        &[(LongRun, 110), (Easy, 20)],
    ])
}

/// A prototype of the bound the scoring module could offer. It assumes that only the
/// spacing and monotony families depend on the days sessions sit on, that spacing
/// points never fall when a session is added, and (trivially) that monotony takes off
/// at least nothing.
struct PrototypeBound {
    athlete: Athlete,
    /// Tenths of a point every arrangement loses to the other families.
    fixed: u32,
}

impl PrototypeBound {
    fn new(week: &Week, athlete: &Athlete) -> PrototypeBound {
        let b = breakdown(week, athlete);
        PrototypeBound {
            athlete: athlete.clone(),
            fixed: u32::from(b.intensity + b.hard_sessions + b.load + b.proportions),
        }
    }
}

impl Objective for PrototypeBound {
    fn score(&self, week: &Week) -> u8 {
        quick_score(week, &self.athlete)
    }

    fn upper_bound(&self, placed: &Week, _unplaced: &[Session]) -> u8 {
        let lost = self.fixed + u32::from(breakdown(placed, &self.athlete).spacing);
        ((1000u32.saturating_sub(lost) + 5) / 10) as u8
    }
}

fn with_bound(week: &Week, athlete: &Athlete) -> Suggestion {
    let objective = PrototypeBound::new(week, athlete);
    let mut search = Search::with_objective(week, &Constraints::default(), objective).unwrap();
    search.step(u64::MAX).unwrap()
}

fn bench(c: &mut Criterion) {
    let athlete = Athlete::default();
    let weeks = [
        ("unbalanced (7)", unbalanced_week()),
        ("effective (7)", effective_week()),
        ("scoring bench week (10)", ten_session_week()),
        ("10 with doubles", ten_with_doubles()),
        ("12 with doubles", twelve_session_week()),
        ("12, four hard", four_hard_week()),
    ];
    for (name, week) in &weeks {
        let plain = suggest(week, &athlete, &Constraints::default()).unwrap();
        let bounded = with_bound(week, &athlete);
        eprintln!(
            "{name}: black box {} → {} ({} moves), {} nodes, proven {}; \
             with bound {} → {} ({} moves), {} nodes",
            plain.current_score,
            plain.score,
            plain.moves.len(),
            plain.explored,
            plain.proven_best,
            bounded.current_score,
            bounded.score,
            bounded.moves.len(),
            bounded.explored,
        );
        c.bench_function(&format!("suggest, black box, {name}"), |b| {
            b.iter(|| {
                suggest(
                    black_box(week),
                    black_box(&athlete),
                    &Constraints::default(),
                )
            })
        });
        c.bench_function(&format!("search, prototype bound, {name}"), |b| {
            b.iter(|| with_bound(black_box(week), black_box(&athlete)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
