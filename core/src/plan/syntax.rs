//! JSON text → [`Value`], as `serde_json::from_str::<Value>` reads it: the same values
//! (numbers included, to the bit), the same error messages, lines and columns.
//!
//! By hand because serde_json's reader is generic machinery sized for every serde
//! type; the plan format needs one type. A property test compares the two.

use serde_json::{Map, Number, Value};

/// Why the text is not JSON, and where (serde_json's words and positions: the
/// column counts bytes from the start of the line).
#[derive(Debug, PartialEq)]
pub(super) struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
}

const EOF_LIST: &str = "EOF while parsing a list";
const EOF_OBJECT: &str = "EOF while parsing an object";
const EOF_STRING: &str = "EOF while parsing a string";
const EOF_VALUE: &str = "EOF while parsing a value";
const EXPECTED_COLON: &str = "expected `:`";
const EXPECTED_LIST_COMMA_OR_END: &str = "expected `,` or `]`";
const EXPECTED_OBJECT_COMMA_OR_END: &str = "expected `,` or `}`";
const EXPECTED_IDENT: &str = "expected ident";
const EXPECTED_VALUE: &str = "expected value";
const INVALID_ESCAPE: &str = "invalid escape";
const INVALID_NUMBER: &str = "invalid number";
const NUMBER_OUT_OF_RANGE: &str = "number out of range";
const CONTROL_CHARACTER: &str = "control character (\\u0000-\\u001F) found while parsing a string";
const KEY_MUST_BE_A_STRING: &str = "key must be a string";
const LONE_SURROGATE: &str = "lone leading surrogate in hex escape";
const TRAILING_COMMA: &str = "trailing comma";
const TRAILING_CHARACTERS: &str = "trailing characters";
const UNEXPECTED_END_OF_HEX_ESCAPE: &str = "unexpected end of hex escape";
const RECURSION_LIMIT: &str = "recursion limit exceeded";

type Read<T> = Result<T, SyntaxError>;

/// Reads `text` as one JSON value.
pub(super) fn parse(text: &str) -> Read<Value> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        index: 0,
        depth_left: 128,
    };
    let value = reader.value()?;
    match reader.whitespace() {
        Some(_) => Err(reader.peek_error(TRAILING_CHARACTERS)),
        None => Ok(value),
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    index: usize,
    /// Arrays and objects may nest 127 deep.
    depth_left: u8,
}

