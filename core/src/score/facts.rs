//! One pass over the week, folded into the sums the rules read.
//!
//! Rules never walk the sessions themselves: they read [`Facts`], which live on the
//! stack whatever the week holds (twenty sessions on a day or none). That keeps the quick
//! path free of work per rule, and lets the advice try a move by gathering the week
//! without one session once, then adding it to each other day — no clone of the week.
//!
//! Every sum is an integer and every "biggest" has a tie-break that doesn't depend on
//! the order sessions come in, so a week gathered with a session moved is exactly the
//! week with the session moved: the score the advice promises is the score you get.

use super::context::{Context, History};
use super::effort::{Effort, Quality, RECOVERY_COST};
use super::flag::KindSet;
use crate::model::{Athlete, DayIndex, Kind, Session, SessionId, Week};
use crate::report::TimeSplit;
use crate::WeekStart;

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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DayFacts {
    /// Hard sessions (threshold and above), by the card's kind.
    pub hard: u32,
    /// Easy days the day's most expensive hard session needs before the next hard one.
    pub need: u8,
    /// That session: the one messages name and moves try first.
    pub lead: Option<(Kind, SessionId)>,
    /// The day's first long run.
    pub long_run: Option<SessionId>,
    pub kinds: KindSet,
    /// Runs (sessions of a running kind), and how many of them carry a distance.
    pub runs: u32,
    pub runs_with_distance: u32,
    /// Minutes of running.
    pub running_minutes: u32,
    /// An easy or recovery run at grey-zone effort.
    pub grey_easy: bool,
    pub moderate_minutes: u32,
    pub grey_minutes: u32,
    pub hard_minutes: u32,
    /// Session-RPE load.
    pub load: u32,
    /// The first session whose workout contradicts its card: its id, the card's kind
    /// and the kind the workout reads as.
    pub contradiction: Option<(SessionId, Kind, Kind)>,
    /// How many of the day's sessions contradict their workouts.
    pub contradictions: u32,
    /// Which qualities the day holds work at (bit `Quality as u8`).
    pub quality: u8,
    /// Tempo (threshold) sessions.
    pub tempos: u32,
}

impl DayFacts {
    /// A day with nothing on it. A constant, so a week's seven start as one copy of it,
    /// not seven runs of stores as the derived `Default` made them (-215 B brotli).
    pub const EMPTY: DayFacts = DayFacts {
        hard: 0,
        need: 0,
        lead: None,
        long_run: None,
        kinds: KindSet::EMPTY,
        runs: 0,
        runs_with_distance: 0,
        running_minutes: 0,
        grey_easy: false,
        moderate_minutes: 0,
        grey_minutes: 0,
        hard_minutes: 0,
        load: 0,
        contradiction: None,
        contradictions: 0,
        quality: 0,
        tempos: 0,
    };

    /// The facts of one day's `sessions`, leaving out `left_out` (the first with that id).
    pub fn of(sessions: &[Session], left_out: Option<SessionId>, masters: bool) -> DayFacts {
        let mut day = DayFacts::EMPTY;
        let mut skip = left_out;
        for session in sessions {
            if skip == Some(session.id) {
                skip = None;
                continue;
            }
            day.add(session, &Effort::of(session), masters);
        }
        day
    }

    /// A Norwegian double-threshold day: two threshold sessions and nothing harder.
    pub fn is_double_threshold(&self) -> bool {
        self.hard == 2 && self.tempos == 2
    }

    /// Adds one session to the day.
    #[inline]
    pub fn add(&mut self, session: &Session, effort: &Effort, masters: bool) {
        let kind = session.kind;
        self.load = self.load.saturating_add(effort.load);
        self.kinds.insert(kind);
        if kind.is_hard() {
            self.hard = self.hard.saturating_add(1);
            let need = RECOVERY_COST.after(kind, masters);
            // The most expensive leads; on a tie, the first of the day.
            if self.lead.is_none() || need > self.need {
                self.lead = Some((kind, session.id));
                self.need = need;
            }
        }
        if kind == Kind::LongRun && self.long_run.is_none() {
            self.long_run = Some(session.id);
        }
        if kind == Kind::Tempo {
            self.tempos = self.tempos.saturating_add(1);
        }
        if let Some(read) = effort.contradicts {
            self.contradictions = self.contradictions.saturating_add(1);
            if self.contradiction.is_none() {
                self.contradiction = Some((session.id, kind, read));
            }
        }
        for (i, &s) in effort.quality_s.iter().enumerate() {
            if s > 0 {
                self.quality |= 1 << i;
            }
        }
        let Some(zones) = effort.zones else {
            return;
        };
        self.runs = self.runs.saturating_add(1);
        if effort.metres.is_some() {
            self.runs_with_distance = self.runs_with_distance.saturating_add(1);
        }
        self.running_minutes = self
            .running_minutes
            .saturating_add(zones.easy + zones.moderate + zones.hard);
        self.moderate_minutes = self.moderate_minutes.saturating_add(zones.moderate);
        self.grey_minutes = self.grey_minutes.saturating_add(effort.grey);
        self.hard_minutes = self.hard_minutes.saturating_add(zones.hard);
        if matches!(kind, Kind::Easy | Kind::Recovery) && effort.grey > 0 {
            self.grey_easy = true;
        }
    }
}

