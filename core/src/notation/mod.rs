//! Reading a coach's workout notation, such as seed 002's
//! `2 x (3 x 120m) + 300m, 200m, 2 x 100m, 200m, 300m`.
//!
//! [`parse`] turns the text into a tree of [`Step`]s, adds up the [`Totals`] a planner
//! needs, and suggests a [`Kind`] and an RPE. The accepted grammar, the totals, the
//! kind-suggestion table and the error messages are described in `docs/notation.md`.
//!
//! The reading goes one way: `lexer` (tokens with spans, words from `vocabulary`) →
//! `parser` (with `sets` for `+` sets and `last`) → `shape` (warm-up, recovery or rep)
//! → `recoveries` (clauses such as `6' rec between sets`) → `timeline` (unrolled) →
//! `classify` (kind and RPE), `totals` and `split` (time and distance at each pace).
//!
//! ```
//! use weekboard_core::notation::parse;
//! use weekboard_core::Kind;
//!
//! let w = parse("2 x (3 x 120m) + 300m, 200m, 2 x 100m, 200m, 300m").unwrap();
//! assert_eq!((w.totals.reps, w.totals.work_m), (12, 1920));
//! assert_eq!(w.suggested_kind, Kind::SpeedEndurance);
//! assert_eq!(w.summary(true), "12 reps · 1.9 km fast");
//! ```

mod classify;
mod error;
mod lexer;
mod pace;
mod parser;
mod recoveries;
mod sets;
mod shape;
mod split;
mod summary;
mod timeline;
mod totals;
mod tree;
mod vocabulary;

pub use error::NotationError;
pub use pace::{Pace, Runner};
pub use split::PaceSplit;
pub use totals::{Totals, ASSUMED_COOL_DOWN_MIN, ASSUMED_WARM_UP_MIN};
pub use tree::{Block, Effort, PaceUnit, Recovery, RecoveryStyle, Repeat, Role, Run, Step, Target};

use crate::model::Kind;
use crate::notation::error::said;
use serde::Serialize;
#[cfg(feature = "remember-readings")]
use std::cell::RefCell;

/// The longest notation read, in characters: a card holds a session, not a plan.
pub const MAX_CHARS: usize = 300;
/// How many repeats and brackets may sit inside each other.
pub const MAX_DEPTH: usize = 8;
/// The largest repeat count.
pub const MAX_REPEAT: u32 = 100;
/// The longest session, in minutes, before the numbers are taken for a typo.
pub const MAX_MINUTES: u32 = 48 * 60;

/// A workout read from notation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Workout {
    /// The steps in the order written, repeats holding their own steps.
    pub steps: Vec<Step>,
    pub totals: Totals,
    /// Time and distance at each pace: what the scoring reads.
    pub pace_split: PaceSplit,
    /// The kind of session this looks like (table in `docs/notation.md`).
    pub suggested_kind: Kind,
    /// Session RPE (CR-10) to go with it.
    pub suggested_rpe: u8,
}

impl Workout {
    /// One line for a card: "12 reps · 1.9 km fast", "20' tempo", "28 km long run".
    /// Distances of 1 km and more are in km when `units_km`, else in miles.
    pub fn summary(&self, units_km: bool) -> String {
        summary::line(self, units_km)
    }
}

/// Reads a workout written in coach's notation, its estimates at the reference
/// runner's paces ([`parse_for`] takes the runner's own).
///
/// Never panics: text that can't be read gives a [`NotationError`] with the span at
/// fault and a message a coach can act on.
pub fn parse(text: &str) -> Result<Workout, NotationError> {
    parse_for(text, Runner::REFERENCE)
}

/// Reads a workout with its estimated times and distances at `runner`'s paces. The
/// suggested kind and RPE read the structure at the reference runner's paces: a kind
/// is what a session is, not how long it takes this runner.
pub fn parse_for(text: &str, runner: Runner) -> Result<Workout, NotationError> {
    let whole = 0..text.len();
    let chars = text.chars().count();
    if chars > MAX_CHARS {
        let cut = text
            .char_indices()
            .nth(MAX_CHARS)
            .map_or(text.len(), |(b, _)| b);
        return Err(NotationError::at(
            text,
            cut..text.len(),
            said!(
                "the workout is too long: keep it to {MAX_CHARS} characters (this one has {chars})"
            ),
        ));
    }
    // The vocabulary is ASCII: folding only ASCII keeps Unicode's case tables out of
    // the wasm, and a word with other letters matches nothing either way.
    let lower = text.to_ascii_lowercase();
    let tokens = lexer::lex(&lower)?;
    if tokens.iter().all(|t| matches!(t.tok, lexer::Tok::Break)) {
        return Err(NotationError::at(
            text,
            whole,
            "the workout is empty: write a session like 6 x 400m w/ 90\" jog",
        ));
    }
    let parsed = parser::parse(text, tokens)?;
    let mut steps = parsed.steps;
    shape::settle_roles(&mut steps);
    recoveries::apply(text, &mut steps, &parsed.clauses)?;
    if steps.is_empty() {
        return Err(NotationError::at(
            text,
            whole,
            "there are recoveries but nothing to run: write the session first, like 6 x 400m",
        ));
    }
    let (totals, pace_split, suggested_kind, suggested_rpe) = {
        let events = timeline::unroll(&steps).map_err(|_| {
            NotationError::at(
                text,
                whole.clone(),
                said!(
                    "this workout repeats too much: more than {} steps once the repeats are counted",
                    timeline::MAX_EVENTS
                ),
            )
        })?;
        let kind = classify::kind(&steps, &events);
        let totals = totals::count(&events, kind, runner);
        let pace_split = split::count(&events, kind, totals.assumed_minutes, runner);
        (totals, pace_split, kind, classify::rpe(kind, &events))
    };
    if totals.estimated_minutes > MAX_MINUTES {
        return Err(NotationError::at(
            text,
            whole,
            "this workout adds up to more than 48 hours: check the numbers",
        ));
    }
    Ok(Workout {
        steps,
        totals,
        pace_split,
        suggested_kind,
        suggested_rpe,
    })
}

