//! Workout notation as coaches write it: a corpus of real-world sessions with their
//! expected totals and kind, malformed sessions with their error spans, and
//! properties that no input makes the reader panic.

use proptest::prelude::*;
use weekboard_core::notation::{
    parse, Effort, PaceUnit, RecoveryStyle, Role, Step, Target, Workout, MAX_CHARS,
};
use weekboard_core::Kind;

/// Seed 002's speed-endurance session, the notation line alone.
const SEED_002: &str = "2 x (3 x 120m) + 300m, 200m, 2 x 100m, 200m, 300m";

fn read(text: &str) -> Workout {
    match parse(text) {
        Ok(w) => w,
        Err(e) => panic!("{text:?} should read, got: {}", e.message),
    }
}

// ---- seed 002 ----

#[test]
fn seed_002_notation_alone_is_12_reps_of_1920_m() {
    let w = read(SEED_002);
    assert_eq!(w.totals.reps, 12);
    assert_eq!(w.totals.work_m, 1920);
    assert_eq!(w.suggested_kind, Kind::SpeedEndurance);
    assert_eq!(w.suggested_rpe, 9);
    assert_eq!(w.summary(true), "12 reps · 1.9 km fast");
    // no recovery written yet: nothing to add up
    assert_eq!(w.totals.recovery_s, 0);
}

#[test]
fn seed_002_with_its_recoveries_on_the_same_line() {
    let text = format!(
        "{SEED_002}; 80m walk in 90\" after 120m reps, 6' rec between sets, 2' rec between reps in ladder"
    );
    let w = read(&text);
    assert_eq!((w.totals.reps, w.totals.work_m), (12, 1920));
    // 4 walks inside the two sets, 6' between set 1, set 2 and the ladder, 5 × 2' in the ladder
    assert_eq!(w.totals.recovery_s, 4 * 90 + 2 * 360 + 5 * 120);
    assert_eq!(w.suggested_kind, Kind::SpeedEndurance);
    // the walk sits between the 120s, the set rest between the sets and after them
    let Step::Repeat(sets) = &w.steps[0] else {
        panic!("sets first: {:?}", w.steps[0])
    };
    assert_eq!(sets.times, 2);
    assert_eq!(sets.between.as_ref().and_then(|r| r.time_s), Some(360));
    assert_eq!(sets.after.as_ref().and_then(|r| r.time_s), Some(360));
    let Step::Repeat(set) = &sets.steps[0] else {
        panic!("a set of 120s: {:?}", sets.steps[0])
    };
    let walk = set.between.as_ref().expect("walk between the 120s");
    assert_eq!(walk.style, Some(RecoveryStyle::Walk));
    assert_eq!((walk.distance_m, walk.time_s), (Some(80), Some(90)));
    // the clause's span points back at the text it came from
    assert_eq!(&text[walk.span.clone()], "80m walk in 90\" after 120m reps");
    let Step::Block(ladder) = &w.steps[1] else {
        panic!("the ladder is a block: {:?}", w.steps[1])
    };
    assert_eq!(ladder.steps.len(), 5);
}

#[test]
fn seed_002_as_printed_in_the_article() {
    let text = format!(
        "{SEED_002}\nRecovery: 80m walk in 90\" after 120m reps. 6' rec between sets. 2' rec. between reps in ladder"
    );
    let w = read(&text);
    assert_eq!((w.totals.reps, w.totals.work_m), (12, 1920));
    assert_eq!(w.totals.recovery_s, 1680);
    // with 15' warm-up and 10' cool-down assumed, about an hour (DOMAIN.md: 60')
    assert_eq!(w.totals.assumed_minutes, 25);
    assert!(w.totals.is_estimate);
    assert!(
        (55..=65).contains(&w.totals.estimated_minutes),
        "{:?}",
        w.totals
    );
}

#[test]
fn recoveries_written_in_any_order_apply_the_same() {
    let a = read(&format!(
        "{SEED_002}; 2' rec between reps in ladder, 6' rec between sets, 80m walk in 90\" after 120m reps"
    ));
    let b = read(&format!(
        "{SEED_002}; 80m walk in 90\" after 120m reps, 6' rec between sets, 2' rec between reps in ladder"
    ));
    assert_eq!(a.totals, b.totals);
}

// ---- the corpus ----

struct Case {
    text: &'static str,
    reps: u32,
    work_m: u32,
    kind: Kind,
}

const fn case(text: &'static str, reps: u32, work_m: u32, kind: Kind) -> Case {
    Case {
        text,
        reps,
        work_m,
        kind,
    }
}

