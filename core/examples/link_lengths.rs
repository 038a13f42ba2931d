//! Prints share links, one `name<TAB>payload chars<TAB>fragment chars<TAB>payload` line
//! per week: the two seed 001 weeks, the scoring bench's 10-session week (the browser
//! bench opens it to time "Suggest a better order") and a full 14-session week with
//! ~20-character titles. The payload is what `link::encode` returns; the fragment adds
//! `#plan=` in front and is what the board appends to its page address. Then two
//! dated 12-week blocks: one built on the board by duplicating a week and editing each
//! copy (the budget's case: 7–10 sessions a week, default titles), and one with every
//! session of every week different, distances included (the hardest a block gets
//! without text). `scripts/bench.sh` reads this output.
//!
//!     cargo run -p weekboard-core --example link_lengths

use weekboard_core::date::Date;
use weekboard_core::link;
use weekboard_core::model::{Kind, Session, SessionId, Week};
use weekboard_core::samples::{effective_week, scoring_bench_week, unbalanced_week};
use weekboard_core::Plan;

/// One planned session: kind, minutes, metres (0: none), RPE, title.
type Planned = (Kind, u16, u32, u8, &'static str);

/// Two sessions a day, each with its own title, minutes, distance and RPE: a busy
/// runner's week as a coach would write it out.
fn fourteen_session_week() -> Week {
    let days: [[Planned; 2]; 7] = [
        [
            (Kind::Easy, 40, 7_500, 3, "Easy loop by the canal"),
            (Kind::Strength, 30, 0, 5, "Gym: legs and core work"),
        ],
        [
            (Kind::Intervals, 65, 12_000, 8, "Track 6 x 800m at 5k pace"),
            (Kind::Recovery, 25, 4_000, 2, "Shakeout after work jog"),
        ],
        [
            (Kind::Easy, 45, 8_200, 3, "Easy run with the club"),
            (Kind::CrossTraining, 45, 0, 4, "Swim, steady 1500m set"),
        ],
        [
            (Kind::Tempo, 55, 11_000, 7, "Tempo 3 x 10 min cruise"),
            (Kind::Recovery, 20, 3_500, 2, "Recovery jog, flat route"),
        ],
        [
            (Kind::Rest, 0, 0, 0, "Rest day, stretch only"),
            (Kind::Strength, 25, 0, 4, "Mobility and hip drills"),
        ],
        [
            (Kind::Hills, 50, 9_000, 8, "Hill reps 8 x 60s hard"),
            (Kind::Easy, 30, 5_000, 3, "Easy evening jog home"),
        ],
        [
            (Kind::LongRun, 110, 22_000, 6, "Long run, last 5k steady"),
            (Kind::CrossTraining, 40, 0, 3, "Easy spin on the bike"),
        ],
    ];
    let mut week = Week::default();
    let mut id = 0;
    for (day, sessions) in days.into_iter().enumerate() {
        for (kind, minutes, metres, rpe, title) in sessions {
            id += 1;
            let mut session = Session::new(SessionId(id), kind);
            session.minutes = minutes;
            session.distance_m = (metres > 0).then_some(metres);
            session.rpe = Some(rpe);
            session.title = Some(title.to_string());
            week.days[day].push(session);
        }
    }
    week
}

/// A 12-week build as the board makes one: a week of 8 sessions, duplicated week by
/// week, the long run 10 minutes longer each time, the tempo alternating 5 minutes,
/// a second easy run added from week 5, and every fourth week an easier one.
fn duplicated_block() -> Plan {
    let base = [
        (0, Kind::Easy, 45),
        (1, Kind::Intervals, 60),
        (1, Kind::Strength, 30),
        (2, Kind::Easy, 45),
        (3, Kind::Tempo, 50),
        (4, Kind::Rest, 0),
        (5, Kind::Easy, 40),
        (6, Kind::LongRun, 90),
    ];
    let mut week = Week::default();
    for (day, kind, minutes) in base {
        let mut s = Session::new(SessionId(0), kind);
        s.minutes = minutes;
        week.days[day].push(s);
    }
    let mut weeks = vec![week];
    for w in 1..12 {
        let mut next = weeks[w - 1].clone();
        next.days[6][0].minutes += 10;
        next.days[3][0].minutes = if w % 2 == 0 { 50 } else { 55 };
        if w == 4 {
            next.days[2].push(Session::new(SessionId(0), Kind::Recovery));
        }
        if w % 4 == 3 {
            next.days[6][0].minutes -= 30;
            next.days[1][0].minutes = 45;
        }
        weeks.push(next);
    }
    let mut plan = Plan {
        start: Date::parse("2027-01-04"),
        weeks,
        ..Plan::default()
    };
    plan.renumber_sessions();
    plan
}

/// 12 weeks of 7 sessions, every one with its own minutes and distance each week.
fn written_out_block() -> Plan {
    let kinds = [
        Kind::Easy,
        Kind::Intervals,
        Kind::Easy,
        Kind::Tempo,
        Kind::Rest,
        Kind::Steady,
        Kind::LongRun,
    ];
    let weeks = (0..12u16)
        .map(|w| {
            let mut week = Week::default();
            for (day, kind) in kinds.into_iter().enumerate() {
                let mut s = Session::new(SessionId(0), kind);
                if kind != Kind::Rest {
                    s.minutes = 40 + 3 * w + 7 * day as u16;
                    // About 5:50 per km, to the 100 m.
                    s.distance_m = Some(u32::from(s.minutes) * 171 / 100 * 100);
                }
                week.days[day].push(s);
            }
            week
        })
        .collect();
    let mut plan = Plan {
        start: Date::parse("2027-01-04"),
        weeks,
        ..Plan::default()
    };
    plan.renumber_sessions();
    plan
}

/// Prints one plan's line, after checking that its link opens to the same plan.
fn print_link(name: &str, plan: &Plan) {
    if let Err(error) = plan.validate() {
        panic!("{name}: not a valid plan: {error:?}");
    }
    let payload = link::encode(plan, false);
    let fragment = link::fragment(plan, false);
    let mut expected = plan.clone();
    expected.renumber_sessions();
    let back = link::decode(&payload).expect("the link decodes");
    assert_eq!(back.plan, expected, "{name} round-trips");
    println!("{name}\t{}\t{}\t{payload}", payload.len(), fragment.len());
}

fn main() {
    let weeks = [
        ("seed 001 Effective week", effective_week()),
        ("seed 001 Unbalanced week", unbalanced_week()),
        ("10 sessions (scoring bench week)", scoring_bench_week()),
        ("14 sessions with titles", fourteen_session_week()),
    ];
    for (name, week) in weeks {
        print_link(name, &Plan::of_week(week));
    }
    print_link("12-week block built by duplicating", &duplicated_block());
    print_link(
        "12-week block, every session written out",
        &written_out_block(),
    );
}
