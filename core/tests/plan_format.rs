//! The JSON plan format: round trips, the documented example, and every error with
//! its message.

mod common;

use common::{
    effective_plan, effective_plan_written_out, full_athlete, unbalanced_plan, valid_plan,
};
use proptest::prelude::*;
use weekboard_core::model::{Athlete, Kind, Level, Session, SessionId};
use weekboard_core::plan::{
    Crowding, Measure, Plan, PlanError, PlanErrorKind, Settings, TextField, Units, Vocabulary,
    WeekStart,
};

/// Seed 001's Effective week as the documentation shows it: the athlete from the
/// format's description, and Tuesday's intervals written out in full.
fn documented_plan() -> Plan {
    let mut plan = effective_plan_written_out(
        "Club track: 5 x 1000m",
        "Warm up 15', strides. Cool down 10'.",
        "5 x 1000m, 2' jog rec",
    );
    plan.weeks[0].days[6][0].distance_m = Some(18_000);
    plan
}

/// The first ```json block of docs/plan-format.md.
fn documented_json() -> &'static str {
    let doc = include_str!("../../docs/plan-format.md");
    let start = doc.find("```json\n").expect("a json block") + "```json\n".len();
    let end = start + doc[start..].find("```").expect("the block's end");
    &doc[start..end]
}

fn error(json: &str) -> PlanError {
    match Plan::from_json(json) {
        Ok(plan) => panic!("expected an error, read {plan:?}"),
        Err(e) => e,
    }
}

/// A version-1 plan whose Monday holds `session` (a JSON object).
fn monday(session: &str) -> String {
    format!(r#"{{"version": 1, "days": {{"mon": [{session}]}}}}"#)
}

#[test]
fn seed_weeks_round_trip() {
    for mut plan in [effective_plan(), unbalanced_plan(), documented_plan()] {
        assert_eq!(Plan::from_json(&plan.to_json()), Ok(plan.clone()));
        plan.athlete = full_athlete();
        plan.settings = Settings {
            units: Units::Mi,
            week_start: WeekStart::Sunday,
        };
        assert_eq!(Plan::from_json(&plan.to_json()), Ok(plan));
    }
}

#[test]
fn the_documented_example_is_the_effective_week() {
    assert_eq!(Plan::from_json(documented_json()), Ok(documented_plan()));
    assert_eq!(documented_plan().to_json().trim(), documented_json().trim());
}

#[test]
fn json_is_human_readable() {
    let json = documented_plan().to_json();
    assert!(json.starts_with("{\n  \"version\": 2,\n  \"start\": \"2026-12-07\","));
    assert!(
        json.contains("\"minutes\": 60,"),
        "whole numbers without .0"
    );
    assert!(json.contains("\"distance_km\": 10.5,"));
    assert!(json.contains("\"usual_week_km\": 40,"));
    assert!(json.contains("\"level\": \"intermediate\""));
    assert!(json.contains("\"kind\": \"long_run\""));
    assert!(!json.contains("null"), "missing values are left out");
}

#[test]
fn the_issue_example_reads() {
    let json = r#"{"version":1,"settings":{"units":"km","week_start":"monday"},
        "athlete":{"level":"intermediate","age":34,"usual_week_km":40,"usual_week_minutes":300,
                   "longest_recent_run_km":16,"longest_recent_run_minutes":95},
        "days":{"mon":[{"id":1,"kind":"steady","minutes":50,"distance_km":10.5,"rpe":5,
                        "title":"Lunch run","notes":"Flat loop","workout":"50' steady"}],
                "tue":[]}}"#;
    let plan = Plan::from_json(json).expect("reads");
    let without_paces = Athlete {
        recent_race: None,
        threshold_pace_s_per_km: None,
        ..full_athlete()
    };
    assert_eq!(plan.athlete, without_paces);
    let mut expected = Session::new(SessionId(1), Kind::Steady);
    expected.distance_m = Some(10_500);
    expected.rpe = Some(5);
    expected.title = Some("Lunch run".to_string());
    expected.notes = Some("Flat loop".to_string());
    expected.workout = Some("50' steady".to_string());
    assert_eq!(plan.weeks[0].days[0], vec![expected]);
    assert_eq!(plan.weeks[0].session_count(), 1);
}

