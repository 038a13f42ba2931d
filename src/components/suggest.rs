//! "Suggest a better order": the same sessions, searched across the seven days for
//! the best score, shown as a proposal before anything changes.
//!
//! The search runs a slice at a time between frames, so a large week never
//! freezes the page; a typical week finishes in the first slice.

use crate::format::day_name;
use crate::planning::use_planning;
use crate::state::{context_of, Action, By, Command, Proposal};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use weekboard_core::arrange::{Constraints, Search};
use weekboard_core::{Plan, SessionId, DAY_SHORT};
use yew::prelude::*;

/// Nodes searched per slice: a few milliseconds in the browser.
const NODES_PER_SLICE: u64 = 20_000;

#[derive(Properties, PartialEq)]
pub struct SuggestProps {
    pub plan: Rc<Plan>,
    /// The week on the board: the one searched, its neighbours fixed.
    pub shown: usize,
    /// The proposal being shown (in the planner's state, so the board can draw the moves).
    pub proposal: Option<Proposal>,
}

/// Runs the search in slices, reporting through `report`.
fn run(
    plan: &Plan,
    shown: usize,
    constraints: &Constraints,
    report: Callback<Option<Proposal>>,
    slot: Rc<RefCell<Option<Timeout>>>,
) {
    let week = &plan.weeks[shown];
    let context = context_of(plan, shown);
    let search = match Search::in_block(week, &plan.athlete, &context, constraints) {
        Ok(search) => search,
        Err(error) => {
            report.emit(Some(Proposal::Impossible(format!(
                "No order fits: {error}."
            ))));
            return;
        }
    };
    fn slice(
        mut search: Search,
        report: Callback<Option<Proposal>>,
        slot: Rc<RefCell<Option<Timeout>>>,
    ) {
        match search.step(NODES_PER_SLICE) {
            Some(Ok(done)) => report.emit(Some(Proposal::Ready(Rc::new(done)))),
            Some(Err(error)) => report.emit(Some(Proposal::Impossible(format!(
                "No order fits: {error}."
            )))),
            None => {
                report.emit(Some(Proposal::Searching {
                    explored: search.progress().explored,
                }));
                let next_slot = slot.clone();
                *slot.borrow_mut() =
                    Some(Timeout::new(0, move || slice(search, report, next_slot)));
            }
        }
    }
    slice(search, report, slot);
}

