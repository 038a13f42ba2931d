//! One session on the board: what it is, how long, how hard, and its actions.

use super::day_picker::DayPicker;
use crate::drag::keyboard::Key;
use crate::drag::{DragInput, DragSource};
use crate::format;
use crate::planning::use_planning;
use crate::state::{Action, CardAction};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use weekboard_core::{DayIndex, Session, Settings};
use yew::prelude::*;

/// How a card shows now, apart from its session.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CardLook {
    /// Lit by a focused finding.
    pub highlighted: bool,
    /// Being dragged (and by what): shown faded where it was.
    pub lifted: Option<DragInput>,
    /// The drop marker sits just above this card.
    pub drop_before: bool,
    pub menu_open: bool,
    /// A shown suggestion would move this session to that day.
    pub moves_to: Option<DayIndex>,
    /// Its place in a day of several: "AM", "PM", "3rd".
    pub order: Option<&'static str>,
    /// The days "Move to" can't move it to, while its menu is open (all false
    /// otherwise, so a day filling up re-renders no closed card).
    pub full_days: [bool; 7],
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub session: Session,
    pub day: DayIndex,
    pub settings: Settings,
    pub look: CardLook,
    #[prop_or_default]
    pub readonly: bool,
}

/// Whether an event happened on one of the card's own controls.
fn on_a_control(event: &Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            el.closest("button, a, input, select, textarea")
                .ok()
                .flatten()
                .is_some()
        })
}

