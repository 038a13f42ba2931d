//! Spacing and recovery cost: hard days need easy days between them.
//!
//! Sources: Bowerman's hard/easy and Francis' high/low (at least 48 h between hard
//! days); Seiler, Haugen & Kuffel 2007 (threshold sessions delay recovery like interval
//! sessions, so a tempo is hard for spacing); seed 002 and Pfitzinger (3–5 easy days
//! after speed endurance or a 5K race); masters (46+) add 1–2 days after VO2 work.
//!
//! How it reads a week:
//! - Hard sessions are checked in order, each against the next one: the easy days
//!   between them must cover the first one's [`RecoveryCost`]. An easy day is a day
//!   with no hard session and no long run (`DayFacts::is_easy`, the one definition
//!   every rule uses): a long run between two hard days is a third key day, not a rest
//!   from them.
//! - The long run is not hard, but it is a key session: a hard session the day before
//!   it or the day after it (by its recovery cost) is a caution; on its own day, a
//!   problem. For an advanced runner the day before is left alone: their plans pair
//!   Saturday quality with a Sunday long run as a matter of course.
//! - An advanced runner's double-threshold day (two threshold sessions, morning and
//!   evening: Casado, Foster, Bakken & Tjelta 2023) is one hard day, not two sessions
//!   on top of each other.
//! - The week repeats ("you could repeat it", seed 001): Sunday is followed by Monday —
//!   except after a race: a race week is not a week you repeat.
//!
//! The penalties at least halve with each extra easy day (60 → 30 → 14 → 7 → 0). That
//! is what makes moving a hard session away from its nearest hard neighbour never cost
//! more spacing points than it saves, when the sessions share one recovery cost (the
//! property test in `tests/score_properties.rs`). With mixed kinds it can: a tempo moved
//! a day further from its neighbours can land two days after a speed-endurance session
//! that needs three, and the rule says so (see the unit tests).

pub use super::effort::{RecoveryCost, RECOVERY_COST};
use super::facts::Facts;
use super::flag::{Crowding, DaySet, Detail, Flag, Sink, Subject};
use crate::model::{DayIndex, Kind};
use crate::report::{FindingCode, Severity};

/// Where the rule comes from, as the finding cites it.
pub const SOURCE: &str = "Hard/easy (Bowerman), high/low (Francis): 48 h between hard days; \
    Seiler, Haugen & Kuffel 2007: threshold delays recovery like intervals; \
    3–5 easy days after speed endurance (seed 002) or a 5K race (Pfitzinger); \
    masters add 1–2 days after VO2 work";

/// What crowded hard days cost, in points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpacingPenalty {
    /// Each hard session beyond the first on one day.
    pub same_day: u32,
    /// Two hard days in a row.
    pub back_to_back: u32,
    /// One easy day short of the recovery cost (a caution).
    pub one_day_short: u32,
    /// Two or more easy days short (a problem).
    pub two_days_short: u32,
    /// A hard session next to the long run (a caution). The lightest: the sources give
    /// the long run's own recovery, not a rule about the day before it.
    pub long_run_neighbour: u32,
    /// A hard session on the long run's own day (a problem): two key sessions at once.
    pub long_run_same_day: u32,
    /// The most the family takes off the score.
    pub cap: u32,
}

/// The spacing penalties.
pub const SPACING: SpacingPenalty = SpacingPenalty {
    same_day: 60,
    back_to_back: 30,
    one_day_short: 7,
    two_days_short: 14,
    long_run_neighbour: 6,
    long_run_same_day: 14,
    cap: 45,
};

/// Raises a flag for every pair of key sessions closer than recovery allows.
pub(crate) fn check(facts: &Facts, sink: &mut impl Sink) {
    same_day(facts, sink);
    hard_chain(facts, sink);
    long_run_neighbours(facts, sink);
}

