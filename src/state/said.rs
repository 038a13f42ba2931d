//! Which sentence an edit earns. The words themselves are in [`crate::announce`].

use super::{Command, Full, Scored};
use crate::announce::{BlockChange, Kept, Said, ScoreChange};
use weekboard_core::{SessionId, Week};

fn title_in(week: &Week, id: SessionId) -> String {
    week.session(id)
        .map(|s| s.display_title().to_string())
        .unwrap_or_else(|| "Session".to_string())
}

fn day_of(week: &Week, id: SessionId) -> Option<usize> {
    week.find(id).map(|(day, _)| day)
}

/// What the live region says after `command` turned `before` into `after`.
pub fn edit(command: &Command, before: &Scored, after: &Scored) -> Said {
    let score = ScoreChange::between(&before.report, &after.report);
    let (old, new) = (before.week(), after.week());
    match command {
        Command::Move { id, to_day, .. } => Said::Moved {
            title: title_in(old, *id),
            from: day_of(old, *id).unwrap_or(*to_day),
            to: *to_day,
            score,
        },
        Command::Add { day, session, .. } => Said::Added {
            title: added_title(session),
            to: *day,
            score,
        },
        Command::Delete { id } => Said::Removed {
            title: title_in(old, *id),
            from: day_of(old, *id).unwrap_or(0),
            score,
        },
        Command::Duplicate { id } => Said::Duplicated {
            title: title_in(old, *id),
            on: day_of(old, *id).unwrap_or(0),
            score,
        },
        Command::Edit { id, .. } => Said::Updated {
            title: title_in(new, *id),
            score,
        },
        Command::SetAthlete(_) => Said::ProfileUpdated(score),
        Command::SetSettings(_) => Said::SettingsUpdated(score),
        Command::Arrange(_) => Said::Arranged {
            moved: old
                .sessions()
                .filter(|(day, s)| day_of(new, s.id) != Some(*day))
                .count(),
            score,
        },
        Command::SetStart(_) => Said::WeekOf {
            monday: after.plan.start,
        },
        Command::NewWeek => Said::NewWeek {
            removed: old.session_count(),
        },
        Command::AddWeek
        | Command::DuplicateWeek(_)
        | Command::DeleteWeek(_)
        | Command::MoveWeek { .. } => Said::Block {
            change: match command {
                Command::AddWeek => BlockChange::Added,
                Command::DuplicateWeek(at) => BlockChange::Duplicated(*at),
                Command::DeleteWeek(at) => BlockChange::Deleted(*at),
                _ => BlockChange::Moved,
            },
            week: after.shown,
            of: after.plan.weeks.len(),
            monday: after.plan.monday_of(after.shown),
        },
    }
}

/// What the live region says when `command` is refused because `full` is full.
pub fn refused(command: &Command, week: &Week, full: Full) -> Option<Said> {
    let (title, kept) = match command {
        Command::Add { session, .. } => (added_title(session), Kept::NotAdded),
        Command::Duplicate { id } => (title_in(week, *id), Kept::NotDuplicated),
        Command::Move { id, .. } => (title_in(week, *id), Kept::StaysOn(day_of(week, *id)?)),
        _ => return None,
    };
    Some(Said::Refused { full, title, kept })
}

/// A new session's title, or its kind's name.
fn added_title(session: &weekboard_core::Session) -> String {
    session
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| session.kind.label().to_string())
}