/// A day of a neighbouring week, as spacing sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Neighbour {
    pub hard: u32,
    pub need: u8,
    pub lead: Option<(Kind, SessionId)>,
    pub long_run: Option<SessionId>,
    pub double_threshold: bool,
}

impl Neighbour {
    /// What spacing needs of one of this week's days.
    pub fn of(day: &DayFacts) -> Neighbour {
        Neighbour {
            hard: day.hard,
            need: day.need,
            lead: day.lead,
            long_run: day.long_run,
            double_threshold: day.is_double_threshold(),
        }
    }

    /// The one definition of an easy day, every rule's: no hard session and no long
    /// run on it. Spacing counts these between hard days, and a long run, though not
    /// hard, is a key session that needs absorbing too.
    pub fn is_easy(&self) -> bool {
        self.hard == 0 && self.long_run.is_none()
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
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Facts {
    pub days: [DayFacts; 7],
    pub split: TimeSplit,
    /// Moderate minutes in the grey zone (not planned marathon-pace work).
    pub grey_minutes: u32,
    /// Of those, the ones from easy or recovery runs at grey-zone effort.
    pub grey_easy_minutes: u32,
    pub volume: Volume,
    /// Seconds of work at each [`Quality`] pace.
    pub quality_s: [u64; 4],
    /// The same in metres, from runs that carry a distance.
    pub quality_m: [u64; 4],
    /// Which qualities hold work read from a workout, and which hold estimates (bit
    /// `Quality as u8`).
    pub quality_read: u8,
    pub quality_estimated: u8,
    /// The longest run by time, and by distance among runs that carry one.
    pub longest_by_time: Option<Run>,
    pub longest_by_distance: Option<Run>,
    /// The longest session of kind long run.
    pub long_run: Option<Run>,
    pub hard_sessions: u32,
    /// Sessions of any kind but rest.
    pub sessions: u32,
    /// Minutes of sessions that aren't running (cross-training, strength).
    pub other_minutes: u64,
    /// Intervals are on the week (VO2 work: masters need more recovery after it).
    pub has_vo2_work: bool,
    pub load: u64,
    /// Races on the week. A race is judged by the days around it and the week's load;
    /// the rules that judge training — the easy share, the quality caps, the long-run
    /// spike, the week's volume against the usual one — leave it out.
    pub races: u32,
    /// The runner is advanced: a double-threshold day counts as one quality day, and a
    /// hard session the day before the long run is their plans' ordinary pattern.
    pub advanced: bool,
    /// The weeks before and after, when the week sits in a block; without them, the
    /// week is read as one you repeat.
    pub before: Option<[Neighbour; 7]>,
    pub after: Option<[Neighbour; 7]>,
    /// What the block's weeks before this one say (nothing for a week on its own).
    pub history: History,
    /// Weeks until the next goal race week (1 or 2), when the block has one.
    pub race_ahead_in: Option<u8>,
    /// The first day the board shows: the days run in that order, across the week's
    /// ends too (spacing reads them so).
    pub week_start: WeekStart,
    /// The week holds a goal race (half-marathon length or more).
    pub goal_race: bool,
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
        let mut facts = Facts::empty();
        facts.advanced = athlete.effective_level() == crate::model::Level::Advanced;
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

    /// The facts of a week with nothing on it.
    pub fn empty() -> Facts {
        Facts {
            days: [DayFacts::EMPTY; 7],
            split: TimeSplit::default(),
            grey_minutes: 0,
            grey_easy_minutes: 0,
            volume: Volume {
                all_metres: Some(0),
                ..Volume::default()
            },
            quality_s: [0; 4],
            quality_m: [0; 4],
            quality_read: 0,
            quality_estimated: 0,
            longest_by_time: None,
            longest_by_distance: None,
            long_run: None,
            hard_sessions: 0,
            sessions: 0,
            other_minutes: 0,
            has_vo2_work: false,
            load: 0,
            races: 0,
            advanced: false,
            before: None,
            after: None,
            history: History::default(),
            race_ahead_in: None,
            week_start: WeekStart::Monday,
            goal_race: false,
        }
    }

    /// Session-RPE load of each day, Monday first.
    pub fn daily_load(&self) -> [u32; 7] {
        self.days.map(|d| d.load)
    }

    /// Adds one session on `day`.
    pub fn add(&mut self, day: DayIndex, session: &Session, masters: bool) {
        let kind = session.kind;
        let effort = Effort::of(session);
        self.days[day].add(session, &effort, masters);
        self.load = self.load.saturating_add(u64::from(effort.load));
        if kind != Kind::Rest {
            self.sessions = self.sessions.saturating_add(1);
        }
        if kind.is_hard() {
            self.hard_sessions = self.hard_sessions.saturating_add(1);
        }
        if kind == Kind::Intervals {
            self.has_vo2_work = true;
        }
        let Some(zones) = effort.zones else {
            if kind != Kind::Rest {
                self.other_minutes = self
                    .other_minutes
                    .saturating_add(u64::from(session.minutes));
            }
            return;
        };
        if kind == Kind::Race {
            self.races = self.races.saturating_add(1);
            let goal = super::context::is_goal_race(session);
            self.goal_race |= goal;
            // A tune-up race is running the runner has done, and counts in the week's
            // volume; a goal race is what the weeks build to, judged by the week around
            // it. Neither is training for the easy share, the caps or the spike.
            if !goal {
                self.add_volume(session.minutes, effort.metres);
            }
            return;
        }
        self.grey_minutes = self.grey_minutes.saturating_add(effort.grey);
        if matches!(kind, Kind::Easy | Kind::Recovery) {
            self.grey_easy_minutes = self.grey_easy_minutes.saturating_add(effort.grey);
        }
        let split = &mut self.split;
        split.easy_minutes = split.easy_minutes.saturating_add(zones.easy);
        split.moderate_minutes = split.moderate_minutes.saturating_add(zones.moderate);
        split.hard_minutes = split.hard_minutes.saturating_add(zones.hard);

        let metres = effort.metres;
        self.add_volume(session.minutes, metres);

        for quality in Quality::ALL {
            let i = quality as usize;
            if effort.quality_s[i] == 0 {
                continue;
            }
            self.quality_s[i] = self.quality_s[i].saturating_add(effort.quality_s[i]);
            self.quality_m[i] = self.quality_m[i].saturating_add(effort.quality_m[i]);
            if effort.from_workout {
                self.quality_read |= 1 << i;
            } else {
                self.quality_estimated |= 1 << i;
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

    fn add_volume(&mut self, minutes: u16, metres: Option<u32>) {
        let volume = &mut self.volume;
        volume.runs = volume.runs.saturating_add(1);
        volume.minutes = volume.minutes.saturating_add(u64::from(minutes));
        volume.all_metres = match (volume.all_metres, metres) {
            (Some(total), Some(m)) => Some(total.saturating_add(u64::from(m))),
            _ => None,
        };
    }

    /// Puts the week in its block.
    pub fn place(&mut self, context: &Context) {
        self.before = context.before;
        self.after = context.after;
        self.history = context.history;
        self.race_ahead_in = context.race_ahead_in;
        self.week_start = context.week_start;
    }

    /// Whether the week holds a goal race.
    pub fn is_goal_race_week(&self) -> bool {
        self.goal_race
    }

    /// Places the week between `before` and `after` (either may be absent).
    pub fn between(&mut self, before: Option<&Week>, after: Option<&Week>, athlete: &Athlete) {
        let masters = athlete.is_masters();
        let days = |week: &Week| {
            std::array::from_fn(|d| Neighbour::of(&DayFacts::of(&week.days[d], None, masters)))
        };
        self.before = before.map(days);
        self.after = after.map(days);
    }

    /// Whether the week holds any running (a race included): a week without is not
    /// judged.
    pub fn has_running(&self) -> bool {
        self.volume.runs > 0 || self.races > 0
    }

    /// Hard sessions as the budget counts them: an advanced runner's double-threshold
    /// day is one quality day.
    pub fn quality_sessions(&self) -> u32 {
        let doubles = if self.advanced {
            self.days.iter().filter(|d| d.is_double_threshold()).count() as u32
        } else {
            0
        };
        self.hard_sessions.saturating_sub(doubles)
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
        assert_eq!(facts.grey_minutes, 100);
        assert_eq!(facts.long_run.map(|r| r.day), Some(6));
        assert!(
            !Neighbour::of(&facts.days[6]).is_easy() && Neighbour::of(&facts.days[3]).is_easy()
        );
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
