//! Plans from before plans had dates still open: plan files, saved weeks (the same
//! JSON) and share links written by the format-1 board, in `fixtures/format1/`.

mod common;

use common::effective_plan;
use weekboard_core::date::Date;
use weekboard_core::link;
use weekboard_core::model::{Athlete, Level};
use weekboard_core::plan::{Plan, Settings, Units, WeekStart, FORMAT_VERSION};
use weekboard_core::samples;

const FILE: &str = include_str!("fixtures/format1/effective-miles-sunday.json");
const LINK: &str = include_str!("fixtures/format1/effective-miles-sunday.link");
const LINKS: &str = include_str!("fixtures/format1/links.tsv");

/// What the format-1 fixtures hold: the Effective week in miles, from Sunday, with an
/// advanced 52-year-old's profile and Tuesday's track session titled.
fn expected() -> Plan {
    let mut plan = effective_plan();
    plan.settings = Settings {
        units: Units::Mi,
        week_start: WeekStart::Sunday,
    };
    plan.athlete = Athlete {
        level: Some(Level::Advanced),
        age: Some(52),
        usual_week_m: Some(64_374),
        longest_recent_run_m: Some(24_140),
        longest_recent_run_minutes: Some(130),
        ..Athlete::default()
    };
    let tuesday = &mut plan.weeks[0].days[1][0];
    tuesday.title = Some("Track 6 x 800".to_string());
    tuesday.workout = Some("6 x 800m @ 5K pace w/ 2' jog".to_string());
    plan
}

#[test]
fn a_format_1_file_opens_as_an_undated_week() {
    let plan = Plan::from_json(FILE).expect("the format-1 file opens");
    assert_eq!(plan, expected());
    assert_eq!(plan.start, None);
    assert_eq!(plan.weeks.len(), 1);
}

#[test]
fn a_format_1_file_saved_again_is_format_2_and_reads_back_the_same() {
    let mut plan = Plan::from_json(FILE).unwrap();
    // What the board does on opening an undated plan.
    plan.start = Some(Date::week_to_plan(Date::parse("2026-12-01").unwrap()));
    let saved = plan.to_json();
    assert!(saved.starts_with(&format!(
        "{{\n  \"version\": {FORMAT_VERSION},\n  \"start\": \"2026-11-30\","
    )));
    assert_eq!(Plan::from_json(&saved), Ok(plan));
}

#[test]
fn a_format_1_link_opens_with_its_athlete() {
    let decoded = link::decode(LINK.trim()).expect("the format-1 link opens");
    assert!(decoded.has_athlete);
    assert_eq!(decoded.plan, expected());
}

#[test]
fn every_format_1_link_of_the_seed_weeks_opens() {
    let weeks = [
        samples::effective_week(),
        samples::unbalanced_week(),
        samples::scoring_bench_week(),
    ];
    let rows: Vec<(&str, &str)> = LINKS.lines().filter_map(|l| l.split_once('\t')).collect();
    assert_eq!(rows.len(), 4);
    for ((name, payload), week) in rows.iter().zip(weeks) {
        let decoded = link::decode(payload).unwrap_or_else(|e| panic!("{name}: {e}"));
        let mut plan = Plan::of_week(week);
        plan.renumber_sessions();
        assert_eq!(decoded.plan, plan, "{name}");
    }
    // The fourth, 14 titled sessions, opens whole.
    let (name, payload) = rows[3];
    let decoded = link::decode(payload).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(decoded.plan.weeks[0].session_count(), 14);
    assert!(decoded.plan.weeks[0]
        .sessions()
        .all(|(_, s)| s.title.is_some()));
}

#[test]
fn a_format_1_link_shared_again_is_format_2_and_as_short_undated() {
    let decoded = link::decode(LINK.trim()).unwrap();
    let again = link::encode(&decoded.plan, true);
    // One byte more for the paces the old format didn't have.
    assert!(
        again.len() <= LINK.trim().len() + 2,
        "{} vs {}",
        again.len(),
        LINK.trim().len()
    );
    assert_eq!(link::decode(&again).map(|d| d.plan), Ok(decoded.plan));
}
