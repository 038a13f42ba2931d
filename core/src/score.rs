//! Scoring a week. (Placeholder until the rules land: scores every week 100.)

use crate::model::{Athlete, Week};
use crate::report::{Report, TimeSplit, Verdict};

/// Scores a week for an athlete.
pub fn score(week: &Week, _athlete: &Athlete) -> Report {
    Report {
        score: 100,
        verdict: Verdict::Balanced,
        findings: Vec::new(),
        daily_load: week.daily_load(),
        split: TimeSplit::default(),
    }
}

/// The score number alone, without building messages: for previews and search.
pub fn quick_score(week: &Week, athlete: &Athlete) -> u8 {
    score(week, athlete).score
}
