//! A week with no running has nothing to judge: no score, and a note on what to add.
//!
//! Stated reasoning: every rule judges running — its spacing, its easy share, its
//! volume — so a week without any would score 100 for the absence of all of them,
//! which says nothing. A week of only cross-training or strength is still checked for
//! what is there (a day that holds too much), and the note says what is missing.

use super::facts::Facts;
use super::flag::{DaySet, Detail, Flag, Sink, Subject};
use crate::report::{FindingCode, Severity};

/// Where the note comes from, as the finding cites it.
pub const SOURCE: &str = "Stated reasoning: the board judges running weeks; with no running \
    there is no week to judge";

/// Raises the note when the week holds no running.
pub(crate) fn check(facts: &Facts, sink: &mut (impl Sink + ?Sized)) {
    if facts.has_running() {
        return;
    }
    sink.raise(Flag {
        code: FindingCode::NoRunning,
        severity: Severity::Info,
        points: 0,
        days: DaySet::default(),
        subject: Subject::Week,
        detail: Detail::NoRunning {
            sessions: facts.sessions,
            minutes: facts.other_minutes,
        },
    });
}
