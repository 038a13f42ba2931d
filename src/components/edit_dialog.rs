//! The edit dialog: kind, minutes, distance, RPE, title and notes of one session.
//! A native modal `<dialog>`, so focus is trapped and Escape closes it.

use super::workout_field::WorkoutField;
use crate::format;
use crate::planning::use_planning;
use crate::state::{Action, UNPLACED};
use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use weekboard_core::notation::Runner;
use weekboard_core::plan::BOUNDS;
use weekboard_core::{Kind, Session, Units};
use yew::prelude::*;

// The same bounds as every saved plan and link, so an edit can't make a plan
// that won't save.
const MAX_TITLE_CHARS: usize = BOUNDS.title_chars;
const MAX_NOTES_CHARS: usize = BOUNDS.notes_chars;
const MAX_MINUTES: u16 = BOUNDS.session_minutes;
const MAX_DISTANCE_KM: u32 = BOUNDS.session_distance_m / 1000;
const MAX_RPE: u8 = BOUNDS.rpe_max;

#[derive(Properties, PartialEq)]
pub struct EditDialogProps {
    /// The session being edited; `None` keeps the dialog closed.
    pub session: Option<Session>,
    /// Where it is: "Monday 14 Dec", or "Monday" in an undated plan.
    #[prop_or_default]
    pub day: Option<String>,
    pub units: Units,
    /// Whose paces the workout's estimates use.
    pub runner: Runner,
}

/// The form's fields as typed.
#[derive(Clone, Debug, Default, PartialEq)]
struct Draft {
    kind: String,
    minutes: String,
    distance: String,
    rpe: String,
    title: String,
    notes: String,
    workout: String,
}

impl Draft {
    fn of(session: &Session, units: Units) -> Draft {
        Draft {
            kind: session.kind.json_name().to_string(),
            minutes: session.minutes.to_string(),
            distance: session
                .distance_m
                .map(|m| {
                    let text = format::distance(m, units);
                    text.split(' ').next().unwrap_or_default().to_string()
                })
                .unwrap_or_default(),
            rpe: session.rpe.map(|r| r.to_string()).unwrap_or_default(),
            title: session.title.clone().unwrap_or_default(),
            notes: session.notes.clone().unwrap_or_default(),
            workout: session.workout.clone().unwrap_or_default(),
        }
    }