/// The suggest panel.
#[component]
pub fn Suggest(props: &SuggestProps) -> Html {
    crate::renders::note("Suggest");
    let planning = use_planning();
    // What the search finds belongs to the plan it searched.
    let on_proposal = {
        let plan = props.plan.clone();
        planning.callback(move |proposal| Action::Propose(plan.clone(), proposal))
    };
    let open = props.proposal.is_some();
    let pinned = use_state(Vec::<SessionId>::new);
    let unavailable = use_state(|| [false; 7]);
    let pending = use_mut_ref(|| None::<Timeout>);

    let search = {
        let plan = props.plan.clone();
        let shown = props.shown;
        let on_proposal = on_proposal.clone();
        let pending = pending.clone();
        move |pinned: Vec<SessionId>, unavailable: [bool; 7]| {
            let constraints = Constraints {
                pinned,
                unavailable_days: unavailable,
                max_per_day: None,
            };
            // A new search replaces any slice still waiting.
            pending.borrow_mut().take();
            run(
                &plan,
                shown,
                &constraints,
                on_proposal.clone(),
                pending.clone(),
            );
        }
    };

    let on_suggest = {
        let search = search.clone();
        let pinned = pinned.clone();
        let unavailable = unavailable.clone();
        Callback::from(move |_: MouseEvent| search((*pinned).clone(), *unavailable))
    };
    let on_close = {
        let on_proposal = on_proposal.clone();
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| {
            pending.borrow_mut().take();
            on_proposal.emit(None);
        })
    };
    let on_apply = {
        let on_proposal = on_proposal.clone();
        let proposal = props.proposal.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(Proposal::Ready(suggestion)) = &proposal {
                let arranged = Command::Arrange(suggestion.week.clone());
                planning.send(Action::Do(arranged, By::Focus));
            }
            on_proposal.emit(None);
        })
    };
    let toggle_day = |day: usize| {
        let unavailable = unavailable.clone();
        let pinned = pinned.clone();
        let search = search.clone();
        Callback::from(move |_: Event| {
            let mut next = *unavailable;
            next[day] = !next[day];
            unavailable.set(next);
            search((*pinned).clone(), next);
        })
    };
    let toggle_pin = |id: SessionId| {
        let unavailable = unavailable.clone();
        let pinned = pinned.clone();
        let search = search.clone();
        Callback::from(move |_: Event| {
            let mut next = (*pinned).clone();
            match next.iter().position(|p| *p == id) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(id),
            }
            pinned.set(next.clone());
            search(next, *unavailable);
        })
    };

    let body = props.proposal.clone().map(|proposal| match proposal {
        Proposal::Searching { explored } => html! {
            <p class="wb-suggest-status" role="status">{format!("Searching… {explored} arrangements looked at so far.")}</p>
        },
        Proposal::Impossible(text) => html! {
            <p class="wb-suggest-status is-error" role="alert">{text}</p>
        },
        Proposal::Ready(suggestion) if suggestion.already_best => html! {
            <p class="wb-suggest-status is-best" role="status" data-testid="suggestion" data-already-best="">
                {format!("This order is already the best for these sessions: no arrangement scores more than {}.", suggestion.current_score)}
            </p>
        },
        Proposal::Ready(suggestion) => {
            let title = |id: SessionId| {
                props.plan.weeks[props.shown]
                    .session(id)
                    .map(|s| s.display_title().to_string())
                    .unwrap_or_default()
            };
            let best = if suggestion.proven_best { "the best order" } else { "the best order found (the search was cut short)" };
            html! {
                <div class="wb-suggestion-result" role="status" data-testid="suggestion">
                    <p>
                        {format!("Moving {} session{} gives ", suggestion.moves.len(), if suggestion.moves.len() == 1 { "" } else { "s" })}
                        <strong>{format!("{} → {} ({:+})", suggestion.current_score, suggestion.score, suggestion.gain)}</strong>
                        {format!(", {best}.")}
                    </p>
                    if let Some(reason) = &suggestion.reason {
                        <p class="wb-suggestion-reason" data-testid="suggestion-reason">{reason.clone()}</p>
                    }
                    <ul class="wb-moves">
                        for m in suggestion.moves.iter() {
                            <li>{format!("{}: {} → {}", title(m.id), day_name(m.from), day_name(m.to))}</li>
                        }
                    </ul>
                    <button type="button" class="wb-primary" onclick={on_apply.clone()}
                        data-testid="apply-suggestion">{"Apply"}</button>
                </div>
            }
        }
    });
    let constraints = html! {
        <details class="wb-constraints">
            <summary>{"Days off and sessions to keep in place"}</summary>
            <fieldset>
                <legend>{"Days I can't train"}</legend>
                for day in props.plan.settings.week_start.display_order() {
                    <label class="wb-check">
                        <input type="checkbox" checked={unavailable[day]} onchange={toggle_day(day)}
                            data-unavailable-day={day.to_string()} />
                        {DAY_SHORT[day]}
                    </label>
                }
            </fieldset>
            <fieldset>
                <legend>{"Keep on its day"}</legend>
                for (day, session) in props.plan.weeks[props.shown].sessions() {
                    <label class="wb-check">
                        <input type="checkbox" checked={pinned.contains(&session.id)}
                            onchange={toggle_pin(session.id)} data-pin={session.id.0.to_string()} />
                        {format!("{} ({})", session.display_title(), DAY_SHORT[day])}
                    </label>
                }
            </fieldset>
        </details>
    };
    html! {
        <section class={classes!("wb-suggest", open.then_some("is-open"))} aria-label="Suggest a better order">
            <div class="wb-suggest-head">
                <button type="button" onclick={on_suggest} data-testid="suggest">{"Suggest a better order"}</button>
                if open {
                    <button type="button" onclick={on_close} data-testid="close-suggestion">{"Close"}</button>
                }
            </div>
            if open {
                {for body}
                {constraints}
            }
        </section>
    }
}
