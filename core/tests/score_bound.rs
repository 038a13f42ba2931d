//! The score's bound for partial weeks (`score::score_bound`), against brute force: it
//! is at least the score of every week the partial week can become, and exactly the
//! score when nothing is left to place. The arrangement search prunes with it, so a
//! bound that undershot would make the search miss the best week.

use proptest::prelude::*;
use weekboard_core::model::{Athlete, Kind, Level, Session, SessionId, Week};
use weekboard_core::quick_score;
use weekboard_core::score::score_bound;

/// Sessions that hit the rules: every kind, lengths that tie (long runs of equal minutes
/// and unequal distances included), grey-zone and hard RPEs, distances now and then.
fn session() -> impl Strategy<Value = Session> {
    (
        proptest::sample::select(Kind::ALL.to_vec()),
        proptest::sample::select(vec![0u16, 20, 30, 45, 60, 90, 120, 160]),
        proptest::option::weighted(0.3, 1u8..=10),
        proptest::option::weighted(
            0.4,
            proptest::sample::select(vec![0u32, 5_000, 8_000, 12_000, 20_000, 30_000]),
        ),
    )
        .prop_map(|(kind, minutes, rpe, distance_m)| {
            let mut s = Session::new(SessionId(0), kind);
            (s.minutes, s.rpe, s.distance_m) = (minutes, rpe, distance_m);
            s
        })
}

/// Up to `max` sessions on any days, doubles and crowded days included; ids 1…n. Half
/// the weeks fill every empty day with a steady run, so loads are even enough for the
/// monotony rule; half give every session a distance (at one of two paces, so long runs
/// that tie on minutes may not tie on metres), which puts the proportions rule in metres.
fn week(max: usize) -> impl Strategy<Value = Week> {
    (
        proptest::collection::vec((0usize..7, session()), 0..=max),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(placed, fill, distances)| {
            let mut week = Week::default();
            for (day, s) in placed {
                week.days[day].push(s);
            }
            if fill {
                for day in week.days.iter_mut().filter(|d| d.is_empty()) {
                    let mut s = Session::new(SessionId(0), Kind::Steady);
                    s.minutes = 45;
                    day.push(s);
                }
            }
            let mut id = 0;
            for day in &mut week.days {
                for s in day {
                    id += 1;
                    s.id = SessionId(id);
                    if distances {
                        let pace = if id % 2 == 0 { 150 } else { 250 };
                        s.distance_m = Some(u32::from(s.minutes) * pace);
                    }
                }
            }
            week
        })
}

