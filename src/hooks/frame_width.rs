//! The planner's width, as words the stylesheet reads (`data-width` on the frame).
//!
//! The layout follows the planner's own width, not the window's: an embedded
//! planner may sit in a narrow blog column on a wide screen. A CSS container query
//! says the same, but makes the browser lay the whole planner out again on every
//! change inside it (measured: about half of a drop's layout); a ResizeObserver
//! costs nothing until the width crosses a line. The bands are in `crate::widths`.

use crate::widths::width_words;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Sets `data-width` on `frame` to the words for its width, if they changed.
fn fit(frame: &web_sys::Element) {
    let words = width_words(frame.get_bounding_client_rect().width());
    if frame.get_attribute("data-width").as_deref() != Some(words.as_str()) {
        let _ = frame.set_attribute("data-width", &words);
    }
}

/// Keeps `data-width` on `frame` in step with its width.
#[hook]
pub fn use_frame_width(frame: NodeRef) {
    use_effect_with((), move |_| {
        let element = frame.cast::<web_sys::Element>();
        let observer = element.and_then(|element| {
            // Once now: a planner drawn out of sight, to be swapped in for the
            // viewer, must show in its own layout from its first frame on screen.
            fit(&element);
            let target = element.clone();
            // Called after layout: reading the width forces nothing.
            let on_resize = Closure::<dyn FnMut()>::new(move || fit(&target));
            let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
            observer.observe(&element);
            Some((observer, on_resize))
        });
        move || {
            if let Some((observer, _on_resize)) = observer {
                observer.disconnect();
            }
        }
    });
}
