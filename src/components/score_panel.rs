//! The verdict: score, what changed since the last edit, the drop preview, and the
//! findings in plain words. Focusing or hovering a finding lights its days and cards.

use std::rc::Rc;
use weekboard_core::{Report, Severity};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScorePanelProps {
    pub report: Rc<Report>,
    /// The score before the last edit, if there was one.
    pub previous_score: Option<u8>,
    /// The score the week would get if the dragged card were dropped now.
    pub ghost_score: Option<u8>,
    pub on_highlight: Callback<Option<usize>>,
}

fn signed(delta: i16) -> String {
    match delta {
        d if d > 0 => format!("+{d}"),
        d if d < 0 => format!("−{}", -d),
        _ => "±0".to_string(),
    }
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "info",
        Severity::Caution => "caution",
        Severity::Problem => "problem",
    }
}

fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Info => "Note",
        Severity::Caution => "Caution",
        Severity::Problem => "Problem",
    }
}

/// The score panel.
#[component]
pub fn ScorePanel(props: &ScorePanelProps) -> Html {
    crate::renders::note("ScorePanel");
    let report = &props.report;
    let score = report.score;
    // On a phone only the first finding shows until asked, so the board stays near.
    let expanded = use_state(|| false);
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let hidden_on_phone = report.findings.len().saturating_sub(1);
    let change = props.previous_score.map(|before| {
        let delta = i16::from(score) - i16::from(before);
        html! {
            <span class={classes!("wb-delta", (delta > 0).then_some("is-up"), (delta < 0).then_some("is-down"))}
                data-testid="score-delta">
                {format!("{} since last edit", signed(delta))}
            </span>
        }
    });
    let ghost = props.ghost_score.map(|ghost| {
        let delta = i16::from(ghost) - i16::from(score);
        html! {
            <p class="wb-ghost" data-testid="ghost-score">
                {"If dropped here: "}<strong>{ghost}</strong>{format!(" ({})", signed(delta))}
            </p>
        }
    });
    let findings = report.findings.iter().enumerate().map(|(i, finding)| {
        let enter = props.on_highlight.reform(move |_: MouseEvent| Some(i));
        let leave = props.on_highlight.reform(|_: MouseEvent| None);
        let focus = props.on_highlight.reform(move |_: FocusEvent| Some(i));
        let blur = props.on_highlight.reform(|_: FocusEvent| None);
        html! {
            <li class={classes!("wb-finding", format!("is-{}", severity_name(finding.severity)))}
                data-finding-code={finding.code.as_str()}
                data-severity={severity_name(finding.severity)}
                tabindex="0"
                onmouseenter={enter} onmouseleave={leave} onfocus={focus} onblur={blur}>
                <span class="wb-finding-severity">{severity_label(finding.severity)}</span>
                <p class="wb-finding-message">{finding.message.clone()}</p>
                <details class="wb-finding-source">
                    <summary>{"Source"}</summary>
                    <p>{finding.source}</p>
                </details>
            </li>
        }
    });
    html! {
        <section class="wb-score-panel" aria-label="Week score"
            data-verdict={report.verdict.json_name()}>
            <div class="wb-score-head">
                <p class="wb-score">
                    <span class="wb-score-number" data-testid="score">{score}</span>
                    <span class="wb-score-max" aria-hidden="true">{"/100"}</span>
                </p>
                <div>
                    <p class="wb-verdict" data-testid="verdict">{report.verdict.label()}</p>
                    {for change}
                </div>
            </div>
            {for ghost}
            if report.findings.is_empty() {
                <p class="wb-all-good">{"Nothing to fix: this week holds together."}</p>
            } else {
                <ul class={classes!("wb-findings", expanded.then_some("is-expanded"))}
                    aria-label="What the score noticed">{for findings}</ul>
                if hidden_on_phone > 0 {
                    <button type="button" class="wb-more-findings" onclick={toggle}
                        aria-expanded={expanded.to_string()}>
                        {if *expanded { "Show fewer".to_string() } else { format!("Show {hidden_on_phone} more") }}
                    </button>
                }
            }
        </section>
    }
}
