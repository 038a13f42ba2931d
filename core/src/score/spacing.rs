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
//! - In a block the week sits between real weeks, and spacing reads across its ends:
//!   last Saturday's race before this Tuesday's intervals, this Sunday's long run before
//!   next Monday's tempo. A week on its own (or the end of a block) is read as one you
//!   repeat ("you could repeat it", seed 001): Sunday is followed by its own Monday —
//!   except after a race: a race week is not a week you repeat.
//!
//! The penalties at least halve with each extra easy day (60 → 30 → 14 → 7 → 0). That
//! is what makes moving a hard session away from its nearest hard neighbour never cost
//! more spacing points than it saves, when the sessions share one recovery cost (the
//! property test in `tests/score_properties.rs`). With mixed kinds it can: a tempo moved
//! a day further from its neighbours can land two days after a speed-endurance session
//! that needs three, and the rule says so (see the unit tests).

pub use super::effort::{RecoveryCost, RECOVERY_COST};
use super::facts::{Facts, Neighbour};
use super::flag::{Crowding, DaySet, Detail, Flag, Sink, Subject};
use crate::model::{DayIndex, Kind, SessionId};
use crate::report::{FindingCode, Severity};
use crate::WeekStart;

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
pub(crate) fn check(facts: &Facts, sink: &mut (impl Sink + ?Sized)) {
    same_day(facts, sink);
    let line = Line::of(facts);
    hard_chain(&line, sink);
    long_run_neighbours(facts, &line, sink);
}

/// Three weeks of days in a row — the week before, this week, the week after — as
/// spacing sees them. Without a real neighbour the week stands in for it: the week is
/// read as one you repeat. Each week's days run in the order the board shows them:
/// a week shown from Sunday has its Sunday the day before its Monday, so across the
/// week's ends the week before's Saturday meets this Sunday.
pub(crate) struct Line {
    days: [Neighbour; 21],
    real_before: bool,
    real_after: bool,
    week_start: WeekStart,
}

/// This week's days on the line: positions 7 to 13.
const THIS_WEEK: std::ops::Range<usize> = 7..14;

impl Line {
    pub(crate) fn of(facts: &Facts) -> Line {
        let this: [Neighbour; 7] = std::array::from_fn(|d| Neighbour::of(&facts.days[d]));
        let before = facts.before.unwrap_or(this);
        let after = facts.after.unwrap_or(this);
        let mut days = [Neighbour::default(); 21];
        days[..7].copy_from_slice(&before);
        days[7..14].copy_from_slice(&this);
        days[14..].copy_from_slice(&after);
        if facts.week_start == WeekStart::Sunday {
            // Each week's Sunday moves to its front. Moved in place, not placed day
            // by day, nor by `rotate_right`: -0.1 KiB brotli of the viewer.
            for week in days.chunks_exact_mut(7) {
                let sunday = week[6];
                week.copy_within(..6, 1);
                week[0] = sunday;
            }
        }
        Line {
            days,
            real_before: facts.before.is_some(),
            real_after: facts.after.is_some(),
            week_start: facts.week_start,
        }
    }

    /// The week (−1, 0, 1) and storage day of a position.
    fn place(&self, pos: usize) -> (i8, DayIndex) {
        (pos as i8 / 7 - 1, self.week_start.day_at(pos % 7))
    }

    /// Hard days on the line, in order.
    fn hard(&self) -> impl Iterator<Item = usize> + '_ {
        (0..21).filter(|&p| self.days[p].hard > 0)
    }

    /// Easy days strictly between two positions.
    fn easy_between(&self, a: usize, b: usize) -> u8 {
        (a + 1..b).filter(|&p| self.days[p].is_easy()).count() as u8
    }

    /// Whether a pair of positions is this week's to judge: it starts this week, or
    /// (with a real week before) it starts there and ends this week. A pair the repeat
    /// stands in for is judged once, from this week's side.
    fn judges(&self, a: usize, b: usize) -> bool {
        THIS_WEEK.contains(&a) || (self.real_before && a < 7 && THIS_WEEK.contains(&b))
    }

    /// The pairs of consecutive hard days this week judges. Each hard day is paired
    /// with the one before it as the walk goes: no list of them to allocate (-151 B
    /// brotli, and no allocation on the quick path).
    fn hard_pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut last = None;
        self.hard()
            .filter_map(move |b| last.replace(b).map(|a| (a, b)))
            .filter(|&(a, b)| self.judges(a, b))
    }

    fn crowding(
        &self,
        a: usize,
        b: usize,
        first: (Kind, SessionId),
        second: (Kind, SessionId),
    ) -> Crowding {
        let ((first_week, first_day), (second_week, second_day)) = (self.place(a), self.place(b));
        let mine = |week: i8, id: SessionId| (week == 0).then_some(id);
        Crowding {
            first: first_day,
            second: second_day,
            first_week,
            second_week,
            repeats: second_week == 1 && !self.real_after,
            first_kind: first.0,
            second_kind: second.0,
            easy_days: self.easy_between(a, b),
            needed: self.days[a].need,
            masters: false,
            // A move can fix only this week's sessions.
            movable: [mine(second_week, second.1), mine(first_week, first.1)],
            week_start: self.week_start,
        }
    }

    /// The days of this week among two positions.
    fn days_of(&self, a: usize, b: usize) -> DaySet {
        let mut days = DaySet::default();
        for p in [a, b] {
            if THIS_WEEK.contains(&p) {
                days.insert(self.week_start.day_at(p - 7));
            }
        }
        days
    }
}

