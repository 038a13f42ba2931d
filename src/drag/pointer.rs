//! The pointer sensor: turns one press (mouse, pen or finger) into a drag, tracks it
//! with pointer capture, and reports targets at most once per animation frame.
//!
//! It owns the DOM side of a drag: window listeners, the hold timer, the floating
//! card's position, autoscroll. The planner only hears [`DragEvent`]s.

use super::activation::{Activation, Decision, PointerKind};
use super::autoscroll;
use super::collision::{target_at, DayGeometry, DropTarget, Rect};
use super::{Drag, DragEvent, DragInput, DragSource};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use gloo::render::{request_animation_frame, AnimationFrame};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, PointerEvent};
use weekboard_core::DayIndex;
use yew::Callback;

/// Where a press began and on what.
struct Press {
    event: PointerEvent,
    /// The element that takes pointer capture (the card or palette chip).
    element: HtmlElement,
    /// Whether the press was on the grip handle (a finger drags from it sooner).
    on_handle: bool,
    /// The board element whose columns are measured.
    board: Element,
    /// The floating card that follows the pointer.
    floating: Option<HtmlElement>,
    source: DragSource,
}

fn closest(element: &Element, selector: &str) -> Option<Element> {
    element.closest(selector).ok().flatten()
}

/// A press that may become a drag of `source`, shown as `label` on the floating
/// card. `None` when the press is not one: a mouse's other buttons, or a press on
/// a card's own buttons. `board` holds the day columns and the remove zone.
pub fn press(
    event: PointerEvent,
    source: DragSource,
    label: &str,
    board: Element,
    floating: Option<HtmlElement>,
    report: Callback<DragEvent>,
) -> Option<PointerSensor> {
    if event.pointer_type() == "mouse" && event.button() != 0 {
        return None;
    }
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let on_handle = closest(&target, "[data-drag-handle]").is_some();
    if !on_handle
        && closest(&target, "button, a, input, select, textarea").is_some()
        && closest(&target, "[data-palette-chip]").is_none()
    {
        return None;
    }
    let selector = match source {
        DragSource::Card(_) => "[data-session-id]",
        DragSource::New(_) => "[data-palette-chip]",
    };
    let element = closest(&target, selector)?.dyn_into::<HtmlElement>().ok()?;
    if let Some(floating) = &floating {
        floating.set_text_content(Some(label));
    }
    Some(PointerSensor::track(
        Press {
            event,
            element,
            on_handle,
            board,
            floating,
            source,
        },
        report,
    ))
}

/// Where a card sits on the board as drawn: its day and its place in the day.
fn origin_of(card: &Element) -> Option<(DayIndex, usize)> {
    let column = closest(card, "[data-day]")?;
    let day = column.get_attribute("data-day")?.parse().ok()?;
    let cards = column.query_selector_all("[data-session-id]").ok()?;
    let card: &web_sys::Node = card;
    let index = (0..cards.length()).position(|i| {
        cards
            .item(i)
            .is_some_and(|node| node.is_same_node(Some(card)))
    })?;
    Some((day, index))
}

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Pending,
    Dragging,
    Over,
}

struct Tracking {
    phase: Phase,
    pointer_id: i32,
    rule: Activation,
    /// When the press happened (its event's time stamp, on the `performance.now()`
    /// clock): a rest or a flick is timed by the finger, not by when a busy page got
    /// round to the events.
    started_at: f64,
    start: (f64, f64),
    last: (f64, f64),
    grab_offset: (f64, f64),
    target: Option<DropTarget>,
    element: HtmlElement,
    board: Element,
    floating: Option<HtmlElement>,
    origin: Option<(DayIndex, usize)>,
    source: DragSource,
    frame: Option<AnimationFrame>,
    hold: Option<Timeout>,
    /// After a drag the browser still sends a click to the pressed element;
    /// it must not open the chip's or card's menu.
    swallow_click: bool,
    click_window: Option<Timeout>,
    /// Itself, for timers that must not keep it alive.
    me: Weak<RefCell<Tracking>>,
    report: Callback<DragEvent>,
}

