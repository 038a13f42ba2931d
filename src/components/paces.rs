//! The runner's own paces, for workout estimates: a recent race (distance and time)
//! or a threshold pace. Either is optional; with neither, estimates use a reference
//! runner who races 5 km in 22:00.

use crate::format;
use crate::planning::use_planning;
use crate::state::{Action, By, Command};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use weekboard_core::model::RaceResult;
use weekboard_core::notation::{Pace, Runner};
use weekboard_core::plan::BOUNDS;
use weekboard_core::{Athlete, Units};
use yew::prelude::*;

/// The race distances a runner picks from, in metres, with their names.
const RACES: [(u32, &str); 4] = [
    (5_000, "5 km"),
    (10_000, "10 km"),
    (21_097, "Half marathon"),
    (42_195, "Marathon"),
];

#[derive(Properties, PartialEq)]
pub struct PacesProps {
    pub athlete: Athlete,
    pub units: Units,
}

/// Why a race can't be taken, in the runner's words; `Ok(None)` when it is cleared.
fn read_race(distance_m: u32, time: &str) -> Result<Option<RaceResult>, String> {
    if time.trim().is_empty() || distance_m == 0 {
        return Ok(None);
    }
    let seconds = format::parse_clock(time)
        .ok_or("Write the race time as minutes:seconds or h:mm:ss, like 48:30.")?;
    let pace = f64::from(seconds) / (f64::from(distance_m) / 1000.0);
    let (fast, slow) = (
        f64::from(BOUNDS.race_pace_min),
        f64::from(BOUNDS.race_pace_max),
    );
    if !(fast..=slow).contains(&pace) {
        return Err(format!(
            "That is {} for the race: check the time.",
            format::pace(pace, Units::Km)
        ));
    }
    Ok(Some(RaceResult {
        distance_m,
        seconds,
    }))
}

/// A threshold pace typed in the runner's units, as seconds per km.
fn read_threshold(text: &str, units: Units) -> Result<Option<u16>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let unit = match units {
        Units::Km => 1.0,
        Units::Mi => format::METRES_PER_MILE / 1000.0,
    };
    let per_km = format::parse_clock(text)
        .map(|s| (f64::from(s) / unit).round())
        .filter(|s| {
            (f64::from(BOUNDS.threshold_pace_min)..=f64::from(BOUNDS.threshold_pace_max))
                .contains(s)
        })
        .ok_or_else(|| {
            format!(
                "Threshold pace must be from {} to {}, as minutes:seconds.",
                format::pace(f64::from(BOUNDS.threshold_pace_min), units),
                format::pace(f64::from(BOUNDS.threshold_pace_max), units)
            )
        })?;
    Ok(Some(per_km as u16))
}

