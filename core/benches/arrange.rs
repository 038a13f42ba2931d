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
use weekboard_core::model::{Athlete, Week};
use weekboard_core::quick_score;
use weekboard_core::samples::{
    effective_week, four_hard_week, scoring_bench_week, ten_with_doubles, twelve_with_doubles,
    unbalanced_week,
};

/// The board's score with no bound but the top of the scale: the search as it ran
/// before the scoring module offered `score_bound`, for comparison.
struct BlackBox(Athlete);

impl Objective for BlackBox {
    fn score(&self, week: &Week) -> u8 {
        quick_score(week, &self.0).unwrap_or(0)
    }
}

/// The black box within the default node budget, as `suggest` was.
fn black_box_search(week: &Week, athlete: &Athlete) -> Suggestion {
    let objective = BlackBox(athlete.clone());
    let mut search = Search::with_objective(week, &Constraints::default(), objective).unwrap();
    search
        .step(DEFAULT_NODE_BUDGET)
        .map(|done| done.unwrap())
        .or_else(|| search.best_so_far())
        .unwrap()
}

fn bench(c: &mut Criterion) {
    let athlete = Athlete::default();
    let weeks = [
        ("unbalanced (7)", unbalanced_week()),
        ("effective (7)", effective_week()),
        ("scoring bench week (10)", scoring_bench_week()),
        ("10 with doubles", ten_with_doubles()),
        ("12 with doubles", twelve_with_doubles()),
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