/// Sessions as coaches and runners write them, with reps, metres of work, and the kind.
const CORPUS: &[Case] = &[
    // track: speed endurance and repetitions
    case(SEED_002, 12, 1920, Kind::SpeedEndurance),
    case("6 x 150m @ 95% w/ 90\" walk", 6, 900, Kind::SpeedEndurance),
    case("10 x 30\" @ RPE 9 / 90\" walk", 10, 0, Kind::SpeedEndurance),
    case("8 x 200m w/ 200m jog", 8, 1600, Kind::Repetitions),
    case(
        "6 x 400m @ mile pace w/ 400m jog",
        6,
        2400,
        Kind::Repetitions,
    ),
    case("10 x 200m @ R w/ 200m jog", 10, 2000, Kind::Repetitions),
    case("3 x 300m w/ 8' rec", 3, 900, Kind::Repetitions),
    case(
        "2 x (4 x 200m w/ 200m jog) w/ 5' rec",
        8,
        1600,
        Kind::Repetitions,
    ),
    case(
        "2 x 6 x 200m w/ 200m jog, 5' between sets",
        12,
        2400,
        Kind::Repetitions,
    ),
    case(
        "15' jog, 8 x 300m @ 800m pace w/ 3' walk, 10' jog",
        8,
        2400,
        Kind::Repetitions,
    ),
    // 400s with time recoveries, and other intervals
    case("12 x 400m @ 72s w/ 60\" rec", 12, 4800, Kind::Intervals),
    case("10 x 400 @ 75\" w/ 60\"", 10, 4000, Kind::Intervals),
    case("10 x 400m w/ 200m jog", 10, 4000, Kind::Intervals),
    case(
        "16 x 400m @ 5K pace w/ 200m float",
        16,
        6400,
        Kind::Intervals,
    ),
    case("6 x 400m @ 5K pace w/ 90\" jog", 6, 2400, Kind::Intervals),
    case(
        "3 sets of 4 x 300m w/ 100m walk, 4' between sets",
        12,
        3600,
        Kind::Intervals,
    ),
    case("(400m, 200m jog) x 8", 8, 3200, Kind::Intervals),
    case("400 x 10", 10, 4000, Kind::Intervals),
    case("Yasso: 10 x 800m w/ 400m jog", 10, 8000, Kind::Intervals),
    // the plan-format example's workout
    case("5 x 1000m, 2' jog rec", 5, 5000, Kind::Intervals),
    case(
        "2 mi WU, 6 x 800m @ 5K pace w/ 400m jog, 2 mi CD",
        6,
        4800,
        Kind::Intervals,
    ),
    case("6 x 800m (2:50, 400m jog)", 6, 4800, Kind::Intervals),
    case("5 x 1000m @ 3:40/km w/ 2' jog", 5, 5000, Kind::Intervals),
    case("6 × 1 km @ 3:45/km w/ 90\" rec", 6, 6000, Kind::Intervals),
    case(
        "WU 15', 5 x 1000m @ 5k pace (2' jog), CD 15'",
        5,
        5000,
        Kind::Intervals,
    ),
    case(
        "(1km @ 4:00-4:10/km + 2' jog) * 5",
        5,
        5000,
        Kind::Intervals,
    ),
    case(
        "warm up 2 mi, 6 x 1 km @ 10K w/ 90\" rec, cool down 2 mi",
        6,
        6000,
        Kind::Intervals,
    ),
    case("5 x 3' @ Z5 w/ 2' jog", 5, 0, Kind::Intervals),
    case("6 x 1' @ RPE 8 w/ 1' walk", 6, 0, Kind::Intervals),
    case("4 x 4' @ 3:50/km w/ 2' jog", 4, 0, Kind::Intervals),
    case("8 x 400m @ I pace w/ 2' jog", 8, 3200, Kind::Intervals),
    case(
        "4 x (800m @ 5K pace, 400m @ 3K pace) w/ 3' jog",
        8,
        4800,
        Kind::Intervals,
    ),
    // mile repeats
    case("3 x (1 mi, 2' jog)", 3, 4827, Kind::Intervals),
    case(
        "1 mi WU, 4 x 1 mi @ 10K pace w/ 400m jog, 1 mi CD",
        4,
        6436,
        Kind::Intervals,
    ),
    case(
        "2 mi WU + 5 x 1 mi @ 6:00/mi w/ 2' jog + 2 mi CD",
        5,
        8045,
        Kind::Intervals,
    ),
    case("3 x 2 km @ 10K pace w/ 400m jog", 3, 6000, Kind::Intervals),
    // ladders and pyramids
    case(
        "400m, 800m, 1200m, 800m, 400m; 400m jog between reps",
        5,
        3600,
        Kind::Intervals,
    ),
    case(
        "1.2km, 1 km, 800m, 600m, 400m, 200m; 90\" between reps",
        6,
        4200,
        Kind::Intervals,
    ),
    case(
        "200, 400, 600, 800, 600, 400, 200; 200m jog between reps",
        7,
        3200,
        Kind::Intervals,
    ),
    // fartlek
    case("10 x 1' on / 1' off", 10, 0, Kind::Intervals),
    case("8 x (2' on, 1' off)", 8, 0, Kind::Intervals),
    case("fartlek 45'", 1, 0, Kind::Intervals),
    // threshold: tempo runs and cruise intervals
    case("20' tempo", 1, 0, Kind::Tempo),
    case("20 min tempo", 1, 0, Kind::Tempo),
    case("tempo 3 mi", 1, 4828, Kind::Tempo),
    case("15' wu, 20' @ threshold, 10' cd", 1, 0, Kind::Tempo),
    case("3 km WU + 8 km @ HM pace + 2 km CD", 1, 8000, Kind::Tempo),
    case("20' @ 4:00/km", 1, 0, Kind::Tempo),
    case("4 x 1 mi @ T w/ 1' rec", 4, 6436, Kind::Tempo),
    case("3x1mi@T w/1'rec", 3, 4827, Kind::Tempo),
    case(
        "Cruise intervals: 5 x 1 mi @ T pace w/ 1' rec",
        5,
        8045,
        Kind::Tempo,
    ),
    case(
        "2 mi WU, 3 x 2 mi @ threshold w/ 2' jog, 2 mi CD",
        3,
        9657,
        Kind::Tempo,
    ),
    case("2 x 20' @ threshold w/ 3' jog", 2, 0, Kind::Tempo),
    case("4 x 5' @ threshold w/ 1' jog", 4, 0, Kind::Tempo),
    case("3 x 3 km @ 4:10/km w/ 3' jog", 3, 9000, Kind::Tempo),
    // hills
    case("8 x 60\" hill w/ jog down", 8, 0, Kind::Hills),
    case("Hills: 10 x 200m uphill, jog back", 10, 2000, Kind::Hills),
    case("8 x 30\" hill sprints w/ walk back", 8, 0, Kind::Hills),
    // long runs, with and without a fast finish; progression and marathon pace
    case("28 km long run", 0, 0, Kind::LongRun),
    case("long run 30 km", 0, 0, Kind::LongRun),
    case("1:05:00 long run", 0, 0, Kind::LongRun),
    case("16 km easy + 4 km @ MP", 1, 4000, Kind::LongRun),
    case("22 km, last 5 km @ MP", 1, 5000, Kind::LongRun),
    case("90' with last 20' @ MP", 1, 0, Kind::LongRun),
    case("3 km WU, 16 km @ MP, 2 km CD", 1, 16000, Kind::Steady),
    case(
        "5 km easy + 5 km steady + 5 km @ MP",
        2,
        10000,
        Kind::Steady,
    ),
    case("10 km progression", 1, 10000, Kind::Steady),
    case("50' steady", 1, 0, Kind::Steady),
    case("2 x 5 km @ MP w/ 1 km steady", 2, 10000, Kind::Steady),
    // easy days, strides, races
    case("45' easy", 0, 0, Kind::Easy),
    case("10 km", 0, 0, Kind::Easy),
    case("60' Z2", 0, 0, Kind::Easy),
    case("30' recovery run", 0, 0, Kind::Recovery),
    case("10 km easy + 6 x 100m strides", 6, 600, Kind::Easy),
    case("8 km easy, 6 strides", 6, 600, Kind::Easy),
    case("5K race", 1, 5000, Kind::Race),
    // published plans, as their books write them
    case("15' E + 20' T + 15' E", 1, 0, Kind::Tempo),
    case("2 x 10' T w/ 2' rest", 2, 0, Kind::Tempo),
    case("6 x 1 mi @ I w/ 3' jog", 6, 9654, Kind::Intervals),
    case(
        "2 mi easy + 7 mi @ 15K-HM pace + 2 mi easy",
        1,
        11265,
        Kind::Tempo,
    ),
    case(
        "1.5 mi easy + 4 x 1.5 mi @ MP-10s w/ 800m jog + 1.5 mi easy",
        4,
        9656,
        Kind::Steady,
    ),
    case(
        "1.5 mi easy + 5 x 1000m @ 5K-10K pace w/ 400m jog + 1.5 mi easy",
        5,
        5000,
        Kind::Intervals,
    ),
    case(
        "4 x 1000m @ 10K pace - 20\" w/ 2' jog",
        4,
        4000,
        Kind::Intervals,
    ),
    case("16 mi, last 10 mi @ MP", 1, 16093, Kind::Steady),
    // run-walk: Couch to 5K, Galloway
    case("5' walk + 8 x (1' run, 90\" walk)", 8, 0, Kind::Easy),
    case("30 x (15\" run, 45\" walk)", 30, 0, Kind::Easy),
];

