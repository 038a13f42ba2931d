//! Components in a real browser (headless Chromium through wasm-bindgen-test):
//! the planner mounts, shows seven days and a score, and its keyboard sensor and
//! menus edit the plan.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};
use weekboard::components::App;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh planner in its own element and waits for it to render. The tests
/// share one page, so the previous test's autosaved week is cleared first.
async fn mount() -> Element {
    gloo::utils::window()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .dyn_into()
        .unwrap()
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

fn score(root: &Element) -> u32 {
    find(root, "[data-testid=score]")
        .text_content()
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

fn day_of(root: &Element, session_id: u32) -> String {
    find(root, &format!("[data-session-id=\"{session_id}\"]"))
        .closest("[data-day]")
        .unwrap()
        .unwrap()
        .get_attribute("data-day")
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_planner_shows_seven_days_and_a_verdict() {
    let root = mount().await;
    assert_eq!(count(&root, "[data-day]"), 7);
    assert_eq!(count(&root, "[data-session-kind]"), 7);
    assert!(score(&root) <= 100);
    let verdict = find(&root, "[data-verdict]").get_attribute("data-verdict");
    assert!(matches!(
        verdict.as_deref(),
        Some("balanced" | "tweak" | "unbalanced")
    ));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_keyboard_moves_wednesdays_tempo_to_friday() {
    let root = mount().await;
    // Session 3 is the tempo on Wednesday (day 2) in the default week.
    let tempo = find(&root, "[data-session-id=\"3\"]");
    assert_eq!(
        tempo.get_attribute("data-session-kind").as_deref(),
        Some("tempo")
    );
    tempo.focus().unwrap();
    press(&tempo, " ");
    yew::scheduler::flush().await;
    press(&tempo, "ArrowRight");
    yew::scheduler::flush().await;
    press(&tempo, "ArrowRight");
    yew::scheduler::flush().await;
    press(&tempo, " ");
    yew::scheduler::flush().await;
    assert_eq!(day_of(&root, 3), "4");
    let announced = find(&root, "[data-testid=announcer]")
        .text_content()
        .unwrap();
    assert!(
        announced.starts_with("Tempo moved from Wednesday to Friday."),
        "announced: {announced}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn escape_puts_a_lifted_card_back() {
    let root = mount().await;
    let tempo = find(&root, "[data-session-id=\"3\"]");
    press(&tempo, "Enter");
    yew::scheduler::flush().await;
    press(&tempo, "ArrowLeft");
    yew::scheduler::flush().await;
    press(&tempo, "Escape");
    yew::scheduler::flush().await;
    assert_eq!(day_of(&root, 3), "2");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_card_menu_moves_and_undo_brings_it_back() {
    let root = mount().await;
    let before = score(&root);
    find(&root, "[data-session-id=\"3\"] [data-testid=card-menu]").click();
    yew::scheduler::flush().await;
    find(&root, "[data-session-id=\"3\"] [data-pick-day=\"4\"]").click();
    yew::scheduler::flush().await;
    assert_eq!(day_of(&root, 3), "4");
    find(&root, "[data-testid=undo]").click();
    yew::scheduler::flush().await;
    assert_eq!(day_of(&root, 3), "2");
    assert_eq!(score(&root), before);
    find(&root, "[data-testid=redo]").click();
    yew::scheduler::flush().await;
    assert_eq!(day_of(&root, 3), "4");
    root.remove();
}

#[wasm_bindgen_test]
async fn duplicate_and_remove_from_the_menu() {
    let root = mount().await;
    find(&root, "[data-session-id=\"1\"] [data-testid=card-menu]").click();
    yew::scheduler::flush().await;
    let duplicate = root
        .query_selector_all("[data-session-id=\"1\"] [data-testid=card-menu-panel] button")
        .unwrap()
        .item(1)
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    duplicate.click();
    yew::scheduler::flush().await;
    assert_eq!(count(&root, "[data-day=\"0\"] [data-session-id]"), 2);
    find(&root, "[data-session-id=\"8\"] [data-testid=card-menu]").click();
    yew::scheduler::flush().await;
    find(&root, "[data-session-id=\"8\"] .wb-danger").click();
    yew::scheduler::flush().await;
    assert_eq!(count(&root, "[data-day=\"0\"] [data-session-id]"), 1);
    root.remove();
}
