//! The codecs a runner waits on: the share link (encode when sharing, decode when a
//! link is opened) and the workout notation (parsed on every keystroke in the editor).
//! `scripts/bench.sh` reads these by name; rename them there too.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use weekboard_core::samples::{effective_week, SPEED_ENDURANCE_WORKOUT};
use weekboard_core::{link, notation, Plan};

fn bench(c: &mut Criterion) {
    let plan = Plan::of_week(effective_week());
    let payload = link::encode(&plan, false);
    assert_eq!(
        link::decode(&payload).map(|d| d.plan.weeks[0].clone()),
        Ok(plan.weeks[0].clone())
    );
    assert!(notation::parse(SPEED_ENDURANCE_WORKOUT).is_ok());

    c.bench_function("link encode, seed Effective week", |b| {
        b.iter(|| link::encode(black_box(&plan), black_box(false)))
    });
    c.bench_function("link decode, seed Effective week", |b| {
        b.iter(|| link::decode(black_box(&payload)))
    });
    c.bench_function("notation parse, seed 002 session", |b| {
        b.iter(|| notation::parse(black_box(SPEED_ENDURANCE_WORKOUT)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
