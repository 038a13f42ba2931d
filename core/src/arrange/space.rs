//! The arrangements the search may propose, built from the week and the runner's
//! constraints.
//!
//! An arrangement gives every session a day. It belongs to the space when:
//! 1. pinned sessions stay on their day, and no other session goes to an unavailable
//!    day;
//! 2. no day holds more than its cap: one session a day when the week has no double,
//!    two when it has one, and never fewer than the day holds now; or the runner's own
//!    [`Constraints::max_per_day`], never fewer than the day's pinned sessions. When
//!    the sessions don't fit the open days, the cap rises to the smallest that fits;
//! 3. days off stay days off: a rest card sits on a day with no other session, unless it
//!    already shares its day now, and then only as many rest cards as share it now. When
//!    the open days can't keep a day off apart, this rule is dropped.
//!
//! Sessions that score alike (same kind, minutes, distance, RPE and workout) form one
//! class: the search places counts of a class on days, never permutations of its members.

use super::{ArrangeError, Constraints};
use crate::model::{DayIndex, Kind, Session, SessionId, Week};

/// One session of a class, where it is now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Member {
    pub id: SessionId,
    pub day: DayIndex,
    pub position: usize,
}

/// Counts per day.
pub(crate) type PerDay = [u16; 7];

/// Sessions the score can't tell apart.
#[derive(Clone, Debug)]
pub(crate) struct Class {
    /// The class as the search scores it.
    pub sample: Session,
    /// In week order.
    pub members: Vec<Member>,
    /// Members on each day now.
    pub now: [u16; 7],
    pub rest: bool,
}

impl Class {
    pub fn len(&self) -> u16 {
        self.members.len() as u16
    }
}

/// The search space for one week and its constraints.
#[derive(Clone, Debug)]
pub(crate) struct Space {
    /// Days movable sessions may go to.
    pub open: [bool; 7],
    /// Most sessions each day may hold.
    pub caps: [u16; 7],
    /// Whether rule 3 (days off stay days off) holds.
    pub days_off_kept: bool,
    /// Rest cards that may share each day with other sessions (those that do now).
    pub rest_sharing: [u16; 7],
    /// Pinned sessions, with their day and position now.
    pub pinned: Vec<Member>,
    /// Pinned sessions on each day…
    pub pinned_all: PerDay,
    /// …and how many of them are rest cards.
    pub pinned_rest: PerDay,
    /// Movable sessions: classes of sessions that are not rest first, key sessions
    /// first among them, then rest cards.
    pub classes: Vec<Class>,
    /// The move the week's top finding advises (class, from, to), if any: among weeks
    /// that score alike, the one that takes it is preferred.
    pub advice: Option<(usize, DayIndex, DayIndex)>,
}

/// What a move costs when weeks that score alike are compared: a move 2, a move of the
/// long run 16 — so a week that keeps the long run's day wins over one that moves it
/// with fewer moves — and the top finding's own advice 1, so its week wins a tie.
const MOVE_COST: u32 = 2;
const LONG_RUN_MOVE_COST: u32 = 16;

/// Whether two sessions score alike: everything the rules could read but the id and
/// the runner's words (title, notes).
fn score_alike(a: &Session, b: &Session) -> bool {
    a.kind == b.kind
        && a.minutes == b.minutes
        && a.distance_m == b.distance_m
        && a.rpe == b.rpe
        && a.workout == b.workout
}

/// The order classes are placed in: sessions that carry the spacing (hard sessions and
/// long runs) first, then by load, heaviest first; rest cards last, so rule 3 can be
/// checked against every other session's day. The order changes no result, only how
/// soon a bound can prune.
fn placing_order(class: &Class) -> (bool, bool, std::cmp::Reverse<u32>) {
    let kind = class.sample.kind;
    (
        class.rest,
        !(kind.is_hard() || kind == Kind::LongRun),
        std::cmp::Reverse(class.sample.load()),
    )
}

impl Space {
    /// The space for `week` under `constraints`.
    pub fn new(week: &Week, constraints: &Constraints) -> Result<Space, ArrangeError> {
        let open = constraints.unavailable_days.map(|unavailable| !unavailable);
        let mut pinned = Vec::new();
        let mut pinned_all = [0; 7];
        let mut pinned_rest = [0; 7];
        let mut classes: Vec<Class> = Vec::new();
        for (day, sessions) in week.days.iter().enumerate() {
            for (position, session) in sessions.iter().enumerate() {
                let member = Member {
                    id: session.id,
                    day,
                    position,
                };
                if constraints.pinned.contains(&session.id) {
                    if !open[day] {
                        return Err(ArrangeError::PinnedOnUnavailableDay {
                            id: session.id,
                            day,
                        });
                    }
                    pinned.push(member);
                    pinned_all[day] += 1;
                    pinned_rest[day] += u16::from(session.kind == Kind::Rest);
                    continue;
                }
                match classes.iter_mut().find(|c| score_alike(&c.sample, session)) {
                    Some(class) => {
                        class.members.push(member);
                        class.now[day] += 1;
                    }
                    None => {
                        let mut now = [0; 7];
                        now[day] = 1;
                        classes.push(Class {
                            sample: session.clone(),
                            members: vec![member],
                            now,
                            rest: session.kind == Kind::Rest,
                        });
                    }
                }
            }
        }
        // Stable: classes that tie keep week order.
        crate::small_sort::sort_by_key(&mut classes, placing_order);

        let mut rest_sharing = [0; 7];
        for (day, sessions) in week.days.iter().enumerate() {
            if sessions.iter().any(|s| s.kind != Kind::Rest) {
                rest_sharing[day] = sessions.iter().filter(|s| s.kind == Kind::Rest).count() as u16;
            }
        }

        let mut space = Space {
            open,
            caps: [0; 7],
            days_off_kept: true,
            rest_sharing,
            pinned,
            pinned_all,
            pinned_rest,
            classes,
            advice: None,
        };
        let now: [u16; 7] = week.days.each_ref().map(|d| d.len() as u16);
        let total = week.session_count() as u16;
        let has_double = now.iter().any(|&n| n >= 2);
        let first = match constraints.max_per_day {
            Some(cap) => cap.max(1),
            None if has_double => 2,
            None => 1,
        };
        for days_off_kept in [true, false] {
            space.days_off_kept = days_off_kept;
            for per_day in first..=total.max(first) {
                space.caps = match constraints.max_per_day {
                    Some(_) => space.pinned_all.map(|n| n.max(per_day)),
                    None => now.map(|n| n.max(per_day)),
                };
                if space.fits() {
                    return Ok(space);
                }
            }
        }
        Err(ArrangeError::NoRoom)
    }

