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

/// Where focus should go when it is lost, if not to the requested card: a
/// toolbar button that disabled itself (Undo with nothing left to undo) hands it
/// to an enabled neighbour. `None` when focus is not lost at all.
fn lost_to(root: &Element) -> Option<Option<HtmlElement>> {
    let Some(active) = active_element(root) else {
        return Some(None);
    };
    let disabled = active.matches(":disabled").unwrap_or(false);
    let gone = !active.is_connected() || active.tag_name().eq_ignore_ascii_case("body");
    if !disabled && !gone {
        return None;
    }
    let neighbour = active
        .closest("[role=\"toolbar\"]")
        .ok()
        .flatten()
        .and_then(|toolbar| {
            toolbar
                .query_selector("button:not(:disabled)")
                .ok()
                .flatten()
        })
        .and_then(|button| button.dyn_into().ok());
    Some(neighbour.filter(|_| disabled))
}

/// Carries out each focus request the planner makes, inside `root`.
#[hook]
pub fn use_focus(root: NodeRef, request: Option<FocusRequest>) {
    use_effect_with(request, move |request| {
        let (Some(request), Some(root)) = (request, root.cast::<Element>()) else {
            return;
        };
        let target = match request.if_lost {
            false => requested(&root, *request),
            true => match lost_to(&root) {
                None => None,
                Some(neighbour) => neighbour.or_else(|| requested(&root, *request)),
            },
        };
        if let Some(target) = target {
            let _ = target.focus();
        }
    });
}
