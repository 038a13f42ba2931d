//! The edit dialog's "Workout" field: as the coach types, the board reads the
//! notation and shows its structure and totals, or the error under its column.

use crate::format;
use weekboard_core::notation::{self, Recovery, RecoveryStyle, Role, Runner, Step, Workout};
use weekboard_core::{Kind, Units};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkoutFieldProps {
    pub text: AttrValue,
    pub units: Units,
    /// Whose paces the estimates use.
    pub runner: Runner,
    pub on_input: Callback<String>,
    /// Take the parse's kind, minutes and RPE for the session.
    pub on_use_suggestion: Callback<(Kind, u16, u8)>,
}

/// "90″ walk", "2′ jog", "200 m jog".
fn recovery_words(recovery: &Recovery) -> String {
    let amount = match (recovery.distance_m, recovery.time_s) {
        (Some(m), _) => format!("{m} m"),
        (None, Some(s)) => seconds(s),
        (None, None) => String::new(),
    };
    let style = match recovery.style {
        Some(RecoveryStyle::Jog) => "jog",
        Some(RecoveryStyle::Walk) => "walk",
        Some(RecoveryStyle::Rest) => "rest",
        Some(RecoveryStyle::Float) => "float",
        None => "recovery",
    };
    format!("{amount} {style}").trim().to_string()
}

/// "90″", "6′", "6′30″", "1 h 05′".
fn seconds(total: u32) -> String {
    let (h, m, s) = (total / 3600, total / 60 % 60, total % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s}″"),
        (0, m, 0) => format!("{m}′"),
        (0, m, s) => format!("{m}′{s:02}″"),
        (h, m, _) => format!("{h} h {m:02}′"),
    }
}

/// The steps as indented lines: (depth, text).
fn outline(text: &str, steps: &[Step], depth: usize, lines: &mut Vec<(usize, String)>) {
    let source =
        |span: &std::ops::Range<usize>| text.get(span.clone()).unwrap_or("").trim().to_string();
    for step in steps {
        match step {
            Step::Run(run) => {
                let role = match run.role {
                    Role::WarmUp => "Warm-up: ",
                    Role::CoolDown => "Cool-down: ",
                    Role::Easy => "Easy: ",
                    Role::Work => "",
                };
                let mut line = format!("{role}{}", source(&run.span));
                if let Some(after) = &run.after {
                    line.push_str(&format!(", then {}", recovery_words(after)));
                }
                lines.push((depth, line));
            }
            Step::Recovery(recovery) => {
                lines.push((depth, format!("Recovery: {}", recovery_words(recovery))))
            }
            Step::Repeat(repeat) => {
                let mut head = format!("{} ×", repeat.times);
                if let Some(between) = &repeat.between {
                    head.push_str(&format!(" ({} between)", recovery_words(between)));
                }
                lines.push((depth, head));
                outline(text, &repeat.steps, depth + 1, lines);
                if let Some(after) = &repeat.after {
                    lines.push((depth, format!("then {}", recovery_words(after))));
                }
            }
            Step::Block(block) => {
                lines.push((depth, "Set:".to_string()));
                outline(text, &block.steps, depth + 1, lines);
                if let Some(after) = &block.after {
                    lines.push((depth, format!("then {}", recovery_words(after))));
                }
            }
        }
    }
}

fn totals_line(workout: &Workout, units: Units, runner: Runner) -> String {
    let t = &workout.totals;
    let mut parts = Vec::new();
    if t.reps > 0 {
        parts.push(format!("{} reps", t.reps));
    }
    if t.work_m > 0 {
        parts.push(format!("{} of work", format::distance(t.work_m, units)));
    }
    if let Some(s) = t.work_s.filter(|s| *s > 0) {
        parts.push(format!("{} working", seconds(s)));
    }
    if t.recovery_s > 0 {
        parts.push(format!("{} recovery", seconds(t.recovery_s)));
    }
    let about = if t.is_estimate { "about " } else { "" };
    let yours = if t.is_estimate && !runner.is_reference() {
        " at your paces"
    } else {
        ""
    };
    parts.push(format!(
        "{about}{} in all{yours}",
        format::minutes(t.estimated_minutes)
    ));
    if t.assumed_minutes > 0 {
        parts.push(format!(
            "with {}′ warm-up and cool-down assumed",
            t.assumed_minutes
        ));
    }
    parts.join(" · ")
}

/// The workout field with its live reading.
#[component]
pub fn WorkoutField(props: &WorkoutFieldProps) -> Html {
    crate::renders::note("WorkoutField");
    let text = props.text.to_string();
    let on_input = props.on_input.reform(|e: InputEvent| {
        e.target_dyn_into::<web_sys::HtmlTextAreaElement>()
            .map(|t| t.value())
            .unwrap_or_default()
    });
    let reading = if text.trim().is_empty() {
        html! { <p class="wb-hint" id="wb-workout-reading">{"Optional. For example: 6 x 800m @ 5K pace w/ 2' jog"}</p> }
    } else {
        match notation::parse_for(&text, props.runner) {
            Ok(workout) => {
                let mut lines = Vec::new();
                outline(&text, &workout.steps, 0, &mut lines);
                let kind = workout.suggested_kind;
                let minutes = workout.totals.estimated_minutes.min(600) as u16;
                let rpe = workout.suggested_rpe;
                let suggestion = (kind, minutes, rpe);
                html! {
                    <div class="wb-workout-reading" id="wb-workout-reading" data-testid="workout-reading">
                        <ul class="wb-workout-outline">
                            for (depth, line) in lines {
                                <li data-depth={depth.min(4).to_string()}>{line}</li>
                            }
                        </ul>
                        <p class="wb-workout-totals" data-testid="workout-totals">{totals_line(&workout, props.units, props.runner)}</p>
                        <button type="button" class="wb-suggestion" data-testid="use-suggestion"
                            onclick={props.on_use_suggestion.reform(move |_: MouseEvent| suggestion)}>
                            {format!("Use: {} · {} · RPE {rpe}", kind.label(), format::minutes(u32::from(minutes)))}
                        </button>
                    </div>
                }
            }
            Err(error) => {
                // The line in error, and a caret under the column it names.
                let line = text
                    .lines()
                    .nth(error.line().saturating_sub(1))
                    .unwrap_or(&text);
                let caret = format!("{}^", " ".repeat(error.column().saturating_sub(1)));
                html! {
                    <div class="wb-workout-error" id="wb-workout-reading" role="status" data-testid="workout-error">
                        <pre aria-hidden="true">{line}{"\n"}{caret}</pre>
                        <p>{error.to_string()}</p>
                    </div>
                }
            }
        }
    };
    html! {
        <div class="wb-workout-field">
            <label>{"Workout"}
                <textarea name="workout" rows="2" value={text.clone()} spellcheck="false"
                    aria-describedby="wb-workout-reading" oninput={on_input} />
            </label>
            {reading}
        </div>
    }
}
