//! Splits the text into tokens, each with its byte span.
//!
//! Hand-written because coaches type on phones: `′ ″ ’ ×` and friends must read like
//! `' " ' x`, and a full stop can end a sentence or an abbreviation (`2' rec. between`).

use super::error::NotationError;
use crate::notation::error::said;
use std::ops::Range;

/// One token of the notation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Tok<'a> {
    /// `120`, `1.2`, `.5`
    Number(f64),
    /// `2:00` (m:ss) or `1:05:00` (h:mm:ss), in seconds.
    Clock(u32),
    /// Letters, lower-cased: a slice of the lower-cased text.
    Word(&'a str),
    Open,
    Close,
    Comma,
    /// `+` or `&`
    Plus,
    /// `;`, a new line, or a full stop that ends a sentence.
    Break,
    At,
    Slash,
    /// `-`, `–`, `—`, `•`
    Dash,
    /// `×`, `*`
    Times,
    /// `'`, `′`, `’`: minutes
    MinuteMark,
    /// `"`, `″`, `”`, `''`: seconds
    SecondMark,
    Colon,
    Percent,
    /// A full stop before it is known to end a sentence; never leaves the lexer.
    Dot,
}

/// A token and where it is.
#[derive(Clone, Debug)]
pub(super) struct Token<'a> {
    pub tok: Tok<'a>,
    pub span: Range<usize>,
}

/// Words after which a full stop is an abbreviation, not the end of a sentence.
const ABBREVIATIONS: [&str; 10] = [
    "rec", "recov", "min", "mins", "sec", "secs", "hr", "hrs", "approx", "ea",
];

/// Whether `c` belongs in a word. The vocabulary is ASCII, so any other character
/// that is neither a space nor one of the marks the lexer reads is taken as a letter:
/// the word is then refused as one the reader doesn't know, as `char::is_alphabetic`
/// would have it, without linking Unicode's letter tables (1.2 KiB of the read-only
/// viewer's download, brotli). Symbols such as `☃` are refused as words too.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || !(c.is_ascii()
            || c.is_whitespace()
            || matches!(
                c,
                '′' | '’' | '‘' | '≈' | '–' | '—' | '•' | '×' | '✕' | '″' | '“' | '”'
            ))
}

/// The longest number we read, in characters; keeps arithmetic far from overflow.
const MAX_NUMBER_CHARS: usize = 9;

/// Tokens of `src`, or the first character that has no meaning in a workout.
///
/// `src` comes lower-cased (ASCII only, so every byte stays where it was): words are
/// slices of it rather than a `String` each, and tokens need no drop (-205 B brotli).
pub(super) fn lex(src: &str) -> Result<Vec<Token<'_>>, NotationError> {
    let bytes = src.as_bytes();
    // Digits are ASCII, so a byte that is a digit is a whole character.
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let char_at = |i: usize| src.get(i..).and_then(|rest| rest.chars().next());
    let minute_mark = |c: char| matches!(c, '\'' | '′' | '’' | '‘');
    let mut out: Vec<Token> = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(i) {
        let mut end = i + c.len_utf8();
        let prev_is_digit = i > 0 && digit_at(i - 1);
        let starts_number = c.is_ascii_digit() || (c == '.' && !prev_is_digit && digit_at(i + 1));
        let tok = if starts_number {
            let (tok, after) = number(src, i)?;
            end = after;
            tok
        } else if is_letter(c) {
            while let Some(letter) = char_at(end).filter(|&l| is_letter(l)) {
                end += letter.len_utf8();
            }
            Tok::Word(src.get(i..end).unwrap_or(""))
        } else {
            match c {
                '\n' | '\r' | ';' => Tok::Break,
                // "about": ~20' reads as 20'
                _ if c.is_whitespace() || matches!(c, '~' | '≈') => {
                    i = end;
                    continue;
                }
                '(' | '[' | '{' => Tok::Open,
                ')' | ']' | '}' => Tok::Close,
                ',' => Tok::Comma,
                '+' | '&' => Tok::Plus,
                '.' => Tok::Dot,
                '@' => Tok::At,
                '/' => Tok::Slash,
                '-' | '–' | '—' | '•' => Tok::Dash,
                '*' | '×' | '✕' => Tok::Times,
                '"' | '″' | '“' | '”' => Tok::SecondMark,
                ':' => Tok::Colon,
                '%' => Tok::Percent,
                // '' is seconds, as on a stopwatch
                _ if minute_mark(c) => match char_at(end).filter(|&n| minute_mark(n)) {
                    Some(second) => {
                        end += second.len_utf8();
                        Tok::SecondMark
                    }
                    None => Tok::MinuteMark,
                },
                _ => {
                    return Err(NotationError::at(
                        src,
                        i..end,
                        said!("'{c}' has no meaning in a workout"),
                    ))
                }
            }
        };
        out.push(Token { tok, span: i..end });
        i = end;
    }
    settle_dots(&mut out);
    Ok(out)
}

