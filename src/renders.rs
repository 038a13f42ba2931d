//! How often each component has rendered, for `make bench`: the browser reads
//! `renderCounts()` around a drop or a drag step to see what it re-rendered.
//! One counter bump per render; nothing else reads it.

use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static RENDERS: RefCell<Vec<(&'static str, u32)>> = const { RefCell::new(Vec::new()) };
}

/// Counts one render of the component called `name`.
pub fn note(name: &'static str) {
    RENDERS.with(|renders| {
        let mut renders = renders.borrow_mut();
        match renders.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => renders.push((name, 1)),
        }
    });
}

/// `{ Card: 40, DayColumn: 12, … }`: renders per component since the page loaded.
#[wasm_bindgen(js_name = renderCounts)]
pub fn render_counts() -> js_sys::Object {
    let counts = js_sys::Object::new();
    RENDERS.with(|renders| {
        for (name, count) in renders.borrow().iter() {
            let _ = js_sys::Reflect::set(&counts, &(*name).into(), &(*count).into());
        }
    });
    counts
}
