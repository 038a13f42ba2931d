//! Scoring a 10-session week: the full report (`score`, budget ≤ 5 µs) and the number
//! alone (`quick_score`, aim ≤ 1 µs, run on every pointer move and by arrangement search).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weekboard_core::model::{Athlete, Level};
use weekboard_core::samples::scoring_bench_week;
use weekboard_core::score::{score_with, strip, Context};
use weekboard_core::{quick_score, score, Units, WeekStart};

fn profile() -> Athlete {
    Athlete {
        level: Some(Level::Intermediate),
        age: Some(48),
        usual_week_minutes: Some(360),
        longest_recent_run_minutes: Some(95),
        ..Athlete::default()
    }
}

fn bench(c: &mut Criterion) {
    let week = scoring_bench_week();
    assert_eq!(week.session_count(), 10);
    for (name, athlete) in [("no profile", Athlete::default()), ("profile", profile())] {
        c.bench_function(&format!("score, 10 sessions, {name}"), |b| {
            b.iter(|| score(black_box(&week), black_box(&athlete)))
        });
        c.bench_function(&format!("quick_score, 10 sessions, {name}"), |b| {
            b.iter(|| quick_score(black_box(&week), black_box(&athlete)))
        });
    }
}

/// A 20-week block after an edit: every week at a glance (the strip) and the shown
/// week's full report — budget ≤ 50 µs together.
fn block(c: &mut Criterion) {
    let weeks: Vec<_> = (0..20)
        .map(|i| {
            let mut week = scoring_bench_week();
            for day in &mut week.days {
                for s in day {
                    s.minutes = s.minutes * (90 + (i % 4) * 5) / 100;
                }
            }
            week
        })
        .collect();
    let athlete = profile();
    c.bench_function(
        "block of 20 weeks: strip and the shown week's report",
        |b| {
            b.iter(|| {
                let marks = strip(black_box(&weeks), black_box(&athlete), WeekStart::Monday);
                let context = Context::in_block(&weeks, 10, &athlete);
                let report = score_with(&weeks[10], &athlete, Units::Km, &context);
                (marks, report)
            })
        },
    );
}

criterion_group!(benches, bench, block);
criterion_main!(benches);
