//! The block at a glance and the week on the board (`week_strip.rs`, `week_bar.rs`),
//! read-only: the way to another week, and what this one adds up to.

use crate::format;
use crate::markup::Markup;
use crate::view::Viewer;
use weekboard_core::notation::Runner;
use weekboard_core::score::WeekMark;
use weekboard_core::totals;

fn disabled(flag: bool) -> &'static str {
    if flag {
        "true"
    } else {
        "false"
    }
}

/// The strip of the block's weeks (a plan of more than one).
pub fn strip(m: &mut Markup, v: &Viewer) {
    let plan = &v.plan;
    let weeks = plan.weeks.len();
    let shown = v.shown;
    let units = plan.settings.units;
    let marks = &v.marks;
    let (by_distance, top) = format::strip_scale(marks);
    let volume = |m: &WeekMark| format::strip_volume(m, by_distance);
    m.tag("section")
        .attr("class", "wb-strip")
        .attr("aria-label", "The weeks of this plan")
        .attr("data-testid", "week-strip")
        .end();
    m.tag("div").attr("class", "wb-strip-head").end();
    let span = match (plan.monday_of(0), plan.monday_of(weeks - 1)) {
        (Some(first), Some(last)) => {
            format!(" · {} – {}", first.day_month(), last.plus_days(6).long())
        }
        _ => String::new(),
    };
    m.el("h2", "wb-side-title", &format!("{weeks} weeks{span}"));
    m.tag("div")
        .attr("class", "wb-strip-nav")
        .attr("role", "group")
        .attr("aria-label", "Week on the board")
        .end();
    m.tag("button")
        .attr("type", "button")
        .attr("aria-disabled", disabled(shown == 0))
        .attr("data-testid", "previous-week")
        .end()
        .text("‹ Previous")
        .close("button");
    m.tag("button")
        .attr("type", "button")
        .attr("aria-disabled", disabled(shown + 1 >= weeks))
        .attr("data-testid", "next-week")
        .end()
        .text("Next ›")
        .close("button");
    m.close("div").close("div");
    m.tag("ol").attr("class", "wb-strip-weeks").end();
    for (i, mark) in marks.iter().enumerate() {
        bar_of_week(
            m,
            v,
            i,
            mark,
            volume(mark) as f64 / top as f64 * 100.0,
            by_distance,
            units,
        );
    }
    m.close("ol").close("section");
}

fn bar_of_week(
    m: &mut Markup,
    v: &Viewer,
    i: usize,
    mark: &WeekMark,
    height: f64,
    by_distance: bool,
    units: weekboard_core::Units,
) {
    let plan = &v.plan;
    let amount = if by_distance {
        format::distance(mark.metres.unwrap_or(0) as u32, units)
    } else {
        format::minutes(mark.minutes as u32)
    };
    let date = plan.monday_of(i).map(|d| d.day_month());
    let words = format::week_mark_words(plan, i, mark, &amount);
    let verdict = mark.verdict.json_name();
    let is_shown = i == v.shown;
    let across = (!mark.across.is_empty()).then(|| {
        mark.across
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    });
    m.tag("li").end();
    m.tag("button")
        .attr("type", "button")
        .attr(
            "class",
            if is_shown {
                "wb-strip-week is-shown"
            } else {
                "wb-strip-week"
            },
        )
        .opt("aria-current", is_shown.then_some("true"))
        .attr("aria-label", &words.join(", "))
        .attr("title", &words.join(" · "))
        .attr("data-week", &i.to_string())
        .attr("data-verdict", verdict)
        .opt("data-easier", mark.easier.then_some(""))
        .opt("data-race", mark.race.then_some(""))
        .opt("data-across", across.as_deref())
        .end();
    m.tag("svg")
        .attr("class", "wb-strip-bar")
        .attr("viewBox", "0 0 10 100")
        .attr("preserveAspectRatio", "none")
        .attr("aria-hidden", "true")
        .end();
    m.tag("rect")
        .attr("x", "0")
        .attr("y", &format::fixed(100.0 - height, 1))
        .attr("width", "10")
        .attr("height", &format::fixed(height, 1))
        .end()
        .close("rect")
        .close("svg");
    m.tag("span")
        .attr("class", "wb-strip-label")
        .attr("aria-hidden", "true")
        .end()
        .text(&format!("W{}", i + 1));
    if let Some(date) = date {
        m.el("span", "wb-strip-date", &date);
    }
    m.close("span");
    m.tag("span")
        .attr("class", "wb-strip-marks")
        .attr("aria-hidden", "true")
        .end();
    if mark.easier {
        m.el("span", "wb-strip-mark is-easier", "↓");
    }
    if mark.race {
        m.el("span", "wb-strip-mark is-race", "Race");
    }
    if !mark.across.is_empty() {
        m.el("span", "wb-strip-mark is-flag", "!");
    }
    m.close("span").close("button").close("li");
}

