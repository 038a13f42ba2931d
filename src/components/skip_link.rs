//! "Skip to the week": the planner's first tab stop, shown only when it has focus,
//! past the score panel and the palette (some 27 stops) to the first card.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The skip link.
#[component]
pub fn SkipLink() -> Html {
    crate::renders::note("SkipLink");
    let link = use_node_ref();
    let on_click = {
        let link = link.clone();
        Callback::from(move |e: MouseEvent| {
            // Focus moves by hand: a fragment in the address would be the page's
            // (an embed's host) and a weekboard link's place.
            e.prevent_default();
            let Some(planner) = link
                .cast::<Element>()
                .and_then(|l| l.closest(".wb-app").ok().flatten())
            else {
                return;
            };
            // The first card in display order; the board itself when the week is empty.
            let target = planner
                .query_selector("[data-session-id][tabindex]")
                .ok()
                .flatten()
                .or_else(|| planner.query_selector("#wb-week").ok().flatten());
            if let Some(target) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                let _ = target.focus();
            }
        })
    };
    html! {
        <a class="wb-skip" href="#wb-week" ref={link} onclick={on_click}>{"Skip to the week"}</a>
    }
}
