//! The verdict: score, "Why 52?" and the findings (`score_panel.rs`, `findings.rs`).

use crate::format;
use crate::markup::Markup;
use crate::view::Viewer;
use weekboard_core::Severity;

/// The score panel.
pub fn panel(m: &mut Markup, v: &Viewer) {
    let report = &v.report;
    let verdict = report.verdict;
    m.tag("section")
        .attr(
            "class",
            if report.score.is_some() {
                "wb-score-panel"
            } else {
                "wb-score-panel is-empty"
            },
        )
        .attr("aria-label", "Week score")
        .attr("data-testid", "score-panel")
        .attr("data-verdict", verdict.json_name())
        .end();
    m.tag("div").attr("class", "wb-score-head").end();
    let verdict_line = |m: &mut Markup| {
        m.tag("p")
            .attr("class", "wb-verdict")
            .attr("data-testid", "verdict")
            .end()
            .text(verdict.label())
            .close("p");
    };
    match report.score {
        None => {
            verdict_line(m);
            m.close("div");
        }
        Some(score) => {
            let number = score.to_string();
            m.tag("p").attr("class", "wb-score").end();
            m.tag("span")
                .attr("class", "wb-score-number")
                .attr("data-testid", "score")
                .end()
                .text(&number)
                .close("span");
            m.tag("span")
                .attr("class", "wb-score-max")
                .attr("aria-hidden", "true")
                .end()
                .text("/100")
                .close("span");
            m.close("p").tag("div").end();
            verdict_line(m);
            m.close("div").close("div");
            why(m, score, v);
        }
    }
    findings(m, v);
    m.close("section");
}

/// "Why 52?": what each rule family took off, as a short list that adds up.
fn why(m: &mut Markup, score: u8, v: &Viewer) {
    let breakdown = &v.report.breakdown;
    if breakdown.is_empty() {
        return;
    }
    m.tag("details")
        .attr("class", "wb-why")
        .attr("data-testid", "why-score")
        .end();
    m.tag("summary")
        .end()
        .text(&format!("Why {score}?"))
        .close("summary");
    m.tag("ul")
        .attr(
            "aria-label",
            &format!("What took the score from 100 to {score}"),
        )
        .end();
    for d in breakdown {
        let worst = match d.worst {
            Some(Severity::Problem) => "problem",
            Some(Severity::Caution) => "caution",
            _ => "info",
        };
        m.tag("li")
            .attr("data-family", d.family)
            .attr("data-severity", worst)
            .end();
        m.el("span", "wb-why-label", d.label);
        m.el("span", "wb-why-points", &format!("−{}", d.points));
        m.close("li");
    }
    m.close("ul");
    m.el(
        "p",
        "wb-why-total",
        &format!("100 − {} = {score}", 100 - u32::from(score)),
    );
    m.close("details");
}

/// What the score noticed. Hovering or focusing one lights its days and cards.
fn findings(m: &mut Markup, v: &Viewer) {
    let findings = &v.report.findings;
    if findings.is_empty() {
        m.el(
            "p",
            "wb-all-good",
            "Nothing to fix: this week holds together.",
        );
        return;
    }
    m.tag("ul")
        .attr(
            "class",
            if v.expanded {
                "wb-findings is-expanded"
            } else {
                "wb-findings"
            },
        )
        .attr("aria-label", "What the score noticed")
        .end();
    for finding in findings {
        let severity = format::severity_name(finding.severity);
        m.tag("li")
            .attr("class", &format!("wb-finding is-{severity}"))
            .attr("data-finding-code", finding.code.as_str())
            .attr("data-severity", severity)
            .attr("tabindex", "0")
            .end();
        m.el(
            "span",
            "wb-finding-severity",
            format::severity_label(finding.severity),
        );
        m.el("p", "wb-finding-message", &finding.message);
        // No fix button: the post's week is only looked at (`findings.rs`, read-only).
        m.tag("details").attr("class", "wb-finding-source").end();
        m.tag("summary").end().text("Source").close("summary");
        m.tag("p").end().text(finding.source).close("p");
        m.close("details").close("li");
    }
    m.close("ul");
    // On a phone only the first finding shows until asked, so the board stays near.
    let hidden_on_phone = findings.len() - 1;
    if hidden_on_phone > 0 {
        m.tag("button")
            .attr("type", "button")
            .attr("class", "wb-more-findings")
            .attr("aria-expanded", if v.expanded { "true" } else { "false" })
            .end()
            .text(&if v.expanded {
                "Show fewer".to_string()
            } else {
                format!("Show {hidden_on_phone} more")
            })
            .close("button");
    }
}
