//! The palette: session kinds and ready-made sessions to drag onto a day, or to
//! add with the "Add to…" day buttons.

use super::day_picker::DayPicker;
use crate::drag::DragSource;
use crate::planning::use_planning;
use crate::state::{new_session, Action, By, Command};
use weekboard_core::samples::SPEED_ENDURANCE_WORKOUT;
use weekboard_core::{Kind, Session, WeekStart};
use yew::prelude::*;

/// A ready-made session a coach might reach for.
fn templates() -> Vec<(&'static str, Session)> {
    let with = |kind: Kind, minutes: u16, title: &str, workout: &str, rpe: Option<u8>| Session {
        minutes,
        title: Some(title.to_string()),
        workout: Some(workout.to_string()),
        rpe,
        ..new_session(kind)
    };
    vec![
        (
            "speed-endurance",
            with(
                Kind::SpeedEndurance,
                75,
                // Not "Speed endurance": the kind's own chip is called that.
                "3 × 120 m + ladder",
                SPEED_ENDURANCE_WORKOUT,
                Some(9),
            ),
        ),
        (
            "cruise-intervals",
            with(
                Kind::Tempo,
                60,
                "Cruise intervals",
                "3 x 10' @ threshold w/ 2' jog",
                None,
            ),
        ),
        (
            "vo2-1000s",
            with(
                Kind::Intervals,
                60,
                "5 × 1000 m",
                "5 x 1000m @ 5K pace w/ 2:30 jog",
                None,
            ),
        ),
        (
            "fast-finish",
            with(
                Kind::LongRun,
                100,
                "Long run, fast finish",
                "80' easy + 20' @ marathon pace",
                Some(5),
            ),
        ),
    ]
}

#[derive(Properties, PartialEq)]
pub struct PaletteProps {
    pub week_start: WeekStart,
    /// The days that can't take another session (the day full, or the week).
    #[prop_or_default]
    pub full_days: [bool; 7],
}

/// The palette. A chip is dragged with a pointer, or clicked to pick a day.
#[component]
pub fn Palette(props: &PaletteProps) -> Html {
    crate::renders::note("Palette");
    let planning = use_planning();
    // The chip whose "Add to…" days are open: its key, label and session.
    let picking = use_state(|| None::<(String, String, Session)>);
    let palette = use_node_ref();
    let chip = |key: String, label: String, session: Session, template: bool| {
        let on_press = {
            let planning = planning.clone();
            let source = DragSource::New(session.clone());
            let floating = session.kind.label();
            Callback::from(move |e: PointerEvent| planning.press(e, source.clone(), floating))
        };
        let open = {
            let picking = picking.clone();
            let (key, label) = (key.clone(), label.clone());
            Callback::from(move |_: MouseEvent| {
                picking.set(Some((key.clone(), label.clone(), session.clone())))
            })
        };
        let kind = if template { "template" } else { "kind" };
        let kind_class = format!("wb-kind-{}", key_kind(&key));
        html! {
            <li key={key.clone()}>
                <button type="button"
                    class={classes!("wb-chip", kind_class, template.then_some("is-template"))}
                    data-palette-chip={kind}
                    data-palette-key={key}
                    aria-label={format!("{label}: add to a day")}
                    onpointerdown={on_press}
                    // As on a card: a press doesn't take focus, so a drop has none to fix.
                    onmousedown={Callback::from(|e: MouseEvent| e.prevent_default())}
                    onclick={open}>
                    <span class="wb-grip" data-drag-handle="" aria-hidden="true">{"⠿"}</span>
                    <span class="wb-kind-dot" aria-hidden="true"></span>
                    {label}
                </button>
            </li>
        }
    };
    let kinds = Kind::ALL.into_iter().map(|kind| {
        chip(
            kind.json_name().to_string(),
            kind.label().to_string(),
            new_session(kind),
            false,
        )
    });
    let ready = templates().into_iter().map(|(key, session)| {
        let label = session.title.clone().unwrap_or_default();
        chip(
            format!("{}:{key}", session.kind.json_name()),
            label,
            session,
            true,
        )
    });
    // Always one child of the section (empty when closed), never a `for`: the
    // section keeps its number of children whether the days are open or not, so
    // opening and closing them leaves the chips (and the focus on one) in place.
    let picker = (*picking)
        .clone()
        .map_or_else(Html::default, |(key, label, session)| {
            // Closing the days gives focus back to the chip that opened them; an add
            // then moves it on to the new card.
            let close = {
                let picking = picking.clone();
                let palette = palette.clone();
                Callback::from(move |_: ()| {
                    picking.set(None);
                    focus_chip(&palette, &key);
                })
            };
            let on_pick = {
                let close = close.clone();
                let planning = planning.clone();
                Callback::from(move |day| {
                    close.emit(());
                    let command = Command::Add {
                        day,
                        index: usize::MAX,
                        session: session.clone(),
                    };
                    planning.send(Action::Do(command, By::Focus));
                })
            };
            let on_key = {
                let close = close.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Escape" {
                        e.prevent_default();
                        e.stop_propagation();
                        close.emit(());
                    }
                })
            };
            html! {
                <div onkeydown={on_key}>
                    <DayPicker label={format!("Add {label} to")} week_start={props.week_start}
                        full={props.full_days}
                        on_pick={on_pick} on_close={close} />
                </div>
            }
        });
    html! {
        <section class="wb-palette" aria-label="Sessions to add" ref={palette}>
            <h2 class="wb-palette-title">{"Add a session"}<span class="wb-hint">{" — drag onto a day, or tap"}</span></h2>
            <ul class="wb-chips">{for kinds}</ul>
            <ul class="wb-chips wb-templates" aria-label="Ready-made sessions">{for ready}</ul>
            {picker}
        </section>
    }
}

/// Puts focus on the chip with this key.
fn focus_chip(palette: &NodeRef, key: &str) {
    use wasm_bindgen::JsCast;
    let selector = format!("[data-palette-key=\"{key}\"]");
    if let Some(chip) = palette
        .cast::<web_sys::Element>()
        .and_then(|p| p.query_selector(&selector).ok().flatten())
        .and_then(|chip| chip.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = chip.focus();
    }
}

/// The kind part of a chip key ("tempo" or "tempo:cruise-intervals").
fn key_kind(key: &str) -> &str {
    key.split(':').next().unwrap_or(key)
}
