//! Messages above the board: a shared week being viewed, a link or a saved week
//! that couldn't be read, storage that can't be used.

use crate::opening::{Notice, Tone, Viewing};
use crate::planning::use_planning;
use crate::share;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub viewing: Viewing,
}

/// The notices.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    crate::renders::note("Notices");
    let planning = use_planning();
    // Either way the link leaves the address bar, so a reload shows the runner's week.
    let leave_link = |action: Action| {
        planning.callback(move |_: MouseEvent| {
            share::clear_location();
            action.clone()
        })
    };
    let shared = match &props.viewing {
        Viewing::Shared { has_athlete, .. } => Some(html! {
            <div class="wb-notice is-shared" role="status" data-testid="shared-banner">
                <p>
                    <strong>{"You're looking at a shared week."}</strong>
                    {" Your own week is safe and unchanged"}
                    {if *has_athlete { ". This link carries the sharer's runner profile." } else { "." }}
                </p>
                <div class="wb-notice-actions">
                    <button type="button" class="wb-primary" data-testid="keep-shared"
                        onclick={leave_link(Action::KeepShared)}>{"Keep it as my week"}</button>
                    <button type="button" data-testid="back-to-own"
                        onclick={leave_link(Action::BackToOwn)}>{"Back to my week"}</button>
                </div>
            </div>
        }),
        Viewing::Own => None,
    };
    let notices = props.notices.iter().enumerate().map(|(i, notice)| {
        let tone = match notice.tone {
            Tone::Info => "is-info",
            Tone::Warning => "is-warning",
        };
        html! {
            <div class={classes!("wb-notice", tone)} role="alert" data-testid="notice">
                <p>{notice.text.clone()}</p>
                <button type="button" class="wb-notice-dismiss" aria-label="Dismiss"
                    onclick={planning.callback(move |_: MouseEvent| Action::Dismiss(i))}>{"×"}</button>
            </div>
        }
    });
    html! {
        <div class="wb-notices">
            {for shared}
            {for notices}
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub problems: Vec<String>,
}

/// What an embedded board's attributes got wrong. It stays while the attribute
/// does: the reader can't fix it, the page's author can.
#[component]
pub fn Problems(props: &ProblemsProps) -> Html {
    crate::renders::note("Problems");
    if props.problems.is_empty() {
        return Html::default();
    }
    html! {
        <div class="wb-notices">
            for problem in props.problems.iter() {
                <div class="wb-notice is-warning" role="alert" data-testid="embed-problem">
                    <p>{problem.clone()}</p>
                </div>
            }
        </div>
    }
}
