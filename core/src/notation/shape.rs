//! Settling what each run is for, once the whole workout is read: a jog before the
//! first rep is a warm-up, easy running between reps is a recovery, a long run with
//! no pace given is easy running.

use super::tree::{Effort, Recovery, RecoveryStyle, Role, Run, Step, Target};

/// A top-level run with no target this long (or longer) is easy running, not a rep:
/// `10 km` on its own is a run, `400m` on its own is a rep.
const EASY_FROM_M: u32 = 4_000;
/// The same, for runs given as a time (20 minutes).
const EASY_FROM_S: u32 = 1_200;

/// Gives every run its final role.
pub(super) fn settle_roles(steps: &mut [Step]) {
    for step in steps.iter_mut() {
        if let Step::Run(run) = step {
            let long_enough = run.distance_m.is_some_and(|m| m >= EASY_FROM_M)
                || run.time_s.is_some_and(|s| s >= EASY_FROM_S);
            if run.is_work() && run.targets.is_empty() && !run.hill && long_enough {
                run.role = Role::Easy;
            }
        }
    }
    if steps.iter().any(Step::has_work) {
        settle_sequence(steps, true);
    } else {
        // "30' jog": with no reps at all, a jog is a recovery run
        steps.iter_mut().for_each(recoveries_to_easy);
    }
}

fn settle_sequence(steps: &mut [Step], top: bool) {
    let first = steps.iter().position(Step::has_work);
    let last = steps.iter().rposition(Step::has_work);
    for (i, step) in steps.iter_mut().enumerate() {
        let before = first.is_none_or(|f| i < f);
        let after = last.is_some_and(|l| i > l);
        match step {
            Step::Recovery(rec) if top && (before || after) => {
                let role = if before { Role::WarmUp } else { Role::CoolDown };
                *step = Step::Run(run_from(rec, role, Vec::new()));
            }
            Step::Run(run) if run.role == Role::Easy && !before && !after => {
                *step = Step::Recovery(recovery_from(run));
            }
            Step::Repeat(r) if r.steps.iter().any(Step::has_work) => {
                settle_repeat_body(&mut r.steps)
            }
            Step::Block(b) => settle_sequence(&mut b.steps, false),
            _ => {}
        }
    }
}

/// Inside a repeat with reps, easy running is the recovery between them
/// (`4 x (1 mi @ T, 1 mi easy)`).
fn settle_repeat_body(steps: &mut [Step]) {
    for step in steps.iter_mut() {
        match step {
            Step::Run(run) if run.role == Role::Easy => *step = Step::Recovery(recovery_from(run)),
            Step::Repeat(r) => settle_repeat_body(&mut r.steps),
            Step::Block(b) => settle_repeat_body(&mut b.steps),
            _ => {}
        }
    }
}

fn recoveries_to_easy(step: &mut Step) {
    match step {
        Step::Recovery(rec) => {
            let recovery_run = vec![Target::Effort {
                effort: Effort::Recovery,
            }];
            *step = Step::Run(run_from(rec, Role::Easy, recovery_run));
        }
        Step::Repeat(r) => r.steps.iter_mut().for_each(recoveries_to_easy),
        Step::Block(b) => b.steps.iter_mut().for_each(recoveries_to_easy),
        Step::Run(_) => {}
    }
}

fn run_from(rec: &Recovery, role: Role, targets: Vec<Target>) -> Run {
    Run {
        role,
        distance_m: rec.distance_m,
        time_s: rec.time_s,
        targets,
        hill: false,
        after: None,
        span: rec.span.clone(),
    }
}

fn recovery_from(run: &Run) -> Recovery {
    Recovery {
        style: Some(RecoveryStyle::Jog),
        distance_m: run.distance_m,
        time_s: run.time_s,
        back: false,
        span: run.span.clone(),
    }
}
