//! Adding up what the rules took off: each family's points, capped, and the worst
//! severity it raised. The quick path stops here.

use super::flag::{Flag, Sink};
use super::{hard_count, intensity, load, monotony, proportions, spacing};
use crate::report::{FindingCode, Severity};
use serde::Serialize;

/// A rule family: one module, one table, one cap on what it can take off the score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    Spacing,
    Intensity,
    HardSessions,
    Load,
    Proportions,
    Monotony,
}

impl Family {
    /// The family a finding belongs to; the profile note belongs to none.
    pub fn of(code: FindingCode) -> Option<Family> {
        use FindingCode as C;
        Some(match code {
            C::HardDaysBackToBack | C::RecoveryTooShort => Family::Spacing,
            C::TooLittleEasy | C::TooMuchModerate => Family::Intensity,
            C::TooManyHardSessions => Family::HardSessions,
            C::LoadJump | C::UnderLoad | C::LongestRunSpike => Family::Load,
            C::LongRunShare | C::QualityVolume => Family::Proportions,
            C::Monotony => Family::Monotony,
            C::NeedsProfile => return None,
        })
    }

    /// The most the family takes off the score, in tenths of a point.
    fn cap_tenths(self) -> u32 {
        10 * match self {
            Family::Spacing => spacing::SPACING.cap,
            Family::Intensity => intensity::INTENSITY.cap,
            Family::HardSessions => hard_count::HARD_BUDGET.cap,
            Family::Load => load::LOAD.cap,
            Family::Proportions => proportions::PROPORTIONS.cap,
            Family::Monotony => monotony::MONOTONY.cap,
        }
    }
}

/// Points each rule family takes off the score, in tenths of a point, after its cap.
/// The score is 100 minus their sum, rounded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    pub spacing: u16,
    pub intensity: u16,
    pub hard_sessions: u16,
    pub load: u16,
    pub proportions: u16,
    pub monotony: u16,
}

impl Breakdown {
    /// Tenths of a point taken off in all.
    pub fn total(&self) -> u32 {
        [
            self.spacing,
            self.intensity,
            self.hard_sessions,
            self.load,
            self.proportions,
            self.monotony,
        ]
        .into_iter()
        .map(u32::from)
        .sum()
    }

    /// The 0–100 score these parts leave.
    pub fn score(&self) -> u8 {
        let left = 1000u32.saturating_sub(self.total());
        ((left + 5) / 10) as u8
    }
}

/// Points and worst severity per family, as flags come in.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Tally {
    points: [u32; 6],
    worst: [Option<Severity>; 6],
}

impl Sink for Tally {
    fn raise(&mut self, flag: Flag) {
        if let Some(family) = Family::of(flag.code) {
            let i = family as usize;
            self.points[i] = self.points[i].saturating_add(flag.points);
            self.worst[i] = self.worst[i].max(Some(flag.severity));
        }
    }
}

impl Tally {
    /// The tally with one family's findings taken out, to be raised again.
    pub fn without(mut self, family: Family) -> Tally {
        self.points[family as usize] = 0;
        self.worst[family as usize] = None;
        self
    }

    fn part(&self, family: Family) -> u16 {
        self.points[family as usize].min(family.cap_tenths()) as u16
    }

    /// The worst severity a family raised.
    pub fn worst(&self, family: Family) -> Option<Severity> {
        self.worst[family as usize]
    }

    /// Each family's capped points.
    pub fn breakdown(&self) -> Breakdown {
        Breakdown {
            spacing: self.part(Family::Spacing),
            intensity: self.part(Family::Intensity),
            hard_sessions: self.part(Family::HardSessions),
            load: self.part(Family::Load),
            proportions: self.part(Family::Proportions),
            monotony: self.part(Family::Monotony),
        }
    }

    /// The 0–100 score.
    pub fn score(&self) -> u8 {
        self.breakdown().score()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(code: FindingCode, severity: Severity, points: u32) -> Flag {
        Flag::about_the_week(code, severity, points)
    }

    #[test]
    fn a_family_never_takes_more_than_its_cap() {
        let mut tally = Tally::default();
        for _ in 0..5 {
            tally.raise(flag(
                FindingCode::HardDaysBackToBack,
                Severity::Problem,
                300,
            ));
        }
        assert_eq!(tally.breakdown().spacing, 450);
        assert_eq!(tally.score(), 55);
        assert_eq!(tally.worst(Family::Spacing), Some(Severity::Problem));
    }

    #[test]
    fn the_profile_note_costs_nothing() {
        let mut tally = Tally::default();
        tally.raise(flag(FindingCode::NeedsProfile, Severity::Info, 0));
        assert_eq!(tally.score(), 100);
    }

    #[test]
    fn scores_round_half_up() {
        let mut tally = Tally::default();
        tally.raise(flag(FindingCode::TooLittleEasy, Severity::Caution, 175));
        assert_eq!(tally.score(), 83);
        assert_eq!(Breakdown::default().score(), 100);
    }

    #[test]
    fn every_cap_together_still_leaves_a_score_in_range() {
        let mut tally = Tally::default();
        for code in [
            FindingCode::HardDaysBackToBack,
            FindingCode::TooLittleEasy,
            FindingCode::TooManyHardSessions,
            FindingCode::LoadJump,
            FindingCode::QualityVolume,
            FindingCode::Monotony,
        ] {
            tally.raise(flag(code, Severity::Problem, u32::MAX));
        }
        assert_eq!(tally.score(), 0);
    }
}
