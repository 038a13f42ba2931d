//! The public example weeks from seed 001 (see DOMAIN.md): the board's default week,
//! the tests' fixtures, and the templates a newcomer starts from.
//!
//! Seed 001 names the kinds but not the durations; the minutes here are ordinary ones
//! for an intermediate runner (~5 h a week).

use crate::model::{Kind, Session, SessionId, Week};

/// Builds a week from one `(kind, minutes)` per day, Monday first; ids 1…7.
pub fn week_of(days: [(Kind, u16); 7]) -> Week {
    let mut week = Week::default();
    for (day, (kind, minutes)) in days.into_iter().enumerate() {
        let mut session = Session::new(SessionId(day as u32 + 1), kind);
        session.minutes = minutes;
        week.days[day].push(session);
    }
    week
}

/// Seed 001 "Unbalanced week": Mon moderate, Tue intervals, Wed tempo, Thu easy,
/// Fri moderate, Sat rest, Sun long run. The board's first screen.
pub fn unbalanced_week() -> Week {
    week_of([
        (Kind::Steady, 50),
        (Kind::Intervals, 60),
        (Kind::Tempo, 50),
        (Kind::Easy, 45),
        (Kind::Steady, 50),
        (Kind::Rest, 0),
        (Kind::LongRun, 100),
    ])
}

/// Seed 001 "Effective week": Mon easy, Tue intervals, Wed easy, Thu rest,
/// Fri tempo, Sat easy, Sun long run.
pub fn effective_week() -> Week {
    week_of([
        (Kind::Easy, 45),
        (Kind::Intervals, 60),
        (Kind::Easy, 45),
        (Kind::Rest, 0),
        (Kind::Tempo, 50),
        (Kind::Easy, 45),
        (Kind::LongRun, 100),
    ])
}

/// Seed 002's speed-endurance session, as a coach writes it.
pub const SPEED_ENDURANCE_WORKOUT: &str = "2 x (3 x 120m) + 300m, 200m, 2 x 100m, 200m, 300m";

/// Builds a week from any number of `(kind, minutes)` sessions a day, Monday first;
/// ids 1, 2, … in day order.
pub fn week_of_sessions(days: [&[(Kind, u16)]; 7]) -> Week {
    let mut week = Week::default();
    let mut id = 0;
    for (day, sessions) in days.into_iter().enumerate() {
        for &(kind, minutes) in sessions {
            id += 1;
            let mut session = Session::new(SessionId(id), kind);
            session.minutes = minutes;
            week.days[day].push(session);
        }
    }
    week
}

/// The benchmarks' 10-session week: seed 001's unbalanced week with a strength double
/// on Monday, an easy double on Thursday and cross-training on the rest day, so the
/// full report also searches for the best move.
pub fn scoring_bench_week() -> Week {
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
/// day, easy doubles, a long run with a strength session (10 sessions).
pub fn ten_with_doubles() -> Week {
    use Kind::*;
    week_of_sessions([
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
pub fn twelve_with_doubles() -> Week {
    use Kind::*;
    week_of_sessions([
        &[(Easy, 40), (Strength, 30)],
        &[(Intervals, 60), (Easy, 30)],
        &[(Easy, 45), (Recovery, 30)],
        &[(Tempo, 50), (Easy, 30)],
        &[(Rest, 0)],
        &[(Hills, 50)],
        &[(LongRun, 110), (Easy, 20)],
    ])
}

/// Twelve sessions with four hard ones and a race: no arrangement spaces them all.
pub fn four_hard_week() -> Week {
    use Kind::*;
    week_of_sessions([
        &[(Easy, 40)],
        &[(Intervals, 60), (Easy, 30)],
        &[(Tempo, 45)],
        &[(Race, 40), (Easy, 30)],
        &[(Rest, 0)],
        &[(Hills, 50), (Strength, 30)],
        &[(LongRun, 110), (Easy, 20)],
    ])
}
