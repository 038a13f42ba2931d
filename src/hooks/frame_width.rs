//! The planner's width, as words the stylesheet reads (`data-width` on the frame).
//!
//! The layout follows the planner's own width, not the window's: an embedded
//! planner may sit in a narrow blog column on a wide screen. A CSS container query
//! says the same, but makes the browser lay the whole planner out again on every
//! change inside it (measured: about half of a drop's layout); a ResizeObserver
//! costs nothing until the width crosses a line.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// The word each band of widths sets, from the first figure to the second (CSS px,
/// both included), as the container queries it replaces had them.
const BANDS: [(&str, f64, f64); 5] = [
    // The days stack into one column; findings beyond the first fold away.
    ("phone", f64::NEG_INFINITY, 480.0),
    // Seven columns would break "Moderate" mid-word: the week wraps into two rows.
    // A day needs about 110 px; the board has the whole width up to 900 px, and
    // the width less the 332 px score panel above it, so it wraps again from 901
    // to 1180 (at 1024 px seven days would be 88 px each).
    ("two-rows", 481.0, 860.0),
    ("two-rows", 901.0, 1180.0),
    // The score panel goes above the board.
    ("stacked", f64::NEG_INFINITY, 900.0),
    // Day names shorten.
    ("short-days", f64::NEG_INFINITY, 1400.0),
];

/// The words for a planner `width` px wide, e.g. "phone stacked short-days".
pub fn width_words(width: f64) -> String {
    BANDS
        .iter()
        .filter(|(_, from, upto)| (*from..=*upto).contains(&width))
        .map(|(word, _, _)| *word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Keeps `data-width` on `frame` in step with its width.
#[hook]
pub fn use_frame_width(frame: NodeRef) {
    use_effect_with((), move |_| {
        let element = frame.cast::<web_sys::Element>();
        let observer = element.and_then(|element| {
            let target = element.clone();
            let on_resize = Closure::<dyn FnMut()>::new(move || {
                // Called after layout: reading the width forces nothing.
                let words = width_words(target.get_bounding_client_rect().width());
                if target.get_attribute("data-width").as_deref() != Some(words.as_str()) {
                    let _ = target.set_attribute("data-width", &words);
                }
            });
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_width_gets_the_words_of_its_bands() {
        assert_eq!(width_words(390.0), "phone stacked short-days");
        assert_eq!(width_words(480.0), "phone stacked short-days");
        assert_eq!(width_words(480.5), "stacked short-days");
        assert_eq!(width_words(481.0), "two-rows stacked short-days");
        assert_eq!(width_words(860.0), "two-rows stacked short-days");
        assert_eq!(width_words(880.0), "stacked short-days");
        assert_eq!(width_words(1024.0), "two-rows short-days");
        assert_eq!(width_words(1180.0), "two-rows short-days");
        assert_eq!(width_words(1181.0), "short-days");
        assert_eq!(width_words(1256.0), "short-days");
        assert_eq!(width_words(1600.0), "");
    }
}
