//! A link pasted into the address bar of an open board opens like a fresh one.

use crate::planning::Planning;
use crate::share;
use crate::state::Action;
use gloo::events::EventListener;
use yew::prelude::*;

/// Follows `hashchange`, unless `embedded`: an embedded board leaves the host
/// page's address alone.
#[hook]
pub fn use_hash_link(embedded: bool, planning: Planning) {
    use_effect_with(embedded, move |embedded| {
        let listener = (!embedded).then(|| {
            EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                match share::from_location() {
                    None => {}
                    Some(Ok(decoded)) => planning.send(Action::OpenLink(Box::new(decoded))),
                    Some(Err(error)) => {
                        share::clear_location();
                        planning.send(Action::BrokenLink(error.to_string()));
                    }
                }
            })
        });
        move || drop(listener)
    });
}
