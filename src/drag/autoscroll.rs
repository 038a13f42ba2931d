//! Scrolling the page while a drag nears the top or bottom edge, so a phone's
//! stacked days can all be reached. Only near an edge, never in the middle, and
//! never past the board: nothing above Monday or below Sunday takes a drop.

/// How close to an edge (CSS px) scrolling begins.
pub const EDGE_PX: f64 = 56.0;
/// The fastest scroll, in CSS px per animation frame.
pub const MAX_STEP_PX: f64 = 18.0;

/// How far to scroll this frame for a pointer at `y` in a viewport `height` tall:
/// negative scrolls up, 0 when the pointer is away from both edges.
pub fn step(y: f64, height: f64) -> f64 {
    if height <= 2.0 * EDGE_PX {
        return 0.0;
    }
    let ramp = |depth: f64| (depth / EDGE_PX).clamp(0.0, 1.0) * MAX_STEP_PX;
    if y < EDGE_PX {
        -ramp(EDGE_PX - y)
    } else if y > height - EDGE_PX {
        ramp(y - (height - EDGE_PX))
    } else {
        0.0
    }
}

/// [`step`], held so the board stays filling the window: no further down once its
/// bottom (`board_bottom`, in viewport coordinates) is in view, no further up
/// once its top is.
pub fn step_within(y: f64, height: f64, board_top: f64, board_bottom: f64) -> f64 {
    let step = step(y, height);
    if step > 0.0 {
        step.min((board_bottom - height).max(0.0))
    } else {
        step.max(board_top.min(0.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_near_an_edge() {
        assert_eq!(step(400.0, 800.0), 0.0);
        assert!(step(5.0, 800.0) < 0.0);
        assert!(step(795.0, 800.0) > 0.0);
        assert!(step(-50.0, 800.0) >= -MAX_STEP_PX);
    }

    #[test]
    fn never_past_the_board() {
        // Sunday's end is 5 px below the window: 5 px more, then no more.
        assert_eq!(step_within(795.0, 800.0, -2000.0, 805.0), 5.0);
        assert_eq!(step_within(795.0, 800.0, -2000.0, 780.0), 0.0);
        // Monday's top is 3 px above the window.
        assert_eq!(step_within(5.0, 800.0, -3.0, 3000.0), -3.0);
        assert_eq!(step_within(5.0, 800.0, 40.0, 3000.0), 0.0);
        // Far from both ends, the usual step.
        assert_eq!(
            step_within(795.0, 800.0, -2000.0, 3000.0),
            step(795.0, 800.0)
        );
    }
}
