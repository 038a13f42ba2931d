//! The sheet for the fridge: what printing the planner gives. Dates, each session's
//! title, workout text and notes, the totals, the verdict and the findings, and no
//! controls. Hidden on screen (`display: none`, so it costs no layout), shown alone
//! in print.
//!
//! It follows the week a moment after each change, not in the change's own frame:
//! re-rendering a hidden second copy of the week was 13 of a drop's 94 DOM
//! mutations, and its script with them (a knock-out build). Printing catches it up
//! first.

use crate::format;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use weekboard_core::notation::Runner;
use weekboard_core::score::WeekMark;
use weekboard_core::{totals, Plan, Report, DAY_NAMES};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PrintSheetProps {
    pub plan: Rc<Plan>,
    pub shown: usize,
    pub report: Rc<Report>,
    /// The block's weeks at a glance; empty for a one-week plan.
    pub marks: Rc<Vec<WeekMark>>,
}

/// How long after a change the sheet follows it: past the change's frame, and
/// long before anyone reaches for Print.
const FOLLOW_MS: u32 = 150;

/// The print sheet, a moment behind the board.
#[component]
pub fn PrintSheet(props: &PrintSheetProps) -> Html {
    crate::renders::note("PrintSheet");
    let drawn = use_state(|| props.clone());
    let latest = use_mut_ref(|| props.clone());
    *latest.borrow_mut() = props.clone();
    {
        let drawn = drawn.clone();
        use_effect_with(props.clone(), move |props| {
            let props = props.clone();
            let follow = Timeout::new(FOLLOW_MS, move || drawn.set(props));
            move || drop(follow)
        });
    }
    {
        // Printing within the moment (Ctrl+P right after a drop) prints this week.
        let drawn = drawn.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "beforeprint", move |_| {
                drawn.set(latest.borrow().clone())
            });
            move || drop(listener)
        });
    }
    html! { <Sheet ..(*drawn).clone() /> }
}

/// The sheet itself.
#[component]
fn Sheet(props: &PrintSheetProps) -> Html {
    crate::renders::note("PrintSheet drawn");
    let plan = &props.plan;
    let shown = props.shown.min(plan.weeks.len() - 1);
    let week = &plan.weeks[shown];
    let report = &props.report;
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
    html! {
        <article class="wb-print-sheet" data-testid="print-sheet">
            <header class="wb-print-head">
                <h1>{title}</h1>
                <p class="wb-print-verdict">{verdict}</p>
                <p class="wb-print-totals">
                    {format!("{} · {} · {} run{} — {zones}",
                        format::total_distance(&total, units),
                        format::minutes(total.running_minutes),
                        total.runs,
                        if total.runs == 1 { "" } else { "s" })}
                </p>
            </header>
            <table class="wb-print-days">
                <tbody>
                    for day in plan.settings.week_start.display_order() {
                        <tr>
                            <th scope="row">
                                {DAY_NAMES[day]}
                                if let Some(date) = plan.date_of(shown, day) {
                                    <br /><span class="wb-print-date">{date.day_month()}</span>
                                }
                            </th>
                            <td>
                                if week.days[day].is_empty() {
                                    <span class="wb-print-none">{"—"}</span>
                                }
                                for (i, session) in week.days[day].iter().enumerate() {
                                    <div class="wb-print-session">
                                        <strong>
                                            if week.days[day].len() == 2 {
                                                {if i == 0 { "AM · " } else { "PM · " }}
                                            }
                                            {session.display_title()}
                                        </strong>
                                        {print_facts(session, units)}
                                        if let Some(workout) = session.workout.as_deref().filter(|w| !w.trim().is_empty()) {
                                            <div class="wb-print-workout">{workout}</div>
                                        }
                                        if let Some(notes) = session.notes.as_deref().filter(|n| !n.trim().is_empty()) {
                                            <div class="wb-print-notes">{notes}</div>
                                        }
                                    </div>
                                }
                            </td>
                            <td class="wb-print-day-total">
                                {format::day_totals(&days[day], units, week.days[day].len())}
                            </td>
                        </tr>
                    }
                </tbody>
            </table>
            if !props.marks.is_empty() {
                <section class="wb-print-block">
                    <h2>{format!("The block: {} weeks", props.marks.len())}</h2>
                    <table class="wb-print-days">
                        <tbody>
                            for (i, mark) in props.marks.iter().enumerate() {
                                <tr class={classes!((i == shown).then_some("is-shown"))}>
                                    <th scope="row">
                                        {format!("Week {}", i + 1)}
                                        if let Some(monday) = plan.monday_of(i) {
                                            <br /><span class="wb-print-date">{monday.week_span()}</span>
                                        }
                                    </th>
                                    <td>{match mark.metres {
                                        Some(m) => format!("{} · {}", format::distance(m as u32, units), format::minutes(mark.minutes as u32)),
                                        None => format::minutes(mark.minutes as u32),
                                    }}</td>
                                    <td>
                                        {match mark.score {
                                            Some(score) => format!("{score}/100 · {}", mark.verdict.label()),
                                            None => mark.verdict.label().to_string(),
                                        }}
                                        if mark.easier { {" · easier week"} }
                                        if mark.race { {" · race"} }
                                    </td>
                                </tr>
                            }
                        </tbody>
                    </table>
                </section>
            }
            if !report.findings.is_empty() {
                <section class="wb-print-findings">
                    <h2>{"What to look at"}</h2>
                    <ul>
                        for finding in &report.findings {
                            <li>{finding.message.clone()}</li>
                        }
                    </ul>
                </section>
            }
        </article>
    }
}

/// " — Tempo · 50 min · 10 km · RPE 6": what the card's kind and numbers say.
fn print_facts(session: &weekboard_core::Session, units: weekboard_core::Units) -> String {
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
