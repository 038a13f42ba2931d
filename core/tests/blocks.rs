//! A week in its block: the usual week and the longest run read from the weeks before,
//! spacing across the week's ends, and the across-week rules — on made-up blocks here,
//! and on published schedules in `published_blocks.rs`.

use weekboard_core::model::{Athlete, Kind, Session, SessionId, Week};
use weekboard_core::plan::{Units, WeekStart};
use weekboard_core::report::{FindingCode, Report};
use weekboard_core::samples::{effective_week, week_of};
use weekboard_core::score::{score_with, strip, Context};

fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.code.as_str()).collect()
}

fn message(report: &Report, code: FindingCode) -> &str {
    report
        .findings
        .iter()
        .find(|f| f.code == code)
        .map(|f| f.message.as_str())
        .unwrap_or_else(|| panic!("no {code:?} in {:?}", codes(report)))
}

fn in_block(weeks: &[Week], index: usize, athlete: &Athlete) -> Report {
    score_with(
        &weeks[index],
        athlete,
        Units::Km,
        &Context::in_block(weeks, index, athlete),
    )
}

/// The effective week with every session's minutes scaled by `percent`.
fn scaled(percent: u32) -> Week {
    let mut week = effective_week();
    for day in &mut week.days {
        for s in day {
            s.minutes = (u32::from(s.minutes) * percent / 100) as u16;
        }
    }
    week
}

#[test]
fn the_usual_week_is_the_mean_of_the_weeks_before() {
    let weeks = [
        scaled(100),
        scaled(100),
        scaled(100),
        scaled(100),
        scaled(140),
    ];
    let report = in_block(&weeks, 4, &Athlete::default());
    let jump = message(&report, FindingCode::LoadJump);
    assert!(jump.contains("the mean of your last 4 weeks"), "{jump}");
    // Without the block, a week with no profile has no usual week to compare.
    let alone = weekboard_core::score(&weeks[4], &Athlete::default());
    assert!(!codes(&alone).contains(&"load_jump"));
}

#[test]
fn a_week_back_at_its_level_after_an_easier_one_is_no_jump() {
    // Three weeks at one level, a step-back week, then the level again: the shape of
    // Pfitzinger's and Higdon's schedules.
    let weeks = [
        scaled(100),
        scaled(100),
        scaled(100),
        scaled(70),
        scaled(100),
    ];
    let report = in_block(&weeks, 4, &Athlete::default());
    assert!(
        !codes(&report).contains(&"load_jump"),
        "{:?}",
        codes(&report)
    );
    // A real jump after an easier week is still one, and says what it compared with.
    let weeks = [
        scaled(100),
        scaled(100),
        scaled(100),
        scaled(70),
        scaled(130),
    ];
    let report = in_block(&weeks, 4, &Athlete::default());
    let jump = message(&report, FindingCode::LoadJump);
    assert!(
        jump.contains("the mean of your last 4 weeks leaving out the easier one"),
        "{jump}"
    );
}

#[test]
fn the_first_week_falls_back_on_the_profile() {
    let weeks = [scaled(140), scaled(100)];
    let athlete = Athlete {
        usual_week_minutes: Some(345),
        ..Athlete::default()
    };
    let report = in_block(&weeks, 0, &athlete);
    let jump = message(&report, FindingCode::LoadJump);
    assert!(jump.contains("your usual week"), "{jump}");
    // The second week is read against the first.
    let second = in_block(&weeks, 1, &athlete);
    assert!(
        codes(&second).contains(&"under_load"),
        "{:?}",
        codes(&second)
    );
}

#[test]
fn the_long_run_is_read_against_the_last_month() {
    let mut weeks = vec![effective_week(); 4];
    let mut longer = effective_week();
    longer.days[6][0].minutes = 150; // 100 before
    weeks.push(longer);
    let report = in_block(&weeks, 4, &Athlete::default());
    let spike = message(&report, FindingCode::LongestRunSpike);
    assert!(spike.contains("of your last 4 weeks"), "{spike}");
}