    /// The edit, or the first problem per field.
    fn check(&self, units: Units) -> Result<Session, Vec<(&'static str, String)>> {
        let mut errors = Vec::new();
        let kind = Kind::from_json_name(&self.kind).unwrap_or(Kind::Easy);
        let minutes = match self.minutes.trim().parse::<u16>() {
            Ok(m) if m <= MAX_MINUTES => m,
            _ => {
                errors.push((
                    "minutes",
                    format!("Minutes must be a whole number from 0 to {MAX_MINUTES}."),
                ));
                0
            }
        };
        let distance_m = if self.distance.trim().is_empty() {
            None
        } else {
            match format::parse_distance(&self.distance, units) {
                Some(m) if m <= BOUNDS.session_distance_m => Some(m),
                _ => {
                    errors.push((
                        "distance",
                        format!("Distance must be a number, like 10 or 12.5 (at most {MAX_DISTANCE_KM} km)."),
                    ));
                    None
                }
            }
        };
        let rpe = if self.rpe.trim().is_empty() {
            None
        } else {
            match self.rpe.trim().parse::<u8>() {
                Ok(r) if r <= MAX_RPE => Some(r),
                _ => {
                    errors.push((
                        "rpe",
                        format!("RPE is a whole number from 0 (rest) to {MAX_RPE} (all out), or empty for the usual."),
                    ));
                    None
                }
            }
        };
        let title = self.title.trim();
        if title.chars().count() > MAX_TITLE_CHARS {
            errors.push((
                "title",
                format!("Keep the title to {MAX_TITLE_CHARS} characters."),
            ));
        }
        if self.workout.chars().count() > BOUNDS.workout_chars {
            errors.push((
                "workout",
                format!("Keep the workout to {} characters.", BOUNDS.workout_chars),
            ));
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            errors.push((
                "notes",
                format!("Keep notes to {MAX_NOTES_CHARS} characters."),
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        Ok(Session {
            id: UNPLACED,
            kind,
            minutes,
            distance_m,
            rpe,
            title: text(title),
            notes: text(&self.notes),
            workout: text(&self.workout),
        })
    }
}

/// The edit dialog.
#[component]
pub fn EditDialog(props: &EditDialogProps) -> Html {
    crate::renders::note("EditDialog");
    let planning = use_planning();
    let dialog = use_node_ref();
    let draft = use_state(Draft::default);
    let errors = use_state(Vec::<(&'static str, String)>::new);

    // Open with the session's values; close when there is none.
    {
        let dialog = dialog.clone();
        let draft = draft.clone();
        let errors = errors.clone();
        let units = props.units;
        use_effect_with(props.session.clone(), move |session| {
            if let Some(element) = dialog.cast::<HtmlDialogElement>() {
                match session {
                    Some(session) => {
                        draft.set(Draft::of(session, units));
                        errors.set(Vec::new());
                        if !element.open() {
                            let _ = element.show_modal();
                        }
                    }
                    None => {
                        if element.open() {
                            element.close();
                        }
                    }
                }
            }
        });
    }

    let field = |update: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| {
                    e.target_dyn_into::<HtmlTextAreaElement>()
                        .map(|t| t.value())
                })
                .unwrap_or_default();
            let mut next = (*draft).clone();
            update(&mut next, value);
            draft.set(next);
        })
    };
    let on_kind = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let mut next = (*draft).clone();
                next.kind = select.value();
                draft.set(next);
            }
        })
    };
    let on_submit = {
        let draft = draft.clone();
        let errors = errors.clone();
        let session = props.session.clone();
        let planning = planning.clone();
        let units = props.units;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(session) = &session else {
                return;
            };
            match draft.check(units) {
                Ok(edit) => planning.send(Action::Save(session.id, edit)),
                Err(problems) => errors.set(problems),
            }
        })
    };
    let on_workout = {
        let draft = draft.clone();
        Callback::from(move |text: String| {
            let mut next = (*draft).clone();
            next.workout = text;
            draft.set(next);
        })
    };
    let on_use_suggestion = {
        let draft = draft.clone();
        Callback::from(move |(kind, minutes, rpe): (Kind, u16, u8)| {
            let mut next = (*draft).clone();
            next.kind = kind.json_name().to_string();
            next.minutes = minutes.to_string();
            next.rpe = rpe.to_string();
            draft.set(next);
        })
    };
    let on_cancel = planning.callback(|_: MouseEvent| Action::Editing(None));
    // Escape: the planner closes the dialog and puts focus back on the card in the
    // same task, as Cancel does. Left to the browser, the dialog closed first and
    // said so a task later, with focus on a field of the closed dialog till then:
    // a key pressed meanwhile went astray.
    let on_escape = planning.callback(|e: Event| {
        e.prevent_default();
        Action::Editing(None)
    });
    // Closed some other way; tell the planner so its state agrees.
    let on_closed = {
        let planning = planning.clone();
        let open = props.session.is_some();
        Callback::from(move |_: Event| {
            if open {
                planning.send(Action::Editing(None));
            }
        })
    };
    let error_for = |name: &str| {
        errors
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, message)| message.clone())
    };
    let described = |name: &'static str| error_for(name).map(|_| format!("wb-edit-{name}-error"));
    let error_line = |name: &'static str| {
        error_for(name).map(|message| {
            html! { <p class="wb-field-error" id={format!("wb-edit-{name}-error")} role="alert">{message}</p> }
        })
    };
    let unit = match props.units {
        Units::Km => "km",
        Units::Mi => "mi",
    };
    let heading = props
        .session
        .as_ref()
        .map(|s| format!("Edit {}", s.display_title()))
        .unwrap_or_default();
    html! {
        <dialog class="wb-dialog" ref={dialog} aria-labelledby="wb-edit-heading"
            oncancel={on_escape} onclose={on_closed}
            data-testid="edit-dialog">
            <form method="dialog" class="wb-form" onsubmit={on_submit} novalidate=true>
                <h2 id="wb-edit-heading">{heading}
                    if let Some(day) = &props.day {
                        <span class="wb-edit-day">{format!(" · {day}")}</span>
                    }
                </h2>
                <label>{"Kind"}
                    <select name="kind" onchange={on_kind}>
                        for kind in Kind::ALL {
                            <option value={kind.json_name()} selected={draft.kind == kind.json_name()}>
                                {kind.label()}
                            </option>
                        }
                    </select>
                </label>
                <div class="wb-form-row">
                    <label>{"Minutes"}
                        <input name="minutes" inputmode="numeric" value={draft.minutes.clone()}
                            aria-invalid={error_for("minutes").is_some().to_string()}
                            aria-describedby={described("minutes")}
                            oninput={field(|d, v| d.minutes = v)} />
                    </label>
                    <label>{format!("Distance ({unit})")}
                        <input name="distance" inputmode="decimal" value={draft.distance.clone()}
                            placeholder="optional"
                            aria-invalid={error_for("distance").is_some().to_string()}
                            aria-describedby={described("distance")}
                            oninput={field(|d, v| d.distance = v)} />
                    </label>
                    <label>{"RPE (0–10)"}
                        <input name="rpe" inputmode="numeric" value={draft.rpe.clone()}
                            placeholder="usual"
                            aria-invalid={error_for("rpe").is_some().to_string()}
                            aria-describedby={described("rpe")}
                            oninput={field(|d, v| d.rpe = v)} />
                    </label>
                </div>
                {error_line("minutes")}{error_line("distance")}{error_line("rpe")}
                <label>{"Title"}
                    <input name="title" value={draft.title.clone()} placeholder="optional"
                        aria-invalid={error_for("title").is_some().to_string()}
                        aria-describedby={described("title")}
                        oninput={field(|d, v| d.title = v)} />
                </label>
                {error_line("title")}
                <WorkoutField text={draft.workout.clone()} units={props.units} runner={props.runner}
                    on_input={on_workout} on_use_suggestion={on_use_suggestion} />
                {error_line("workout")}
                <label>{"Notes"}
                    <textarea name="notes" rows="3" value={draft.notes.clone()}
                        aria-invalid={error_for("notes").is_some().to_string()}
                        aria-describedby={described("notes")}
                        oninput={field(|d, v| d.notes = v)} />
                </label>
                {error_line("notes")}
                <div class="wb-form-actions">
                    <button type="button" onclick={on_cancel}>{"Cancel"}</button>
                    <button type="submit" class="wb-primary" data-testid="edit-save">{"Save"}</button>
                </div>
            </form>
        </dialog>
    }
}
