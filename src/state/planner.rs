//! The planner's one state and the actions that change it.
//!
//! Everything the planner shows and may change lives here: the plan and its undo
//! history (each plan kept with its report), whose week is on the board, the
//! notices, the suggestion, what the live region says, which card takes focus, and
//! the drag in progress. Components and hooks only send [`Action`]s; the reducer
//! applies an edit once, scores it once, and decides what is said and focused.

use super::{nearby, said, Command, History, Proposal, Scored};
use crate::announce::{Said, ScoreChange};
use crate::drag::Drag;
use crate::drag::{keyboard, DragEvent};
use crate::opening::{self, Notice, Opening, Viewing};
use crate::persist::StorageProblem;
use std::rc::Rc;
use weekboard_core::date::Date;
use weekboard_core::link::DecodedLink;
use weekboard_core::{DayIndex, Fix, Plan, Report, Session, SessionId, Week};
use yew::Reducible;

/// Who made an edit, which decides where focus goes and whether it is said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    /// A pointer drop: the pointer has let go of focus, so it stays where it is.
    Pointer,
    /// Keys, a menu or a button: focus is in the planner and follows the session
    /// the edit moved or made.
    Focus,
    /// The page around an embedded planner: nothing is said, nothing focused.
    Host,
}

/// What a card's menu asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardAction {
    /// Open the menu, or close it and put focus back on the card.
    ToggleMenu,
    Edit,
    Duplicate,
    Remove,
    MoveTo(DayIndex),
    /// Escape in the menu: it closes, and focus goes back to the ⋯ that opened it.
    Escape,
    /// A press outside the menu: it closes, and focus stays where the press put it.
    PressedElsewhere,
}

/// Which element of a card takes focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardPart {
    /// The card itself.
    Card,
    /// Its ⋯ button.
    MenuButton,
}

/// Focus on this card (or its part) once the view shows it. `nth` tells two
/// requests for the same card apart, so each one is carried out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FocusRequest {
    pub card: SessionId,
    pub part: CardPart,
    pub nth: u32,
    /// Only if focus was lost: the element that had it is gone or disabled (an
    /// undo by keys re-creates the cards; a button that clicked, stays).
    pub if_lost: bool,
}

/// A brief word on screen about what just happened, where the runner is looking
/// (the live region says it to the ear). `nth` tells two words with the same text
/// apart, so each one shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub text: String,
    pub nth: u32,
    /// It repeats the score's change: shown only while the score is out of view
    /// (a phone scrolled down to the days).
    pub repeats_score: bool,
}

/// Everything that changes the planner.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// An edit of the plan, recorded for undo.
    Do(Command, By),
    Undo,
    Redo,
    /// Replace the whole plan (a file opened, the post's week), recorded for undo.
    Load(Box<Plan>),
    /// An embed's "Back to the post's week": the post's plan again, recorded for
    /// undo, on the week the board shows (a block's reader stays where they are).
    BackToPost(Box<Plan>),
    /// A shared link opened in the address bar of an open board.
    OpenLink(Box<DecodedLink>),
    /// A link that can't be opened, and why.
    BrokenLink(String),
    /// Make the shared week the runner's own.
    KeepShared,
    /// Leave the shared week for the runner's own.
    BackToOwn,
    /// Dismiss the notice at this index.
    Dismiss(usize),
    /// Storage refused to save; said once.
    StorageFailed(StorageProblem),
    /// From a sensor: a drag started, aimed, dropped or was cancelled.
    Drag(DragEvent),
    /// A key the keyboard sensor took, pressed on this card.
    Key(SessionId, keyboard::Key),
    /// From a card's menu.
    Card(SessionId, CardAction),
    /// Open the edit dialog on a session, or close it.
    Editing(Option<SessionId>),
    /// The edit dialog's Save.
    Save(SessionId, Session),
    /// Light the days and cards of the finding at this index, or none.
    Highlight(Option<usize>),
    /// Where the search for a better order stands, for the plan it searched.
    Propose(Rc<Plan>, Option<Proposal>),
    /// A finding's one-click change.
    Fix(Fix),
    /// A press or a key on a read-only board: it says how to change the week.
    TriedToEdit,
    /// Put this week of the block on the board (not an edit: nothing to undo).
    ShowWeek(usize),
}

