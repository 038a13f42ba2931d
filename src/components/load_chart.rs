//! The shape of the week: daily load as bars, and how the minutes split into
//! easy, moderate and hard.

use crate::format::fixed;
use std::rc::Rc;
use weekboard_core::{Report, Settings, DAY_SHORT};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LoadChartProps {
    pub report: Rc<Report>,
    pub settings: Settings,
}

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
#[component]
pub fn LoadChart(props: &LoadChartProps) -> Html {
    crate::renders::note("LoadChart");
    let report = &props.report;
    let max = report.daily_load.iter().copied().max().unwrap_or(0).max(1);
    let slot = WIDTH / 7.0;
    let bars = props
        .settings
        .week_start
        .display_order()
        .into_iter()
        .enumerate()
        .map(|(i, day)| {
            let load = report.daily_load[day];
            let h = f64::from(load) / f64::from(max) * BAR_AREA;
            let x = i as f64 * slot + slot * 0.2;
            let top = TOP + BAR_AREA - h;
            let middle = fixed(x + slot * 0.3, 1);
            html! {
                <g>
                    <rect class="wb-chart-bar" x={fixed(x, 1)} y={fixed(top, 1)}
                        width={fixed(slot * 0.6, 1)} height={fixed(h, 1)} rx="3">
                        <title>{format!("{}: load {load}", DAY_SHORT[day])}</title>
                    </rect>
                    // Each bar says its value: a chart to read, not only to look at.
                    if load > 0 {
                        <text class="wb-chart-value" x={middle.clone()} y={fixed(top - 3.0, 1)}
                            text-anchor="middle">{load}</text>
                    }
                    <text class="wb-chart-label" x={middle} y={fixed(HEIGHT - 6.0, 0)}
                        text-anchor="middle">{DAY_SHORT[day]}</text>
                </g>
            }
        });
    let split = report.split;
    let total = split.total();
    let (easy, moderate, hard) = (
        percent(split.easy_minutes, total),
        percent(split.moderate_minutes, total),
        percent(split.hard_minutes, total),
    );
    let summary = format!(
        "Daily load, {}",
        props
            .settings
            .week_start
            .display_order()
            .iter()
            .map(|&d| format!("{} {}", DAY_SHORT[d], report.daily_load[d]))
            .collect::<Vec<_>>()
            .join(", ")
    );
    html! {
        <section class="wb-chart" aria-label="Shape of the week">
            <h2 class="wb-side-title">{"Shape of the week"}</h2>
            <p class="wb-hint">{"Load each day: RPE × minutes (session-RPE), the effort a day asks of you."}</p>
            <svg class="wb-load-chart" viewBox={format!("0 0 {} {}", fixed(WIDTH, 0), fixed(HEIGHT, 0))} role="img"
                aria-label={summary} data-testid="load-chart">
                {for bars}
            </svg>
            // Widths as SVG attributes, not inline styles: a host page's CSP may
            // refuse `style=""`.
            <svg class="wb-zone-bar" viewBox="0 0 100 1" preserveAspectRatio="none" role="img"
                data-testid="zone-bar"
                aria-label={format!("Time: {}% easy, {}% moderate, {}% hard", fixed(easy, 0), fixed(moderate, 0), fixed(hard, 0))}>
                <rect class="wb-zone is-easy" width={fixed(easy, 1)} height="1"></rect>
                <rect class="wb-zone is-moderate" x={fixed(easy, 1)}
                    width={fixed(moderate, 1)} height="1"></rect>
                <rect class="wb-zone is-hard" x={fixed(easy + moderate, 1)}
                    width={fixed(hard, 1)} height="1"></rect>
            </svg>
            <ul class="wb-zone-legend">
                <li><span class="wb-swatch is-easy"></span>{format!("Easy {}%", fixed(easy, 0))}</li>
                <li><span class="wb-swatch is-moderate"></span>{format!("Moderate {}%", fixed(moderate, 0))}</li>
                <li><span class="wb-swatch is-hard"></span>{format!("Hard {}%", fixed(hard, 0))}</li>
            </ul>
        </section>
    }
}