/// The week bar: the week's dates and what it adds up to.
pub fn bar(m: &mut Markup, v: &Viewer) {
    let plan = &v.plan;
    let week = &plan.weeks[v.shown];
    let units = plan.settings.units;
    let (_, t) = totals::of_week(week, Runner::of(&plan.athlete));
    let monday = plan.monday_of(v.shown);
    // The first column's date: a Sunday-first week starts the day before its Monday.
    let first_day = plan.settings.week_start.display_order()[0];
    let first = plan.date_of(v.shown, first_day);
    m.tag("section")
        .attr("class", "wb-week-bar")
        .attr("aria-label", "This plan's week")
        .attr("data-testid", "week-bar")
        .end();
    m.tag("div").attr("class", "wb-week-when").end();
    m.tag("h2")
        .attr("class", "wb-week-title")
        .attr("data-testid", "week-dates")
        .end();
    if plan.weeks.len() > 1 {
        m.el(
            "span",
            "wb-week-count",
            &format!("Week {} of {} · ", v.shown + 1, plan.weeks.len()),
        );
    }
    match first {
        Some(first) => m.text(&first.week_span()),
        None => m.text("One week"),
    };
    if let Some(word) = monday.and_then(|m| format::relative_week(m, v.today)) {
        m.el("span", "wb-week-relative", &format!(" · {word}"));
    }
    m.close("h2").close("div");
    m.tag("dl")
        .attr("class", "wb-week-totals")
        .attr("data-testid", "week-totals")
        .end();
    m.tag("div")
        .end()
        .tag("dt")
        .end()
        .text("Distance")
        .close("dt");
    m.tag("dd")
        .attr("data-testid", "week-distance")
        .opt(
            "title",
            t.distance_is_estimate().then_some(
                "Runs without a distance are estimated from their minutes at your paces",
            ),
        )
        .end()
        .text(&format::total_distance(&t, units))
        .close("dd")
        .close("div");
    let plain = [
        ("Time", "week-time", format::minutes(t.running_minutes)),
        ("Runs", "week-runs", t.runs.to_string()),
    ];
    for (name, id, value) in plain {
        m.tag("div").end().tag("dt").end().text(name).close("dt");
        m.tag("dd")
            .attr("data-testid", id)
            .end()
            .text(&value)
            .close("dd")
            .close("div");
    }
    let zones = [
        ("is-easy", "Easy", t.easy_minutes),
        ("is-moderate", "Moderate", t.moderate_minutes),
        ("is-hard", "Hard", t.hard_minutes),
    ];
    for (class, name, minutes) in zones {
        m.tag("div")
            .attr("class", &format!("wb-week-zone {class}"))
            .end()
            .tag("dt")
            .end();
        m.tag("span")
            .attr("class", &format!("wb-swatch {class}"))
            .attr("aria-hidden", "true")
            .end()
            .close("span")
            .text(name)
            .close("dt");
        m.tag("dd")
            .end()
            .text(&format::minutes(minutes))
            .close("dd")
            .close("div");
    }
    if t.other_minutes > 0 {
        m.tag("div").end().tag("dt").end().text("Other").close("dt");
        m.tag("dd")
            .end()
            .text(&format::minutes(t.other_minutes))
            .close("dd")
            .close("div");
    }
    m.close("dl").close("section");
}