/// Whether `n * 10 + digit` overflows `max`.
fn overflows(n: u64, digit: u64, max: u64) -> bool {
    n >= max / 10 && (n > max / 10 || digit > max % 10)
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.index).copied()
    }

    fn peek_or_null(&self) -> u8 {
        self.peek().unwrap_or(0)
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.index += 1;
        Some(byte)
    }

    /// An error at byte `at`: line, and column as bytes since the line began.
    fn error_at(&self, message: &'static str, at: usize) -> SyntaxError {
        let before = self.bytes.get(..at).unwrap_or(self.bytes);
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = 1 + before
            .iter()
            .take(line_start)
            .filter(|&&b| b == b'\n')
            .count();
        SyntaxError {
            message,
            line,
            column: at - line_start,
        }
    }

    /// An error at the last byte read.
    fn error(&self, message: &'static str) -> SyntaxError {
        self.error_at(message, self.index)
    }

    /// An error at the next byte.
    fn peek_error(&self, message: &'static str) -> SyntaxError {
        self.error_at(message, (self.index + 1).min(self.bytes.len()))
    }

    /// Skips whitespace; the next byte.
    fn whitespace(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.index += 1;
        }
        self.peek()
    }

    fn value(&mut self) -> Read<Value> {
        let Some(first) = self.whitespace() else {
            return Err(self.peek_error(EOF_VALUE));
        };
        let (rest, value): (&[u8], _) = match first {
            b'n' => (b"ull", Value::Null),
            b't' => (b"rue", Value::Bool(true)),
            b'f' => (b"alse", Value::Bool(false)),
            b'-' => {
                self.index += 1;
                return self.integer(false);
            }
            b'0'..=b'9' => return self.integer(true),
            b'"' => {
                self.index += 1;
                return self.string().map(Value::String);
            }
            b'[' | b'{' => {
                self.depth_left -= 1;
                if self.depth_left == 0 {
                    return Err(self.peek_error(RECURSION_LIMIT));
                }
                self.index += 1;
                let value = if first == b'[' {
                    self.array()
                } else {
                    self.object()
                };
                self.depth_left += 1;
                return value;
            }
            _ => return Err(self.peek_error(EXPECTED_VALUE)),
        };
        self.index += 1;
        for &expected in rest {
            match self.next() {
                None => return Err(self.error(EOF_VALUE)),
                Some(b) if b != expected => return Err(self.error(EXPECTED_IDENT)),
                Some(_) => {}
            }
        }
        Ok(value)
    }

    fn array(&mut self) -> Read<Value> {
        let mut items = Vec::new();
        loop {
            let Some(peek) = self.whitespace() else {
                return Err(self.peek_error(EOF_LIST));
            };
            if peek == b']' {
                self.index += 1;
                return Ok(Value::Array(items));
            }
            if !items.is_empty() {
                if peek != b',' {
                    return Err(self.peek_error(EXPECTED_LIST_COMMA_OR_END));
                }
                self.index += 1;
                match self.whitespace() {
                    Some(b']') => return Err(self.peek_error(TRAILING_COMMA)),
                    Some(_) => {}
                    None => return Err(self.peek_error(EOF_VALUE)),
                }
            }
            items.push(self.value()?);
        }
    }

    fn object(&mut self) -> Read<Value> {
        let mut map = Map::new();
        let mut first = true;
        loop {
            let Some(peek) = self.whitespace() else {
                return Err(self.peek_error(EOF_OBJECT));
            };
            if peek == b'}' {
                self.index += 1;
                return Ok(Value::Object(map));
            }
            let key_next = if first {
                first = false;
                Some(peek)
            } else if peek == b',' {
                self.index += 1;
                match self.whitespace() {
                    Some(b'}') => return Err(self.peek_error(TRAILING_COMMA)),
                    None => return Err(self.peek_error(EOF_VALUE)),
                    next => next,
                }
            } else {
                return Err(self.peek_error(EXPECTED_OBJECT_COMMA_OR_END));
            };
            if key_next != Some(b'"') {
                return Err(self.peek_error(KEY_MUST_BE_A_STRING));
            }
            self.index += 1;
            let key = self.string()?;
            match self.whitespace() {
                Some(b':') => self.index += 1,
                Some(_) => return Err(self.peek_error(EXPECTED_COLON)),
                None => return Err(self.peek_error(EOF_OBJECT)),
            }
            let value = self.value()?;
            map.insert(key, value);
        }
    }

    /// A string's contents; the opening quote has been read.
    fn string(&mut self) -> Read<String> {
        let mut out = String::new();
        let mut start = self.index;
        loop {
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.index += 1;
            }
            let Some(b) = self.next() else {
                return Err(self.error(EOF_STRING));
            };
            // Quotes, backslashes and control characters are ASCII: char boundaries.
            out.push_str(self.text.get(start..self.index - 1).unwrap_or_default());
            match b {
                b'"' => return Ok(out),
                b'\\' => self.escape(&mut out)?,
                _ => return Err(self.error(CONTROL_CHARACTER)),
            }
            start = self.index;
        }
    }

    /// One escape; the backslash has been read.
    fn escape(&mut self, out: &mut String) -> Read<()> {
        let Some(b) = self.next() else {
            return Err(self.error(EOF_STRING));
        };
        let c = match b {
            b'"' | b'\\' | b'/' => char::from(b),
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => self.unicode_escape()?,
            _ => return Err(self.error(INVALID_ESCAPE)),
        };
        out.push(c);
        Ok(())
    }

    /// `\uXXXX`, or a surrogate pair of them; `\u` has been read.
    fn unicode_escape(&mut self) -> Read<char> {
        let n = self.hex4()?;
        if (0xDC00..0xE000).contains(&n) {
            return Err(self.error(LONE_SURROGATE));
        }
        if !(0xD800..0xDC00).contains(&n) {
            return Ok(char::from_u32(n).unwrap_or_default());
        }
        for expected in [b'\\', b'u'] {
            match self.next() {
                None => return Err(self.error(EOF_STRING)),
                Some(b) if b != expected => return Err(self.error(UNEXPECTED_END_OF_HEX_ESCAPE)),
                Some(_) => {}
            }
        }
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            return Err(self.error(LONE_SURROGATE));
        }
        Ok(char::from_u32(((n - 0xD800) << 10 | (low - 0xDC00)) + 0x1_0000).unwrap_or_default())
    }

    fn hex4(&mut self) -> Read<u32> {
        let Some(digits) = self.bytes.get(self.index..self.index + 4) else {
            self.index = self.bytes.len();
            return Err(self.error(EOF_STRING));
        };
        self.index += 4;
        let mut n = 0;
        for &d in digits {
            let Some(v) = char::from(d).to_digit(16) else {
                return Err(self.error(INVALID_ESCAPE));
            };
            n = n * 16 + v;
        }
        Ok(n)
    }

    /// A number; its sign has been read.
    fn integer(&mut self, positive: bool) -> Read<Value> {
        let Some(first) = self.next() else {
            return Err(self.error(EOF_VALUE));
        };
        let mut significand = match first {
            b'0' if self.peek_or_null().is_ascii_digit() => {
                return Err(self.peek_error(INVALID_NUMBER))
            }
            b'0'..=b'9' => u64::from(first - b'0'),
            _ => return Err(self.error(INVALID_NUMBER)),
        };
        let mut exponent = 0;
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            let digit = u64::from(c - b'0');
            self.index += 1;
            if exponent > 0 || overflows(significand, digit, u64::MAX) {
                // Too long for a u64: further digits only scale it.
                exponent += 1;
            } else {
                significand = significand * 10 + digit;
            }
        }
        let float = match self.peek_or_null() {
            b'.' => self.fraction(significand, exponent)?,
            b'e' | b'E' => self.exponent(significand, exponent)?,
            _ if exponent > 0 => self.float(significand, exponent)?,
            _ if positive => return Ok(Value::Number(significand.into())),
            _ => {
                let negative = (significand as i64).wrapping_neg();
                // `-0`, and below i64::MIN, are floats.
                if negative < 0 {
                    return Ok(Value::Number(negative.into()));
                }
                significand as f64
            }
        };
        let float = if positive { float } else { -float };
        Ok(Number::from_f64(float).map_or(Value::Null, Value::Number))
    }

    /// The digits after `.`; returns the magnitude.
    fn fraction(&mut self, mut significand: u64, before: i32) -> Read<f64> {
        self.index += 1;
        let mut after = 0;
        let mut overflowed = false;
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            let digit = u64::from(c - b'0');
            if overflowed || overflows(significand, digit, u64::MAX) {
                // Past what a u64 holds: further digits are ignored.
                overflowed = true;
            } else {
                significand = significand * 10 + digit;
                after -= 1;
            }
            self.index += 1;
        }
        if after == 0 && !overflowed {
            return Err(match self.peek() {
                Some(_) => self.peek_error(INVALID_NUMBER),
                None => self.peek_error(EOF_VALUE),
            });
        }
        match self.peek_or_null() {
            b'e' | b'E' => self.exponent(significand, before + after),
            _ => self.float(significand, before + after),
        }
    }

    /// The exponent after `e`; returns the magnitude.
    fn exponent(&mut self, significand: u64, before: i32) -> Read<f64> {
        self.index += 1;
        let positive = match self.peek_or_null() {
            b'-' => {
                self.index += 1;
                false
            }
            b'+' => {
                self.index += 1;
                true
            }
            _ => true,
        };
        let mut exp = match self.next() {
            None => return Err(self.error(EOF_VALUE)),
            Some(c @ b'0'..=b'9') => i32::from(c - b'0'),
            Some(_) => return Err(self.error(INVALID_NUMBER)),
        };
        while let c @ b'0'..=b'9' = self.peek_or_null() {
            self.index += 1;
            let digit = i32::from(c - b'0');
            if overflows(exp as u64, digit as u64, i32::MAX as u64) {
                if significand != 0 && positive {
                    return Err(self.error(NUMBER_OUT_OF_RANGE));
                }
                while self.peek_or_null().is_ascii_digit() {
                    self.index += 1;
                }
                return Ok(0.0);
            }
            exp = exp * 10 + digit;
        }
        let exponent = if positive {
            before.saturating_add(exp)
        } else {
            before.saturating_sub(exp)
        };
        self.float(significand, exponent)
    }

    /// significand × 10^exponent, as serde_json computes it (not always the
    /// nearest f64 for long numbers).
    fn float(&self, significand: u64, mut exponent: i32) -> Read<f64> {
        let mut f = significand as f64;
        loop {
            match power_of_ten(exponent.unsigned_abs()) {
                Some(power) => {
                    if exponent >= 0 {
                        f *= power;
                        if f.is_infinite() {
                            return Err(self.error(NUMBER_OUT_OF_RANGE));
                        }
                    } else {
                        f /= power;
                    }
                    return Ok(f);
                }
                None if f == 0.0 => return Ok(f),
                None if exponent >= 0 => return Err(self.error(NUMBER_OUT_OF_RANGE)),
                None => {
                    f /= 1e308;
                    exponent += 308;
                }
            }
        }
    }
}

