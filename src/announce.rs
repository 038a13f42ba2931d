//! Every sentence the screen reader hears from the planner's live region, in one
//! table: a [`Said`] names what happened, [`Said::text`] words it. The reducer
//! picks the `Said` (`state::said`); nothing else writes to the live region.

use crate::format::day_name;
use crate::state::Full;
use weekboard_core::date::Date;
use weekboard_core::plan::BOUNDS;
use weekboard_core::{DayIndex, Report, Verdict};

/// The week's score around a change, and the verdict after it; no score for a week
/// with no running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScoreChange {
    pub before: Option<u8>,
    pub after: Option<u8>,
    pub verdict: Verdict,
}

impl ScoreChange {
    /// From the reports before and after the change.
    pub fn between(before: &Report, after: &Report) -> ScoreChange {
        ScoreChange {
            before: before.score,
            after: after.score,
            verdict: after.verdict,
        }
    }

    /// "Week score 61 → 84, Balanced.", "Week score stays 61, Unbalanced." or "No
    /// running on the board yet, nothing to judge."
    fn text(self) -> String {
        let verdict = self.verdict.label();
        match (self.before, self.after) {
            (_, None) => "No running on the board yet, nothing to judge.".to_string(),
            (Some(before), Some(after)) if before == after => {
                format!("Week score stays {after}, {verdict}.")
            }
            (Some(before), Some(after)) => format!("Week score {before} → {after}, {verdict}."),
            (None, Some(after)) => format!("Week score {after}, {verdict}."),
        }
    }

    /// The short form the status word shows when the score panel is out of view:
    /// "Score 61 → 84, Balanced", "Score stays 61, Unbalanced".
    pub fn shown(self) -> String {
        let verdict = self.verdict.label();
        match (self.before, self.after) {
            (_, None) => "No running on the board yet, nothing to judge".to_string(),
            (Some(before), Some(after)) if before == after => {
                format!("Score stays {after}, {verdict}")
            }
            (Some(before), Some(after)) => format!("Score {before} → {after}, {verdict}"),
            (None, Some(after)) => format!("Score {after}, {verdict}"),
        }
    }
}

/// What the live region says.
#[derive(Clone, Debug, PartialEq)]
pub enum Said {
    /// The keyboard lifted a card.
    Lifted {
        title: String,
        from: DayIndex,
    },
    /// The keyboard moved a lifted card to a slot (`position` of `of`, from 1).
    Aiming {
        day: DayIndex,
        position: usize,
        of: usize,
        /// `None` when the week would have no running to score.
        ghost: Option<u8>,
    },
    /// A pointer let go of something over no place it could go.
    NotMoved {
        title: String,
    },
    /// The keyboard dropped a card where it was.
    DroppedBack {
        title: String,
        on: DayIndex,
    },
    /// Escape during a keyboard move.
    MoveCancelled {
        title: String,
        on: DayIndex,
    },
    Moved {
        title: String,
        from: DayIndex,
        to: DayIndex,
        score: ScoreChange,
    },
    Added {
        title: String,
        to: DayIndex,
        score: ScoreChange,
    },
    Removed {
        title: String,
        from: DayIndex,
        score: ScoreChange,
    },
    Duplicated {
        title: String,
        on: DayIndex,
        score: ScoreChange,
    },
    Updated {
        title: String,
        score: ScoreChange,
    },
    ProfileUpdated(ScoreChange),
    SettingsUpdated(ScoreChange),
    /// A suggestion applied, moving `moved` sessions to other days.
    Arranged {
        moved: usize,
        score: ScoreChange,
    },
    Undone(ScoreChange),
    Redone(ScoreChange),
    NothingToUndo,
    NothingToRedo,
    /// The plan moved to the week of this Monday.
    WeekOf {
        monday: Option<Date>,
    },
    /// The board emptied for a new week, `removed` sessions gone.
    NewWeek {
        removed: usize,
    },
    /// The block changed; week `week` (from 0) of `of` is on the board now.
    Block {
        change: BlockChange,
        week: usize,
        of: usize,
        monday: Option<Date>,
    },
    /// Another week of the block is on the board.
    ShowingWeek {
        week: usize,
        of: usize,
        monday: Option<Date>,
        score: Option<u8>,
    },
    /// The keyboard aims a card at a day that can't take it.
    AimingAtFull(Full),
    /// An add, a duplicate or a move refused because its day or the week is full.
    Refused {
        full: Full,
        title: String,
        kept: Kept,
    },
}

