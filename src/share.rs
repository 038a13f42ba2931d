//! Share links: the plan travels in the URL fragment, so no server ever sees it.

use wasm_bindgen_futures::JsFuture;
use weekboard_core::link::{self, DecodedLink, LinkError};
use weekboard_core::Plan;
use yew::AttrValue;

/// This page's address without query or fragment: where the standalone planner's
/// links lead.
pub fn this_page() -> AttrValue {
    let location = gloo::utils::window().location();
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
    .into()
}

/// The link to the planner at `planner_url` showing `plan`.
pub fn url_for(planner_url: &str, plan: &Plan, include_athlete: bool) -> String {
    format!("{planner_url}{}", link::fragment(plan, include_athlete))
}

/// The plan in the page's own address, if it carries one.
pub fn from_location() -> Option<Result<DecodedLink, LinkError>> {
    let hash = gloo::utils::window().location().hash().ok()?;
    if hash.trim_start_matches('#').is_empty() {
        return None;
    }
    Some(link::decode(&hash))
}

/// Takes the link out of the address bar, so a reload shows the runner's own week
/// rather than the shared one again.
pub fn clear_location() {
    let window = gloo::utils::window();
    let location = window.location();
    let clean = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
    }
}

/// Copies text with the Clipboard API; `false` when the browser refuses.
pub async fn copy(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