fn same_day(facts: &Facts, sink: &mut impl Sink) {
    for (day, d) in facts.days.iter().enumerate() {
        let Some((kind, id)) = d.lead.filter(|_| d.hard >= 2) else {
            continue;
        };
        if facts.advanced && d.is_double_threshold() {
            continue;
        }
        let crowding = Crowding {
            first: day,
            second: day,
            first_kind: kind,
            second_kind: kind,
            easy_days: 0,
            needed: d.need,
            masters: false,
            movable: [None, Some(id)],
        };
        sink.raise(Flag {
            code: FindingCode::HardDaysBackToBack,
            severity: Severity::Problem,
            points: (d.hard - 1).saturating_mul(SPACING.same_day * 10),
            days: DaySet::of(&[day]),
            subject: Subject::Hard,
            detail: Detail::Crowding(crowding),
        });
    }
}

fn hard_chain(facts: &Facts, sink: &mut impl Sink) {
    let (hard, n) = facts.hard_days();
    if n < 2 {
        return;
    }
    for i in 0..n {
        let (a, b) = (hard[i], hard[(i + 1) % n]);
        let easy_days = easy_days_between(facts, a, b);
        let first = &facts.days[a];
        if easy_days >= first.need {
            continue;
        }
        // A race week is not a week you repeat: its race is followed by next week's
        // days, not by this Monday's.
        let wraps = b <= a;
        if wraps && first.lead.is_some_and(|(kind, _)| kind == Kind::Race) {
            continue;
        }
        let (code, severity, points) = match first.need - easy_days {
            _ if easy_days == 0 => (
                FindingCode::HardDaysBackToBack,
                Severity::Problem,
                SPACING.back_to_back * 10,
            ),
            1 => (
                FindingCode::RecoveryTooShort,
                Severity::Caution,
                SPACING.one_day_short * 10,
            ),
            _ => (
                FindingCode::RecoveryTooShort,
                Severity::Problem,
                SPACING.two_days_short * 10,
            ),
        };
        let (Some((first_kind, first_id)), Some((second_kind, second_id))) =
            (first.lead, facts.days[b].lead)
        else {
            continue;
        };
        let crowding = Crowding {
            first: a,
            second: b,
            first_kind,
            second_kind,
            easy_days,
            needed: first.need,
            masters: first.need > RECOVERY_COST.after(first_kind, false),
            movable: [Some(second_id), Some(first_id)],
        };
        sink.raise(Flag {
            code,
            severity,
            points,
            days: DaySet::of(&[a, b]),
            subject: Subject::Hard,
            detail: Detail::Crowding(crowding),
        });
    }
}

fn long_run_neighbours(facts: &Facts, sink: &mut impl Sink) {
    for (day, d) in facts.days.iter().enumerate() {
        if d.long_run.is_none() {
            continue;
        }
        // The day itself, the day before, and the days after within the long run's cost.
        let before = (day + 6) % 7;
        let after = (1..=RECOVERY_COST.long_run).map(|g| (day + usize::from(g)) % 7);
        // Advanced plans pair Saturday quality with a Sunday long run (Pfitzinger's
        // tune-up races, the Norwegian model's Saturday hills); the sources give the day
        // after the long run, not the day before.
        let day_before = (!facts.advanced).then_some((before, day));
        let neighbours = [(day, day)]
            .into_iter()
            .chain(day_before)
            .chain(after.map(|next| (day, next)));
        for (first, second) in neighbours {
            let hard_day = if first == day { second } else { first };
            let Some((kind, id)) = facts.days[hard_day].lead else {
                continue;
            };
            let (first_kind, second_kind) = if hard_day == second && first != second {
                (Kind::LongRun, kind)
            } else {
                (kind, Kind::LongRun)
            };
            let crowding = Crowding {
                first,
                second,
                first_kind,
                second_kind,
                easy_days: 0,
                needed: RECOVERY_COST.long_run,
                masters: false,
                movable: [Some(id), None],
            };
            let (severity, points) = if first == second {
                (Severity::Problem, SPACING.long_run_same_day)
            } else {
                (Severity::Caution, SPACING.long_run_neighbour)
            };
            sink.raise(Flag {
                code: FindingCode::RecoveryTooShort,
                severity,
                points: points * 10,
                days: DaySet::of(&[first, second]),
                subject: Subject::HardAndLongRuns,
                detail: Detail::Crowding(crowding),
            });
        }
    }
}

