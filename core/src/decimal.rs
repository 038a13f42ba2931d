//! Reading decimal numbers without the standard float parser.
//!
//! `str::parse::<f64>` is exact for every input, and pays for it with tables and
//! big-number arithmetic: some 16 KB of wasm. The numbers this board reads (workout
//! notation, a distance typed in a form) are short, and for short numbers a
//! multiplication or division by an exact power of ten gives the very same `f64`.

/// Powers of ten an `f64` holds exactly.
const EXACT_POWERS: usize = 23;

fn power_of_ten(n: usize) -> f64 {
    let mut p = 1.0;
    for _ in 0..n {
        p *= 10.0;
    }
    p
}

/// Reads a decimal number as `str::parse::<f64>` does: `12`, `-0.5`, `+.5`, `5.`,
/// `1e3`, `2.5E-2`. Infinity and NaN are not numbers here (`None`), nor is a number
/// too large for an `f64`.
///
/// The result is the same `f64` as `parse` gives when the number has at most 15
/// significant digits and a power of ten within ±22 once they are written as a whole
/// number (`0.0015` is 15×10⁻⁴): every number a person types. Longer numbers are read
/// to 19 significant digits and may be a few units in the last place off.
pub fn parse_f64(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, bytes) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    let mut mantissa: u64 = 0;
    // The value is mantissa × 10^exponent.
    let mut exponent: i64 = 0;
    let mut digits = 0;
    let mut point = false;
    let mut rest = bytes.iter();
    for &b in rest.by_ref() {
        match b {
            b'0'..=b'9' => {
                digits += 1;
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(b - b'0');
                    exponent -= i64::from(point);
                } else {
                    // Past 19 digits: dropped, but they still count in the size.
                    exponent += i64::from(!point);
                }
            }
            b'.' if !point => point = true,
            b'e' | b'E' => {
                exponent = exponent.saturating_add(read_exponent(rest.as_slice())?);
                break;
            }
            _ => return None,
        }
    }
    if digits == 0 {
        return None;
    }
    let magnitude = if mantissa == 0 {
        0.0
    } else if mantissa < 1 << 53 && exponent.unsigned_abs() < EXACT_POWERS as u64 {
        // Both operands exact: the one rounding is the correct one.
        let power = power_of_ten(exponent.unsigned_abs() as usize);
        if exponent < 0 {
            mantissa as f64 / power
        } else {
            mantissa as f64 * power
        }
    } else {
        let mut value = mantissa as f64;
        let largest = power_of_ten(EXACT_POWERS - 1);
        // Far beyond f64's range either way: stop early.
        let mut left = exponent.clamp(-400, 400);
        while left != 0 {
            let step = left.unsigned_abs().min(EXACT_POWERS as u64 - 1);
            let power = if step == EXACT_POWERS as u64 - 1 {
                largest
            } else {
                power_of_ten(step as usize)
            };
            if left < 0 {
                value /= power;
                left += step as i64;
            } else {
                value *= power;
                left -= step as i64;
            }
        }
        value
    };
    let value = if negative { -magnitude } else { magnitude };
    value.is_finite().then_some(value)
}

/// The exponent after `e`: an optional sign and at least one digit (saturating).
fn read_exponent(bytes: &[u8]) -> Option<i64> {
    let (negative, bytes) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if bytes.is_empty() {
        return None;
    }
    let mut value: i64 = 0;
    for &b in bytes {
        if !b.is_ascii_digit() {
            return None;
        }
        value = value.saturating_mul(10).saturating_add(i64::from(b - b'0'));
    }
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn std_parse(text: &str) -> Option<f64> {
        text.parse::<f64>().ok().filter(|v| v.is_finite())
    }

    #[test]
    fn reads_what_people_type() {
        for text in [
            "0",
            "12",
            "10.5",
            "-0.5",
            "+.5",
            "5.",
            "1e3",
            "2.5E-2",
            "007",
            "-0",
            "0.1",
            "21.0975",
            "42.195",
            "1e-7",
            "123456789012345",
            "1.5e22",
        ] {
            assert_eq!(parse_f64(text), std_parse(text), "{text}");
        }
        for text in [
            "", ".", "-", "+", "e3", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "inf", "NaN",
            "infinity", "--1", "1e3.5", "0x10", "1e999", "-1e400",
        ] {
            assert_eq!(parse_f64(text), None, "{text}");
        }
        assert_eq!(parse_f64("1e-400"), Some(0.0));
        assert!(parse_f64("-0.0").is_some_and(|z| z == 0.0 && z.is_sign_negative()));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]

        /// Short numbers: exactly `parse`.
        #[test]
        fn short_numbers_read_exactly_as_parse(
            text in "[+-]?[0-9]{0,8}(\\.[0-9]{0,7})?([eE][+-]?[0-9])?",
        ) {
            prop_assert_eq!(parse_f64(&text), std_parse(&text));
        }

        /// Any text: a number exactly when `parse` reads a finite one, and close to it.
        #[test]
        fn any_text_reads_like_parse(text in "[-+0-9.eE]{0,30}") {
            match (parse_f64(&text), std_parse(&text)) {
                (Some(ours), Some(theirs)) => {
                    let tolerance = theirs.abs() * 1e-14 + f64::MIN_POSITIVE;
                    prop_assert!((ours - theirs).abs() <= tolerance, "{} vs {}", ours, theirs);
                }
                (ours, theirs) => prop_assert_eq!(ours, theirs),
            }
        }
    }
}