    /// Whether some arrangement of the movable sessions satisfies every rule.
    ///
    /// Exact: tries every set of open days that take sessions other than rest cards
    /// ("mixed" days); the other open days take rest cards only.
    pub fn fits(&self) -> bool {
        let (pinned_all, pinned_rest) = (self.pinned_all, self.pinned_rest);
        let slack: [u16; 7] = std::array::from_fn(|d| {
            self.caps[d].saturating_sub(pinned_all[d]) * u16::from(self.open[d])
        });
        let sessions: u16 = self
            .classes
            .iter()
            .filter(|c| !c.rest)
            .map(Class::len)
            .sum();
        let rest_cards: u16 = self.classes.iter().filter(|c| c.rest).map(Class::len).sum();
        if !self.days_off_kept {
            return slack.iter().sum::<u16>() >= sessions + rest_cards;
        }
        // Rest cards a day may hold next to other sessions.
        let sharing: [u16; 7] = std::array::from_fn(|d| {
            self.rest_sharing[d]
                .saturating_sub(pinned_rest[d])
                .min(slack[d])
        });
        let has_others: [bool; 7] = std::array::from_fn(|d| pinned_all[d] > pinned_rest[d]);
        // A pinned day off takes no other session.
        let may_mix: [bool; 7] =
            std::array::from_fn(|d| self.open[d] && pinned_rest[d] <= self.rest_sharing[d]);
        (0u8..128).any(|mixed| {
            let is_mixed = |d: usize| mixed & (1 << d) != 0;
            if (0..7).any(|d| is_mixed(d) && !may_mix[d]) {
                return false;
            }
            let mut room = 0;
            let mut rest_room = 0;
            for d in 0..7 {
                if is_mixed(d) {
                    room += slack[d];
                } else if has_others[d] {
                    rest_room += sharing[d];
                } else {
                    rest_room += slack[d];
                }
            }
            if room < sessions {
                return false;
            }
            let mixed_sharing: u16 = (0..7).filter(|&d| is_mixed(d)).map(|d| sharing[d]).sum();
            rest_room + mixed_sharing.min(room - sessions) >= rest_cards
        })
    }
}

impl Space {
    /// Sessions of each class on each day now: the current week's placement.
    pub fn current(&self) -> Vec<PerDay> {
        self.classes.iter().map(|c| c.now).collect()
    }

    /// Whether a placement (sessions of each class on each day) is in the space.
    pub fn admits(&self, placement: &[PerDay]) -> bool {
        (0..7).all(|d| {
            let mut all = self.pinned_all[d];
            let mut rest = self.pinned_rest[d];
            for (class, placed) in self.classes.iter().zip(placement) {
                all += placed[d];
                if class.rest {
                    rest += placed[d];
                }
            }
            let movable = all - self.pinned_all[d];
            let sharing_ok = !self.days_off_kept || all == rest || rest <= self.rest_sharing[d];
            all <= self.caps[d] && (self.open[d] || movable == 0) && sharing_ok
        })
    }

    /// Prefers, among weeks that score alike, the one that moves `session` of `week`
    /// to `to`. A pinned session's advice is taken by a movable one that scores alike
    /// on its day: the score, and the runner, can't tell the two moves apart.
    pub fn prefer(&mut self, week: &Week, session: SessionId, to: DayIndex) {
        let Some((from, position)) = week.find(session) else {
            return;
        };
        let advised = &week.days[from][position];
        if from == to || !self.open[to] {
            return;
        }
        self.advice = self
            .classes
            .iter()
            .position(|class| score_alike(&class.sample, advised) && class.now[from] > 0)
            .map(|c| (c, from, to));
    }

    /// What one move of class `c` costs (see [`MOVE_COST`]).
    pub fn move_cost(&self, c: usize) -> u32 {
        if self.classes[c].sample.kind == Kind::LongRun {
            LONG_RUN_MOVE_COST
        } else {
            MOVE_COST
        }
    }

    /// Whether a placement takes the advised move.
    pub fn takes_advice(&self, placement: &[PerDay]) -> bool {
        self.advice.is_some_and(|(c, from, to)| {
            let (placed, now) = (&placement[c], &self.classes[c].now);
            placed[to] > now[to] && placed[from] < now[from]
        })
    }

    /// What a placement's moves cost when weeks that score alike are compared.
    pub fn cost(&self, placement: &[PerDay]) -> u32 {
        let moves: u32 = (0..self.classes.len())
            .map(|c| self.class_moves(c, &placement[c]) * self.move_cost(c))
            .sum();
        moves - u32::from(self.takes_advice(placement) && moves > 0)
    }

    fn class_moves(&self, c: usize, placed: &PerDay) -> u32 {
        let now = &self.classes[c].now;
        (0..7)
            .map(|d| u32::from(placed[d].saturating_sub(now[d])))
            .sum()
    }
}