/// One press being tracked. Dropping it removes its listeners; the planner keeps
/// it until the next press (never drops it from inside its own listener).
pub struct PointerSensor {
    tracking: Rc<RefCell<Tracking>>,
    _listeners: Vec<EventListener>,
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

fn narrow_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w <= 480.0)
}

fn rect_of(element: &Element) -> Rect {
    let r = element.get_bounding_client_rect();
    Rect {
        left: r.left(),
        top: r.top(),
        width: r.width(),
        height: r.height(),
    }
}

/// The top and bottom of the days' board in the viewport: how far autoscroll may go.
fn board_span(planner: &Element) -> Option<(f64, f64)> {
    let board = planner
        .query_selector("[data-testid=\"board\"]")
        .ok()
        .flatten()?;
    let r = rect_of(&board);
    Some((r.top, r.top + r.height))
}

/// Measures the day columns and their cards as laid out now.
fn measure(board: &Element) -> (Vec<DayGeometry>, Option<Rect>) {
    let mut days = Vec::with_capacity(7);
    if let Ok(columns) = board.query_selector_all("[data-day]") {
        for i in 0..columns.length() {
            let Some(column) = columns.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let Some(day) = column
                .get_attribute("data-day")
                .and_then(|d| d.parse::<usize>().ok())
            else {
                continue;
            };
            let mut card_middles = Vec::new();
            if let Ok(cards) = column.query_selector_all("[data-session-id]") {
                for j in 0..cards.length() {
                    if let Some(card) = cards.item(j).and_then(|n| n.dyn_into::<Element>().ok()) {
                        let r = rect_of(&card);
                        card_middles.push(r.top + r.height / 2.0);
                    }
                }
            }
            days.push(DayGeometry {
                day,
                rect: rect_of(&column),
                card_middles,
            });
        }
    }
    let remove_zone = board
        .query_selector("[data-remove-zone]")
        .ok()
        .flatten()
        .map(|zone| rect_of(&zone));
    (days, remove_zone)
}

impl Tracking {
    fn moved(&self) -> f64 {
        let (dx, dy) = (self.last.0 - self.start.0, self.last.1 - self.start.1);
        (dx * dx + dy * dy).sqrt()
    }

    fn place_floating(&self) {
        if let Some(floating) = &self.floating {
            let (x, y) = (
                self.last.0 - self.grab_offset.0,
                self.last.1 - self.grab_offset.1,
            );
            let style = floating.style();
            let _ = style.set_property("transform", &format!("translate({x}px, {y}px)"));
            // Shown only while dragging: hidden, it would still be a layer of its own.
            let _ = style.set_property("display", "block");
        }
    }

    fn hide_floating(&self) {
        if let Some(floating) = &self.floating {
            let _ = floating.style().remove_property("display");
        }
    }

    fn aim(&mut self) {
        let (days, remove_zone) = measure(&self.board);
        let target = target_at(self.last.0, self.last.1, &days, remove_zone, self.origin);
        if target != self.target {
            self.target = target;
            self.report.emit(DragEvent::Target(target));
        }
    }

    fn finish(&mut self, event: DragEvent) {
        self.swallow_click = self.phase == Phase::Dragging;
        if self.swallow_click {
            // The click, if one comes, is dispatched right after pointerup, before
            // any timer: a zero timeout ends the window in which it is swallowed.
            let forget = self.me.clone();
            self.click_window = Some(Timeout::new(0, move || {
                if let Some(tracking) = forget.upgrade() {
                    tracking.borrow_mut().swallow_click = false;
                }
            }));
        }
        self.phase = Phase::Over;
        self.frame = None;
        self.hold = None;
        self.hide_floating();
        let _ = self.element.style().remove_property("cursor");
        let _ = self.element.release_pointer_capture(self.pointer_id);
        self.report.emit(event);
    }
}

