//! Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes — except while typing,
//! where the field's own undo applies.

use crate::planning::Planning;
use crate::state::Action;
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn is_editable(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            el.closest("input, textarea, select, dialog, [contenteditable]")
                .ok()
                .flatten()
                .is_some()
        })
}

/// Listens on the document, or, embedded, on the planner's `root` only: two
/// planners on a page undo separately.
#[hook]
pub fn use_undo_keys(embedded: bool, root: NodeRef, planning: Planning) {
    use_effect_with(embedded, move |embedded| {
        let keys_from: Option<web_sys::EventTarget> = match embedded {
            true => root.cast::<web_sys::Node>().map(Into::into),
            false => Some(gloo::utils::document().into()),
        };
        let listener = keys_from.as_ref().map(|target| {
            // Not passive: the shortcut replaces the browser's own undo.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(target, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(event.ctrl_key() || event.meta_key()) || is_editable(event.target()) {
                    return;
                }
                let key = event.key().to_ascii_lowercase();
                let action = match (key.as_str(), event.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                event.prevent_default();
                planning.send(action);
            })
        });
        move || drop(listener)
    });
}
