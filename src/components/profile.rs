//! The runner's profile (level, age, usual week, longest recent run) and the
//! board's settings (units, first day of the week).

use super::paces::Paces;
use crate::format;
use crate::planning::use_planning;
use crate::state::{Action, By, Command};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use weekboard_core::plan::BOUNDS;
use weekboard_core::{Athlete, Level, Settings, Units, WeekStart};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub athlete: Athlete,
    pub settings: Settings,
}

/// One numeric profile field: how to read it and where it goes.
#[derive(Clone, Copy, PartialEq)]
enum Field {
    Age,
    UsualDistance,
    UsualMinutes,
    LongestDistance,
    LongestMinutes,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Age => "age",
            Field::UsualDistance => "usual-distance",
            Field::UsualMinutes => "usual-minutes",
            Field::LongestDistance => "longest-distance",
            Field::LongestMinutes => "longest-minutes",
        }
    }

    /// The athlete with this field set from `text` (empty clears it), or what is wrong.
    fn apply(self, athlete: &Athlete, text: &str, units: Units) -> Result<Athlete, String> {
        let mut next = athlete.clone();
        let text = text.trim();
        let whole = |max: u32, what: &str| -> Result<Option<u32>, String> {
            if text.is_empty() {
                return Ok(None);
            }
            match text.parse::<u32>() {
                Ok(v) if v <= max => Ok(Some(v)),
                _ => Err(format!("{what} must be a whole number up to {max}.")),
            }
        };
        let distance = |max_km: u32, what: &str| -> Result<Option<u32>, String> {
            if text.is_empty() {
                return Ok(None);
            }
            match format::parse_distance(text, units) {
                Some(m) if m <= max_km * 1000 => Ok(Some(m)),
                _ => Err(format!("{what} must be a distance up to {max_km} km.")),
            }
        };
        match self {
            Field::Age => {
                let (min, max) = (BOUNDS.age_min, BOUNDS.age_max);
                let age = whole(u32::from(max), "Age")?;
                if age.is_some_and(|a| a < u32::from(min)) {
                    return Err(format!("Age must be from {min} to {max}."));
                }
                next.age = age.map(|a| a as u8);
            }
            Field::UsualDistance => {
                next.usual_week_m = distance(BOUNDS.usual_week_m / 1000, "A usual week")?
            }
            Field::UsualMinutes => {
                let max = u32::from(BOUNDS.usual_week_minutes);
                next.usual_week_minutes = whole(max, "Usual minutes")?.map(|m| m as u16)
            }
            Field::LongestDistance => {
                next.longest_recent_run_m =
                    distance(BOUNDS.longest_run_m / 1000, "The longest run")?
            }
            Field::LongestMinutes => {
                let max = u32::from(BOUNDS.longest_run_minutes);
                next.longest_recent_run_minutes =
                    whole(max, "Longest run minutes")?.map(|m| m as u16)
            }
        }
        Ok(next)
    }

    fn value(self, athlete: &Athlete, units: Units) -> String {
        let distance = |m: Option<u32>| {
            m.map(|m| {
                format::distance(m, units)
                    .split(' ')
                    .next()
                    .unwrap_or_default()
                    .to_string()
            })
            .unwrap_or_default()
        };
        match self {
            Field::Age => athlete.age.map(|a| a.to_string()).unwrap_or_default(),
            Field::UsualDistance => distance(athlete.usual_week_m),
            Field::UsualMinutes => athlete
                .usual_week_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
            Field::LongestDistance => distance(athlete.longest_recent_run_m),
            Field::LongestMinutes => athlete
                .longest_recent_run_minutes
                .map(|m| m.to_string())
                .unwrap_or_default(),
        }
    }
}

/// What the runner typed into a field that can't be taken, and why. It stays in
/// the field, with its message, until that field is changed to something that can.
#[derive(Clone, PartialEq)]
struct Refused {
    field: Field,
    text: String,
    message: String,
}

