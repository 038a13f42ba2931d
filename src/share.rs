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

/// Links longer than this may not arrive whole: many mail and chat apps cut a
/// link past about 2,000 characters (the old limit of some browsers and servers).
pub const LINK_CHARS_APPS_KEEP: usize = 2000;

/// The plan in the page's own address, if it carries one. Only a `#plan=`
/// fragment is a weekboard link; any other (`#top`, `#section-2`) is the page's.
pub fn from_location() -> Option<Result<DecodedLink, LinkError>> {
    let hash = gloo::utils::window().location().hash().ok()?;
    is_plan_fragment(&hash).then(|| link::decode(&hash))
}

/// Whether a location's fragment (with or without its `#`) carries a plan.
pub fn is_plan_fragment(hash: &str) -> bool {
    hash.strip_prefix('#').unwrap_or(hash).starts_with("plan=")
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plan_fragments_are_links() {
        assert!(is_plan_fragment("#plan=AQAREREBBAYFAgQAE2Q"));
        assert!(is_plan_fragment("#plan="), "empty, but a link: it says so");
        assert!(!is_plan_fragment("#foo=bar"));
        assert!(!is_plan_fragment("#top"));
        assert!(!is_plan_fragment("#planning"));
        assert!(!is_plan_fragment(""));
    }
}
