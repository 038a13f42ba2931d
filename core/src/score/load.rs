//! Load relative to what the runner has built: the week against the usual week, the
//! biggest run against the longest run of the last 30 days.
//!
//! Sources: seed 000 (judge a week relative to what this runner has built, not in the
//! abstract); week ÷ usual week ≤ 1.10 fine, 1.10–1.30 caution, > 1.30 too big a jump; a
//! week well under the usual one is a deload, only noted (DOMAIN.md rule 4). The
//! single-run spike follows the Garmin-RUNSAFE study (Frandsen, Nielsen et al., BJSM
//! 2025; 5,205 runners): runs longer than the 30-day longest run raised injury hazard
//! (HR 1.64 for +10–30 %, 2.28 for more than +100 %), while the acute:chronic workload
//! ratio did not predict injury (Impellizzeri et al. 2020 argue it should be dropped).
//! Messages say "relative to what you've built", never an injury probability.
//!
//! Both comparisons need the profile (or, in a block, the weeks before); in distance
//! when the profile gives it and every run of the week carries one — the distances
//! plans write, and what the Garmin-RUNSAFE study measured — else in minutes.
//!
//! Without a usual week to compare with, a week is still never "fine" whatever its
//! size: past the biggest week any runner of the level runs it is flagged and asks for
//! the profile. The ceilings are a quarter above the peak weeks of published plans for
//! each level — beginner: Higdon's Novice 1 marathon peaks at 40 mi (64 km);
//! intermediate: Pfitzinger & Douglas' 18/70 at 70 mi (113 km); advanced: elite
//! marathoners' 200 km weeks — in time at the paces those runners train at.

use super::facts::{Facts, Run};
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject, Unit};
use crate::model::{Athlete, SessionId};
use crate::report::{FindingCode, Severity};

/// Where the week-load rule comes from, as the finding cites it.
pub const SOURCE: &str = "Seed 000: judge the week relative to what you've built \
    (week ÷ usual week: ≤ 1.10 fine, 1.10–1.30 caution, > 1.30 too big a jump)";

/// Where the week-size ceilings come from, as the finding cites it.
pub const SIZE_SOURCE: &str = "Peak weeks of published plans, plus a quarter: Higdon Novice 1 \
    (64 km) for beginners, Pfitzinger & Douglas 18/70 (113 km) for intermediate runners, \
    elite marathoners' 200 km for advanced";

/// Where the single-run rule comes from, as the finding cites it.
pub const SPIKE_SOURCE: &str = "Garmin-RUNSAFE (Frandsen, Nielsen et al., BJSM 2025): \
    single runs past the 30-day longest run raised injury hazard";

/// Load thresholds and what crossing them costs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LoadTable {
    /// Week ÷ usual week up to this is fine…
    pub fine_up_to: f64,
    /// …above this it is too big a jump (a problem); between, a caution.
    pub jump_above: f64,
    /// Below this the week is a deload: noted, never penalised.
    pub deload_below: f64,
    /// Points per percent of the week over `fine_up_to`, then, past `jump_above`, for
    /// the jump and per percent past it.
    pub points_per_percent_over: f64,
    pub points_at_jump: f64,
    pub points_per_percent_past_jump: f64,
    /// Biggest run ÷ 30-day longest run up to this is fine…
    pub spike_fine_up_to: f64,
    /// …above this it is a problem; between, a caution.
    pub spike_problem_above: f64,
    /// Points for a spike just past `spike_fine_up_to`, plus these per unit of ratio
    /// past it (a caution band: 4 to 8)…
    pub spike_points_at_threshold: f64,
    pub spike_points_per_unit: f64,
    /// …and past `spike_problem_above`, these and these per unit (twice the longest: 22).
    pub spike_points_at_problem: f64,
    pub spike_points_per_unit_past_problem: f64,
    /// The biggest week a runner of each level runs (beginner, intermediate, advanced),
    /// in minutes and in metres; past it, with no usual week given, the week is flagged.
    pub ceiling_minutes: [u32; 3],
    pub ceiling_metres: [u32; 3],
    /// Past the ceiling times this, a problem.
    pub ceiling_problem_times: f64,
    /// Points for a week just past the ceiling, plus these per percent over it.
    pub ceiling_points: f64,
    pub ceiling_points_per_percent: f64,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The load table.
