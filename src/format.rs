//! How numbers read on the board: minutes, distances in the runner's units, days.

use weekboard_core::decimal::parse_f64;
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
    // Not `str::parse`: the standard float parser costs some 16 KB of wasm.
    let value = parse_f64(&text.trim().replace(',', "."))?;
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    let metres = match units {
        Units::Km => value * 1000.0,
        Units::Mi => value * METRES_PER_MILE,
    };
    (metres <= f64::from(u32::MAX)).then(|| metres.round() as u32)
}

/// "56,012": a count with its thousands apart.
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The day's full name, Monday = 0.
pub fn day_name(day: usize) -> &'static str {
    DAY_NAMES.get(day).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_keep_their_thousands_apart() {
        assert_eq!(count(7), "7");
        assert_eq!(count(2000), "2,000");
        assert_eq!(count(56_012), "56,012");
        assert_eq!(count(1_234_567), "1,234,567");
    }

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

    /// What `parse_distance` was with `str::parse::<f64>`.
    fn parse_distance_with_std(text: &str, units: Units) -> Option<u32> {
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

    #[test]
    fn typed_distances_read_as_the_standard_parser_read_them() {
        let mut typed = vec![
            String::new(),
            " 5 ".into(),
            "-0".into(),
            "+3".into(),
            ".5".into(),
            "5.".into(),
            "1e3".into(),
            "inf".into(),
            "NaN".into(),
            "0.0005".into(),
            "2.0005".into(),
            "4294967.2955".into(),
            "4294967.2945".into(),
            "2668.7".into(),
            "1e999".into(),
        ];
        let mut bits: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            bits
        };
        for _ in 0..100_000 {
            let r = next();
            let whole = r % 10u64.pow((r >> 8) as u32 % 8);
            let fraction = (r >> 16) % 10_000;
            let places = (r >> 32) as usize % 5;
            let mut text = match places {
                0 => format!("{whole}"),
                _ => format!(
                    "{whole}{}{fraction:0places$}",
                    [".", ","][(r >> 40) as usize % 2]
                ),
            };
            match (r >> 44) % 16 {
                0 => text.insert(0, '-'),
                1 => text.push_str(&format!("e{}", (r >> 48) % 7)),
                2 => text.push_str(&format!("e-{}", (r >> 48) % 7)),
                3 => text = text.chars().filter(|c| *c != '.').collect(),
                _ => {}
            }
            typed.push(text);
        }
        for text in &typed {
            for units in [Units::Km, Units::Mi] {
                assert_eq!(
                    parse_distance(text, units),
                    parse_distance_with_std(text, units),
                    "{text:?} {units:?}"
                );
            }
        }
    }
}
