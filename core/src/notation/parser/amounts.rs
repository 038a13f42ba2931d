//! Distances and times: `120m`, `1.2km`, `1 mi`, `400` (bare: metres), `90"`, `45s`,
//! `6'`, `6'30"`, `2:00`, `20 min`, `1h30`, `1:05:00`.

use super::Parser;
use crate::notation::error::said;
use crate::notation::error::NotationError;
use crate::notation::lexer::Tok;
use crate::notation::tree::Amount;
use crate::notation::vocabulary::{self as words, Unit};
use std::ops::Range;

/// The longest single run or recovery we accept, in metres.
pub(super) const MAX_DISTANCE_M: f64 = 250_000.0;
/// The longest single run or recovery we accept, in seconds (a day).
const MAX_TIME_S: f64 = 86_400.0;
/// A bare number (`400`) is metres from here …
pub(super) const BARE_MIN_M: f64 = 100.0;
/// … to here; outside, it needs a unit.
pub(super) const BARE_MAX_M: f64 = 10_000.0;

impl Parser<'_> {
    /// A distance or a time, if one starts here.
    pub(super) fn amount(&mut self) -> Result<Option<Amount>, NotationError> {
        // "4 x mile", "km repeats": a unit on its own is one of it
        if matches!(self.word_at(0), Some("mile" | "km")) && !self.is_word(1, "pace") {
            let start = self.span().start;
            let per = self.word_at(0).and_then(words::unit);
            self.bump();
            return match per {
                Some(Unit::Distance(per)) => self.distance(per, start).map(Some),
                _ => Ok(None),
            };
        }
        match self.peek() {
            Some(Tok::Clock(s)) => {
                let s = f64::from(*s);
                let start = self.bump().start;
                self.eat_word(&["min", "mins"]);
                self.time(s, start).map(Some)
            }
            Some(Tok::Number(v)) => {
                let v = *v;
                let number = self.bump();
                self.number_amount(v, number).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// The amount for a number just read: `6'`, `6'30"`, `90"`, `120m`, `1 h 30`,
    /// `400` (bare: metres).
    fn number_amount(&mut self, v: f64, number: Range<usize>) -> Result<Amount, NotationError> {
        let start = number.start;
        match self.peek() {
            Some(Tok::MinuteMark) => {
                self.bump();
                let mut s = v * 60.0;
                // 6'30" or 6'30
                if let Some(sec) = self.number_at(0) {
                    let marked = self.at(1, Tok::SecondMark);
                    if sec < 60.0 && (marked || self.glued()) {
                        self.bump();
                        self.eat(Tok::SecondMark);
                        s += sec;
                    }
                }
                self.time(s, start)
            }
            Some(Tok::SecondMark) => {
                self.bump();
                self.time(v, start)
            }
            Some(Tok::Word(w)) => {
                let w = *w;
                match words::unit(w) {
                    Some(Unit::Distance(per)) => {
                        self.bump();
                        self.distance(v * per, start)
                    }
                    Some(Unit::Time(per)) => {
                        // "400s" is four-hundreds, not 400 seconds
                        let plural = w == "s"
                            && self.glued()
                            && (200.0..=BARE_MAX_M).contains(&v)
                            // a whole hundred (not `%`, which would bring `fmod`)
                            && v.fract() == 0.0
                            && v as u32 % 100 == 0;
                        self.bump();
                        if plural {
                            return self.distance(v, start);
                        }
                        let s = v * per + self.smaller_time_part(per);
                        self.time(s, start)
                    }
                    None if !words::is_known(w) => {
                        let span = self.span();
                        Err(self.err(
                            span,
                            said!(
                                "'{}' isn't a unit: use m, km or mi for distances and s, min, ' or \" for times",
                                self.text(self.span())
                            ),
                        ))
                    }
                    None => self.bare(v, number),
                }
            }
            _ => self.bare(v, number),
        }
    }

    /// The seconds of `1 min 30 s` or the minutes of `1h30`, after the bigger unit.
    fn smaller_time_part(&mut self, per: f64) -> f64 {
        let Some(n) = self.number_at(0) else {
            return 0.0;
        };
        let next_is = |p: &Self, units: &[&str], mark: Tok| {
            p.at(1, mark) || p.word_at(1).is_some_and(|w| units.contains(&w))
        };
        if per == 3600.0 && n < 60.0 {
            // 1h30, 1 h 30 min, 1h30'
            if next_is(self, &["min", "mins", "minutes"], Tok::MinuteMark) {
                self.pos += 2;
                return n * 60.0;
            }
            if self.glued() {
                self.bump();
                return n * 60.0;
            }
        }
        if per == 60.0
            && n < 60.0
            && next_is(self, &["s", "sec", "secs", "seconds"], Tok::SecondMark)
        {
            self.pos += 2;
            return n;
        }
        0.0
    }

    /// A bare number: metres on the track (`6 x 400`), else it needs a unit.
    fn bare(&self, v: f64, number: Range<usize>) -> Result<Amount, NotationError> {
        if v.fract() == 0.0 && (BARE_MIN_M..=BARE_MAX_M).contains(&v) {
            return Ok(Amount::Metres(v as u32));
        }
        let text = self.text(number.clone());
        if self.at(0, Tok::Dash) && self.number_at(1).is_some() {
            return Err(self.err(
                number,
                "write each step of a pyramid with its unit, joined by commas: 1', 2', 3', 2', 1'",
            ));
        }
        Err(self.err(
            number,
            said!("'{text}' needs a unit, like {text} min, {text} km or {text}m"),
        ))
    }

    fn distance(&self, metres: f64, start: usize) -> Result<Amount, NotationError> {
        let span = start..self.prev_end();
        if metres.round() < 1.0 {
            return Err(self.err(
                span.clone(),
                said!("'{}' is no distance at all", self.text(span)),
            ));
        }
        if metres > MAX_DISTANCE_M {
            return Err(self.err(
                span.clone(),
                said!(
                    "'{}' is longer than any run: at most 250 km",
                    self.text(span)
                ),
            ));
        }
        Ok(Amount::Metres(metres.round() as u32))
    }

    pub(super) fn time(&self, seconds: f64, start: usize) -> Result<Amount, NotationError> {
        let span = start..self.prev_end();
        if seconds.round() < 1.0 {
            return Err(self.err(
                span.clone(),
                said!("'{}' is no time at all", self.text(span)),
            ));
        }
        if seconds > MAX_TIME_S {
            return Err(self.err(
                span.clone(),
                said!("'{}' is longer than a day", self.text(span)),
            ));
        }
        Ok(Amount::Seconds(seconds.round() as u32))
    }
}
