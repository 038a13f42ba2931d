//! The verdict: score, what changed since the last edit, the drop preview, "Why 52?",
//! and the findings (their own component, so a drag step that only changes the
//! preview leaves them alone). A week with no running has no score: the panel says so
//! in words, and what to add.

use super::findings::Findings;
use std::rc::Rc;
use weekboard_core::{Deduction, Report, Severity};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScorePanelProps {
    pub report: Rc<Report>,
    /// The score before the last edit, if there was one.
    pub previous_score: Option<u8>,
    /// The score the week would get if the dragged card were dropped now.
    pub ghost_score: Option<u8>,
    /// A read-only week shows what to change but offers no button that changes it.
    #[prop_or_default]
    pub readonly: bool,
}

/// "+3", "−2", "±0".
fn signed(delta: i16) -> String {
    match delta {
        d if d > 0 => format!("+{d}"),
        d if d < 0 => format!("−{}", -d),
        _ => "±0".to_string(),
    }
}

/// The score panel.
#[component]
pub fn ScorePanel(props: &ScorePanelProps) -> Html {
    crate::renders::note("ScorePanel");
    let report = &props.report;
    let Some(score) = report.score else {
        return html! {
            <section class="wb-score-panel is-empty" aria-label="Week score" data-testid="score-panel"
                data-verdict={report.verdict.json_name()}>
                <div class="wb-score-head">
                    <p class="wb-verdict" data-testid="verdict">{report.verdict.label()}</p>
                </div>
                <Findings report={report.clone()} readonly={props.readonly} />
            </section>
        };
    };
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
    html! {
        <section class="wb-score-panel" aria-label="Week score" data-testid="score-panel"
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
            <WhyScore score={score} breakdown={report.breakdown.clone()} />
            <Findings report={report.clone()} readonly={props.readonly} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct WhyScoreProps {
    score: u8,
    breakdown: Vec<Deduction>,
}

fn worst_name(worst: Option<Severity>) -> &'static str {
    match worst {
        Some(Severity::Problem) => "problem",
        Some(Severity::Caution) => "caution",
        _ => "info",
    }
}

/// "Why 52?": what each rule family took off, as a short list that adds up.
#[component]
fn WhyScore(props: &WhyScoreProps) -> Html {
    if props.breakdown.is_empty() {
        return html! {};
    }
    let rows = props.breakdown.iter().map(|d| {
        html! {
            <li key={d.family} data-family={d.family} data-severity={worst_name(d.worst)}>
                <span class="wb-why-label">{d.label}</span>
                <span class="wb-why-points">{format!("−{}", d.points)}</span>
            </li>
        }
    });
    html! {
        <details class="wb-why" data-testid="why-score">
            <summary>{format!("Why {}?", props.score)}</summary>
            <ul aria-label={format!("What took the score from 100 to {}", props.score)}>
                {for rows}
            </ul>
            <p class="wb-why-total">{format!("100 − {} = {}", 100 - u32::from(props.score), props.score)}</p>
        </details>
    }
}
