//! Focus follows the card that moved or appeared, once the view shows it; and
//! where the element that had focus went away, focus goes somewhere sensible
//! rather than to the page.

use crate::state::{CardPart, FocusRequest};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The requested card, or its part, within this planner (several may share a page).
fn requested(root: &Element, request: FocusRequest) -> Option<HtmlElement> {
    let card = format!("[data-session-id=\"{}\"]", request.card.0);
    let selector = match request.part {
        CardPart::Card => card,
        CardPart::MenuButton => format!("{card} [data-testid=\"card-menu\"]"),
    };
    root.query_selector(&selector)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// What has focus in the planner's document or, embedded, its shadow root.
fn active_element(root: &Element) -> Option<Element> {
    match root.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => gloo::utils::document().active_element(),
    }
}

/// Whether focus is lost: on nothing, on the page itself, or on an element that
/// is gone or disabled.
fn is_lost(active: Option<&Element>) -> bool {
    active.is_none_or(|el| {
        !el.is_connected()
            || el.tag_name().eq_ignore_ascii_case("body")
            || el.matches(":disabled").unwrap_or(false)
    })
}

/// A toolbar button that disabled itself (Undo with nothing left to undo) hands
/// focus to an enabled neighbour.
fn enabled_neighbour(button: &Element) -> Option<HtmlElement> {
    if !button.matches(":disabled").unwrap_or(false) {
        return None;
    }
    let toolbar = button.closest("[role=\"toolbar\"]").ok().flatten()?;
    let neighbour = toolbar
        .query_selector("button:not(:disabled)")
        .ok()
        .flatten()?;
    neighbour.dyn_into().ok()
}

/// Carries out each focus request the planner makes, inside `root`.
#[hook]
pub fn use_focus(root: NodeRef, request: Option<FocusRequest>) {
    use_effect_with(request, move |request| {
        let (Some(request), Some(root)) = (request, root.cast::<Element>()) else {
            return;
        };
        let target = if !request.if_lost {
            requested(&root, *request)
        } else {
            let active = active_element(&root);
            if is_lost(active.as_ref()) {
                active
                    .as_ref()
                    .and_then(enabled_neighbour)
                    .or_else(|| requested(&root, *request))
            } else {
                None
            }
        };
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
}
