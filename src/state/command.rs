//! Every edit the board can make to a plan, as data.

use weekboard_core::plan::BOUNDS;
use weekboard_core::{Athlete, DayIndex, Kind, Plan, Session, SessionId, Settings, Week};

/// The id a session carries before it is on the board (a palette template, the
/// edit dialog's fields): commands that place it give it a real one.
pub const UNPLACED: SessionId = SessionId(0);

/// A new session of `kind`, with the kind's default minutes, not yet on the board.
pub fn new_session(kind: Kind) -> Session {
    Session::new(UNPLACED, kind)
}

/// One edit of the plan. Applying a command never panics: a command that no longer
/// fits the plan (an id that is gone, a day out of range) changes nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A new session on `day` at `index` (clamped to the day's length); its id is
    /// replaced by a fresh one.
    Add {
        day: DayIndex,
        index: usize,
        session: Session,
    },
    /// Moves a session to `to_day`, at `to_index` in that day as it reads after the move.
    Move {
        id: SessionId,
        to_day: DayIndex,
        to_index: usize,
    },
    /// Replaces a session's fields, keeping its place and id.
    Edit {
        id: SessionId,
        session: Session,
    },
    Delete {
        id: SessionId,
    },
    /// A copy placed right after the original.
    Duplicate {
        id: SessionId,
    },
    SetAthlete(Athlete),
    SetSettings(Settings),
    /// The same sessions in another arrangement (an accepted suggestion). Refused
    /// unless it holds exactly the sessions the week holds now.
    Arrange(Week),
}

/// What can't take one more session without the plan leaving the bounds every
/// saved plan and link must respect.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Full {
    /// This day has `BOUNDS.sessions_per_day` sessions.
    Day(DayIndex),
    /// The week has `BOUNDS.sessions_per_week` sessions.
    Week,
}

/// Whether two weeks hold the same sessions (by id and content), wherever they sit.
/// Ids are unique within a week, so matching each session by id is enough (and
/// needs no sort, whose code is a few KB of wasm per sorted type).
fn same_sessions(a: &Week, b: &Week) -> bool {
    a.session_count() == b.session_count() && a.sessions().all(|(_, s)| b.session(s.id) == Some(s))
}

impl Command {
    /// What is full, if this command would put one session too many on a day or
    /// in the week: it is refused, and the board says so.
    pub fn overfills(&self, plan: &Plan) -> Option<Full> {
        let week = &plan.week;
        let (day, adds) = match self {
            Command::Add { day, .. } => (*day, true),
            Command::Duplicate { id } => (week.find(*id)?.0, true),
            Command::Move { id, to_day, .. } if week.find(*id)?.0 != *to_day => (*to_day, false),
            _ => return None,
        };
        if week.days.get(day)?.len() >= BOUNDS.sessions_per_day {
            Some(Full::Day(day))
        } else if adds && week.session_count() >= BOUNDS.sessions_per_week {
            Some(Full::Week)
        } else {
            None
        }
    }

    /// The plan after this command, or `None` when it would change nothing.
    pub fn apply(self, plan: &Plan) -> Option<Plan> {
        if self.overfills(plan).is_some() {
            return None;
        }
        let mut next = plan.clone();
        let week = &mut next.week;
        match self {
            Command::Add {
                day,
                index,
                session,
            } => {
                if day >= 7 {
                    return None;
                }
                let id = week.next_id();
                let sessions = &mut week.days[day];
                let index = index.min(sessions.len());
                sessions.insert(index, Session { id, ..session });
            }
            Command::Move {
                id,
                to_day,
                to_index,
            } => {
                let (from_day, from_index) = week.find(id)?;
                if to_day >= 7 {
                    return None;
                }
                let session = week.days[from_day].remove(from_index);
                let target = &mut week.days[to_day];
                let to_index = to_index.min(target.len());
                target.insert(to_index, session);
            }
            Command::Edit { id, session } => {
                let (day, index) = week.find(id)?;
                week.days[day][index] = Session { id, ..session };
            }
            Command::Delete { id } => {
                let (day, index) = week.find(id)?;
                week.days[day].remove(index);
            }
            Command::Duplicate { id } => {
                let (day, index) = week.find(id)?;
                let mut copy = week.days[day][index].clone();
                copy.id = week.next_id();
                week.days[day].insert(index + 1, copy);
            }
            Command::SetAthlete(athlete) => next.athlete = athlete,
            Command::SetSettings(settings) => next.settings = settings,
            Command::Arrange(arranged) => {
                if !same_sessions(week, &arranged) {
                    return None;
                }
                *week = arranged;
            }
        }
        (next != *plan).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::samples::unbalanced_week;

    fn plan() -> Plan {
        Plan {
            week: unbalanced_week(),
            ..Plan::default()
        }
    }

    #[test]
    fn move_places_the_session_where_asked() {
        let moved = Command::Move {
            id: SessionId(3),
            to_day: 4,
            to_index: 0,
        }
        .apply(&plan())
        .unwrap();
        assert_eq!(moved.week.days[2].len(), 0);
        assert_eq!(moved.week.days[4][0].id, SessionId(3));
        assert_eq!(moved.week.session_count(), 7);
    }

    #[test]
    fn reorder_within_a_day() {
        let mut start = plan();
        start.week.days[0].push(Session::new(SessionId(9), Kind::Strength));
        let reordered = Command::Move {
            id: SessionId(9),
            to_day: 0,
            to_index: 0,
        }
        .apply(&start)
        .unwrap();
        assert_eq!(reordered.week.days[0][0].id, SessionId(9));
        assert_eq!(reordered.week.days[0][1].id, SessionId(1));
    }

    #[test]
    fn add_duplicate_delete_keep_ids_unique() {
        let added = Command::Add {
            day: 5,
            index: 99,
            session: new_session(Kind::Easy),
        }
        .apply(&plan())
        .unwrap();
        assert_eq!(added.week.days[5].len(), 2);
        let new_id = added.week.days[5][1].id;
        assert_eq!(new_id, SessionId(8));
        let duplicated = Command::Duplicate { id: new_id }.apply(&added).unwrap();
        let ids: Vec<_> = duplicated.week.sessions().map(|(_, s)| s.id).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len());
        let deleted = Command::Delete { id: new_id }.apply(&duplicated).unwrap();
        assert_eq!(deleted.week.session_count(), 8);
    }

