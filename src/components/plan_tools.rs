//! Sharing and keeping the week: copy a link, export JSON or a calendar, import a
//! plan file, print.

use crate::planning::use_planning;
use crate::state::Action;
use crate::{files, format, share};
use std::rc::Rc;
use weekboard_core::date::Date;
use weekboard_core::{ics, Plan};
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanToolsProps {
    pub plan: Rc<Plan>,
    /// Where shared links lead: the standalone planner.
    pub planner_url: AttrValue,
    /// Inside someone else's page, where printing would print their page.
    #[prop_or_default]
    pub embedded: bool,
}

/// What the last action said.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    /// Copied a link this many characters long.
    Copied(usize),
    /// The clipboard was refused: the link is shown to copy by hand.
    CopyByHand(String),
    Done(String),
    Failed(String),
}

/// A word about a link too long to travel well, if it is.
fn long_link_word(chars: usize) -> Option<String> {
    (chars > share::LINK_CHARS_APPS_KEEP).then(|| {
        format!(
            "This link is {} characters long: many mail and chat apps cut links past about {} characters, so it may not arrive whole. To send this week, save the plan file (Export plan) and send that instead.",
            format::count(chars),
            format::count(share::LINK_CHARS_APPS_KEEP)
        )
    })
}

/// The share and file tools.
#[component]
pub fn PlanTools(props: &PlanToolsProps) -> Html {
    crate::renders::note("PlanTools");
    let planning = use_planning();
    let include_athlete = use_state(|| false);
    let outcome = use_state(|| None::<Outcome>);
    let file_input = use_node_ref();

    let on_copy = {
        let plan = props.plan.clone();
        let include_athlete = *include_athlete;
        let outcome = outcome.clone();
        let planner_url = props.planner_url.clone();
        Callback::from(move |_: MouseEvent| {
            let url = share::url_for(&planner_url, &plan, include_athlete);
            let outcome = outcome.clone();
            spawn_local(async move {
                if share::copy(&url).await {
                    outcome.set(Some(Outcome::Copied(url.chars().count())));
                } else {
                    outcome.set(Some(Outcome::CopyByHand(url)));
                }
            });
        })
    };
    let on_include = {
        let include_athlete = include_athlete.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                include_athlete.set(input.checked());
            }
        })
    };
    let on_export_json = {
        let plan = props.plan.clone();
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            outcome.set(Some(
                match files::download("weekboard-plan.json", "application/json", &plan.to_json()) {
                    Ok(()) => Outcome::Done("Saved weekboard-plan.json.".to_string()),
                    Err(e) => Outcome::Failed(e),
                },
            ));
        })
    };
    let on_export_ics = {
        let plan = props.plan.clone();
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            // The plan's own week: the board shows its dates before the export.
            let monday = plan
                .start
                .unwrap_or_else(|| Date::week_to_plan(crate::calendar::today()));
            let calendar = ics::to_ics(&plan, monday.ymd());
            let weeks = match plan.weeks.len() {
                1 => format!("the week of {}", monday.week_span()),
                n => format!("{n} weeks from {}", monday.long()),
            };
            outcome.set(Some(
                match files::download("weekboard-week.ics", "text/calendar", &calendar) {
                    Ok(()) => Outcome::Done(format!("Saved weekboard-week.ics for {weeks}.")),
                    Err(e) => Outcome::Failed(e),
                },
            ));
        })
    };
    let on_pick_file = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<web_sys::HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let outcome = outcome.clone();
        let planning = planning.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name();
            let outcome = outcome.clone();
            let planning = planning.clone();
            spawn_local(async move {
                let read = files::read_text(file).await;
                match read.and_then(|text| {
                    Plan::from_json(&text)
                        .map_err(|e| {
                            let why = e.to_string();
                            let why = why.trim_end_matches('.');
                            format!("{name} is not a plan this board can open: {why}. Your week is unchanged.")
                        })
                }) {
                    Ok(plan) => {
                        // Replaces the board's plan, undoably.
                        planning.send(Action::Load(Box::new(plan)));
                        outcome.set(Some(Outcome::Done(format!(
                            "Opened {name}. Undo brings your previous week back."
                        ))));
                    }
                    Err(message) => outcome.set(Some(Outcome::Failed(message))),
                }
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });

    let message = (*outcome).clone().map(|o| match o {
        Outcome::Copied(chars) => match long_link_word(chars) {
            Some(word) => html! {
                <p class="wb-tool-message is-warning" role="status">{format!("Link copied. {word}")}</p>
            },
            None => html! {
                <p class="wb-tool-message is-ok" role="status">{"Link copied. Paste it in a message: the whole week travels in the link."}</p>
            },
        },
        Outcome::CopyByHand(url) => html! {
            <div class="wb-tool-message" role="status">
                if let Some(word) = long_link_word(url.chars().count()) {
                    <p class="wb-tool-warning">{word}</p>
                }
                <label>{"The browser didn't allow copying. Copy the link from here:"}
                    <input class="wb-link-field" readonly=true value={url} data-testid="link-field"
                        onfocus={Callback::from(|e: FocusEvent| {
                            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                                input.select();
                            }
                        })} />
                </label>
            </div>
        },
        Outcome::Done(text) => html! { <p class="wb-tool-message is-ok" role="status">{text}</p> },
        Outcome::Failed(text) => html! { <p class="wb-tool-message is-error" role="alert">{text}</p> },
    });
    html! {
        <section class="wb-plan-tools" aria-label="Share and save">
            <h2 class="wb-side-title">{"Share and save"}</h2>
            <div class="wb-tool-row">
                <button type="button" class="wb-primary" onclick={on_copy} data-testid="copy-link">{"Copy link"}</button>
                <label class="wb-check">
                    <input type="checkbox" checked={*include_athlete} onchange={on_include}
                        data-testid="include-profile" />
                    {"Include my runner profile"}
                </label>
            </div>
            <div class="wb-tool-row">
                <button type="button" onclick={on_export_json} data-testid="export-json">{"Export plan (.json)"}</button>
                <button type="button" onclick={on_export_ics} data-testid="export-ics">{"Add to calendar (.ics)"}</button>
                <button type="button" onclick={on_pick_file} data-testid="import">{"Open a plan file…"}</button>
                if !props.embedded {
                    <button type="button" onclick={on_print}>{"Print"}</button>
                }
                <input type="file" accept=".json,application/json" class="wb-visually-hidden"
                    ref={file_input} onchange={on_file} tabindex="-1" aria-hidden="true"
                    data-testid="import-file" />
            </div>
            {for message}
        </section>
    }
}