#[test]
fn corpus_has_forty_sessions_or_more() {
    assert!(CORPUS.len() >= 40, "{} sessions", CORPUS.len());
}

#[test]
fn corpus_reads_with_expected_totals_and_kind() {
    let mut wrong = Vec::new();
    for c in CORPUS {
        match parse(c.text) {
            Ok(w) => {
                let got = (w.totals.reps, w.totals.work_m, w.suggested_kind);
                if got != (c.reps, c.work_m, c.kind) {
                    wrong.push(format!(
                        "{:?}: expected {:?}, got {:?}",
                        c.text,
                        (c.reps, c.work_m, c.kind),
                        got
                    ));
                }
            }
            Err(e) => wrong.push(format!("{:?}: {}", c.text, e.message)),
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn corpus_totals_hold_together() {
    for c in CORPUS {
        let w = read(c.text);
        let t = &w.totals;
        assert!(t.distance_m >= t.work_m, "{:?}: {t:?}", c.text);
        assert!(
            t.estimated_minutes * 60 + 30 >= t.recovery_s,
            "{:?}: {t:?}",
            c.text
        );
        if let Some(work_s) = t.work_s {
            assert!(work_s >= t.work_timed_s, "{:?}: {t:?}", c.text);
        }
        assert!((1..=10).contains(&w.suggested_rpe), "{:?}", c.text);
        assert!(!w.summary(true).is_empty());
    }
}

// ---- finer points of the totals ----

#[test]
fn work_time_is_known_from_times_rep_times_and_paces() {
    let work_s = |text: &str| read(text).totals.work_s;
    assert_eq!(work_s("5 x 1000m @ 3:40/km w/ 2' jog"), Some(1100));
    assert_eq!(work_s("12 x 400m @ 72s w/ 60\" rec"), Some(864));
    assert_eq!(work_s("6 x 800m (2:50, 400m jog)"), Some(1020));
    assert_eq!(work_s("(1km @ 4:00-4:10/km + 2' jog) * 5"), Some(1225));
    assert_eq!(
        work_s("2 mi WU + 5 x 1 mi @ 6:00/mi w/ 2' jog + 2 mi CD"),
        Some(1800)
    );
    assert_eq!(work_s("8 x 60\" hill w/ jog down"), Some(480));
    // race pace or no target: an estimate, so not "known"
    assert_eq!(work_s("6 x 400m @ 5K pace w/ 90\" jog"), None);
    assert_eq!(work_s("10 x 400m w/ 200m jog"), None);
}

#[test]
fn recoveries_count_between_reps() {
    let rec = |text: &str| read(text).totals.recovery_s;
    // five recoveries between six reps
    assert_eq!(rec("6 x 400m @ 5K pace w/ 90\" jog"), 5 * 90);
    assert_eq!(rec("12 x 400m @ 72s w/ 60\" rec"), 11 * 60);
    assert_eq!(rec("10 x 1' on / 1' off"), 9 * 60);
    // a recovery written as a step inside the group is run every time
    assert_eq!(rec("3 x (1 mi, 2' jog)"), 3 * 120);
    // a recovery written as a distance is jogged at 6:30/km
    assert_eq!(rec("10 x 400m w/ 200m jog"), 9 * 78);
    assert_eq!(
        rec("400m, 800m, 1200m, 800m, 400m; 400m jog between reps"),
        4 * 156
    );
    assert_eq!(
        rec("1.2km, 1 km, 800m, 600m, 400m, 200m; 90\" between reps"),
        5 * 90
    );
    // sets: reps inside, the set break between
    assert_eq!(
        rec("2 x 6 x 200m w/ 200m jog, 5' between sets"),
        10 * 78 + 300
    );
}

#[test]
fn duration_includes_warm_up_and_cool_down() {
    let t = read("15' wu, 20' @ threshold, 10' cd").totals;
    assert_eq!(
        (t.estimated_minutes, t.is_estimate, t.assumed_minutes),
        (45, false, 0)
    );
    let t = read("45' easy").totals;
    assert_eq!((t.estimated_minutes, t.is_estimate), (45, false));
    // a hard session without them gets 15' + 10', and says it is an estimate
    let t = read("8 x 60\" hill w/ jog down").totals;
    assert_eq!(t.assumed_minutes, 25);
    assert!(t.is_estimate);
    // distances become time at a pace: an estimate
    let t = read("2 mi WU, 6 x 800m @ 5K pace w/ 400m jog, 2 mi CD").totals;
    assert_eq!(t.assumed_minutes, 0);
    assert!(t.is_estimate);
    // 2 × 2 mi at 6:00/km, 6 × 800m at 4:24/km, 5 × 400m jog at 6:30/km
    assert!((70..=76).contains(&t.estimated_minutes), "{t:?}");
}

#[test]
fn rpe_follows_the_kind_unless_written() {
    assert_eq!(read("20' tempo").suggested_rpe, 6);
    assert_eq!(read("10 x 400m w/ 200m jog").suggested_rpe, 8);
    assert_eq!(read("6 x 1' @ RPE 8 w/ 1' walk").suggested_rpe, 8);
    assert_eq!(read("10 x 30\" @ RPE 9 / 90\" walk").suggested_rpe, 9);
    assert_eq!(read("28 km long run").suggested_rpe, 4);
    // a long run with a fast finish is harder than an easy long run
    assert_eq!(read("16 km easy + 4 km @ MP").suggested_rpe, 5);
}

#[test]
fn summaries_fit_a_card() {
    let line = |text: &str, km: bool| read(text).summary(km);
    assert_eq!(line(SEED_002, true), "12 reps · 1.9 km fast");
    assert_eq!(line("20' tempo", true), "20' tempo");
    assert_eq!(line("28 km long run", true), "28 km long run");
    assert_eq!(line("45' easy", true), "45' easy");
    assert_eq!(line("30' recovery run", true), "30' recovery run");
    assert_eq!(line("10 x 400m w/ 200m jog", true), "10 reps · 4 km hard");
    assert_eq!(
        line("8 x 60\" hill w/ jog down", true),
        "8 reps · 8' uphill"
    );
    assert_eq!(line("4 x 1 mi @ T w/ 1' rec", false), "4 reps · 4 mi tempo");
    assert_eq!(line("5K race", true), "5 km race");
    assert_eq!(line("3 km WU, 16 km @ MP, 2 km CD", true), "16 km steady");
}

// ---- the tree ----

#[test]
fn recoveries_attach_where_written() {
    let w = read("6 x 400m @ 5K pace w/ 90\" jog");
    let Step::Repeat(r) = &w.steps[0] else {
        panic!("{:?}", w.steps)
    };
    assert_eq!(r.times, 6);
    assert_eq!(r.between.as_ref().and_then(|b| b.time_s), Some(90));
    let Step::Run(rep) = &r.steps[0] else {
        panic!("{:?}", r.steps)
    };
    assert_eq!(rep.distance_m, Some(400));
    assert_eq!(rep.targets, vec![Target::RacePace { distance_m: 5000 }]);
}

#[test]
fn a_jog_after_the_reps_falls_between_them() {
    let w = read("Hills: 10 x 200m uphill, jog back");
    assert_eq!(w.steps.len(), 1);
    let Step::Repeat(r) = &w.steps[0] else {
        panic!("{:?}", w.steps)
    };
    assert!(r.between.as_ref().is_some_and(|b| b.back));
    let Step::Run(rep) = &r.steps[0] else {
        panic!("{:?}", r.steps)
    };
    assert!(rep.hill);
}

#[test]
fn jogs_around_the_reps_are_warm_up_and_cool_down() {
    let w = read("15' jog, 8 x 300m @ 800m pace w/ 3' walk, 10' jog");
    let roles: Vec<Option<Role>> = w
        .steps
        .iter()
        .map(|s| match s {
            Step::Run(run) => Some(run.role),
            _ => None,
        })
        .collect();
    assert_eq!(roles, vec![Some(Role::WarmUp), None, Some(Role::CoolDown)]);
}

#[test]
fn case_and_spacing_do_not_matter() {
    let a = read("6 x 400M @ 5k PACE W/ 90\" JOG");
    let b = read("6x400m@5K pace w/90\"jog");
    let c = read("  6   x   400 m   @  5 K  pace   w/  90 \"  jog  ");
    assert_eq!(a.totals, b.totals);
    assert_eq!(b.totals, c.totals);
}

#[test]
fn phone_punctuation_reads_like_plain() {
    let plain = read("6 x 400m w/ 90\" jog, 6' rest, 4 x 200m");
    let phone = read("6 × 400m w/ 90″ jog, 6’ rest, 4 × 200m");
    assert_eq!(plain.totals, phone.totals);
}

#[test]
fn output_serializes_for_the_js_api() {
    let w = read(SEED_002);
    let json = serde_json::to_value(&w).unwrap();
    assert_eq!(json["suggested_kind"], "speed_endurance");
    assert_eq!(json["totals"]["reps"], 12);
    assert_eq!(json["steps"][0]["step"], "repeat");
    let err = serde_json::to_value(parse("3 x").unwrap_err()).unwrap();
    assert_eq!(err["span"]["start"], 3);
}

#[test]
fn every_form_the_issue_lists_reads() {
    // distances, and a bare number on the track is metres
    assert_eq!(read("6 x 120m").totals.work_m, 720);
    assert_eq!(read("2 x 1.2km").totals.work_m, 2400);
    assert_eq!(read("3 x 1 mi").totals.work_m, 3 * 1609);
    assert_eq!(read("6 x 400").totals.work_m, 2400);
    // times
    assert_eq!(read("8 x 90\"").totals.work_timed_s, 720);
    assert_eq!(read("8 x 45s").totals.work_timed_s, 360);
    assert_eq!(read("3 x 6'").totals.work_timed_s, 1080);
    assert_eq!(read("4 x 2:00").totals.work_timed_s, 480);
    assert_eq!(read("20 min tempo").totals.work_timed_s, 1200);
    assert_eq!(read("1:05:00 long run").totals.estimated_minutes, 65);
    // repeats: N x, N ×, Nx, nested groups, steps joined by , or +
    for text in [
        "3 x 400m",
        "3 × 400m",
        "3x400m",
        "3X400M",
        "(400m) * 3",
        "400m x 3",
    ] {
        assert_eq!(read(text).totals.reps, 3, "{text}");
    }
    assert_eq!(read("2 x (2 x (3 x 100m))").totals.reps, 12);
    assert_eq!(read("400m + 300m, 200m").totals.reps, 3);
    // recoveries
    let rec = |text: &str| read(text).totals.recovery_s;
    assert_eq!(rec("3 x 400m w/ 90\" rec"), 180);
    assert_eq!(rec("3 x 120m w/ 80m walk in 90\""), 180);
    assert_eq!(rec("2 x (3 x 200m) w/ 6' rec"), 360);
    assert_eq!(rec("2 x (3 x 200m); 6' rec between sets"), 360);
    assert_eq!(rec("300m, 200m, 100m; 2' rec between reps"), 240);
    assert_eq!(rec("3 x 1000m (2' jog)"), 240);
    // targets
    let targets = |text: &str| match &read(text).steps[0] {
        Step::Run(run) => run.targets.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        targets("1 km @ 5K pace"),
        vec![Target::RacePace { distance_m: 5000 }]
    );
    assert_eq!(
        targets("1 km @ 3:40/km"),
        vec![Target::Pace {
            min_s: 220,
            max_s: 220,
            per: PaceUnit::Km
        }]
    );
    assert_eq!(targets("400m @ 72s"), vec![Target::RepTime { s: 72 }]);
    assert_eq!(targets("5' Z4"), vec![Target::Zone { zone: 4 }]);
    assert_eq!(targets("5' RPE 8"), vec![Target::Rpe { rpe: 8 }]);
    assert_eq!(
        targets("20' threshold"),
        vec![Target::Effort {
            effort: Effort::Threshold
        }]
    );
    // warm-up and cool-down
    let roles = |text: &str| -> Vec<Role> {
        read(text)
            .steps
            .iter()
            .filter_map(|s| match s {
                Step::Run(run) => Some(run.role),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        roles("2 mi WU, 20' tempo, cd 15'"),
        vec![Role::WarmUp, Role::Work, Role::CoolDown]
    );
    assert_eq!(
        roles("15' wu + 20' tempo + 10' warm-down"),
        vec![Role::WarmUp, Role::Work, Role::CoolDown]
    );
}

/// Every form docs/notation.md lists reads (in a session that gives it context).
#[test]
fn forms_listed_in_the_docs_read() {
    let forms = [
        // repeats
        "6 x 400m",
        "6 × 400m",
        "6x400m",
        "6*400m",
        "3 sets of 4 x 300m",
        "2 rounds of (400m, 200m)",
        "6 reps of 400m",
        "2 x 3 x 400m",
        "2 x (3 x 120m)",
        "400m x 10",
        "(400m, 200m jog) x 8",
        "(1 km, 200m) * 5",
        "6 strides",
        // distances and times
        "120m",
        "1.2km",
        "5k",
        "1 mi",
        "2 miles",
        "6 x 400",
        "10 x 400s",
        "4 x mile",
        "4 x 90\"",
        "4 x 90''",
        "4 x 45s",
        "4 x 45 sec",
        "6'",
        "6 min",
        "6'30\"",
        "3 x 1 min 30 s",
        "3 x 2:00",
        "1:05:00",
        "1h",
        "1h30",
        "1 h 30 min",
        "20 min",
        // warm-up and cool-down
        "2 mi WU, 5 x 1 km",
        "WU 2 mi, 5 x 1 km",
        "15' wu, 5 x 1 km",
        "warm up 15', 5 x 1 km",
        "warm-up: 2 mi, 5 x 1 km",
        "w/u 2 mi, 5 x 1 km",
        "5 x 1 km, cd 15'",
        "5 x 1 km, cool down 2 mi",
        "5 x 1 km, cool-down 2 mi",
        "5 x 1 km, warm down 2 mi",
        "5 x 1 km, c/d 2 mi",
        // recoveries after a rep
        "6 x 400m w/ 90\" rec",
        "6 x 400m w/ 200m jog",
        "6 x 400m with 2' rest",
        "6 x 400m w/ 400 jog",
        "6 x 400m w/ jog back",
        "8 x 60\" hill w/ walk down",
        "6 x 1 km (2' jog)",
        "6 x 800m (2:50, 400m jog)",
        "10 x 1' on / 1' off",
        "10 x 30\" / 90\" walk",
        // recoveries as steps
        "6 x 400m, 200m jog",
        "3 x 1 mi, 3' walk, 3 x 1 mi",
        "6 x 400m, rec 2'",
        "6 x 400m, 2' rest",
        "6 x 400m, 90\" float",
        "10 x 200m hill, jog back",
        // clauses
        "2 x (3 x 120m); 80m walk in 90\" after 120m reps",
        "2 x (3 x 120m); 6' rec between sets",
        "300m, 200m, 100m, 200m; 2' rec between reps in ladder",
        "6 x 400m; 90\" between reps",
        "6 x 400m; after each rep: 1' jog",
        "6 x 400m\nRecovery: 90\" jog",
        "3 x (1600, 1200, 800); Recovery: 2' jog",
        // targets with @ or at
        "1 km @ 5K pace",
        "1 km @ 10k",
        "1 km @ 1500m pace",
        "1 km @ mile pace",
        "1 km @ HM",
        "1 km @ HMP",
        "1 km @ MP",
        "1 km @ T",
        "1 km @ I",
        "1 km @ R",
        "1 km @ E",
        "1 km @ M",
        "1 km @ 3:40/km",
        "1 mi @ 6:00/mi",
        "1 km @ 4:00-4:10/km",
        "1 km @ 3:40 min/km",
        "400m @ 72s",
        "400m @ 72\"",
        "400m @ 72-74\"",
        "1 km @ Z4",
        "1 km @ RPE 8",
        "1 km @ 95%",
        "1 km @ threshold",
        "1 km at 5K pace",
        // targets without @
        "5' Z4",
        "5' zone 2",
        "5' Z3-4",
        "5' RPE 8",
        "5' RPE 7-8",
        "1 km 5K pace",
        "1 km T pace",
        "10 km MP",
        "10 km HMP",
        "1 km 90% effort",
        "400m in 72\"",
        "10 x 400 in 75",
        "400m 72\"",
        "400m (72\")",
        "1 km 3:40/km",
        // effort words
        "10 km easy",
        "30' recovery run",
        "long run 30 km",
        "50' steady",
        "50' moderate",
        "10 km progression",
        "20' tempo",
        "20' threshold",
        "20' LT",
        "5 x 1 mi cruise",
        "5 x 3' hard",
        "5 x 3' strong",
        "10 x 1' on",
        "6 x 100m fast",
        "6 x 100m quick",
        "6 x 60m sprint",
        "6 x 60m max",
        "6 x 60m all out",
        "6 x 100m strides",
        "fartlek 45'",
        "5K race",
        "parkrun 5 km",
        "5 km time trial",
        "5 km TT",
        // hills, fast finish, filler
        "8 x 60\" hill",
        "Hills: 10 x 200m",
        "8 x 30\" hill sprints",
        "8 x 200m uphill",
        "22 km, last 5 km @ MP",
        "90' with last 20' @ MP",
        "Yasso: 10 x 800m repeats",
        "6 x 400m intervals",
        "track session: 6 x 400m",
    ];
    for form in forms {
        assert!(parse(form).is_ok(), "{form:?}: {:?}", parse(form).err());
    }
}

// ---- malformed sessions ----

/// Text, the span at fault, and a piece of the message.
const MALFORMED: &[(&str, std::ops::Range<usize>, &str)] = &[
    ("", 0..0, "empty"),
    ("   \n ", 0..5, "empty"),
    (
        "3 x",
        3..3,
        "expected a distance or a time after '3 x' (column 4)",
    ),
    (
        "3 x @ 5K pace",
        4..5,
        "expected a distance or a time after '3 x' (column 5)",
    ),
    ("2 x (3 x 120m", 4..5, "never closed"),
    ("3 x 400m)", 8..9, "')' without a matching '('"),
    ("0 x 400m", 0..1, "repeats nothing"),
    ("500 x 400m", 0..3, "too many repeats"),
    ("1.5 x 400m", 0..3, "whole numbers"),
    ("3 x 12", 4..6, "'12' needs a unit"),
    ("5 furlongs", 2..10, "'furlongs' isn't a unit"),
    ("6 x 400m @", 9..10, "expected a target after '@'"),
    ("6 x 400m w/", 11..11, "expected a recovery"),
    ("20' Z9", 5..6, "zones go from Z1 to Z5"),
    ("20' RPE 12", 8..10, "RPE goes from 1 to 10"),
    ("6 x 400m $", 9..10, "'$' has no meaning"),
    ("2:75", 0..4, "isn't a time"),
    ("6 x 400m 200m", 9..12, "put a ',' or '+' before '200'"),
    ("6 x 400m, , 200m", 10..11, "expected a distance or a time"),
    ("6 x 400m,", 8..9, "expected a step after ','"),
    ("20' @ 4:00", 6..10, "like 4:00/km"),
    ("20' @ 72\"", 6..8, "a target time goes with a distance"),
    ("x 400m", 0..1, "needs a count before 'x'"),
    ("last 5 km @ MP", 0..14, "needs a longer run just before it"),
    (
        "5 km, last 10 km",
        6..16,
        "needs a longer run just before it",
    ),
    ("()", 0..2, "empty brackets"),
    (
        "6 x 400m; 90\" walk after 150m reps",
        10..34,
        "no 150m reps",
    ),
    ("6 x 400m; 6' rec between sets", 10..29, "no sets"),
    (
        "2 x (3 x 120m) + 300m, 200m; 2' rec between reps in ladder",
        29..58,
        "no ladder",
    ),
    ("6 x 400m; 2' between", 13..20, "'between' what?"),
    ("6 x 400m, 0m jog", 10..12, "no distance at all"),
    ("300 km", 0..6, "longer than any run"),
    (
        "6 x (400m, 2' jog between reps)",
        18..25,
        "not inside brackets",
    ),
    ("100 x 100 x 100m", 0..16, "repeats too much"),
    ("6 x 400m flibbert", 9..17, "'flibbert' isn't a word I know"),
    ("6' rec between sets", 0..19, "no sets"),
    ("6 × 400m ☃", 10..13, "(column 10)"),
    ("6 x 400m\n3 x", 12..12, "(line 2, column 4)"),
];

#[test]
fn malformed_sessions_say_where_and_what() {
    let mut wrong = Vec::new();
    for (text, span, fragment) in MALFORMED {
        match parse(text) {
            Ok(w) => wrong.push(format!("{text:?} read as {:?}", w.totals)),
            Err(e) => {
                // The words, where this build has them (the feature `notation-errors`).
                let words = !cfg!(feature = "notation-errors") || e.message.contains(fragment);
                if &e.span != span || !words {
                    wrong.push(format!(
                        "{text:?}: expected {span:?} with {fragment:?}, got {:?}: {}",
                        e.span, e.message
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
#[cfg(feature = "notation-errors")]
fn columns_count_characters() {
    let e = parse("6 × 400m ☃").unwrap_err();
    assert_eq!(e.column(), 10);
    let e = parse("3 x").unwrap_err();
    assert_eq!(e.column(), 4);
}

#[test]
fn long_input_is_refused_with_a_clear_error() {
    let text = "400m, ".repeat(100);
    let e = parse(&text).unwrap_err();
    #[cfg(feature = "notation-errors")]
    assert!(e.message.contains("too long"), "{}", e.message);
    #[cfg(feature = "notation-errors")]
    assert_eq!(e.column(), MAX_CHARS + 1);
    assert_eq!(e.span.end, text.len());
    // at the limit it still reads
    let ok = "400m,".repeat(59) + "400m";
    assert!(ok.chars().count() <= MAX_CHARS);
    assert_eq!(read(&ok).totals.reps, 60);
}

#[test]
fn deep_nesting_is_refused_with_a_clear_error() {
    let deep = format!("{}400m{}", "2 x (".repeat(20), ")".repeat(20));
    let e = parse(&deep).unwrap_err();
    let words = !cfg!(feature = "notation-errors") || e.message.contains("inside each other");
    assert!(words, "{}", e.message);
    let brackets = format!("{}400m{}", "(".repeat(140), ")".repeat(140));
    assert!(parse(&brackets).is_err());
    // four levels of sets are fine
    assert_eq!(read("2 x (2 x (2 x (2 x 100m)))").totals.reps, 16);
}

// ---- no input panics ----

/// Pieces of the grammar, to be shuffled into near-sessions.
const TOKENS: &[&str] = &[
    "2",
    "3",
    "6",
    "10",
    "100",
    "0",
    "1.2",
    "120",
    "400",
    "1000",
    "x",
    "×",
    "*",
    "(",
    ")",
    "[",
    "]",
    ",",
    "+",
    ";",
    ".",
    "\n",
    "@",
    "/",
    "-",
    "'",
    "\"",
    "''",
    "′",
    "″",
    "’",
    ":",
    "%",
    "m",
    "km",
    "mi",
    "k",
    "s",
    "sec",
    "min",
    "h",
    "2:00",
    "1:05:00",
    "3:40",
    "/km",
    "/mi",
    "w/",
    "with",
    "in",
    "at",
    "jog",
    "walk",
    "rec",
    "rest",
    "float",
    "off",
    "on",
    "back",
    "easy",
    "tempo",
    "threshold",
    "T",
    "I",
    "R",
    "MP",
    "HM",
    "5K",
    "pace",
    "Z",
    "Z4",
    "zone",
    "RPE",
    "8",
    "wu",
    "cd",
    "warm",
    "up",
    "cool",
    "down",
    "w/u",
    "c/d",
    "hill",
    "hills",
    "strides",
    "fartlek",
    "last",
    "final",
    "long",
    "run",
    "race",
    "between",
    "after",
    "reps",
    "sets",
    "each",
    "ladder",
    "of",
    "the",
    "Recovery:",
    "then",
    "and",
    "☃",
    "é",
    "\u{0}",
    "\u{200b}",
    "٣",
    "½",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_reads_or_errs_without_panic(text in any::<String>()) {
        check_no_panic(&text);
    }

    #[test]
    fn workout_like_text_reads_or_errs_without_panic(text in "[0-9x() ,+;.@/'\":%mkisMKTZ\n-]{0,120}") {
        check_no_panic(&text);
    }

    #[test]
    fn shuffled_grammar_tokens_read_or_err_without_panic(
        picks in prop::collection::vec((prop::sample::select(TOKENS), any::<bool>()), 0..60)
    ) {
        let text: String = picks
            .iter()
            .map(|(token, space)| if *space { format!("{token} ") } else { token.to_string() })
            .collect();
        check_no_panic(&text);
    }

    #[test]
    fn long_text_is_refused_without_panic(unit in "[0-9x()m ,']{1,8}", times in 40usize..400) {
        check_no_panic(&unit.repeat(times));
    }
}

/// Reads `text`; an error must point inside the text at character boundaries.
fn check_no_panic(text: &str) {
    match parse(text) {
        Ok(w) => {
            let _ = w.summary(true);
            let _ = w.summary(false);
            assert!((1..=10).contains(&w.suggested_rpe));
        }
        Err(e) => {
            assert!(
                e.span.start <= e.span.end && e.span.end <= text.len(),
                "{e:?}"
            );
            assert!(text.is_char_boundary(e.span.start), "{e:?}");
            assert!(text.is_char_boundary(e.span.end), "{e:?}");
            #[cfg(feature = "notation-errors")]
            assert!(e.column() >= 1);
            assert!(!e.message.is_empty());
        }
    }
}

#[test]
fn estimates_follow_the_runners_own_paces() {
    use weekboard_core::model::{Athlete, RaceResult};
    use weekboard_core::notation::{parse_for, Runner};
    let text = "15' wu, 6 x 800m @ 5K pace w/ 400m jog, 10' cd";
    let reference = parse_for(text, Runner::REFERENCE).unwrap();
    // A 27:30 5 km: 1.25 × the reference's 22:00.
    let slower = Runner::of(&Athlete {
        recent_race: Some(RaceResult {
            distance_m: 5_000,
            seconds: 1_650,
        }),
        ..Athlete::default()
    });
    let theirs = parse_for(text, slower).unwrap();
    // Warm-up and cool-down are given in minutes; the reps and jogs take longer.
    let reps_and_jogs = |w: &Workout| f64::from(w.totals.estimated_minutes) - 25.0;
    let ratio = reps_and_jogs(&theirs) / reps_and_jogs(&reference);
    assert!((1.15..=1.35).contains(&ratio), "{ratio}");
    // The distances are written, so they don't change; nor does what the session is.
    assert_eq!(theirs.totals.work_m, reference.totals.work_m);
    assert_eq!(theirs.suggested_kind, reference.suggested_kind);
    // A written pace is the runner's own and is never scaled.
    let paced = "5 x 1km @ 4:00/km w/ 2' jog";
    assert_eq!(
        parse_for(paced, slower).unwrap().totals.work_s,
        parse_for(paced, Runner::REFERENCE).unwrap().totals.work_s
    );
}