#[test]
fn everything_but_the_version_may_be_left_out() {
    let plan = Plan::from_json(r#"{"version": 1}"#).expect("reads");
    assert_eq!(plan, Plan::default());
    let plan = Plan::from_json(r#"{"version": 1, "athlete": {"level": "beginner"}}"#).unwrap();
    assert_eq!(plan.athlete.level, Some(Level::Beginner));
    assert_eq!(plan.athlete.age, None);
}

#[test]
fn a_session_needs_only_its_kind() {
    let plan = Plan::from_json(&monday(r#"{"kind": "long_run"}"#)).expect("reads");
    let session = &plan.weeks[0].days[0][0];
    assert_eq!(session.minutes, Kind::LongRun.default_minutes());
    assert_eq!(session.rpe, None);
    assert_eq!(session.id, SessionId(1));
}

#[test]
fn sessions_without_ids_get_the_smallest_free_ones() {
    let json = r#"{"version": 1, "days": {
        "mon": [{"kind": "easy"}, {"id": 1, "kind": "easy"}],
        "tue": [{"kind": "tempo"}, {"id": 3, "kind": "easy"}, {"kind": "easy"}]}}"#;
    let plan = Plan::from_json(json).expect("reads");
    let ids: Vec<u32> = plan.weeks[0].sessions().map(|(_, s)| s.id.0).collect();
    assert_eq!(ids, [2, 1, 4, 3, 5]);
}

#[test]
fn distances_are_read_to_the_metre() {
    let plan = Plan::from_json(&monday(r#"{"kind": "easy", "distance_km": 10.0004}"#)).unwrap();
    assert_eq!(plan.weeks[0].days[0][0].distance_m, Some(10_000));
    let plan = Plan::from_json(&monday(r#"{"kind": "race", "distance_km": 21.0975}"#)).unwrap();
    assert_eq!(plan.weeks[0].days[0][0].distance_m, Some(21_098));
}

#[test]
fn plan_is_serde_through_the_wire_shape() {
    let plan = documented_plan();
    let value = serde_json::to_value(&plan).expect("serialises");
    assert_eq!(value["weeks"][0]["days"]["tue"][0]["rpe"], 8);
    let back: Plan = serde_json::from_value(value).expect("deserialises");
    assert_eq!(back, plan);
    assert_eq!(Plan::from_wire(plan.to_wire()), Ok(plan));

    let bad = serde_json::json!({"version": 1, "days": {"wed": [{"kind": "jogging"}]}});
    let message = serde_json::from_value::<Plan>(bad).unwrap_err().to_string();
    assert!(
        message.starts_with("days.wed[0].kind: unknown kind \"jogging\""),
        "{message}"
    );
}

#[test]
fn unknown_kind() {
    let e = error(r#"{"version": 1, "days": {"wed": [{"kind": "jogging"}]}}"#);
    assert_eq!(
        e.kind,
        PlanErrorKind::UnknownWord {
            list: Vocabulary::Kind,
            word: "jogging".to_string()
        }
    );
    assert_eq!(
        e.to_string(),
        "days.wed[0].kind: unknown kind \"jogging\" — expected one of rest, recovery, easy, \
         long_run, steady, tempo, intervals, repetitions, hills, speed_endurance, race, \
         cross_training, strength"
    );
}

#[test]
fn too_many_minutes() {
    let e = error(&monday(r#"{"kind": "long_run", "minutes": 900}"#));
    assert_eq!(
        e.to_string(),
        "days.mon[0].minutes: 900 is more than 600 minutes (10 h) for one session"
    );
    // Beyond what the model's number type holds, the message is the same kind.
    let e = error(&monday(r#"{"kind": "long_run", "minutes": 1e9}"#));
    assert_eq!(
        e.to_string(),
        "days.mon[0].minutes: 1000000000 is more than 600 minutes (10 h) for one session"
    );
}

#[test]
fn unsupported_version() {
    // A newer plan may have any shape: the version is what to report.
    let e = error(r#"{"version": 7, "weeks": []}"#);
    assert_eq!(e.kind, PlanErrorKind::UnsupportedVersion("7".to_string()));
    assert_eq!(
        e.to_string(),
        "version 7 is not supported: this board reads versions 1 to 2"
    );
    let e = error(r#"{"version": "1"}"#);
    assert_eq!(
        e.to_string(),
        "version \"1\" is not supported: this board reads versions 1 to 2"
    );
    let e = error(r#"{"days": {}}"#);
    assert_eq!(e.kind, PlanErrorKind::MissingVersion);
    assert_eq!(
        e.to_string(),
        "version is missing: a plan starts with \"version\": 2"
    );
}

#[test]
fn rpe_outside_the_scale() {
    let json =
        r#"{"version": 1, "days": {"tue": [{"kind": "easy"}, {"kind": "tempo", "rpe": 11}]}}"#;
    assert_eq!(
        error(json).to_string(),
        "days.tue[1].rpe: 11 is outside 0–10"
    );
    let e = error(&monday(r#"{"kind": "easy", "rpe": -1}"#));
    assert_eq!(e.to_string(), "days.mon[0].rpe: -1 is outside 0–10");
}

#[test]
fn negative_and_fractional_numbers() {
    let e = error(&monday(r#"{"kind": "easy", "minutes": -5}"#));
    assert_eq!(
        e.kind,
        PlanErrorKind::OutOfBounds {
            value: -5.0,
            measure: Measure::SessionMinutes
        }
    );
    assert_eq!(
        e.to_string(),
        "days.mon[0].minutes: -5 is negative: it can't be less than 0"
    );
    let e = error(&monday(r#"{"kind": "easy", "minutes": 45.5}"#));
    assert_eq!(
        e.to_string(),
        "days.mon[0].minutes: 45.5 is not a whole number"
    );
    let e = error(&monday(r#"{"kind": "easy", "distance_km": -0.5}"#));
    assert_eq!(
        e.to_string(),
        "days.mon[0].distance_km: -0.5 is negative: it can't be less than 0"
    );
    let e = error(&monday(r#"{"id": 2.5, "kind": "easy"}"#));
    assert_eq!(e.to_string(), "days.mon[0].id: 2.5 is not a whole number");
    let e = error(&monday(r#"{"id": 5000000000, "kind": "easy"}"#));
    assert_eq!(
        e.to_string(),
        "days.mon[0].id: 5000000000 is more than 4294967295, the largest session id"
    );
}

#[test]
fn absurd_distances() {
    let json = r#"{"version": 1, "days": {"sat": [{"kind": "long_run", "distance_km": 350}]}}"#;
    assert_eq!(
        error(json).to_string(),
        "days.sat[0].distance_km: 350 is more than 300 km for one session"
    );
}

#[test]
fn athlete_bounds() {
    let e = error(r#"{"version": 1, "athlete": {"age": 7}}"#);
    assert_eq!(e.to_string(), "athlete.age: 7 is outside 10–100");
    let e = error(r#"{"version": 1, "athlete": {"usual_week_km": 900}}"#);
    assert_eq!(
        e.to_string(),
        "athlete.usual_week_km: 900 is more than 500 km for a usual week"
    );
    let e = error(r#"{"version": 1, "athlete": {"usual_week_minutes": 4000}}"#);
    assert_eq!(
        e.to_string(),
        "athlete.usual_week_minutes: 4000 is more than 3000 minutes (50 h) for a usual week"
    );
    let e = error(r#"{"version": 1, "athlete": {"longest_recent_run_minutes": 2000}}"#);
    assert_eq!(
        e.to_string(),
        "athlete.longest_recent_run_minutes: 2000 is more than 1440 minutes (24 h) for one run"
    );
    let e = error(r#"{"version": 1, "athlete": {"level": "elite"}}"#);
    assert_eq!(
        e.to_string(),
        "athlete.level: unknown level \"elite\" — expected one of beginner, intermediate, advanced"
    );
}

#[test]
fn unknown_settings() {
    let e = error(r#"{"version": 1, "settings": {"units": "miles"}}"#);
    assert_eq!(
        e.to_string(),
        "settings.units: unknown units \"miles\" — expected one of km, mi"
    );
    let e = error(r#"{"version": 1, "settings": {"week_start": "tuesday"}}"#);
    assert_eq!(
        e.to_string(),
        "settings.week_start: unknown week start \"tuesday\" — expected one of monday, sunday"
    );
}

#[test]
fn unknown_fields() {
    let e = error(&monday(r#"{"kind": "easy", "pace": "5:00"}"#));
    assert_eq!(
        e.to_string(),
        "days.mon[0]: unknown field \"pace\" — expected one of id, kind, minutes, distance_km, \
         rpe, title, notes, workout"
    );
    let e = error(r#"{"version": 1, "days": {"monday": []}}"#);
    assert_eq!(
        e.to_string(),
        "days: unknown field \"monday\" — expected one of mon, tue, wed, thu, fri, sat, sun"
    );
    let e = error(r#"{"version": 1, "owner": "me"}"#);
    assert_eq!(
        e.to_string(),
        "unknown field \"owner\" — expected one of version, settings, athlete, days"
    );
    let e = error(r#"{"version": 1, "athlete": {"weight": 70}}"#);
    assert!(matches!(e.kind, PlanErrorKind::UnknownField { ref field, .. } if field == "weight"));
    assert_eq!(e.path, "athlete");
}

#[test]
fn wrong_types_say_where_and_what_goes_there() {
    let e = error(&monday(r#"{"kind": "easy", "minutes": "45"}"#));
    assert_eq!(e.path, "days.mon[0].minutes");
    assert_eq!(
        e.kind,
        PlanErrorKind::WrongType {
            expected: "a number",
            found: "a string"
        }
    );
    assert_eq!(
        e.to_string(),
        "days.mon[0].minutes: expected a number, found a string"
    );
    let e = error(r#"{"version": 1, "days": {"tue": {"kind": "easy"}}}"#);
    assert_eq!(
        e.to_string(),
        "days.tue: expected a list of sessions, found an object"
    );
    let e = error(r#"{"version": 1, "days": {"mon": [5]}}"#);
    assert_eq!(
        e.to_string(),
        "days.mon[0]: expected a session object, found a number"
    );
    let e = error(r#"{"version": 2, "weeks": [{}, [1]]}"#);
    assert_eq!(
        e.to_string(),
        "weeks[1]: expected a week object, found a list"
    );
    let e = error(r#"{"version": 2, "settings": {"units": true}}"#);
    assert_eq!(
        e.to_string(),
        "settings.units: expected a string, found true or false"
    );
    let e = error("[1, 2]");
    assert_eq!(e.path, "");
    assert!(matches!(
        e.kind,
        PlanErrorKind::WrongType {
            found: "a list",
            ..
        }
    ));
}

#[test]
fn a_session_needs_its_kind() {
    let e = error(&monday(r#"{"minutes": 45}"#));
    assert_eq!(e.kind, PlanErrorKind::MissingKind);
    assert_eq!(
        e.to_string(),
        "days.mon[0].kind: a session needs a kind, like \"kind\": \"easy\""
    );
    assert_eq!(e.place(), "Monday, session 1, kind");
    // `null` is a field left out, and `kind` can't be.
    let e = error(&monday(r#"{"kind": null}"#));
    assert_eq!(e.kind, PlanErrorKind::MissingKind);
}

#[test]
fn not_json() {
    let e = error("{\"version\": 1,\n  \"days\": }");
    assert!(
        matches!(
            e.kind,
            PlanErrorKind::Syntax {
                line: 2,
                column: 11,
                ..
            }
        ),
        "{e:?}"
    );
    // The reason after the position is the JSON parser's, not a promise of the format.
    let shown = e.to_string();
    assert!(
        shown.starts_with("not valid JSON at line 2, column 11: "),
        "{shown}"
    );
    assert!(matches!(error("").kind, PlanErrorKind::Syntax { .. }));
}

#[test]
fn duplicate_ids() {
    let json = r#"{"version": 1, "days": {"mon": [{"id": 3, "kind": "easy"}],
                                        "thu": [{"id": 3, "kind": "tempo"}]}}"#;
    let e = error(json);
    assert_eq!(
        e.kind,
        PlanErrorKind::DuplicateId {
            id: 3,
            first: "days.mon[0]".to_string()
        }
    );
    assert_eq!(
        e.to_string(),
        "days.thu[0].id: id 3 is already used by days.mon[0]"
    );
}

/// A plan written with `weeks` hears of a too-long text or a reused id at the path
/// it has, even with one week: `weeks[0].days…`, as every other error in it.
#[test]
fn a_one_week_plan_with_weeks_is_answered_at_its_own_paths() {
    let title = "x".repeat(81);
    let e = error(&format!(
        r#"{{"version": 2, "weeks": [{{"days": {{"tue": [{{"kind": "easy", "title": "{title}"}}]}}}}]}}"#
    ));
    assert_eq!(
        e.to_string(),
        "weeks[0].days.tue[0].title: 81 characters is too long: a title holds at most 80"
    );
    let e = error(
        r#"{"version": 2, "weeks": [{"days": {"mon": [{"id": 3, "kind": "easy"}], "thu": [{"id": 3, "kind": "easy"}]}}]}"#,
    );
    assert_eq!(
        e.to_string(),
        "weeks[0].days.thu[0].id: id 3 is already used by weeks[0].days.mon[0]"
    );
}

#[test]
fn texts_have_lengths() {
    let title = "x".repeat(81);
    let e = error(&monday(&format!(
        r#"{{"kind": "easy", "title": "{title}"}}"#
    )));
    assert_eq!(
        e.kind,
        PlanErrorKind::TooLong {
            field: TextField::Title,
            chars: 81
        }
    );
    assert_eq!(
        e.to_string(),
        "days.mon[0].title: 81 characters is too long: a title holds at most 80"
    );
    // Characters, not bytes: 80 four-byte characters fit.
    let title = "🏃".repeat(80);
    assert!(Plan::from_json(&monday(&format!(
        r#"{{"kind": "easy", "title": "{title}"}}"#
    )))
    .is_ok());
    let notes = "n".repeat(1001);
    let e = error(&monday(&format!(
        r#"{{"kind": "easy", "notes": "{notes}"}}"#
    )));
    assert_eq!(
        e.to_string(),
        "days.mon[0].notes: 1001 characters is too long: notes holds at most 1000"
    );
    let workout = "w".repeat(301);
    let e = error(&monday(&format!(
        r#"{{"kind": "easy", "workout": "{workout}"}}"#
    )));
    assert_eq!(
        e.to_string(),
        "days.mon[0].workout: 301 characters is too long: a workout holds at most 300"
    );
}

#[test]
fn crowded_days_and_weeks() {
    let eleven = [r#"{"kind": "easy"}"#; 11].join(",");
    let e = error(&format!(
        r#"{{"version": 1, "days": {{"fri": [{eleven}]}}}}"#
    ));
    assert_eq!(
        e.kind,
        PlanErrorKind::TooManySessions {
            count: 11,
            crowding: Crowding::Day(4)
        }
    );
    assert_eq!(
        e.to_string(),
        "days.fri: 11 sessions is too many for one day: a day holds at most 10"
    );
    let seven = [r#"{"kind": "easy"}"#; 7].join(",");
    let days: Vec<String> = ["mon", "tue", "wed", "thu", "fri", "sat"]
        .iter()
        .map(|d| format!(r#""{d}": [{seven}]"#))
        .collect();
    let e = error(&format!(
        r#"{{"version": 1, "days": {{{}}}}}"#,
        days.join(",")
    ));
    assert_eq!(
        e.to_string(),
        "days: 42 sessions is too many for one week: a week holds at most 40"
    );
}

#[test]
fn validate_checks_plans_built_in_code() {
    let mut plan = effective_plan();
    assert_eq!(plan.validate(), Ok(()));
    plan.weeks[0].days[2][0].minutes = 900;
    assert_eq!(
        plan.validate().unwrap_err().to_string(),
        "days.wed[0].minutes: 900 is more than 600 minutes (10 h) for one session"
    );
    let mut plan = effective_plan();
    plan.weeks[0].days[6][0].id = SessionId(1);
    assert_eq!(
        plan.validate().unwrap_err().to_string(),
        "days.sun[0].id: id 1 is already used by days.mon[0]"
    );
    let mut plan = effective_plan();
    plan.athlete.longest_recent_run_m = Some(301_000);
    assert_eq!(
        plan.validate().unwrap_err().to_string(),
        "athlete.longest_recent_run_km: 301 is more than 300 km for one run"
    );
}

#[test]
fn places_read_like_words() {
    let e = error(&monday(r#"{"kind": "easy", "minutes": 900}"#));
    assert_eq!(e.place(), "Monday, session 1, minutes");
    let e = error(r#"{"version": 1, "athlete": {"age": 7}}"#);
    assert_eq!(e.place(), "athlete, age");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn valid_plans_round_trip_through_json(plan in valid_plan()) {
        prop_assert_eq!(plan.validate(), Ok(()));
        let json = plan.to_json();
        prop_assert_eq!(Plan::from_json(&json), Ok(plan.clone()));
        prop_assert_eq!(Plan::from_wire(plan.to_wire()), Ok(plan));
    }
}

#[test]
fn dated_blocks_say_what_is_wrong() {
    let says = |json: &str| error(json).to_string();
    assert_eq!(
        says(r#"{"version": 2, "start": "2026-12-08"}"#),
        "start: 2026-12-08 is a Tuesday: a plan starts on the Monday of its first week \
         (2026-12-07), also when the board shows Sunday first"
    );
    assert_eq!(
        says(r#"{"version": 2, "start": "next week"}"#),
        "start: \"next week\" is not a date: write the first Monday as YYYY-MM-DD, like \
         \"2026-12-07\""
    );
    assert_eq!(
        says(r#"{"version": 2, "start": "2026-02-30"}"#),
        "start: \"2026-02-30\" is not a date: write the first Monday as YYYY-MM-DD, like \
         \"2026-12-07\""
    );
    assert_eq!(
        says(r#"{"version": 2, "weeks": []}"#),
        "weeks: there are no weeks: a plan holds at least one week"
    );
    let weeks = vec!["{}"; 21].join(",");
    assert_eq!(
        says(&format!(r#"{{"version": 2, "weeks": [{weeks}]}}"#)),
        "weeks: 21 weeks is too many: a plan holds at most 20"
    );
    assert_eq!(
        says(r#"{"version": 2, "athlete": {"recent_race_km": 10}}"#),
        "athlete.recent_race_km: needs recent_race_seconds as well"
    );
    assert_eq!(
        says(r#"{"version": 2, "athlete": {"recent_race_km": 10, "recent_race_seconds": 600}}"#),
        "athlete.recent_race_seconds: that race is 1:00 per km, outside 2:30–20:00 per km: \
         check its distance and time"
    );
    assert_eq!(
        says(r#"{"version": 2, "athlete": {"threshold_pace_seconds_per_km": 100}}"#),
        "athlete.threshold_pace_seconds_per_km: 100 is outside 150–900 seconds per km \
         (2:30–15:00 per km)"
    );
    // Ids are unique across weeks, and paths name the week.
    let e = error(
        r#"{"version": 2, "weeks": [{"days": {"mon": [{"id": 3, "kind": "easy"}]}},
            {"days": {"thu": [{"id": 3, "kind": "tempo"}]}}]}"#,
    );
    assert_eq!(
        e.to_string(),
        "weeks[1].days.thu[0].id: id 3 is already used by weeks[0].days.mon[0]"
    );
    assert_eq!(e.place(), "week 2, Thursday, session 1, id");
    // Each version keeps to its own shape.
    assert_eq!(
        says(r#"{"version": 1, "weeks": []}"#),
        "unknown field \"weeks\" — expected one of version, settings, athlete, days"
    );
    assert_eq!(
        says(r#"{"version": 2, "days": {}}"#),
        "unknown field \"days\" — expected one of version, start, settings, athlete, weeks"
    );
    assert!(says("{\"version\": 2,\n  \"weeks\": }")
        .starts_with("not valid JSON at line 2, column 12: "));
}

#[test]
fn a_block_reads_with_its_dates() {
    let json = r#"{"version": 2, "start": "2026-12-07", "settings": {"week_start": "sunday"},
        "weeks": [{"days": {"sun": [{"kind": "long_run"}]}}, {}, {"days": {"mon": [{"kind": "easy"}]}}]}"#;
    let plan = Plan::from_json(json).expect("reads");
    assert_eq!(plan.weeks.len(), 3);
    assert_eq!(plan.weeks[1].session_count(), 0);
    // Shown from Sunday, a week's Sunday is the day before its Monday.
    assert_eq!(
        plan.date_of(0, 6).map(|d| d.to_string()).as_deref(),
        Some("2026-12-06")
    );
    assert_eq!(
        plan.date_of(2, 0).map(|d| d.to_string()).as_deref(),
        Some("2026-12-21")
    );
    assert_eq!(Plan::from_json(&plan.to_json()), Ok(plan));
}

#[test]
fn a_byte_order_mark_is_not_the_plan() {
    let json = format!("\u{feff}{}", effective_plan().to_json());
    assert_eq!(Plan::from_json(&json), Ok(effective_plan()));
}

#[test]
fn huge_numbers_are_not_written_out_in_full() {
    let e = error(&monday(r#"{"kind": "easy", "minutes": 1e308}"#));
    assert_eq!(
        e.to_string(),
        "days.mon[0].minutes: 1e308 is more than 600 minutes (10 h) for one session"
    );
    let e = error(&monday(r#"{"kind": "easy", "rpe": 12345678901234567890}"#));
    assert_eq!(
        e.to_string(),
        "days.mon[0].rpe: 1.2345678901234567e19 is outside 0–10"
    );
}