#[test]
fn spacing_reads_across_the_weeks_ends() {
    // A Saturday race, then Tuesday intervals the week after: 2 easy days where 3 are
    // needed. On its own, the second week has nothing to say about it.
    let mut race_week = week_of([(Kind::Easy, 40); 7]);
    race_week.days[5][0] = Session::new(SessionId(90), Kind::Race);
    let mut after = week_of([(Kind::Easy, 40); 7]);
    after.days[1][0] = Session::new(SessionId(91), Kind::Intervals);
    let weeks = [race_week, after];
    let report = in_block(&weeks, 1, &Athlete::default());
    let short = message(&report, FindingCode::RecoveryTooShort);
    assert!(
        short.starts_with("Tuesday's intervals come only 2 easy days after last Saturday's race"),
        "{short}"
    );
    let alone = weekboard_core::score(&weeks[1], &Athlete::default());
    assert!(!codes(&alone).contains(&"recovery_too_short"));
    // And from the race week's side: next Tuesday's intervals, not "when the week repeats".
    let report = in_block(&weeks, 0, &Athlete::default());
    let short = message(&report, FindingCode::RecoveryTooShort);
    assert!(
        short.contains("next Tuesday's intervals") || short.starts_with("Next"),
        "{short}"
    );
}

fn in_block_from(weeks: &[Week], index: usize, week_start: WeekStart) -> Report {
    let athlete = Athlete::default();
    let mut context = Context::in_block(weeks, index, &athlete);
    context.show_from(week_start);
    score_with(&weeks[index], &athlete, Units::Km, &context)
}

/// Easy 40-minute days, with `kind` on storage day `day` (0 = Monday).
fn easy_week_with(day: usize, kind: Kind, id: u32) -> Week {
    let mut week = week_of([(Kind::Easy, 40); 7]);
    week.days[day][0] = Session::new(SessionId(id), kind);
    week
}

/// A week shown from Sunday has its Sunday the day before its Monday: across the
/// week's ends the week before's Saturday meets this Sunday, and the week before's
/// Sunday (its first day) is eight days before this Monday.
#[test]
fn a_week_shown_from_sunday_meets_its_neighbours_at_saturday_and_sunday() {
    // Intervals last Saturday, tempo this Sunday.
    let weeks = [
        easy_week_with(5, Kind::Intervals, 90),
        easy_week_with(6, Kind::Tempo, 91),
    ];
    let sunday_first = in_block_from(&weeks, 1, WeekStart::Sunday);
    let back = message(&sunday_first, FindingCode::HardDaysBackToBack);
    assert!(
        back.starts_with("Sunday's tempo comes the day after last Saturday's intervals"),
        "{back}"
    );
    assert_eq!(sunday_first.findings[0].days, vec![6]);
    // Monday first, the two are eight days apart.
    let monday_first = in_block_from(&weeks, 1, WeekStart::Monday);
    assert!(
        !codes(&monday_first).contains(&"hard_days_back_to_back"),
        "{:?}",
        codes(&monday_first)
    );

    // Intervals last Sunday, tempo this Monday: back to back Monday first only.
    let weeks = [
        easy_week_with(6, Kind::Intervals, 90),
        easy_week_with(0, Kind::Tempo, 91),
    ];
    let monday_first = in_block_from(&weeks, 1, WeekStart::Monday);
    assert!(codes(&monday_first).contains(&"hard_days_back_to_back"));
    let sunday_first = in_block_from(&weeks, 1, WeekStart::Sunday);
    assert!(
        !codes(&sunday_first).contains(&"hard_days_back_to_back"),
        "{:?}",
        codes(&sunday_first)
    );
    assert_eq!(sunday_first.score, Some(100));

    // The strip marks the same weeks the board scores.
    for week_start in [WeekStart::Monday, WeekStart::Sunday] {
        let marks = strip(&weeks, &Athlete::default(), week_start);
        assert_eq!(marks[1].score, in_block_from(&weeks, 1, week_start).score);
    }
}

