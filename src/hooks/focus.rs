//! Focus follows the card that moved or appeared, once the view shows it.

use crate::state::{CardPart, FocusRequest};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Puts focus on the requested card, or its part, within this planner (several
/// may share a page).
fn focus_card(root: &NodeRef, request: FocusRequest) {
    let card = format!("[data-session-id=\"{}\"]", request.card.0);
    let selector = match request.part {
        CardPart::Card => card,
        CardPart::MenuButton => format!("{card} [data-testid=\"card-menu\"]"),
    };
    if let Some(element) = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(&selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Carries out each focus request the planner makes, inside `root`.
#[hook]
pub fn use_focus(root: NodeRef, request: Option<FocusRequest>) {
    use_effect_with(request, move |request| {
        if let Some(request) = request {
            focus_card(&root, *request);
        }
    });
}
