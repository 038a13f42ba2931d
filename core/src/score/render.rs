//! Turning a flag into a [`Finding`]: its days, its sessions, its message, its source
//! and its fix. Only [`super::score`] comes here; the quick path never builds a string.

use super::flag::Flag;
use super::scene::{self, Scene};
use super::{
    across_weeks, day_load, hard_count, intensity, load, messages, monotony, nothing_to_judge,
    profile_note, proportions, spacing, workouts,
};
use crate::report::{Finding, FindingCode};

/// The finding a flag stands for.
pub(crate) fn finding(flag: &Flag, scene: &Scene) -> Finding {
    let (message, fix) = messages::message(flag, scene);
    Finding {
        code: flag.code,
        severity: flag.severity,
        days: flag.days.iter().collect(),
        sessions: scene::sessions(flag, scene.week),
        message,
        source: source(flag.code),
        fix,
    }
}

fn source(code: FindingCode) -> &'static str {
    use FindingCode as C;
    match code {
        C::HardDaysBackToBack | C::RecoveryTooShort => spacing::SOURCE,
        C::TooLittleEasy | C::TooMuchModerate => intensity::SOURCE,
        C::TooManyHardSessions => hard_count::SOURCE,
        C::LoadJump | C::UnderLoad => load::SOURCE,
        C::LongestRunSpike => load::SPIKE_SOURCE,
        C::WeekTooBig => load::SIZE_SOURCE,
        C::LongRunShare | C::QualityVolume => proportions::SOURCE,
        C::Monotony => monotony::SOURCE,
        C::DayOverload => day_load::SOURCE,
        C::KindMismatch => workouts::SOURCE,
        C::NeedsProfile => profile_note::SOURCE,
        C::NoRunning => nothing_to_judge::SOURCE,
        C::NoEasierWeek | C::TaperBackwards | C::RaceWeekNotLighter => across_weeks::SOURCE,
    }
}
