//! Every edit the board can make to a plan, as data.

use weekboard_core::date::Date;
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
    /// The plan moved to the week of this Monday.
    SetStart(Date),
    /// An empty board for a fresh week: every session of the shown week removed.
    NewWeek,
    /// An empty week at the end of the block.
    AddWeek,
    /// A copy of this week (its sessions with new ids) right after it.
    DuplicateWeek(usize),
    /// This week out of the block (never the last one left).
    DeleteWeek(usize),
    /// A week moved to another place in the block.
    MoveWeek {
        from: usize,
        to: usize,
    },
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
    pub fn overfills(&self, plan: &Plan, shown: usize) -> Option<Full> {
        let week = plan.weeks.get(shown)?;
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

    /// The plan after this command on its week `shown`, or `None` when it would
    /// change nothing.
    pub fn apply(self, plan: &Plan, shown: usize) -> Option<Plan> {
        if self.overfills(plan, shown).is_some() {
            return None;
        }
        let mut next = plan.clone();
        // Ids are unique across the plan's weeks.
        let fresh_id = plan.next_session_id();
        let weeks = plan.weeks.len();
        match self {
            Command::SetStart(monday) => next.start = Some(monday.monday()),
            Command::AddWeek if weeks < BOUNDS.weeks => next.weeks.push(Week::default()),
            Command::DuplicateWeek(at) if at < weeks && weeks < BOUNDS.weeks => {
                let mut copy = plan.weeks[at].clone();
                for (n, session) in (fresh_id.0..).zip(copy.days.iter_mut().flatten()) {
                    session.id = SessionId(n);
                }
                next.weeks.insert(at + 1, copy);
            }
            Command::DeleteWeek(at) if at < weeks && weeks > 1 => {
                next.weeks.remove(at);
            }
            Command::MoveWeek { from, to } if from < weeks && to < weeks => {
                let week = next.weeks.remove(from);
                next.weeks.insert(to, week);
            }
            Command::AddWeek
            | Command::DuplicateWeek(_)
            | Command::DeleteWeek(_)
            | Command::MoveWeek { .. } => return None,
            _ => return self.apply_to_week(plan, next, shown, fresh_id),
        }
        (next != *plan).then_some(next)
    }

    /// The week on the board after this command, for a plan of `weeks` weeks
    /// before it: the week it made or moved, else the one shown.
    pub fn shown_after(&self, shown: usize, weeks: usize) -> usize {
        match *self {
            Command::AddWeek => weeks,
            Command::DuplicateWeek(at) => at + 1,
            Command::DeleteWeek(at) => at.min(weeks.saturating_sub(2)),
            Command::MoveWeek { from, to } if from == shown => to,
            Command::MoveWeek { from, to } if from < shown && to >= shown => shown - 1,
            Command::MoveWeek { from, to } if from > shown && to <= shown => shown + 1,
            _ => shown,
        }
    }

    /// The commands that change one week: on week `shown` of `next` (a copy of `plan`).
    fn apply_to_week(
        self,
        plan: &Plan,
        mut next: Plan,
        shown: usize,
        fresh_id: SessionId,
    ) -> Option<Plan> {
        let week = next.weeks.get_mut(shown)?;
        match self {
            Command::Add {
                day,
                index,
                session,
            } => {
                if day >= 7 {
                    return None;
                }
                let id = fresh_id;
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
                copy.id = fresh_id;
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
            Command::NewWeek => *week = Week::default(),
            // The block's commands are applied by `apply`.
            Command::SetStart(_)
            | Command::AddWeek
            | Command::DuplicateWeek(_)
            | Command::DeleteWeek(_)
            | Command::MoveWeek { .. } => return None,
        }
        (next != *plan).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::samples::unbalanced_week;

    fn plan() -> Plan {
        Plan::of_week(unbalanced_week())
    }

    #[test]
    fn move_places_the_session_where_asked() {
        let moved = Command::Move {
            id: SessionId(3),
            to_day: 4,
            to_index: 0,
        }
        .apply(&plan(), 0)
        .unwrap();
        assert_eq!(moved.weeks[0].days[2].len(), 0);
        assert_eq!(moved.weeks[0].days[4][0].id, SessionId(3));
        assert_eq!(moved.weeks[0].session_count(), 7);
    }

    #[test]
    fn reorder_within_a_day() {
        let mut start = plan();
        start.weeks[0].days[0].push(Session::new(SessionId(9), Kind::Strength));
        let reordered = Command::Move {
            id: SessionId(9),
            to_day: 0,
            to_index: 0,
        }
        .apply(&start, 0)
        .unwrap();
        assert_eq!(reordered.weeks[0].days[0][0].id, SessionId(9));
        assert_eq!(reordered.weeks[0].days[0][1].id, SessionId(1));
    }

    #[test]
    fn add_duplicate_delete_keep_ids_unique() {
        let added = Command::Add {
            day: 5,
            index: 99,
            session: new_session(Kind::Easy),
        }
        .apply(&plan(), 0)
        .unwrap();
        assert_eq!(added.weeks[0].days[5].len(), 2);
        let new_id = added.weeks[0].days[5][1].id;
        assert_eq!(new_id, SessionId(8));
        let duplicated = Command::Duplicate { id: new_id }.apply(&added, 0).unwrap();
        let ids: Vec<_> = duplicated.weeks[0].sessions().map(|(_, s)| s.id).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(ids.len(), unique.len());
        let deleted = Command::Delete { id: new_id }
            .apply(&duplicated, 0)
            .unwrap();
        assert_eq!(deleted.weeks[0].session_count(), 8);
    }

    #[test]
    fn commands_on_missing_sessions_change_nothing() {
        let gone = SessionId(404);
        assert!(Command::Delete { id: gone }.apply(&plan(), 0).is_none());
        assert!(Command::Move {
            id: gone,
            to_day: 1,
            to_index: 0
        }
        .apply(&plan(), 0)
        .is_none());
        assert!(Command::Move {
            id: SessionId(1),
            to_day: 7,
            to_index: 0
        }
        .apply(&plan(), 0)
        .is_none());
    }

    #[test]
    fn a_full_day_takes_no_more() {
        let mut full = plan();
        for i in 0..(BOUNDS.sessions_per_day as u32 - 1) {
            full.weeks[0].days[0].push(Session::new(SessionId(100 + i), Kind::Easy));
        }
        let add = Command::Add {
            day: 0,
            index: 0,
            session: new_session(Kind::Easy),
        };
        assert_eq!(add.overfills(&full, 0), Some(Full::Day(0)));
        assert!(add.apply(&full, 0).is_none());
        let duplicate = Command::Duplicate { id: SessionId(100) };
        assert_eq!(duplicate.overfills(&full, 0), Some(Full::Day(0)));
        let move_in = Command::Move {
            id: SessionId(3),
            to_day: 0,
            to_index: 0,
        };
        assert_eq!(move_in.overfills(&full, 0), Some(Full::Day(0)));
        assert!(move_in.apply(&full, 0).is_none());
        // Within the full day, a card still moves.
        let reorder = Command::Move {
            id: SessionId(100),
            to_day: 0,
            to_index: 0,
        };
        assert_eq!(reorder.overfills(&full, 0), None);
        assert!(reorder.apply(&full, 0).is_some());
    }

    #[test]
    fn arrange_takes_only_the_same_sessions() {
        let start = plan();
        let mut arranged = start.weeks[0].clone();
        let tempo = arranged.days[2].remove(0);
        arranged.days[4].push(tempo);
        let moved = Command::Arrange(arranged.clone()).apply(&start, 0).unwrap();
        assert_eq!(moved.weeks[0].find(SessionId(3)), Some((4, 1)));
        arranged.days[4].pop();
        assert!(Command::Arrange(arranged).apply(&start, 0).is_none());
    }

    #[test]
    fn a_full_week_takes_no_more() {
        let mut full = Plan::default();
        for i in 0..BOUNDS.sessions_per_week as u32 {
            full.weeks[0].days[(i % 7) as usize].push(Session::new(SessionId(i + 1), Kind::Easy));
        }
        let add = Command::Add {
            day: 0,
            index: 0,
            session: new_session(Kind::Easy),
        };
        assert_eq!(add.overfills(&full, 0), Some(Full::Week));
        assert!(add.apply(&full, 0).is_none());
        assert!(Command::Duplicate { id: SessionId(1) }
            .apply(&full, 0)
            .is_none());
        // Moving doesn't add: a full week still rearranges.
        let move_over = Command::Move {
            id: SessionId(1),
            to_day: 1,
            to_index: 0,
        };
        assert_eq!(move_over.overfills(&full, 0), None);
    }

    #[test]
    fn a_new_week_empties_the_board_and_keeps_the_rest() {
        let mut start = plan();
        start.start = Date::parse("2026-12-07");
        let fresh = Command::NewWeek.apply(&start, 0).unwrap();
        assert_eq!(fresh.weeks[0].session_count(), 0);
        assert_eq!((fresh.start, &fresh.athlete), (start.start, &start.athlete));
        assert!(Command::NewWeek.apply(&fresh, 0).is_none(), "already empty");
    }

    #[test]
    fn the_week_moves_to_a_monday() {
        let start = plan();
        let moved = Command::SetStart(Date::parse("2026-12-10").unwrap())
            .apply(&start, 0)
            .unwrap();
        assert_eq!(moved.start, Date::parse("2026-12-07"));
        assert_eq!(moved.weeks, start.weeks);
    }

    #[test]
    fn weeks_are_added_duplicated_moved_and_deleted() {
        let start = plan();
        let two = Command::DuplicateWeek(0).apply(&start, 0).unwrap();
        assert_eq!(two.weeks.len(), 2);
        assert_eq!(two.weeks[1].session_count(), 7);
        assert_eq!(
            two.weeks[1].days[2][0].id,
            SessionId(10),
            "tempo's copy: 8 + 2"
        );
        assert!(two.validate().is_ok(), "ids unique across weeks");
        let three = Command::AddWeek.apply(&two, 1).unwrap();
        assert_eq!(three.weeks[2].session_count(), 0);
        let moved = Command::MoveWeek { from: 2, to: 0 }
            .apply(&three, 2)
            .unwrap();
        assert_eq!(moved.weeks[0].session_count(), 0);
        assert_eq!(moved.weeks[1], start.weeks[0]);
        let deleted = Command::DeleteWeek(0).apply(&moved, 0).unwrap();
        assert_eq!(deleted.weeks, two.weeks);
        let one = Command::DeleteWeek(1).apply(&deleted, 1).unwrap();
        assert!(
            Command::DeleteWeek(0).apply(&one, 0).is_none(),
            "the last week stays"
        );
        assert!(Command::DuplicateWeek(5).apply(&one, 0).is_none());
    }

    #[test]
    fn a_block_takes_at_most_its_bound_of_weeks() {
        let mut full = plan();
        full.weeks = vec![Week::default(); BOUNDS.weeks];
        assert!(Command::AddWeek.apply(&full, 0).is_none());
        assert!(Command::DuplicateWeek(0).apply(&full, 0).is_none());
    }

    #[test]
    fn the_board_follows_the_week_a_command_makes_or_moves() {
        assert_eq!(Command::AddWeek.shown_after(0, 3), 3);
        assert_eq!(Command::DuplicateWeek(1).shown_after(0, 3), 2);
        assert_eq!(Command::DeleteWeek(2).shown_after(2, 3), 1);
        assert_eq!(Command::MoveWeek { from: 1, to: 3 }.shown_after(1, 4), 3);
        assert_eq!(Command::MoveWeek { from: 0, to: 3 }.shown_after(2, 4), 1);
        assert_eq!(Command::NewWeek.shown_after(2, 4), 2);
    }

    #[test]
    fn new_ids_are_unique_across_weeks() {
        let mut block = plan();
        block.weeks.push(block.weeks[0].clone());
        for (n, session) in (1..).zip(block.weeks[1].days.iter_mut().flatten()) {
            session.id = SessionId(100 + n);
        }
        let added = Command::Add {
            day: 5,
            index: 0,
            session: new_session(Kind::Easy),
        }
        .apply(&block, 0)
        .unwrap();
        assert_eq!(added.weeks[0].days[5][0].id, SessionId(108));
    }
}
