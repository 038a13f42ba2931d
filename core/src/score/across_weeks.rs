//! Across the weeks of a block: a build with no easier week, a taper that cuts
//! intensity instead of volume, a race week that isn't lighter. Cautious, as the
//! evidence is (DOMAIN.md, "Across weeks"): notes and cautions, never a problem.
//!
//! Sources:
//! - **Easier weeks.** Published schedules (Pfitzinger & Douglas, *Advanced
//!   Marathoning*; Hansons) lighten a week every 3–4 weeks of build. Coaching practice,
//!   not trial evidence: four weeks in a row without one is noted, six a light caution.
//!   What counts as easier is `context::EASIER`: the miles cut against the week before
//!   or the usual week, or the long run shortened (Higdon's step-back weeks).
//! - **Taper.** Bosquet et al. 2007 (Med Sci Sports Exerc, meta-analysis): the
//!   best-supported taper lasts about two weeks and cuts volume by 41–60 % while keeping
//!   intensity and frequency. In the two weeks before a goal race, a week that drops all
//!   its quality sessions where the build had them is a caution — a lighter one when it
//!   cuts the volume, as it should, a fuller one when it keeps the volume too.
//! - **Race week.** The race week is lighter than the weeks before it (DOMAIN.md): a
//!   goal race week whose other running is not a fifth below the usual week's is a
//!   caution.
//!
//! (A jump from the previous weeks and a long run that outgrows the last month are the
//! load rule's, with the usual week and the longest run read from the block.)

use super::context::{is_easier, WeekTotals};
use super::facts::Facts;
use super::flag::{DaySet, Detail, Flag, Sink, Subject};
use crate::report::{FindingCode, Severity};

/// Where the rules come from, as the findings cite them.
pub const SOURCE: &str = "Easier weeks every 3–4 weeks of build: Pfitzinger & Douglas, \
    Advanced Marathoning; Hansons Marathon Method. Taper: Bosquet et al. 2007 (cut volume \
    41–60 %, keep intensity). Race week lighter than the weeks before";

/// The across-week thresholds and what they cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AcrossWeeksTable {
    /// Weeks in a row without an easier one: noted from the first, a caution from the
    /// second.
    pub build_noted_from: u8,
    pub build_caution_from: u8,
    pub build_points: u32,
    /// In the two weeks before a goal race, a week at this share of the usual week or
    /// more has kept its volume.
    pub taper_kept_volume_from: f64,
    pub taper_points: u32,
    /// A race week whose other running is at this share of the usual week or more is
    /// not lighter.
    pub race_week_lighter_below: f64,
    pub race_week_points: u32,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The across-week table.
pub const ACROSS_WEEKS: AcrossWeeksTable = AcrossWeeksTable {
    build_noted_from: 4,
    build_caution_from: 6,
    build_points: 3,
    taper_kept_volume_from: 0.9,
    taper_points: 5,
    race_week_lighter_below: 0.8,
    race_week_points: 5,
    cap: 10,
};

/// Raises the across-week flags for a week with history in its block.
pub(crate) fn check(facts: &Facts, sink: &mut (impl Sink + ?Sized)) {
    let h = facts.history;
    if h.weeks == 0 || !facts.has_running() {
        return;
    }
    let usual = h.usual_minutes as f64;
    let this = facts.volume.minutes as f64;
    let t = ACROSS_WEEKS;

    if let Some(since) = h.weeks_since_easier {
        let this_week = WeekTotals {
            minutes: facts.volume.minutes,
            metres: facts.volume.metres(),
            runs: facts.volume.runs,
            longest_minutes: facts.longest_by_time.map_or(0, |r| r.minutes),
            longest_metres: facts.longest_by_distance.and_then(|r| r.metres),
            ..WeekTotals::default()
        };
        let easier = is_easier(
            &this_week,
            h.last.as_ref(),
            (h.usual_minutes, h.usual_metres),
        );
        let run = if easier { 0 } else { since.saturating_add(1) };
        if run >= t.build_noted_from && facts.race_ahead_in.is_none() && !facts.is_goal_race_week()
        {
            let caution = run >= t.build_caution_from;
            raise(
                sink,
                FindingCode::NoEasierWeek,
                if caution {
                    Severity::Caution
                } else {
                    Severity::Info
                },
                if caution { t.build_points } else { 0 },
                Detail::Build { weeks: run },
            );
        }
    }

    if let Some(weeks_out) = facts.race_ahead_in {
        let dropped_quality = facts.quality_sessions() == 0 && h.hard_tenths >= 10;
        if dropped_quality {
            let kept_volume = usual > 0.0 && this >= t.taper_kept_volume_from * usual;
            raise(
                sink,
                FindingCode::TaperBackwards,
                Severity::Caution,
                if kept_volume {
                    t.taper_points
                } else {
                    t.taper_points / 2
                },
                Detail::Taper {
                    weeks_out,
                    percent: (100.0 * this / usual.max(1.0)).round() as u16,
                    kept_volume,
                },
            );
        }
    }

    if facts.is_goal_race_week() && usual > 0.0 && this >= t.race_week_lighter_below * usual {
        raise(
            sink,
            FindingCode::RaceWeekNotLighter,
            Severity::Caution,
            t.race_week_points,
            Detail::RaceWeek {
                percent: (100.0 * this / usual).round() as u16,
            },
        );
    }
}

fn raise(
    sink: &mut (impl Sink + ?Sized),
    code: FindingCode,
    severity: Severity,
    points: u32,
    detail: Detail,
) {
    sink.raise(Flag {
        code,
        severity,
        points: points * 10,
        days: DaySet::default(),
        subject: Subject::Week,
        detail,
    });
}
