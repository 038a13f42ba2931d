//! The write half of the planner, handed down by context: every component can send
//! [`Action`]s and start a pointer drag, none can read the state through it. What a
//! component shows still comes in as props, so it renders only when those change.

use crate::drag::pointer::{self, PointerSensor};
use crate::drag::DragSource;
use crate::state::{Action, Planner};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How components change the planner.
#[derive(Clone)]
pub struct Planning {
    dispatch: UseReducerDispatcher<Planner>,
    /// The planner's root: where the day columns and the remove zone are measured.
    root: NodeRef,
    /// The floating card that follows a pointer drag.
    floating: NodeRef,
    /// The press being tracked, kept until the next one.
    sensor: Rc<RefCell<Option<PointerSensor>>>,
}

impl PartialEq for Planning {
    fn eq(&self, other: &Planning) -> bool {
        self.dispatch == other.dispatch && Rc::ptr_eq(&self.sensor, &other.sensor)
    }
}

impl Planning {
    pub fn new(
        dispatch: UseReducerDispatcher<Planner>,
        root: NodeRef,
        floating: NodeRef,
    ) -> Planning {
        Planning {
            dispatch,
            root,
            floating,
            sensor: Rc::default(),
        }
    }

    /// Sends one action to the reducer.
    pub fn send(&self, action: Action) {
        self.dispatch.dispatch(action);
    }

    /// A callback that sends the action `make` builds from its argument.
    pub fn callback<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let dispatch = self.dispatch.clone();
        Callback::from(move |value| dispatch.dispatch(make(value)))
    }

    /// A press on a card or a palette chip: the pointer sensor takes it from here,
    /// and may turn it into a drag of `source` (shown as `label` while it floats).
    pub fn press(&self, event: PointerEvent, source: DragSource, label: &str) {
        let Some(board) = self.root.cast::<web_sys::Element>() else {
            return;
        };
        let floating = self.floating.cast::<web_sys::HtmlElement>();
        let report = self.callback(Action::Drag);
        if let Some(sensor) = pointer::press(event, source, label, board, floating, report) {
            *self.sensor.borrow_mut() = Some(sensor);
        }
    }
}

/// The planner's [`Planning`], from the context `App` provides.
#[hook]
pub fn use_planning() -> Planning {
    use_context::<Planning>().expect("a component of the planner, inside App")
}
