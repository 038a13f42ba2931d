//! When a press becomes a drag. A mouse drags once it moves a few pixels; a finger
//! must rest first, so a swipe or a flick still scrolls the page — even one that
//! starts on the grip.

/// The kinds of pointer the browser reports (`PointerEvent.pointerType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointerKind {
    Mouse,
    Pen,
    Touch,
}

impl PointerKind {
    /// From `pointerType`; unknown types behave like a mouse.
    pub fn from_pointer_type(name: &str) -> PointerKind {
        match name {
            "touch" => PointerKind::Touch,
            "pen" => PointerKind::Pen,
            _ => PointerKind::Mouse,
        }
    }
}

/// The thresholds of one way of starting a drag.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Activation {
    /// How long the press must last before a drag may start.
    pub hold_ms: f64,
    /// How far the pointer may wander during the hold (farther: it's a scroll).
    pub hold_tolerance_px: f64,
    /// How far the pointer must move (after the hold) to start dragging.
    pub move_px: f64,
}

/// Mouse and pen: no hold, a small move. Touch: a hold, then any move; on the grip
/// a shorter one. A finger that moves on before its hold is up (a flick begins
/// within a few frames) is scrolling, and the browser scrolls.
pub const MOUSE: Activation = Activation {
    hold_ms: 0.0,
    hold_tolerance_px: f64::INFINITY,
    move_px: 4.0,
};
pub const TOUCH_HOLD: Activation = Activation {
    hold_ms: 250.0,
    hold_tolerance_px: 8.0,
    move_px: 0.0,
};
pub const TOUCH_HANDLE: Activation = Activation {
    hold_ms: 120.0,
    hold_tolerance_px: 8.0,
    move_px: 0.0,
};

impl Activation {
    /// The rule for a press of this pointer kind, on the handle or elsewhere on the card.
    pub fn for_press(kind: PointerKind, on_handle: bool) -> Activation {
        match (kind, on_handle) {
            (PointerKind::Touch, true) => TOUCH_HANDLE,
            (PointerKind::Touch, false) => TOUCH_HOLD,
            _ => MOUSE,
        }
    }

    /// What a pending press should do, `elapsed_ms` after it began, with the
    /// pointer `moved_px` away from where it went down.
    pub fn decide(&self, elapsed_ms: f64, moved_px: f64) -> Decision {
        if elapsed_ms < self.hold_ms {
            if moved_px > self.hold_tolerance_px {
                Decision::GiveUp
            } else {
                Decision::Wait
            }
        } else if moved_px >= self.move_px {
            Decision::Start
        } else {
            Decision::Wait
        }
    }
}

/// The outcome of [`Activation::decide`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Not yet a drag.
    Wait,
    /// Start dragging.
    Start,
    /// It was a scroll or a swipe: let the browser have it.
    GiveUp,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mouse_drags_after_a_small_move() {
        assert_eq!(MOUSE.decide(0.0, 1.0), Decision::Wait);
        assert_eq!(MOUSE.decide(0.0, 5.0), Decision::Start);
    }

    #[test]
    fn a_finger_must_hold_still_first() {
        assert_eq!(TOUCH_HOLD.decide(100.0, 2.0), Decision::Wait);
        assert_eq!(TOUCH_HOLD.decide(100.0, 20.0), Decision::GiveUp);
        assert_eq!(TOUCH_HOLD.decide(260.0, 0.0), Decision::Start);
    }

    #[test]
    fn the_handle_drags_after_a_short_rest_and_a_flick_from_it_scrolls() {
        let rule = Activation::for_press(PointerKind::Touch, true);
        assert!(rule.hold_ms < TOUCH_HOLD.hold_ms);
        // A flick: 30 px within the first frames.
        assert_eq!(rule.decide(16.0, 30.0), Decision::GiveUp);
        assert_eq!(rule.decide(60.0, 4.0), Decision::Wait);
        // Rested, it drags, moving or not.
        assert_eq!(rule.decide(130.0, 0.0), Decision::Start);
        assert_eq!(rule.decide(200.0, 40.0), Decision::Start);
    }
}
