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
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(src.len(), |&(b, _)| b);
    let char_at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut out: Vec<Token> = Vec::new();
    let mut i = 0;
    while let Some(c) = char_at(i) {
        let start = byte_at(i);
        let prev_is_digit = i > 0 && char_at(i - 1).is_some_and(|p| p.is_ascii_digit());
        let starts_number = c.is_ascii_digit()
            || (c == '.' && !prev_is_digit && char_at(i + 1).is_some_and(|n| n.is_ascii_digit()));
        if starts_number {
            let (tok, next) = number(src, &chars, i)?;
            out.push(Token {
                tok,
                span: start..byte_at(next),
            });
            i = next;
            continue;
        }
        if is_letter(c) {
            let mut j = i;
            while char_at(j).is_some_and(is_letter) {
                j += 1;
            }
            let word = src.get(start..byte_at(j)).unwrap_or("");
            out.push(Token {
                tok: Tok::Word(word),
                span: start..byte_at(j),
            });
            i = j;
            continue;
        }
        let minute_mark = |c: char| matches!(c, '\'' | '′' | '’' | '‘');
        let tok = match c {
            '\n' | '\r' | ';' => Some(Tok::Break),
            _ if c.is_whitespace() => None,
            // "about": ~20' reads as 20'
            '~' | '≈' => None,
            '(' | '[' | '{' => Some(Tok::Open),
            ')' | ']' | '}' => Some(Tok::Close),
            ',' => Some(Tok::Comma),
            '+' | '&' => Some(Tok::Plus),
            '.' => Some(Tok::Dot),
            '@' => Some(Tok::At),
            '/' => Some(Tok::Slash),
            '-' | '–' | '—' | '•' => Some(Tok::Dash),
            '*' | '×' | '✕' => Some(Tok::Times),
            '"' | '″' | '“' | '”' => Some(Tok::SecondMark),
            ':' => Some(Tok::Colon),
            '%' => Some(Tok::Percent),
            _ if minute_mark(c) => {
                if char_at(i + 1).is_some_and(minute_mark) {
                    // '' is seconds, as on a stopwatch
                    out.push(Token {
                        tok: Tok::SecondMark,
                        span: start..byte_at(i + 2),
                    });
                    i += 2;
                    continue;
                }
                Some(Tok::MinuteMark)
            }
            _ => {
                return Err(NotationError::at(
                    src,
                    start..byte_at(i + 1),
                    said!("'{c}' has no meaning in a workout"),
                ))
            }
        };
        if let Some(tok) = tok {
            out.push(Token {
                tok,
                span: start..byte_at(i + 1),
            });
        }
        i += 1;
    }
    Ok(settle_dots(out))
}

/// Reads a number or a clock time starting at char index `i`; returns the token and
/// the char index after it.
fn number(
    src: &str,
    chars: &[(usize, char)],
    i: usize,
) -> Result<(Tok<'static>, usize), NotationError> {
    let byte_at = |k: usize| chars.get(k).map_or(src.len(), |&(b, _)| b);
    let digit_at = |k: usize| chars.get(k).is_some_and(|&(_, c)| c.is_ascii_digit());
    let digits_from = |k: usize| {
        let mut j = k;
        while digit_at(j) {
            j += 1;
        }
        j
    };
    let start = byte_at(i);
    let mut j = digits_from(i);
    let is_colon = |k: usize| chars.get(k).is_some_and(|&(_, c)| c == ':');
    if j > i && is_colon(j) && digit_at(j + 1) {
        // a clock: 2:00, 1:05:00
        let mut groups = vec![(i, j)];
        while groups.len() < 3 && is_colon(j) && digit_at(j + 1) {
            let k = digits_from(j + 1);
            groups.push((j + 1, k));
            j = k;
        }
        let span = start..byte_at(j);
        let text = src.get(span.clone()).unwrap_or("");
        let value = |(a, b): (usize, usize)| -> Option<u32> {
            if b - a > 3 {
                return None;
            }
            src.get(byte_at(a)..byte_at(b))?.parse().ok()
        };
        let mut parts = Vec::new();
        for (n, &g) in groups.iter().enumerate() {
            let v = value(g);
            let two_digits = g.1 - g.0 == 2;
            match v {
                Some(v) if n == 0 || (two_digits && v < 60) => parts.push(v),
                _ => {
                    return Err(NotationError::at(
                        src,
                        span,
                        said!("'{text}' isn't a time: write minutes:seconds like 2:05, or h:mm:ss"),
                    ))
                }
            }
        }
        let seconds = parts.iter().fold(0u32, |acc, &p| acc * 60 + p);
        return Ok((Tok::Clock(seconds), j));
    }
    let dot_then_digit = chars.get(j).is_some_and(|&(_, c)| c == '.') && digit_at(j + 1);
    if dot_then_digit {
        j = digits_from(j + 1);
    }
    let span = start..byte_at(j);
    let text = src.get(span.clone()).unwrap_or("");
    if text.len() > MAX_NUMBER_CHARS {
        return Err(NotationError::at(
            src,
            span,
            said!("'{text}' is too big a number for a workout"),
        ));
    }
    // At most 9 characters: exact (see `parse_f64`).
    let value = crate::decimal::parse_f64(text).unwrap_or(0.0);
    Ok((Tok::Number(value), j))
}

/// A full stop after an abbreviation (`rec.`) or at the very end is dropped; any other
/// ends a sentence, like `;`.
fn settle_dots(tokens: Vec<Token<'_>>) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut iter = tokens.into_iter().peekable();
    while let Some(token) = iter.next() {
        if token.tok != Tok::Dot {
            out.push(token);
            continue;
        }
        let next = iter.peek().map(|t| &t.tok);
        let after_abbreviation = matches!(
            out.last().map(|t| &t.tok),
            Some(Tok::Word(w)) if ABBREVIATIONS.contains(w)
        );
        let drop = match next {
            None | Some(Tok::Dot) | Some(Tok::Break) => true,
            Some(Tok::Word(_)) => after_abbreviation,
            Some(_) => false,
        };
        if !drop {
            out.push(Token {
                tok: Tok::Break,
                span: token.span,
            });
        }
    }
    out
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