    #[test]
    fn commands_on_missing_sessions_change_nothing() {
        let gone = SessionId(404);
        assert!(Command::Delete { id: gone }.apply(&plan()).is_none());
        assert!(Command::Move {
            id: gone,
            to_day: 1,
            to_index: 0
        }
        .apply(&plan())
        .is_none());
        assert!(Command::Move {
            id: SessionId(1),
            to_day: 7,
            to_index: 0
        }
        .apply(&plan())
        .is_none());
    }

    #[test]
    fn a_full_day_takes_no_more() {
        let mut full = plan();
        for i in 0..(BOUNDS.sessions_per_day as u32 - 1) {
            full.week.days[0].push(Session::new(SessionId(100 + i), Kind::Easy));
        }
        let add = Command::Add {
            day: 0,
            index: 0,
            session: new_session(Kind::Easy),
        };
        assert_eq!(add.overfills(&full), Some(Full::Day(0)));
        assert!(add.apply(&full).is_none());
        let duplicate = Command::Duplicate { id: SessionId(100) };
        assert_eq!(duplicate.overfills(&full), Some(Full::Day(0)));
        let move_in = Command::Move {
            id: SessionId(3),
            to_day: 0,
            to_index: 0,
        };
        assert_eq!(move_in.overfills(&full), Some(Full::Day(0)));
        assert!(move_in.apply(&full).is_none());
        // Within the full day, a card still moves.
        let reorder = Command::Move {
            id: SessionId(100),
            to_day: 0,
            to_index: 0,
        };
        assert_eq!(reorder.overfills(&full), None);
        assert!(reorder.apply(&full).is_some());
    }

    #[test]
    fn arrange_takes_only_the_same_sessions() {
        let start = plan();
        let mut arranged = start.week.clone();
        let tempo = arranged.days[2].remove(0);
        arranged.days[4].push(tempo);
        let moved = Command::Arrange(arranged.clone()).apply(&start).unwrap();
        assert_eq!(moved.week.find(SessionId(3)), Some((4, 1)));
        arranged.days[4].pop();
        assert!(Command::Arrange(arranged).apply(&start).is_none());
    }

    #[test]
    fn a_full_week_takes_no_more() {
        let mut full = Plan::default();
        for i in 0..BOUNDS.sessions_per_week as u32 {
            full.week.days[(i % 7) as usize].push(Session::new(SessionId(i + 1), Kind::Easy));
        }
        let add = Command::Add {
            day: 0,
            index: 0,
            session: new_session(Kind::Easy),
        };
        assert_eq!(add.overfills(&full), Some(Full::Week));
        assert!(add.apply(&full).is_none());
        assert!(Command::Duplicate { id: SessionId(1) }
            .apply(&full)
            .is_none());
        // Moving doesn't add: a full week still rearranges.
        let move_over = Command::Move {
            id: SessionId(1),
            to_day: 1,
            to_index: 0,
        };
        assert_eq!(move_over.overfills(&full), None);
    }
}