/// What happened to a block's weeks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockChange {
    Added,
    /// The week at this index was copied.
    Duplicated(usize),
    /// The week at this index was taken out.
    Deleted(usize),
    Moved,
}

/// "Week 3 of 4 (14–20 Dec 2026)".
fn week_words(week: usize, of: usize, monday: Option<Date>) -> String {
    match monday {
        Some(monday) => format!("Week {} of {of} ({})", week + 1, monday.week_span()),
        None => format!("Week {} of {of}", week + 1),
    }
}

/// What became of a refused session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kept {
    NotAdded,
    NotDuplicated,
    /// A card that was to move stays on its day.
    StaysOn(DayIndex),
}

/// "Friday is full — 10 sessions a day at most." or "The week is full — 40
/// sessions at most."
fn full_text(full: Full) -> String {
    match full {
        Full::Day(day) => format!(
            "{} is full — {} sessions a day at most.",
            day_name(day),
            BOUNDS.sessions_per_day
        ),
        Full::Week => format!(
            "The week is full — {} sessions at most.",
            BOUNDS.sessions_per_week
        ),
    }
}

impl Said {
    /// The sentence, as the screen reader reads it.
    pub fn text(&self) -> String {
        match self {
            Said::Lifted { title, from } => format!(
                "{title} lifted from {}. Arrow keys move it, Space drops it, Escape cancels.",
                day_name(*from)
            ),
            Said::Aiming {
                day,
                position,
                of,
                ghost,
            } => match ghost {
                Some(ghost) => format!(
                    "{}, position {position} of {of}. Score if dropped: {ghost}.",
                    day_name(*day)
                ),
                None => format!("{}, position {position} of {of}.", day_name(*day)),
            },
            Said::NotMoved { title } => format!("{title} was not moved."),
            Said::DroppedBack { title, on } => {
                format!("{title} dropped back on {}.", day_name(*on))
            }
            Said::MoveCancelled { title, on } => {
                format!("Move cancelled. {title} stays on {}.", day_name(*on))
            }
            Said::Moved {
                title,
                from,
                to,
                score,
            } if from == to => format!("{title} reordered on {}. {}", day_name(*to), score.text()),
            Said::Moved {
                title,
                from,
                to,
                score,
            } => format!(
                "{title} moved from {} to {}. {}",
                day_name(*from),
                day_name(*to),
                score.text()
            ),
            Said::Added { title, to, score } => {
                format!("{title} added to {}. {}", day_name(*to), score.text())
            }
            Said::Removed { title, from, score } => {
                format!("{title} removed from {}. {}", day_name(*from), score.text())
            }
            Said::Duplicated { title, on, score } => {
                format!("{title} duplicated on {}. {}", day_name(*on), score.text())
            }
            Said::Updated { title, score } => format!("{title} updated. {}", score.text()),
            Said::ProfileUpdated(score) => format!("Runner profile updated. {}", score.text()),
            Said::SettingsUpdated(score) => format!("Settings updated. {}", score.text()),
            Said::Arranged { moved, score } => format!(
                "Suggested order applied: {moved} session{} moved. {}",
                if *moved == 1 { "" } else { "s" },
                score.text()
            ),
            Said::Undone(score) => format!("Undone. {}", score.text()),
            Said::Redone(score) => format!("Redone. {}", score.text()),
            Said::NothingToUndo => "Nothing to undo.".to_string(),
            Said::NothingToRedo => "Nothing to redo.".to_string(),
            Said::WeekOf {
                monday: Some(monday),
            } => {
                format!("The plan is now for the week of {}.", monday.week_span())
            }
            Said::WeekOf { monday: None } => "The plan has no date.".to_string(),
            Said::Block {
                change,
                week,
                of,
                monday,
            } => {
                let now = week_words(*week, *of, *monday);
                match change {
                    BlockChange::Added => format!("Week added. {now} is on the board, empty."),
                    BlockChange::Duplicated(from) => {
                        format!("Week {} duplicated. {now} is on the board.", from + 1)
                    }
                    BlockChange::Deleted(at) => {
                        format!("Week {} deleted. {now} is on the board.", at + 1)
                    }
                    BlockChange::Moved => format!("Week moved. It is now {now}."),
                }
            }
            Said::ShowingWeek {
                week,
                of,
                monday,
                score,
            } => match score {
                Some(score) => format!("{}. Week score {score}.", week_words(*week, *of, *monday)),
                None => format!("{}. No running yet.", week_words(*week, *of, *monday)),
            },
            Said::NewWeek { removed } => format!(
                "New week: {removed} session{} cleared from the board. Undo brings them back.",
                if *removed == 1 { "" } else { "s" }
            ),
            Said::AimingAtFull(full) => full_text(*full),
            Said::Refused { full, title, kept } => {
                let kept = match kept {
                    Kept::NotAdded => format!("{title} was not added."),
                    Kept::NotDuplicated => format!("{title} was not duplicated."),
                    Kept::StaysOn(day) => format!("{title} stays on {}.", day_name(*day)),
                };
                format!("{} {kept}", full_text(*full))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(before: u8, after: u8, verdict: Verdict) -> ScoreChange {
        ScoreChange {
            before: Some(before),
            after: Some(after),
            verdict,
        }
    }

    #[test]
    fn a_week_with_no_running_is_said_to_have_nothing_to_judge() {
        let said = Said::Removed {
            title: "Easy run".to_string(),
            from: 0,
            score: ScoreChange {
                before: Some(100),
                after: None,
                verdict: Verdict::NothingToJudge,
            },
        };
        assert_eq!(
            said.text(),
            "Easy run removed from Monday. No running on the board yet, nothing to judge."
        );
    }

    #[test]
    fn a_move_reads_like_the_issue_says() {
        let said = Said::Moved {
            title: "Tempo".to_string(),
            from: 2,
            to: 4,
            score: change(61, 84, Verdict::Balanced),
        };
        assert_eq!(
            said.text(),
            "Tempo moved from Wednesday to Friday. Week score 61 → 84, Balanced."
        );
    }

    #[test]
    fn a_score_that_holds_says_so() {
        let said = Said::Undone(change(61, 61, Verdict::Unbalanced));
        assert_eq!(said.text(), "Undone. Week score stays 61, Unbalanced.");
    }

    #[test]
    fn a_refusal_says_what_is_full_and_what_became_of_the_session() {
        let said = Said::Refused {
            full: Full::Day(4),
            title: "Tempo".to_string(),
            kept: Kept::StaysOn(2),
        };
        assert_eq!(
            said.text(),
            "Friday is full — 10 sessions a day at most. Tempo stays on Wednesday."
        );
        let said = Said::Refused {
            full: Full::Week,
            title: "Strength".to_string(),
            kept: Kept::NotAdded,
        };
        assert_eq!(
            said.text(),
            "The week is full — 40 sessions at most. Strength was not added."
        );
    }

    #[test]
    fn a_reorder_names_the_one_day() {
        let said = Said::Moved {
            title: "Easy run".to_string(),
            from: 0,
            to: 0,
            score: change(70, 70, Verdict::Tweak),
        };
        assert_eq!(
            said.text(),
            "Easy run reordered on Monday. Week score stays 70, Tweak."
        );
    }
}
