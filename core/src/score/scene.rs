//! What a message may look at, and which sessions a flag concerns. Below both the
//! messages and the findings they become, so neither reaches up into the other.

use super::effort::{Effort, Quality};
use super::facts::Facts;
use super::flag::{Flag, Subject};
use super::tally::Tally;
use crate::model::{Athlete, Kind, Session, SessionId, Week};
use crate::plan::Units;

/// The week as planned, its facts, its tally, and the runner's units.
pub(crate) struct Scene<'a> {
    pub week: &'a Week,
    pub athlete: &'a Athlete,
    pub facts: &'a Facts,
    pub tally: &'a Tally,
    pub units: Units,
}

/// Whether `session` is what `subject` is about.
fn concerns(subject: Subject, session: &Session) -> bool {
    let effort = || Effort::of(session);
    match subject {
        Subject::Week => false,
        Subject::Hard => session.kind.is_hard(),
        Subject::HardAndLongRuns => session.kind.is_hard() || session.kind == Kind::LongRun,
        Subject::Moderate => effort().grey > 0,
        Subject::Intense => effort().zones.is_some_and(|z| z.hard > 0),
        Subject::Quality(q) => effort().quality_s[q as usize] > 0,
        Subject::Runs => session.kind.is_running(),
        Subject::WithoutDistance => {
            let e = effort();
            e.zones.is_some() && e.metres.is_none()
        }
        Subject::One(id) => session.id == id,
    }
}

/// The sessions on the flag's days that its subject names, in week order.
pub(crate) fn sessions(flag: &Flag, week: &Week) -> Vec<SessionId> {
    // Pushed one by one: an `extend` of a filtered map compiles larger (this and the
    // same in `messages::what_to_try`: -155 B brotli).
    let mut ids = Vec::new();
    for day in flag.days.iter() {
        for s in &week.days[day] {
            if concerns(flag.subject, s) {
                ids.push(s.id);
            }
        }
    }
    ids
}

/// Which of the week's qualities were read from workouts only (no estimate).
pub(crate) fn read_only(facts: &Facts, quality: Quality) -> bool {
    let bit = 1 << quality as u8;
    facts.quality_read & bit != 0 && facts.quality_estimated & bit == 0
}
