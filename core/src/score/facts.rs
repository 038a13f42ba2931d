//! One pass over the week, folded into the sums the rules read.
//!
//! Rules never walk the sessions themselves: they read [`Facts`], which live on the
//! stack whatever the week holds (twenty sessions on a day or none). That keeps the quick
//! path free of heap allocation, and lets the advice try a move by gathering the week
//! without one session once, then adding it to each other day — no clone of the week.
//!
//! Every sum is an integer and every "biggest" has a tie-break that doesn't depend on
//! the order sessions come in, so a week gathered with a session moved is exactly the
//! week with the session moved: the score the advice promises is the score you get.

use super::flag::KindSet;
use super::intensity::{self, ZoneMinutes};
use super::{proportions, spacing};
use crate::model::{Athlete, DayIndex, Kind, Session, SessionId, Week};
use crate::report::TimeSplit;

/// One session placed on another day, to try a move without editing the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Move {
    pub session: SessionId,
    pub to: DayIndex,
}

/// One run, as the load and proportion rules name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Run {
    pub id: SessionId,
    pub day: DayIndex,
    pub kind: Kind,
    pub minutes: u16,
    pub metres: Option<u32>,
}

/// What one day holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct DayFacts {
    /// Hard sessions (threshold and above).
    pub hard: u32,
    /// Easy days the day's most expensive hard session needs before the next hard one.
    pub need: u8,
    /// That session: the one messages name and moves try first.
    pub lead: Option<(Kind, SessionId)>,
    /// The day's first long run.
    pub long_run: Option<SessionId>,
    pub kinds: KindSet,
    /// An easy or recovery run at grey-zone effort.
    pub grey_easy: bool,
    pub moderate_minutes: u32,
    pub hard_minutes: u32,
    /// Session-RPE load.
    pub load: u32,
}

impl DayFacts {
    /// The facts of one day's `sessions`, leaving out `left_out` (the first with that id).
    pub fn of(sessions: &[Session], left_out: Option<SessionId>, masters: bool) -> DayFacts {
        let mut day = DayFacts::default();
        let mut skip = left_out;
        for session in sessions {
            if skip == Some(session.id) {
                skip = None;
                continue;
            }
            day.add(session, masters);
        }
        day
    }

    /// Adds one session to the day; returns how its minutes count, if it is running.
    #[inline]
    pub fn add(&mut self, session: &Session, masters: bool) -> Option<ZoneMinutes> {
        let kind = session.kind;
        self.load = self.load.saturating_add(session.load());
        self.kinds.insert(kind);
        if kind.is_hard() {
            self.hard = self.hard.saturating_add(1);
            let need = spacing::RECOVERY_COST.after(kind, masters);
            // The most expensive leads; on a tie, the first of the day.
            if self.lead.is_none() || need > self.need {
                self.lead = Some((kind, session.id));
                self.need = need;
            }
        }
        if kind == Kind::LongRun && self.long_run.is_none() {
            self.long_run = Some(session.id);
        }
        let zones = intensity::minutes(session)?;
        self.moderate_minutes = self.moderate_minutes.saturating_add(zones.moderate);
        self.hard_minutes = self.hard_minutes.saturating_add(zones.hard);
        if matches!(kind, Kind::Easy | Kind::Recovery) && zones.moderate > 0 {
            self.grey_easy = true;
        }
        Some(zones)
    }
}

/// Running volume of the week.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Volume {
    pub minutes: u64,
    /// Metres so far, while every run has carried a distance.
    all_metres: Option<u64>,
    pub runs: u32,
}

impl Volume {
    /// Metres run, when there are runs and every one carries a distance.
    pub fn metres(&self) -> Option<u64> {
        self.all_metres.filter(|_| self.runs > 0)
    }
}

/// Everything the rules read about a week.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Facts {
    pub days: [DayFacts; 7],
    pub split: TimeSplit,
    /// Moderate minutes that come from easy or recovery runs at grey-zone effort.
    pub grey_easy_minutes: u32,
    pub volume: Volume,
    /// Estimated work at threshold, interval and repetition pace, in
    /// [`proportions::WORK_UNITS_PER_MINUTE`]ths of a minute (exact, so order-free).
    pub quality_work: [u64; 3],
    /// The same in metres, from runs that carry a distance.
    pub quality_metres: [u64; 3],
    /// The longest run by time, and by distance among runs that carry one.
    pub longest_by_time: Option<Run>,
    pub longest_by_distance: Option<Run>,
    /// The longest session of kind long run.
    pub long_run: Option<Run>,
    pub hard_sessions: u32,
    /// Intervals are on the week (VO2 work: masters need more recovery after it).
    pub has_vo2_work: bool,
    pub load: u64,
}

impl Facts {
    /// Gathers the facts of `week`, with `moved` placed on its new day if given.
    pub fn gather(week: &Week, athlete: &Athlete, moved: Option<Move>) -> Facts {
        let Some(m) = moved else {
            return Facts::without(week, athlete, None);
        };
        let mut facts = Facts::without(week, athlete, Some(m.session));
        if let Some(session) = week.session(m.session) {
            facts.add(m.to % 7, session, athlete.is_masters());
        }
        facts
    }

