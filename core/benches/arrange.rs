//! "Suggest a better order": how long the search takes (budget: ≤ 20 ms in Chromium for
//! a 10-session week, aim ≤ 10 ms; natively well under that).
//!
//! Two objectives:
//! - the board's score with the scoring module's bound (`QuickScore`, what `suggest`
//!   uses: `score::score_bound` prunes);
//! - the same score as a black box ([`BlackBox`]): the only bound is the top of the
//!   scale, so the search would visit the whole space, and stops at
//!   `DEFAULT_NODE_BUDGET`. What `suggest` did before the bound. See `docs/suggest.md`.
//!
//! Each case first prints its nodes and whether the search finished within the budget.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weekboard_core::arrange::{
    suggest, Constraints, Objective, Search, Suggestion, DEFAULT_NODE_BUDGET,
};
use weekboard_core::model::{Athlete, Kind, Session, SessionId, Week};
use weekboard_core::quick_score;
use weekboard_core::samples::{effective_week, unbalanced_week};

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

/// The board's score with no bound but the top of the scale: the search as it ran
/// before the scoring module offered `score_bound`, for comparison.
struct BlackBox(Athlete);

impl Objective for BlackBox {
    fn score(&self, week: &Week) -> u8 {
        quick_score(week, &self.0)
    }
}

/// The black box within the default node budget, as `suggest` was.
fn black_box_search(week: &Week, athlete: &Athlete) -> Suggestion {
    let objective = BlackBox(athlete.clone());
    let mut search = Search::with_objective(week, &Constraints::default(), objective).unwrap();
    search
        .step(DEFAULT_NODE_BUDGET)
        .or_else(|| search.best_so_far())
        .unwrap()
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
        let bounded = suggest(week, &athlete, &Constraints::default()).unwrap();
        let plain = black_box_search(week, &athlete);
        eprintln!(
            "{name}: suggest (score_bound) {} → {} ({} moves), {} nodes, proven {}; \
             black box {} → {} ({} moves), {} nodes, proven {}",
            bounded.current_score,
            bounded.score,
            bounded.moves.len(),
            bounded.explored,
            bounded.proven_best,
            plain.current_score,
            plain.score,
            plain.moves.len(),
            plain.explored,
            plain.proven_best,
        );
        c.bench_function(&format!("suggest, {name}"), |b| {
            b.iter(|| {
                suggest(
                    black_box(week),
                    black_box(&athlete),
                    &Constraints::default(),
                )
            })
        });
        c.bench_function(&format!("black box, budget, {name}"), |b| {
            b.iter(|| black_box_search(black_box(week), black_box(&athlete)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
