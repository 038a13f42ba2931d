//! Putting the parts of a sentence in order: `last` splits the run before it, `+`
//! gathers sets when a sentence also uses `,`, and a recovery written after a repeat
//! at the end of a sentence falls between its reps.

use super::error::NotationError;
use super::tree::{Amount, Block, Recovery, RecoveryStyle, Role, Run, Step};
use crate::notation::error::said;
use std::ops::Range;

/// How a part was joined to the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Joiner {
    First,
    /// `,` `then` `and` (and a new line inside brackets)
    Comma,
    /// `+` `&`
    Plus,
}

/// A part and how it was joined; `last` is the span of a leading `last`/`final`.
pub(super) struct Joined {
    pub joiner: Joiner,
    pub step: Step,
    pub last: Option<Range<usize>>,
}

/// The steps of a top-level sentence.
///
/// Seed 002 writes `2 x (3 x 120m) + 300m, 200m, 2 x 100m, 200m, 300m`: the `+` joins
/// sets and the `,` joins reps inside the ladder. So when a sentence uses both, `+`
/// binds looser and each `+`-joined run of parts becomes a [`Block`].
pub(super) fn sentence(parts: Vec<Joined>, src: &str) -> Result<Vec<Step>, NotationError> {
    let parts = split_last(parts, src)?;
    let uses = |j: Joiner| parts.iter().skip(1).any(|p| p.joiner == j);
    if !(uses(Joiner::Plus) && uses(Joiner::Comma)) {
        return Ok(parts.into_iter().map(|p| p.step).collect());
    }
    let mut out = Vec::new();
    let mut block: Vec<Step> = Vec::new();
    for part in parts {
        if part.joiner == Joiner::Plus && !block.is_empty() {
            out.push(close_block(std::mem::take(&mut block)));
        }
        block.push(part.step);
    }
    if !block.is_empty() {
        out.push(close_block(block));
    }
    Ok(out)
}

/// The steps inside brackets: every joiner binds alike there.
pub(super) fn group(parts: Vec<Joined>, src: &str) -> Result<Vec<Step>, NotationError> {
    Ok(split_last(parts, src)?
        .into_iter()
        .map(|p| p.step)
        .collect())
}

fn close_block(mut steps: Vec<Step>) -> Step {
    absorb_trailing(&mut steps);
    if steps.len() == 1 {
        return steps.remove(0);
    }
    let start = steps.first().map_or(0, |s| s.span().start);
    let end = steps.last().map_or(start, |s| s.span().end);
    Step::Block(Block {
        steps,
        after: None,
        span: start..end,
    })
}

/// An easy stretch this short (or [`SHORT_EASY_M`]) after a repeat is its recovery:
/// `10 x 1 min hard, 1 min easy`.
const SHORT_EASY_S: u32 = 300;
const SHORT_EASY_M: u32 = 1_000;

/// `10 x 400m, 200m jog`: a recovery step (or a short easy stretch) right after a
/// repeat, with no more reps after it in the sequence, is taken between that repeat's
/// reps. Coaches write it this way far more often than they mean one jog after the
/// last rep.
pub(super) fn absorb_trailing(steps: &mut Vec<Step>) {
    let mut i = 0;
    while i + 1 < steps.len() {
        let open_repeat = matches!(
            &steps[i],
            Step::Repeat(r) if r.between.is_none() && r.times > 1 && r.steps.iter().any(Step::has_work)
        );
        let no_work_after = steps.iter().skip(i + 2).all(|s| !s.has_work());
        if open_repeat && no_work_after {
            if let Some(rec) = as_recovery(&steps[i + 1]) {
                steps.remove(i + 1);
                if let Some(Step::Repeat(r)) = steps.get_mut(i) {
                    r.between = Some(rec);
                }
            }
        }
        i += 1;
    }
}

/// The step as a recovery, if it is one or a short easy stretch.
fn as_recovery(step: &Step) -> Option<Recovery> {
    match step {
        Step::Recovery(rec) => Some(rec.clone()),
        Step::Run(run) if run.role == Role::Easy && run.after.is_none() => {
            let short = run.time_s.is_some_and(|s| s <= SHORT_EASY_S)
                || run.distance_m.is_some_and(|m| m <= SHORT_EASY_M);
            short.then(|| Recovery {
                style: Some(RecoveryStyle::Jog),
                distance_m: run.distance_m,
                time_s: run.time_s,
                back: false,
                span: run.span.clone(),
            })
        }
        _ => None,
    }
}

/// `22 km, last 5 km @ MP`: the run before gives up its last 5 km, and becomes easy
/// running if it had no target of its own.
fn split_last(mut parts: Vec<Joined>, src: &str) -> Result<Vec<Joined>, NotationError> {
    for i in 0..parts.len() {
        let Some(at) = parts[i].last.clone() else {
            continue;
        };
        let tail = match &parts[i].step {
            Step::Run(run) => run.amount(),
            _ => None,
        };
        let shortened = match (i.checked_sub(1), tail) {
            (Some(before), Some(tail)) => match &mut parts[before].step {
                Step::Run(run) => shorten(run, tail),
                _ => false,
            },
            _ => false,
        };
        if !shortened {
            let span = at.start..parts[i].step.span().end;
            let text = src.get(span.clone()).unwrap_or("").trim();
            return Err(NotationError::at(
                src,
                span,
                said!("'{text}' needs a longer run just before it, like '25 km, last 5 km @ MP'"),
            ));
        }
    }
    Ok(parts)
}

fn shorten(run: &mut Run, tail: Amount) -> bool {
    match (run.amount(), tail) {
        (Some(Amount::Metres(whole)), Amount::Metres(part)) if whole > part => {
            run.distance_m = Some(whole - part);
        }
        (Some(Amount::Seconds(whole)), Amount::Seconds(part)) if whole > part => {
            run.time_s = Some(whole - part);
        }
        _ => return false,
    }
    if run.role == Role::Work && run.targets.is_empty() {
        run.role = Role::Easy;
    }
    true
}
