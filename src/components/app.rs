//! The planner: owns the one reducer, derives the report, and lays out the parts.

use super::board::{focus_card, Board};
use super::edit_dialog::EditDialog;
use super::host::use_host;
use super::load_chart::LoadChart;
use super::notices::{Notices, Problems};
use super::plan_tools::PlanTools;
use super::profile::Profile;
use super::score_panel::ScorePanel;
use super::suggest::{Proposal, Suggest};
use crate::announce;
use crate::drag::{Drag, DragSource, DropTarget};
use crate::embed::Embedding;
use crate::opening::{self, Notice, Viewing};
use crate::state::{Action, BoardState, Command};
use crate::{persist, share};
use gloo::events::{EventListener, EventListenerOptions};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use weekboard_core::samples::unbalanced_week;
use weekboard_core::{link, quick_score, score, Plan, Report, Session, SessionId};
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

/// The planner's props. The standalone page uses the defaults; each `<week-board>`
/// element passes its attributes as an [`Embedding`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the week is saved in localStorage; `None` keeps it in memory only.
    #[prop_or(Some(AttrValue::Static(persist::DEFAULT_KEY)))]
    pub storage_key: Option<AttrValue>,
    /// Set when the planner is embedded in someone else's page.
    #[prop_or_default]
    pub embedding: Option<Rc<Embedding>>,
    /// Told about every change of the plan (with its report) after the first render.
    #[prop_or_default]
    pub on_change: Option<Callback<(Rc<Plan>, Rc<Report>)>>,
}

impl Default for AppProps {
    fn default() -> AppProps {
        AppProps {
            storage_key: Some(AttrValue::Static(persist::DEFAULT_KEY)),
            embedding: None,
            on_change: None,
        }
    }
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
    crate::renders::note("App");
    let opening = {
        let storage_key = props.storage_key.clone();
        let embedding = props.embedding.clone();
        use_memo((), move |_| match &embedding {
            Some(embedding) => opening::open_embedded(embedding, storage_key.as_deref()),
            None => opening::open(storage_key.as_deref().unwrap_or(persist::DEFAULT_KEY)),
        })
    };
    let embedded = props.embedding.is_some();
    let board = {
        let opening = opening.clone();
        use_reducer(move || BoardState::new(opening.plan.clone()))
    };
    let viewing = {
        let opening = opening.clone();
        use_state(move || opening.viewing.clone())
    };
    let notices = {
        let opening = opening.clone();
        use_state(move || opening.notices.clone())
    };
    let storage_warned = use_mut_ref(|| opening.storage_warned);
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
    // A suggestion belongs to the plan it was searched for; any edit makes it stale.
    let proposal = use_state(|| None::<(Rc<Plan>, Proposal)>);
    let current_proposal = proposal
        .as_ref()
        .filter(|(for_plan, _)| Rc::ptr_eq(for_plan, &plan))
        .map(|(_, p)| p.clone());
    let moves: Rc<Vec<(SessionId, usize)>> = Rc::new(match &current_proposal {
        Some(Proposal::Ready(s)) => s.moves.iter().map(|m| (m.id, m.to)).collect(),
        _ => Vec::new(),
    });
    let on_proposal = {
        let proposal = proposal.clone();
        let plan = plan.clone();
        Callback::from(move |next: Option<Proposal>| proposal.set(next.map(|p| (plan.clone(), p))))
    };

