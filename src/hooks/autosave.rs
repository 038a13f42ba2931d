//! Autosave, after the frame: a change of the plan is written to storage when the
//! browser is next idle, never inside the frame that shows the change (writing the
//! JSON is work the drop would wait for). Hiding or leaving the page writes at
//! once, so a change is never lost to a closed tab.

use crate::persist;
use crate::planning::Planning;
use crate::state::Action;
use gloo::events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use weekboard_core::Plan;
use yew::prelude::*;

/// Saved within this long even on a page that is never idle.
const IDLE_DEADLINE_MS: u32 = 1000;
/// Where there are no idle callbacks (Safari), a short wait instead.
const FALLBACK_DELAY_MS: i32 = 100;

/// How the next save is waited for.
#[derive(Clone, Copy)]
enum Asked {
    Idle(u32),
    Timer(i32),
}

/// The plan waiting to be written, and the callback that writes it.
struct Saver {
    waiting: RefCell<Option<(AttrValue, Rc<Plan>)>>,
    asked: Cell<Option<Asked>>,
    planning: Planning,
    /// Made once and reused, so no callback is dropped while the browser holds it.
    wake: Closure<dyn FnMut()>,
}

impl Saver {
    fn new(planning: Planning) -> Rc<Saver> {
        Rc::new_cyclic(|me: &Weak<Saver>| {
            let me = me.clone();
            Saver {
                waiting: RefCell::new(None),
                asked: Cell::new(None),
                planning,
                wake: Closure::new(move || {
                    if let Some(saver) = me.upgrade() {
                        saver.asked.set(None);
                        saver.flush();
                    }
                }),
            }
        })
    }

    /// Saves `plan` under `key` soon, after the frame.
    fn later(&self, key: AttrValue, plan: Rc<Plan>) {
        *self.waiting.borrow_mut() = Some((key, plan));
        if self.asked.get().is_some() {
            return;
        }
        let window = gloo::utils::window();
        let wake = self.wake.as_ref().unchecked_ref();
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(IDLE_DEADLINE_MS);
        let asked = match window.request_idle_callback_with_options(wake, &options) {
            Ok(handle) => Some(Asked::Idle(handle)),
            Err(_) => window
                .set_timeout_with_callback_and_timeout_and_arguments_0(wake, FALLBACK_DELAY_MS)
                .ok()
                .map(Asked::Timer),
        };
        self.asked.set(asked);
    }

    /// Writes what is waiting, now.
    fn flush(&self) {
        let waiting = self.waiting.borrow_mut().take();
        if let Some((key, plan)) = waiting {
            if let Err(problem) = persist::save(&key, &plan) {
                self.planning.send(Action::StorageFailed(problem));
            }
        }
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        let window = gloo::utils::window();
        match self.asked.take() {
            Some(Asked::Idle(handle)) => window.cancel_idle_callback(handle),
            Some(Asked::Timer(handle)) => window.clear_timeout_with_handle(handle),
            None => {}
        }
    }
}

/// Saves `plan` under `key` after each change, while it is the runner's own week
/// (`own`); a shared week waits until it is kept. `key` `None` saves nothing.
#[hook]
pub fn use_autosave(key: Option<AttrValue>, plan: Rc<Plan>, own: bool, planning: Planning) {
    let saver = use_memo((), move |_| Saver::new(planning));
    {
        let saver = saver.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let document = gloo::utils::document();
            let on_hide = {
                let saver = saver.clone();
                EventListener::new(&window, "pagehide", move |_| saver.flush())
            };
            let on_hidden = {
                let saver = saver.clone();
                let hidden = document.clone();
                EventListener::new(&document, "visibilitychange", move |_| {
                    if hidden.visibility_state() == web_sys::VisibilityState::Hidden {
                        saver.flush();
                    }
                })
            };
            // Unmounted (an embed taken off the page): what is waiting is written.
            move || {
                saver.flush();
                drop((on_hide, on_hidden));
            }
        });
    }
    use_effect_with((plan, own, key), move |(plan, own, key)| {
        if let (true, Some(key)) = (*own, key) {
            saver.later(key.clone(), plan.clone());
        }
    });
}
