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
    // "Daily load, Mon 40, Tue 0, …", written as it goes: a `Vec` of the days' words
    // collected and joined cost 61 B brotli of the viewer more.
    let mut summary = String::from("Daily load");
    for &day in &order {
        summary.push_str(", ");
        summary.push_str(DAY_SHORT[day]);
        summary.push(' ');
        summary.push_str(&report.daily_load[day].to_string());
    }
    m.fill(
        concat!(
            r#"<section class="wb-chart" aria-label="Shape of the week">"#,
            r#"<h2 class="wb-side-title">Shape of the week</h2>"#,
            r#"<p class="wb-hint">Load each day: RPE × minutes (session-RPE), the effort a day asks of you.</p>"#,
            r#"<svg class="wb-load-chart" viewBox="0 0 {} {}" role="img" aria-label="{}" data-testid="load-chart">"#
        ),
        &[&fixed(WIDTH, 0), &fixed(HEIGHT, 0), &summary],
    );
    for (i, day) in order.into_iter().enumerate() {
        let load = report.daily_load[day];
        let h = f64::from(load) / f64::from(max) * BAR_AREA;
        let x = i as f64 * slot + slot * 0.2;
        let top = TOP + BAR_AREA - h;
        let middle = fixed(x + slot * 0.3, 1);
        let load_text = load.to_string();
        m.fill(
            concat!(
                r#"<g><rect class="wb-chart-bar" x="{}" y="{}" width="{}" height="{}" rx="3">"#,
                r#"<title>{}: load {}</title></rect>"#
            ),
            &[
                &fixed(x, 1),
                &fixed(top, 1),
                &fixed(slot * 0.6, 1),
                &fixed(h, 1),
                DAY_SHORT[day],
                &load_text,
            ],
        );
        // Each bar says its value: a chart to read, not only to look at.
        if load > 0 {
            m.fill(
                r#"<text class="wb-chart-value" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                &[&middle, &fixed(top - 3.0, 1), &load_text],
            );
        }
        m.fill(
            r#"<text class="wb-chart-label" x="{}" y="{}" text-anchor="middle">{}</text></g>"#,
            &[&middle, &fixed(HEIGHT - 6.0, 0), DAY_SHORT[day]],
        );
    }
    m.raw("</svg>");
    let split = report.split;
    let total = split.total();
    let (easy, moderate, hard) = (
        percent(split.easy_minutes, total),
        percent(split.moderate_minutes, total),
        percent(split.hard_minutes, total),
    );
    // Widths as SVG attributes, not inline styles: a host page's CSP may refuse
    // `style=""`.
    m.fill(
        concat!(
            r#"<svg class="wb-zone-bar" viewBox="0 0 100 1" preserveAspectRatio="none" role="img" data-testid="zone-bar""#,
            r#" aria-label="Time: {}% easy, {}% moderate, {}% hard">"#,
            r#"<rect class="wb-zone is-easy" width="{}" height="1"></rect>"#,
            r#"<rect class="wb-zone is-moderate" x="{}" width="{}" height="1"></rect>"#,
            r#"<rect class="wb-zone is-hard" x="{}" width="{}" height="1"></rect></svg>"#,
            r#"<ul class="wb-zone-legend">"#
        ),
        &[
            &fixed(easy, 0),
            &fixed(moderate, 0),
            &fixed(hard, 0),
            &fixed(easy, 1),
            &fixed(easy, 1),
            &fixed(moderate, 1),
            &fixed(easy + moderate, 1),
            &fixed(hard, 1),
        ],
    );
    for (class, name, share) in [
        ("is-easy", "Easy", easy),
        ("is-moderate", "Moderate", moderate),
        ("is-hard", "Hard", hard),
    ] {
        m.fill(
            r#"<li><span class="wb-swatch {}"></span>{} {}%</li>"#,
            &[class, name, &fixed(share, 0)],
        );
    }
    m.raw("</ul></section>");
}