/// Starts dragging; the caller holds the `RefCell` borrow.
fn start(tracking: &Rc<RefCell<Tracking>>) {
    let mut t = tracking.borrow_mut();
    t.phase = Phase::Dragging;
    t.hold = None;
    let _ = t.element.set_pointer_capture(t.pointer_id);
    // The captured element's cursor is the pointer's for the whole drag. Set on it
    // alone: a class on the board restyled every element under it, twice a drag.
    let _ = t.element.style().set_property("cursor", "grabbing");
    let drag = Drag {
        source: t.source.clone(),
        input: DragInput::Pointer,
        target: None,
    };
    t.report.emit(DragEvent::Started(drag));
    t.place_floating();
    t.aim();
}

/// Asks for one frame, unless one is already coming: all work of a pointer move
/// (floating card, target, ghost score, autoscroll) happens there, once per frame.
fn schedule_frame(tracking: &Rc<RefCell<Tracking>>) {
    if tracking.borrow().frame.is_some() {
        return;
    }
    let weak = Rc::downgrade(tracking);
    let frame = request_animation_frame(move |_| {
        let Some(tracking) = weak.upgrade() else {
            return;
        };
        let again = {
            let mut t = tracking.borrow_mut();
            t.frame = None;
            if t.phase != Phase::Dragging {
                return;
            }
            t.place_floating();
            t.aim();
            let over_remove_zone = t.target == Some(DropTarget::Remove);
            let step = match board_span(&t.board) {
                Some((top, bottom)) if narrow_screen() && !over_remove_zone => {
                    let height = web_sys::window()
                        .and_then(|w| w.inner_height().ok())
                        .and_then(|h| h.as_f64())
                        .unwrap_or(0.0);
                    autoscroll::step_within(t.last.1, height, top, bottom)
                }
                _ => 0.0,
            };
            if step != 0.0 {
                if let Some(window) = web_sys::window() {
                    window.scroll_by_with_x_and_y(0.0, step);
                }
            }
            step != 0.0
        };
        if again {
            schedule_frame(&tracking);
        }
    });
    tracking.borrow_mut().frame = Some(frame);
}

