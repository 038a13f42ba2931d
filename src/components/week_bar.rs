//! The week on the board: its dates, what it adds up to, and the controls that move
//! the plan to another week or start a fresh one.

use crate::format;
use crate::planning::use_planning;
use crate::state::{Action, By, Command};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use weekboard_core::date::Date;
use weekboard_core::notation::Runner;
use weekboard_core::{totals, Plan};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WeekBarProps {
    pub plan: Rc<Plan>,
    pub shown: usize,
    /// Today, for "this week" and "next week".
    #[prop_or_default]
    pub today: Option<Date>,
    #[prop_or_default]
    pub readonly: bool,
}

/// The week bar.
#[component]
pub fn WeekBar(props: &WeekBarProps) -> Html {
    crate::renders::note("WeekBar");
    let planning = use_planning();
    let plan = &props.plan;
    let week = &plan.weeks[props.shown.min(plan.weeks.len() - 1)];
    let units = plan.settings.units;
    let (_, t) = totals::of_week(week, Runner::of(&plan.athlete));
    let monday = plan.monday_of(props.shown);
    // The first column's date: a Sunday-first week starts the day before its Monday.
    let first_day = plan.settings.week_start.display_order()[0];
    let first = plan.date_of(props.shown, first_day);
    // The whole block moves, so the week on the board lands where asked.
    let weeks_before = -7 * props.shown as i32;
    let move_by = |monday: Date, weeks: i32| {
        planning.callback(move |_: MouseEvent| {
            let start = monday.plus_days(7 * weeks + weeks_before);
            Action::Do(Command::SetStart(start), By::Focus)
        })
    };
    let on_pick = {
        let planning = planning.clone();
        Callback::from(move |e: Event| {
            let input = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            // A cleared or half-typed date picks nothing.
            if let Some(date) = input.and_then(|i| Date::parse(&i.value())) {
                let start = date.monday().plus_days(weeks_before);
                planning.send(Action::Do(Command::SetStart(start), By::Focus));
            }
        })
    };
    let on_new = planning.callback(|_: MouseEvent| Action::Do(Command::NewWeek, By::Focus));
    let week_of = first.map(|d| d.week_span());
    let time = format::minutes(t.running_minutes);
    let zones = [
        ("is-easy", "Easy", t.easy_minutes),
        ("is-moderate", "Moderate", t.moderate_minutes),
        ("is-hard", "Hard", t.hard_minutes),
    ];
    html! {
        <section class="wb-week-bar" aria-label="This plan's week" data-testid="week-bar">
            <div class="wb-week-when">
                <h2 class="wb-week-title" data-testid="week-dates">
                    if plan.weeks.len() > 1 {
                        <span class="wb-week-count">{format!("Week {} of {} · ", props.shown + 1, plan.weeks.len())}</span>
                    }
                    {match &week_of {
                        Some(span) => span.clone(),
                        None => "One week".to_string(),
                    }}
                    if let Some(word) = monday.and_then(|m| format::relative_week(m, props.today)) {
                        <span class="wb-week-relative">{format!(" · {word}")}</span>
                    }
                </h2>
                if let (false, Some(monday)) = (props.readonly, monday) {
                    <div class="wb-week-moves" role="group" aria-label="Move the plan to another week">
                        <button type="button" class="wb-week-step" onclick={move_by(monday, -1)}
                            aria-label="A week earlier" data-testid="week-earlier">{"‹"}</button>
                        <label class="wb-week-pick">
                            <span class="wb-visually-hidden">{"Week starting Monday"}</span>
                            <input type="date" value={monday.to_string()}
                                onchange={on_pick} data-testid="week-start" />
                        </label>
                        <button type="button" class="wb-week-step" onclick={move_by(monday, 1)}
                            aria-label="A week later" data-testid="week-later">{"›"}</button>
                    </div>
                }
                if !props.readonly {
                    <button type="button" class="wb-new-week" onclick={on_new}
                        data-testid="new-week">{"New week"}</button>
                }
            </div>
            <dl class="wb-week-totals" data-testid="week-totals">
                <div>
                    <dt>{"Distance"}</dt>
                    <dd data-testid="week-distance"
                        title={t.distance_is_estimate().then_some("Runs without a distance are estimated from their minutes at your paces")}>
                        {format::total_distance(&t, units)}
                    </dd>
                </div>
                <div><dt>{"Time"}</dt><dd data-testid="week-time">{time}</dd></div>
                <div><dt>{"Runs"}</dt><dd data-testid="week-runs">{t.runs}</dd></div>
                for (class, name, minutes) in zones {
                    <div class={classes!("wb-week-zone", class)}>
                        <dt><span class={classes!("wb-swatch", class)} aria-hidden="true"></span>{name}</dt>
                        <dd>{format::minutes(minutes)}</dd>
                    </div>
                }
                if t.other_minutes > 0 {
                    <div><dt>{"Other"}</dt><dd>{format::minutes(t.other_minutes)}</dd></div>
                }
            </dl>
        </section>
    }
}
