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
    // A loop, not `map(…).max()`: -56 B brotli of the viewer.
    let mut max_load = 0;
    for day in &day_totals {
        max_load = max_load.max(day.load);
    }
    let finding = v.highlight.and_then(|i| v.report.findings.get(i));
    m.raw(concat!(
        r#"<div class="wb-board-area">"#,
        r#"<div class="wb-board" id="wb-week" tabindex="-1" data-testid="board">"#,
        r#"<div class="wb-days">"#
    ));
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
        let day_number = day.to_string();
        let date_text = date.map(|d| d.to_string());
        m.fill(
            r#"<section class="{}" data-day="{}" aria-labelledby="wb-day-{}""#,
            &[&class, &day_number, &day_number],
        )
        .opt("data-date", date_text.as_deref())
        .fill(
            concat!(
                r#"><header class="wb-day-head"><h2 id="wb-day-{}" class="wb-day-name">"#,
                r#"<span class="wb-day-long">{}</span>"#,
                r#"<span class="wb-day-short" aria-hidden="true">{}</span>"#
            ),
            &[&day_number, DAY_NAMES[day], DAY_SHORT[day]],
        );
        if let (Some(date), Some(iso)) = (date, &date_text) {
            m.fill(r#" <time class="wb-day-date" datetime="{}""#, &[iso])
                .opt("aria-current", is_today.then_some("date"))
                .fill(">{}</time>", &[&date.day_month()]);
        }
        if is_today {
            m.raw(r#"<span class="wb-today">Today</span>"#);
        }
        m.raw("</h2>");
        day_head_totals(
            m,
            &day_totals[day],
            max_load,
            plan.settings.units,
            sessions.len(),
        );
        m.fill(
            r#"</header><ol class="wb-day-sessions" aria-label="{} sessions">"#,
            &[DAY_NAMES[day]],
        );
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
        m.raw("</ol>");
        if sessions.is_empty() {
            m.raw(r#"<p class="wb-day-empty">Nothing planned</p>"#);
        }
        m.raw("</section>");
    }
    m.raw("</div></div></div>");
}

/// The day's totals line and its load bar, the day's share of the heaviest day.
fn day_head_totals(m: &mut Markup, totals: &Totals, max_load: u32, units: Units, sessions: usize) {
    let load_share = if max_load == 0 {
        0.0
    } else {
        f64::from(totals.load) / f64::from(max_load) * 100.0
    };
    m.fill(
        concat!(
            r#"<p class="wb-day-totals" data-testid="day-totals">{}</p>"#,
            r#"<svg class="wb-day-load-bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true">"#,
            r#"<rect width="{}" height="1"></rect></svg>"#
        ),
        &[
            &format::day_totals(totals, units, sessions),
            &format::fixed(load_share, 0),
        ],
    );
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
            format::joined(&facts, ", ")
        ),
        None => format!(
            "{title}, {}. {}",
            format::day_name(day),
            format::joined(&facts, ", ")
        ),
    };
    let mut class = format!("wb-card wb-kind-{}", kind.json_name());
    if highlighted {
        class.push_str(" is-highlighted");
    }
    m.fill(
        concat!(
            r#"<li class="{}" data-session-id="{}" data-session-kind="{}" aria-label="{}">"#,
            r#"<span class="wb-kind-dot" aria-hidden="true"></span><span class="wb-card-body">"#
        ),
        &[&class, &session.id.0.to_string(), kind.json_name(), &label],
    );
    if let Some(order) = order {
        m.fill(
            r#"<span class="wb-card-order" data-testid="card-order">{}</span>"#,
            &[order],
        );
    }
    if session
        .title
        .as_deref()
        .is_some_and(|t| !t.trim().is_empty())
    {
        m.fill(r#"<span class="wb-card-kind">{}</span>"#, &[kind.label()]);
    }
    m.fill(
        r#"<span class="wb-card-title" title="{}">{}</span>"#,
        &[title, title],
    );
    if let Some((line, broken)) = format::workout_line(session.workout.as_deref(), units) {
        m.fill(
            r#"<span class="wb-card-workout{}" data-testid="card-workout">{}</span>"#,
            &[if broken { " is-broken" } else { "" }, &line],
        );
    }
    m.raw(r#"<span class="wb-card-facts">"#);
    for (i, fact) in facts.iter().enumerate() {
        if i > 0 {
            m.raw(" · ");
        }
        m.fill("<span>{}</span>", &[fact]);
    }
    m.raw("</span></span></li>");
}