/// Easy days strictly between `a` and the next `b` (wrapping into next week); 0 on one
/// day.
pub(crate) fn easy_days_between(facts: &Facts, a: DayIndex, b: DayIndex) -> u8 {
    let gap = (b + 7 - a) % 7;
    (1..gap)
        .filter(|&g| facts.days[(a + g) % 7].is_easy())
        .count() as u8
}

/// The smallest room to spare between consecutive hard days (easy days minus the
/// recovery they need): the advice prefers the move that leaves the most.
pub(crate) fn tightest_margin(facts: &Facts) -> i16 {
    let (hard, n) = facts.hard_days();
    let mut margin = i16::MAX;
    for d in facts.days.iter().filter(|d| d.hard >= 2) {
        margin = margin.min(-1 - i16::from(d.need));
    }
    if n >= 2 {
        for i in 0..n {
            let (a, b) = (hard[i], hard[(i + 1) % n]);
            let spare = i16::from(easy_days_between(facts, a, b)) - i16::from(facts.days[a].need);
            margin = margin.min(spare);
        }
    }
    margin
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Athlete, Session, SessionId, Week};
    use crate::samples::{effective_week, unbalanced_week, week_of};
    use crate::score::facts::Facts;

    fn flags(week: &Week, athlete: &Athlete) -> Vec<Flag> {
        crate::score::flags_of(week, athlete, check)
    }

    fn crowding(flag: &Flag) -> Crowding {
        match flag.detail {
            Detail::Crowding(c) => c,
            other => panic!("not a crowding: {other:?}"),
        }
    }

    fn easy_week_with(hard: &[(DayIndex, Kind)]) -> Week {
        let mut days = [(Kind::Easy, 40); 7];
        for &(day, kind) in hard {
            days[day] = (kind, 60);
        }
        week_of(days)
    }

    #[test]
    fn tuesday_intervals_then_wednesday_tempo_are_back_to_back() {
        let found = flags(&unbalanced_week(), &Athlete::default());
        assert_eq!(found.len(), 1, "{found:?}");
        let flag = found[0];
        assert_eq!(flag.code, FindingCode::HardDaysBackToBack);
        assert_eq!(flag.severity, Severity::Problem);
        assert_eq!(flag.days, DaySet::of(&[1, 2]));
        let c = crowding(&flag);
        assert_eq!(
            (c.first_kind, c.second_kind),
            (Kind::Intervals, Kind::Tempo)
        );
        // Wednesday's tempo is the one to try moving first.
        assert_eq!(c.movable[0], Some(SessionId(3)));
    }

    #[test]
    fn the_effective_week_is_well_spaced() {
        assert!(flags(&effective_week(), &Athlete::default()).is_empty());
    }

    #[test]
    fn speed_endurance_needs_three_easy_days() {
        let week = easy_week_with(&[(1, Kind::SpeedEndurance), (3, Kind::Intervals)]);
        let found = flags(&week, &Athlete::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::RecoveryTooShort);
        assert_eq!(found[0].severity, Severity::Problem);
        assert_eq!(found[0].points, SPACING.two_days_short * 10);

        let two_days = easy_week_with(&[(1, Kind::SpeedEndurance), (4, Kind::Intervals)]);
        let found = flags(&two_days, &Athlete::default());
        assert_eq!(found[0].severity, Severity::Caution);

        let enough = easy_week_with(&[(1, Kind::SpeedEndurance), (5, Kind::Intervals)]);
        assert!(flags(&enough, &Athlete::default()).is_empty());
    }

    #[test]
    fn masters_need_an_extra_day_after_intervals() {
        let week = easy_week_with(&[(1, Kind::Intervals), (3, Kind::Tempo)]);
        assert!(flags(&week, &Athlete::default()).is_empty());
        let masters = Athlete {
            age: Some(52),
            ..Athlete::default()
        };
        let found = flags(&week, &masters);
        assert_eq!(found.len(), 1);
        assert!(crowding(&found[0]).masters);
        assert_eq!(found[0].severity, Severity::Caution);
    }

    #[test]
    fn sunday_is_followed_by_monday() {
        let week = easy_week_with(&[(0, Kind::Intervals), (6, Kind::Tempo)]);
        let found = flags(&week, &Athlete::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::HardDaysBackToBack);
        let c = crowding(&found[0]);
        assert_eq!((c.first, c.second), (6, 0));
    }

    #[test]
    fn a_race_week_is_not_repeated() {
        // Sunday's race is followed by next week's days, not this Monday's intervals;
        // the days before it still count.
        let week = easy_week_with(&[(0, Kind::Intervals), (6, Kind::Race)]);
        assert!(flags(&week, &Athlete::default()).is_empty());
        let week = easy_week_with(&[(5, Kind::Intervals), (6, Kind::Race)]);
        assert_eq!(
            flags(&week, &Athlete::default())[0].code,
            FindingCode::HardDaysBackToBack
        );
    }

    #[test]
    fn an_advanced_runners_double_threshold_day_is_one_hard_day() {
        let mut week = easy_week_with(&[(1, Kind::Tempo), (3, Kind::Tempo)]);
        week.days[1].push(Session::new(SessionId(40), Kind::Tempo));
        week.days[3].push(Session::new(SessionId(41), Kind::Tempo));
        let advanced = Athlete {
            level: Some(crate::model::Level::Advanced),
            ..Athlete::default()
        };
        assert!(flags(&week, &advanced).is_empty());
        // For anyone else two tempos on a day are two hard sessions on top of each other.
        let found = flags(&week, &Athlete::default());
        assert_eq!(found.len(), 2);
        assert!(found
            .iter()
            .all(|f| f.code == FindingCode::HardDaysBackToBack));
    }

    #[test]
    fn two_hard_sessions_on_one_day_are_back_to_back() {
        let mut week = easy_week_with(&[(1, Kind::Intervals)]);
        week.days[1].push(Session::new(SessionId(40), Kind::Tempo));
        let found = flags(&week, &Athlete::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::HardDaysBackToBack);
        assert_eq!(found[0].days, DaySet::of(&[1]));
        assert_eq!(found[0].points, SPACING.same_day * 10);
    }

    #[test]
    fn hills_the_day_before_the_long_run_is_a_caution() {
        let mut days = [(Kind::Rest, 0); 7];
        days[5] = (Kind::Hills, 40);
        days[6] = (Kind::LongRun, 60);
        let found = flags(&week_of(days), &Athlete::default());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, FindingCode::RecoveryTooShort);
        assert_eq!(found[0].severity, Severity::Caution);
        assert_eq!(found[0].days, DaySet::of(&[5, 6]));
    }

    #[test]
    fn penalties_at_least_halve_with_each_easy_day() {
        let s = SPACING;
        assert!(s.same_day >= 2 * s.back_to_back);
        assert!(s.back_to_back >= 2 * s.two_days_short);
        assert!(s.two_days_short >= 2 * s.one_day_short);
    }

    #[test]
    fn with_mixed_kinds_further_is_not_always_better() {
        // Speed endurance Monday, tempos Friday and Sunday. Friday's tempo moved to
        // Thursday is further from its nearest hard neighbour (3 days, was 2), yet now
        // only 2 easy days after Monday's speed endurance, which needs 3.
        let before = easy_week_with(&[
            (0, Kind::SpeedEndurance),
            (4, Kind::Tempo),
            (6, Kind::Tempo),
        ]);
        let after = easy_week_with(&[
            (0, Kind::SpeedEndurance),
            (3, Kind::Tempo),
            (6, Kind::Tempo),
        ]);
        let points = |week: &Week| -> u32 {
            flags(week, &Athlete::default())
                .iter()
                .map(|f| f.points)
                .sum()
        };
        assert_eq!(points(&after), points(&before) + SPACING.one_day_short * 10);
    }

    #[test]
    fn a_move_is_judged_on_the_moved_week() {
        use crate::score::facts::Move;
        let week = unbalanced_week();
        let athlete = Athlete::default();
        let to_friday = Move {
            session: SessionId(3),
            to: 4,
        };
        let facts = Facts::gather(&week, &athlete, Some(to_friday));
        let mut found = Vec::new();
        check(&facts, &mut found);
        assert!(found.is_empty(), "{found:?}");
        assert!(tightest_margin(&facts) >= 1);
    }
}