    let root = use_node_ref();
    let on_command = {
        let root = root.clone();
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
            // Focus follows the card for keyboard and menu users, whose focus is in
            // the planner; a pointer drop has let go of it.
            let focus_inside = crate::dom::active_element().is_some_and(|active| {
                root.cast::<web_sys::Node>()
                    .is_some_and(|root| root.contains(Some(&active)))
            });
            let focus = match &command {
                _ if !focus_inside => None,
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
    // Embedded, the keys belong to this widget only: two on a page undo separately.
    let keys_root = root.clone();
    use_effect_with(embedded, move |embedded| {
        let keys_from: Option<web_sys::EventTarget> = match embedded {
            true => keys_root.cast::<web_sys::Node>().map(Into::into),
            false => Some(gloo::utils::document().into()),
        };
        let listener = keys_from.as_ref().map(|target| {
            // Not passive: the shortcut replaces the browser's own undo.
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(target, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                if !(event.ctrl_key() || event.meta_key()) || is_editable(event.target()) {
                    return;
                }
                let key = event.key().to_ascii_lowercase();
                let action = match (key.as_str(), event.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                event.prevent_default();
                latest_history.borrow().emit(action);
            })
        });
        move || drop(listener)
    });

    // Focus follows the card that moved or appeared.
    {
        let root = root.clone();
        use_effect_with(*focus_request, move |request| {
            if let Some((id, _)) = request {
                focus_card(&root, *id);
            }
        });
    }

    // Autosave: an effect of the plan changing, and only for the runner's own week.
    {
        let notices = notices.clone();
        let storage_key = props.storage_key.clone();
        let own = *viewing == Viewing::Own;
        use_effect_with((plan.clone(), own), move |(plan, own)| {
            if let (true, Some(storage_key)) = (*own, storage_key) {
                if let Err(problem) = persist::save(&storage_key, plan) {
                    if !std::mem::replace(&mut *storage_warned.borrow_mut(), true) {
                        let mut next = (*notices).clone();
                        next.push(Notice::warning(problem.message()));
                        notices.set(next);
                    }
                }
            }
        });
    }

    // A link pasted into the address bar of an open board opens like a fresh one.
    let latest_open_link = use_mut_ref(Callback::<()>::noop);
    *latest_open_link.borrow_mut() = {
        let board = board.clone();
        let viewing = viewing.clone();
        let notices = notices.clone();
        Callback::from(move |_| match share::from_location() {
            None => {}
            Some(Ok(decoded)) => {
                let own = match &*viewing {
                    Viewing::Own => board.plan().clone(),
                    Viewing::Shared { own, .. } => own.clone(),
                };
                viewing.set(Viewing::Shared {
                    own,
                    has_athlete: decoded.has_athlete,
                });
                board.dispatch(Action::Load(Box::new(decoded.plan)));
            }
            Some(Err(error)) => {
                share::clear_location();
                let mut next = (*notices).clone();
                next.push(Notice::warning(opening::broken_link(&error.to_string())));
                notices.set(next);
            }
        })
    };
    use_effect_with(embedded, move |embedded| {
        // An embedded board leaves the host page's address alone.
        let listener = (!embedded).then(|| {
            EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                latest_open_link.borrow().emit(())
            })
        });
        move || drop(listener)
    });

    use_host(&props.embedding, &props.on_change, &board, &plan, &report);

