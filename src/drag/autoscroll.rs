//! Scrolling the page while a drag nears the top or bottom edge, so a phone's
//! stacked days can all be reached. Only near an edge, never in the middle.

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
}
