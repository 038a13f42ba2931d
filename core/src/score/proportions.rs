//! Volume proportions: how big the long run and the quality work are, as shares of the
//! week's running.
//!
//! Source: Jack Daniels, *Daniels' Running Formula* (DOMAIN.md rule 5): long run ≤ 25 %
//! of weekly volume (≤ 30 % under 64 km a week) and ≤ 150 min; marathon pace ≤ 20 %;
//! threshold ≤ 10 %; intervals ≤ 8 % (10 km at most); repetitions ≤ 5 % (8 km at most).
//! The marathon-pace cap counts planned marathon-pace work (`@ MP` in a workout); a
//! moderate run with no set pace is the grey zone, which the intensity rule judges.
//!
//! The work inside a session is `effort`'s: read from the workout when it parses, else
//! estimated from the session's kind and length. Volume is in metres when every run
//! carries a distance, else in minutes; without distances a week under 6 h stands in
//! for "under 64 km" (about 5:40 per km), one under 3 h 45 min for "under 40 km".
//!
//! Under 40 km a week the long run may be 40 % (stated reasoning: with three or four
//! short runs, 30 % would keep it under an hour; beginner plans — Higdon's Novice,
//! Galloway's — put 40–50 % of a short week in the long run).
//!
//! Where a caution becomes a problem (stated reasoning, since Daniels gives caps, not
//! degrees past them): a long run that is more than half the week, when the rest of the
//! week is smaller than the long run itself (three fifths under 40 km); quality work at
//! twice its share or one and a half times its distance cap — threshold work from a
//! quarter of the week, past even the Norwegian model's 20–25 % of controlled
//! sub-threshold running (Casado, Foster, Bakken & Tjelta 2023), which a coach of that
//! school would sign where Daniels' 10 % would not. Past a cap the points grow
//! gently (a plan's design can sit there); past the problem point, steeply. Within ten
//! points of the long run's cap it is only noted: other schools' plans sit there
//! (Pfitzinger's long runs are about a third of the week), so it is a difference of
//! school, not a fault. Published plans disagree about the long run's length
//! — Higdon's and Pfitzinger's marathon plans go to 20–22 miles, Hansons' stops at 16 —
//! so past Daniels' 150 minutes it is only noted, a caution from 3 hours (Hansons'
//! reason for its 16-mile cap) and a problem from 4.

use super::effort::Quality;
use super::facts::Facts;
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject, Unit};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Daniels' Running Formula: long run ≤ 25 % of the week (30 % under \
    64 km) and ≤ 150 min; marathon pace ≤ 20 %; threshold ≤ 10 %; intervals ≤ 8 % (10 km); \
    repetitions ≤ 5 % (8 km). Hansons Marathon Method: long runs capped at about 3 h. \
    Casado et al. 2023: the Norwegian model's threshold work is 20–25 % of the week";

