//! One day of the week: its header with the date and what the day adds up to, and
//! its session cards.

use super::card::{Card, CardLook};
use crate::format;
use crate::state::Full;
use std::rc::Rc;
use weekboard_core::date::Date;
use weekboard_core::plan::BOUNDS;
use weekboard_core::totals::Totals;
use weekboard_core::{DayIndex, Session, Settings, DAY_NAMES, DAY_SHORT};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayColumnProps {
    pub day: DayIndex,
    /// The day's sessions, in order, each with how its card shows now.
    pub cards: Rc<Vec<(Session, CardLook)>>,
    pub settings: Settings,
    /// What the day adds up to.
    pub totals: Totals,
    /// Session-RPE load of the heaviest day, to scale the day's bar.
    pub max_load: u32,
    /// The day's date, when the plan is dated.
    #[prop_or_default]
    pub date: Option<Date>,
    #[prop_or_default]
    pub is_today: bool,
    /// Where the drop marker sits, as an index into the cards as drawn.
    pub drop_at: Option<usize>,
    /// A drag aims here, but the day (or the week) is full.
    #[prop_or_default]
    pub full: Option<Full>,
    /// Lit by a focused finding.
    #[prop_or_default]
    pub highlighted: bool,
    #[prop_or_default]
    pub readonly: bool,
}

/// A day column. `data-day` is the storage index (0 = Monday) whatever the display order.
#[component]
pub fn DayColumn(props: &DayColumnProps) -> Html {
    crate::renders::note("DayColumn");
    let day = props.day;
    let cards = &props.cards;
    let classes = classes!(
        "wb-day",
        props.highlighted.then_some("is-highlighted"),
        props.drop_at.is_some().then_some("is-target"),
        (props.drop_at == Some(cards.len())).then_some("wb-drop-end"),
        cards.is_empty().then_some("is-empty"),
        props.full.is_some().then_some("is-full"),
    );
    let full_cue = props.full.map(|full| match full {
        Full::Day(_) => format!("Full — {} sessions a day at most", BOUNDS.sessions_per_day),
        Full::Week => format!(
            "The week is full — {} sessions at most",
            BOUNDS.sessions_per_week
        ),
    });
    let totals = &props.totals;
    let load_share = if props.max_load == 0 {
        0.0
    } else {
        f64::from(totals.load) / f64::from(props.max_load) * 100.0
    };
    let heading_id = format!("wb-day-{day}");
    let line = format::day_totals(totals, props.settings.units, cards.len());
    html! {
        <section class={classes!(classes, props.is_today.then_some("is-today"))}
            data-day={day.to_string()} aria-labelledby={heading_id.clone()}
            data-date={props.date.map(|d| d.to_string())}>
            <header class="wb-day-head">
                <h2 id={heading_id} class="wb-day-name">
                    <span class="wb-day-long">{DAY_NAMES[day]}</span>
                    <span class="wb-day-short" aria-hidden="true">{DAY_SHORT[day]}</span>
                    if let Some(date) = props.date {
                        {" "}
                        <time class="wb-day-date" datetime={date.to_string()}
                            aria-current={props.is_today.then_some("date")}>{date.day_month()}</time>
                    }
                    if props.is_today {
                        <span class="wb-today">{"Today"}</span>
                    }
                </h2>
                <p class="wb-day-totals" data-testid="day-totals">{line}</p>
                // The bar is the day's share of the week's heaviest day, by session-RPE
                // load; the chart beside the board gives the numbers.
                <svg class="wb-day-load-bar" viewBox="0 0 100 1" preserveAspectRatio="none"
                    aria-hidden="true">
                    <rect width={format::fixed(load_share, 0)} height="1"></rect>
                </svg>
            </header>
            if let Some(cue) = full_cue {
                // Sticks to the top of the window while the day scrolls past, and
                // takes no room: the cards under the pointer don't move.
                <p class="wb-day-full" data-testid="day-full" aria-hidden="true">
                    <span>{cue}</span>
                </p>
            }
            <ol class="wb-day-sessions" aria-label={format!("{} sessions", DAY_NAMES[day])}>
                for (session, look) in cards.iter() {
                    <Card
                        key={session.id.0}
                        session={session.clone()}
                        day={day}
                        settings={props.settings}
                        look={*look}
                        readonly={props.readonly}
                    />
                }
            </ol>
            if cards.is_empty() {
                <p class="wb-day-empty">{"Nothing planned"}</p>
            }
        </section>
    }
}