impl PointerSensor {
    /// Begins tracking a press; reports through `report` from then on.
    fn track(press: Press, report: Callback<DragEvent>) -> PointerSensor {
        let event = &press.event;
        let origin = match press.source {
            DragSource::Card(_) => origin_of(&press.element),
            DragSource::New(_) => None,
        };
        let kind = PointerKind::from_pointer_type(&event.pointer_type());
        let point = (f64::from(event.client_x()), f64::from(event.client_y()));
        let card = rect_of(&press.element);
        let tracking = Rc::new_cyclic(|me| {
            RefCell::new(Tracking {
                phase: Phase::Pending,
                pointer_id: event.pointer_id(),
                rule: Activation::for_press(kind, press.on_handle),
                started_at: event.time_stamp(),
                start: point,
                last: point,
                grab_offset: (point.0 - card.left, point.1 - card.top),
                target: None,
                element: press.element,
                board: press.board,
                floating: press.floating,
                origin,
                source: press.source,
                frame: None,
                hold: None,
                swallow_click: false,
                click_window: None,
                me: me.clone(),
                report,
            })
        });

        // A finger that holds still long enough starts the drag without moving.
        let hold_ms = tracking.borrow().rule.hold_ms;
        if hold_ms > 0.0 {
            let weak = Rc::downgrade(&tracking);
            let timeout = Timeout::new(hold_ms.ceil() as u32, move || {
                let Some(tracking) = weak.upgrade() else {
                    return;
                };
                let ready = {
                    let t = tracking.borrow();
                    t.phase == Phase::Pending
                        && t.rule.decide(now() - t.started_at, t.moved()) == Decision::Start
                };
                if ready {
                    start(&tracking);
                }
            });
            tracking.borrow_mut().hold = Some(timeout);
        }

        let window = web_sys::window().expect("a browser window");
        let mut listeners = Vec::with_capacity(5);

        let on_move = {
            let tracking = tracking.clone();
            move |e: &web_sys::Event| {
                let Some(e) = e.dyn_ref::<PointerEvent>() else {
                    return;
                };
                let phase = {
                    let mut t = tracking.borrow_mut();
                    if e.pointer_id() != t.pointer_id {
                        return;
                    }
                    t.last = (f64::from(e.client_x()), f64::from(e.client_y()));
                    t.phase
                };
                match phase {
                    Phase::Pending => {
                        let decision = {
                            let t = tracking.borrow();
                            t.rule.decide(e.time_stamp() - t.started_at, t.moved())
                        };
                        match decision {
                            Decision::Start => start(&tracking),
                            Decision::GiveUp => tracking.borrow_mut().finish(DragEvent::Cancelled),
                            Decision::Wait => {}
                        }
                    }
                    Phase::Dragging => schedule_frame(&tracking),
                    Phase::Over => {}
                }
            }
        };
        listeners.push(EventListener::new(&window, "pointermove", on_move));

        let on_up = {
            let tracking = tracking.clone();
            move |e: &web_sys::Event| {
                let Some(e) = e.dyn_ref::<PointerEvent>() else {
                    return;
                };
                let mut t = tracking.borrow_mut();
                if e.pointer_id() != t.pointer_id {
                    return;
                }
                match t.phase {
                    Phase::Dragging => {
                        t.last = (f64::from(e.client_x()), f64::from(e.client_y()));
                        t.aim();
                        let target = t.target;
                        t.finish(DragEvent::Dropped(target));
                    }
                    Phase::Pending => {
                        // A click, not a drag: say nothing.
                        t.phase = Phase::Over;
                        t.hold = None;
                    }
                    Phase::Over => {}
                }
            }
        };
        listeners.push(EventListener::new(&window, "pointerup", on_up));

        let on_cancel = {
            let tracking = tracking.clone();
            move |e: &web_sys::Event| {
                let Some(e) = e.dyn_ref::<PointerEvent>() else {
                    return;
                };
                let mut t = tracking.borrow_mut();
                if e.pointer_id() == t.pointer_id && t.phase != Phase::Over {
                    t.finish(DragEvent::Cancelled);
                }
            }
        };
        listeners.push(EventListener::new(&window, "pointercancel", on_cancel));

        let on_key = {
            let tracking = tracking.clone();
            move |e: &web_sys::Event| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let mut t = tracking.borrow_mut();
                if e.key() == "Escape" && t.phase == Phase::Dragging {
                    e.prevent_default();
                    t.finish(DragEvent::Cancelled);
                }
            }
        };
        // Not passive: the Escape that cancels a drag is the drag's, not the page's
        // (a passive listener asking for that logs an error).
        listeners.push(EventListener::new_with_options(
            &window,
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            on_key,
        ));

        let on_click = {
            let tracking = tracking.clone();
            move |e: &web_sys::Event| {
                let mut t = tracking.borrow_mut();
                if t.swallow_click {
                    t.swallow_click = false;
                    e.prevent_default();
                    e.stop_propagation();
                }
            }
        };
        listeners.push(EventListener::new_with_options(
            &window,
            "click",
            // Capture phase, and not passive: swallowing the click needs preventDefault.
            EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: false,
            },
            on_click,
        ));

        // Once a held finger drags, the page must not scroll under it; before that,
        // it must. Only a non-passive listener may say so.
        let on_touch_move = {
            let tracking = tracking.clone();
            move |e: &web_sys::Event| {
                // A touchmove of a scroll already under way can't be cancelled
                // (Chromium logs an error if asked): only ask when it can be.
                if tracking.borrow().phase == Phase::Dragging && e.cancelable() {
                    e.prevent_default();
                }
            }
        };
        listeners.push(EventListener::new_with_options(
            &window,
            "touchmove",
            EventListenerOptions::enable_prevent_default(),
            on_touch_move,
        ));

        PointerSensor {
            tracking,
            _listeners: listeners,
        }
    }

    /// Whether this press is still pending or dragging.
    pub fn is_active(&self) -> bool {
        self.tracking.borrow().phase != Phase::Over
    }
}
