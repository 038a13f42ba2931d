//! What a week and each of its days add up to, as a runner counts: distance, time,
//! runs, and time easy, moderate and hard.
//!
//! The zones come from the same reading of each session the score uses
//! (`score::effort`), so a total never contradicts a finding. A run without a
//! distance gets one estimated from its minutes in each zone at the runner's paces
//! (easy, marathon and threshold pace, [`Runner`]); the total says how much of it is
//! estimated, so the board can mark it "≈".

use crate::model::{Kind, Week};
use crate::notation::{Pace, Runner};
use crate::score::effort_of;

/// What a day or a week adds up to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Running sessions (races included; rest, cross-training and strength not).
    pub runs: u32,
    /// Minutes of running.
    pub running_minutes: u32,
    /// Minutes of cross-training and strength.
    pub other_minutes: u32,
    /// Metres of running, estimated ones included.
    pub metres: u32,
    /// Of those, the metres estimated from minutes.
    pub estimated_m: u32,
    /// Running minutes easy, moderate and hard.
    pub easy_minutes: u32,
    pub moderate_minutes: u32,
    pub hard_minutes: u32,
    /// Session-RPE load (RPE × minutes, Foster et al. 2001), what the chart draws.
    pub load: u32,
}

impl Totals {
    /// Whether part of the distance is estimated.
    pub fn distance_is_estimate(&self) -> bool {
        self.estimated_m > 0
    }

    fn add(&mut self, other: &Totals) {
        self.runs += other.runs;
        self.running_minutes += other.running_minutes;
        self.other_minutes += other.other_minutes;
        self.metres += other.metres;
        self.estimated_m += other.estimated_m;
        self.easy_minutes += other.easy_minutes;
        self.moderate_minutes += other.moderate_minutes;
        self.hard_minutes += other.hard_minutes;
        self.load += other.load;
    }
}

/// The totals of each day (Monday first) and of the week, for `runner`'s paces.
pub fn of_week(week: &Week, runner: Runner) -> ([Totals; 7], Totals) {
    // A loop over an array, not `each_ref().map(…)`: -113 B brotli of the viewer.
    let mut days = [Totals::default(); 7];
    for (day, sessions) in days.iter_mut().zip(&week.days) {
        for session in sessions {
            let effort = effort_of(session);
            day.load += effort.load;
            match effort.zones {
                Some(zones) => {
                    day.runs += 1;
                    day.running_minutes += u32::from(session.minutes);
                    day.easy_minutes += zones.easy;
                    day.moderate_minutes += zones.moderate;
                    day.hard_minutes += zones.hard;
                    let metres = effort.metres.unwrap_or_else(|| {
                        let at = |minutes: u32, pace: Pace| {
                            f64::from(minutes) * 60.0 / runner.pace(pace) * 1000.0
                        };
                        let m = at(zones.easy, Pace::Easy)
                            + at(zones.moderate, Pace::Steady)
                            + at(zones.hard, Pace::Threshold);
                        let m = m.round() as u32;
                        day.estimated_m += m;
                        m
                    });
                    day.metres += metres;
                }
                None if matches!(session.kind, Kind::CrossTraining | Kind::Strength) => {
                    day.other_minutes += u32::from(session.minutes);
                }
                None => {}
            }
        }
    }
    let mut total = Totals::default();
    for day in &days {
        total.add(day);
    }
    (days, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Session, SessionId};
    use crate::samples::effective_week;

    #[test]
    fn the_effective_week_adds_up() {
        let (days, week) = of_week(&effective_week(), Runner::REFERENCE);
        assert_eq!(week.runs, 6);
        assert_eq!(week.running_minutes, 45 + 60 + 45 + 50 + 45 + 100);
        assert_eq!(
            week.easy_minutes + week.moderate_minutes + week.hard_minutes,
            week.running_minutes
        );
        assert_eq!(days[3], Totals::default(), "Thursday is rest");
        // No card has a distance: all of it is estimated, 45 easy minutes at 6:00/km.
        assert!(week.distance_is_estimate());
        assert_eq!(days[0].metres, 7_500);
        assert_eq!(week.metres, week.estimated_m);
    }

    #[test]
    fn a_written_distance_is_not_an_estimate_and_cross_training_is_not_running() {
        let mut week = Week::default();
        let mut run = Session::new(SessionId(1), Kind::Easy);
        run.distance_m = Some(8_000);
        week.days[0].push(run);
        week.days[0].push(Session::new(SessionId(2), Kind::CrossTraining));
        let (days, total) = of_week(&week, Runner::REFERENCE);
        assert_eq!((days[0].metres, days[0].estimated_m), (8_000, 0));
        assert_eq!((total.runs, total.other_minutes), (1, 45));
        assert!(!total.distance_is_estimate());
    }

    #[test]
    fn a_faster_runner_covers_more_ground_in_the_same_minutes() {
        let fast = Runner::from_race(5_000.0, 18.0 * 60.0);
        let (_, reference) = of_week(&effective_week(), Runner::REFERENCE);
        let (_, theirs) = of_week(&effective_week(), fast);
        assert!(theirs.metres > reference.metres);
        assert_eq!(theirs.running_minutes, reference.running_minutes);
    }
}
