//! A reading error: where in the text, and what to write instead.

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// Why a workout could not be read, and where.
///
/// The message is written for the coach ("expected a distance or a time after
/// '3 x' (column 4)"); `span` is the byte range to underline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NotationError {
    /// Byte range of the text at fault (`start == end` at the end of the text).
    pub span: Range<usize>,
    /// What is wrong, ending with where: "(column 5)" or "(line 2, column 5)".
    pub message: String,
    /// Where, for the build that shows it (see [`said!`]).
    #[cfg(feature = "notation-errors")]
    line: usize,
    #[cfg(feature = "notation-errors")]
    column: usize,
}

/// The words of an error: a fixed text, or [`Said`] text made only when shown.
#[cfg_attr(not(feature = "notation-errors"), allow(dead_code))]
pub trait Words {
    fn words(self) -> String;
}

impl Words for &'static str {
    fn words(self) -> String {
        self.to_string()
    }
}

/// Words written out only in a build that shows them: see [`said!`].
pub struct Said<F>(pub F);

impl<F: FnOnce() -> String> Words for Said<F> {
    fn words(self) -> String {
        (self.0)()
    }
}

/// `format!` for an error's words, kept as a closure: a build without the
/// `notation-errors` feature (the read-only viewer, which only says that a workout
/// can't be read) never calls it, and leaves out the words and their formatting
/// (2.4 KiB of its download, brotli).
macro_rules! said {
    ($($words:tt)*) => {
        $crate::notation::error::Said(|| format!($($words)*))
    };
}
pub(crate) use said;

/// What a build without `notation-errors` says of every error.
#[cfg(not(feature = "notation-errors"))]
const UNREAD: &str = "the workout can't be read";

impl NotationError {
    /// An error at `span` of `src`; `what` gets the position appended.
    pub(super) fn at(src: &str, span: Range<usize>, what: impl Words) -> NotationError {
        #[cfg(feature = "notation-errors")]
        {
            NotationError::at_string(src, span, what.words())
        }
        // Nothing shows where: the position's counting and wording stay out too.
        #[cfg(not(feature = "notation-errors"))]
        {
            let _ = (src, what);
            NotationError::unread(span)
        }
    }

    /// The one error of a build without `notation-errors`: out of line, so the many
    /// callers share one copy of the message's allocation (-85 B brotli).
    #[cfg(not(feature = "notation-errors"))]
    #[inline(never)]
    fn unread(span: Range<usize>) -> NotationError {
        NotationError {
            span,
            message: UNREAD.to_string(),
        }
    }

    /// [`NotationError::at`] with the message made: one copy for all callers.
    #[cfg(feature = "notation-errors")]
    fn at_string(src: &str, span: Range<usize>, what: String) -> NotationError {
        let start = span.start.min(src.len());
        let before = src.get(..start).unwrap_or(src);
        let line = 1 + before.chars().filter(|&c| c == '\n').count();
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let column = 1 + before.get(line_start..).map_or(0, |s| s.chars().count());
        let message = if src.contains(['\n', '\r']) {
            format!("{what} (line {line}, column {column})")
        } else {
            format!("{what} (column {column})")
        };
        NotationError {
            span,
            message,
            line,
            column,
        }
    }

    /// Column of the start of the span, 1-based, counted in characters from the
    /// start of its line.
    #[cfg(feature = "notation-errors")]
    pub fn column(&self) -> usize {
        self.column
    }

    /// Line of the start of the span, 1-based.
    #[cfg(feature = "notation-errors")]
    pub fn line(&self) -> usize {
        self.line
    }
}

impl fmt::Display for NotationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for NotationError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "notation-errors")]
    fn columns_count_characters_not_bytes() {
        let src = "6 × 400m ☃";
        let at = src.find('☃').unwrap();
        let e = NotationError::at(src, at..at + 3, "no snowmen");
        assert_eq!(e.column(), 10);
        assert_eq!(e.message, "no snowmen (column 10)");
    }

    #[test]
    #[cfg(not(feature = "notation-errors"))]
    fn a_build_without_error_words_says_only_that_it_cant_read() {
        let e = NotationError::at("6 x ☃", 4..7, "no snowmen");
        assert_eq!(
            (e.span, e.message.as_str()),
            (4..7, "the workout can't be read")
        );
    }

    #[test]
    #[cfg(feature = "notation-errors")]
    fn lines_are_named_when_there_are_several() {
        let e = NotationError::at("6 x 400m\n3 x", 12..12, "expected more");
        assert_eq!((e.line(), e.column()), (2, 4));
        assert!(e.message.ends_with("(line 2, column 4)"));
    }
}