/// A session card. The whole card is focusable and draggable; under a finger the
/// grip drags after a shorter rest than the rest of the card, and a flick from
/// anywhere on it scrolls the page.
#[component]
pub fn Card(props: &CardProps) -> Html {
    crate::renders::note("Card");
    let planning = use_planning();
    let session = &props.session;
    let id = session.id;
    let kind = session.kind;
    let units = props.settings.units;
    let look = props.look;
    let title = session.display_title().to_string();
    let mut facts = Vec::with_capacity(3);
    if session.minutes > 0 {
        facts.push(format::minutes(u32::from(session.minutes)));
    }
    if let Some(metres) = session.distance_m {
        facts.push(format::distance(metres, units));
    }
    if kind.is_running() || session.rpe.is_some() {
        facts.push(format!("RPE {}", session.effective_rpe()));
    }
    let workout = format::workout_line(session.workout.as_deref(), units);
    let action = |a: CardAction| planning.callback(move |_: MouseEvent| Action::Card(id, a));
    let classes = classes!(
        "wb-card",
        format!("wb-kind-{}", kind.json_name()),
        look.highlighted.then_some("is-highlighted"),
        look.lifted.is_some().then_some("is-lifted"),
        look.drop_before.then_some("wb-drop-before"),
        look.moves_to.is_some().then_some("is-moving"),
    );
    let label = match look.order {
        Some(order) => format!(
            "{title}, {} {order}. {}",
            format::day_name(props.day),
            facts.join(", ")
        ),
        None => format!(
            "{title}, {}. {}",
            format::day_name(props.day),
            facts.join(", ")
        ),
    };
    let card = use_node_ref();
    // Opening the menu puts it where it shows whole, then focus on its first action.
    let menu = use_node_ref();
    {
        let (menu, card) = (menu.clone(), card.clone());
        use_effect_with(look.menu_open, move |open| {
            if let (true, Some(panel), Some(card)) = (
                *open,
                menu.cast::<web_sys::Element>(),
                card.cast::<web_sys::Element>(),
            ) {
                place_menu(&panel, &card);
                if let Some(first) = panel
                    .query_selector("button")
                    .ok()
                    .flatten()
                    .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = first.focus();
                }
            }
        });
    }
    // A press anywhere but on the menu or its ⋯ closes it. The press's path is
    // read, not its target: inside an embed the target seen from the document is
    // the host element.
    let menu_button = use_node_ref();
    {
        let planning = planning.clone();
        let (menu, menu_button) = (menu.clone(), menu_button.clone());
        use_effect_with(look.menu_open, move |open| {
            let listener = open.then(|| {
                let document = gloo::utils::document();
                let options = EventListenerOptions::run_in_capture_phase();
                EventListener::new_with_options(&document, "pointerdown", options, move |e| {
                    let path = e.composed_path();
                    let inside = [&menu, &menu_button]
                        .iter()
                        .any(|part| part.get().is_some_and(|node| path.includes(&node, 0)));
                    if !inside {
                        planning.send(Action::Card(id, CardAction::PressedElsewhere));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Escape from any of the menu's items.
    let on_menu_key = {
        let planning = planning.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                planning.send(Action::Card(id, CardAction::Escape));
            }
        })
    };
    let on_pointer_down = {
        let planning = planning.clone();
        let title = title.clone();
        Callback::from(move |e: PointerEvent| planning.press(e, DragSource::Card(id), &title))
    };
    // A press doesn't take focus, so a pointer drop has none to move or fix (a
    // blur at the drop cost a forced restyle); a click, a press that didn't drag,
    // still focuses the card.
    let on_mouse_down = Callback::from(|e: MouseEvent| {
        if !on_a_control(&e) {
            e.prevent_default();
        }
    });
    let on_click = {
        let card = card.clone();
        Callback::from(move |e: MouseEvent| {
            if !on_a_control(&e) {
                if let Some(card) = card.cast::<web_sys::HtmlElement>() {
                    let _ = card.focus();
                }
            }
        })
    };
    let lifted_here = look.lifted == Some(DragInput::Keyboard);
    let on_key_down = {
        let planning = planning.clone();
        Callback::from(move |e: KeyboardEvent| {
            // Keys on the card's own buttons are theirs.
            let on_card_itself = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.has_attribute("data-session-id"));
            if !on_card_itself {
                return;
            }
            if let Some(key) = Key::from_event(&e.key(), lifted_here) {
                e.prevent_default();
                planning.send(Action::Key(id, key));
            }
        })
    };
    let editable = !props.readonly;
    // Read-only, a mouse press (the start of a drag) says how to change the week
    // instead of doing nothing; a touch may be a scroll, and the note already shows.
    let on_readonly_press = {
        let planning = planning.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" {
                planning.send(Action::TriedToEdit);
            }
        })
    };
    html! {
        <li class={classes} ref={card}
            data-session-id={id.0.to_string()}
            data-session-kind={kind.json_name()}
            tabindex={editable.then_some("0")}
            aria-label={label}
            aria-roledescription={editable.then_some("draggable session")}
            aria-describedby={editable.then_some("wb-drag-help")}
            onpointerdown={if editable { on_pointer_down } else { on_readonly_press }}
            onmousedown={editable.then_some(on_mouse_down)}
            onclick={editable.then_some(on_click)}
            onkeydown={editable.then_some(on_key_down)}>
            if editable {
                <span class="wb-grip" data-drag-handle="" aria-hidden="true">{"⠿"}</span>
            }
            <span class="wb-kind-dot" aria-hidden="true"></span>
            if let Some(to) = look.moves_to {
                <span class="wb-move-badge" data-moves-to={to.to_string()}>
                    {format!("→ {}", weekboard_core::DAY_SHORT[to])}
                </span>
            }
            <span class="wb-card-body">
                if let Some(order) = look.order {
                    <span class="wb-card-order" data-testid="card-order">{order}</span>
                }
                if session.title.as_deref().is_some_and(|t| !t.trim().is_empty()) {
                    <span class="wb-card-kind">{kind.label()}</span>
                }
                <span class="wb-card-title" title={title.clone()}>{title.clone()}</span>
                if let Some((line, broken)) = workout {
                    <span class={classes!("wb-card-workout", broken.then_some("is-broken"))}
                        data-testid="card-workout">{line}</span>
                }
                <span class="wb-card-facts">
                    for (i, fact) in facts.iter().enumerate() {
                        if i > 0 { {" · "} }
                        <span>{fact.clone()}</span>
                    }
                </span>
            </span>
            if editable {
                <button type="button" class="wb-card-menu-button" ref={menu_button}
                    aria-label={format!("Actions for {title}")}
                    aria-expanded={look.menu_open.to_string()}
                    data-testid="card-menu"
                    onclick={action(CardAction::ToggleMenu)}>{"⋯"}</button>
            }
            if look.menu_open {
                <div class="wb-card-menu" data-testid="card-menu-panel" ref={menu}
                    onkeydown={on_menu_key}>
                    <div class="wb-card-menu-row">
                        <button type="button" onclick={action(CardAction::Edit)}>{"Edit…"}</button>
                        <button type="button" onclick={action(CardAction::Duplicate)}>{"Duplicate"}</button>
                        <button type="button" class="wb-danger" onclick={action(CardAction::Remove)}>{"Remove"}</button>
                    </div>
                    <DayPicker
                        label={format!("Move {title} to")}
                        week_start={props.settings.week_start}
                        current={Some(props.day)}
                        full={look.full_days}
                        on_pick={planning.callback(move |day| Action::Card(id, CardAction::MoveTo(day)))}
                        on_close={planning.callback(move |_| Action::Card(id, CardAction::ToggleMenu))}
                        autofocus={false}
                    />
                </div>
            }
        </li>
    }
}

/// Opens the menu above its card (`data-side="above"`, planner.css) when under it
/// the menu would run past the bottom of the window and above it fits whole: a card
/// low on the screen otherwise opens its menu out of sight, and focus on its first
/// action shows only that much of it. When it fits neither way it stays below,
/// where the page can always scroll to it. Set on the element, not through the
/// view: it is a measurement of this layout, and goes with the menu when it closes.
fn place_menu(menu: &web_sys::Element, card: &web_sys::Element) {
    let window_height = gloo::utils::window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(f64::INFINITY);
    let (menu_box, card_box) = (
        menu.get_bounding_client_rect(),
        card.get_bounding_client_rect(),
    );
    // The 4 px gap between card and menu, as in planner.css.
    if menu_box.bottom() > window_height && card_box.top() >= menu_box.height() + 4.0 {
        let _ = menu.set_attribute("data-side", "above");
    }
}
