//! A small group of day buttons: "Move to…" on a card, "Add to…" on the palette.
//! The single-pointer and keyboard alternative to dragging (WCAG 2.2 SC 2.5.7).

use wasm_bindgen::JsCast;
use weekboard_core::{DayIndex, WeekStart, DAY_NAMES, DAY_SHORT};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayPickerProps {
    /// What the group does, e.g. "Move Tempo to".
    pub label: AttrValue,
    pub week_start: WeekStart,
    /// A day that can't be picked (where the card already is).
    #[prop_or_default]
    pub current: Option<DayIndex>,
    /// Days that can't take what is picked (full): shown so before the click,
    /// still pressable so the click can say why.
    #[prop_or_default]
    pub full: [bool; 7],
    pub on_pick: Callback<DayIndex>,
    pub on_close: Callback<()>,
    /// Whether the first day takes focus when the picker opens.
    #[prop_or(true)]
    pub autofocus: bool,
}

/// Seven day buttons in display order, and Cancel. The first button takes focus,
/// unless told not to. Escape is the owner's to handle: it closes the whole menu
/// the picker sits in.
#[component]
pub fn DayPicker(props: &DayPickerProps) -> Html {
    crate::renders::note("DayPicker");
    let group = use_node_ref();
    {
        let group = group.clone();
        let autofocus = props.autofocus;
        use_effect_with((), move |_| {
            if !autofocus {
                return;
            }
            if let Some(first) = group
                .cast::<web_sys::Element>()
                .and_then(|g| g.query_selector("button:not([disabled])").ok().flatten())
                .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = first.focus();
            }
        });
    }
    html! {
        <div class="wb-day-picker" role="group" aria-label={props.label.clone()} ref={group}>
            <span class="wb-day-picker-label">{props.label.clone()}</span>
            <div class="wb-day-picker-days">
                for day in props.week_start.display_order() {
                    <button type="button" class={classes!("wb-day-choice", props.full[day].then_some("is-full"))}
                        aria-label={if props.full[day] { format!("{}, full", DAY_NAMES[day]) } else { DAY_NAMES[day].to_string() }}
                        aria-disabled={props.full[day].then_some("true")}
                        title={props.full[day].then_some("Full")}
                        disabled={props.current == Some(day)}
                        data-pick-day={day.to_string()}
                        onclick={props.on_pick.reform(move |_| day)}>
                        {DAY_SHORT[day]}
                    </button>
                }
            </div>
            <button type="button" class="wb-day-picker-close"
                onclick={props.on_close.reform(|_| ())}>{"Cancel"}</button>
        </div>
    }
}
