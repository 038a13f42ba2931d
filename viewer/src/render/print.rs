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
    m.tag("article")
        .attr("class", "wb-print-sheet")
        .attr("data-testid", "print-sheet")
        .end();
    m.tag("header").attr("class", "wb-print-head").end();
    m.tag("h1").end().text(&title).close("h1");
    m.el("p", "wb-print-verdict", &verdict);
    m.el(
        "p",
        "wb-print-totals",
        &format!(
            "{} · {} · {} run{} — {zones}",
            format::total_distance(&total, units),
            format::minutes(total.running_minutes),
            total.runs,
            if total.runs == 1 { "" } else { "s" }
        ),
    );
    m.close("header");
    m.tag("table")
        .attr("class", "wb-print-days")
        .end()
        .tag("tbody")
        .end();
    for day in plan.settings.week_start.display_order() {
        let sessions = &week.days[day];
        m.tag("tr").end();
        m.tag("th").attr("scope", "row").end().text(DAY_NAMES[day]);
        if let Some(date) = plan.date_of(shown, day) {
            m.tag("br").end();
            m.el("span", "wb-print-date", &date.day_month());
        }
        m.close("th").tag("td").end();
        if sessions.is_empty() {
            m.el("span", "wb-print-none", "—");
        }
        for (i, session) in sessions.iter().enumerate() {
            m.tag("div").attr("class", "wb-print-session").end();
            m.tag("strong").end();
            if sessions.len() == 2 {
                m.text(if i == 0 { "AM · " } else { "PM · " });
            }
            m.text(session.display_title()).close("strong");
            m.text(&print_facts(session, units));
            if let Some(workout) = session.workout.as_deref().filter(|w| !w.trim().is_empty()) {
                m.el("div", "wb-print-workout", workout);
            }
            if let Some(notes) = session.notes.as_deref().filter(|n| !n.trim().is_empty()) {
                m.el("div", "wb-print-notes", notes);
            }
            m.close("div");
        }
        m.close("td");
        m.el(
            "td",
            "wb-print-day-total",
            &format::day_totals(&days[day], units, sessions.len()),
        );
        m.close("tr");
    }
    m.close("tbody").close("table");
    if !v.marks.is_empty() {
        m.tag("section").attr("class", "wb-print-block").end();
        m.tag("h2")
            .end()
            .text(&format!("The block: {} weeks", v.marks.len()))
            .close("h2");
        m.tag("table")
            .attr("class", "wb-print-days")
            .end()
            .tag("tbody")
            .end();
        for (i, mark) in v.marks.iter().enumerate() {
            m.tag("tr");
            if i == shown {
                m.attr("class", "is-shown");
            }
            m.end();
            m.tag("th")
                .attr("scope", "row")
                .end()
                .text(&format!("Week {}", i + 1));
            if let Some(monday) = plan.monday_of(i) {
                m.tag("br").end();
                m.el("span", "wb-print-date", &monday.week_span());
            }
            m.close("th");
            let volume = match mark.metres {
                Some(metres) => format!(
                    "{} · {}",
                    format::distance(metres as u32, units),
                    format::minutes(mark.minutes as u32)
                ),
                None => format::minutes(mark.minutes as u32),
            };
            m.tag("td").end().text(&volume).close("td");
            m.tag("td").end().text(&match mark.score {
                Some(score) => format!("{score}/100 · {}", mark.verdict.label()),
                None => mark.verdict.label().to_string(),
            });
            if mark.easier {
                m.text(" · easier week");
            }
            if mark.race {
                m.text(" · race");
            }
            m.close("td").close("tr");
        }
        m.close("tbody").close("table").close("section");
    }
    if !report.findings.is_empty() {
        m.tag("section").attr("class", "wb-print-findings").end();
        m.tag("h2").end().text("What to look at").close("h2");
        m.tag("ul").end();
        for finding in &report.findings {
            m.tag("li").end().text(&finding.message).close("li");
        }
        m.close("ul").close("section");
    }
    m.close("article");
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
        format!(" — {}", parts.join(" · "))
    }
}
