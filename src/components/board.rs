//! The seven days and the palette. The board works out what each day column shows
//! (its cards, the drop marker, what is lit), so each column re-renders only when
//! that changes: a move re-renders the two days it touches.

use super::card::CardLook;
use super::day_column::DayColumn;
use super::palette::Palette;
use crate::drag::{Drag, DragSource, DropTarget};
use crate::state::Full;
use std::rc::Rc;
use weekboard_core::date::Date;
use weekboard_core::notation::Runner;
use weekboard_core::plan::BOUNDS;
use weekboard_core::{totals, DayIndex, Plan, Report, Session, SessionId, Week};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BoardProps {
    pub plan: Rc<Plan>,
    /// The week of the plan on the board.
    pub shown: usize,
    pub report: Rc<Report>,
    /// Today, to mark its column.
    #[prop_or_default]
    pub today: Option<Date>,
    pub drag: Option<Drag>,
    /// The finding whose days and cards are lit.
    pub highlight: Option<usize>,
    /// The card whose menu is open.
    pub menu: Option<SessionId>,
    /// Sessions a shown suggestion would move, and where to.
    pub moves: Rc<Vec<(SessionId, DayIndex)>>,
    /// Shown, not edited: no palette, no dragging, no card menus.
    #[prop_or_default]
    pub readonly: bool,
}

/// Where the drop marker shows in `day`, as an index into the day's cards as they
/// are drawn now (the lifted card still in place).
fn drop_marker(week: &Week, drag: Option<&Drag>, day: DayIndex) -> Option<usize> {
    let drag = drag?;
    let Some(DropTarget::Slot { day: target, index }) = drag.target else {
        return None;
    };
    if target != day {
        return None;
    }
    let origin = match &drag.source {
        DragSource::Card(id) => week.find(*id),
        DragSource::New(_) => None,
    };
    Some(match origin {
        Some((from_day, from)) if from_day == day && index >= from => index + 1,
        _ => index,
    })
}

/// What is full, when the drag aims at `day` and that day (or the week) can't take it.
fn refusal(plan: &Plan, shown: usize, drag: Option<&Drag>, day: DayIndex) -> Option<Full> {
    let drag = drag?;
    match drag.target {
        Some(DropTarget::Slot { day: target, .. }) if target == day => {
            drag.command()?.overfills(plan, shown)
        }
        _ => None,
    }
}

/// The board.
#[component]
pub fn Board(props: &BoardProps) -> Html {
    crate::renders::note("Board");
    let plan = &props.plan;
    let week = &plan.weeks[props.shown.min(plan.weeks.len() - 1)];
    let report = &props.report;
    let (day_totals, _) = totals::of_week(week, Runner::of(&plan.athlete));
    let max_load = day_totals.iter().map(|t| t.load).max().unwrap_or(0);
    let finding = props.highlight.and_then(|i| report.findings.get(i));
    let day_full: [bool; 7] =
        std::array::from_fn(|day| week.days[day].len() >= BOUNDS.sessions_per_day);
    let week_full = week.session_count() >= BOUNDS.sessions_per_week;
    let lifted = props.drag.as_ref().and_then(|drag| match drag.source {
        DragSource::Card(id) => Some((id, drag.input)),
        DragSource::New(_) => None,
    });
    let day_column = |day: DayIndex| {
        let sessions = &week.days[day];
        // A full day shows that it won't take the drop, not where it would go.
        let full = refusal(plan, props.shown, props.drag.as_ref(), day);
        let drop_at = drop_marker(week, props.drag.as_ref(), day).filter(|_| full.is_none());
        let cards: Vec<(Session, CardLook)> = sessions
            .iter()
            .enumerate()
            .map(|(i, session)| {
                let look = CardLook {
                    highlighted: finding.is_some_and(|f| f.sessions.contains(&session.id)),
                    lifted: lifted
                        .filter(|(id, _)| *id == session.id)
                        .map(|(_, input)| input),
                    drop_before: drop_at == Some(i),
                    menu_open: props.menu == Some(session.id),
                    moves_to: props
                        .moves
                        .iter()
                        .find(|(id, _)| *id == session.id)
                        .map(|(_, to)| *to),
                    order: crate::format::order_in_day(i, sessions.len()),
                    full_days: if props.menu == Some(session.id) {
                        day_full
                    } else {
                        [false; 7]
                    },
                };
                (session.clone(), look)
            })
            .collect();
        html! {
            <DayColumn
                key={day}
                day={day}
                cards={Rc::new(cards)}
                settings={plan.settings}
                totals={day_totals[day]}
                max_load={max_load}
                date={plan.date_of(props.shown, day)}
                is_today={props.today.is_some() && plan.date_of(props.shown, day) == props.today}
                drop_at={drop_at}
                full={full}
                highlighted={finding.is_some_and(|f| f.days.contains(&day))}
                readonly={props.readonly}
            />
        }
    };
    html! {
        <div class="wb-board-area">
            if !props.readonly {
                <Palette week_start={plan.settings.week_start}
                    full_days={day_full.map(|full| full || week_full)} />
                <p id="wb-drag-help" class="wb-visually-hidden">
                    {"Press Space to lift a session, arrow keys to move it, Space to drop, Escape to cancel. Or use its actions menu to move it to another day."}
                </p>
            }
            // Where "Skip to the week" lands when the week has no card.
            <div class="wb-board" id="wb-week" tabindex="-1" data-testid="board">
                <div class="wb-days">
                    {for plan.settings.week_start.display_order().into_iter().map(day_column)}
                </div>
            </div>
        </div>
    }
}
