//! How numbers read on the board: minutes, distances in the runner's units, days.

use weekboard_core::{Units, DAY_NAMES};

/// Metres in a mile.
pub const METRES_PER_MILE: f64 = 1609.344;

/// "45 min", "1 h 40", "2 h".
pub fn minutes(total: u32) -> String {
    match (total / 60, total % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m:02}"),
    }
}

/// "10.5 km" or "6.5 mi", one decimal, trailing ".0" dropped.
pub fn distance(metres: u32, units: Units) -> String {
    let (value, unit) = match units {
        Units::Km => (f64::from(metres) / 1000.0, "km"),
        Units::Mi => (f64::from(metres) / METRES_PER_MILE, "mi"),
    };
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0} {unit}")
    } else {
        format!("{rounded:.1} {unit}")
    }
}

/// Reads a distance the runner typed in their units ("10.5") as metres.
/// `None` for anything that is not a non-negative number.
pub fn parse_distance(text: &str, units: Units) -> Option<u32> {
    let value: f64 = text.trim().replace(',', ".").parse().ok()?;
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    let metres = match units {
        Units::Km => value * 1000.0,
        Units::Mi => value * METRES_PER_MILE,
    };
    (metres <= f64::from(u32::MAX)).then(|| metres.round() as u32)
}

/// The day's full name, Monday = 0.
pub fn day_name(day: usize) -> &'static str {
    DAY_NAMES.get(day).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_read_like_a_watch() {
        assert_eq!(minutes(45), "45 min");
        assert_eq!(minutes(100), "1 h 40");
        assert_eq!(minutes(120), "2 h");
        assert_eq!(minutes(65), "1 h 05");
    }

    #[test]
    fn distances_in_either_unit() {
        assert_eq!(distance(10_500, Units::Km), "10.5 km");
        assert_eq!(distance(10_000, Units::Km), "10 km");
        assert_eq!(distance(16_093, Units::Mi), "10 mi");
    }

    #[test]
    fn typed_distances() {
        assert_eq!(parse_distance("10,5", Units::Km), Some(10_500));
        assert_eq!(parse_distance("1", Units::Mi), Some(1609));
        assert_eq!(parse_distance("-3", Units::Km), None);
        assert_eq!(parse_distance("ten", Units::Km), None);
    }
}