/// The command a finding's fix on `week` stands for, and the card it changes.
fn fix_command(week: &Week, fix: Fix) -> Option<(Command, SessionId)> {
    Some(match fix {
        Fix::Move { session, to } => (
            Command::Move {
                id: session,
                to_day: to,
                to_index: week.days[to].len(),
            },
            session,
        ),
        Fix::Swap { session, with } => {
            let (a, _) = week.find(session)?;
            let (b, _) = week.find(with)?;
            let mut week = week.clone();
            let first = week.days[a].iter().position(|s| s.id == session)?;
            let moving = week.days[a].remove(first);
            let second = week.days[b].iter().position(|s| s.id == with)?;
            let back = week.days[b].remove(second);
            week.days[b].insert(second, moving);
            week.days[a].insert(first, back);
            (Command::Arrange(week), session)
        }
        Fix::SetKind { session, kind } => {
            let mut edited = week.session(session)?.clone();
            edited.kind = kind;
            (
                Command::Edit {
                    id: session,
                    session: edited,
                },
                session,
            )
        }
    })
}

/// The planner's state.
#[derive(Clone, Debug)]
pub struct Planner {
    /// Shared with earlier states; copied only when an edit changes it.
    history: Rc<History<Scored>>,
    pub viewing: Viewing,
    pub notices: Vec<Notice>,
    /// Storage already said it can't be used: don't say it again.
    storage_warned: bool,
    /// The suggestion for the plan on the board.
    pub proposal: Option<Proposal>,
    pub drag: Option<Drag>,
    /// The score the week would get if the drag dropped where it aims.
    pub ghost_score: Option<u8>,
    /// What the live region says now.
    pub said: String,
    /// What the word on screen says, if anything has been worth one.
    pub status: Option<Status>,
    pub focus: Option<FocusRequest>,
    /// The session in the edit dialog.
    pub editing: Option<SessionId>,
    /// The card whose menu is open.
    pub menu: Option<SessionId>,
    /// The finding whose days and cards are lit.
    pub highlight: Option<usize>,
    /// Today, when plans that arrive undated get dated ([`Opening::today`]).
    pub today: Option<Date>,
    /// The reader tried to change a read-only board.
    pub tried_to_edit: bool,
    /// Another week went on the board since the last edit: the score beside it has
    /// no "since last edit" to show.
    switched_week: bool,
}

impl Planner {
    /// The planner as the board opens.
    pub fn new(opening: Opening) -> Planner {
        Planner {
            history: Rc::new(History::new(Scored::new(opening.plan, opening.shown))),
            viewing: opening.viewing,
            notices: opening.notices,
            storage_warned: opening.storage_warned,
            proposal: None,
            drag: None,
            ghost_score: None,
            said: String::new(),
            status: None,
            focus: None,
            editing: None,
            menu: None,
            highlight: None,
            today: opening.today,
            tried_to_edit: false,
            switched_week: false,
        }
    }

    /// The plan as it stands.
    pub fn plan(&self) -> &Rc<Plan> {
        &self.history.current().plan
    }

    /// The week on the board.
    pub fn week(&self) -> &Week {
        self.history.current().week()
    }

    /// Every week of a block at a glance; empty for a one-week plan.
    pub fn marks(&self) -> &Rc<Vec<weekboard_core::score::WeekMark>> {
        &self.history.current().marks
    }

    /// The index of the week on the board.
    pub fn shown(&self) -> usize {
        self.history.current().shown
    }

    /// The report of the week on the board.
    pub fn report(&self) -> &Rc<Report> {
        &self.history.current().report
    }

