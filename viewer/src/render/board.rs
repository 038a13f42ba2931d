//! The seven days and their cards (`board.rs`, `day_column.rs`, `card.rs`),
//! read-only: no palette, no grips, no menus.

use crate::format;
use crate::markup::Markup;
use crate::view::Viewer;
use weekboard_core::notation::Runner;
use weekboard_core::totals::Totals;
use weekboard_core::{totals, Session, Units, DAY_NAMES, DAY_SHORT};

/// The board.
pub fn board(m: &mut Markup, v: &Viewer) {
    let plan = &v.plan;
    let week = &plan.weeks[v.shown];
    let (day_totals, _) = totals::of_week(week, Runner::of(&plan.athlete));
    let max_load = day_totals.iter().map(|t| t.load).max().unwrap_or(0);
    let finding = v.highlight.and_then(|i| v.report.findings.get(i));
    m.tag("div").attr("class", "wb-board-area").end();
    m.tag("div")
        .attr("class", "wb-board")
        .attr("id", "wb-week")
        .attr("tabindex", "-1")
        .attr("data-testid", "board")
        .end();
    m.tag("div").attr("class", "wb-days").end();
    for day in plan.settings.week_start.display_order() {
        let sessions = &week.days[day];
        let date = plan.date_of(v.shown, day);
        let is_today = v.today.is_some() && date == v.today;
        let lit = |session: &Session| finding.is_some_and(|f| f.sessions.contains(&session.id));
        let mut class = String::from("wb-day");
        if finding.is_some_and(|f| f.days.contains(&day)) {
            class.push_str(" is-highlighted");
        }
        if sessions.is_empty() {
            class.push_str(" is-empty");
        }
        if is_today {
            class.push_str(" is-today");
        }
        let heading = format!("wb-day-{day}");
        let date_text = date.map(|d| d.to_string());
        m.tag("section")
            .attr("class", &class)
            .attr("data-day", &day.to_string())
            .attr("aria-labelledby", &heading)
            .opt("data-date", date_text.as_deref())
            .end();
        m.tag("header").attr("class", "wb-day-head").end();
        m.tag("h2")
            .attr("id", &heading)
            .attr("class", "wb-day-name")
            .end();
        m.el("span", "wb-day-long", DAY_NAMES[day]);
        m.tag("span")
            .attr("class", "wb-day-short")
            .attr("aria-hidden", "true")
            .end()
            .text(DAY_SHORT[day])
            .close("span");
        if let (Some(date), Some(iso)) = (date, &date_text) {
            m.text(" ")
                .tag("time")
                .attr("class", "wb-day-date")
                .attr("datetime", iso)
                .opt("aria-current", is_today.then_some("date"))
                .end()
                .text(&date.day_month())
                .close("time");
        }
        if is_today {
            m.el("span", "wb-today", "Today");
        }
        m.close("h2");
        day_head_totals(
            m,
            &day_totals[day],
            max_load,
            plan.settings.units,
            sessions.len(),
        );
        m.close("header");
        m.tag("ol")
            .attr("class", "wb-day-sessions")
            .attr("aria-label", &format!("{} sessions", DAY_NAMES[day]))
            .end();
        for (i, session) in sessions.iter().enumerate() {
            card(
                m,
                session,
                day,
                plan.settings.units,
                lit(session),
                format::order_in_day(i, sessions.len()),
            );
        }
        m.close("ol");
        if sessions.is_empty() {
            m.el("p", "wb-day-empty", "Nothing planned");
        }
        m.close("section");
    }
    m.close("div").close("div").close("div");
}

/// The day's totals line and its load bar, the day's share of the heaviest day.
fn day_head_totals(m: &mut Markup, totals: &Totals, max_load: u32, units: Units, sessions: usize) {
    let load_share = if max_load == 0 {
        0.0
    } else {
        f64::from(totals.load) / f64::from(max_load) * 100.0
    };
    m.tag("p")
        .attr("class", "wb-day-totals")
        .attr("data-testid", "day-totals")
        .end()
        .text(&format::day_totals(totals, units, sessions))
        .close("p");
    m.tag("svg")
        .attr("class", "wb-day-load-bar")
        .attr("viewBox", "0 0 100 1")
        .attr("preserveAspectRatio", "none")
        .attr("aria-hidden", "true")
        .end()
        .tag("rect")
        .attr("width", &format::fixed(load_share, 0))
        .attr("height", "1")
        .end()
        .close("rect")
        .close("svg");
}

/// A session card.
fn card(
    m: &mut Markup,
    session: &Session,
    day: usize,
    units: Units,
    highlighted: bool,
    order: Option<&str>,
) {
    let kind = session.kind;
    let title = session.display_title();
    let mut facts = Vec::with_capacity(3);
    if session.minutes > 0 {
        facts.push(format::minutes(u32::from(session.minutes)));
    }
    if let Some(metres) = session.distance_m {
        facts.push(format::distance(metres, units));
    }
    if kind.is_running() || session.rpe.is_some() {
        facts.push(format!("RPE {}", session.effective_rpe()));
    }
    let label = match order {
        Some(order) => format!(
            "{title}, {} {order}. {}",
            format::day_name(day),
            facts.join(", ")
        ),
        None => format!("{title}, {}. {}", format::day_name(day), facts.join(", ")),
    };
    let mut class = format!("wb-card wb-kind-{}", kind.json_name());
    if highlighted {
        class.push_str(" is-highlighted");
    }
    m.tag("li")
        .attr("class", &class)
        .attr("data-session-id", &session.id.0.to_string())
        .attr("data-session-kind", kind.json_name())
        .attr("aria-label", &label)
        .end();
    m.tag("span")
        .attr("class", "wb-kind-dot")
        .attr("aria-hidden", "true")
        .end()
        .close("span");
    m.tag("span").attr("class", "wb-card-body").end();
    if let Some(order) = order {
        m.tag("span")
            .attr("class", "wb-card-order")
            .attr("data-testid", "card-order")
            .end()
            .text(order)
            .close("span");
    }
    if session
        .title
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty())
    {
        m.el("span", "wb-card-kind", kind.label());
    }
    m.tag("span")
        .attr("class", "wb-card-title")
        .attr("title", title)
        .end()
        .text(title)
        .close("span");
    if let Some((line, broken)) = format::workout_line(session.workout.as_deref(), units) {
        m.tag("span")
            .attr(
                "class",
                if broken {
                    "wb-card-workout is-broken"
                } else {
                    "wb-card-workout"
                },
            )
            .attr("data-testid", "card-workout")
            .end()
            .text(&line)
            .close("span");
    }
    m.tag("span").attr("class", "wb-card-facts").end();
    for (i, fact) in facts.iter().enumerate() {
        if i > 0 {
            m.text(" · ");
        }
        m.tag("span").end().text(fact).close("span");
    }
    m.close("span").close("span").close("li");
}