/// Daniels' caps, and where each becomes a problem.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ProportionsTable {
    /// Long run share cap (percent) of a week of 64 km or more…
    pub long_run_share: f64,
    /// …of a smaller one, and of one under 40 km.
    pub long_run_share_small_week: f64,
    pub long_run_share_short_week: f64,
    /// Up to this many points past its cap the long run's share is only noted: that is
    /// where other schools' plans sit (Pfitzinger's long runs are about a third of the
    /// week). Past it, a caution.
    pub long_run_note_band: f64,
    /// A long run past this share (percent) is a problem; under 40 km, past the second.
    pub long_run_share_problem: f64,
    pub long_run_share_problem_short_week: f64,
    pub small_week_metres: u64,
    pub short_week_metres: u64,
    /// Without distances, weeks under these many minutes count as small and short.
    pub small_week_minutes: u64,
    pub short_week_minutes: u64,
    /// Daniels' cap on the long run's length: past it, a note…
    pub long_run_max_minutes: u16,
    /// …past this a caution, past this a problem.
    pub long_run_caution_minutes: u16,
    pub long_run_problem_minutes: u16,
    /// Caps (percent of the week) for marathon pace, threshold, intervals, repetitions.
    pub quality_share: [f64; 4],
    /// Absolute caps in metres, where Daniels gives one.
    pub quality_max_metres: [Option<u32>; 4],
    /// Past these shares (percent) quality work is a problem: twice Daniels' caps, but
    /// for threshold a quarter of the week, where the Norwegian model's controlled
    /// sub-threshold running tops out (20–25 % of the week, Casado et al. 2023).
    pub quality_problem_share: [f64; 4],
    /// Past this many times its metres cap, quality work is a problem.
    pub quality_problem_metres_times: f64,
    /// Points per percent over a share cap, and per percent past the problem point.
    pub points_per_percent_over: f64,
    pub points_per_percent_past_problem: f64,
    /// Points for quality work over its metres cap, plus these per km over.
    pub points_over_metres_cap: f64,
    pub points_per_km_over: f64,
    /// Points for a long run past the caution length, plus these per 10 minutes, and
    /// per 10 minutes past the problem length.
    pub points_over_time: f64,
    pub points_per_10_minutes_over: f64,
    pub points_per_10_minutes_past_problem: f64,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The proportions table.
pub const PROPORTIONS: ProportionsTable = ProportionsTable {
    long_run_share: 25.0,
    long_run_share_small_week: 30.0,
    long_run_share_short_week: 40.0,
    long_run_note_band: 10.0,
    long_run_share_problem: 50.0,
    long_run_share_problem_short_week: 60.0,
    small_week_metres: 64_000,
    short_week_metres: 40_000,
    small_week_minutes: 360,
    short_week_minutes: 225,
    long_run_max_minutes: 150,
    long_run_caution_minutes: 180,
    long_run_problem_minutes: 240,
    quality_share: [20.0, 10.0, 8.0, 5.0],
    quality_max_metres: [None, None, Some(10_000), Some(8_000)],
    quality_problem_share: [40.0, 25.0, 16.0, 10.0],
    quality_problem_metres_times: 1.5,
    points_per_percent_over: 0.3,
    points_per_percent_past_problem: 1.0,
    points_over_metres_cap: 4.0,
    points_per_km_over: 1.0,
    points_over_time: 2.0,
    points_per_10_minutes_over: 0.5,
    points_per_10_minutes_past_problem: 1.0,
    cap: 25,
};

/// Raises flags for a long run too big for the week, and quality work over its caps.
pub(crate) fn check(facts: &Facts, sink: &mut (impl Sink + ?Sized)) {
    let (total, unit) = match facts.volume.metres() {
        Some(m) if m > 0 => (m as f64, Unit::Metres),
        _ => (facts.volume.minutes as f64, Unit::Minutes),
    };
    if total <= 0.0 {
        return;
    }
    long_run(facts, total, unit, sink);
    for quality in Quality::ALL {
        quality_volume(facts, quality, total, unit, sink);
    }
}

