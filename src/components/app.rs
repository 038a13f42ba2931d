//! The planner: owns the one reducer, derives the report, and lays out the parts.

use super::board::Board;
use super::edit_dialog::EditDialog;
use super::load_chart::LoadChart;
use super::profile::Profile;
use super::score_panel::ScorePanel;
use crate::announce;
use crate::drag::Drag;
use crate::state::{Action, BoardState, Command, SessionEdit};
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use weekboard_core::samples::unbalanced_week;
use weekboard_core::{quick_score, score, Plan, Report, SessionId};
use yew::prelude::*;

/// What the standalone page opens with: seed 001's unbalanced week, so a newcomer
/// sees a verdict and something to fix.
pub fn default_plan() -> Plan {
    Plan {
        week: unbalanced_week(),
        ..Plan::default()
    }
}

/// Which cards and days a focused or hovered finding points at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlight {
    pub days: [bool; 7],
    pub sessions: Vec<SessionId>,
}

impl Highlight {
    fn of_finding(report: &Report, index: usize) -> Highlight {
        let mut highlight = Highlight::default();
        if let Some(finding) = report.findings.get(index) {
            for &day in &finding.days {
                if let Some(slot) = highlight.days.get_mut(day) {
                    *slot = true;
                }
            }
            highlight.sessions = finding.sessions.clone();
        }
        highlight
    }
}

/// The planner's props: the plan it opens with.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub initial: Option<Rc<Plan>>,
}

fn is_editable(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            el.closest("input, textarea, select, dialog, [contenteditable]")
                .ok()
                .flatten()
                .is_some()
        })
}

