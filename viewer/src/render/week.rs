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
    let span = match (plan.monday_of(0), plan.monday_of(weeks - 1)) {
        (Some(first), Some(last)) => {
            format!(" · {} – {}", first.day_month(), last.plus_days(6).long())
        }
        _ => String::new(),
    };
    m.fill(
        concat!(
            r#"<section class="wb-strip" aria-label="The weeks of this plan" data-testid="week-strip">"#,
            r#"<div class="wb-strip-head"><h2 class="wb-side-title">{}</h2>"#,
            r#"<div class="wb-strip-nav" role="group" aria-label="Week on the board">"#,
            r#"<button type="button" aria-disabled="{}" data-testid="previous-week">‹ Previous</button>"#,
            r#"<button type="button" aria-disabled="{}" data-testid="next-week">Next ›</button>"#,
            r#"</div></div><ol class="wb-strip-weeks">"#
        ),
        &[
            &format!("{weeks} weeks{span}"),
            disabled(shown == 0),
            disabled(shown + 1 >= weeks),
        ],
    );
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
    m.raw("</ol></section>");
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
    // The codes joined as they come, not collected first: -41 B brotli of the viewer.
    let across = (!mark.across.is_empty()).then(|| {
        let mut codes = String::new();
        for (i, code) in mark.across.iter().enumerate() {
            if i > 0 {
                codes.push(' ');
            }
            codes.push_str(code.as_str());
        }
        codes
    });
    m.fill(
        r#"<li><button type="button" class="wb-strip-week{}""#,
        &[if is_shown { " is-shown" } else { "" }],
    )
    .opt("aria-current", is_shown.then_some("true"))
    .fill(
        r#" aria-label="{}" title="{}" data-week="{}" data-verdict="{}""#,
        &[&format::joined(&words, ", "), &format::joined(&words, " · "), &i.to_string(), verdict],
    )
    .opt("data-easier", mark.easier.then_some(""))
    .opt("data-race", mark.race.then_some(""))
    .opt("data-across", across.as_deref())
    .fill(
        concat!(
            r#"><svg class="wb-strip-bar" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true">"#,
            r#"<rect x="0" y="{}" width="10" height="{}"></rect></svg>"#,
            r#"<span class="wb-strip-label" aria-hidden="true">W{}"#
        ),
        &[
            &format::fixed(100.0 - height, 1),
            &format::fixed(height, 1),
            &(i + 1).to_string(),
        ],
    );
    if let Some(date) = date {
        m.fill(r#"<span class="wb-strip-date">{}</span>"#, &[&date]);
    }
    m.raw(r#"</span><span class="wb-strip-marks" aria-hidden="true">"#);
    if mark.easier {
        m.raw(r#"<span class="wb-strip-mark is-easier">↓</span>"#);
    }
    if mark.race {
        m.raw(r#"<span class="wb-strip-mark is-race">Race</span>"#);
    }
    if !mark.across.is_empty() {
        m.raw(r#"<span class="wb-strip-mark is-flag">!</span>"#);
    }
    m.raw("</span></button></li>");
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
    m.raw(concat!(
        r#"<section class="wb-week-bar" aria-label="This plan's week" data-testid="week-bar">"#,
        r#"<div class="wb-week-when"><h2 class="wb-week-title" data-testid="week-dates">"#
    ));
    if plan.weeks.len() > 1 {
        m.fill(
            r#"<span class="wb-week-count">Week {} of {} · </span>"#,
            &[&(v.shown + 1).to_string(), &plan.weeks.len().to_string()],
        );
    }
    match first {
        Some(first) => m.text(&first.week_span()),
        None => m.raw("One week"),
    };
    if let Some(word) = monday.and_then(|m| format::relative_week(m, v.today)) {
        m.fill(r#"<span class="wb-week-relative"> · {}</span>"#, &[word]);
    }
    m.raw(concat!(
        r#"</h2></div><dl class="wb-week-totals" data-testid="week-totals">"#,
        r#"<div><dt>Distance</dt><dd data-testid="week-distance""#
    ))
    .opt(
        "title",
        t.distance_is_estimate()
            .then_some("Runs without a distance are estimated from their minutes at your paces"),
    )
    .fill(
        concat!(
            r#">{}</dd></div>"#,
            r#"<div><dt>Time</dt><dd data-testid="week-time">{}</dd></div>"#,
            r#"<div><dt>Runs</dt><dd data-testid="week-runs">{}</dd></div>"#
        ),
        &[
            &format::total_distance(&t, units),
            &format::minutes(t.running_minutes),
            &t.runs.to_string(),
        ],
    );
    let zones = [
        ("is-easy", "Easy", t.easy_minutes),
        ("is-moderate", "Moderate", t.moderate_minutes),
        ("is-hard", "Hard", t.hard_minutes),
    ];
    for (class, name, minutes) in zones {
        m.fill(
            concat!(
                r#"<div class="wb-week-zone {}"><dt><span class="wb-swatch {}" aria-hidden="true"></span>{}</dt>"#,
                r#"<dd>{}</dd></div>"#
            ),
            &[class, class, name, &format::minutes(minutes)],
        );
    }
    if t.other_minutes > 0 {
        m.fill(
            "<div><dt>Other</dt><dd>{}</dd></div>",
            &[&format::minutes(t.other_minutes)],
        );
    }
    m.raw("</dl></section>");
}
