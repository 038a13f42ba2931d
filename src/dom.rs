//! Small DOM look-ups that must see through shadow roots, since an embedded
//! planner lives inside one.

/// The element that has focus, inside whichever open shadow roots hold it
/// (`document.activeElement` stops at the host).
pub fn active_element() -> Option<web_sys::Element> {
    let mut active = gloo::utils::document().active_element()?;
    while let Some(inner) = active.shadow_root().and_then(|root| root.active_element()) {
        active = inner;
    }
    Some(active)
}
