//! What the screen reader hears after an edit: what moved, and what the score did.

use crate::format::day_name;
use weekboard_core::{DayIndex, Report};

/// "Week score 61 → 84, Balanced." (or "Week score stays 61, Unbalanced.", or "No
/// running on the board yet, nothing to judge.")
pub fn score_change(before: &Report, after: &Report) -> String {
    match (before.score, after.score) {
        (_, None) => "No running on the board yet, nothing to judge.".to_string(),
        (Some(b), Some(a)) if b == a => {
            format!("Week score stays {a}, {}.", after.verdict.label())
        }
        (Some(b), Some(a)) => format!("Week score {b} → {a}, {}.", after.verdict.label()),
        (None, Some(a)) => format!("Week score {a}, {}.", after.verdict.label()),
    }
}

/// "Tempo moved from Wednesday to Friday. Week score 61 → 84, Balanced."
pub fn moved(title: &str, from: DayIndex, to: DayIndex, before: &Report, after: &Report) -> String {
    let place = if from == to {
        format!("{title} reordered on {}.", day_name(to))
    } else {
        format!("{title} moved from {} to {}.", day_name(from), day_name(to))
    };
    format!("{place} {}", score_change(before, after))
}

/// The sentence for an edit about to be applied: `before`/`after` are the plans
/// around it, with their reports.
pub fn edit(
    command: &crate::state::Command,
    before: &weekboard_core::Plan,
    after: &weekboard_core::Plan,
    before_report: &Report,
    after_report: &Report,
) -> String {
    use crate::state::Command;
    let title_in = |plan: &weekboard_core::Plan, id| {
        plan.week
            .session(id)
            .map(|s| s.display_title().to_string())
            .unwrap_or_else(|| "Session".to_string())
    };
    let day_of = |plan: &weekboard_core::Plan, id| plan.week.find(id).map(|(d, _)| d);
    let what = match command {
        Command::Move { id, to_day, .. } => {
            let from = day_of(before, *id).unwrap_or(*to_day);
            return moved(
                &title_in(before, *id),
                from,
                *to_day,
                before_report,
                after_report,
            );
        }
        Command::Add { day, session, .. } => {
            let title = session
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| session.kind.label().to_string());
            format!("{title} added to {}.", day_name(*day))
        }
        Command::Delete { id } => format!(
            "{} removed from {}.",
            title_in(before, *id),
            day_name(day_of(before, *id).unwrap_or(0))
        ),
        Command::Duplicate { id } => format!(
            "{} duplicated on {}.",
            title_in(before, *id),
            day_name(day_of(before, *id).unwrap_or(0))
        ),
        Command::Edit { id, .. } => format!("{} updated.", title_in(after, *id)),
        Command::SetAthlete(_) => "Runner profile updated.".to_string(),
        Command::SetSettings(_) => "Settings updated.".to_string(),
        Command::Arrange(_) => {
            let moved = before
                .week
                .sessions()
                .filter(|(day, s)| after.week.find(s.id).map(|(d, _)| d) != Some(*day))
                .count();
            format!(
                "Suggested order applied: {moved} session{} moved.",
                if moved == 1 { "" } else { "s" }
            )
        }
    };
    format!("{what} {}", score_change(before_report, after_report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::{Report, TimeSplit, Verdict};

    fn report(score: u8, verdict: Verdict) -> Report {
        Report {
            score: Some(score),
            breakdown: Vec::new(),
            verdict,
            findings: Vec::new(),
            daily_load: [0; 7],
            split: TimeSplit::default(),
        }
    }

    #[test]
    fn a_move_reads_like_the_issue_says() {
        let text = moved(
            "Tempo",
            2,
            4,
            &report(61, Verdict::Unbalanced),
            &report(84, Verdict::Balanced),
        );
        assert_eq!(
            text,
            "Tempo moved from Wednesday to Friday. Week score 61 → 84, Balanced."
        );
    }
}
