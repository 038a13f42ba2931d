//! The seven days, the palette, and every way of moving a session between them:
//! pointer drags (through the pointer sensor), the keyboard sensor, and card menus.

use super::app::Highlight;
use super::card::CardAction;
use super::day_column::DayColumn;
use super::palette::Palette;
use crate::drag::keyboard::{self, Step};
use crate::drag::pointer::{DragEvent, PointerSensor, Press};
use crate::drag::{Drag, DragInput, DragSource, DropTarget};
use crate::format::day_name;
use crate::state::Command;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use weekboard_core::{quick_score, Plan, Report, SessionId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub plan: Rc<Plan>,
    pub report: Rc<Report>,
    pub drag: Option<Drag>,
    pub highlight: Highlight,
    /// Sessions a shown suggestion would move, and where to.
    pub moves: Rc<Vec<(SessionId, usize)>>,
    pub on_command: Callback<Command>,
    pub on_drag: Callback<Option<Drag>>,
    pub on_announce: Callback<String>,
    pub on_edit: Callback<Option<SessionId>>,
    /// The planner's root: where the day columns and the remove zone are measured.
    pub root: NodeRef,
    /// The floating card that follows a pointer drag.
    pub floating: NodeRef,
    /// Shown, not edited: no palette, no dragging, no card menus.
    #[prop_or_default]
    pub readonly: bool,
}

fn element_of(target: Option<web_sys::EventTarget>) -> Option<web_sys::Element> {
    target.and_then(|t| t.dyn_into::<web_sys::Element>().ok())
}

fn closest(element: &web_sys::Element, selector: &str) -> Option<web_sys::Element> {
    element.closest(selector).ok().flatten()
}

/// Puts focus on a session's card within this planner (several may share a page).
pub fn focus_card(root: &NodeRef, id: SessionId) {
    let selector = format!("[data-session-id=\"{}\"]", id.0);
    if let Some(card) = root
        .cast::<web_sys::Element>()
        .and_then(|root| root.query_selector(&selector).ok().flatten())
        .and_then(|card| card.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = card.focus();
    }
}

/// "Friday, position 2 of 2. Score if dropped: 84."
fn describe_slot(plan: &Plan, drag: &Drag) -> String {
    let Some(DropTarget::Slot { day, index }) = drag.target else {
        return String::new();
    };
    let others = plan.week.days[day]
        .iter()
        .filter(|s| !matches!(&drag.source, DragSource::Card(id) if *id == s.id))
        .count();
    let ghost = drag
        .command()
        .and_then(|c| c.apply(plan))
        .map(|p| quick_score(&p.week, &p.athlete))
        .unwrap_or_else(|| quick_score(&plan.week, &plan.athlete));
    format!(
        "{}, position {} of {}. Score if dropped: {ghost}.",
        day_name(day),
        index + 1,
        others + 1
    )
}

