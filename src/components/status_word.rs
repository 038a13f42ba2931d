//! The word on screen: a brief line at the bottom of the window about what just
//! happened, for eyes on the board rather than on the score panel. The live region
//! says the same to the ear, so this one is hidden from screen readers.

use crate::state::Status;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// How long a word stays, long enough to read two short sentences.
const SHOWN_MS: u32 = 5000;

#[derive(Properties, PartialEq)]
pub struct StatusWordProps {
    pub status: Option<Status>,
}

/// Shows each new status for a few seconds.
#[component]
pub fn StatusWord(props: &StatusWordProps) -> Html {
    crate::renders::note("StatusWord");
    // The status whose time is up.
    let gone = use_state(|| None::<u32>);
    {
        let gone = gone.clone();
        use_effect_with(props.status.as_ref().map(|s| s.nth), move |nth| {
            let timer = nth.map(|nth| Timeout::new(SHOWN_MS, move || gone.set(Some(nth))));
            move || drop(timer)
        });
    }
    match props.status.as_ref().filter(|s| *gone != Some(s.nth)) {
        Some(status) => html! {
            // Keyed by its number: each word is a new element, so it fades in anew.
            <p key={status.nth} class="wb-status-word" data-testid="status-word" aria-hidden="true">
                {status.text.clone()}
            </p>
        },
        None => Html::default(),
    }
}