fn long_run(facts: &Facts, total: f64, unit: Unit, sink: &mut (impl Sink + ?Sized)) {
    let t = PROPORTIONS;
    let Some(run) = facts.long_run else {
        return;
    };
    let (small_week, short_week) = match unit {
        Unit::Metres => (
            (total as u64) < t.small_week_metres,
            (total as u64) < t.short_week_metres,
        ),
        Unit::Minutes => (
            (total as u64) < t.small_week_minutes,
            (total as u64) < t.short_week_minutes,
        ),
    };
    let size = match unit {
        Unit::Metres => f64::from(run.metres.unwrap_or(0)),
        Unit::Minutes => f64::from(run.minutes),
    };
    let share = 100.0 * size / total;
    let (cap, problem_share) = if short_week {
        (
            t.long_run_share_short_week,
            t.long_run_share_problem_short_week,
        )
    } else if small_week {
        (t.long_run_share_small_week, t.long_run_share_problem)
    } else {
        (t.long_run_share, t.long_run_share_problem)
    };
    let over_share = share > cap;
    let over_time = run.minutes > t.long_run_max_minutes;
    if !over_share && !over_time {
        return;
    }
    let mut points = 0.0;
    let mut severity = Severity::Info;
    if over_share {
        let noted_up_to = cap + t.long_run_note_band;
        severity = if share > problem_share {
            Severity::Problem
        } else if share > noted_up_to {
            Severity::Caution
        } else {
            Severity::Info
        };
        if severity > Severity::Info {
            points += (share - cap) * t.points_per_percent_over
                + (share - problem_share).max(0.0) * t.points_per_percent_past_problem;
        }
    }
    if run.minutes > t.long_run_caution_minutes {
        let over = f64::from(run.minutes - t.long_run_caution_minutes);
        let past = f64::from(run.minutes.saturating_sub(t.long_run_problem_minutes));
        // The share and the length are one finding about one run: the larger counts.
        let by_length = t.points_over_time
            + over / 10.0 * t.points_per_10_minutes_over
            + past / 10.0 * t.points_per_10_minutes_past_problem;
        points = points.max(by_length);
        let by_time = if run.minutes > t.long_run_problem_minutes {
            Severity::Problem
        } else {
            Severity::Caution
        };
        severity = severity.max(by_time);
    }
    sink.raise(Flag {
        code: FindingCode::LongRunShare,
        severity,
        points: tenths(points),
        days: DaySet::of(&[run.day]),
        subject: Subject::One(run.id),
        detail: Detail::LongRun {
            day: run.day,
            share_tenths: (share * 10.0).round().min(1000.0) as u16,
            cap: cap as u8,
            minutes: run.minutes,
            over_share,
            over_time,
            unit,
        },
    });
}

