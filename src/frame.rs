//! One callback at the next animation frame, called off by dropping its handle.
//!
//! Not gloo's `AnimationFrame`: it cancels by the frame's id read as an `i32`, so on a
//! page whose `requestAnimationFrame` hands out larger ids (Playwright's clock counts
//! from 10^12) the cancel misses, and the frame later calls a closure already
//! dropped: the page logs "closure invoked … after being dropped". Here dropping the
//! handle only raises a flag; the frame still comes, does nothing, and frees its
//! closure.

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A callback waiting for the next frame; dropped, it won't run.
pub struct NextFrame {
    called_off: Rc<Cell<bool>>,
}

impl Drop for NextFrame {
    fn drop(&mut self) {
        self.called_off.set(true);
    }
}

impl fmt::Debug for NextFrame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NextFrame")
    }
}

/// Calls `callback` with the frame's time at the next animation frame, unless the
/// returned handle is dropped first.
pub fn next_frame(callback: impl FnOnce(f64) + 'static) -> NextFrame {
    let called_off = Rc::new(Cell::new(false));
    let flag = called_off.clone();
    // Freed by wasm-bindgen once called; the frame always comes.
    let once = Closure::once_into_js(move |time: f64| {
        if !flag.get() {
            callback(time);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(once.unchecked_ref());
    }
    NextFrame { called_off }
}
