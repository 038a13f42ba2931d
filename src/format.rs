//! How numbers read on the board: minutes, distances in the runner's units, days.

use weekboard_core::decimal::parse_f64;
use weekboard_core::totals::Totals;
use weekboard_core::{Units, DAY_NAMES};

/// Metres in a mile.
pub const METRES_PER_MILE: f64 = 1609.344;

/// `parts` with `sep` between them. `[T]::join` is about 1 KiB of wasm for each type
/// it joins (it sizes the result first, with a fast path per separator length); a
/// label needs no more than this loop.
pub fn joined<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

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
    let places = if rounded.fract() == 0.0 { 0 } else { 1 };
    format!("{} {unit}", fixed(rounded, places))
}

/// `value` with `places` decimals (0, 1 or 2), as `format!("{value:.1}")` writes it.
/// The planner formats floats elsewhere anyway and uses the standard formatter; the
/// read-only viewer, which shares this file and formats no other float, writes the
/// digits itself ([`exact_fixed`]) and saves the formatter's download.
pub fn fixed(value: f64, places: u32) -> String {
    if crate::FLOAT_FORMATTER {
        format!("{value:.*}", places.min(2) as usize)
    } else {
        exact_fixed(value, places)
    }
}

/// [`fixed`] without the standard float formatter: the exact binary value rounded
/// half to even. A value too large for the whole-number arithmetic (above 10^17) or
/// not finite reads "0".
pub fn exact_fixed(value: f64, places: u32) -> String {
    let scale: u128 = 10u128.pow(places.min(2));
    let bits = value.abs().to_bits();
    // |value| = mantissa × 2^exponent, exactly.
    let (mantissa, exponent) = match (bits >> 52) as i32 {
        0 => (u128::from(bits), -1074),
        0x7ff => (0, 0),
        e => (u128::from(bits & ((1 << 52) - 1) | 1 << 52), e - 1075),
    };
    let scaled = match exponent {
        0..=11 => (mantissa << exponent) * scale,
        e if e > 11 => 0,
        // Below 2^-64 of a whole, a value of under 2^60 rounds to 0.
        e if e < -64 => 0,
        e => {
            let shift = e.unsigned_abs();
            let exact = mantissa * scale;
            let (whole, rest) = (exact >> shift, exact & ((1 << shift) - 1));
            let half = 1 << (shift - 1);
            whole + u128::from(rest > half || (rest == half && whole % 2 == 1))
        }
    };
    // Written as a u64: formatting a u128 would bring its own division into the
    // viewer's download (2.5 KB of wasm).
    let scaled = u64::try_from(scaled).unwrap_or(0);
    let sign = if value.is_sign_negative() { "-" } else { "" };
    match places.min(2) {
        0 => format!("{sign}{scaled}"),
        1 => format!("{sign}{}.{}", scaled / 10, scaled % 10),
        _ => format!("{sign}{}.{:02}", scaled / 100, scaled % 100),
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

/// A distance that may be partly estimated: "≈ 42 km" then.
pub fn total_distance(totals: &Totals, units: Units) -> String {
    let shown = distance(totals.metres, units);
    if totals.distance_is_estimate() {
        format!("≈ {shown}")
    } else {
        shown
    }
}

/// A day's totals in one line: "8 km · 45 min", "2 runs · 14 km · 1 h 20",
/// "45 min cross-training", "Rest"; empty for a day with nothing on it.
pub fn day_totals(totals: &Totals, units: Units, sessions: usize) -> String {
    let mut parts = Vec::new();
    if totals.runs > 1 {
        parts.push(format!("{} runs", totals.runs));
    }
    if totals.runs > 0 {
        if totals.metres > 0 {
            parts.push(total_distance(totals, units));
        }
        parts.push(minutes(totals.running_minutes));
    }
    if totals.other_minutes > 0 {
        let other = format!("{} other", minutes(totals.other_minutes));
        parts.push(if totals.runs == 0 {
            format!(
                "{} cross-training or strength",
                minutes(totals.other_minutes)
            )
        } else {
            other
        });
    }
    if parts.is_empty() && sessions > 0 {
        return "Rest".to_string();
    }
    joined(&parts, " · ")
}

/// Reads a time as runners write it: "45:30" (minutes and seconds), "1:45:30", or
/// "45" (minutes). `None` for anything else.
pub fn parse_clock(text: &str) -> Option<u32> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let number = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())?
    };
    let sixty = |p: &str| number(p).filter(|&v| v < 60 && p.len() == 2);
    match parts.as_slice() {
        [m] => number(m)?.checked_mul(60),
        [m, s] => Some(number(m)? * 60 + sixty(s)?),
        [h, m, s] => Some(number(h)? * 3600 + sixty(m)? * 60 + sixty(s)?),
        _ => None,
    }
}