/// The paces fields.
#[component]
pub fn Paces(props: &PacesProps) -> Html {
    crate::renders::note("Paces");
    let planning = use_planning();
    let units = props.units;
    let race = props.athlete.recent_race;
    // The distance is kept here until a time goes with it: a plan stores both or none.
    let distance = use_state(|| race.map_or(RACES[1].0, |r| r.distance_m));
    let time = use_state(|| race.map(|r| format::clock(r.seconds)).unwrap_or_default());
    let error = use_state(|| None::<(&'static str, String)>);
    // Undo, a file or a link may change the race under the fields: follow it.
    {
        let (distance, time) = (distance.clone(), time.clone());
        use_effect_with(race, move |race| match race {
            Some(r) => {
                distance.set(r.distance_m);
                time.set(format::clock(r.seconds));
            }
            None => time.set(String::new()),
        });
    }

    let set_race = {
        let athlete = props.athlete.clone();
        let planning = planning.clone();
        let error = error.clone();
        move |distance_m: u32, text: &str| match read_race(distance_m, text) {
            Ok(recent_race) => {
                error.set(None);
                let next = Athlete {
                    recent_race,
                    ..athlete.clone()
                };
                if next != athlete {
                    planning.send(Action::Do(Command::SetAthlete(next), By::Focus));
                }
            }
            Err(message) => error.set(Some(("race", message))),
        }
    };
    let on_distance = {
        let set_race = set_race.clone();
        let (distance, time) = (distance.clone(), time.clone());
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let m = select.value().parse().unwrap_or(RACES[1].0);
                distance.set(m);
                set_race(m, &time);
            }
        })
    };
    let on_time = {
        let (distance, time) = (distance.clone(), time.clone());
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                time.set(input.value());
                set_race(*distance, &input.value());
            }
        })
    };
    let on_threshold = {
        let athlete = props.athlete.clone();
        let planning = planning.clone();
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            match read_threshold(&input.value(), units) {
                Ok(pace) => {
                    error.set(None);
                    let next = Athlete {
                        threshold_pace_s_per_km: pace,
                        ..athlete.clone()
                    };
                    if next != athlete {
                        planning.send(Action::Do(Command::SetAthlete(next), By::Focus));
                    }
                }
                Err(message) => error.set(Some(("threshold", message))),
            }
        })
    };
    let problem = |field: &str| {
        error
            .as_ref()
            .filter(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
    };
    let runner = Runner::of(&props.athlete);
    let threshold_value = props
        .athlete
        .threshold_pace_s_per_km
        .map(|p| {
            let shown = format::pace(f64::from(p), units);
            shown.split(' ').next().unwrap_or_default().to_string()
        })
        .unwrap_or_default();
    let unit = match units {
        Units::Km => "km",
        Units::Mi => "mi",
    };
    let summary = (!runner.is_reference()).then(|| {
        format!(
            "Estimates use your paces: easy {}, threshold {}, 5 km pace {}.",
            format::pace(runner.pace(Pace::Easy), units),
            format::pace(runner.pace(Pace::Threshold), units),
            format::pace(runner.pace(Pace::Interval), units)
        )
    });
    let race_error = problem("race");
    let threshold_error = problem("threshold");
    html! {
        <fieldset class="wb-paces wb-form" data-testid="paces">
            <legend>{"Your paces (for workout estimates)"}</legend>
            <div class="wb-form-row">
                <label>{"Recent race"}
                    <select name="race-distance" onchange={on_distance}>
                        for (m, name) in RACES {
                            <option value={m.to_string()} selected={*distance == m}>{name}</option>
                        }
                    </select>
                </label>
                <label>{"Race time"}
                    <input name="race-time" inputmode="numeric" placeholder="e.g. 48:30"
                        value={(*time).clone()} onchange={on_time}
                        aria-invalid={race_error.is_some().to_string()}
                        aria-describedby={race_error.is_some().then_some("wb-race-error")} />
                </label>
                <label>{format!("or threshold pace (per {unit})")}
                    <input name="threshold-pace" inputmode="numeric" placeholder="e.g. 4:50"
                        value={threshold_value} onchange={on_threshold}
                        aria-invalid={threshold_error.is_some().to_string()}
                        aria-describedby={threshold_error.is_some().then_some("wb-threshold-error")} />
                </label>
            </div>
            if let Some(message) = race_error {
                <span class="wb-field-error" id="wb-race-error" role="alert">{message}</span>
            }
            if let Some(message) = threshold_error {
                <span class="wb-field-error" id="wb-threshold-error" role="alert">{message}</span>
            }
            <p class="wb-hint" data-testid="paces-summary">
                {summary.unwrap_or_else(|| "Without a race or a pace, estimates assume a 22:00 5 km.".to_string())}
            </p>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_race_needs_a_time_a_runner_runs() {
        assert_eq!(
            read_race(10_000, "48:30"),
            Ok(Some(RaceResult {
                distance_m: 10_000,
                seconds: 2_910
            }))
        );
        assert_eq!(read_race(10_000, ""), Ok(None));
        assert!(read_race(10_000, "48.30").is_err());
        assert!(read_race(42_195, "1:00:00")
            .unwrap_err()
            .contains("check the time"));
    }

    #[test]
    fn a_threshold_pace_reads_in_the_runners_units() {
        assert_eq!(read_threshold("4:30", Units::Km), Ok(Some(270)));
        assert_eq!(read_threshold("7:15", Units::Mi), Ok(Some(270)));
        assert_eq!(read_threshold("", Units::Km), Ok(None));
        assert!(read_threshold("1:00", Units::Km).is_err());
    }
}