/// Profiles that switch the load, spike, level and masters rules on and off, with
/// usual weeks and longest runs near what the weeks above hold.
fn athlete() -> impl Strategy<Value = Athlete> {
    (
        proptest::option::of(proptest::sample::select(Level::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(vec![25u8, 45, 46, 60])),
        proptest::option::of(proptest::sample::select(vec![0u32, 20_000, 60_000])),
        proptest::option::of(proptest::sample::select(vec![0u16, 150, 300, 500])),
        proptest::option::of(proptest::sample::select(vec![0u32, 10_000, 25_000])),
        proptest::option::of(proptest::sample::select(vec![0u16, 60, 100, 150])),
    )
        .prop_map(
            |(level, age, usual_m, usual_min, longest_m, longest_min)| Athlete {
                level,
                age,
                usual_week_m: usual_m,
                usual_week_minutes: usual_min,
                longest_recent_run_m: longest_m,
                longest_recent_run_minutes: longest_min,
                ..Athlete::default()
            },
        )
}

/// Takes the sessions marked in `out` (at most `most`) off their days.
fn split(week: &Week, out: &[bool], most: usize) -> (Week, Vec<Session>) {
    let mut placed = week.clone();
    let mut unplaced = Vec::new();
    let mut i = 0;
    for day in &mut placed.days {
        day.retain(|s| {
            i += 1;
            let take = out.get(i - 1) == Some(&true) && unplaced.len() < most;
            if take {
                unplaced.push(s.clone());
            }
            !take
        });
    }
    (placed, unplaced)
}

/// Calls `visit` with every week made by adding each of `unplaced` to some day of
/// `week`, each added session at the end of its day or at the start (the score may read
/// the order of tied long runs on one day).
fn each_completion(week: &mut Week, unplaced: &[Session], visit: &mut dyn FnMut(&Week)) {
    let Some((session, rest)) = unplaced.split_first() else {
        visit(week);
        return;
    };
    for day in 0..7 {
        week.days[day].push(session.clone());
        each_completion(week, rest, visit);
        week.days[day].pop();
        if !week.days[day].is_empty() {
            week.days[day].insert(0, session.clone());
            each_completion(week, rest, visit);
            week.days[day].remove(0);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// Admissible: no week the partial week can become scores above the bound.
    #[test]
    fn the_bound_is_at_least_every_completion(
        week in week(9),
        athlete in athlete(),
        out in proptest::collection::vec(any::<bool>(), 16),
        most in 1usize..=3,
    ) {
        let (mut placed, unplaced) = split(&week, &out, most);
        let bound = score_bound(&placed, &unplaced, &athlete);
        let mut best = 0;
        each_completion(&mut placed, &unplaced, &mut |w| {
            best = best.max(quick_score(w, &athlete).unwrap_or(0));
        });
        prop_assert!(bound >= best, "bound {} < a completion's {}", bound, best);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Five sessions left to place: every day for each, at the end of the day.
    #[test]
    fn the_bound_holds_with_five_left(
        week in week(10),
        athlete in athlete(),
        out in proptest::collection::vec(any::<bool>(), 16),
    ) {
        let (placed, unplaced) = split(&week, &out, 5);
        let bound = score_bound(&placed, &unplaced, &athlete);
        let n = unplaced.len() as u32;
        for code in 0..7usize.pow(n) {
            let mut w = placed.clone();
            let mut c = code;
            for s in &unplaced {
                w.days[c % 7].push(s.clone());
                c /= 7;
            }
            let score = quick_score(&w, &athlete).unwrap_or(0);
            prop_assert!(bound >= score, "bound {} < {} for {:?}", bound, score, w);
        }
    }
}

/// Two or three long runs of the same minutes at different paces, with a few easy runs,
/// every run with a distance: which long run the proportions rule measures depends on
/// the days.
fn tied_long_runs() -> impl Strategy<Value = Week> {
    (
        proptest::collection::vec((0usize..7, any::<bool>()), 2..=3),
        proptest::collection::vec((0usize..7, 20u16..=60), 0..=4),
    )
        .prop_map(|(long_runs, easy)| {
            let mut week = Week::default();
            let mut id = 0;
            for (day, fast) in long_runs {
                id += 1;
                let mut s = Session::new(SessionId(id), Kind::LongRun);
                s.minutes = 120;
                s.distance_m = Some(if fast { 30_000 } else { 18_000 });
                week.days[day].push(s);
            }
            for (day, minutes) in easy {
                id += 1;
                let mut s = Session::new(SessionId(id), Kind::Easy);
                s.minutes = minutes;
                s.distance_m = Some(u32::from(minutes) * 160);
                week.days[day].push(s);
            }
            week
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Tied long runs: the bound measures the shortest, whichever day each ends on.
    #[test]
    fn the_bound_holds_for_tied_long_runs(
        week in tied_long_runs(),
        out in proptest::collection::vec(any::<bool>(), 7),
    ) {
        let athlete = Athlete::default();
        let (mut placed, unplaced) = split(&week, &out, 3);
        let bound = score_bound(&placed, &unplaced, &athlete);
        let mut best = 0;
        each_completion(&mut placed, &unplaced, &mut |w| {
            best = best.max(quick_score(w, &athlete).unwrap_or(0));
        });
        prop_assert!(bound >= best, "bound {} < a completion's {}", bound, best);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Exact at the leaves: with nothing left, the bound is the score.
    #[test]
    fn with_nothing_left_the_bound_is_the_score(week in week(16), athlete in athlete()) {
        prop_assert_eq!(score_bound(&week, &[], &athlete), quick_score(&week, &athlete).unwrap_or(0));
    }

    /// Bounds only tighten as sessions are placed: the bound with one more session
    /// placed is at most the bound before (so the search never loses a node's promise).
    #[test]
    fn placing_a_session_never_raises_the_bound(
        week in week(10),
        athlete in athlete(),
        out in proptest::collection::vec(any::<bool>(), 16),
        day in 0usize..7,
    ) {
        let (mut placed, unplaced) = split(&week, &out, 10);
        let Some((first, rest)) = unplaced.split_first() else {
            return Ok(());
        };
        let before = score_bound(&placed, &unplaced, &athlete);
        placed.days[day].push(first.clone());
        prop_assert!(score_bound(&placed, rest, &athlete) <= before);
    }
}
