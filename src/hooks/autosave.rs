//! Autosave: an effect of the plan changing, and only for the runner's own week.

use crate::persist;
use crate::planning::Planning;
use crate::state::Action;
use std::rc::Rc;
use weekboard_core::Plan;
use yew::prelude::*;

/// Saves `plan` under `key` after each change, while it is the runner's own week
/// (`own`); a shared week waits until it is kept. `key` `None` saves nothing.
#[hook]
pub fn use_autosave(key: Option<AttrValue>, plan: Rc<Plan>, own: bool, planning: Planning) {
    use_effect_with((plan, own, key), move |(plan, own, key)| {
        if let (true, Some(key)) = (*own, key) {
            if let Err(problem) = persist::save(key, plan) {
                planning.send(Action::StorageFailed(problem));
            }
        }
    });
}
