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
