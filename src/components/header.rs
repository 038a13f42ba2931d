//! The top of the planner: its name and the history buttons; embedded, the way back
//! to the post's week and out to the standalone planner, or, read-only, the note
//! and "Edit a copy".

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
    /// A reader's copy of a read-only widget: until they change it, a note says so.
    #[prop_or_default]
    pub copy: bool,
}

/// The header.
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    crate::renders::note("Header");
    let planning = use_planning();
    let embedded = props.embedding.is_some();
    // Editable, the way out is to the standalone planner, which opens the link as a
    // shared week (the reader's own week there stays as it was). Read-only, "Edit a
    // copy" turns this very widget into a planner holding a copy of the week: the
    // loader (`weekboard.js`) answers the button, for the viewer's widget and this
    // one alike.
    let way_out = props.embedded_plan.as_ref().map(|plan| {
        if props.readonly {
            html! {
                <button type="button" class="wb-edit-copy" data-testid="edit-copy">
                    {"Edit a copy"}
                </button>
            }
        } else {
            let href = format!("{}{}", props.planner_url, link::fragment(plan, false));
            html! {
                <a class="wb-open-planner" href={href} target="_blank" rel="noopener"
                    data-testid="open-in-planner">
                    {"Open in planner"}<span aria-hidden="true">{" ↗"}</span>
                </a>
            }
        }
    });
    let readonly_note = props.readonly.then(|| {
        html! {
            <p class={classes!("wb-readonly-note", props.tried_to_edit.then_some("is-asked"))}
                data-testid="readonly-note" role="status">
                if props.tried_to_edit {
                    {"This week can't be changed here. Edit a copy to move sessions."}
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
            } else if props.copy {
                <p class="wb-readonly-note" data-testid="copy-note">
                    {"Your copy: the post's week, to change as you like."}
                </p>
            }
            {for readonly_note}
            {for way_out}
            if !props.readonly {
                <HistoryButtons can_undo={props.can_undo} can_redo={props.can_redo} />
            }
        </header>
    }
}
