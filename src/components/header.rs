//! The top of the planner: its name, the way back to a post's week and out to the
//! standalone planner (when embedded), and the history buttons.

use super::history_buttons::HistoryButtons;
use crate::embed::Embedding;
use crate::opening;
use crate::planning::use_planning;
use crate::state::Action;
use std::rc::Rc;
use weekboard_core::date::Date;
use weekboard_core::{link, Plan};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The element's attributes, when embedded in someone else's page.
    pub embedding: Option<Rc<Embedding>>,
    /// The plan on the board, given only when embedded: the links need it.
    pub embedded_plan: Option<Rc<Plan>>,
    /// Where links lead: the standalone planner.
    pub planner_url: AttrValue,
    pub can_undo: bool,
    pub can_redo: bool,
    #[prop_or_default]
    pub readonly: bool,
    /// The reader tried to change the read-only week: the way to a copy is lit.
    #[prop_or_default]
    pub tried_to_edit: bool,
    /// Today, when the board dates the plans it opens (an editable embed).
    #[prop_or_default]
    pub today: Option<Date>,
}

/// The header.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    crate::renders::note("Header");
    let planning = use_planning();
    let embedded = props.embedding.is_some();
    // Read-only, the way out is to a copy: the standalone planner opens the link as a
    // shared week, and the reader's own week there stays as it was.
    let open_in_planner = props.embedded_plan.as_ref().map(|plan| {
        let href = format!("{}{}", props.planner_url, link::fragment(plan, false));
        let label = if props.readonly {
            "Edit a copy"
        } else {
            "Open in planner"
        };
        html! {
            <a class={classes!("wb-open-planner", props.readonly.then_some("wb-primary-link"))}
                href={href} target="_blank" rel="noopener" data-testid="open-in-planner">
                {label}<span aria-hidden="true">{" ↗"}</span>
            </a>
        }
    });
    let readonly_note = props.readonly.then(|| {
        html! {
            <p class={classes!("wb-readonly-note", props.tried_to_edit.then_some("is-asked"))}
                data-testid="readonly-note" role="status">
                if props.tried_to_edit {
                    {"This week can't be changed here. Edit a copy to move sessions in the planner."}
                } else {
                    {"Read-only: the post's week, to look at."}
                }
            </p>
        }
    });
    // The post's week, to come back to once the reader has changed theirs: dated as
    // the board dates it, so a week only dated on opening is no change.
    let post_week = props
        .embedding
        .as_ref()
        .filter(|e| !e.readonly && e.post_week.is_some())
        .map(|e| match props.today {
            Some(today) => opening::dated(e.starting_plan(), today),
            None => e.starting_plan(),
        })
        .filter(|post| props.embedded_plan.as_deref() != Some(post));
    let brand = match embedded {
        // A widget inside a post mustn't add a top-level heading to it.
        true => html! { <p class="wb-brand">{"weekboard"}</p> },
        false => html! { <h1 class="wb-brand">{"weekboard"}</h1> },
    };
    html! {
        <header class="wb-top">
            {brand}
            if let Some(post) = post_week {
                <button type="button" class="wb-tool" data-testid="back-to-post"
                    onclick={planning.callback(move |_: MouseEvent| Action::BackToPost(Box::new(post.clone())))}>
                    {"Back to the post's week"}
                </button>
            }
            {for readonly_note}
            {for open_in_planner}
            if !props.readonly {
                <HistoryButtons can_undo={props.can_undo} can_redo={props.can_redo} />
            }
        </header>
    }
}