pub const LOAD: LoadTable = LoadTable {
    fine_up_to: 1.10,
    jump_above: 1.30,
    deload_below: 0.80,
    points_per_percent_over: 0.3,
    points_at_jump: 10.0,
    points_per_percent_past_jump: 0.5,
    spike_fine_up_to: 1.10,
    spike_problem_above: 1.30,
    spike_points_at_threshold: 4.0,
    spike_points_per_unit: 20.0,
    spike_points_at_problem: 8.0,
    spike_points_per_unit_past_problem: 20.0,
    ceiling_minutes: [8 * 60, 13 * 60, 20 * 60],
    ceiling_metres: [80_000, 140_000, 250_000],
    ceiling_problem_times: 1.5,
    ceiling_points: 10.0,
    ceiling_points_per_percent: 0.5,
    cap: 30,
};

/// This week's running and the usual week's, when the profile allows comparing them.
/// In distance when both the week and the profile have it (the distances plans write,
/// and what the Garmin-RUNSAFE study measured), else in minutes.
pub(crate) fn week_and_usual(facts: &Facts, athlete: &Athlete) -> Option<(u64, u64, Unit)> {
    if facts.volume.runs == 0 {
        return None;
    }
    if let (Some(metres), Some(usual)) = (
        facts.volume.metres(),
        athlete.usual_week_m.filter(|&m| m > 0),
    ) {
        return Some((metres, u64::from(usual), Unit::Metres));
    }
    let usual = athlete.usual_week_minutes.filter(|&m| m > 0)?;
    Some((facts.volume.minutes, u64::from(usual), Unit::Minutes))
}

/// The week's biggest run and the 30-day longest, when the profile allows comparing them.
/// In distance when every run of the week and the profile have it, else in minutes,
/// else in distance among the runs that carry one.
pub(crate) fn run_and_longest(facts: &Facts, athlete: &Athlete) -> Option<(Run, u32, u32, Unit)> {
    let by_distance = || {
        let longest = athlete.longest_recent_run_m.filter(|&m| m > 0)?;
        let run = facts.longest_by_distance?;
        Some((run, run.metres?, longest, Unit::Metres))
    };
    if facts.volume.metres().is_some() {
        if let Some(found) = by_distance() {
            return Some(found);
        }
    }
    if let Some(longest) = athlete.longest_recent_run_minutes.filter(|&m| m > 0) {
        let run = facts.longest_by_time?;
        return Some((
            run,
            u32::from(run.minutes),
            u32::from(longest),
            Unit::Minutes,
        ));
    }
    by_distance()
}

/// Raises flags for a jump in weekly load, a deload, a week past any runner's, and a
/// single-run spike.
pub(crate) fn check(facts: &Facts, athlete: &Athlete, sink: &mut (impl Sink + ?Sized)) {
    let from_weeks = facts.history.weeks;
    let left_out = facts.history.easier_left_out;
    match week_and_usual(facts, athlete) {
        Some((this_week, usual, unit)) => {
            week(this_week, usual, unit, (from_weeks, left_out), sink)
        }
        None => size(facts, athlete, sink),
    }
    if let Some((run, this_run, longest, unit)) = run_and_longest(facts, athlete) {
        spike(run, this_run, longest, unit, from_weeks, sink);
    }
}

fn week(
    this_week: u64,
    usual: u64,
    unit: Unit,
    (from_weeks, easier_left_out): (u8, u8),
    sink: &mut (impl Sink + ?Sized),
) {
    let ratio = this_week as f64 / usual as f64;
    let detail = Detail::Load {
        this_week,
        usual,
        unit,
        from_weeks,
        easier_left_out,
    };
    let (code, severity, points) = if ratio > LOAD.jump_above {
        let past = (ratio - LOAD.jump_above) * 100.0;
        let points = LOAD.points_at_jump + past * LOAD.points_per_percent_past_jump;
        (FindingCode::LoadJump, Severity::Problem, tenths(points))
    } else if ratio > LOAD.fine_up_to {
        let over = (ratio - LOAD.fine_up_to) * 100.0;
        let points = tenths(over * LOAD.points_per_percent_over);
        (FindingCode::LoadJump, Severity::Caution, points)
    } else if ratio < LOAD.deload_below {
        (FindingCode::UnderLoad, Severity::Info, 0)
    } else {
        return;
    };
    sink.raise(Flag {
        code,
        severity,
        points,
        days: DaySet::default(),
        subject: Subject::Week,
        detail,
    });
}

