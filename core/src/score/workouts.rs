//! Cards and their workouts: a card whose kind contradicts the workout written on it —
//! an easy run holding 6 × 800 m at 5K pace, a tempo whose workout is all easy.
//!
//! Stated reasoning: the board counts spacing and hard sessions by the card's kind,
//! which is what it shows, and the easy and hard minutes by the workout, which is what
//! will be run. When the two disagree, one of them is wrong and the score can't be
//! trusted until the runner says which: a caution, with the workout's kind offered as
//! the one-click fix. A long run may hold quality work (a fast finish, threshold
//! segments) and stay a long run.

use super::facts::Facts;
use super::flag::{DaySet, Detail, Flag, Sink, Subject};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Stated reasoning: the card's kind decides the spacing and the \
    hard-session count, the workout the easy and hard minutes; they must agree";

/// What a contradiction costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WorkoutsTable {
    /// Points for each card that contradicts its workout.
    pub points_each: u32,
    /// The most the family takes off the score, in points.
    pub cap: u32,
}

/// The workouts table.
pub const WORKOUTS: WorkoutsTable = WorkoutsTable {
    points_each: 5,
    cap: 10,
};

/// Raises a flag on each day holding a card whose workout contradicts it, naming the
/// first; the points count every such card, so a move between days changes none.
pub(crate) fn check(facts: &Facts, sink: &mut (impl Sink + ?Sized)) {
    for (day, d) in facts.days.iter().enumerate() {
        let Some((session, card, reads)) = d.contradiction else {
            continue;
        };
        sink.raise(Flag {
            code: FindingCode::KindMismatch,
            severity: Severity::Caution,
            points: d.contradictions.saturating_mul(WORKOUTS.points_each * 10),
            days: DaySet::of(&[day]),
            subject: Subject::One(session),
            detail: Detail::Contradiction {
                session,
                card,
                reads,
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Athlete, Kind, Week};
    use crate::samples::effective_week;

    fn flags(week: &Week) -> Vec<Flag> {
        crate::score::flags_of(week, &Athlete::default(), |facts, found| {
            check(facts, found)
        })
    }

    #[test]
    fn an_easy_run_holding_intervals_is_flagged_with_what_it_reads_as() {
        let mut week = effective_week();
        week.days[2][0].workout = Some("6 x 800m @ 5K pace w/ 2' jog".into());
        let found = flags(&week);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].days, DaySet::of(&[2]));
        assert_eq!(
            found[0].detail,
            Detail::Contradiction {
                session: week.days[2][0].id,
                card: Kind::Easy,
                reads: Kind::Intervals
            }
        );
    }

    #[test]
    fn a_workout_that_matches_its_card_is_fine() {
        let mut week = effective_week();
        week.days[1][0].workout = Some("5 x 1000m @ 5K pace w/ 400m jog".into());
        week.days[6][0].workout = Some("90' easy, last 20' @ MP".into());
        assert!(flags(&week).is_empty(), "{:?}", flags(&week));
    }
}
