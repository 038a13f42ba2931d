//! Properties of the scoring that must hold for any week, however odd.

use proptest::prelude::*;
use weekboard_core::model::{Athlete, DayIndex, Kind, Level, Session, SessionId, Week};
use weekboard_core::report::{Severity, Verdict};
use weekboard_core::score::breakdown;
use weekboard_core::{quick_score, score};

fn any_kind() -> impl Strategy<Value = Kind> {
    proptest::sample::select(Kind::ALL.to_vec())
}

/// Mostly ordinary lengths, sometimes anything up to `u16::MAX` minutes.
fn any_minutes() -> impl Strategy<Value = u16> {
    prop_oneof![4 => 0u16..=200, 1 => any::<u16>(), 1 => Just(u16::MAX)]
}

fn any_session(kind: impl Strategy<Value = Kind>) -> impl Strategy<Value = Session> {
    (
        kind,
        any_minutes(),
        proptest::option::of(0u8..=10),
        proptest::option::of(prop_oneof![0u32..=50_000, any::<u32>()]),
    )
        .prop_map(|(kind, minutes, rpe, distance_m)| {
            let mut session = Session::new(SessionId(0), kind);
            session.minutes = minutes;
            session.rpe = rpe;
            session.distance_m = distance_m;
            session
        })
}

/// Ids 1…n in day order, as a plan has them.
fn number(mut week: Week) -> Week {
    let mut id = 0;
    for day in &mut week.days {
        for session in day {
            id += 1;
            session.id = SessionId(id);
        }
    }
    week
}

/// Any week: empty days, doubles, and now and then twenty sessions on one day.
fn any_week() -> impl Strategy<Value = Week> {
    let day = prop_oneof![
        6 => proptest::collection::vec(any_session(any_kind()), 0..=3),
        1 => proptest::collection::vec(any_session(any_kind()), 20),
    ];
    proptest::array::uniform7(day).prop_map(|days| number(Week { days }))
}

