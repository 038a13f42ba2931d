//! The block at a glance: every week as a small bar (its volume, the verdict's
//! colour, an easier week or a race marked, a flag for an across-week finding), the
//! way to another week, and the controls that add, duplicate, move and delete weeks.
//!
//! Controls that can't act now stay focusable with `aria-disabled` and do nothing:
//! a disabled button would drop keyboard focus to the page. A plan of one week has
//! no week to move or delete, and shows only Duplicate and Add.

use crate::format;
use crate::planning::use_planning;
use crate::state::{Action, By, Command};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use weekboard_core::plan::BOUNDS;
use weekboard_core::score::WeekMark;
use weekboard_core::Plan;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WeekStripProps {
    pub plan: Rc<Plan>,
    pub shown: usize,
    /// The block's weeks at a glance; empty for a one-week plan.
    pub marks: Rc<Vec<WeekMark>>,
    #[prop_or_default]
    pub readonly: bool,
}

/// The strip.
#[component]
pub fn WeekStrip(props: &WeekStripProps) -> Html {
    crate::renders::note("WeekStrip");
    let planning = use_planning();
    let plan = &props.plan;
    let weeks = plan.weeks.len();
    let shown = props.shown.min(weeks - 1);
    let units = plan.settings.units;
    let marks = &props.marks;
    let (by_distance, top) = format::strip_scale(marks);
    let volume = |m: &WeekMark| format::strip_volume(m, by_distance);
    // A plan of one week shows only what can act (no Move or Delete). Deleting down
    // to one week removes the Delete that had focus: Duplicate takes it.
    let duplicate = use_node_ref();
    let weeks_before = use_mut_ref(|| weeks);
    {
        let duplicate = duplicate.clone();
        use_effect_with(weeks, move |&weeks| {
            let down_to_one = weeks == 1 && *weeks_before.borrow() > 1;
            *weeks_before.borrow_mut() = weeks;
            let Some(button) = duplicate
                .cast::<web_sys::HtmlElement>()
                .filter(|_| down_to_one)
            else {
                return;
            };
            // Embedded, focus is the shadow root's to say.
            let active = match button.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
                Ok(shadow) => shadow.active_element(),
                Err(_) => gloo::utils::document().active_element(),
            };
            if active.is_none_or(|el| el.tag_name().eq_ignore_ascii_case("body")) {
                let _ = button.focus();
            }
        });
    }
    let command = |enabled: bool, command: Command| match enabled {
        true => planning.callback(move |_: MouseEvent| Action::Do(command.clone(), By::Focus)),
        false => Callback::noop(),
    };
    let show = |week: usize| planning.callback(move |_: MouseEvent| Action::ShowWeek(week));
    let can_grow = weeks < BOUNDS.weeks;
    let bars = marks.iter().enumerate().map(|(i, mark)| {
        let height = volume(mark) as f64 / top as f64 * 100.0;
        let amount = if by_distance {
            format::distance(mark.metres.unwrap_or(0) as u32, units)
        } else {
            format::minutes(mark.minutes as u32)
        };
        let date = plan.monday_of(i).map(|d| d.day_month());
        let words = format::week_mark_words(plan, i, mark, &amount);
        let verdict = mark.verdict.json_name();
        html! {
            <li>
                <button type="button"
                    class={classes!("wb-strip-week", (i == shown).then_some("is-shown"))}
                    aria-current={(i == shown).then_some("true")}
                    aria-label={words.join(", ")}
                    title={words.join(" · ")}
                    data-week={i.to_string()} data-verdict={verdict}
                    data-easier={mark.easier.then_some("")} data-race={mark.race.then_some("")}
                    data-across={(!mark.across.is_empty()).then(|| mark.across.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(" "))}
                    onclick={show(i)}>
                    <svg class="wb-strip-bar" viewBox="0 0 10 100" preserveAspectRatio="none" aria-hidden="true">
                        <rect x="0" y={format::fixed(100.0 - height, 1)} width="10" height={format::fixed(height, 1)}></rect>
                    </svg>
                    <span class="wb-strip-label" aria-hidden="true">
                        {format!("W{}", i + 1)}
                        if let Some(date) = date { <span class="wb-strip-date">{date}</span> }
                    </span>
                    <span class="wb-strip-marks" aria-hidden="true">
                        if mark.easier { <span class="wb-strip-mark is-easier">{"↓"}</span> }
                        if mark.race { <span class="wb-strip-mark is-race">{"Race"}</span> }
                        if !mark.across.is_empty() { <span class="wb-strip-mark is-flag">{"!"}</span> }
                    </span>
                </button>
            </li>
        }
    });
    let span = match (plan.monday_of(0), plan.monday_of(weeks - 1)) {
        (Some(first), Some(last)) if weeks > 1 => {
            format!(" · {} – {}", first.day_month(), last.plus_days(6).long())
        }
        _ => String::new(),
    };
    html! {
        <section class="wb-strip" aria-label="The weeks of this plan" data-testid="week-strip">
            <div class="wb-strip-head">
                <h2 class="wb-side-title">
                    {match weeks {
                        1 => "One week".to_string(),
                        n => format!("{n} weeks{span}"),
                    }}
                </h2>
                if weeks > 1 {
                    <div class="wb-strip-nav" role="group" aria-label="Week on the board">
                        <button type="button" aria-disabled={(shown == 0).to_string()}
                            onclick={if shown > 0 { show(shown - 1) } else { Callback::noop() }}
                            data-testid="previous-week">{"‹ Previous"}</button>
                        <button type="button" aria-disabled={(shown + 1 >= weeks).to_string()}
                            onclick={if shown + 1 < weeks { show(shown + 1) } else { Callback::noop() }}
                            data-testid="next-week">{"Next ›"}</button>
                    </div>
                }
            </div>
            if weeks > 1 {
                <ol class="wb-strip-weeks">{for bars}</ol>
            }
            if !props.readonly {
                <div class="wb-strip-actions" role="group" aria-label="Change the weeks">
                    <button type="button" aria-disabled={(!can_grow).to_string()} ref={duplicate}
                        onclick={command(can_grow, Command::DuplicateWeek(shown))}
                        data-testid="duplicate-week">{"Duplicate week"}</button>
                    <button type="button" aria-disabled={(!can_grow).to_string()}
                        onclick={command(can_grow, Command::AddWeek)}
                        data-testid="add-week">{"Add empty week"}</button>
                    if weeks > 1 {
                    <button type="button" aria-disabled={(shown == 0).to_string()}
                        onclick={command(shown > 0, Command::MoveWeek { from: shown, to: shown.saturating_sub(1) })}
                        data-testid="move-week-earlier">{"Move earlier"}</button>
                    <button type="button" aria-disabled={(shown + 1 >= weeks).to_string()}
                        onclick={command(shown + 1 < weeks, Command::MoveWeek { from: shown, to: shown + 1 })}
                        data-testid="move-week-later">{"Move later"}</button>
                    <button type="button" class="wb-danger" aria-disabled={(weeks == 1).to_string()}
                        onclick={command(weeks > 1, Command::DeleteWeek(shown))}
                        data-testid="delete-week">{"Delete week"}</button>
                    }
                </div>
            }
        </section>
    }
}
