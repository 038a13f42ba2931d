//! One day of the week: its header with the day's load, and its session cards.

use super::card::{Card, CardAction};
use crate::drag::{Drag, DragSource, DropTarget};
use std::rc::Rc;
use weekboard_core::{DayIndex, Plan, SessionId, DAY_NAMES, DAY_SHORT};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayColumnProps {
    pub day: DayIndex,
    pub plan: Rc<Plan>,
    /// Session-RPE load of the day.
    pub load: u32,
    /// The heaviest day's load, to scale the load bar.
    pub max_load: u32,
    pub drag: Option<Drag>,
    #[prop_or_default]
    pub highlighted: bool,
    #[prop_or_default]
    pub highlighted_sessions: Rc<Vec<SessionId>>,
    pub menu_open: Option<SessionId>,
    /// Sessions a shown suggestion would move, and where to.
    pub moves: Rc<Vec<(SessionId, DayIndex)>>,
    #[prop_or_default]
    pub readonly: bool,
    pub on_press: Callback<(PointerEvent, SessionId)>,
    pub on_key: Callback<(KeyboardEvent, SessionId)>,
    pub on_action: Callback<(SessionId, CardAction)>,
}

/// Where the drop indicator shows in this day, as an index into the day's cards
/// as they are drawn now (the lifted card still in place).
fn indicator(props: &DayColumnProps) -> Option<usize> {
    let drag = props.drag.as_ref()?;
    let Some(DropTarget::Slot { day, index }) = drag.target else {
        return None;
    };
    if day != props.day {
        return None;
    }
    let origin = match &drag.source {
        DragSource::Card(id) => props.plan.week.find(*id),
        DragSource::New(_) => None,
    };
    Some(match origin {
        Some((from_day, from)) if from_day == day && index >= from => index + 1,
        _ => index,
    })
}

/// A day column. `data-day` is the storage index (0 = Monday) whatever the display order.
#[component]
pub fn DayColumn(props: &DayColumnProps) -> Html {
    crate::renders::note("DayColumn");
    let sessions = &props.plan.week.days[props.day];
    let drop_at = indicator(props);
    let lifted = match props.drag.as_ref().map(|d| &d.source) {
        Some(DragSource::Card(id)) => Some(*id),
        _ => None,
    };
    let classes = classes!(
        "wb-day",
        props.highlighted.then_some("is-highlighted"),
        drop_at.is_some().then_some("is-target"),
        (drop_at == Some(sessions.len())).then_some("wb-drop-end"),
        sessions.is_empty().then_some("is-empty"),
    );
    let load_share = if props.max_load == 0 {
        0.0
    } else {
        f64::from(props.load) / f64::from(props.max_load) * 100.0
    };
    let heading_id = format!("wb-day-{}", props.day);
    let settings = props.plan.settings;
    html! {
        <section class={classes} data-day={props.day.to_string()} aria-labelledby={heading_id.clone()}>
            <header class="wb-day-head">
                <h2 id={heading_id} class="wb-day-name">
                    <span class="wb-day-long">{DAY_NAMES[props.day]}</span>
                    <span class="wb-day-short" aria-hidden="true">{DAY_SHORT[props.day]}</span>
                </h2>
                <span class="wb-day-load" title="Session-RPE load: RPE × minutes"
                    data-testid="day-load">
                    <span class="wb-visually-hidden">{"Load "}</span>{props.load}
                </span>
                <svg class="wb-day-load-bar" viewBox="0 0 100 1" preserveAspectRatio="none"
                    aria-hidden="true">
                    <rect width={format!("{load_share:.0}")} height="1"></rect>
                </svg>
            </header>
            <ol class="wb-day-sessions" aria-label={format!("{} sessions", DAY_NAMES[props.day])}>
                for session in sessions.iter() {
                    <Card
                        key={session.id.0}
                        session={session.clone()}
                        day={props.day}
                        units={settings.units}
                        week_start={settings.week_start}
                        highlighted={props.highlighted_sessions.contains(&session.id)}
                        lifted={lifted == Some(session.id)}
                        drop_before={drop_at.is_some_and(|i| sessions.get(i).map(|s| s.id) == Some(session.id))}
                        menu_open={props.menu_open == Some(session.id)}
                        moves_to={props.moves.iter().find(|(id, _)| *id == session.id).map(|(_, to)| *to)}
                        readonly={props.readonly}
                        on_press={props.on_press.clone()}
                        on_key={props.on_key.clone()}
                        on_action={props.on_action.clone()}
                    />
                }
            </ol>
            if sessions.is_empty() {
                <p class="wb-day-empty">{"Nothing planned"}</p>
            }
        </section>
    }
}