fn any_athlete() -> impl Strategy<Value = Athlete> {
    (
        proptest::option::of(proptest::sample::select(Level::ALL.to_vec())),
        proptest::option::of(any::<u8>()),
        proptest::option::of(any::<u32>()),
        proptest::option::of(any::<u16>()),
        proptest::option::of(any::<u32>()),
        proptest::option::of(any::<u16>()),
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

/// Kinds that are neither hard nor a long run: they never enter the spacing rule.
const NOT_KEY: [Kind; 6] = [
    Kind::Rest,
    Kind::Recovery,
    Kind::Easy,
    Kind::Steady,
    Kind::CrossTraining,
    Kind::Strength,
];

/// Hard kinds whose week repeats. A race week doesn't (its race is followed by next
/// week's days), so "nearest" across the week's end means nothing for races.
const HARD: [Kind; 5] = [
    Kind::Tempo,
    Kind::Intervals,
    Kind::Repetitions,
    Kind::Hills,
    Kind::SpeedEndurance,
];

/// A week whose hard sessions are all of one kind, on the given days, among other runs
/// that are not key sessions.
fn one_kind_of_hard_week() -> impl Strategy<Value = Week> {
    (
        proptest::sample::select(HARD.to_vec()),
        proptest::collection::vec(0usize..7, 1..=5),
        proptest::array::uniform7(proptest::collection::vec(
            any_session(proptest::sample::select(NOT_KEY.to_vec())),
            0..=2,
        )),
    )
        .prop_map(|(kind, hard_days, days)| {
            let mut week = Week { days };
            for day in hard_days {
                week.days[day].push(Session::new(SessionId(0), kind));
            }
            number(week)
        })
}

/// Days from `day` to the nearest other hard session, counting across the week's end
/// (the week repeats); 0 when one shares the day; `None` when there is no other.
fn nearest_hard(week: &Week, id: SessionId, day: DayIndex) -> Option<usize> {
    week.sessions()
        .filter(|(_, s)| s.kind.is_hard() && s.id != id)
        .map(|(d, _)| {
            let apart = (d + 7 - day) % 7;
            apart.min(7 - apart) % 7
        })
        .min()
}

/// An advanced runner's double-threshold day (two tempos, nothing harder) is one hard
/// day by design: splitting it onto two days makes two hard days, which is no fix.
fn splits_a_double_threshold(week: &Week, athlete: &Athlete, day: DayIndex) -> bool {
    let hard: Vec<Kind> = week.days[day]
        .iter()
        .filter(|s| s.kind.is_hard())
        .map(|s| s.kind)
        .collect();
    athlete.level == Some(Level::Advanced) && hard == [Kind::Tempo, Kind::Tempo]
}

fn moved(week: &Week, id: SessionId, to: DayIndex) -> Week {
    let mut week = week.clone();
    let (day, pos) = week.find(id).unwrap();
    let session = week.days[day].remove(pos);
    week.days[to].push(session);
    week
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_week_scores_in_range_deterministically(week in any_week(), athlete in any_athlete()) {
        let report = score(&week, &athlete);
        prop_assert!(report.score.is_none_or(|s| s <= 100));
        prop_assert_eq!(&score(&week, &athlete), &report);
        prop_assert_eq!(quick_score(&week, &athlete), report.score);
        let has_running = week.sessions().any(|(_, s)| s.kind.is_running());
        prop_assert_eq!(report.score.is_some(), has_running);
        if let Some(score) = report.score {
            prop_assert_eq!(breakdown(&week, &athlete).score(), score);
            // "Why N?" adds up to what the score lost.
            let lost: u32 = report.breakdown.iter().map(|d| u32::from(d.points)).sum();
            prop_assert_eq!(lost, 100 - u32::from(score));
        } else {
            prop_assert_eq!(report.verdict, Verdict::NothingToJudge);
            prop_assert!(report.breakdown.is_empty());
        }
    }

    #[test]
    fn the_report_serializes_and_hangs_together(week in any_week(), athlete in any_athlete()) {
        let report = score(&week, &athlete);
        let json = serde_json::to_string(&report).unwrap();
        prop_assert!(json.contains("\"verdict\""));
        for pair in report.findings.windows(2) {
            prop_assert!(pair[0].severity >= pair[1].severity);
        }
        for finding in &report.findings {
            prop_assert!(finding.days.iter().all(|&d| d < 7));
            prop_assert!(finding.sessions.iter().all(|&id| week.session(id).is_some()));
            prop_assert!(!finding.message.is_empty());
            prop_assert!(!finding.source.is_empty());
        }
        if report.score.is_some_and(|s| s < 60) {
            prop_assert_eq!(report.verdict, Verdict::Unbalanced);
        }
        if report.verdict == Verdict::Balanced {
            prop_assert!(report.score >= Some(85));
            prop_assert!(report.findings.iter().all(|f| f.severity < Severity::Problem));
        }
    }

    #[test]
    fn moving_a_hard_session_away_never_costs_spacing(
        week in one_kind_of_hard_week(),
        athlete in any_athlete(),
        pick in any::<prop::sample::Index>(),
    ) {
        let hard: Vec<(DayIndex, SessionId)> = week
            .sessions()
            .filter(|(_, s)| s.kind.is_hard())
            .map(|(d, s)| (d, s.id))
            .collect();
        let (from, id) = hard[pick.index(hard.len())];
        prop_assume!(!splits_a_double_threshold(&week, &athlete, from));
        let before = breakdown(&week, &athlete).spacing;
        let near = nearest_hard(&week, id, from);
        for to in 0..7 {
            let week_after = moved(&week, id, to);
            if nearest_hard(&week_after, id, to) > near {
                let after = breakdown(&week_after, &athlete).spacing;
                prop_assert!(
                    after <= before,
                    "moving {:?} from day {} to {}: spacing {} → {}",
                    id, from, to, before, after
                );
            }
        }
    }
}

#[test]
fn an_empty_week_has_nothing_to_judge() {
    let report = score(&Week::default(), &Athlete::default());
    assert_eq!(report.score, None);
    assert_eq!(report.verdict, Verdict::NothingToJudge);
    assert_eq!(quick_score(&Week::default(), &Athlete::default()), None);
    let codes: Vec<_> = report.findings.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["no_running"]);
    assert!(report.findings[0].message.contains("nothing to judge"));
}

#[test]
fn a_week_of_rest_has_nothing_to_judge() {
    let mut week = Week::default();
    for (day, sessions) in week.days.iter_mut().enumerate() {
        sessions.push(Session::new(SessionId(day as u32 + 1), Kind::Rest));
    }
    let report = score(&week, &Athlete::default());
    assert_eq!(report.score, None);
    assert_eq!(report.daily_load, [0; 7]);
    assert_eq!(report.split.total(), 0);
}

#[test]
fn a_week_of_cross_training_says_what_is_missing() {
    let mut week = Week::default();
    for day in [1, 3, 5] {
        week.days[day].push(Session::new(SessionId(day as u32 + 1), Kind::CrossTraining));
    }
    week.days[2].push(Session::new(SessionId(9), Kind::Strength));
    let report = score(&week, &Athlete::default());
    assert_eq!(report.score, None);
    assert_eq!(report.verdict, Verdict::NothingToJudge);
    let note = &report.findings[0];
    assert_eq!(note.code.as_str(), "no_running");
    assert!(
        note.message
            .contains("4 sessions of cross-training or strength (2 h 45 min)")
            && note.message.contains("Add your runs"),
        "{}",
        note.message
    );
}

#[test]
fn twenty_maximal_sessions_on_one_day_score() {
    for kind in Kind::ALL {
        let mut week = Week::default();
        for i in 0..20 {
            let mut session = Session::new(SessionId(i + 1), kind);
            session.minutes = u16::MAX;
            session.rpe = Some(10);
            session.distance_m = Some(u32::MAX);
            week.days[3].push(session);
        }
        let athlete = Athlete {
            usual_week_minutes: Some(1),
            longest_recent_run_minutes: Some(1),
            age: Some(u8::MAX),
            ..Athlete::default()
        };
        let report = score(&week, &athlete);
        assert_eq!(report.score, quick_score(&week, &athlete));
        assert!(serde_json::to_string(&report).is_ok());
    }
}

/// A plausible week: up to two sessions a day of ordinary length, the runner's RPE now
/// and then.
fn plausible_week() -> impl Strategy<Value = Week> {
    let session = (
        any_kind(),
        20u16..=120,
        proptest::option::weighted(0.2, 2u8..=8),
        proptest::option::weighted(0.3, 3_000u32..=25_000),
    )
        .prop_map(|(kind, minutes, rpe, distance_m)| {
            let mut session = Session::new(SessionId(0), kind);
            session.minutes = if kind == Kind::Rest { 0 } else { minutes };
            session.rpe = rpe;
            session.distance_m = distance_m.filter(|_| kind.is_running());
            session
        });
    proptest::array::uniform7(proptest::collection::vec(session, 0..=2))
        .prop_map(|days| number(Week { days }))
}

fn plausible_athlete() -> impl Strategy<Value = Athlete> {
    (
        proptest::option::of(proptest::sample::select(Level::ALL.to_vec())),
        proptest::option::of(20u8..80),
        proptest::option::of(120u16..900),
        proptest::option::of(40u16..180),
    )
        .prop_map(|(level, age, usual, longest)| Athlete {
            level,
            age,
            usual_week_minutes: usual,
            longest_recent_run_minutes: longest,
            ..Athlete::default()
        })
}

fn is_easy_run(s: &Session) -> bool {
    matches!(s.kind, Kind::Easy | Kind::Recovery)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1024,
        max_global_rejects: 50_000,
        ..ProptestConfig::default()
    })]

    /// Moving a hard session off a crowded day to a day with no key session and at most
    /// one other run, further from its nearest hard neighbour, never lowers the score.
    #[test]
    fn moving_a_crowded_hard_session_away_never_lowers_the_score(
        week in plausible_week(),
        athlete in plausible_athlete(),
        pick in any::<prop::sample::Index>(),
    ) {
        let crowded: Vec<(DayIndex, SessionId)> = week
            .sessions()
            .filter(|(d, s)| s.kind.is_hard() && nearest_hard(&week, s.id, *d).is_some_and(|n| n <= 1))
            .map(|(d, s)| (d, s.id))
            .collect();
        prop_assume!(!crowded.is_empty());
        let (from, id) = crowded[pick.index(crowded.len())];
        prop_assume!(!splits_a_double_threshold(&week, &athlete, from));
        // A race week is not repeated, so "nearest" across the week's end means nothing.
        prop_assume!(!week.sessions().any(|(_, s)| s.kind == Kind::Race));
        let before = quick_score(&week, &athlete);
        let near = nearest_hard(&week, id, from);
        let moving = week.session(id).unwrap().minutes;
        for to in 0..7 {
            let day = &week.days[to];
            let running: u16 = day.iter().filter(|s| s.kind.is_running()).map(|s| s.minutes).sum();
            // No key session there or the day after, and room for it: at most one
            // other run, and not hours of running once it arrives.
            let key = |d: &Vec<Session>| d.iter().any(|s| s.kind.is_hard() || s.kind == Kind::LongRun);
            let long_run_at = |d: DayIndex| week.days[d % 7].iter().any(|s| s.kind == Kind::LongRun);
            let free = to != from
                && !key(day)
                && !long_run_at(to + 1)
                && !long_run_at(to + 6)
                && day.iter().filter(|s| s.kind.is_running()).count() <= 1
                && running + moving <= 180;
            let after_week = moved(&week, id, to);
            if free && nearest_hard(&after_week, id, to) > near {
                let after = quick_score(&after_week, &athlete);
                prop_assert!(after >= before, "moving {:?} from {} to {}: {:?} → {:?}", id, from, to, before, after);
            }
        }
    }

    /// Slowing a grey-zone easy run (logged at RPE 5–6) to an easy effort never lowers
    /// the score.
    #[test]
    fn slowing_a_grey_zone_easy_run_never_lowers_the_score(
        week in plausible_week(),
        athlete in plausible_athlete(),
        pick in any::<prop::sample::Index>(),
        grey_day in 0usize..7,
        grey_rpe in 5u8..=6,
        grey_minutes in 20u16..=90,
    ) {
        // A grey-zone easy run on one day, whatever else the week holds.
        let mut week = week;
        let mut run = Session::new(SessionId(500), Kind::Easy);
        (run.minutes, run.rpe) = (grey_minutes, Some(grey_rpe));
        week.days[grey_day].push(run);
        let grey: Vec<SessionId> = week
            .sessions()
            .filter(|(_, s)| is_easy_run(s) && matches!(s.rpe, Some(5 | 6)))
            .map(|(_, s)| s.id)
            .collect();
        prop_assume!(!grey.is_empty());
        let id = grey[pick.index(grey.len())];
        let mut slowed = week.clone();
        let (d, p) = slowed.find(id).unwrap();
        slowed.days[d][p].rpe = Some(3);
        let (before, after) = (quick_score(&week, &athlete), quick_score(&slowed, &athlete));
        prop_assert!(after >= before, "{:?} → {:?}", before, after);
    }

    /// A week with no day off gets one: the lightest day of only easy running becomes a
    /// rest day. The rules a day off answers to — spacing, monotony, the load of a day,
    /// the number of hard sessions — never take more off for it. (The run it drops can
    /// lower the easy share or raise the long run's, which the board rightly says.)
    #[test]
    fn a_rest_day_in_a_week_with_none_never_costs_what_it_answers_to(
        week in plausible_week(),
        athlete in plausible_athlete(),
        easy in proptest::collection::vec(20u16..=70, 7),
    ) {
        // A run on every day: an easy one added to each day without running.
        let mut week = week;
        for (d, minutes) in easy.into_iter().enumerate() {
            week.days[d].retain(|s| s.kind != Kind::Rest);
            if !week.days[d].iter().any(|s| s.kind.is_running()) {
                let mut run = Session::new(SessionId(600 + d as u32), Kind::Easy);
                run.minutes = minutes;
                week.days[d].push(run);
            }
        }
        // Easy running at an easy effort (a grey-zone run stays as it is).
        let easy_only = |d: &Vec<Session>| {
            !d.is_empty() && d.iter().all(|s| is_easy_run(s) && s.rpe.is_none_or(|r| r < 5))
        };
        let easy_days: Vec<DayIndex> = (0..7).filter(|&d| easy_only(&week.days[d])).collect();
        prop_assume!(easy_days.len() >= 2);
        let minutes = |d: DayIndex| week.days[d].iter().map(|s| u32::from(s.minutes)).sum::<u32>();
        let off = *easy_days.iter().min_by_key(|&&d| (minutes(d), d)).unwrap();
        let mut rested = week.clone();
        rested.days[off] = vec![Session::new(SessionId(999), Kind::Rest)];
        let (b, a) = (breakdown(&week, &athlete), breakdown(&rested, &athlete));
        prop_assert!(a.spacing <= b.spacing && a.monotony <= b.monotony, "{b:?}\n{a:?}");
        prop_assert!(a.day_load <= b.day_load && a.hard_sessions <= b.hard_sessions, "{b:?}\n{a:?}");
    }
}
