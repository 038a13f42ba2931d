//! The planner: the one reducer, its hooks, and the layout. Each part gets only
//! the slice of the state it shows, and the write half ([`Planning`]) by context.

use super::announcer::Announcer;
use super::board::Board;
use super::drag_overlay::DragOverlay;
use super::edit_dialog::EditDialog;
use super::header::Header;
use super::load_chart::LoadChart;
use super::notices::{Notices, Problems};
use super::plan_tools::PlanTools;
use super::print_sheet::PrintSheet;
use super::profile::Profile;
use super::score_panel::ScorePanel;
use super::skip_link::SkipLink;
use super::status_word::StatusWord;
use super::suggest::Suggest;
use super::week_bar::WeekBar;
use super::week_strip::WeekStrip;
use crate::drag::{DragSource, DropTarget};
use crate::embed::Embedding;
use crate::hooks::{
    use_autosave, use_focus, use_frame_width, use_hash_link, use_host, use_undo_keys,
};
use crate::opening::{self, Viewing};
use crate::planning::Planning;
use crate::state::{Planner, Proposal};
use crate::{persist, share};
use std::rc::Rc;
use weekboard_core::{Plan, Report};
use yew::prelude::*;

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
    /// The week of the plan to open on (from 0), when not the first or the one the
    /// `week` attribute shows: a reader's copy opens on the week they were looking at.
    #[prop_or_default]
    pub opening_week: Option<usize>,
    /// A reader's copy of a read-only widget ("Edit a copy"), editable in its place.
    #[prop_or_default]
    pub copy: bool,
}

impl Default for AppProps {
    fn default() -> AppProps {
        AppProps {
            storage_key: Some(AttrValue::Static(persist::DEFAULT_KEY)),
            embedding: None,
            on_change: None,
            opening_week: None,
            copy: false,
        }
    }
}