    let on_keep_shared = {
        let viewing = viewing.clone();
        let board = board.clone();
        Callback::from(move |_| {
            // A link without a profile keeps the runner's own.
            if let Viewing::Shared {
                own,
                has_athlete: false,
            } = &*viewing
            {
                board.dispatch(Action::Do(Command::SetAthlete(own.athlete.clone())));
            }
            share::clear_location();
            viewing.set(Viewing::Own);
        })
    };
    let on_back_to_own = {
        let viewing = viewing.clone();
        let board = board.clone();
        Callback::from(move |_| {
            if let Viewing::Shared { own, .. } = &*viewing {
                board.dispatch(Action::Load(Box::new((**own).clone())));
            }
            share::clear_location();
            viewing.set(Viewing::Own);
        })
    };
    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |index: usize| {
            let mut next = (*notices).clone();
            if index < next.len() {
                next.remove(index);
            }
            notices.set(next);
        })
    };
    let on_import = {
        let board = board.clone();
        Callback::from(move |plan: Plan| board.dispatch(Action::Load(Box::new(plan))))
    };

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
        Callback::from(move |(id, session): (SessionId, Session)| {
            editing.set(None);
            on_command.emit(Command::Edit { id, session });
        })
    };
    let undo = on_history.reform(|_: MouseEvent| Action::Undo);
    let redo = on_history.reform(|_: MouseEvent| Action::Redo);
    let floating = use_node_ref();
    let dragging_card = matches!(
        &*drag,
        Some(Drag {
            source: DragSource::Card(_),
            ..
        })
    );
    let over_remove = drag
        .as_ref()
        .is_some_and(|d| d.target == Some(DropTarget::Remove));
    let editing_session = (*editing).and_then(|id| plan.week.session(id).cloned());

    let readonly = props.embedding.as_ref().is_some_and(|e| e.readonly);
    // Embedded, links lead to the standalone planner; standalone, to this page.
    // Memoised: the planner re-renders on every drag step, the link only changes
    // with the plan.
    let planner_url = use_memo(props.embedding.clone(), |embedding| match embedding {
        Some(embedding) => AttrValue::from(embedding.planner_url.clone()),
        None => share::this_page(),
    });
    let planner_link = use_memo(
        (embedded, (*planner_url).clone(), plan.clone()),
        |(embedded, url, plan)| embedded.then(|| format!("{url}{}", link::fragment(plan, false))),
    );
    let open_in_planner = (*planner_link).clone().map(|href| {
        html! {
            <a class="wb-open-planner" href={href}
                target="_blank" rel="noopener" data-testid="open-in-planner">
                {"Open in planner"}<span aria-hidden="true">{" ↗"}</span>
            </a>
        }
    });
    // The post's week, to come back to after the reader's own changes.
    let post_week = use_memo(
        (props.embedding.clone(), plan.clone()),
        |(embedding, plan)| {
            embedding
                .as_ref()
                .filter(|e| !e.readonly && e.post_week.is_some())
                .map(|e| e.starting_plan())
                .filter(|post| post != &**plan)
        },
    );
    let on_back_to_post = (*post_week).clone().map(|post| {
        let board = board.clone();
        Callback::from(move |_: MouseEvent| board.dispatch(Action::Load(Box::new(post.clone()))))
    });
    let problems = props
        .embedding
        .as_ref()
        .map(|e| e.problems.clone())
        .unwrap_or_default();
    let brand = match embedded {
        // A widget inside a post mustn't add a top-level heading to it.
        true => html! { <p class="wb-brand">{"weekboard"}</p> },
        false => html! { <h1 class="wb-brand">{"weekboard"}</h1> },
    };
    let classes = classes!(
        "wb-app",
        embedded.then_some("is-embedded"),
        readonly.then_some("is-readonly")
    );

    // The same board and chart in both layouts; read-only takes the drag away.
    let board_view = html! {
        <Board
            plan={plan.clone()}
            moves={moves}
            report={report.clone()}
            drag={if readonly { None } else { (*drag).clone() }}
            highlight={highlight}
            readonly={readonly}
            on_command={on_command.clone()}
            on_drag={on_drag}
            on_announce={on_announce}
            on_edit={on_edit.clone()}
            root={root.clone()}
            floating={floating.clone()}
        />
    };
    let load_chart = html! { <LoadChart report={report.clone()} settings={plan.settings} /> };

    if readonly {
        return html! {
            <div class={classes} ref={root.clone()} data-testid="planner">
              <div class="wb-frame">
                <header class="wb-top">
                    {brand}
                    {for open_in_planner}
                </header>
                <Problems problems={problems} />
                <div class="wb-layout">
                    <ScorePanel
                        report={report.clone()}
                        previous_score={None::<u8>}
                        ghost_score={None::<u8>}
                        on_highlight={on_highlight}
                    />
                    <main class="wb-main">
                        {board_view}
                        <div class="wb-side">{load_chart}</div>
                    </main>
                </div>
              </div>
            </div>
        };
    }

    html! {
        // The frame is the container the layout queries; what is fixed to the
        // viewport during a drag sits outside it, since containment would pin
        // it to the frame instead.
        <div class={classes} ref={root.clone()} data-testid="planner">
          <div class="wb-frame">
            <header class="wb-top">
                {brand}
                if let Some(on_back_to_post) = on_back_to_post {
                    <button type="button" class="wb-tool" onclick={on_back_to_post}
                        data-testid="back-to-post">{"Back to the post's week"}</button>
                }
                {for open_in_planner}
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
            <Problems problems={problems} />
            <Notices
                notices={(*notices).clone()}
                viewing={(*viewing).clone()}
                on_dismiss={on_dismiss}
                on_keep_shared={on_keep_shared}
                on_back_to_own={on_back_to_own}
            />
            <div class="wb-layout">
                <ScorePanel
                    report={report.clone()}
                    previous_score={*previous_score}
                    ghost_score={*ghost_score}
                    on_highlight={on_highlight}
                />
                <main class="wb-main">
                    <Suggest
                        plan={plan.clone()}
                        proposal={current_proposal}
                        on_proposal={on_proposal}
                        on_command={on_command.clone()}
                    />
                    {board_view}
                    <div class="wb-side">
                        <PlanTools plan={plan.clone()} on_import={on_import}
                            planner_url={(*planner_url).clone()} embedded={embedded} />
                    {load_chart}
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
          <div class="wb-floating" ref={floating} aria-hidden="true"></div>
          if dragging_card {
              <div class={classes!("wb-remove-zone", over_remove.then_some("is-target"))}
                  data-remove-zone="" aria-hidden="true">{"Drop here to remove"}</div>
          }
          if let Some(ghost) = *ghost_score {
              <div class="wb-drag-score" aria-hidden="true">
                  {format!("Score {} → {ghost} if dropped here", report.score)}
              </div>
          }
        </div>
    }
}