/// "45:30", "1:45:30": a time as a watch shows it.
pub fn clock(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A pace in the runner's units: "4:30 /km", "7:15 /mi".
pub fn pace(seconds_per_km: f64, units: Units) -> String {
    let (per, unit) = match units {
        Units::Km => (seconds_per_km, "km"),
        Units::Mi => (seconds_per_km * METRES_PER_MILE / 1000.0, "mi"),
    };
    format!("{} /{unit}", clock(per.round() as u32))
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

/// "info", "caution", "problem": a finding's class and data attribute.
pub fn severity_name(severity: weekboard_core::Severity) -> &'static str {
    use weekboard_core::Severity;
    match severity {
        Severity::Info => "info",
        Severity::Caution => "caution",
        Severity::Problem => "problem",
    }
}

/// "Note", "Caution", "Problem": what a finding says it is.
pub fn severity_label(severity: weekboard_core::Severity) -> &'static str {
    use weekboard_core::Severity;
    match severity {
        Severity::Info => "Note",
        Severity::Caution => "Caution",
        Severity::Problem => "Problem",
    }
}

/// When a day holds more than one session, where this one falls: AM and PM for
/// two, first, second… for more. Storage keeps the order the runner set.
pub fn order_in_day(index: usize, of: usize) -> Option<&'static str> {
    const NTH: [&str; 10] = [
        "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
    ];
    match of {
        0 | 1 => None,
        2 => Some(if index == 0 { "AM" } else { "PM" }),
        _ => NTH.get(index).copied(),
    }
}

/// An across-week finding in a word or two, for the strip's flag.
pub fn across_words(code: weekboard_core::FindingCode) -> &'static str {
    use weekboard_core::FindingCode;
    match code {
        FindingCode::NoEasierWeek => "no easier week in a long build",
        FindingCode::TaperBackwards => "a taper that cuts intensity, not volume",
        FindingCode::RaceWeekNotLighter => "a race week that isn't lighter",
        FindingCode::LoadJump => "a jump from the weeks before",
        FindingCode::LongestRunSpike => "a long run past the last month's",
        _ => "a finding across weeks",
    }
}

/// What the strip says of week `i` (its name and title): "Week 3, 14–20 Dec 2026,
/// 42 km, 88, Balanced, an easier week".
pub fn week_mark_words(
    plan: &weekboard_core::Plan,
    i: usize,
    mark: &weekboard_core::score::WeekMark,
    amount: &str,
) -> Vec<String> {
    let mut words = vec![format!("Week {}", i + 1)];
    words.extend(plan.monday_of(i).map(|d| d.week_span()));
    words.push(amount.to_string());
    words.push(match mark.score {
        Some(score) => format!("{score}, {}", mark.verdict.label()),
        None => "no running yet".to_string(),
    });
    if mark.easier {
        words.push("an easier week".to_string());
    }
    if mark.race {
        words.push("a race".to_string());
    }
    let flags: Vec<&str> = mark.across.iter().map(|c| across_words(*c)).collect();
    if !flags.is_empty() {
        words.push(joined(&flags, ", "));
    }
    words
}

/// What the coach's notation says, in one line, and whether it can't be read.
pub fn workout_line(workout: Option<&str>, units: Units) -> Option<(String, bool)> {
    let text = workout.filter(|w| !w.trim().is_empty())?;
    Some(match weekboard_core::notation::parse(text) {
        Ok(workout) => (workout.summary(units == Units::Km), false),
        Err(_) => (
            "Workout text can't be read — edit to see why".to_string(),
            true,
        ),
    })
}

