//! weekboard: a seven-day board that re-scores a runner's week on every change.
//!
//! Data flows one way: `drag` (the sensors) and the components turn gestures into
//! actions; `state` holds the planner's one reducer, which applies each edit and
//! scores it once; `hooks` carry the state out to storage, the address bar and
//! the host page; `components` render the slice of the state each shows, and
//! `planning` hands them the reducer's write half. The scoring itself lives in
//! `weekboard-core`.

pub mod announce;
pub mod calendar;
pub mod components;
pub mod drag;
pub mod embed;
pub mod files;
pub mod format;
pub mod frame;
mod hooks;
pub mod opening;
pub mod persist;
pub mod planning;
pub mod renders;
pub mod share;
pub mod state;
pub mod widths;

/// The planner links the standard float formatter anyway: `format::fixed` uses it.
pub(crate) const FLOAT_FORMATTER: bool = true;

/// Mounts the standalone planner into the page's `[data-weekboard-planner]`
/// element. A page without one (a blog post loading `weekboard.js`) gets nothing:
/// its `<week-board>` elements mount themselves.
pub fn start_standalone() {
    let root = gloo::utils::document()
        .query_selector("[data-weekboard-planner]")
        .ok()
        .flatten();
    if let Some(root) = root {
        yew::Renderer::<components::App>::with_root(root).render();
    }
}
