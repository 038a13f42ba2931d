//! An embedded planner and the page around it: attribute changes come in, plan
//! changes go out.

use crate::embed::Embedding;
use crate::planning::Planning;
use crate::state::{Action, By, Command};
use std::rc::Rc;
use weekboard_core::{Plan, Report};
use yew::prelude::*;

/// Follows the element's attributes after load, and tells the page about every
/// change of the plan (not the first render: nothing changed yet).
#[hook]
pub fn use_host(
    embedding: &Option<Rc<Embedding>>,
    on_change: &Option<Callback<(Rc<Plan>, Rc<Report>)>>,
    planning: Planning,
    plan: Rc<Plan>,
    report: Rc<Report>,
) {
    let seen = use_mut_ref(|| embedding.clone());
    {
        let plan = plan.clone();
        use_effect_with(embedding.clone(), move |embedding| {
            let before = seen.replace(embedding.clone());
            let (Some(now), Some(before)) = (embedding, before) else {
                return;
            };
            // A new week in the post replaces the board's (undoably); new units or
            // a new first day only change how it shows.
            if now.post_week != before.post_week {
                planning.send(Action::Load(Box::new(now.starting_plan())));
            } else if (now.units, now.week_start) != (before.units, before.week_start) {
                let settings = now.shown(&plan).settings;
                planning.send(Action::Do(Command::SetSettings(settings), By::Host));
            }
        });
    }
    let last = use_mut_ref(|| plan.clone());
    let on_change = on_change.clone();
    use_effect_with(plan, move |plan| {
        if !Rc::ptr_eq(&last.replace(plan.clone()), plan) {
            if let Some(on_change) = on_change {
                // The planner scored this plan already: its report comes along.
                on_change.emit((plan.clone(), report));
            }
        }
    });
}