fn same_day(facts: &Facts, sink: &mut (impl Sink + ?Sized)) {
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
            first_week: 0,
            second_week: 0,
            repeats: false,
            first_kind: kind,
            second_kind: kind,
            easy_days: 0,
            needed: d.need,
            masters: false,
            movable: [None, Some(id)],
            week_start: facts.week_start,
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

fn hard_chain(line: &Line, sink: &mut (impl Sink + ?Sized)) {
    for (a, b) in line.hard_pairs() {
        let (first, second) = (&line.days[a], &line.days[b]);
        let easy_days = line.easy_between(a, b);
        if easy_days >= first.need {
            continue;
        }
        let (Some(first_lead), Some(second_lead)) = (first.lead, second.lead) else {
            continue;
        };
        // A race week is not a week you repeat: with no real week after, its race is
        // followed by next week's days, not by this Monday's.
        if b >= 14 && !line.real_after && first_lead.0 == Kind::Race {
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
        let mut crowding = line.crowding(a, b, first_lead, second_lead);
        crowding.masters = first.need > RECOVERY_COST.after(first_lead.0, false);
        sink.raise(Flag {
            code,
            severity,
            points,
            days: line.days_of(a, b),
            subject: Subject::Hard,
            detail: Detail::Crowding(crowding),
        });
    }
}

fn long_run_neighbours(facts: &Facts, line: &Line, sink: &mut (impl Sink + ?Sized)) {
    // Long runs this week, and those of the weeks around whose neighbours fall in it.
    for pos in 0..21 {
        let Some(long_run) = line.days[pos].long_run else {
            continue;
        };
        // The day itself, the day before, and the days after within the long run's cost.
        // Advanced plans pair Saturday quality with a Sunday long run (Pfitzinger's
        // tune-up races, the Norwegian model's Saturday hills); the sources give the day
        // after the long run, not the day before.
        let after = (1..=usize::from(RECOVERY_COST.long_run)).map(|g| (pos, pos + g));
        let same = (THIS_WEEK.contains(&pos)).then_some((pos, pos));
        let before = (!facts.advanced && pos > 0).then(|| (pos - 1, pos));
        for (first, second) in same.into_iter().chain(before).chain(after) {
            if second >= 21 || !line.judges(first, second) {
                continue;
            }
            // A pair the repeat stands in for, seen from the week before, is this
            // week's own pair seen from the week after: judged there.
            if first < 7 && !line.real_before {
                continue;
            }
            let hard_pos = if first == pos { second } else { first };
            let Some(hard) = line.days[hard_pos].lead else {
                continue;
            };
            let lr = (Kind::LongRun, long_run);
            let (a, b) = if hard_pos == second && first != second {
                (lr, hard)
            } else {
                (hard, lr)
            };
            let mut crowding = line.crowding(first, second, a, b);
            crowding.easy_days = 0;
            crowding.needed = RECOVERY_COST.long_run;
            // Only the hard session is the one to move.
            crowding.movable = [(line.place(hard_pos).0 == 0).then_some(hard.1), None];
            let (severity, points) = if first == second {
                (Severity::Problem, SPACING.long_run_same_day)
            } else {
                (Severity::Caution, SPACING.long_run_neighbour)
            };
            sink.raise(Flag {
                code: FindingCode::RecoveryTooShort,
                severity,
                points: points * 10,
                days: line.days_of(first, second),
                subject: Subject::HardAndLongRuns,
                detail: Detail::Crowding(crowding),
            });
        }
    }
}

/// The smallest room to spare between consecutive hard days (easy days minus the
/// recovery they need): the advice prefers the move that leaves the most.
pub(crate) fn tightest_margin(facts: &Facts) -> i16 {
    let mut margin = i16::MAX;
    for d in facts.days.iter().filter(|d| d.hard >= 2) {
        margin = margin.min(-1 - i16::from(d.need));
    }
    let line = Line::of(facts);
    for (a, b) in line.hard_pairs() {
        let spare = i16::from(line.easy_between(a, b)) - i16::from(line.days[a].need);
        margin = margin.min(spare);
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
