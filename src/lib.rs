//! weekboard: a seven-day board that re-scores a runner's week on every change.
//!
//! `state` owns the plan and its history, `drag` turns gestures into drop targets,
//! `components` render; the scoring itself lives in `weekboard-core`.

pub mod announce;
pub mod components;
mod dom;
pub mod drag;
pub mod embed;
pub mod files;
pub mod format;
pub mod opening;
pub mod persist;
pub mod renders;
pub mod share;
pub mod state;

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