/// What a workout gives the score and the card: the time at each pace, its kind and
/// its RPE. Small and `Copy`, so it can be remembered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub split: PaceSplit,
    pub kind: Kind,
    pub rpe: u8,
}

/// Texts remembered by [`read`]: a week holds a handful, the search scores the
/// same ones thousands of times.
#[cfg(feature = "remember-readings")]
const REMEMBERED: usize = 64;

/// One remembered text: its hash, the text itself, and what it reads as.
#[cfg(feature = "remember-readings")]
type Remembered = (u64, Box<str>, Option<Reading>);

#[cfg(feature = "remember-readings")]
thread_local! {
    /// Parsing takes microseconds, about what scoring a whole week takes, and the
    /// arrangement search scores the same texts thousands of times: so each text is
    /// parsed once and remembered. A pure function's results, so nothing can go stale.
    static READS: RefCell<Vec<Remembered>> =
        RefCell::new(Vec::with_capacity(REMEMBERED));
}

/// What the workout `text` reads as, or `None` when it doesn't parse ([`parse`] says
/// why). The same as reading [`parse`]'s result, remembered.
pub fn read(text: &str) -> Option<Reading> {
    if text.trim().is_empty() {
        return None;
    }
    remembered(text)
}

fn reading(text: &str) -> Option<Reading> {
    parse(text).ok().map(|w| Reading {
        split: w.pace_split,
        kind: w.suggested_kind,
        rpe: w.suggested_rpe,
    })
}

/// `read` of `text`, from memory when this thread has read it lately.
#[cfg(feature = "remember-readings")]
fn remembered(text: &str) -> Option<Reading> {
    let key = fnv1a(text);
    let slot = (key % REMEMBERED as u64) as usize;
    READS.with(|reads| {
        let mut reads = reads.borrow_mut();
        if let Some((k, t, read)) = reads.get(slot) {
            if *k == key && **t == *text {
                return *read;
            }
        }
        let read = reading(text);
        let entry = (key, Box::from(text), read);
        if slot < reads.len() {
            reads[slot] = entry;
        } else {
            // Fill in order until every slot exists; empty slots hold nothing real.
            while reads.len() < slot {
                reads.push((u64::MAX, Box::from(""), None));
            }
            reads.push(entry);
        }
        read
    })
}

/// Without the search (a read-only view scores a post's weeks once), each text is
/// read when asked.
#[cfg(not(feature = "remember-readings"))]
fn remembered(text: &str) -> Option<Reading> {
    reading(text)
}

/// FNV-1a: a small, fast hash for short texts.
#[cfg(feature = "remember-readings")]
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED_002: &str = "2 x (3 x 120m) + 300m, 200m, 2 x 100m, 200m, 300m";

    #[test]
    fn remembered_readings_are_the_parse() {
        for text in [
            "6 x 800m @ 5K pace w/ 2' jog",
            "20' @ threshold",
            "6 x ??",
            "",
        ] {
            let first = read(text);
            assert_eq!(read(text), first);
            let fresh = parse(text).ok().map(|w| (w.suggested_kind, w.pace_split));
            assert_eq!(first.map(|r| (r.kind, r.split)), fresh);
        }
    }

    #[test]
    fn seed_002_counts_twelve_reps_and_1920_m() {
        let w = parse(SEED_002).unwrap();
        assert_eq!(w.totals.reps, 12);
        assert_eq!(w.totals.work_m, 1920);
        assert_eq!(w.suggested_kind, Kind::SpeedEndurance);
        assert_eq!(w.suggested_rpe, 9);
    }

    #[test]
    fn seed_002_recoveries_attach_where_they_apply() {
        let text = format!(
            "{SEED_002}; 80m walk in 90\" after 120m reps, 6' rec between sets, 2' rec between reps in ladder"
        );
        let w = parse(&text).unwrap();
        // 4 × 90" inside the sets, 2 × 6' between the three sets, 5 × 2' in the ladder
        assert_eq!(w.totals.recovery_s, 4 * 90 + 2 * 360 + 5 * 120);
        let Step::Repeat(sets) = &w.steps[0] else {
            panic!("expected the sets first: {:?}", w.steps[0]);
        };
        assert_eq!(sets.between.as_ref().and_then(|r| r.time_s), Some(360));
        let Step::Repeat(set) = &sets.steps[0] else {
            panic!("expected a set of 120s");
        };
        let walk = set.between.as_ref().unwrap();
        assert_eq!((walk.distance_m, walk.time_s), (Some(80), Some(90)));
        assert_eq!(walk.style, Some(RecoveryStyle::Walk));
    }

    #[test]
    fn the_seed_text_as_printed_also_reads() {
        let text = format!(
            "{SEED_002}\nRecovery: 80m walk in 90\" after 120m reps. 6' rec between sets. 2' rec. between reps in ladder"
        );
        let w = parse(&text).unwrap();
        assert_eq!((w.totals.reps, w.totals.work_m), (12, 1920));
        assert_eq!(w.totals.recovery_s, 1680);
    }
}
