//! The live region: what the screen reader hears after a move, an edit, an undo.
//! The sentences come from `announce.rs`; the planner's state holds the current one.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnnouncerProps {
    pub said: AttrValue,
}

/// The polite live region.
#[component]
pub fn Announcer(props: &AnnouncerProps) -> Html {
    crate::renders::note("Announcer");
    html! {
        <div class="wb-visually-hidden" aria-live="polite" aria-atomic="true"
            data-testid="announcer">{props.said.clone()}</div>
    }
}
