//! The sheet for the fridge (`print_sheet.rs`): hidden on screen, shown alone in
//! print. Dates, each session's title, workout text and notes, the totals, the
//! verdict and the findings.

use crate::format;
use crate::markup::Markup;
use crate::view::Viewer;
use weekboard_core::notation::Runner;
use weekboard_core::{totals, Session, Units, DAY_NAMES};

/// The print sheet.
pub fn sheet(m: &mut Markup, v: &Viewer) {
    let plan = &v.plan;
    let shown = v.shown;
    let week = &plan.weeks[shown];
    let report = &v.report;
    let units = plan.settings.units;
    let (days, total) = totals::of_week(week, Runner::of(&plan.athlete));
    let first_day = plan.settings.week_start.display_order()[0];
    let title = match plan.date_of(shown, first_day) {
        Some(first) => format!("Training week {}", first.week_span()),
        None => "Training week".to_string(),
    };
    let verdict = match report.score {
        Some(score) => format!("{score}/100 · {}", report.verdict.label()),
        None => report.verdict.label().to_string(),
    };
    let zones = format!(
        "easy {} · moderate {} · hard {}",
        format::minutes(total.easy_minutes),
        format::minutes(total.moderate_minutes),
        format::minutes(total.hard_minutes)
    );
    m.fill(
        concat!(
            r#"<article class="wb-print-sheet" data-testid="print-sheet"><header class="wb-print-head">"#,
            r#"<h1>{}</h1><p class="wb-print-verdict">{}</p><p class="wb-print-totals">{}</p></header>"#,
            r#"<table class="wb-print-days"><tbody>"#
        ),
        &[
            &title,
            &verdict,
            &format!(
                "{} · {} · {} run{} — {zones}",
                format::total_distance(&total, units),
                format::minutes(total.running_minutes),
                total.runs,
                if total.runs == 1 { "" } else { "s" }
            ),
        ],
    );
    for day in plan.settings.week_start.display_order() {
        let sessions = &week.days[day];
        m.fill(r#"<tr><th scope="row">{}"#, &[DAY_NAMES[day]]);
        if let Some(date) = plan.date_of(shown, day) {
            m.fill(
                r#"<br><span class="wb-print-date">{}</span>"#,
                &[&date.day_month()],
            );
        }
        m.raw("</th><td>");
        if sessions.is_empty() {
            m.raw(r#"<span class="wb-print-none">—</span>"#);
        }
        for (i, session) in sessions.iter().enumerate() {
            let order = match (sessions.len(), i) {
                (2, 0) => "AM · ",
                (2, _) => "PM · ",
                _ => "",
            };
            m.fill(
                r#"<div class="wb-print-session"><strong>{}{}</strong>{}"#,
                &[order, session.display_title(), &print_facts(session, units)],
            );
            if let Some(workout) = session.workout.as_deref().filter(|w| !w.trim().is_empty()) {
                m.fill(r#"<div class="wb-print-workout">{}</div>"#, &[workout]);
            }
            if let Some(notes) = session.notes.as_deref().filter(|n| !n.trim().is_empty()) {
                m.fill(r#"<div class="wb-print-notes">{}</div>"#, &[notes]);
            }
            m.raw("</div>");
        }
        m.fill(
            r#"</td><td class="wb-print-day-total">{}</td></tr>"#,
            &[&format::day_totals(&days[day], units, sessions.len())],
        );
    }
    m.raw("</tbody></table>");
    if !v.marks.is_empty() {
        m.fill(
            r#"<section class="wb-print-block"><h2>The block: {} weeks</h2><table class="wb-print-days"><tbody>"#,
            &[&v.marks.len().to_string()],
        );
        for (i, mark) in v.marks.iter().enumerate() {
            m.raw("<tr")
                .opt("class", (i == shown).then_some("is-shown"))
                .fill(r#"><th scope="row">Week {}"#, &[&(i + 1).to_string()]);
            if let Some(monday) = plan.monday_of(i) {
                m.fill(
                    r#"<br><span class="wb-print-date">{}</span>"#,
                    &[&monday.week_span()],
                );
            }
            let volume = match mark.metres {
                Some(metres) => format!(
                    "{} · {}",
                    format::distance(metres as u32, units),
                    format::minutes(mark.minutes as u32)
                ),
                None => format::minutes(mark.minutes as u32),
            };
            let verdict = match mark.score {
                Some(score) => format!("{score}/100 · {}", mark.verdict.label()),
                None => mark.verdict.label().to_string(),
            };
            m.fill(
                "</th><td>{}</td><td>{}{}{}</td></tr>",
                &[
                    &volume,
                    &verdict,
                    if mark.easier { " · easier week" } else { "" },
                    if mark.race { " · race" } else { "" },
                ],
            );
        }
        m.raw("</tbody></table></section>");
    }
    if !report.findings.is_empty() {
        m.raw(r#"<section class="wb-print-findings"><h2>What to look at</h2><ul>"#);
        for finding in &report.findings {
            m.fill("<li>{}</li>", &[&finding.message]);
        }
        m.raw("</ul></section>");
    }
    m.raw("</article>");
}

/// " — Tempo · 50 min · 10 km · RPE 6": what the card's kind and numbers say.
fn print_facts(session: &Session, units: Units) -> String {
    let mut parts = Vec::new();
    if session
        .title
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty())
    {
        parts.push(session.kind.label().to_string());
    }
    if session.minutes > 0 {
        parts.push(format::minutes(u32::from(session.minutes)));
    }
    if let Some(m) = session.distance_m {
        parts.push(format::distance(m, units));
    }
    if session.kind.is_running() {
        parts.push(format!("RPE {}", session.effective_rpe()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" — {}", format::joined(&parts, " · "))
    }
}
