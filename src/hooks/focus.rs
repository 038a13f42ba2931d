//! Focus follows the card that moved or appeared, once the view shows it.

use crate::state::FocusRequest;
use wasm_bindgen::JsCast;
use weekboard_core::SessionId;
use yew::prelude::*;

/// Puts focus on a session's card within this planner (several may share a page).
fn focus_card(root: &NodeRef, id: SessionId) {
    let selector = format!("[data-session-id=\"{}\"]", id.0);
    if let Some(card) = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(&selector).ok().flatten())
        .and_then(|card| card.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = card.focus();
    }
}

/// Carries out each focus request the planner makes, inside `root`.
#[hook]
pub fn use_focus(root: NodeRef, request: Option<FocusRequest>) {
    use_effect_with(request, move |request| {
        if let Some(request) = request {
            focus_card(&root, request.card);
        }
    });
}