/// A week bigger than the level's ceiling, judged without a usual week.
fn size(facts: &Facts, athlete: &Athlete, sink: &mut (impl Sink + ?Sized)) {
    if facts.volume.runs == 0 {
        return;
    }
    let level = athlete.effective_level() as usize;
    let (ceiling_minutes, ceiling_metres) =
        (LOAD.ceiling_minutes[level], LOAD.ceiling_metres[level]);
    let metres = facts.volume.metres();
    // The larger of the two readings, so a fast runner's big week in km still counts.
    let by_time = facts.volume.minutes as f64 / f64::from(ceiling_minutes);
    let by_distance = metres.map_or(0.0, |m| m as f64 / f64::from(ceiling_metres));
    let ratio = by_time.max(by_distance);
    if ratio <= 1.0 {
        return;
    }
    let severity = if ratio > LOAD.ceiling_problem_times {
        Severity::Problem
    } else {
        Severity::Caution
    };
    let points = LOAD.ceiling_points + (ratio - 1.0) * 100.0 * LOAD.ceiling_points_per_percent;
    sink.raise(Flag {
        code: FindingCode::WeekTooBig,
        severity,
        points: tenths(points),
        days: DaySet::default(),
        subject: Subject::Week,
        detail: Detail::WeekSize {
            minutes: facts.volume.minutes,
            metres,
            ceiling_minutes,
            ceiling_metres,
            level: athlete.level,
        },
    });
}

/// Whether a run of `this_run` spikes past the `longest` recent one.
fn spikes(this_run: u32, longest: u32) -> bool {
    f64::from(this_run) / f64::from(longest) > LOAD.spike_fine_up_to
}

/// When the week's biggest run spikes past the longest recent one: that run and the
/// length the spike finding asks it back to (10% past the longest), in its unit.
/// Other advice on the same run names this length too, so two findings never give
/// one run two different targets.
pub(crate) fn spike_target(facts: &Facts, athlete: &Athlete) -> Option<(SessionId, f64, Unit)> {
    let (run, this_run, longest, unit) = run_and_longest(facts, athlete)?;
    spikes(this_run, longest).then(|| (run.id, f64::from(longest) * LOAD.spike_fine_up_to, unit))
}