/// A race week on its own isn't a week you repeat. Shown from Sunday, its Sunday
/// comes six days before a Saturday race, not the day after it.
#[test]
fn a_race_week_shown_from_sunday_has_its_sunday_before_the_race() {
    let mut week = easy_week_with(5, Kind::Race, 90);
    week.days[6][0] = Session::new(SessionId(91), Kind::Intervals);
    let athlete = Athlete::default();
    let score = |week_start| {
        let mut context = Context::default();
        context.show_from(week_start);
        score_with(&week, &athlete, Units::Km, &context)
    };
    assert!(codes(&score(WeekStart::Monday)).contains(&"hard_days_back_to_back"));
    let sunday_first = score(WeekStart::Sunday);
    assert!(
        !codes(&sunday_first).contains(&"hard_days_back_to_back"),
        "{:?}",
        codes(&sunday_first)
    );
}

#[test]
fn a_build_with_no_easier_week_is_noted_then_a_caution() {
    let weeks: Vec<Week> = (0..7).map(|i| scaled(100 + 4 * i)).collect();
    let marks = strip(&weeks, &Athlete::default(), WeekStart::Monday);
    let noted: Vec<bool> = marks
        .iter()
        .map(|m| m.across.contains(&FindingCode::NoEasierWeek))
        .collect();
    assert_eq!(
        noted,
        [false, false, false, true, true, true, true],
        "{marks:?}"
    );
    let report = in_block(&weeks, 6, &Athlete::default());
    let build = report
        .findings
        .iter()
        .find(|f| f.code == FindingCode::NoEasierWeek)
        .unwrap();
    assert_eq!(build.severity, weekboard_core::Severity::Caution);
    assert!(
        build.message.contains("7th week in a row"),
        "{}",
        build.message
    );
    // An easier fourth week starts the count again.
    let mut with_down = weeks.clone();
    with_down[3] = scaled(70);
    let marks = strip(&with_down, &Athlete::default(), WeekStart::Monday);
    assert!(marks[3].easier);
    assert!(
        !marks
            .iter()
            .any(|m| m.across.contains(&FindingCode::NoEasierWeek)),
        "{marks:?}"
    );
}

fn marathon() -> Session {
    let mut race = Session::new(SessionId(99), Kind::Race);
    race.minutes = 230;
    race.distance_m = Some(42_195);
    race
}

#[test]
fn a_taper_that_drops_intensity_and_keeps_volume_has_it_backwards() {
    let build = effective_week();
    // The same minutes, every quality session made an easy run.
    let mut no_quality = effective_week();
    for day in &mut no_quality.days {
        for s in day.iter_mut().filter(|s| s.kind.is_hard()) {
            s.kind = Kind::Easy;
        }
    }
    let mut race_week = scaled(40);
    race_week.days[6] = vec![marathon()];
    let weeks = [build.clone(), build.clone(), build, no_quality, race_week];
    let report = in_block(&weeks, 3, &Athlete::default());
    assert!(
        codes(&report).contains(&"taper_backwards"),
        "{:?}",
        codes(&report)
    );
    // A taper that cuts volume and keeps the quality is what the sources advise.
    let mut good = weeks.clone();
    good[3] = scaled(60);
    let report = in_block(&good, 3, &Athlete::default());
    assert!(!codes(&report).contains(&"taper_backwards"));
    // The race week, lighter, is fine; one as big as the build is not.
    let report = in_block(&good, 4, &Athlete::default());
    assert!(
        !codes(&report).contains(&"race_week_not_lighter"),
        "{:?}",
        codes(&report)
    );
    let mut heavy = good.clone();
    heavy[4] = scaled(130);
    heavy[4].days[6] = vec![marathon()];
    let report = in_block(&heavy, 4, &Athlete::default());
    assert!(
        codes(&report).contains(&"race_week_not_lighter"),
        "{:?}",
        codes(&report)
    );
}

#[test]
fn the_strip_marks_every_week() {
    let mut weeks: Vec<Week> = vec![scaled(100), scaled(110), scaled(70), Week::default()];
    weeks[2].days[6] = vec![marathon()];
    let marks = strip(&weeks, &Athlete::default(), WeekStart::Monday);
    assert_eq!(marks.len(), 4);
    assert!(marks[2].race && marks[2].easier);
    assert_eq!(marks[3].score, None);
    assert_eq!(marks[0].minutes, 345);
    for (i, mark) in marks.iter().enumerate().take(3) {
        assert_eq!(
            mark.score,
            in_block(&weeks, i, &Athlete::default()).score,
            "week {i}"
        );
    }
}
