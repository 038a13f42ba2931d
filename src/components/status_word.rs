//! The word on screen: a brief line about what just happened, for eyes on the
//! board rather than on the score panel — a refusal, always; a change of score,
//! when the score is out of view (a phone scrolled down to its days). The live
//! region says the same to the ear, so this one is hidden from screen readers.

use crate::state::Status;
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use web_sys::Element;
use yew::prelude::*;

/// How long a word stays, long enough to read two short sentences.
const SHOWN_MS: u32 = 5000;

#[derive(Properties, PartialEq)]
pub struct StatusWordProps {
    pub status: Option<Status>,
    /// The planner, where the score is looked for.
    pub planner: NodeRef,
}

/// Whether the planner's score number is out of the window.
fn score_out_of_view(planner: &NodeRef) -> bool {
    let Some(score) = planner
        .cast::<Element>()
        .and_then(|p| p.query_selector("[data-testid=\"score\"]").ok().flatten())
    else {
        return true;
    };
    let height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let r = score.get_bounding_client_rect();
    r.bottom() <= 0.0 || r.top() >= height
}

/// Shows each new status for a few seconds.
#[component]
pub fn StatusWord(props: &StatusWordProps) -> Html {
    crate::renders::note("StatusWord");
    // The status on screen now, by its number.
    let showing = use_state(|| None::<u32>);
    {
        let showing = showing.clone();
        let planner = props.planner.clone();
        let status = props.status.as_ref().map(|s| (s.nth, s.repeats_score));
        use_effect_with(status, move |status| {
            let mut pending: (Option<AnimationFrame>, Option<Timeout>) = (None, None);
            if let Some((nth, repeats_score)) = *status {
                let hide = {
                    let showing = showing.clone();
                    Timeout::new(SHOWN_MS, move || showing.set(None))
                };
                if repeats_score {
                    // Looked at once the frame with the change is laid out, so
                    // the drop's own frame measures nothing more.
                    pending.0 = Some(request_animation_frame(move |_| {
                        if score_out_of_view(&planner) {
                            showing.set(Some(nth));
                        }
                    }));
                } else {
                    showing.set(Some(nth));
                }
                pending.1 = Some(hide);
            }
            move || drop(pending)
        });
    }
    match props.status.as_ref().filter(|s| *showing == Some(s.nth)) {
        // Keyed by its number: each word is a new element, so it fades in anew.
        Some(status) => html! {
            <p key={status.nth} class="wb-status-word" data-testid="status-word" aria-hidden="true">
                {status.text.clone()}
            </p>
        },
        None => Html::default(),
    }
}
