//! The verdict: score, "Why 52?" and the findings (`score_panel.rs`, `findings.rs`).

use crate::format;
use crate::markup::Markup;
use crate::view::Viewer;
use weekboard_core::Severity;

/// The score panel.
pub fn panel(m: &mut Markup, v: &Viewer) {
    let report = &v.report;
    let verdict = report.verdict;
    m.fill(
        concat!(
            r#"<section class="wb-score-panel{}" aria-label="Week score" data-testid="score-panel" data-verdict="{}">"#,
            r#"<div class="wb-score-head">"#
        ),
        &[
            if report.score.is_some() { "" } else { " is-empty" },
            verdict.json_name(),
        ],
    );
    let verdict_line = r#"<p class="wb-verdict" data-testid="verdict">{}</p>"#;
    match report.score {
        None => {
            m.fill(verdict_line, &[verdict.label()]).raw("</div>");
        }
        Some(score) => {
            m.fill(
                concat!(
                    r#"<p class="wb-score"><span class="wb-score-number" data-testid="score">{}</span>"#,
                    r#"<span class="wb-score-max" aria-hidden="true">/100</span></p><div>"#
                ),
                &[&score.to_string()],
            )
            .fill(verdict_line, &[verdict.label()])
            .raw("</div></div>");
            why(m, score, v);
        }
    }
    findings(m, v);
    m.raw("</section>");
}

/// "Why 52?": what each rule family took off, as a short list that adds up.
fn why(m: &mut Markup, score: u8, v: &Viewer) {
    let breakdown = &v.report.breakdown;
    if breakdown.is_empty() {
        return;
    }
    m.fill(
        concat!(
            r#"<details class="wb-why" data-testid="why-score"><summary>Why {}?</summary>"#,
            r#"<ul aria-label="What took the score from 100 to {}">"#
        ),
        &[&score.to_string(), &score.to_string()],
    );
    for d in breakdown {
        let worst = match d.worst {
            Some(Severity::Problem) => "problem",
            Some(Severity::Caution) => "caution",
            _ => "info",
        };
        m.fill(
            concat!(
                r#"<li data-family="{}" data-severity="{}"><span class="wb-why-label">{}</span>"#,
                r#"<span class="wb-why-points">−{}</span></li>"#
            ),
            &[d.family, worst, d.label, &d.points.to_string()],
        );
    }
    m.fill(
        r#"</ul><p class="wb-why-total">100 − {} = {}</p></details>"#,
        &[&(100 - u32::from(score)).to_string(), &score.to_string()],
    );
}

/// What the score noticed. Hovering or focusing one lights its days and cards.
fn findings(m: &mut Markup, v: &Viewer) {
    let findings = &v.report.findings;
    if findings.is_empty() {
        m.raw(r#"<p class="wb-all-good">Nothing to fix: this week holds together.</p>"#);
        return;
    }
    m.fill(
        r#"<ul class="wb-findings{}" aria-label="What the score noticed">"#,
        &[if v.expanded { " is-expanded" } else { "" }],
    );
    for finding in findings {
        let severity = format::severity_name(finding.severity);
        // No fix button: the post's week is only looked at (`findings.rs`, read-only).
        m.fill(
            concat!(
                r#"<li class="wb-finding is-{}" data-finding-code="{}" data-severity="{}" tabindex="0">"#,
                r#"<span class="wb-finding-severity">{}</span><p class="wb-finding-message">{}</p>"#,
                r#"<details class="wb-finding-source"><summary>Source</summary><p>{}</p></details></li>"#
            ),
            &[
                severity,
                finding.code.as_str(),
                severity,
                format::severity_label(finding.severity),
                &finding.message,
                finding.source,
            ],
        );
    }
    m.raw("</ul>");
    // On a phone only the first finding shows until asked, so the board stays near.
    let hidden_on_phone = findings.len() - 1;
    if hidden_on_phone > 0 {
        m.fill(
            r#"<button type="button" class="wb-more-findings" aria-expanded="{}">{}</button>"#,
            &[
                if v.expanded { "true" } else { "false" },
                &if v.expanded {
                    "Show fewer".to_string()
                } else {
                    format!("Show {hidden_on_phone} more")
                },
            ],
        );
    }
}
