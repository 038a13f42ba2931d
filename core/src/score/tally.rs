//! Adding up what the rules took off: each family's points, capped, and the worst
//! severity it raised. The quick path stops here.

use super::flag::{Flag, Sink};
use super::{
    across_weeks, day_load, hard_count, intensity, load, monotony, proportions, spacing, workouts,
};
use crate::report::{Deduction, FindingCode, Severity};
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
    DayLoad,
    Workouts,
    AcrossWeeks,
}

/// How many families there are.
const FAMILIES: usize = 9;

/// Past its cap a family's points count one in this many.
const PAST_CAP_ONE_IN: u32 = 4;

impl Family {
    /// Every family, in the order of [`Breakdown`]'s fields.
    pub const ALL: [Family; FAMILIES] = [
        Family::Spacing,
        Family::Intensity,
        Family::HardSessions,
        Family::Load,
        Family::Proportions,
        Family::Monotony,
        Family::DayLoad,
        Family::Workouts,
        Family::AcrossWeeks,
    ];

    /// The stable name in the report (`"spacing"`, `"day_load"`).
    pub fn json_name(self) -> &'static str {
        match self {
            Family::Spacing => "spacing",
            Family::Intensity => "intensity",
            Family::HardSessions => "hard_sessions",
            Family::Load => "load",
            Family::Proportions => "proportions",
            Family::Monotony => "monotony",
            Family::DayLoad => "day_load",
            Family::Workouts => "workouts",
            Family::AcrossWeeks => "across_weeks",
        }
    }

    /// What the family judges, as "Why 52?" lists it.
    pub fn label(self) -> &'static str {
        match self {
            Family::Spacing => "Recovery between hard days",
            Family::Intensity => "Easy and grey-zone running",
            Family::HardSessions => "Number of hard sessions",
            Family::Load => "Size against what you've built",
            Family::Proportions => "Long run and quality volume",
            Family::Monotony => "Every day alike",
            Family::DayLoad => "Too much on one day",
            Family::Workouts => "Cards and their workouts",
            Family::AcrossWeeks => "The weeks around it",
        }
    }

    /// The family a finding belongs to; the profile note belongs to none.
    pub fn of(code: FindingCode) -> Option<Family> {
        use FindingCode as C;
        Some(match code {
            C::HardDaysBackToBack | C::RecoveryTooShort => Family::Spacing,
            C::TooLittleEasy | C::TooMuchModerate => Family::Intensity,
            C::TooManyHardSessions => Family::HardSessions,
            C::LoadJump | C::UnderLoad | C::LongestRunSpike | C::WeekTooBig => Family::Load,
            C::LongRunShare | C::QualityVolume => Family::Proportions,
            C::Monotony => Family::Monotony,
            C::DayOverload => Family::DayLoad,
            C::KindMismatch => Family::Workouts,
            C::NoEasierWeek | C::TaperBackwards | C::RaceWeekNotLighter => Family::AcrossWeeks,
            C::NeedsProfile | C::NoRunning => return None,
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
            Family::DayLoad => day_load::DAY_LOAD.cap,
            Family::Workouts => workouts::WORKOUTS.cap,
            Family::AcrossWeeks => across_weeks::ACROSS_WEEKS.cap,
        }
    }
}

/// Whether a problem in `code` means the week's structure doesn't hold (Unbalanced),
/// rather than something inside it to adjust (Tweak): stress stacked on stress —
/// crowded hard days, too many of them, a week or a day far past what can be absorbed.
/// A single run past the longest of the last month is shortened, not moved: a tweak.
fn breaks_structure(code: FindingCode) -> bool {
    use FindingCode as C;
    matches!(
        code,
        C::HardDaysBackToBack
            | C::RecoveryTooShort
            | C::TooManyHardSessions
            | C::LoadJump
            | C::WeekTooBig
            | C::DayOverload
    )
}

/// Points each rule family takes off the score, in tenths of a point, after its cap.
/// The score is 100 minus their sum, rounded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Breakdown {
    /// Every family's points before the caps, in tenths.
    pub uncapped: u32,
    pub spacing: u16,
    pub intensity: u16,
    pub hard_sessions: u16,
    pub load: u16,
    pub proportions: u16,
    pub monotony: u16,
    pub day_load: u16,
    pub workouts: u16,
    pub across_weeks: u16,
}

impl Breakdown {
    /// Each family's part, in [`Family::ALL`] order.
    fn parts(&self) -> [u16; FAMILIES] {
        [
            self.spacing,
            self.intensity,
            self.hard_sessions,
            self.load,
            self.proportions,
            self.monotony,
            self.day_load,
            self.workouts,
            self.across_weeks,
        ]
    }

    /// One family's part.
    pub(crate) fn part(&self, family: Family) -> u16 {
        self.parts()[family as usize]
    }

    /// Tenths of a point taken off in all.
    pub fn total(&self) -> u32 {
        self.parts().into_iter().map(u32::from).sum()
    }

