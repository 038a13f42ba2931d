//! Recovery clauses: `80m walk in 90" after 120m reps`, `6' rec between sets`,
//! `2' rec between reps in ladder`.
//!
//! A clause does not sit where it is written; it fills *gaps*: the places between two
//! reps. Each gap is either a rep gap (between reps of a repeat, or between runs of a
//! sequence) or a set gap (between repetitions of a repeat whose body holds several
//! reps, or between top-level repeats and blocks). Clauses apply from the most
//! specific to the least, each filling only gaps no recovery was written for yet:
//!
//! 1. `after/between <amount> reps` — rep gaps that follow a rep of that amount;
//! 2. `between reps in ladder` — rep gaps inside a ladder (3+ reps of changing length);
//! 3. `between sets` — set gaps;
//! 4. `between reps`, `after each rep` — every rep gap left;
//! 5. no scope (after `Recovery:`) — every gap left.

use super::error::{NotationError, Said};
use super::tree::{reps_in, Amount, Recovery, Run, Step};
use std::ops::Range;

/// A recovery and where it applies.
#[derive(Clone, Debug)]
pub(super) struct Clause {
    pub recovery: Recovery,
    pub scope: Scope,
    pub span: Range<usize>,
}

/// Which gaps a clause fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Scope {
    /// `after 120m reps`, `between 400s`
    RepsOf(Amount),
    /// `between reps in ladder`
    Ladder,
    /// `between sets`
    Sets,
    /// `between reps`, `after each rep`
    Reps,
    /// No scope written (`Recovery: 90" jog`).
    All,
}

impl Scope {
    /// Most specific first.
    fn rank(self) -> u8 {
        match self {
            Scope::RepsOf(_) => 0,
            Scope::Ladder => 1,
            Scope::Sets => 2,
            Scope::Reps => 3,
            Scope::All => 4,
        }
    }

    fn covers(self, gap: &Gap) -> bool {
        match self {
            Scope::RepsOf(amount) => gap.kind == GapKind::Rep && gap.after_rep == Some(amount),
            Scope::Ladder => gap.kind == GapKind::Rep && gap.in_ladder,
            Scope::Sets => gap.kind == GapKind::Set,
            Scope::Reps => gap.kind == GapKind::Rep,
            Scope::All => true,
        }
    }

    fn nothing_to_fill(self) -> String {
        match self {
            Scope::RepsOf(amount) => format!(
                "there are no {} reps to take this recovery after",
                describe(amount)
            ),
            Scope::Ladder => {
                "there is no ladder (3 or more reps of changing length) to take this recovery in"
                    .to_string()
            }
            Scope::Sets => {
                "there are no sets to take this recovery between; sets look like 2 x (3 x 120m)"
                    .to_string()
            }
            Scope::Reps | Scope::All => {
                "there are no reps to take this recovery between".to_string()
            }
        }
    }
}

fn describe(amount: Amount) -> String {
    match amount {
        Amount::Metres(m) => format!("{m}m"),
        Amount::Seconds(s) if s % 60 == 0 => format!("{}'", s / 60),
        Amount::Seconds(s) => format!("{s}\""),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GapKind {
    Rep,
    Set,
}

/// A place between two reps.
struct Gap {
    kind: GapKind,
    /// The amount of the rep just before.
    after_rep: Option<Amount>,
    in_ladder: bool,
}

/// Places every clause; an error when a clause has no gap of its kind at all.
pub(super) fn apply(
    src: &str,
    steps: &mut [Step],
    clauses: &[Clause],
) -> Result<(), NotationError> {
    // Most specific first, in the order written within a rank: what a stable sort by
    // rank gives, without a sorted copy (-79 B brotli).
    for rank in 0..=Scope::All.rank() {
        for clause in clauses.iter().filter(|c| c.scope.rank() == rank) {
            let mut matched = 0usize;
            visit_gaps(steps, true, false, &mut |gap, slot| {
                if clause.scope.covers(gap) {
                    matched += 1;
                    if slot.is_none() {
                        *slot = Some(clause.recovery.clone());
                    }
                }
            });
            if matched == 0 {
                return Err(NotationError::at(
                    src,
                    clause.span.clone(),
                    Said(|| clause.scope.nothing_to_fill()),
                ));
            }
        }
    }
    Ok(())
}

type Visitor<'v> = dyn FnMut(&Gap, &mut Option<Recovery>) + 'v;

/// Calls `visit` with every gap of the sequence `steps` and the slot its recovery goes in.
fn visit_gaps(steps: &mut [Step], top: bool, in_ladder: bool, visit: &mut Visitor<'_>) {
    let ladder = in_ladder || is_ladder(steps);
    let set_like = |s: &Step| matches!(s, Step::Repeat(_) | Step::Block(_));
    for i in 0..steps.len() {
        if !steps[i].has_work() {
            continue;
        }
        let Some(j) = (i + 1..steps.len()).find(|&j| steps[j].has_work()) else {
            break;
        };
        // a recovery written as a step already fills this gap
        if steps[i + 1..j]
            .iter()
            .any(|s| matches!(s, Step::Recovery(_)))
        {
            continue;
        }
        let kind = if top && (set_like(&steps[i]) || set_like(&steps[j])) {
            GapKind::Set
        } else {
            GapKind::Rep
        };
        let gap = Gap {
            kind,
            after_rep: steps[i].last_work().and_then(Run::amount),
            in_ladder: ladder,
        };
        if let Some(slot) = steps[i].after_mut() {
            visit(&gap, slot);
        }
    }
    for step in steps.iter_mut() {
        match step {
            Step::Repeat(r) => {
                if r.times > 1 && r.steps.iter().any(Step::has_work) {
                    let kind = if reps_in(&r.steps) > 1 {
                        GapKind::Set
                    } else {
                        GapKind::Rep
                    };
                    let gap = Gap {
                        kind,
                        after_rep: r
                            .steps
                            .iter()
                            .rev()
                            .find_map(Step::last_work)
                            .and_then(Run::amount),
                        in_ladder: ladder,
                    };
                    visit(&gap, &mut r.between);
                }
                let simple = r.steps.len() == 1;
                visit_gaps(&mut r.steps, false, ladder && simple, visit);
            }
            Step::Block(b) => visit_gaps(&mut b.steps, false, false, visit),
            _ => {}
        }
    }
}

/// A ladder (or pyramid): reps of at least two lengths, three or more in all, each a
/// single run or a simple repeat of one (`300m, 200m, 2 x 100m, 200m, 300m`).
fn is_ladder(steps: &[Step]) -> bool {
    let mut amounts: Vec<Option<Amount>> = Vec::new();
    let mut reps = 0u64;
    for step in steps {
        match step {
            Step::Run(run) if run.is_work() => {
                amounts.push(run.amount());
                reps += 1;
            }
            Step::Repeat(r) if step.has_work() => {
                // one rep in the body, and nothing else with work in it
                let mut work = r.steps.iter().filter(|s| s.has_work());
                match (work.next(), work.next()) {
                    (Some(Step::Run(run)), None) => {
                        amounts.push(run.amount());
                        reps = reps.saturating_add(u64::from(r.times));
                    }
                    _ => return false,
                }
            }
            Step::Block(_) if step.has_work() => return false,
            _ => {}
        }
    }
    let first = amounts.first().copied();
    reps >= 3 && amounts.iter().any(|a| Some(*a) != first)
}
