//! weekboard: a seven-day board that re-scores a runner's week on every change.
//!
//! `state` owns the plan and its history, `drag` turns gestures into drop targets,
//! `components` render; the scoring itself lives in `weekboard-core`.

pub mod announce;
pub mod components;
pub mod drag;
pub mod files;
pub mod format;
pub mod opening;
pub mod persist;
pub mod share;
pub mod state;

/// Mounts the standalone planner into `#app` (or `<body>` if there is none).
pub fn start_standalone() {
    let document = gloo::utils::document();
    match document.get_element_by_id("app") {
        Some(root) => {
            yew::Renderer::<components::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<components::App>::new().render();
        }
    }
}