    /// Tenths of a point the findings add up to before the families' caps.
    pub fn uncapped_total(&self) -> u32 {
        self.uncapped
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
    points: [u32; FAMILIES],
    worst: [Option<Severity>; FAMILIES],
    /// The worst severity among findings that break the week's structure.
    worst_structural: [Option<Severity>; FAMILIES],
}

impl Sink for Tally {
    fn raise(&mut self, flag: Flag) {
        if let Some(family) = Family::of(flag.code) {
            let i = family as usize;
            self.points[i] = self.points[i].saturating_add(flag.points);
            self.worst[i] = self.worst[i].max(Some(flag.severity));
            if breaks_structure(flag.code) {
                self.worst_structural[i] = self.worst_structural[i].max(Some(flag.severity));
            }
        }
    }
}

impl Tally {
    /// The tally with one family's findings taken out, to be raised again.
    pub fn without(mut self, family: Family) -> Tally {
        self.points[family as usize] = 0;
        self.worst[family as usize] = None;
        self.worst_structural[family as usize] = None;
        self
    }

    /// A family's part: its points up to its cap, and a quarter of what lies past it.
    /// The cap keeps one family from sinking the score alone; the quarter past it means
    /// a worse breach still costs more, and easing one still counts — so a fix that
    /// halves a pile of crowded hard days shows in the score even while the pile stays
    /// past the cap.
    fn part(&self, family: Family) -> u16 {
        let (points, cap) = (self.points[family as usize], family.cap_tenths());
        let part = points.min(cap) + points.saturating_sub(cap) / PAST_CAP_ONE_IN;
        part.min(u32::from(u16::MAX)) as u16
    }

    /// The worst severity a family raised.
    pub fn worst(&self, family: Family) -> Option<Severity> {
        self.worst[family as usize]
    }

    /// Whether a finding that breaks the week's structure is a problem.
    pub fn structure_breaks(&self) -> bool {
        self.worst_structural.contains(&Some(Severity::Problem))
    }

    /// Each family's capped points.
    pub fn breakdown(&self) -> Breakdown {
        Breakdown {
            uncapped: self.points.iter().fold(0, |sum, &p| sum.saturating_add(p)),
            spacing: self.part(Family::Spacing),
            intensity: self.part(Family::Intensity),
            hard_sessions: self.part(Family::HardSessions),
            load: self.part(Family::Load),
            proportions: self.part(Family::Proportions),
            monotony: self.part(Family::Monotony),
            day_load: self.part(Family::DayLoad),
            workouts: self.part(Family::Workouts),
            across_weeks: self.part(Family::AcrossWeeks),
        }
    }

    /// What each family took off, in whole points that add up to exactly 100 − the
    /// score (largest remainders round up), most first; families that took nothing
    /// are left out.
    pub fn deductions(&self) -> Vec<Deduction> {
        let parts = self.breakdown().parts();
        let lost = 100 - u32::from(self.score());
        let mut whole: [u32; FAMILIES] = parts.map(|p| u32::from(p) / 10);
        let mut left = lost.saturating_sub(whole.iter().sum());
        // Hand the points rounding left over to the largest remainders, first family
        // first on a tie; rounding the other way takes them from the smallest.
        let mut order: [usize; FAMILIES] = std::array::from_fn(|i| i);
        crate::small_sort::sort_by(&mut order, |&a, &b| (parts[b] % 10).cmp(&(parts[a] % 10)));
        for &i in &order {
            if left == 0 {
                break;
            }
            if parts[i] % 10 > 0 {
                whole[i] += 1;
                left -= 1;
            }
        }
        // Only when the parts add up past 100 (a score of 0): take the rest off the
        // smallest.
        let mut excess = whole.iter().sum::<u32>().saturating_sub(lost);
        crate::small_sort::sort_by(&mut order, |&a, &b| parts[a].cmp(&parts[b]));
        while excess > 0 {
            for &i in &order {
                if excess > 0 && whole[i] > 0 {
                    whole[i] -= 1;
                    excess -= 1;
                }
            }
        }
        // A plain loop rather than zip/filter/map/collect, whose from_iter was compiled apart.
        let mut out = Vec::new();
        for family in Family::ALL {
            let points = whole[family as usize];
            if points > 0 {
                out.push(Deduction {
                    family: family.json_name(),
                    label: family.label(),
                    points: points as u8,
                    capped: self.points[family as usize] > family.cap_tenths(),
                    worst: self.worst(family),
                });
            }
        }
        crate::small_sort::sort_by(&mut out, |a, b| b.points.cmp(&a.points));
        out
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
    fn past_its_cap_a_family_counts_a_quarter() {
        let mut tally = Tally::default();
        for _ in 0..5 {
            tally.raise(flag(
                FindingCode::HardDaysBackToBack,
                Severity::Problem,
                300,
            ));
        }
        // 150 points against a cap of 45: 45 + 105 / 4.
        assert_eq!(tally.breakdown().spacing, 450 + 1050 / 4);
        assert_eq!(tally.score(), 29);
        assert_eq!(tally.worst(Family::Spacing), Some(Severity::Problem));
        // Easing the pile still counts.
        let mut eased = Tally::default();
        for _ in 0..4 {
            eased.raise(flag(
                FindingCode::HardDaysBackToBack,
                Severity::Problem,
                300,
            ));
        }
        assert!(eased.score() > tally.score());
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