    /// The score before the last edit, if the plan on the board came from one (not
    /// from opening a plan), the same week is on the board, and there is one to undo.
    pub fn previous_score(&self) -> Option<u8> {
        if self.switched_week || self.history.current().opened {
            return None;
        }
        self.history.previous().and_then(|entry| entry.report.score)
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// The planner after `action`, or `None` when it changes nothing (so the view
    /// need not render again).
    pub fn after(&self, action: Action) -> Option<Planner> {
        let mut next = self.clone();
        next.apply(action).then_some(next)
    }

    /// Applies `action`; false when nothing changed.
    fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::Do(command, by) => self.edit(command, by),
            Action::Fix(fix) => {
                let Some((command, card)) = fix_command(self.week(), fix) else {
                    return false;
                };
                let done = self.edit(command, By::Focus);
                if done {
                    // The finding may be gone with the fix: focus goes to the card it
                    // changed, not to the page.
                    self.focus_on(card);
                }
                done
            }
            Action::Undo => self.step_through_history(true),
            Action::Redo => self.step_through_history(false),
            Action::Load(plan) => self.load(*plan, 0),
            Action::BackToPost(plan) => {
                let week = self.shown().min(plan.weeks.len().saturating_sub(1));
                self.load(*plan, week)
            }
            Action::OpenLink(decoded) => {
                let own = match &self.viewing {
                    Viewing::Own => self.plan().clone(),
                    Viewing::Shared { own, .. } => own.clone(),
                };
                self.viewing = Viewing::Shared {
                    own,
                    has_athlete: decoded.has_athlete,
                };
                self.load(decoded.plan, 0);
                true
            }
            Action::BrokenLink(reason) => {
                self.notices
                    .push(Notice::warning(opening::broken_link(&reason)));
                true
            }
            Action::KeepShared => {
                // A link without a profile keeps the runner's own.
                if let Viewing::Shared {
                    own,
                    has_athlete: false,
                } = &self.viewing
                {
                    let athlete = own.athlete.clone();
                    self.edit(Command::SetAthlete(athlete), By::Host);
                }
                self.viewing = Viewing::Own;
                true
            }
            Action::BackToOwn => {
                if let Viewing::Shared { own, .. } = &self.viewing {
                    let own = (**own).clone();
                    self.load(own, 0);
                }
                self.viewing = Viewing::Own;
                true
            }
            Action::Dismiss(index) => {
                let known = index < self.notices.len();
                if known {
                    self.notices.remove(index);
                }
                known
            }
            Action::StorageFailed(problem) => {
                if std::mem::replace(&mut self.storage_warned, true) {
                    return false;
                }
                self.notices.push(Notice::warning(problem.message()));
                true
            }
            Action::Drag(event) => self.on_drag(event),
            Action::Key(id, key) => {
                let lifted = self.drag.as_ref().filter(|d| d.is_keyboard_lift_of(id));
                let order = self.plan().settings.week_start.display_order();
                match keyboard::drag_event(key, id, self.week(), order, lifted) {
                    Some(event) => self.on_drag(event),
                    None => false,
                }
            }
            Action::Card(id, card_action) => self.on_card(id, card_action),
            Action::Editing(id) => {
                // Closing the dialog puts focus back on the card it edited.
                if let (None, Some(edited)) = (id, self.editing) {
                    self.focus_on(edited);
                }
                replace(&mut self.editing, id)
            }
            Action::Save(id, session) => {
                self.editing = None;
                self.edit(Command::Edit { id, session }, By::Focus);
                self.focus_on(id);
                true
            }
            Action::Highlight(index) => replace(&mut self.highlight, index),
            Action::ShowWeek(week) => {
                let current = self.history.current();
                if week == current.shown || week >= current.plan.weeks.len() {
                    return false;
                }
                let showing = current.showing(week);
                self.said = Said::ShowingWeek {
                    week,
                    of: showing.plan.weeks.len(),
                    monday: showing.plan.monday_of(week),
                    score: showing.report.score,
                }
                .text();
                Rc::make_mut(&mut self.history).replace_current(showing);
                self.switched_week = true;
                self.plan_changed();
                true
            }
            Action::TriedToEdit => {
                self.said =
                    "This week can't be changed here. Edit a copy to move sessions.".to_string();
                !std::mem::replace(&mut self.tried_to_edit, true)
            }
            Action::Propose(for_plan, proposal) => {
                // A search that finishes after an edit searched a plan that is gone.
                if proposal.is_some() && !Rc::ptr_eq(&for_plan, self.plan()) {
                    return false;
                }
                replace(&mut self.proposal, proposal)
            }
        }
    }

    /// Applies, records and scores an edit, and says what it did.
    pub(super) fn edit(&mut self, command: Command, by: By) -> bool {
        let before = self.history.current().clone();
        let Some(plan) = command.clone().apply(&before.plan, before.shown) else {
            return self.refuse(&command, by);
        };
        let shown = command.shown_after(before.shown, before.plan.weeks.len());
        let after = match by {
            By::Host => Scored::opened(plan, shown),
            _ => Scored::new(plan, shown),
        };
        if by != By::Host {
            self.said = said::edit(&command, &before, &after).text();
            self.show(
                ScoreChange::between(&before.report, &after.report).shown(),
                true,
            );
        }
        if by == By::Focus {
            let order = before.plan.settings.week_start.display_order();
            let card = match &command {
                Command::Move { id, .. } => Some(*id),
                Command::Add { .. } | Command::Duplicate { .. } => {
                    Some(before.plan.next_session_id())
                }
                // The removed card had focus (its menu did): the card now in its place.
                Command::Delete { id } => before
                    .week()
                    .find(*id)
                    .and_then(|(day, index)| nearby::card_near(after.week(), day, index, order)),
                _ => None,
            };
            if let Some(card) = card {
                self.focus_on(card);
            }
        }
        self.switched_week = before.shown != after.shown;
        Rc::make_mut(&mut self.history).push(after);
        self.plan_changed();
        true
    }

    /// Says why `command` changed nothing, when a full day or week refused it;
    /// false when there is nothing to say (a no-op, or the host page's edit).
    fn refuse(&mut self, command: &Command, by: By) -> bool {
        let plan = self.plan().clone();
        let Some(said) = command
            .overfills(&plan, self.shown())
            .filter(|_| by != By::Host)
            .and_then(|full| said::refused(command, &plan.weeks[self.shown()], full))
        else {
            return false;
        };
        self.said = said.text();
        self.show(self.said.clone(), false);
        // The menu that asked is gone: focus stays with the card.
        if let (By::Focus, Command::Move { id, .. } | Command::Duplicate { id }) = (by, command) {
            self.focus_on(*id);
        }
        true
    }

    /// Puts a word on screen; one that `repeats_score` only if the score is hidden.
    fn show(&mut self, text: String, repeats_score: bool) {
        let nth = self.status.as_ref().map_or(0, |s| s.nth + 1);
        self.status = Some(Status {
            text,
            nth,
            repeats_score,
        });
    }

    /// Replaces the plan, undoably, without a word, showing its week `shown`; an
    /// undated one is dated.
    fn load(&mut self, plan: Plan, shown: usize) -> bool {
        let plan = match self.today {
            Some(today) => opening::dated(plan, today),
            None => plan,
        };
        if plan == **self.plan() {
            return false;
        }
        Rc::make_mut(&mut self.history).push(Scored::opened(plan, shown));
        self.plan_changed();
        true
    }

    fn step_through_history(&mut self, back: bool) -> bool {
        let possible = if back {
            self.can_undo()
        } else {
            self.can_redo()
        };
        if !possible {
            let said = if back {
                Said::NothingToUndo
            } else {
                Said::NothingToRedo
            };
            return replace(&mut self.said, said.text());
        }
        let before = self.history.current().clone();
        let history = Rc::make_mut(&mut self.history);
        if back {
            history.undo();
        } else {
            history.redo();
        }
        // The cards are drawn anew: if the one with focus went, focus goes to the
        // card the step changed.
        let order = self.plan().settings.week_start.display_order();
        if let Some(card) = nearby::changed_card(before.week(), self.week(), order) {
            self.request_focus(card, CardPart::Card, true);
        }
        let score = ScoreChange::between(&before.report, self.report());
        self.show(score.shown(), true);
        self.said = if back {
            Said::Undone(score)
        } else {
            Said::Redone(score)
        }
        .text();
        self.plan_changed();
        true
    }

    /// What follows any change of the plan: a suggestion for the old plan is stale,
    /// and a drag in progress aims at a different week.
    fn plan_changed(&mut self) {
        self.proposal = None;
        self.ghost_score = self.ghost();
    }

    fn on_card(&mut self, id: SessionId, action: CardAction) -> bool {
        let was_open = self.menu == Some(id);
        self.menu = None;
        match action {
            CardAction::ToggleMenu if was_open => {
                // Back to the card the menu belonged to.
                self.focus_on(id);
            }
            CardAction::ToggleMenu => self.menu = Some(id),
            CardAction::Escape => {
                if was_open {
                    self.focus_on_part(id, CardPart::MenuButton);
                }
                return was_open;
            }
            CardAction::PressedElsewhere => return was_open,
            CardAction::Edit => self.editing = Some(id),
            CardAction::Duplicate => {
                self.edit(Command::Duplicate { id }, By::Focus);
            }
            CardAction::Remove => {
                self.edit(Command::Delete { id }, By::Focus);
            }
            CardAction::MoveTo(day) => {
                let to_index = self.week().days.get(day).map_or(0, Vec::len);
                let command = Command::Move {
                    id,
                    to_day: day,
                    to_index,
                };
                self.edit(command, By::Focus);
            }
        }
        true
    }

    pub(super) fn focus_on(&mut self, card: SessionId) {
        self.focus_on_part(card, CardPart::Card);
    }

    fn focus_on_part(&mut self, card: SessionId, part: CardPart) {
        self.request_focus(card, part, false);
    }

    fn request_focus(&mut self, card: SessionId, part: CardPart, if_lost: bool) {
        let nth = self.focus.map_or(0, |f| f.nth + 1);
        self.focus = Some(FocusRequest {
            card,
            part,
            nth,
            if_lost,
        });
    }
}

