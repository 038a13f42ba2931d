//! The shape of the week (`load_chart.rs`): daily load as bars, and how the minutes
//! split into easy, moderate and hard.

use crate::format::fixed;
use crate::markup::Markup;
use weekboard_core::{Report, Settings, DAY_SHORT};

const WIDTH: f64 = 280.0;
const HEIGHT: f64 = 132.0;
/// Room above the bars for their values.
const TOP: f64 = 16.0;
const BAR_AREA: f64 = 92.0;

fn percent(part: u32, total: u32) -> f64 {
    if total == 0 {
        0.0
    } else {
        f64::from(part) * 100.0 / f64::from(total)
    }
}

/// The chart and the zone bar.
pub fn chart(m: &mut Markup, report: &Report, settings: Settings) {
    let order = settings.week_start.display_order();
    let max = report.daily_load.iter().copied().max().unwrap_or(0).max(1);
    let slot = WIDTH / 7.0;
    let summary = format!(
        "Daily load, {}",
        order
            .iter()
            .map(|&d| format!("{} {}", DAY_SHORT[d], report.daily_load[d]))
            .collect::<Vec<_>>()
            .join(", ")
    );
    m.tag("section")
        .attr("class", "wb-chart")
        .attr("aria-label", "Shape of the week")
        .end();
    m.el("h2", "wb-side-title", "Shape of the week");
    m.el(
        "p",
        "wb-hint",
        "Load each day: RPE × minutes (session-RPE), the effort a day asks of you.",
    );
    m.tag("svg")
        .attr("class", "wb-load-chart")
        .attr(
            "viewBox",
            &format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0)),
        )
        .attr("role", "img")
        .attr("aria-label", &summary)
        .attr("data-testid", "load-chart")
        .end();
    for (i, day) in order.into_iter().enumerate() {
        let load = report.daily_load[day];
        let h = f64::from(load) / f64::from(max) * BAR_AREA;
        let x = i as f64 * slot + slot * 0.2;
        let top = TOP + BAR_AREA - h;
        let middle = fixed(x + slot * 0.3, 1);
        m.tag("g").end();
        m.tag("rect")
            .attr("class", "wb-chart-bar")
            .attr("x", &fixed(x, 1))
            .attr("y", &fixed(top, 1))
            .attr("width", &fixed(slot * 0.6, 1))
            .attr("height", &fixed(h, 1))
            .attr("rx", "3")
            .end();
        m.tag("title")
            .end()
            .text(&format!("{}: load {load}", DAY_SHORT[day]))
            .close("title")
            .close("rect");
        // Each bar says its value: a chart to read, not only to look at.
        if load > 0 {
            m.tag("text")
                .attr("class", "wb-chart-value")
                .attr("x", &middle)
                .attr("y", &fixed(top - 3.0, 1))
                .attr("text-anchor", "middle")
                .end()
                .text(&load.to_string())
                .close("text");
        }
        m.tag("text")
            .attr("class", "wb-chart-label")
            .attr("x", &middle)
            .attr("y", &fixed(HEIGHT - 6.0, 0))
            .attr("text-anchor", "middle")
            .end()
            .text(DAY_SHORT[day])
            .close("text");
        m.close("g");
    }
    m.close("svg");
    let split = report.split;
    let total = split.total();
    let (easy, moderate, hard) = (
        percent(split.easy_minutes, total),
        percent(split.moderate_minutes, total),
        percent(split.hard_minutes, total),
    );
    // Widths as SVG attributes, not inline styles: a host page's CSP may refuse
    // `style=""`.
    m.tag("svg")
        .attr("class", "wb-zone-bar")
        .attr("viewBox", "0 0 100 1")
        .attr("preserveAspectRatio", "none")
        .attr("role", "img")
        .attr("data-testid", "zone-bar")
        .attr(
            "aria-label",
            &format!(
                "Time: {}% easy, {}% moderate, {}% hard",
                fixed(easy, 0),
                fixed(moderate, 0),
                fixed(hard, 0)
            ),
        )
        .end();
    let zones = [
        ("wb-zone is-easy", 0.0, easy),
        ("wb-zone is-moderate", easy, moderate),
        ("wb-zone is-hard", easy + moderate, hard),
    ];
    for (i, (class, x, width)) in zones.into_iter().enumerate() {
        m.tag("rect").attr("class", class);
        if i > 0 {
            m.attr("x", &fixed(x, 1));
        }
        m.attr("width", &fixed(width, 1))
            .attr("height", "1")
            .end()
            .close("rect");
    }
    m.close("svg");
    m.tag("ul").attr("class", "wb-zone-legend").end();
    for (class, name, share) in [
        ("wb-swatch is-easy", "Easy", easy),
        ("wb-swatch is-moderate", "Moderate", moderate),
        ("wb-swatch is-hard", "Hard", hard),
    ] {
        m.tag("li")
            .end()
            .tag("span")
            .attr("class", class)
            .end()
            .close("span")
            .text(&format!("{name} {}%", fixed(share, 0)))
            .close("li");
    }
    m.close("ul").close("section");
}
