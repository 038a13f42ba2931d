//! Turning a flag into a [`Finding`]: its days, its sessions, its message and source.
//! Only [`super::score`] comes here; the quick path never builds a string.

use super::facts::Facts;
use super::flag::{Flag, Subject};
use super::tally::Tally;
use super::{hard_count, intensity, load, messages, monotony, profile, proportions, spacing};
use crate::model::{Athlete, Kind, Session, SessionId, Week};
use crate::report::{Finding, FindingCode};

/// What a message may look at: the week as planned, its facts, and its tally.
pub(crate) struct Scene<'a> {
    pub week: &'a Week,
    pub athlete: &'a Athlete,
    pub facts: &'a Facts,
    pub tally: &'a Tally,
}

/// The finding a flag stands for.
pub(crate) fn finding(flag: &Flag, scene: &Scene) -> Finding {
    Finding {
        code: flag.code,
        severity: flag.severity,
        days: flag.days.iter().collect(),
        sessions: sessions(flag, scene.week),
        message: messages::message(flag, scene),
        source: source(flag.code),
    }
}

/// The sessions on the flag's days that its subject names, in week order.
pub(crate) fn sessions(flag: &Flag, week: &Week) -> Vec<SessionId> {
    let concerns = |s: &Session| match flag.subject {
        Subject::Week => false,
        Subject::Hard => s.kind.is_hard(),
        Subject::HardAndLongRuns => s.kind.is_hard() || s.kind == Kind::LongRun,
        Subject::Moderate => intensity::is_grey(s),
        Subject::Intense => intensity::is_intense(s),
        Subject::Kinds(kinds) => kinds.contains(s.kind),
        Subject::One(id) => s.id == id,
    };
    let mut ids = Vec::new();
    for day in flag.days.iter() {
        ids.extend(week.days[day].iter().filter(|s| concerns(s)).map(|s| s.id));
    }
    ids
}

fn source(code: FindingCode) -> &'static str {
    use FindingCode as C;
    match code {
        C::HardDaysBackToBack | C::RecoveryTooShort => spacing::SOURCE,
        C::TooLittleEasy | C::TooMuchModerate => intensity::SOURCE,
        C::TooManyHardSessions => hard_count::SOURCE,
        C::LoadJump | C::UnderLoad => load::SOURCE,
        C::LongestRunSpike => load::SPIKE_SOURCE,
        C::LongRunShare | C::QualityVolume => proportions::SOURCE,
        C::Monotony => monotony::SOURCE,
        C::NeedsProfile => profile::SOURCE,
    }
}
