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
//! Both comparisons need the profile; in minutes when the profile gives minutes, else
//! in metres when it gives metres and the week's runs carry distances.

use super::facts::{Facts, Run};
use super::flag::{tenths, DaySet, Detail, Flag, Sink, Subject, Unit};
use crate::model::Athlete;
use crate::report::{FindingCode, Severity};

/// Where the week-load rule comes from, as the finding cites it.
pub const SOURCE: &str = "Seed 000: judge the week relative to what you've built \
    (week ÷ usual week: ≤ 1.10 fine, 1.10–1.30 caution, > 1.30 too big a jump)";

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
    /// Points per percent of the week over `fine_up_to`.
    pub points_per_percent_over: f64,
    /// Biggest run ÷ 30-day longest run up to this is fine…
    pub spike_fine_up_to: f64,
    /// …above this it is a problem; between, a caution.
    pub spike_problem_above: f64,
    /// Above this (more than double) the largest hazard the study saw.
    pub spike_doubled_above: f64,
    /// Points for a caution spike, a problem spike, and a more-than-doubled one.
    pub spike_points: [u32; 3],
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The load table.
pub const LOAD: LoadTable = LoadTable {
    fine_up_to: 1.10,
    jump_above: 1.30,
    deload_below: 0.80,
    points_per_percent_over: 0.5,
    spike_fine_up_to: 1.10,
    spike_problem_above: 1.30,
    spike_doubled_above: 2.0,
    spike_points: [8, 15, 25],
    cap: 30,
};

/// This week's running and the usual week's, when the profile allows comparing them.
pub(crate) fn week_and_usual(facts: &Facts, athlete: &Athlete) -> Option<(u64, u64, Unit)> {
    if facts.volume.runs == 0 {
        return None;
    }
    if let Some(usual) = athlete.usual_week_minutes.filter(|&m| m > 0) {
        return Some((facts.volume.minutes, u64::from(usual), Unit::Minutes));
    }
    let usual = athlete.usual_week_m.filter(|&m| m > 0)?;
    Some((facts.volume.metres()?, u64::from(usual), Unit::Metres))
}

/// The week's biggest run and the 30-day longest, when the profile allows comparing them.
pub(crate) fn run_and_longest(facts: &Facts, athlete: &Athlete) -> Option<(Run, u32, u32, Unit)> {
    if let Some(longest) = athlete.longest_recent_run_minutes.filter(|&m| m > 0) {
        let run = facts.longest_by_time?;
        return Some((
            run,
            u32::from(run.minutes),
            u32::from(longest),
            Unit::Minutes,
        ));
    }
    let longest = athlete.longest_recent_run_m.filter(|&m| m > 0)?;
    let run = facts.longest_by_distance?;
    Some((run, run.metres?, longest, Unit::Metres))
}

/// Raises flags for a jump in weekly load, a deload, and a single-run spike.
pub(crate) fn check(facts: &Facts, athlete: &Athlete, sink: &mut impl Sink) {
    if let Some((this_week, usual, unit)) = week_and_usual(facts, athlete) {
        week(this_week, usual, unit, sink);
    }
    if let Some((run, this_run, longest, unit)) = run_and_longest(facts, athlete) {
        spike(run, this_run, longest, unit, sink);
    }
}

fn week(this_week: u64, usual: u64, unit: Unit, sink: &mut impl Sink) {
    let ratio = this_week as f64 / usual as f64;
    let detail = Detail::Load {
        this_week,
        usual,
        unit,
    };
    let (code, severity, points) = if ratio > LOAD.fine_up_to {
        let over = (ratio - LOAD.fine_up_to) * 100.0;
        let severity = if ratio > LOAD.jump_above {
            Severity::Problem
        } else {
            Severity::Caution
        };
        let points = tenths(over * LOAD.points_per_percent_over);
        (FindingCode::LoadJump, severity, points)
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

fn spike(run: Run, this_run: u32, longest: u32, unit: Unit, sink: &mut impl Sink) {
    let ratio = f64::from(this_run) / f64::from(longest);
    let [caution, problem, doubled] = LOAD.spike_points;
    let (severity, points) = if ratio > LOAD.spike_doubled_above {
        (Severity::Problem, doubled)
    } else if ratio > LOAD.spike_problem_above {
        (Severity::Problem, problem)
    } else if ratio > LOAD.spike_fine_up_to {
        (Severity::Caution, caution)
    } else {
        return;
    };
    sink.raise(Flag {
        code: FindingCode::LongestRunSpike,
        severity,
        points: points * 10,
        days: DaySet::of(&[run.day]),
        subject: Subject::One(run.id),
        detail: Detail::Spike {
            day: run.day,
            kind: run.kind,
            this_run,
            longest,
            unit,
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
