//! Shared test helpers: a proptest strategy for arbitrary valid plans, and the week
//! fixtures the plan-format and share-link tests both use.

// Each test file uses a different part of this module.
#![allow(dead_code)]

use proptest::collection::vec;
use proptest::prelude::*;
use weekboard_core::date::Date;
use weekboard_core::model::{Athlete, Kind, Level, RaceResult, Session, SessionId, Week};
use weekboard_core::plan::{Plan, Settings, Units, WeekStart, BOUNDS};
use weekboard_core::samples;

/// Any kind.
pub fn kind() -> impl Strategy<Value = Kind> {
    proptest::sample::select(Kind::ALL.to_vec())
}

/// Text up to `max` characters: mostly short and plain like real titles, sometimes up
/// to the bound, sometimes anything Unicode allows (quotes, backslashes, newlines,
/// control characters, astral-plane characters).
pub fn text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        6 => plain_text(max.min(24)),
        1 => plain_text(max),
        1 => vec(any::<char>(), 0..=max).prop_map(String::from_iter),
        1 => vec(any::<char>(), 0..=max.min(8)).prop_map(String::from_iter),
    ]
}

/// Printable ASCII up to `max` characters.
fn plain_text(max: usize) -> impl Strategy<Value = String> {
    vec(proptest::char::range(' ', '~'), 0..=max).prop_map(String::from_iter)
}

/// A session within the bounds, id 0 (ids are set per plan).
pub fn session() -> impl Strategy<Value = Session> {
    (
        kind(),
        prop_oneof![Just(None), (0..=BOUNDS.session_minutes).prop_map(Some)],
        proptest::option::of(0..=BOUNDS.session_distance_m),
        proptest::option::of(0..=BOUNDS.rpe_max),
        proptest::option::of(text(BOUNDS.title_chars)),
        proptest::option::weighted(0.2, text(BOUNDS.notes_chars)),
        proptest::option::weighted(0.3, text(BOUNDS.workout_chars)),
    )
        .prop_map(|(kind, minutes, distance_m, rpe, title, notes, workout)| {
            let mut session = Session::new(SessionId(0), kind);
            // `None` keeps the kind's default minutes, which links write in no bytes.
            if let Some(minutes) = minutes {
                session.minutes = minutes;
            }
            session.distance_m = distance_m;
            session.rpe = rpe;
            session.title = title;
            session.notes = notes;
            session.workout = workout;
            session
        })
}

/// A recent race within the bounds: any distance, at a pace a runner runs.
pub fn race() -> impl Strategy<Value = RaceResult> {
    (
        BOUNDS.race_m_min..=BOUNDS.race_m_max,
        BOUNDS.race_pace_min..=BOUNDS.race_pace_max,
    )
        .prop_map(|(distance_m, pace)| RaceResult {
            distance_m,
            // Rounded down then up a second: always within the pace bounds.
            seconds: (u64::from(distance_m) * u64::from(pace) / 1000).max(1) as u32,
        })
        .prop_filter("pace within bounds", |r| {
            let pace = f64::from(r.seconds) / (f64::from(r.distance_m) / 1000.0);
            (f64::from(BOUNDS.race_pace_min)..=f64::from(BOUNDS.race_pace_max)).contains(&pace)
        })
}

/// An athlete within the bounds, any field possibly missing.
pub fn athlete() -> impl Strategy<Value = Athlete> {
    (
        proptest::option::of(proptest::sample::select(Level::ALL.to_vec())),
        proptest::option::of(BOUNDS.age_min..=BOUNDS.age_max),
        proptest::option::of(0..=BOUNDS.usual_week_m),
        proptest::option::of(0..=BOUNDS.usual_week_minutes),
        proptest::option::of(0..=BOUNDS.longest_run_m),
        proptest::option::of(0..=BOUNDS.longest_run_minutes),
        proptest::option::of(race()),
        proptest::option::of(BOUNDS.threshold_pace_min..=BOUNDS.threshold_pace_max),
    )
        .prop_map(
            |(level, age, usual_m, usual_min, longest_m, longest_min, race, threshold)| Athlete {
                level,
                age,
                usual_week_m: usual_m,
                usual_week_minutes: usual_min,
                longest_recent_run_m: longest_m,
                longest_recent_run_minutes: longest_min,
                recent_race: race,
                threshold_pace_s_per_km: threshold,
            },
        )
}

/// A Monday within the calendar's years, or none.
pub fn start() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of(
        (0i32..52_000).prop_map(|weeks| Date::from_ymd(1900, 1, 1).unwrap().plus_days(7 * weeks)),
    )
}

/// Any settings.
pub fn settings() -> impl Strategy<Value = Settings> {
    (
        prop_oneof![Just(Units::Km), Just(Units::Mi)],
        prop_oneof![Just(WeekStart::Monday), Just(WeekStart::Sunday)],
    )
        .prop_map(|(units, week_start)| Settings { units, week_start })
}

/// A valid week: up to the per-day bound on each day, trimmed to the weekly bound.
pub fn valid_week() -> impl Strategy<Value = Week> {
    let day = vec(session(), 0..=BOUNDS.sessions_per_day);
    let days = prop_oneof![
        // Most weeks look like weeks; some are as crowded as the bounds allow.
        4 => proptest::array::uniform7(vec(session(), 0..=3)),
        1 => proptest::array::uniform7(day),
    ];
    days.prop_map(|days| {
        let mut week = Week { days };
        let mut left = BOUNDS.sessions_per_week;
        for sessions in week.days.iter_mut() {
            sessions.truncate(left);
            left -= sessions.len();
        }
        week
    })
}