/// Sets `slot`; whether that changed it.
fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

impl Reducible for Planner {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Returning the same Rc for a no-op tells Yew not to re-render.
        match self.after(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Wednesday's tempo in the seed's unbalanced week.
    pub const TEMPO: SessionId = SessionId(3);

    /// A planner on the seed's unbalanced week, as the standalone page opens.
    pub fn planner() -> Planner {
        let today = Date::parse("2026-12-01");
        Planner::new(Opening {
            plan: opening::dated(opening::default_plan(), today.unwrap()),
            viewing: Viewing::Own,
            notices: Vec::new(),
            storage_warned: false,
            today,
            shown: 0,
        })
    }

    fn tempo_to_friday(by: By) -> Action {
        Action::Do(
            Command::Move {
                id: TEMPO,
                to_day: 4,
                to_index: 1,
            },
            by,
        )
    }

    #[test]
    fn a_move_can_be_undone_and_redone() {
        let start = planner();
        let moved = start.after(tempo_to_friday(By::Pointer)).expect("a move");
        assert_eq!(moved.week().find(TEMPO), Some((4, 1)));
        assert_eq!(moved.previous_score(), start.report().score);
        let undone = moved.after(Action::Undo).expect("undo");
        assert_eq!(undone.plan(), start.plan());
        assert_eq!(undone.report(), start.report());
        assert!(undone.said.starts_with("Undone. Week score "));
        let redone = undone.after(Action::Redo).expect("redo");
        assert_eq!(redone.plan(), moved.plan());
    }

    #[test]
    fn an_edit_is_scored_and_said_once() {
        let moved = planner().after(tempo_to_friday(By::Pointer)).unwrap();
        let report = weekboard_core::score(moved.week(), &moved.plan().athlete);
        assert_eq!(**moved.report(), report);
        assert!(
            moved
                .said
                .starts_with("Tempo moved from Wednesday to Friday. Week score "),
            "{}",
            moved.said
        );
    }

    #[test]
    fn focus_follows_the_keyboard_and_menus_not_a_pointer() {
        assert_eq!(
            planner().after(tempo_to_friday(By::Pointer)).unwrap().focus,
            None
        );
        let by_keys = planner().after(tempo_to_friday(By::Focus)).unwrap();
        assert_eq!(by_keys.focus.map(|f| f.card), Some(TEMPO));
    }

    #[test]
    fn a_no_op_changes_nothing_and_records_nothing() {
        let start = planner();
        let same_place = Action::Do(
            Command::Move {
                id: TEMPO,
                to_day: 2,
                to_index: 0,
            },
            By::Focus,
        );
        assert!(start.after(same_place).is_none());
        assert!(start.after(Action::Highlight(None)).is_none());
        let nothing = start.after(Action::Undo).expect("it says so");
        assert_eq!(nothing.said, "Nothing to undo.");
        assert!(nothing.after(Action::Undo).is_none(), "said already");
    }

    #[test]
    fn a_new_edit_after_undo_drops_the_redo_branch() {
        let start = planner();
        let delete = |id| Action::Do(Command::Delete { id: SessionId(id) }, By::Focus);
        let moved = start.after(delete(1)).unwrap();
        let undone = moved.after(Action::Undo).unwrap();
        let other = undone.after(delete(2)).unwrap();
        assert!(!other.can_redo());
    }

    #[test]
    fn an_edit_makes_a_suggestion_stale() {
        let start = planner();
        let searching = Some(Proposal::Searching { explored: 1 });
        let proposed = start
            .after(Action::Propose(start.plan().clone(), searching.clone()))
            .unwrap();
        assert_eq!(proposed.proposal, searching);
        let moved = proposed.after(tempo_to_friday(By::Pointer)).unwrap();
        assert_eq!(moved.proposal, None);
        // A late answer for the old plan is not taken.
        assert!(moved
            .after(Action::Propose(start.plan().clone(), searching))
            .is_none());
    }

    #[test]
    fn a_shared_week_can_be_kept_or_left() {
        let start = planner();
        let mut shared = start.plan().as_ref().clone();
        shared.weeks[0].days[5].clear();
        let link = DecodedLink {
            plan: shared.clone(),
            has_athlete: false,
        };
        let viewing = start.after(Action::OpenLink(Box::new(link))).unwrap();
        assert!(matches!(viewing.viewing, Viewing::Shared { .. }));
        assert_eq!(**viewing.plan(), shared);
        let back = viewing.after(Action::BackToOwn).unwrap();
        assert_eq!(back.viewing, Viewing::Own);
        assert_eq!(back.plan(), start.plan());
        let kept = viewing.after(Action::KeepShared).unwrap();
        assert_eq!(kept.viewing, Viewing::Own);
        assert_eq!(kept.week(), &shared.weeks[0]);
    }

    #[test]
    fn the_edit_dialog_gives_focus_back_to_its_card() {
        let editing = planner()
            .after(Action::Card(TEMPO, CardAction::Edit))
            .unwrap();
        assert_eq!(editing.editing, Some(TEMPO));
        let closed = editing.after(Action::Editing(None)).unwrap();
        assert_eq!(closed.focus.map(|f| f.card), Some(TEMPO));
        let mut session = closed.week().session(TEMPO).unwrap().clone();
        session.minutes = 35;
        let saved = editing.after(Action::Save(TEMPO, session)).unwrap();
        assert_eq!(saved.editing, None);
        assert_eq!(saved.focus.map(|f| f.card), Some(TEMPO));
        assert!(saved.said.starts_with("Tempo updated. Week score "));
    }

    #[test]
    fn an_undated_plan_is_dated_when_it_opens_and_a_dated_one_keeps_its_date() {
        let start = planner();
        let undated = opening::default_plan();
        let loaded = start.after(Action::Load(Box::new(undated)));
        // The same week, dated the same: nothing to load.
        assert!(loaded.is_none());
        let mut later = start.plan().as_ref().clone();
        later.start = Date::parse("2027-01-04");
        let loaded = start.after(Action::Load(Box::new(later))).unwrap();
        assert_eq!(loaded.plan().start, Date::parse("2027-01-04"));
        assert_eq!(start.plan().start, Date::parse("2026-11-30"));
    }

    #[test]
    fn back_to_the_post_s_week_keeps_the_week_on_the_board_and_can_be_undone() {
        let mut post = opening::dated(opening::default_plan(), Date::parse("2026-12-01").unwrap());
        post.weeks = vec![post.weeks[0].clone(); 3];
        let mut copy = post.clone();
        copy.weeks[2].days[0].clear();
        let on_third = planner()
            .after(Action::Load(Box::new(copy)))
            .and_then(|p| p.after(Action::ShowWeek(2)))
            .unwrap();
        let back = on_third
            .after(Action::BackToPost(Box::new(post.clone())))
            .unwrap();
        assert_eq!((&**back.plan(), back.shown()), (&post, 2));
        assert_eq!(back.after(Action::Undo).unwrap().shown(), 2);
        // The post's week already on the board: nothing to do.
        assert!(back.after(Action::BackToPost(Box::new(post))).is_none());
    }

    #[test]
    fn a_new_week_empties_the_board_undoably_and_says_so() {
        let fresh = planner()
            .after(Action::Do(Command::NewWeek, By::Focus))
            .unwrap();
        assert_eq!(fresh.week().session_count(), 0);
        assert_eq!(
            fresh.said,
            "New week: 7 sessions cleared from the board. Undo brings them back."
        );
        assert_eq!(fresh.after(Action::Undo).unwrap().week().session_count(), 7);
    }

    #[test]
    fn a_block_grows_by_duplicating_and_the_board_follows_the_new_week() {
        let one = planner();
        let two = one
            .after(Action::Do(Command::DuplicateWeek(0), By::Focus))
            .unwrap();
        assert_eq!((two.plan().weeks.len(), two.shown()), (2, 1));
        assert_eq!(two.history.current().marks.len(), 2);
        assert_eq!(
            two.said,
            "Week 1 duplicated. Week 2 of 2 (7–13 Dec 2026) is on the board."
        );
        // Looking at another week is not an edit.
        let back = two.after(Action::ShowWeek(0)).unwrap();
        assert_eq!(back.shown(), 0);
        assert!(back
            .said
            .starts_with("Week 1 of 2 (30 Nov – 6 Dec 2026). Week score "));
        assert!(back.after(Action::ShowWeek(0)).is_none());
        assert!(back.after(Action::ShowWeek(7)).is_none());
        let undone = back.after(Action::Undo).unwrap();
        assert_eq!(undone.plan().weeks.len(), 1);
    }

    #[test]
    fn escape_closes_the_menu_onto_its_button_a_press_elsewhere_leaves_focus_be() {
        let open = planner()
            .after(Action::Card(TEMPO, CardAction::ToggleMenu))
            .unwrap();
        assert_eq!(open.menu, Some(TEMPO));
        let escaped = open.after(Action::Card(TEMPO, CardAction::Escape)).unwrap();
        assert_eq!(escaped.menu, None);
        let focus = escaped.focus.unwrap();
        assert_eq!((focus.card, focus.part), (TEMPO, CardPart::MenuButton));
        let pressed = open
            .after(Action::Card(TEMPO, CardAction::PressedElsewhere))
            .unwrap();
        assert_eq!(pressed.menu, None);
        assert_eq!(pressed.focus, None);
        assert!(pressed
            .after(Action::Card(TEMPO, CardAction::PressedElsewhere))
            .is_none());
    }

    #[test]
    fn a_full_day_refuses_in_words_and_keeps_the_card() {
        let mut plan = opening::default_plan();
        for i in 0..9 {
            plan.weeks[0].days[4]
                .push(Session::new(SessionId(100 + i), weekboard_core::Kind::Easy));
        }
        let full = planner().after(Action::Load(Box::new(plan))).unwrap();
        let refused = full
            .after(Action::Card(TEMPO, CardAction::MoveTo(4)))
            .unwrap();
        let said = "Friday is full — 10 sessions a day at most. Tempo stays on Wednesday.";
        assert_eq!(refused.said, said);
        assert_eq!(refused.status.as_ref().map(|s| s.text.as_str()), Some(said));
        assert_eq!(refused.focus.map(|f| f.card), Some(TEMPO));
        assert_eq!(refused.plan(), full.plan());
        assert_eq!(refused.can_undo(), full.can_undo(), "nothing recorded");
    }

    #[test]
    fn undo_asks_focus_for_the_card_it_moved_back_only_if_focus_was_lost() {
        let moved = planner().after(tempo_to_friday(By::Focus)).unwrap();
        let undone = moved.after(Action::Undo).unwrap();
        let focus = undone.focus.unwrap();
        assert_eq!((focus.card, focus.if_lost), (TEMPO, true));
    }

    #[test]
    fn removing_a_card_from_its_menu_hands_focus_to_its_neighbour() {
        let removed = planner()
            .after(Action::Card(TEMPO, CardAction::Remove))
            .unwrap();
        // Wednesday is empty now: Thursday's easy run.
        assert_eq!(removed.focus.map(|f| f.card), Some(SessionId(4)));
    }

    #[test]
    fn opening_a_plan_is_no_edit_to_compare_with() {
        let moved = planner().after(tempo_to_friday(By::Focus)).unwrap();
        assert!(moved.previous_score().is_some());
        let opened = moved
            .after(Action::Load(Box::new(opening::default_plan())))
            .unwrap();
        assert_eq!(opened.previous_score(), None);
        assert!(opened.can_undo(), "still undoable");
        let edited = opened.after(tempo_to_friday(By::Focus)).unwrap();
        assert_eq!(edited.previous_score(), opened.report().score);
    }

    #[test]
    fn storage_trouble_is_said_once() {
        let failed = planner()
            .after(Action::StorageFailed(StorageProblem::Full))
            .unwrap();
        assert_eq!(failed.notices.len(), 1);
        assert!(failed
            .after(Action::StorageFailed(StorageProblem::Full))
            .is_none());
    }
}
