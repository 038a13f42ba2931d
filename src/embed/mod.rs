//! The embed: what `weekboard.js` (the loader for `<week-board>` elements) calls,
//! and the JS API for host pages. Values cross into JavaScript through
//! serde-wasm-bindgen as plain objects in the JSON plan format.

mod options;

pub use options::{Attributes, Embedding};

use crate::components::{App, AppProps};
use serde::Serialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use weekboard_core::{link, Plan, Report};
use yew::{AppHandle, AttrValue, Callback};

/// Plain JS objects (not `Map`s) and `null` for absent values, as JSON would have.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

fn plan_from_js(plan: JsValue) -> Result<Plan, JsError> {
    serde_wasm_bindgen::from_value::<Plan>(plan)
        .map_err(|e| JsError::new(&format!("Not a weekboard plan: {e}")))
}

/// Scores a plan (an object in the JSON plan format) and returns the report of its
/// week `week` (1 = the first, the default), judged in its block.
#[wasm_bindgen(js_name = scoreWeek)]
pub fn score_week(plan: JsValue, week: Option<u32>) -> Result<JsValue, JsError> {
    let plan = plan_from_js(plan)?;
    let weeks = plan.weeks.len();
    let index = match week {
        None => 0,
        Some(n) if (1..=weeks).contains(&(n as usize)) => n as usize - 1,
        Some(n) => {
            return Err(JsError::new(&format!(
                "week {n} is not a week of this plan: it has weeks 1 to {weeks}"
            )))
        }
    };
    to_js(&*crate::state::Scored::new(plan, index).report)
}

/// Every week of a plan at a glance, in order: `{ score, verdict, minutes, metres,
/// easier, race, across }` each, as the strip above the board shows them.
#[wasm_bindgen(js_name = scoreBlock)]
pub fn score_block(plan: JsValue) -> Result<JsValue, JsError> {
    let plan = plan_from_js(plan)?;
    to_js(&weekboard_core::score::strip(
        &plan.weeks,
        &plan.athlete,
        plan.settings.week_start,
    ))
}

/// The share-link payload for a plan (what follows `#plan=`). The runner profile
/// travels only when `includeAthlete` is true.
#[wasm_bindgen(js_name = encodePlan)]
pub fn encode_plan(plan: JsValue, include_athlete: Option<bool>) -> Result<String, JsError> {
    let plan = plan_from_js(plan)?;
    Ok(link::encode(&plan, include_athlete.unwrap_or(false)))
}

/// The plan in a share-link payload or a whole share URL.
#[wasm_bindgen(js_name = decodePlan)]
pub fn decode_plan(payload: &str) -> Result<JsValue, JsError> {
    let decoded =
        link::decode(payload).map_err(|e| JsError::new(&format!("Not a weekboard link: {e}")))?;
    to_js(&decoded.plan)
}

/// The `weekboard-change` detail of a read-only widget drawn by the viewer whose
/// attributes gave it a new week: `{ plan, report, link }` for the week on show
/// (`shown`, from 0), as the planner would send it. For the loader: the viewer
/// leaves building these objects, and encoding the link, to the planner.
#[wasm_bindgen(js_name = readOnlyChange)]
pub fn read_only_change(attributes: JsValue, shown: usize) -> Result<JsValue, JsError> {
    let embedding = Embedding::read(&attributes_from_js(attributes)?);
    let plan = embedding.starting_plan();
    let shown = shown.min(plan.weeks.len() - 1);
    let scored = crate::state::Scored::new(plan, shown);
    to_js(&Change {
        plan: &scored.plan,
        report: &scored.report,
        link: planner_link(&embedding.planner_url, &scored.plan),
    })
}

/// The element's attributes as the loader hands them over.
fn attributes_from_js(attributes: JsValue) -> Result<Attributes, JsError> {
    serde_wasm_bindgen::from_value(attributes)
        .map_err(|e| JsError::new(&format!("weekboard: unreadable options: {e}")))
}

/// The standalone planner's address with `plan` in its fragment.
fn planner_link(planner_url: &str, plan: &Plan) -> String {
    format!("{planner_url}{}", link::fragment(plan, false))
}

/// `{ plan, report, link }`: what a `weekboard-change` event carries.
#[derive(Serialize)]
struct Change<'a> {
    plan: &'a Plan,
    report: &'a Report,
    link: String,
}

/// One `<week-board>`'s planner.
#[wasm_bindgen]
pub struct Widget {
    app: Option<AppHandle<App>>,
    notify: Rc<js_sys::Function>,
}

fn props(attributes: JsValue, notify: &Rc<js_sys::Function>) -> Result<AppProps, JsError> {
    // Besides the attributes, the loader says whether this is a reader's copy of a
    // read-only widget ("Edit a copy") and which week of the plan they were looking
    // at (`shown`, from 0, as `data-week` has it).
    let given = |key: &str| js_sys::Reflect::get(&attributes, &JsValue::from_str(key)).ok();
    let copy = given("copy").and_then(|copy| copy.as_bool()) == Some(true);
    let opening_week = given("shown")
        .and_then(|week| week.as_string())
        .and_then(|week| week.parse().ok());
    let embedding = Embedding::read(&attributes_from_js(attributes)?);
    let planner = embedding.planner_url.clone();
    let notify = notify.clone();
    // The planner has scored the plan already; its report comes along.
    let on_change = Callback::from(move |(plan, report): (Rc<Plan>, Rc<Report>)| {
        let change = Change {
            plan: &plan,
            report: &report,
            link: planner_link(&planner, &plan),
        };
        if let Ok(detail) = to_js(&change) {
            // A throwing listener is the host page's problem, not the planner's.
            let _ = notify.call1(&JsValue::NULL, &detail);
        }
    });
    Ok(AppProps {
        storage_key: embedding.storage_key.clone().map(AttrValue::from),
        embedding: Some(Rc::new(embedding)),
        on_change: Some(on_change),
        opening_week,
        copy,
    })
}

/// Mounts a planner into `root` (inside the element's shadow root). `notify` is
/// called with `{ plan, report, link }` after every change the reader makes.
#[wasm_bindgen]
pub fn mount(
    root: web_sys::Element,
    attributes: JsValue,
    notify: js_sys::Function,
) -> Result<Widget, JsError> {
    let notify = Rc::new(notify);
    let props = props(attributes, &notify)?;
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Widget {
        app: Some(app),
        notify,
    })
}

#[wasm_bindgen]
impl Widget {
    /// The element's attributes changed: the planner follows.
    pub fn update(&mut self, attributes: JsValue) -> Result<(), JsError> {
        let props = props(attributes, &self.notify)?;
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
        Ok(())
    }

    /// The element left the page: take the planner down with it.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}
