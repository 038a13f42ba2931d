//! One session on the board: what it is, how long, how hard, and its actions.

use super::day_picker::DayPicker;
use crate::format;
use weekboard_core::{DayIndex, Session, SessionId, Units, WeekStart};
use yew::prelude::*;

/// What a card's menu asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardAction {
    Edit,
    Duplicate,
    Remove,
    MoveTo(DayIndex),
    /// Open or close the menu.
    ToggleMenu,
}

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub session: Session,
    pub day: DayIndex,
    pub units: Units,
    pub week_start: WeekStart,
    /// Lit by a focused finding.
    #[prop_or_default]
    pub highlighted: bool,
    /// Being dragged: shown faded where it was.
    #[prop_or_default]
    pub lifted: bool,
    /// The drop indicator sits just above this card.
    #[prop_or_default]
    pub drop_before: bool,
    #[prop_or_default]
    pub menu_open: bool,
    /// A shown suggestion would move this session to that day.
    #[prop_or_default]
    pub moves_to: Option<DayIndex>,
    #[prop_or_default]
    pub readonly: bool,
    pub on_press: Callback<(PointerEvent, SessionId)>,
    pub on_key: Callback<(KeyboardEvent, SessionId)>,
    pub on_action: Callback<(SessionId, CardAction)>,
}

/// A session card. The whole card is focusable and draggable; the grip is the
/// touch handle (`touch-action: none`), the rest of the card lets the page scroll.
#[component]
pub fn Card(props: &CardProps) -> Html {
    crate::renders::note("Card");
    let session = &props.session;
    let id = session.id;
    let kind = session.kind;
    let title = session.display_title().to_string();
    let mut facts = Vec::with_capacity(3);
    if session.minutes > 0 {
        facts.push(format::minutes(u32::from(session.minutes)));
    }
    if let Some(metres) = session.distance_m {
        facts.push(format::distance(metres, props.units));
    }
    if kind.is_running() || session.rpe.is_some() {
        facts.push(format!("RPE {}", session.effective_rpe()));
    }
    // What the coach's notation says, in one line; or that it can't be read.
    let workout = session
        .workout
        .as_deref()
        .filter(|w| !w.trim().is_empty())
        .map(|text| match weekboard_core::notation::parse(text) {
            Ok(workout) => (workout.summary(props.units == Units::Km), false),
            Err(_) => (
                "Workout text can't be read — edit to see why".to_string(),
                true,
            ),
        });
    let action = |a: CardAction| props.on_action.reform(move |_: MouseEvent| (id, a));
    let classes = classes!(
        "wb-card",
        format!("wb-kind-{}", kind.json_name()),
        props.highlighted.then_some("is-highlighted"),
        props.lifted.then_some("is-lifted"),
        props.drop_before.then_some("wb-drop-before"),
        props.moves_to.is_some().then_some("is-moving"),
    );
    let label = format!(
        "{title}, {}. {}",
        format::day_name(props.day),
        facts.join(", ")
    );
    // Opening the menu puts focus on its first action.
    let menu = use_node_ref();
    {
        let menu = menu.clone();
        use_effect_with(props.menu_open, move |open| {
            if *open {
                if let Some(first) = menu
                    .cast::<web_sys::Element>()
                    .and_then(|m| m.query_selector("button").ok().flatten())
                    .and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
                {
                    let _ = first.focus();
                }
            }
        });
    }
    let on_pointer_down = props.on_press.reform(move |e: PointerEvent| (e, id));
    let on_key_down = props.on_key.reform(move |e: KeyboardEvent| (e, id));
    html! {
        <li class={classes}
            data-session-id={id.0.to_string()}
            data-session-kind={kind.json_name()}
            tabindex={(!props.readonly).then_some("0")}
            aria-label={label}
            aria-roledescription={(!props.readonly).then_some("draggable session")}
            aria-describedby={(!props.readonly).then_some("wb-drag-help")}
            onpointerdown={(!props.readonly).then_some(on_pointer_down)}
            onkeydown={(!props.readonly).then_some(on_key_down)}>
            if !props.readonly {
                <span class="wb-grip" data-drag-handle="" aria-hidden="true">{"⠿"}</span>
            }
            <span class="wb-kind-dot" aria-hidden="true"></span>
            if let Some(to) = props.moves_to {
                <span class="wb-move-badge" data-moves-to={to.to_string()}>
                    {format!("→ {}", weekboard_core::DAY_SHORT[to])}
                </span>
            }
            <span class="wb-card-body">
                if session.title.as_deref().is_some_and(|t| !t.trim().is_empty()) {
                    <span class="wb-card-kind">{kind.label()}</span>
                }
                <span class="wb-card-title">{title.clone()}</span>
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
            if !props.readonly {
                <button type="button" class="wb-card-menu-button"
                    aria-label={format!("Actions for {title}")}
                    aria-expanded={props.menu_open.to_string()}
                    data-testid="card-menu"
                    onclick={action(CardAction::ToggleMenu)}>{"⋯"}</button>
            }
            if props.menu_open {
                <div class="wb-card-menu" data-testid="card-menu-panel" ref={menu}>
                    <div class="wb-card-menu-row">
                        <button type="button" onclick={action(CardAction::Edit)}>{"Edit…"}</button>
                        <button type="button" onclick={action(CardAction::Duplicate)}>{"Duplicate"}</button>
                        <button type="button" class="wb-danger" onclick={action(CardAction::Remove)}>{"Remove"}</button>
                    </div>
                    <DayPicker
                        label={format!("Move {title} to")}
                        week_start={props.week_start}
                        current={Some(props.day)}
                        on_pick={props.on_action.reform(move |day| (id, CardAction::MoveTo(day)))}
                        on_close={props.on_action.reform(move |_| (id, CardAction::ToggleMenu))}
                        autofocus={false}
                    />
                </div>
            }
        </li>
    }
}