/// A block's later week as a planner makes one: the week before, duplicated, with
/// some days replaced and some sessions edited; or a week of its own.
fn later_week() -> impl Strategy<Value = (Vec<Option<Vec<Session>>>, Option<Week>)> {
    (
        vec(proptest::option::weighted(0.3, vec(session(), 0..=3)), 7),
        proptest::option::weighted(0.2, valid_week()),
    )
}

/// A valid plan: usually one week, sometimes a block whose weeks repeat and edit the
/// one before; dated or not; unique ids in any order (not necessarily 1…n).
pub fn valid_plan() -> impl Strategy<Value = Plan> {
    let later = prop_oneof![
        6 => Just(Vec::new()),
        2 => vec(later_week(), 1..4),
        1 => vec(later_week(), 1..BOUNDS.weeks),
    ];
    (
        valid_week(),
        later,
        start(),
        athlete(),
        settings(),
        any::<u64>(),
    )
        .prop_map(|(first, later, start, athlete, settings, seed)| {
            let mut weeks = vec![first];
            for (days, own) in later {
                let mut week = own.unwrap_or_else(|| weeks.last().cloned().unwrap_or_default());
                for (day, replaced) in days.into_iter().enumerate() {
                    if let Some(sessions) = replaced {
                        week.days[day] = sessions;
                    }
                }
                let mut left = BOUNDS.sessions_per_week;
                for sessions in week.days.iter_mut() {
                    sessions.truncate(left.min(BOUNDS.sessions_per_day));
                    left -= sessions.len();
                }
                weeks.push(week);
            }
            let mut plan = Plan {
                start,
                weeks,
                athlete,
                settings,
            };
            number_sessions(&mut plan, seed);
            plan
        })
}

/// Gives every session a distinct id from a seeded sequence.
fn number_sessions(plan: &mut Plan, seed: u64) {
    let start = (seed % u64::from(u32::MAX / 2)) as u32;
    let step = 1 + (seed >> 40) as u32 % 1000;
    let sessions = plan
        .weeks
        .iter_mut()
        .flat_map(|w| w.days.iter_mut().flatten());
    for (n, session) in sessions.enumerate() {
        session.id = SessionId(start + step * n as u32);
    }
}

/// Seed 001's Effective week with default settings and no athlete.
pub fn effective_plan() -> Plan {
    Plan::of_week(samples::effective_week())
}

/// Seed 001's Unbalanced week with default settings and no athlete.
pub fn unbalanced_plan() -> Plan {
    Plan::of_week(samples::unbalanced_week())
}

/// Seed 001's Effective week, dated, with `full_athlete` and Tuesday's intervals
/// written out: a distance, an RPE and the three texts given.
pub fn effective_plan_written_out(title: &str, notes: &str, workout: &str) -> Plan {
    let mut plan = effective_plan();
    plan.start = Date::parse("2026-12-07");
    plan.athlete = full_athlete();
    let tuesday = &mut plan.weeks[0].days[1][0];
    tuesday.distance_m = Some(10_500);
    tuesday.rpe = Some(8);
    tuesday.title = Some(title.to_string());
    tuesday.notes = Some(notes.to_string());
    tuesday.workout = Some(workout.to_string());
    plan
}

/// A runner with every profile field set.
pub fn full_athlete() -> Athlete {
    Athlete {
        level: Some(Level::Intermediate),
        age: Some(34),
        usual_week_m: Some(40_000),
        usual_week_minutes: Some(300),
        longest_recent_run_m: Some(16_000),
        longest_recent_run_minutes: Some(95),
        recent_race: Some(RaceResult {
            distance_m: 10_000,
            seconds: 48 * 60 + 30,
        }),
        threshold_pace_s_per_km: Some(300),
    }
}

/// Fourteen sessions (two a day) with club-style titles of about 20 characters.
pub fn busy_titled_plan() -> Plan {
    let titled = [
        (Kind::Easy, 40, "Easy shakeout loop"),
        (Kind::Strength, 30, "Gym: core + hips"),
        (Kind::Intervals, 60, "Club track: 6x800 @ 5K"),
        (Kind::Recovery, 25, "Recovery jog, flat"),
        (Kind::Easy, 45, "Easy with strides"),
        (Kind::CrossTraining, 40, "Bike commute, easy"),
        (Kind::Tempo, 55, "Tempo 3x10' @ HMP"),
        (Kind::Easy, 30, "PM easy double"),
        (Kind::Easy, 40, "Easy trail run"),
        (Kind::Strength, 30, "Gym: legs, light"),
        (Kind::Hills, 50, "Hill reps 8x60s"),
        (Kind::Recovery, 25, "Recovery jog, grass"),
        (Kind::LongRun, 110, "Long run, last 3k MP"),
        (Kind::Rest, 0, "Stretch and foam roll"),
    ];
    let mut plan = Plan::default();
    for (n, (kind, minutes, title)) in titled.into_iter().enumerate() {
        let mut session = Session::new(SessionId(n as u32 + 1), kind);
        session.minutes = minutes;
        session.title = Some(title.to_string());
        plan.weeks[0].days[n / 2].push(session);
    }
    plan
}

/// The plan with ids 1…n in day order: what a share link decodes to.
pub fn renumbered(plan: &Plan) -> Plan {
    let mut plan = plan.clone();
    plan.renumber_sessions();
    plan
}