fn quality_volume(
    facts: &Facts,
    quality: Quality,
    total: f64,
    unit: Unit,
    sink: &mut (impl Sink + ?Sized),
) {
    let t = PROPORTIONS;
    let i = quality as usize;
    let work = match unit {
        Unit::Metres => facts.quality_m[i] as f64,
        Unit::Minutes => facts.quality_s[i] as f64 / 60.0,
    };
    let share = 100.0 * work / total;
    let cap = t.quality_share[i];
    let max_metres = t.quality_max_metres[i].filter(|_| unit == Unit::Metres);
    let metres_over = max_metres.filter(|&max| work > f64::from(max));
    if share <= cap && metres_over.is_none() {
        return;
    }
    let problem_share = t.quality_problem_share[i];
    let mut points = (share - cap).max(0.0) * t.points_per_percent_over
        + (share - problem_share).max(0.0) * t.points_per_percent_past_problem;
    let mut problem = share > problem_share;
    if let Some(max) = metres_over {
        let km_over = (work - f64::from(max)) / 1000.0;
        points = points.max(t.points_over_metres_cap + km_over * t.points_per_km_over);
        problem |= work > f64::from(max) * t.quality_problem_metres_times;
    }
    let mut days = DaySet::default();
    for (day, d) in facts.days.iter().enumerate() {
        if d.quality & (1 << i) != 0 {
            days.insert(day);
        }
    }
    sink.raise(Flag {
        code: FindingCode::QualityVolume,
        severity: if problem {
            Severity::Problem
        } else {
            Severity::Caution
        },
        points: tenths(points),
        days,
        subject: Subject::Quality(quality),
        detail: Detail::Quality {
            quality,
            share_tenths: (share * 10.0).round().min(1000.0) as u16,
            cap: cap as u8,
            metres_over_cap: metres_over.map(|_| work as u32),
        },
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Athlete, Kind, Week};
    use crate::samples::{effective_week, unbalanced_week, week_of};

    fn flags(week: &Week) -> Vec<Flag> {
        crate::score::flags_of(week, &Athlete::default(), |facts, found| {
            check(facts, found)
        })
    }

    #[test]
    fn the_seed_weeks_are_in_proportion() {
        assert!(flags(&effective_week()).is_empty());
        assert!(flags(&unbalanced_week()).is_empty());
    }

    #[test]
    fn a_long_run_that_is_most_of_the_week_is_a_problem() {
        let week = week_of([
            (Kind::Rest, 0),
            (Kind::Easy, 30),
            (Kind::Rest, 0),
            (Kind::Easy, 30),
            (Kind::Rest, 0),
            (Kind::Rest, 0),
            (Kind::LongRun, 100),
        ]);
        let found = flags(&week);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::LongRunShare);
        assert_eq!(found[0].days, DaySet::of(&[6]));
        assert_eq!(found[0].severity, Severity::Problem);
        // 62.5 % of a 160-minute week, past the 40 % cap and the 60 % problem point.
        assert_eq!(found[0].points, 93);
    }

    #[test]
    fn points_grow_with_the_breach() {
        let share_points = |long: u16| {
            let week = week_of([
                (Kind::Easy, 30),
                (Kind::Easy, 30),
                (Kind::Easy, 30),
                (Kind::Easy, 30),
                (Kind::Easy, 30),
                (Kind::Rest, 0),
                (Kind::LongRun, long),
            ]);
            flags(&week)
                .first()
                .map_or((0, None), |f| (f.points, Some(f.severity)))
        };
        assert_eq!(share_points(60), (0, None));
        // 33 % of a week under 6 h, within ten points of the 30 % cap: only noted.
        assert_eq!(share_points(75), (0, Some(Severity::Info)));
        let (a, b, c) = (share_points(130), share_points(145), share_points(160));
        assert_eq!(
            (a.1, b.1, c.1),
            (
                Some(Severity::Caution),
                Some(Severity::Caution),
                Some(Severity::Problem)
            )
        );
        assert!(a.0 < b.0 && b.0 < c.0, "{a:?} {b:?} {c:?}");
    }

    #[test]
    fn a_long_run_past_150_minutes_is_noted_past_3_hours_a_caution() {
        let week = |long: u16| {
            week_of([
                (Kind::Easy, 150),
                (Kind::Easy, 150),
                (Kind::Easy, 150),
                (Kind::Easy, 150),
                (Kind::Easy, 150),
                (Kind::Easy, 150),
                (Kind::LongRun, long),
            ])
        };
        let found = flags(&week(170));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(found[0].points, 0);
        let found = flags(&week(200));
        assert_eq!(found[0].severity, Severity::Caution);
        let found = flags(&week(260));
        assert_eq!(found[0].severity, Severity::Problem);
        assert!(matches!(
            found[0].detail,
            Detail::LongRun {
                over_time: true,
                over_share: false,
                ..
            }
        ));
    }

    #[test]
    fn two_long_tempos_are_too_much_threshold() {
        let week = week_of([
            (Kind::Easy, 40),
            (Kind::Tempo, 70),
            (Kind::Easy, 40),
            (Kind::Easy, 40),
            (Kind::Tempo, 70),
            (Kind::Rest, 0),
            (Kind::LongRun, 90),
        ]);
        let found = flags(&week);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::QualityVolume);
        assert_eq!(found[0].days, DaySet::of(&[1, 4]));
    }

    #[test]
    fn the_workout_gives_the_threshold_work() {
        // Estimated, two 70-minute tempos hold 83 minutes at threshold (24 % of 350);
        // written out, 3 × 5 minutes each is 30 (9 %), within Daniels' 10 %.
        let mut week = week_of([
            (Kind::Easy, 40),
            (Kind::Tempo, 70),
            (Kind::Easy, 40),
            (Kind::Easy, 40),
            (Kind::Tempo, 70),
            (Kind::Rest, 0),
            (Kind::LongRun, 90),
        ]);
        for day in [1, 4] {
            week.days[day][0].workout = Some("3 x 5' @ T w/ 1' jog".into());
        }
        assert!(flags(&week).is_empty(), "{:?}", flags(&week));
    }
}
