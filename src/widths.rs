//! The planner's width bands, as words the stylesheet reads (`data-width` on the
//! frame). Pure, so the read-only viewer (`viewer/`) shares this very file.
//!
//! The layout follows the planner's own width, not the window's: an embedded
//! planner may sit in a narrow blog column on a wide screen.

/// The word each band of widths sets, from the first figure to the second (CSS px,
/// both included), as the container queries it replaces had them.
const BANDS: [(&str, f64, f64); 5] = [
    // The days stack into one column; findings beyond the first fold away.
    ("phone", f64::NEG_INFINITY, 480.0),
    // Seven columns would break "Moderate" mid-word: the week wraps into two rows.
    // A day needs about 110 px; the board has the whole width up to 900 px, and
    // the width less the 332 px score panel above it, so it wraps again from 901
    // to 1180 (at 1024 px seven days would be 88 px each).
    ("two-rows", 481.0, 860.0),
    ("two-rows", 901.0, 1180.0),
    // The score panel goes above the board.
    ("stacked", f64::NEG_INFINITY, 900.0),
    // Day names shorten.
    ("short-days", f64::NEG_INFINITY, 1400.0),
];

/// The words for a planner `width` px wide, e.g. "phone stacked short-days".
pub fn width_words(width: f64) -> String {
    let words = BANDS
        .iter()
        .filter(|(_, from, upto)| (*from..=*upto).contains(&width))
        .map(|(word, _, _)| *word)
        .collect::<Vec<_>>();
    crate::format::joined(&words, " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_width_gets_the_words_of_its_bands() {
        assert_eq!(width_words(390.0), "phone stacked short-days");
        assert_eq!(width_words(480.0), "phone stacked short-days");
        assert_eq!(width_words(480.5), "stacked short-days");
        assert_eq!(width_words(481.0), "two-rows stacked short-days");
        assert_eq!(width_words(860.0), "two-rows stacked short-days");
        assert_eq!(width_words(880.0), "stacked short-days");
        assert_eq!(width_words(1024.0), "two-rows short-days");
        assert_eq!(width_words(1180.0), "two-rows short-days");
        assert_eq!(width_words(1181.0), "short-days");
        assert_eq!(width_words(1256.0), "short-days");
        assert_eq!(width_words(1600.0), "");
    }
}
