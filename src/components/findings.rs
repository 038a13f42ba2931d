//! What the score noticed, in plain words. Focusing or hovering a finding lights
//! its days and cards.

use crate::format::{self, day_name};
use crate::planning::use_planning;
use crate::state::Action;
use std::rc::Rc;
use weekboard_core::{Finding, Fix, Report};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FindingsProps {
    pub report: Rc<Report>,
    /// No fix buttons: the post's week is only looked at ("Edit a copy" changes it).
    #[prop_or_default]
    pub readonly: bool,
}

/// What a fix's button says: "Move it to Friday", "Swap them", "Make it intervals".
fn fix_label(fix: Fix) -> String {
    match fix {
        Fix::Move { to, .. } => format!("Move it to {}", day_name(to)),
        Fix::Swap { .. } => "Swap the two".to_string(),
        Fix::SetKind { kind, .. } => format!("Make it {}", kind.label().to_lowercase()),
    }
}

/// The findings list.
#[component]
pub fn Findings(props: &FindingsProps) -> Html {
    crate::renders::note("Findings");
    let planning = use_planning();
    let findings = &props.report.findings;
    // On a phone only the first finding shows until asked, so the board stays near.
    let expanded = use_state(|| false);
    if findings.is_empty() {
        return html! { <p class="wb-all-good">{"Nothing to fix: this week holds together."}</p> };
    }
    let fix_button = |finding: &Finding| {
        let fix = finding.fix.filter(|_| !props.readonly)?;
        let label = fix_label(fix);
        let onclick = planning.callback(move |_: MouseEvent| Action::Fix(fix));
        Some(html! {
            <button type="button" class="wb-fix" data-testid="fix" onclick={onclick}>{label}</button>
        })
    };
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let hidden_on_phone = findings.len() - 1;
    let items = findings.iter().enumerate().map(|(i, finding)| {
        // Keyed by what it is, so a finding that stays keeps its DOM when others
        // come and go.
        let nth = findings[..i].iter().filter(|f| f.code == finding.code).count();
        let key = format!("{}-{nth}", finding.code.as_str());
        let light = |index: Option<usize>| planning.callback(move |_: MouseEvent| Action::Highlight(index));
        let light_on_focus =
            |index: Option<usize>| planning.callback(move |_: FocusEvent| Action::Highlight(index));
        html! {
            <li key={key} class={classes!("wb-finding", format!("is-{}", format::severity_name(finding.severity)))}
                data-finding-code={finding.code.as_str()}
                data-severity={format::severity_name(finding.severity)}
                tabindex="0"
                onmouseenter={light(Some(i))} onmouseleave={light(None)}
                onfocus={light_on_focus(Some(i))} onblur={light_on_focus(None)}>
                <span class="wb-finding-severity">{format::severity_label(finding.severity)}</span>
                <p class="wb-finding-message">{finding.message.clone()}</p>
                {for fix_button(finding)}
                <details class="wb-finding-source">
                    <summary>{"Source"}</summary>
                    <p>{finding.source}</p>
                </details>
            </li>
        }
    });
    html! {
        <>
            <ul class={classes!("wb-findings", expanded.then_some("is-expanded"))}
                aria-label="What the score noticed">{for items}</ul>
            if hidden_on_phone > 0 {
                <button type="button" class="wb-more-findings" onclick={toggle}
                    aria-expanded={expanded.to_string()}>
                    {if *expanded { "Show fewer".to_string() } else { format!("Show {hidden_on_phone} more") }}
                </button>
            }
        </>
    }
}