/// The byte after the digits that start at byte `i` of `src` (`i` when there are none).
fn digits_end(src: &str, i: usize) -> usize {
    let digits = src.as_bytes().get(i..).unwrap_or(&[]);
    i + digits.iter().take_while(|b| b.is_ascii_digit()).count()
}

/// Whether byte `i` of `src` is `mark` and a digit follows it (`:05`, `.5`).
fn mark_then_digit(src: &str, i: usize, mark: u8) -> bool {
    let bytes = src.as_bytes();
    bytes.get(i) == Some(&mark) && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// Reads a number or a clock time starting at byte `i`; returns the token and the
/// byte after it.
fn number(src: &str, i: usize) -> Result<(Tok<'static>, usize), NotationError> {
    let mut end = digits_end(src, i);
    if end > i && mark_then_digit(src, end, b':') {
        return clock(src, i);
    }
    if mark_then_digit(src, end, b'.') {
        end = digits_end(src, end + 1);
    }
    let text = src.get(i..end).unwrap_or("");
    if text.len() > MAX_NUMBER_CHARS {
        return Err(NotationError::at(
            src,
            i..end,
            said!("'{text}' is too big a number for a workout"),
        ));
    }
    // At most 9 characters: the digits as a whole number are an exact f64, and one
    // division by an exact power of ten gives the very `f64` that `str::parse` and
    // `decimal::parse_f64` give, without linking the latter (part of -951 B brotli).
    let (mut digits, mut scale, mut point) = (0.0, 1.0, false);
    for b in text.bytes() {
        if b == b'.' {
            point = true;
        } else {
            digits = digits * 10.0 + f64::from(b - b'0');
            if point {
                scale *= 10.0;
            }
        }
    }
    Ok((Tok::Number(digits / scale), end))
}

/// Reads a clock time, `2:00` (m:ss) or `1:05:00` (h:mm:ss), starting at byte `i`:
/// its seconds and the byte after it.
fn clock(src: &str, i: usize) -> Result<(Tok<'static>, usize), NotationError> {
    let mut seconds = 0;
    let mut valid = true;
    let mut group = i;
    let mut groups = 0;
    let end = loop {
        let end = digits_end(src, group);
        let digits = src.as_bytes().get(group..end).unwrap_or(&[]);
        // The hours or minutes may have up to 3 digits; what follows, exactly 2.
        let value = digits
            .iter()
            .take(3)
            .fold(0, |v, b| v * 10 + u32::from(b - b'0'));
        if digits.len() <= 3 && (groups == 0 || (digits.len() == 2 && value < 60)) {
            seconds = seconds * 60 + value;
        } else {
            valid = false;
        }
        groups += 1;
        if groups == 3 || !mark_then_digit(src, end, b':') {
            break end;
        }
        group = end + 1;
    };
    if !valid {
        let text = src.get(i..end).unwrap_or("");
        return Err(NotationError::at(
            src,
            i..end,
            said!("'{text}' isn't a time: write minutes:seconds like 2:05, or h:mm:ss"),
        ));
    }
    Ok((Tok::Clock(seconds), end))
}

/// A full stop after an abbreviation (`rec.`) or at the very end is dropped; any other
/// ends a sentence, like `;`. In place: the tokens kept so far sit before `kept`.
fn settle_dots(tokens: &mut Vec<Token<'_>>) {
    let mut kept: usize = 0;
    for i in 0..tokens.len() {
        let mut token = tokens[i].clone();
        if matches!(token.tok, Tok::Dot) {
            let before = kept.checked_sub(1).map(|k| tokens[k].tok);
            let after_abbreviation =
                matches!(before, Some(Tok::Word(w)) if ABBREVIATIONS.contains(&w));
            let drop = match tokens.get(i + 1).map(|t| t.tok) {
                None | Some(Tok::Dot) | Some(Tok::Break) => true,
                Some(Tok::Word(_)) => after_abbreviation,
                Some(_) => false,
            };
            if drop {
                continue;
            }
            token.tok = Tok::Break;
        }
        tokens[kept] = token;
        kept += 1;
    }
    tokens.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `src`, lower-cased first as `parse_for` does.
    fn toks(src: &str) -> Vec<Tok<'static>> {
        let lower: &'static str = Box::leak(src.to_ascii_lowercase().into_boxed_str());
        lex(lower).unwrap().into_iter().map(|t| t.tok).collect()
    }

    fn word(w: &'static str) -> Tok<'static> {
        Tok::Word(w)
    }

    #[test]
    fn letters_beyond_ascii_stay_in_their_word() {
        // Read as whole words, as char::is_alphabetic would, so the parser can refuse
        // "récup" by name; the marks the lexer knows are not letters.
        assert_eq!(
            toks("2' récup"),
            [Tok::Number(2.0), Tok::MinuteMark, word("récup")]
        );
        assert_eq!(toks("Zürich"), [word("zürich")]);
        assert_eq!(toks("6×400m–1′"), toks("6*400m-1'"));
        assert_eq!(toks("20\u{a0}min"), toks("20 min"));
    }

    #[test]
    fn glued_repeats_split_into_count_x_and_amount() {
        assert_eq!(
            toks("3x120M"),
            vec![Tok::Number(3.0), word("x"), Tok::Number(120.0), word("m")]
        );
    }

    #[test]
    fn clocks_are_seconds() {
        assert_eq!(toks("2:00"), vec![Tok::Clock(120)]);
        assert_eq!(toks("1:05:00"), vec![Tok::Clock(3900)]);
        assert!(lex("2:75").is_err());
    }

    #[test]
    fn phone_punctuation_reads_as_ascii() {
        assert_eq!(
            toks("6′ 90″ 2’ 45''"),
            vec![
                Tok::Number(6.0),
                Tok::MinuteMark,
                Tok::Number(90.0),
                Tok::SecondMark,
                Tok::Number(2.0),
                Tok::MinuteMark,
                Tok::Number(45.0),
                Tok::SecondMark
            ]
        );
    }

    #[test]
    fn abbreviation_dots_vanish_and_sentence_dots_break() {
        assert_eq!(
            toks("2' rec. between reps. 6'"),
            vec![
                Tok::Number(2.0),
                Tok::MinuteMark,
                word("rec"),
                word("between"),
                word("reps"),
                Tok::Break,
                Tok::Number(6.0),
                Tok::MinuteMark
            ]
        );
        assert_eq!(toks("1.2km."), vec![Tok::Number(1.2), word("km")]);
    }

    #[test]
    fn stray_symbols_are_reported_with_their_span() {
        let e = lex("6 x 400m $").unwrap_err();
        assert_eq!(e.span, 9..10);
        #[cfg(feature = "notation-errors")]
        assert!(e.message.contains("'$'"));
    }
}
