//! From score and findings to one of three verdicts.
//!
//! The verdict says what kind of fix the week needs, which a number alone can't:
//! - **Unbalanced** — the week's structure doesn't hold: a problem in spacing (hard days
//!   back to back, recovery days missing), in the number of hard sessions, in load
//!   against what the runner has built or any runner could, or on a day that holds more
//!   than a body absorbs ("stress stacks up, recovery gets squeezed", seed 001); or so
//!   many smaller things that the score falls under 60.
//! - **Tweak** — the structure holds, but something inside it needs adjusting: a
//!   problem in how the days are run (grey-zone easy days, too little easy time, every
//!   day alike), in proportions, in a single run past what was built (shorten it), or
//!   in a card that contradicts its workout, or cautions adding up to a score under 85. Slowing the easy days down
//!   fixes it without moving a session — hence seed 001's "every easy run at RPE 5"
//!   week is a Tweak, not Unbalanced.
//! - **Balanced** — a score of 85 or more and no problem; cautions and notes may remain.

use super::tally::{Family, Tally};
use crate::report::{Severity, Verdict};

/// The score bands of the verdicts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerdictBands {
    /// Balanced from this score up (when no finding is a problem).
    pub balanced_from: u8,
    /// Unbalanced below this score, whatever the findings.
    pub unbalanced_below: u8,
}

/// The verdict bands.
pub const VERDICT_BANDS: VerdictBands = VerdictBands {
    balanced_from: 85,
    unbalanced_below: 60,
};

/// The verdict for a week that scored `score` with these findings.
pub(crate) fn judge(score: u8, tally: &Tally) -> Verdict {
    let problem = |f: &Family| tally.worst(*f) == Some(Severity::Problem);
    if score < VERDICT_BANDS.unbalanced_below || tally.structure_breaks() {
        Verdict::Unbalanced
    } else if score >= VERDICT_BANDS.balanced_from && !Family::ALL.iter().any(problem) {
        Verdict::Balanced
    } else {
        Verdict::Tweak
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::FindingCode;
    use crate::score::flag::{Flag, Sink};

    fn tally(flags: &[(FindingCode, Severity, u32)]) -> Tally {
        let mut tally = Tally::default();
        for &(code, severity, points) in flags {
            tally.raise(Flag::about_the_week(code, severity, points));
        }
        tally
    }

    #[test]
    fn a_clean_week_is_balanced() {
        let t = tally(&[]);
        assert_eq!(judge(t.score(), &t), Verdict::Balanced);
    }

    #[test]
    fn a_spacing_problem_is_unbalanced_whatever_the_score() {
        let t = tally(&[(FindingCode::RecoveryTooShort, Severity::Problem, 140)]);
        assert_eq!(t.score(), 86);
        assert_eq!(judge(t.score(), &t), Verdict::Unbalanced);
    }

    #[test]
    fn an_intensity_problem_is_a_tweak_unless_the_score_collapses() {
        let t = tally(&[(FindingCode::TooLittleEasy, Severity::Problem, 200)]);
        assert_eq!(judge(t.score(), &t), Verdict::Tweak);
        let t = tally(&[(FindingCode::TooLittleEasy, Severity::Problem, 450)]);
        assert_eq!(judge(t.score(), &t), Verdict::Unbalanced);
    }

    #[test]
    fn cautions_keep_a_high_score_balanced() {
        let t = tally(&[(FindingCode::RecoveryTooShort, Severity::Caution, 80)]);
        assert_eq!(judge(t.score(), &t), Verdict::Balanced);
        let t = tally(&[
            (FindingCode::RecoveryTooShort, Severity::Caution, 80),
            (FindingCode::LongRunShare, Severity::Caution, 80),
        ]);
        assert_eq!(judge(t.score(), &t), Verdict::Tweak);
    }
}