fn spike(
    run: Run,
    this_run: u32,
    longest: u32,
    unit: Unit,
    from_weeks: u8,
    sink: &mut (impl Sink + ?Sized),
) {
    if !spikes(this_run, longest) {
        return;
    }
    let ratio = f64::from(this_run) / f64::from(longest);
    let (severity, points) = if ratio > LOAD.spike_problem_above {
        let past = ratio - LOAD.spike_problem_above;
        (
            Severity::Problem,
            LOAD.spike_points_at_problem + past * LOAD.spike_points_per_unit_past_problem,
        )
    } else {
        let over = ratio - LOAD.spike_fine_up_to;
        (
            Severity::Caution,
            LOAD.spike_points_at_threshold + over * LOAD.spike_points_per_unit,
        )
    };
    sink.raise(Flag {
        code: FindingCode::LongestRunSpike,
        severity,
        points: tenths(points),
        days: DaySet::of(&[run.day]),
        subject: Subject::One(run.id),
        detail: Detail::Spike {
            day: run.day,
            kind: run.kind,
            this_run,
            longest,
            unit,
            from_weeks,
        },
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Kind, Week};
    use crate::samples::{effective_week, week_of};

    fn flags(week: &Week, athlete: &Athlete) -> Vec<Flag> {
        crate::score::flags_of(week, athlete, |facts, found| check(facts, athlete, found))
    }

    fn usual(minutes: u16) -> Athlete {
        Athlete {
            usual_week_minutes: Some(minutes),
            ..Athlete::default()
        }
    }

    #[test]
    fn no_profile_no_load_flags() {
        assert!(flags(&effective_week(), &Athlete::default()).is_empty());
    }

    #[test]
    fn a_week_like_the_usual_one_is_fine() {
        // The effective week is 345 minutes.
        assert!(flags(&effective_week(), &usual(330)).is_empty());
    }

    #[test]
    fn twenty_percent_more_is_a_caution_forty_a_problem() {
        let found = flags(&effective_week(), &usual(288));
        assert_eq!(found[0].code, FindingCode::LoadJump);
        assert_eq!(found[0].severity, Severity::Caution);
        let found = flags(&effective_week(), &usual(246));
        assert_eq!(found[0].severity, Severity::Problem);
        assert!(found[0].points > 100);
    }

    #[test]
    fn a_deload_is_only_noted() {
        let found = flags(&effective_week(), &usual(575));
        assert_eq!(found[0].code, FindingCode::UnderLoad);
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(found[0].points, 0);
    }

    #[test]
    fn usual_kilometres_need_distances_on_the_runs() {
        let athlete = Athlete {
            usual_week_m: Some(40_000),
            ..Athlete::default()
        };
        assert!(flags(&effective_week(), &athlete).is_empty());
        let mut week = effective_week();
        for day in &mut week.days {
            for session in day {
                session.distance_m = Some(u32::from(session.minutes) * 180);
            }
        }
        // 345 min at 180 m a minute is 62 km: a 55 % jump on 40 km.
        let found = flags(&week, &athlete);
        assert_eq!(found[0].code, FindingCode::LoadJump);
        assert_eq!(found[0].severity, Severity::Problem);
    }

    #[test]
    fn a_week_past_any_runners_is_flagged_without_a_profile() {
        // Forty 30-minute easy runs: 20 hours.
        let mut week = Week::default();
        for (i, day) in week.days.iter_mut().enumerate() {
            for j in 0..(if i < 5 { 6 } else { 5 }) {
                let mut s = crate::model::Session::new(
                    crate::model::SessionId((i * 10 + j) as u32 + 1),
                    Kind::Easy,
                );
                s.minutes = 30;
                day.push(s);
            }
        }
        assert_eq!(week.session_count(), 40);
        let found = flags(&week, &Athlete::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::WeekTooBig);
        assert_eq!(found[0].severity, Severity::Problem);
        // An advanced runner's ceiling is 20 h: this week is at it, not past it.
        let advanced = Athlete {
            level: Some(crate::model::Level::Advanced),
            ..Athlete::default()
        };
        assert!(flags(&week, &advanced).is_empty());
        // Against a usual week of 20 h it is an ordinary week.
        assert!(flags(&week, &usual(1200)).is_empty());
    }

    #[test]
    fn an_ordinary_week_without_a_profile_is_not_flagged() {
        assert!(flags(&effective_week(), &Athlete::default()).is_empty());
    }

    #[test]
    fn a_spike_costs_more_the_further_it_goes() {
        let mut week = week_of([(Kind::Rest, 0); 7]);
        week.days[6][0] = crate::model::Session::new(crate::model::SessionId(9), Kind::LongRun);
        let mut points = |minutes: u16| {
            week.days[6][0].minutes = minutes;
            let athlete = Athlete {
                longest_recent_run_minutes: Some(100),
                ..Athlete::default()
            };
            flags(&week, &athlete)
                .iter()
                .find(|f| f.code == FindingCode::LongestRunSpike)
                .map_or(0, |f| f.points)
        };
        assert_eq!(points(110), 0);
        assert!(points(115) < points(140));
        assert!(points(140) < points(200));
        assert!(points(200) < points(300));
    }

    #[test]
    fn a_run_past_the_longest_recent_one_is_a_spike() {
        let week = week_of([
            (Kind::Rest, 0),
            (Kind::Easy, 40),
            (Kind::Rest, 0),
            (Kind::Easy, 40),
            (Kind::Rest, 0),
            (Kind::Easy, 40),
            (Kind::LongRun, 150),
        ]);
        let athlete = Athlete {
            longest_recent_run_minutes: Some(100),
            ..Athlete::default()
        };
        let found = flags(&week, &athlete);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::LongestRunSpike);
        assert_eq!(found[0].severity, Severity::Problem);
        assert_eq!(found[0].days, DaySet::of(&[6]));
        let near = Athlete {
            longest_recent_run_minutes: Some(140),
            ..Athlete::default()
        };
        assert!(flags(&week, &near).is_empty());
    }
}