/// 10^`k` rounded to the nearest f64 (what the literal `1e{k}` is), for `k` ≤ 308.
fn power_of_ten(k: u32) -> Option<f64> {
    if k > 308 {
        return None;
    }
    // 5^k in 32-bit limbs, least significant first; 10^k = 5^k × 2^k.
    let mut limbs: Vec<u32> = vec![1];
    for _ in 0..k {
        let mut carry = 0;
        for limb in &mut limbs {
            let v = u64::from(*limb) * 5 + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    }
    let top = limbs.last().copied().unwrap_or(1);
    let bits = limbs.len() as u32 * 32 - top.leading_zeros();
    // The top 64 bits, and whether any bit below them is set.
    let mut top64: u64 = 0;
    let mut sticky = false;
    for (i, &limb) in limbs.iter().enumerate().rev() {
        let low = i as u32 * 32; // the limb's lowest bit
        for bit in (0..32).rev() {
            let place = low + bit;
            if place >= bits {
                continue;
            }
            let set = limb >> bit & 1 == 1;
            if place + 64 >= bits {
                top64 |= u64::from(set) << (place + 64 - bits);
            } else {
                sticky |= set;
            }
        }
    }
    // Round 64 bits to 53, half to even.
    let mut mantissa = top64 >> 11;
    let rest = top64 & 0x7ff;
    if rest > 0x400 || (rest == 0x400 && (sticky || mantissa & 1 == 1)) {
        mantissa += 1;
    }
    // 5^k ≈ mantissa × 2^(bits − 53); 10^k ≈ mantissa × 2^(bits − 53 + k).
    let mut exponent = bits as i64 - 53 + i64::from(k);
    if mantissa == 1 << 53 {
        mantissa >>= 1;
        exponent += 1;
    }
    let biased = (exponent + 52 + 1023) as u64;
    Some(f64::from_bits(biased << 52 | (mantissa & ((1 << 52) - 1))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What serde_json says about `text`, in the same terms.
    /// Values compared by `Debug`, which tells `-0.0` from `0.0`.
    type Outcome = Result<String, (String, usize, usize)>;

    fn serde_json_reads(text: &str) -> Outcome {
        serde_json::from_str::<Value>(text)
            .map(|v| format!("{v:?}"))
            .map_err(|e| {
                let message = e.to_string();
                let cut = message.rfind(" at line ").unwrap_or(message.len());
                (message[..cut].to_string(), e.line(), e.column())
            })
    }

    fn ours(text: &str) -> Outcome {
        parse(text)
            .map(|v| format!("{v:?}"))
            .map_err(|e| (e.message.to_string(), e.line, e.column))
    }

    #[test]
    fn powers_of_ten_are_the_literals() {
        for k in 0..=308 {
            let literal: f64 = format!("1e{k}").parse().unwrap();
            assert_eq!(power_of_ten(k), Some(literal), "1e{k}");
        }
        assert_eq!(power_of_ten(309), None);
    }

    #[test]
    fn reads_as_serde_json_reads() {
        let deep_ok = format!("{}{}", "[".repeat(127), "]".repeat(127));
        let too_deep = format!("{}{}", "[".repeat(128), "]".repeat(128));
        let texts = [
            "",
            " ",
            "null",
            "nul",
            "nulx",
            "true",
            "false",
            "fals",
            "tru e",
            "0",
            "-0",
            "-",
            "01",
            "-01",
            "1.",
            "1.e5",
            "1e",
            "1e+",
            "1e-",
            "1ex",
            ".5",
            "1.5",
            "-1.5e-3",
            "18446744073709551615",
            "18446744073709551616",
            "-9223372036854775808",
            "-9223372036854775809",
            "123456789012345678901234567890",
            "1.23456789012345678901234567890",
            "1e308",
            "1e309",
            "2e308",
            "1e-400",
            "1e99999999999",
            "0e99999999999",
            "1e-99999999999",
            "4.9e-324",
            "2.2250738585072014e-308",
            "12345678901234567890e-30",
            "0.000000000000000000000000000001234",
            "\"\"",
            "\"abc",
            "\"a\\\"b\"",
            "\"\\u00e9\\u20AC\"",
            "\"\\ud83c\\udfc3\"",
            "\"\\ud83c\"",
            "\"\\ud83cx\"",
            "\"\\ud83c\\x\"",
            "\"\\ud83c\\u0041\"",
            "\"\\udfc3\"",
            "\"\\u12\"",
            "\"\\u12G4\"",
            "\"\\q\"",
            "\"\\",
            "\"a\nb\"",
            "\"é\u{1}\"",
            "\"🏃\"",
            "[",
            "[1",
            "[1,",
            "[1,]",
            "[1 2]",
            "[,1]",
            "[]",
            "[ ]",
            "{",
            "{\"a\"",
            "{\"a\":",
            "{\"a\":1",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{1:2}",
            "{\"a\":1 \"b\":2}",
            "{,}",
            "{\"a\":1,\"a\":2}",
            "{\"b\":1,\"a\":[{}]}",
            "{} x",
            "1 2",
            "\n\n  }",
            "{\"version\": 1,\n  \"days\": }",
            "[1,\n\n  x]",
            "\t[\r\n1e5\n,\n-2]",
            &deep_ok,
            &too_deep,
        ];
        for text in texts {
            assert_eq!(ours(text), serde_json_reads(text), "{text:?}");
        }
    }

    fn json_text() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            "\\PC{0,6}".prop_map(Value::from),
        ];
        let value = leaf.prop_recursive(4, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::vec(("[a-z]{0,3}", inner), 0..4)
                    .prop_map(|entries| Value::Object(entries.into_iter().collect())),
            ]
        });
        (value, any::<bool>()).prop_map(|(v, pretty)| {
            if pretty {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                v.to_string()
            }
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3_000))]

        #[test]
        fn valid_json_reads_the_same(text in json_text()) {
            prop_assert_eq!(ours(&text), serde_json_reads(&text));
        }

        /// Valid JSON with a few bytes changed: the same value or the same error.
        #[test]
        fn broken_json_fails_the_same(
            text in json_text(),
            edits in proptest::collection::vec((any::<usize>(), 0u8..3, proptest::sample::select(
                b"{}[]:,\"\\ \n0123456789.eE+-nultrfasu/x\x01".to_vec())), 1..4),
        ) {
            let mut bytes = text.into_bytes();
            for (at, edit, byte) in edits {
                let at = at % (bytes.len() + 1);
                match edit {
                    0 => bytes.insert(at, byte),
                    1 if at < bytes.len() => { bytes.remove(at); }
                    _ if at < bytes.len() => bytes[at] = byte,
                    _ => bytes.push(byte),
                }
            }
            // Only texts that are still UTF-8 (a &str is what both read).
            if let Ok(text) = String::from_utf8(bytes) {
                prop_assert_eq!(ours(&text), serde_json_reads(&text), "{:?}", text);
            }
        }

        #[test]
        fn json_like_noise_fails_the_same(text in "[\\[\\]{}:,\"\\\\ \n0-9.eE+\\-nultrfasu/\u{1}é]{0,24}") {
            prop_assert_eq!(ours(&text), serde_json_reads(&text));
        }
    }
}
