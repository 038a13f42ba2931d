//! The workout unrolled: every rep, recovery and easy stretch in the order it is run.
//! Totals and the kind suggestion read this flat list rather than the tree.

use super::tree::{Recovery, Run, Step};

/// The most events a workout may unroll to; `100 x (100 x …)` stops here.
pub(super) const MAX_EVENTS: usize = 2_000;

/// One thing the runner does, in order.
#[derive(Clone, Copy, Debug)]
pub(super) enum Event<'a> {
    /// A rep.
    Work(&'a Run),
    /// Warm-up, cool-down or easy running.
    Easy(&'a Run),
    /// A recovery, and the rep it follows (for `jog back`).
    Rest {
        recovery: &'a Recovery,
        rep: Option<&'a Run>,
    },
}

/// The workout would unroll past [`MAX_EVENTS`].
#[derive(Debug)]
pub(super) struct TooMany;

/// Unrolls the steps: repeats are run `times` times, with their `between` recovery
/// between repetitions and their `after` recovery once at the end.
pub(super) fn unroll(steps: &[Step]) -> Result<Vec<Event<'_>>, TooMany> {
    let mut out = Vec::new();
    let mut last_rep = None;
    push_steps(steps, &mut out, &mut last_rep)?;
    Ok(out)
}

fn push<'a>(out: &mut Vec<Event<'a>>, event: Event<'a>) -> Result<(), TooMany> {
    if out.len() >= MAX_EVENTS {
        return Err(TooMany);
    }
    out.push(event);
    Ok(())
}

fn push_rest<'a>(
    out: &mut Vec<Event<'a>>,
    recovery: &'a Option<Recovery>,
    rep: Option<&'a Run>,
) -> Result<(), TooMany> {
    match recovery {
        Some(recovery) => push(out, Event::Rest { recovery, rep }),
        None => Ok(()),
    }
}

fn push_steps<'a>(
    steps: &'a [Step],
    out: &mut Vec<Event<'a>>,
    last_rep: &mut Option<&'a Run>,
) -> Result<(), TooMany> {
    for step in steps {
        match step {
            Step::Run(run) => {
                if run.is_work() {
                    push(out, Event::Work(run))?;
                    *last_rep = Some(run);
                } else {
                    push(out, Event::Easy(run))?;
                }
                push_rest(out, &run.after, *last_rep)?;
            }
            Step::Recovery(recovery) => push(
                out,
                Event::Rest {
                    recovery,
                    rep: *last_rep,
                },
            )?,
            // an empty body would loop without ever reaching the event cap
            Step::Repeat(r) if r.steps.is_empty() => {}
            Step::Repeat(r) => {
                for i in 0..r.times {
                    push_steps(&r.steps, out, last_rep)?;
                    if i + 1 < r.times {
                        push_rest(out, &r.between, *last_rep)?;
                    }
                }
                push_rest(out, &r.after, *last_rep)?;
            }
            Step::Block(b) => {
                push_steps(&b.steps, out, last_rep)?;
                push_rest(out, &b.after, *last_rep)?;
            }
        }
    }
    Ok(())
}