/// The whole planner.
#[component]
pub fn App(props: &AppProps) -> Html {
    crate::renders::note("App");
    let planner = {
        let storage_key = props.storage_key.clone();
        let embedding = props.embedding.clone();
        let week = props.opening_week;
        use_reducer(move || {
            let today = crate::calendar::today();
            Planner::new(match &embedding {
                Some(embedding) => {
                    opening::open_embedded(embedding, storage_key.as_deref(), today, week)
                }
                None => opening::open(
                    storage_key.as_deref().unwrap_or(persist::DEFAULT_KEY),
                    today,
                ),
            })
        })
    };
    let root = use_node_ref();
    let frame = use_node_ref();
    let floating = use_node_ref();
    let planning = {
        let dispatch = planner.dispatcher();
        let (root, floating) = (root.clone(), floating.clone());
        (*use_memo((), move |_| Planning::new(dispatch, root, floating))).clone()
    };
    let embedded = props.embedding.is_some();
    let readonly = props.embedding.as_ref().is_some_and(|e| e.readonly);
    let plan = planner.plan().clone();
    let shown = planner.shown();
    let report = planner.report().clone();
    // Today marks its column; read once a render, it is the browser's clock.
    let today = Some(crate::calendar::today());

    use_undo_keys(embedded, root.clone(), planning.clone());
    use_hash_link(embedded, planning.clone());
    use_autosave(
        props.storage_key.clone(),
        plan.clone(),
        planner.viewing == Viewing::Own,
        planning.clone(),
    );
    use_host(
        &props.embedding,
        &props.on_change,
        planning.clone(),
        plan.clone(),
        report.clone(),
    );
    use_focus(root.clone(), planner.focus);
    use_frame_width(frame.clone());

    // Embedded, links lead to the standalone planner; standalone, to this page.
    let planner_url = use_memo(props.embedding.clone(), |embedding| match embedding {
        Some(embedding) => AttrValue::from(embedding.planner_url.clone()),
        None => share::this_page(),
    });
    let drag = planner.drag.as_ref().filter(|_| !readonly);
    let moves: Rc<Vec<_>> = Rc::new(match &planner.proposal {
        Some(Proposal::Ready(s)) => s.moves.iter().map(|m| (m.id, m.to)).collect(),
        _ => Vec::new(),
    });
    let problems = props
        .embedding
        .as_ref()
        .map(|e| e.problems.clone())
        .unwrap_or_default();
    let classes = classes!(
        "wb-app",
        embedded.then_some("is-embedded"),
        readonly.then_some("is-readonly")
    );
    let header = html! {
        <Header
            embedding={props.embedding.clone()}
            embedded_plan={embedded.then(|| plan.clone())}
            planner_url={(*planner_url).clone()}
            can_undo={planner.can_undo()}
            can_redo={planner.can_redo()}
            readonly={readonly}
            tried_to_edit={planner.tried_to_edit}
            today={planner.today}
            copy={props.copy}
        />
    };
    // The same board and chart in both layouts; read-only takes the drag away.
    let board = html! {
        <Board
            plan={plan.clone()}
            shown={shown}
            today={today}
            report={report.clone()}
            drag={drag.cloned()}
            highlight={planner.highlight}
            menu={planner.menu}
            moves={moves}
            readonly={readonly}
        />
    };
    let load_chart = html! { <LoadChart report={report.clone()} settings={plan.settings} /> };
    let marks = planner.marks().clone();
    // On screen it is `display: none`; printing shows it instead of the planner.
    let print_sheet = html! {
        <PrintSheet plan={plan.clone()} shown={shown} report={report.clone()} marks={marks.clone()} />
    };
    let week_bar = html! {
        <>
            // `week="3"` on an embed shows that week alone; a read-only week of one
            // has no other weeks to show and nothing to add.
            if props.embedding.as_ref().is_none_or(|e| e.week.is_none())
                && !(readonly && plan.weeks.len() == 1)
            {
                <WeekStrip plan={plan.clone()} shown={shown} marks={marks} readonly={readonly} />
            }
            <WeekBar plan={plan.clone()} shown={shown} today={today} readonly={readonly} />
        </>
    };

    let layout = if readonly {
        html! {
            <div class="wb-frame" ref={frame}>
                {header}
                <Problems problems={problems} />
                <div class="wb-layout">
                    <ScorePanel report={report.clone()} previous_score={None::<u8>} ghost_score={None::<u8>} readonly=true />
                    <main class="wb-main">
                        {week_bar}
                        {board}
                        <div class="wb-side">{load_chart}</div>
                    </main>
                </div>
                {print_sheet}
                <Announcer said={AttrValue::from(planner.said.clone())} />
            </div>
        }
    } else {
        let editing = planner
            .editing
            .and_then(|id| planner.week().session(id).cloned());
        // "Monday 14 Dec": on a phone the dialog covers the board.
        let editing_day = planner
            .editing
            .and_then(|id| planner.week().find(id))
            .map(|(day, _)| match plan.date_of(shown, day) {
                Some(date) => format!("{} {}", weekboard_core::DAY_NAMES[day], date.day_month()),
                None => weekboard_core::DAY_NAMES[day].to_string(),
            });
        let dragging_card = matches!(drag.map(|d| &d.source), Some(DragSource::Card(_)));
        let over_remove = drag.is_some_and(|d| d.target == Some(DropTarget::Remove));
        html! {
            <>
                <SkipLink />
                <div class="wb-frame" ref={frame}>
                    {header}
                    <Problems problems={problems} />
                    <Notices notices={planner.notices.clone()} viewing={planner.viewing.clone()} />
                    <div class="wb-layout">
                        <ScorePanel
                            report={report.clone()}
                            previous_score={planner.previous_score()}
                            ghost_score={planner.ghost_score}
                        />
                        <main class="wb-main">
                            {week_bar}
                            // Nothing to reorder until there is running to judge.
                            if report.score.is_some() {
                                <Suggest plan={plan.clone()} shown={shown} proposal={planner.proposal.clone()} />
                            }
                            {board}
                            <div class="wb-side">
                                if embedded {
                                    {load_chart}
                                    // Inside a post the week comes first: sharing, files
                                    // and the profile wait behind one control.
                                    <details class="wb-more" data-testid="more">
                                        <summary>{"More: share, files, runner profile"}</summary>
                                        <PlanTools plan={plan.clone()}
                                            planner_url={(*planner_url).clone()} embedded={embedded} />
                                        <Profile athlete={plan.athlete.clone()} settings={plan.settings} />
                                    </details>
                                } else {
                                    <PlanTools plan={plan.clone()}
                                        planner_url={(*planner_url).clone()} embedded={embedded} />
                                    {load_chart}
                                    <Profile athlete={plan.athlete.clone()} settings={plan.settings} />
                                }
                            </div>
                        </main>
                    </div>
                    {print_sheet}
                    <EditDialog session={editing} day={editing_day} units={plan.settings.units}
                        runner={weekboard_core::notation::Runner::of(&plan.athlete)} />
                    <Announcer said={AttrValue::from(planner.said.clone())} />
                    <StatusWord status={planner.status.clone()} planner={root.clone()} />
                </div>
                // Fixed to the viewport during a drag, so outside the frame.
                <div class="wb-floating" ref={floating} aria-hidden="true"></div>
                <DragOverlay
                    dragging_card={dragging_card}
                    over_remove={over_remove}
                    scores={planner.ghost_score.zip(report.score).map(|(ghost, now)| (now, ghost))}
                />
            </>
        }
    };
    html! {
        <ContextProvider<Planning> context={planning}>
            <div class={classes} ref={root} data-testid="planner">
                {layout}
            </div>
        </ContextProvider<Planning>>
    }
}