/// The whole planner.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let board = use_reducer(move || {
        BoardState::new(initial.map(|p| (*p).clone()).unwrap_or_else(default_plan))
    });
    let plan = board.plan().clone();
    let report = use_memo(plan.clone(), |plan| score(&plan.week, &plan.athlete));
    let previous_score = use_memo(board.history.previous().cloned(), |previous| {
        previous
            .as_ref()
            .map(|plan| quick_score(&plan.week, &plan.athlete))
    });
    let drag = use_state(|| None::<Drag>);
    // The score the week would get if the dragged card were dropped where it aims.
    let ghost_score = use_memo(((*drag).clone(), plan.clone()), |(drag, plan)| {
        let command = drag.as_ref()?.command()?;
        let preview = command.apply(plan).unwrap_or_else(|| (**plan).clone());
        Some(quick_score(&preview.week, &preview.athlete))
    });
    let announcement = use_state(String::new);
    let focus_request = use_state(|| None::<(SessionId, u32)>);
    let highlight_index = use_state(|| None::<usize>);
    let editing = use_state(|| None::<SessionId>);

    let on_command = {
        let board = board.clone();
        let report = report.clone();
        let announcement = announcement.setter();
        let focus_request = focus_request.clone();
        Callback::from(move |command: Command| {
            let before = board.plan().clone();
            let Some(after) = command.clone().apply(&before) else {
                return;
            };
            let after_report = score(&after.week, &after.athlete);
            announcement.set(announce::edit(
                &command,
                &before,
                &after,
                &report,
                &after_report,
            ));
            let focus = match &command {
                Command::Move { id, .. } => Some(*id),
                Command::Add { .. } | Command::Duplicate { .. } => Some(before.week.next_id()),
                _ => None,
            };
            if let Some(id) = focus {
                let count = focus_request.map(|(_, n)| n + 1).unwrap_or(0);
                focus_request.set(Some((id, count)));
            }
            board.dispatch(Action::Do(command));
        })
    };

    let on_history = {
        let board = board.clone();
        let report = report.clone();
        let announcement = announcement.setter();
        Callback::from(move |action: Action| {
            let (word, target) = match action {
                Action::Undo => ("Undone.", board.history.previous().cloned()),
                Action::Redo => ("Redone.", board.history.next().cloned()),
                _ => return,
            };
            let Some(target) = target else {
                announcement.set(format!("Nothing to {}.", word.trim_end_matches("ne.")));
                return;
            };
            let after = score(&target.week, &target.athlete);
            announcement.set(format!(
                "{word} {}",
                announce::score_change(&report, &after)
            ));
            board.dispatch(action);
        })
    };

    // Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes — except while typing,
    // where the field's own undo applies.
    let latest_history = use_mut_ref(|| on_history.clone());
    *latest_history.borrow_mut() = on_history.clone();
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::document(), "keydown", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if !(event.ctrl_key() || event.meta_key()) || is_editable(event.target()) {
                return;
            }
            let key = event.key().to_lowercase();
            let action = match (key.as_str(), event.shift_key()) {
                ("z", false) => Action::Undo,
                ("z", true) | ("y", false) => Action::Redo,
                _ => return,
            };
            event.prevent_default();
            latest_history.borrow().emit(action);
        });
        move || drop(listener)
    });

    // Focus follows the card that moved or appeared.
    use_effect_with(*focus_request, |request| {
        if let Some((id, _)) = request {
            let selector = format!("[data-session-id=\"{}\"]", id.0);
            if let Ok(Some(card)) = gloo::utils::document().query_selector(&selector) {
                if let Ok(card) = card.dyn_into::<web_sys::HtmlElement>() {
                    let _ = card.focus();
                }
            }
        }
    });

    let highlight = highlight_index
        .map(|i| Highlight::of_finding(&report, i))
        .unwrap_or_default();

    let on_drag = {
        let drag = drag.clone();
        Callback::from(move |next: Option<Drag>| drag.set(next))
    };
    let on_announce = {
        let announcement = announcement.setter();
        Callback::from(move |text: String| announcement.set(text))
    };
    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |id: Option<SessionId>| editing.set(id))
    };
    let on_highlight = {
        let highlight_index = highlight_index.clone();
        Callback::from(move |index: Option<usize>| highlight_index.set(index))
    };
    let on_save = {
        let on_command = on_command.clone();
        let editing = editing.clone();
        Callback::from(move |(id, session): (SessionId, SessionEdit)| {
            editing.set(None);
            on_command.emit(Command::Edit { id, session });
        })
    };
    let undo = on_history.reform(|_: MouseEvent| Action::Undo);
    let redo = on_history.reform(|_: MouseEvent| Action::Redo);
    let editing_session = (*editing).and_then(|id| plan.week.session(id).cloned());

    html! {
        <div class="wb-app">
            <header class="wb-top">
                <h1 class="wb-brand">{"weekboard"}</h1>
                <div class="wb-toolbar" role="toolbar" aria-label="History">
                    <button type="button" class="wb-tool" onclick={undo}
                        disabled={!board.history.can_undo()}
                        aria-keyshortcuts="Control+Z Meta+Z" data-testid="undo">
                        <span aria-hidden="true">{"↶ "}</span>{"Undo"}
                    </button>
                    <button type="button" class="wb-tool" onclick={redo}
                        disabled={!board.history.can_redo()}
                        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" data-testid="redo">
                        <span aria-hidden="true">{"↷ "}</span>{"Redo"}
                    </button>
                </div>
            </header>
            <div class="wb-layout">
                <ScorePanel
                    report={report.clone()}
                    previous_score={*previous_score}
                    ghost_score={*ghost_score}
                    on_highlight={on_highlight}
                />
                <main class="wb-main">
                    <Board
                        plan={plan.clone()}
                        report={report.clone()}
                        drag={(*drag).clone()}
                        highlight={highlight}
                        on_command={on_command.clone()}
                        on_drag={on_drag}
                        on_announce={on_announce}
                        on_edit={on_edit.clone()}
                    />
                    <div class="wb-side">
                    <LoadChart report={report.clone()} settings={plan.settings} />
                    <Profile
                        athlete={plan.athlete.clone()}
                        settings={plan.settings}
                        on_command={on_command.clone()}
                    />
                    </div>
                </main>
            </div>
            <EditDialog
                session={editing_session}
                units={plan.settings.units}
                on_save={on_save}
                on_close={on_edit.reform(|_| None)}
            />
            <div class="wb-visually-hidden" aria-live="polite" aria-atomic="true"
                data-testid="announcer">{(*announcement).clone()}</div>
        </div>
    }
}
