//! Why one arrangement of a week is better than another, in one sentence: what the
//! proposal clears, or, when it only eases something, which family takes off less.
//! "Suggest a better order" says it under every proposal.

use super::context::Context;
use super::flag::{Crowding, Detail, Flag};
use super::phrases::{day, AndList, Whose};
use super::scene;
use super::tally::{Family, Tally};
use super::{gather, Kept};
use crate::model::{Athlete, Kind, SessionId, Week};
use crate::report::FindingCode;
use std::fmt::Write;

/// What a flag is about: its code and the sessions it names, wherever they sit.
fn identity(flag: &Flag, week: &Week) -> (FindingCode, Vec<SessionId>) {
    let mut ids = scene::sessions(flag, week);
    ids.sort();
    (flag.code, ids)
}

fn kept(week: &Week, typed: &Athlete, context: &Context) -> Kept {
    let (facts, athlete) = gather(week, typed, context);
    Kept::evaluated(&facts, &athlete)
}

/// One sentence on why `after` (the same sessions, rearranged) is better than
/// `before`; `None` when it isn't.
pub fn why_better(before: &Week, after: &Week, athlete: &Athlete) -> Option<String> {
    why_better_with(before, after, athlete, &Context::default())
}

/// [`why_better`] for a week in its block.
pub fn why_better_with(
    before: &Week,
    after: &Week,
    athlete: &Athlete,
    context: &Context,
) -> Option<String> {
    let (was, now) = (
        kept(before, athlete, context),
        kept(after, athlete, context),
    );
    if now.tally.score() <= was.tally.score() {
        return None;
    }
    let still: Vec<_> = now.flags.iter().map(|f| identity(f, after)).collect();
    let mut cleared: Vec<&Flag> = was
        .flags
        .iter()
        .filter(|f| f.points > 0 && !still.contains(&identity(f, before)))
        .collect();
    crate::small_sort::sort_by(&mut cleared, |a, b| {
        b.severity.cmp(&a.severity).then(b.points.cmp(&a.points))
    });
    let phrases: Vec<String> = cleared
        .iter()
        .filter_map(|f| cleared_phrase(f, before))
        .take(2)
        .collect();
    let mut out = String::from("Better because ");
    if phrases.is_empty() {
        out.push_str(&eased(&was.tally, &now.tally)?);
    } else {
        let _ = write!(out, "{}", AndList(&phrases));
    }
    out.push('.');
    Some(out)
}

/// What clearing a flag means, in a runner's words.
fn cleared_phrase(flag: &Flag, week: &Week) -> Option<String> {
    match flag.detail {
        Detail::Crowding(c) => Some(crowding_cleared(&c, week)),
        Detail::DayLoad { day: at, runs, .. } => {
            Some(format!("{} no longer holds {runs} runs", day(at)))
        }
        Detail::Monotony { .. } => {
            Some("the training days no longer all carry the same load".into())
        }
        Detail::HardCount { .. } => Some("the hard sessions fit the week's budget".into()),
        _ => None,
    }
}

fn crowding_cleared(c: &Crowding, week: &Week) -> String {
    let (first, second) = (Whose(c.first, c.first_kind), Whose(c.second, c.second_kind));
    if c.first == c.second && c.first_week == c.second_week {
        let hard = week.days[c.first]
            .iter()
            .filter(|s| s.kind.is_hard())
            .count();
        return if c.second_kind == Kind::LongRun {
            format!(
                "the long run on {} no longer shares its day with a hard session",
                day(c.first)
            )
        } else {
            format!("{} no longer holds {hard} hard sessions", day(c.first))
        };
    }
    if c.second_kind == Kind::LongRun {
        format!("the long run no longer follows {first} the day after")
    } else if c.first_kind == Kind::LongRun {
        format!("{second} no longer comes the day after the long run")
    } else if c.easy_days == 0 {
        format!("{first} and {second} no longer sit back to back")
    } else {
        format!("{first} gets the easy days it needs before {second}")
    }
}

/// "recovery between hard days takes off 12 points fewer", for the family that eased
/// most.
fn eased(was: &Tally, now: &Tally) -> Option<String> {
    let (b, a) = (was.breakdown(), now.breakdown());
    let family = Family::ALL
        .into_iter()
        .max_by_key(|&f| i32::from(b.part(f)) - i32::from(a.part(f)))?;
    let fewer = (i32::from(b.part(family)) - i32::from(a.part(family))) / 10;
    (fewer > 0).then(|| {
        format!(
            "{} takes off {fewer} point{} fewer",
            family.label().to_lowercase(),
            if fewer == 1 { "" } else { "s" }
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::samples::unbalanced_week;

    #[test]
    fn moving_the_seed_tempo_clears_the_back_to_back_days() {
        let before = unbalanced_week();
        let mut after = before.clone();
        let tempo = after.days[2].remove(0);
        after.days[4].push(tempo);
        assert_eq!(
            why_better(&before, &after, &Athlete::default()).as_deref(),
            Some("Better because Tuesday's intervals and Wednesday's tempo no longer sit back to back.")
        );
        assert_eq!(why_better(&after, &before, &Athlete::default()), None);
    }
}