/// "This week", "Next week", "Last week", or nothing for other weeks.
pub fn relative_week(
    monday: weekboard_core::date::Date,
    today: Option<weekboard_core::date::Date>,
) -> Option<&'static str> {
    let this = today?.monday();
    match this.days_until(monday) {
        0 => Some("This week"),
        7 => Some("Next week"),
        -7 => Some("Last week"),
        _ => None,
    }
}

/// How the strip's bars measure a week: by distance when every week has one, else
/// by time; and the biggest week's amount, the bars' full height.
pub fn strip_scale(marks: &[weekboard_core::score::WeekMark]) -> (bool, u64) {
    let by_distance = !marks.is_empty() && marks.iter().all(|m| m.metres.is_some());
    let top = marks
        .iter()
        .map(|m| strip_volume(m, by_distance))
        .max()
        .unwrap_or(0)
        .max(1);
    (by_distance, top)
}

/// One week's amount on the strip's scale (see [`strip_scale`]).
pub fn strip_volume(mark: &weekboard_core::score::WeekMark, by_distance: bool) -> u64 {
    if by_distance {
        mark.metres.unwrap_or(0)
    } else {
        mark.minutes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_puts_the_separator_between_parts_only() {
        assert_eq!(joined(&["a", "b", "c"], ", "), "a, b, c");
        assert_eq!(joined(&[String::from("one")], " · "), "one");
        assert_eq!(joined::<&str>(&[], ", "), "");
    }

    #[test]
    fn fixed_decimals_read_as_the_float_formatter_writes_them() {
        let mut bits: u64 = 0x2545_f491_4f6c_dd1d;
        let mut values = vec![
            0.0, -0.0, 0.25, 0.35, 0.45, 2.5, 3.5, 5.75, 62.5, 0.05, 1e-30, 123456.789,
        ];
        for _ in 0..200_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            // Chart and bar figures: 0–1000 with any fraction, and exact halves.
            values.push((bits % 100_000_000) as f64 / 100_000.0);
            values.push((bits % 20_000) as f64 / 8.0);
            values.push(f64::from((bits % 500) as u32) / f64::from((bits % 97) as u32 + 1) * 92.0);
        }
        for v in values {
            assert_eq!(exact_fixed(v, 0), format!("{v:.0}"), "{v:e}");
            assert_eq!(exact_fixed(v, 1), format!("{v:.1}"), "{v:e}");
            assert_eq!(exact_fixed(v, 2), format!("{v:.2}"), "{v:e}");
        }
    }

    #[test]
    fn times_read_as_runners_write_them() {
        assert_eq!(parse_clock("45:30"), Some(2730));
        assert_eq!(parse_clock(" 1:45:30 "), Some(6330));
        assert_eq!(parse_clock("22"), Some(1320));
        for bad in [
            "", "4:5", "45:60", "1:75:00", "a:30", "1:2:3:4", "-5", "45.5",
        ] {
            assert_eq!(parse_clock(bad), None, "{bad}");
        }
        assert_eq!(clock(2730), "45:30");
        assert_eq!(clock(6330), "1:45:30");
        assert_eq!(pace(270.0, Units::Km), "4:30 /km");
        assert_eq!(pace(270.0, Units::Mi), "7:15 /mi");
    }

    #[test]
    fn a_days_totals_read_in_one_line() {
        let run = Totals {
            runs: 1,
            running_minutes: 45,
            metres: 8_000,
            ..Totals::default()
        };
        assert_eq!(day_totals(&run, Units::Km, 1), "8 km · 45 min");
        let double = Totals {
            runs: 2,
            running_minutes: 80,
            metres: 14_000,
            estimated_m: 6_000,
            other_minutes: 30,
            ..Totals::default()
        };
        assert_eq!(
            day_totals(&double, Units::Km, 3),
            "2 runs · ≈ 14 km · 1 h 20 · 30 min other"
        );
        let gym = Totals {
            other_minutes: 30,
            ..Totals::default()
        };
        assert_eq!(
            day_totals(&gym, Units::Km, 1),
            "30 min cross-training or strength"
        );
        assert_eq!(day_totals(&Totals::default(), Units::Km, 1), "Rest");
        assert_eq!(day_totals(&Totals::default(), Units::Km, 0), "");
    }

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