/// The profile and settings panel.
#[component]
pub fn Profile(props: &ProfileProps) -> Html {
    crate::renders::note("Profile");
    let planning = use_planning();
    // One entry per field whose text is refused; the other fields keep theirs.
    let refused = use_state(Vec::<Refused>::new);
    let units = props.settings.units;
    let unit = match units {
        Units::Km => "km",
        Units::Mi => "mi",
    };
    let number = |field: Field, label: String, mode: &'static str| {
        let on_change = {
            let athlete = props.athlete.clone();
            let planning = planning.clone();
            let refused = refused.clone();
            Callback::from(move |e: Event| {
                let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                    return;
                };
                let text = input.value();
                let outcome = field.apply(&athlete, &text, units);
                let mut now: Vec<Refused> = refused
                    .iter()
                    .filter(|r| r.field != field)
                    .cloned()
                    .collect();
                if let Err(message) = &outcome {
                    now.push(Refused {
                        field,
                        text,
                        message: message.clone(),
                    });
                }
                refused.set(now);
                if let Ok(next) = outcome {
                    planning.send(Action::Do(Command::SetAthlete(next), By::Focus));
                }
            })
        };
        let mine = refused.iter().find(|r| r.field == field);
        let problem = mine.map(|r| r.message.clone());
        // A refused text stays to be corrected; else the profile's value.
        let value = mine.map_or_else(|| field.value(&props.athlete, units), |r| r.text.clone());
        let error_id = format!("wb-profile-{}-error", field.name());
        html! {
            <label>{label}
                <input name={field.name()} inputmode={mode}
                    value={value}
                    placeholder="not set"
                    aria-invalid={problem.is_some().to_string()}
                    aria-describedby={problem.is_some().then(|| error_id.clone())}
                    onchange={on_change} />
                if let Some(message) = problem {
                    <span class="wb-field-error" id={error_id} role="alert">{message}</span>
                }
            </label>
        }
    };
    let on_level = {
        let athlete = props.athlete.clone();
        let planning = planning.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let level = Level::ALL
                    .into_iter()
                    .find(|l| l.label().to_ascii_lowercase() == select.value());
                planning.send(Action::Do(
                    Command::SetAthlete(Athlete {
                        level,
                        ..athlete.clone()
                    }),
                    By::Focus,
                ));
            }
        })
    };
    let on_units = {
        let settings = props.settings;
        let planning = planning.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let units = if select.value() == "mi" {
                    Units::Mi
                } else {
                    Units::Km
                };
                planning.send(Action::Do(
                    Command::SetSettings(Settings { units, ..settings }),
                    By::Focus,
                ));
            }
        })
    };
    let on_week_start = {
        let settings = props.settings;
        let planning = planning.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let week_start = if select.value() == "sunday" {
                    WeekStart::Sunday
                } else {
                    WeekStart::Monday
                };
                planning.send(Action::Do(
                    Command::SetSettings(Settings {
                        week_start,
                        ..settings
                    }),
                    By::Focus,
                ));
            }
        })
    };
    let level = props.athlete.level;
    html! {
        <section class="wb-profile" aria-label="Runner profile and settings">
            <details open=true>
                <summary class="wb-side-title">{"Runner profile"}</summary>
                <p class="wb-hint">{"Judges the week against what you have built. All optional."}</p>
                <div class="wb-form wb-profile-form">
                    <label>{"Level"}
                        <select name="level" onchange={on_level}>
                            <option value="" selected={level.is_none()}>{"Not set"}</option>
                            for l in Level::ALL {
                                <option value={l.label().to_ascii_lowercase()} selected={level == Some(l)}>{l.label()}</option>
                            }
                        </select>
                    </label>
                    {number(Field::Age, "Age".to_string(), "numeric")}
                    {number(Field::UsualDistance, format!("Usual week ({unit})"), "decimal")}
                    {number(Field::UsualMinutes, "Usual week (minutes)".to_string(), "numeric")}
                    {number(Field::LongestDistance, format!("Longest run, last 30 days ({unit})"), "decimal")}
                    {number(Field::LongestMinutes, "Longest run, last 30 days (minutes)".to_string(), "numeric")}
                </div>
                <Paces athlete={props.athlete.clone()} units={units} />
            </details>
            <details>
                <summary class="wb-side-title">{"Settings"}</summary>
                <div class="wb-form">
                    <label>{"Units"}
                        <select name="units" onchange={on_units}>
                            <option value="km" selected={units == Units::Km}>{"Kilometres"}</option>
                            <option value="mi" selected={units == Units::Mi}>{"Miles"}</option>
                        </select>
                    </label>
                    <label>{"Week starts on"}
                        <select name="week-start" onchange={on_week_start}>
                            <option value="monday" selected={props.settings.week_start == WeekStart::Monday}>{"Monday"}</option>
                            <option value="sunday" selected={props.settings.week_start == WeekStart::Sunday}>{"Sunday"}</option>
                        </select>
                    </label>
                </div>
            </details>
        </section>
    }
}