/// The board.
#[component]
pub fn Board(props: &BoardProps) -> Html {
    crate::renders::note("Board");
    let board_ref = props.root.clone();
    let floating_ref = props.floating.clone();
    let sensor = use_mut_ref(|| None::<PointerSensor>);
    let menu_open = use_state(|| None::<SessionId>);

    // A press on a card or a palette chip: hand it to a fresh pointer sensor.
    let start_press = {
        let board_ref = board_ref.clone();
        let floating_ref = floating_ref.clone();
        let sensor = sensor.clone();
        let plan = props.plan.clone();
        let on_drag = props.on_drag.clone();
        let on_command = props.on_command.clone();
        let on_announce = props.on_announce.clone();
        let menu_open = menu_open.clone();
        move |event: PointerEvent, source: DragSource, selector: &str| {
            if event.pointer_type() == "mouse" && event.button() != 0 {
                return;
            }
            let Some(target) = element_of(event.target()) else {
                return;
            };
            let on_handle = closest(&target, "[data-drag-handle]").is_some();
            if !on_handle
                && closest(&target, "button, a, input, select, textarea").is_some()
                && closest(&target, "[data-palette-chip]").is_none()
            {
                return;
            }
            let Some(element) =
                closest(&target, selector).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                return;
            };
            let Some(board) = board_ref.cast::<web_sys::Element>() else {
                return;
            };
            let origin = match &source {
                DragSource::Card(id) => plan.week.find(*id),
                DragSource::New(_) => None,
            };
            let title = match &source {
                DragSource::Card(id) => plan
                    .week
                    .session(*id)
                    .map(|s| s.display_title().to_string())
                    .unwrap_or_default(),
                DragSource::New(session) => session.kind.label().to_string(),
            };
            let floating = floating_ref.cast::<web_sys::HtmlElement>();
            if let Some(floating) = &floating {
                floating.set_text_content(Some(&title));
            }
            let report = {
                let on_drag = on_drag.clone();
                let on_command = on_command.clone();
                let on_announce = on_announce.clone();
                let menu_open = menu_open.clone();
                let drag = Drag {
                    source,
                    input: DragInput::Pointer,
                    target: None,
                };
                Callback::from(move |event: DragEvent| match event {
                    DragEvent::Started => {
                        menu_open.set(None);
                        on_drag.emit(Some(drag.clone()));
                    }
                    DragEvent::Target(target) => on_drag.emit(Some(Drag {
                        target,
                        ..drag.clone()
                    })),
                    DragEvent::Dropped(target) => {
                        on_drag.emit(None);
                        let dropped = Drag {
                            target,
                            ..drag.clone()
                        };
                        // A pointer user isn't following focus: let go of it before the
                        // card moves, so removing the focused card costs no focus fix-up
                        // and nothing is refocused after the drop.
                        if let Some(active) = crate::dom::active_element()
                            .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            let _ = active.blur();
                        }
                        match dropped.command() {
                            Some(command) => on_command.emit(command),
                            None => on_announce.emit(format!("{title} was not moved.")),
                        }
                    }
                    DragEvent::Cancelled => on_drag.emit(None),
                })
            };
            *sensor.borrow_mut() = Some(PointerSensor::press(
                Press {
                    event,
                    element,
                    on_handle,
                    board,
                    floating,
                    origin,
                },
                report,
            ));
        }
    };

    let on_card_press = {
        let start_press = start_press.clone();
        Callback::from(move |(event, id): (PointerEvent, SessionId)| {
            start_press(event, DragSource::Card(id), "[data-session-id]")
        })
    };
    let on_palette_press = Callback::from(move |(event, source): (PointerEvent, DragSource)| {
        start_press(event, source, "[data-palette-chip]")
    });

    // The keyboard sensor: Space/Enter lifts and drops, arrows move, Escape cancels.
    let on_card_key = {
        let plan = props.plan.clone();
        let drag = props.drag.clone();
        let on_drag = props.on_drag.clone();
        let on_command = props.on_command.clone();
        let on_announce = props.on_announce.clone();
        Callback::from(move |(event, id): (KeyboardEvent, SessionId)| {
            // Keys on the card's own buttons are theirs.
            let on_card_itself =
                element_of(event.target()).is_some_and(|t| t.has_attribute("data-session-id"));
            if !on_card_itself {
                return;
            }
            let Some(origin) = plan.week.find(id) else {
                return;
            };
            let title = plan
                .week
                .session(id)
                .map(|s| s.display_title().to_string())
                .unwrap_or_default();
            let key = event.key();
            let lifted = drag
                .as_ref()
                .filter(|d| d.input == DragInput::Keyboard && d.source == DragSource::Card(id));
            match (lifted, key.as_str()) {
                (None, " " | "Enter") => {
                    event.prevent_default();
                    let drag = Drag {
                        source: DragSource::Card(id),
                        input: DragInput::Keyboard,
                        target: Some(DropTarget::Slot {
                            day: origin.0,
                            index: origin.1,
                        }),
                    };
                    on_announce.emit(format!(
                        "{title} lifted from {}. Arrow keys move it, Space drops it, Escape cancels.",
                        day_name(origin.0)
                    ));
                    on_drag.emit(Some(drag));
                }
                (Some(current), " " | "Enter") => {
                    event.prevent_default();
                    on_drag.emit(None);
                    match current
                        .command()
                        .and_then(|c| c.clone().apply(&plan).map(|_| c))
                    {
                        Some(command) => on_command.emit(command),
                        None => on_announce
                            .emit(format!("{title} dropped back on {}.", day_name(origin.0))),
                    }
                }
                (Some(_), "Escape") => {
                    event.prevent_default();
                    on_drag.emit(None);
                    on_announce.emit(format!(
                        "Move cancelled. {title} stays on {}.",
                        day_name(origin.0)
                    ));
                }
                (Some(current), _) => {
                    let Some(step) = Step::from_key(&key) else {
                        return;
                    };
                    event.prevent_default();
                    let from = match current.target {
                        Some(DropTarget::Slot { day, index }) => (day, index),
                        _ => origin,
                    };
                    let target = keyboard::step(
                        &plan.week,
                        plan.settings.week_start.display_order(),
                        origin,
                        from,
                        step,
                    );
                    let next = Drag {
                        target: Some(target),
                        ..current.clone()
                    };
                    on_announce.emit(describe_slot(&plan, &next));
                    on_drag.emit(Some(next));
                }
                (None, _) => {}
            }
        })
    };

    let on_card_action = {
        let root = props.root.clone();
        let plan = props.plan.clone();
        let menu_open = menu_open.clone();
        let on_command = props.on_command.clone();
        let on_edit = props.on_edit.clone();
        Callback::from(move |(id, action): (SessionId, CardAction)| {
            let close = |menu_open: &UseStateHandle<Option<SessionId>>| menu_open.set(None);
            match action {
                CardAction::ToggleMenu => {
                    let was_open = *menu_open == Some(id);
                    menu_open.set((!was_open).then_some(id));
                    if was_open {
                        // Back to the card the menu belonged to.
                        focus_card(&root, id);
                    }
                }
                CardAction::Edit => {
                    close(&menu_open);
                    on_edit.emit(Some(id));
                }
                CardAction::Duplicate => {
                    close(&menu_open);
                    on_command.emit(Command::Duplicate { id });
                }
                CardAction::Remove => {
                    close(&menu_open);
                    on_command.emit(Command::Delete { id });
                }
                CardAction::MoveTo(day) => {
                    close(&menu_open);
                    let to_index = plan.week.days[day].len();
                    on_command.emit(Command::Move {
                        id,
                        to_day: day,
                        to_index,
                    });
                }
            }
        })
    };

    let plan = &props.plan;
    let max_load = props.report.daily_load.iter().copied().max().unwrap_or(0);
    let highlighted_sessions = Rc::new(props.highlight.sessions.clone());
    let classes = classes!("wb-board", props.drag.is_some().then_some("is-dragging"),);
    html! {
        <div class="wb-board-area">
            if !props.readonly {
                <Palette
                    week_start={plan.settings.week_start}
                    on_press={on_palette_press}
                    on_command={props.on_command.clone()}
                />
                <p id="wb-drag-help" class="wb-visually-hidden">
                    {"Press Space to lift a session, arrow keys to move it, Space to drop, Escape to cancel. Or use its actions menu to move it to another day."}
                </p>
            }
            <div class={classes} data-testid="board">
                <div class="wb-days">
                    for day in plan.settings.week_start.display_order() {
                        <DayColumn
                            key={day}
                            day={day}
                            plan={plan.clone()}
                            load={props.report.daily_load[day]}
                            max_load={max_load}
                            drag={props.drag.clone()}
                            highlighted={props.highlight.days[day]}
                            highlighted_sessions={highlighted_sessions.clone()}
                            menu_open={*menu_open}
                            moves={props.moves.clone()}
                            readonly={props.readonly}
                            on_press={on_card_press.clone()}
                            on_key={on_card_key.clone()}
                            on_action={on_card_action.clone()}
                        />
                    }
                </div>
            </div>
        </div>
    }
}