    /// Gathers the facts of `week` leaving out the session `left_out` (the first with
    /// that id): the start of every move of it.
    pub fn without(week: &Week, athlete: &Athlete, left_out: Option<SessionId>) -> Facts {
        let masters = athlete.is_masters();
        let mut facts = Facts {
            volume: Volume {
                all_metres: Some(0),
                ..Volume::default()
            },
            ..Facts::default()
        };
        let mut skip = left_out;
        for (day, sessions) in week.days.iter().enumerate() {
            for session in sessions {
                if skip == Some(session.id) {
                    skip = None;
                    continue;
                }
                facts.add(day, session, masters);
            }
        }
        facts
    }

    /// Session-RPE load of each day, Monday first.
    pub fn daily_load(&self) -> [u32; 7] {
        self.days.map(|d| d.load)
    }

    /// Adds one session on `day`.
    pub fn add(&mut self, day: DayIndex, session: &Session, masters: bool) {
        let kind = session.kind;
        let zones = self.days[day].add(session, masters);
        self.load = self.load.saturating_add(u64::from(session.load()));
        if kind.is_hard() {
            self.hard_sessions = self.hard_sessions.saturating_add(1);
        }
        if kind == Kind::Intervals {
            self.has_vo2_work = true;
        }
        let Some(zones) = zones else {
            return;
        };
        if matches!(kind, Kind::Easy | Kind::Recovery) {
            self.grey_easy_minutes = self.grey_easy_minutes.saturating_add(zones.moderate);
        }
        let split = &mut self.split;
        split.easy_minutes = split.easy_minutes.saturating_add(zones.easy);
        split.moderate_minutes = split.moderate_minutes.saturating_add(zones.moderate);
        split.hard_minutes = split.hard_minutes.saturating_add(zones.hard);

        let metres = session.distance_m.filter(|&m| m > 0);
        let volume = &mut self.volume;
        volume.runs = volume.runs.saturating_add(1);
        volume.minutes = volume.minutes.saturating_add(u64::from(session.minutes));
        volume.all_metres = match (volume.all_metres, metres) {
            (Some(total), Some(m)) => Some(total.saturating_add(u64::from(m))),
            _ => None,
        };

        if let Some((quality, work)) = proportions::work(kind, zones.hard) {
            let i = quality as usize;
            self.quality_work[i] = self.quality_work[i].saturating_add(work);
            if let Some(m) = metres {
                // The work's share of the session's time, as a share of its distance.
                let per_session = u64::from(session.minutes.max(1))
                    * u64::from(proportions::WORK_UNITS_PER_MINUTE);
                let work_metres = u128::from(m) * u128::from(work) / u128::from(per_session);
                self.quality_metres[i] = self.quality_metres[i].saturating_add(work_metres as u64);
            }
        }

        let run = Run {
            id: session.id,
            day,
            kind,
            minutes: session.minutes,
            metres,
        };
        // On a tie the earlier day wins, then the first of the day.
        let by_time = |r: Run| (r.minutes, std::cmp::Reverse(r.day));
        let by_distance = |r: Run| (r.metres, std::cmp::Reverse(r.day));
        if self
            .longest_by_time
            .is_none_or(|r| by_time(run) > by_time(r))
        {
            self.longest_by_time = Some(run);
        }
        if metres.is_some()
            && self
                .longest_by_distance
                .is_none_or(|r| by_distance(run) > by_distance(r))
        {
            self.longest_by_distance = Some(run);
        }
        if kind == Kind::LongRun && self.long_run.is_none_or(|r| by_time(run) > by_time(r)) {
            self.long_run = Some(run);
        }
    }

    /// Days holding a hard session, in week order, and how many there are.
    pub fn hard_days(&self) -> ([DayIndex; 7], usize) {
        let mut days = [0; 7];
        let mut n = 0;
        for (day, facts) in self.days.iter().enumerate() {
            if facts.hard > 0 {
                days[n] = day;
                n += 1;
            }
        }
        (days, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::{effective_week, unbalanced_week};
    use proptest::prelude::*;

    fn moved(week: &Week, m: Move) -> Week {
        let mut week = week.clone();
        let (day, pos) = week.find(m.session).unwrap();
        let session = week.days[day].remove(pos);
        week.days[m.to].push(session);
        week
    }

    #[test]
    fn the_seed_weeks_add_up() {
        let facts = Facts::gather(&effective_week(), &Athlete::default(), None);
        assert_eq!(facts.hard_sessions, 2);
        assert_eq!(facts.volume.minutes, 345);
        assert_eq!(facts.volume.metres(), None);
        assert_eq!(facts.daily_load(), effective_week().daily_load());
        let facts = Facts::gather(&unbalanced_week(), &Athlete::default(), None);
        assert_eq!(facts.split.moderate_minutes, 100);
        assert_eq!(facts.long_run.map(|r| r.day), Some(6));
    }

    fn any_week() -> impl Strategy<Value = Week> {
        crate::score::test_weeks::any_week(200, 30000)
    }

    proptest! {
        /// What the advice promises is what the moved week scores.
        #[test]
        fn a_tried_move_is_the_moved_week(
            week in any_week(),
            pick in any::<prop::sample::Index>(),
            to in 0usize..7,
            age in proptest::option::of(30u8..60),
        ) {
            let ids: Vec<SessionId> = week.sessions().map(|(_, s)| s.id).collect();
            prop_assume!(!ids.is_empty());
            let athlete = Athlete { age, ..Athlete::default() };
            let m = Move { session: ids[pick.index(ids.len())], to };
            prop_assert_eq!(
                Facts::gather(&week, &athlete, Some(m)),
                Facts::gather(&moved(&week, m), &athlete, None)
            );
        }
    }
}
