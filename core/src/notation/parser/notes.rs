//! Notes written next to a step: targets (`@ 5K pace`, `@ 3:40/km`, `Z4`, `RPE 8`,
//! `in 72"`), recoveries (`w/ 90" jog`, `/ 1' off`, `(2:50, 400m jog)`) and words
//! (`WU`, `jog`, `threshold`, `hill`).

use super::amounts::{BARE_MIN_M, MAX_DISTANCE_M};
use super::Parser;
use crate::notation::error::said;
use crate::notation::error::NotationError;
use crate::notation::lexer::Tok;
use crate::notation::tree::{Amount, Effort, PaceUnit, Recovery, RecoveryStyle, Role, Target};
use crate::notation::vocabulary::{self as words, DanielsPace, Meaning, Unit};
use std::ops::Range;

/// What a note attaches to: the meaning of `(2')` or `72"` depends on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ItemKind {
    Distance,
    Time,
    Group,
}

/// Something written next to an amount, and where.
pub(super) struct Note {
    pub(super) what: Noted,
    pub(super) span: Range<usize>,
}

/// What a note says.
pub(super) enum Noted {
    Role(Role),
    Rest(Option<RecoveryStyle>),
    Back,
    Target(Target),
    Hill,
    Recovery(Recovery),
    Last,
}

impl Parser<'_> {
    /// One note after a run or group, added to `notes`; `false` when what follows is
    /// not a note. Notes go to the caller's list rather than a new `Vec` each (-103 B
    /// brotli).
    pub(super) fn annotation(
        &mut self,
        kind: ItemKind,
        notes: &mut Vec<Note>,
    ) -> Result<bool, NotationError> {
        let start = self.span().start;
        match self.peek() {
            Some(Tok::At) => {
                let at = self.bump();
                self.target_after_at(kind, at, notes)?;
                Ok(true)
            }
            Some(Tok::Word("at")) if self.pos + 1 < self.toks.len() => {
                let at = self.bump();
                self.target_after_at(kind, at, notes)?;
                Ok(true)
            }
            Some(Tok::Word("in")) => {
                if !matches!(self.peek_at(1), Some(Tok::Number(_) | Tok::Clock(_))) {
                    return Ok(false);
                }
                let at = self.bump();
                let s = self.rep_time(kind, at)?;
                Ok(self.noted(notes, start, Noted::Target(Target::RepTime { s })))
            }
            Some(Tok::Word(w))
                if (*w == "w" && self.at(1, Tok::Slash) && !self.is_role_slash())
                    || (*w == "with" && !self.starts_last(1)) =>
            {
                let rec = self.recovery_spec()?;
                Ok(self.noted(notes, start, Noted::Recovery(rec)))
            }
            // Right after an amount a lone letter is Daniels' pace: `15' E`, `20' T`.
            Some(Tok::Word(_)) => self.word_note(true, notes),
            Some(Tok::Slash) if matches!(self.peek_at(1), Some(Tok::Number(_) | Tok::Clock(_))) => {
                // fartlek: 1' on / 1' off
                self.bump();
                let rec = self.recovery_spec()?;
                Ok(self.noted(notes, start, Noted::Recovery(rec)))
            }
            Some(Tok::Open) => {
                self.bracket_notes(kind, notes)?;
                Ok(true)
            }
            Some(Tok::Number(_)) => self.number_note(kind, false, notes),
            Some(Tok::Clock(_)) => self.clock_note(kind, false, notes),
            _ => Ok(false),
        }
    }

    /// Adds the note read since `start`; `true`, a note was read.
    fn noted(&self, notes: &mut Vec<Note>, start: usize, what: Noted) -> bool {
        notes.push(Note {
            what,
            span: start..self.prev_end(),
        });
        true
    }

    /// `w/u`, `c/d`, `w/d`: warm-up and cool-down, not "with".
    fn is_role_slash(&self) -> bool {
        self.at(1, Tok::Slash)
            && matches!(
                (self.word_at(0), self.word_at(2)),
                (Some("w"), Some("u" | "d")) | (Some("c"), Some("d"))
            )
    }

    /// A note read from words: roles, recoveries, efforts, zones, RPE, race paces,
    /// added to `notes`. `true` also for a filler word that was read and means nothing
    /// more (it adds no note).
    pub(super) fn word_note(
        &mut self,
        after_at: bool,
        notes: &mut Vec<Note>,
    ) -> Result<bool, NotationError> {
        let Some(word) = self.word_at(0) else {
            return Ok(false);
        };
        let start = self.span().start;
        match self.word_meaning(word, after_at)? {
            None => Ok(false),
            Some(None) => Ok(true),
            Some(Some(what)) => Ok(self.noted(notes, start, what)),
        }
    }

    /// Reads the word(s) at the cursor. `Ok(None)`: not a note word (nothing read);
    /// `Ok(Some(None))`: a filler, read.
    fn word_meaning(
        &mut self,
        word: &str,
        after_at: bool,
    ) -> Result<Option<Option<Noted>>, NotationError> {
        let effort = |effort| Some(Some(Noted::Target(Target::Effort { effort })));
        let race = |distance_m| Some(Some(Noted::Target(Target::RacePace { distance_m })));
        let dash = usize::from(self.at(1, Tok::Dash));
        let found = match word {
            "warm" | "cool" => {
                let role = match (word, self.word_at(1 + dash)) {
                    ("warm", Some("up")) => Role::WarmUp,
                    (_, Some("down")) => Role::CoolDown,
                    _ => return Ok(None),
                };
                self.pos += 2 + dash;
                return Ok(Some(Some(Noted::Role(role))));
            }
            "w" | "c" if self.is_role_slash() => {
                let role = if self.is_word(2, "u") {
                    Role::WarmUp
                } else {
                    Role::CoolDown
                };
                self.pos += 3;
                return Ok(Some(Some(Noted::Role(role))));
            }
            "all" | "flat" if self.is_word(1, "out") => (2, effort(Effort::Sprint)),
            "time" if self.is_word(1, "trial") => (2, effort(Effort::Race)),
            "recovery" | "rec" if self.is_word(1, "run") => (2, effort(Effort::Recovery)),
            "long" if self.is_word(1, "run") => (2, effort(Effort::Long)),
            "z" | "zone" => {
                self.bump();
                let zone = self.level(1, 5, "zones go from Z1 to Z5")?;
                return Ok(Some(Some(Noted::Target(Target::Zone { zone }))));
            }
            "rpe" => {
                self.bump();
                let rpe = self.level(1, 10, "RPE goes from 1 to 10")?;
                return Ok(Some(Some(Noted::Target(Target::Rpe { rpe }))));
            }
            "mile" if self.is_word(1, "pace") => (2, race(words::MILE_RACE_M)),
            "hm" | "hmp" => (1, race(words::HALF_MARATHON_M)),
            "half" => {
                self.bump();
                self.eat_word(&["marathon"]);
                (0, race(words::HALF_MARATHON_M))
            }
            "mp" | "marathon" => (1, race(words::MARATHON_M)),
            _ => match words::pace_letter(word) {
                Some(letter) if after_at || self.is_word(1, "pace") => (
                    1,
                    match letter {
                        DanielsPace::Effort(e) => effort(e),
                        DanielsPace::Race(d) => race(d),
                    },
                ),
                _ => {
                    let Some(meaning) = words::meaning(word) else {
                        return Ok(None);
                    };
                    let what = match meaning {
                        Meaning::Role(role) => Some(Noted::Role(role)),
                        Meaning::Rest(style) => Some(Noted::Rest(style)),
                        Meaning::Back => Some(Noted::Back),
                        Meaning::Effort(effort) => Some(Noted::Target(Target::Effort { effort })),
                        Meaning::Hill => Some(Noted::Hill),
                        Meaning::Last => Some(Noted::Last),
                        Meaning::Filler => None,
                    };
                    (1, Some(what))
                }
            },
        };
        self.pos += found.0;
        if matches!(found.1, Some(Some(Noted::Target(Target::RacePace { .. })))) {
            self.eat_word(&["pace"]);
            self.pace_offset();
        }
        Ok(found.1)
    }

    /// An offset after a race pace, `MP-10s` or `10K pace - 20"`: read and set aside.
    /// The pace stays the race's; how many seconds faster is for the runner's watch.
    fn pace_offset(&mut self) {
        if !self.at(0, Tok::Dash) || self.number_at(1).is_none() {
            return;
        }
        let seconds = match self.peek_at(2) {
            Some(Tok::SecondMark) => true,
            Some(Tok::Word(w)) => matches!(*w, "s" | "sec" | "secs" | "seconds"),
            _ => false,
        };
        if !seconds {
            return;
        }
        self.pos += 3;
        // "/mi", "/km", "per mile"
        if self.at(0, Tok::Slash) && self.word_at(1).is_some_and(|w| words::unit(w).is_some()) {
            self.pos += 2;
        }
    }

    /// A 1-based level such as a zone or an RPE; a range (`Z3-4`) reads as its top.
    fn level(&mut self, low: u8, high: u8, range_hint: &str) -> Result<u8, NotationError> {
        let Some(mut v) = self.number_at(0) else {
            return Err(self.err(self.span(), said!("expected a number here: {range_hint}")));
        };
        let start = self.bump().start;
        if self.at(0, Tok::Dash) {
            if let Some(top) = self.number_at(1) {
                self.pos += 2;
                v = v.max(top);
            }
        }
        let v = v.round();
        if v < f64::from(low) || v > f64::from(high) {
            let span = start..self.prev_end();
            return Err(self.err(
                span.clone(),
                said!("'{}' is out of range: {range_hint}", self.text(span)),
            ));
        }
        Ok(v as u8)
    }

    /// After `@` (or `at`): a target is required.
    fn target_after_at(
        &mut self,
        kind: ItemKind,
        at: Range<usize>,
        notes: &mut Vec<Note>,
    ) -> Result<(), NotationError> {
        let before = notes.len();
        match self.peek() {
            Some(Tok::Clock(_)) => self.clock_note(kind, true, notes)?,
            Some(Tok::Number(_)) => self.number_note(kind, true, notes)?,
            Some(Tok::Word(_)) => self.word_note(true, notes)?,
            _ => false,
        };
        match notes.len() > before {
            true => Ok(()),
            false => Err(self.err(
                at.clone(),
                said!(
                    "expected a target after '{}', like 5K pace, 3:40/km, Z4 or RPE 8",
                    self.text(at)
                ),
            )),
        }
    }

    /// Notes that start with a number: `5K pace`, `90%`, and after a distance a time
    /// for the rep (`400m 72"`).
    fn number_note(
        &mut self,
        kind: ItemKind,
        after_at: bool,
        notes: &mut Vec<Note>,
    ) -> Result<bool, NotationError> {
        let Some(v) = self.number_at(0) else {
            return Ok(false);
        };
        let start = self.span().start;
        if self.at(1, Tok::Percent) {
            let span = start..self.span_at(1).end;
            if !(1.0..=100.0).contains(&v) {
                return Err(self.err(span, "a percentage of effort goes from 1% to 100%"));
            }
            self.pos += 2;
            self.eat_word(&["effort"]);
            let percent = v.round() as u8;
            return Ok(self.noted(notes, start, Noted::Target(Target::Percent { percent })));
        }
        if let Some(Unit::Distance(per)) = self.word_at(1).and_then(words::unit) {
            // A range of race paces, `5K-10K pace`, `15K-HM pace`: the pace between.
            if let Some((to_m, width)) = self.race_range_end(2) {
                self.pos += 2 + width;
                self.eat_word(&["race"]);
                self.eat_word(&["pace", "effort"]);
                self.pace_offset();
                let distance_m = self.race_distance((v * per + to_m) / 2.0, start)?;
                return Ok(self.noted(
                    notes,
                    start,
                    Noted::Target(Target::RacePace { distance_m }),
                ));
            }
            let paced = matches!(self.word_at(2), Some("pace" | "effort" | "race"));
            if paced || after_at {
                self.pos += 2;
                self.eat_word(&["race"]);
                self.eat_word(&["pace", "effort"]);
                self.pace_offset();
                let distance_m = self.race_distance(v * per, start)?;
                return Ok(self.noted(
                    notes,
                    start,
                    Noted::Target(Target::RacePace { distance_m }),
                ));
            }
        }
        if self.is_word(1, "pace") {
            self.pos += 2;
            let distance_m = self.race_distance(v, start)?;
            return Ok(self.noted(notes, start, Noted::Target(Target::RacePace { distance_m })));
        }
        if self.starts_time() {
            if kind != ItemKind::Distance {
                if after_at {
                    return Err(self.err(
                        self.span(),
                        "a target time goes with a distance, like 400m @ 72\"",
                    ));
                }
                return Ok(false);
            }
            let s = self.time_range()?;
            return Ok(self.noted(notes, start, Noted::Target(Target::RepTime { s })));
        }
        Ok(false)
    }

    /// The far end of a race-pace range starting with a dash `k` tokens ahead
    /// (`-10K`, `-HM`) when a pace word follows it: its metres and how many tokens it
    /// takes, dash included.
    fn race_range_end(&self, k: usize) -> Option<(f64, usize)> {
        if !self.at(k, Tok::Dash) {
            return None;
        }
        let (metres, width) = match (self.number_at(k + 1), self.word_at(k + 1)) {
            (Some(n), _) => match self.word_at(k + 2).and_then(words::unit) {
                Some(Unit::Distance(per)) => (n * per, 3),
                _ => return None,
            },
            (None, Some("hm" | "hmp")) => (f64::from(words::HALF_MARATHON_M), 2),
            (None, Some("mp")) => (f64::from(words::MARATHON_M), 2),
            _ => return None,
        };
        matches!(self.word_at(k + width), Some("pace" | "race")).then_some((metres, width))
    }

    fn race_distance(&self, metres: f64, start: usize) -> Result<u32, NotationError> {
        if !(BARE_MIN_M..=MAX_DISTANCE_M).contains(&metres) {
            return Err(self.err(
                start..self.prev_end(),
                "a race pace needs a race distance, like 5K pace or mile pace",
            ));
        }
        Ok(metres.round() as u32)
    }

    /// Whether a time (`72"`, `72s`, `2'`, `72-74"`) starts here.
    fn starts_time(&self) -> bool {
        if self.number_at(0).is_none() {
            return false;
        }
        match self.peek_at(1) {
            Some(Tok::MinuteMark | Tok::SecondMark) => true,
            Some(Tok::Word(w)) => matches!(words::unit(w), Some(Unit::Time(_))),
            Some(Tok::Dash) => self.number_at(2).is_some(),
            _ => false,
        }
    }

    /// A time or a range of times (`72-74"`, `72"-74"`), as the middle of the range.
    fn time_range(&mut self) -> Result<u32, NotationError> {
        let start = self.span().start;
        if let (Some(low), Some(Tok::Dash), Some(high)) =
            (self.number_at(0), self.peek_at(1), self.number_at(2))
        {
            self.pos += 2;
            return match self.amount()? {
                Some(Amount::Seconds(s)) if high > 0.0 => {
                    let low_s = low * f64::from(s) / high;
                    Ok(((low_s + f64::from(s)) / 2.0).round() as u32)
                }
                _ => Err(self.err(start..self.prev_end(), "expected a time range like 72-74\"")),
            };
        }
        let Some(Amount::Seconds(low)) = self.amount()? else {
            return Err(self.err(start..self.prev_end(), "expected a time, like 72\""));
        };
        if self.at(0, Tok::Dash) && self.number_at(1).is_some() {
            self.bump();
            return match self.amount()? {
                Some(Amount::Seconds(high)) => Ok((low + high).div_ceil(2)),
                _ => Err(self.err(
                    start..self.prev_end(),
                    "expected a time range like 72\"-74\"",
                )),
            };
        }
        Ok(low)
    }

    /// The time after `in` (`400m in 72"`): a time for a distance only.
    pub(super) fn rep_time(
        &mut self,
        kind: ItemKind,
        at: Range<usize>,
    ) -> Result<u32, NotationError> {
        if kind != ItemKind::Distance {
            return Err(self.err(at, "a target time goes with a distance, like 400m in 72\""));
        }
        if let Some(Tok::Clock(s)) = self.peek() {
            let s = *s;
            self.bump();
            return Ok(s);
        }
        // "400 in 75": on the track a bare number after "in" is seconds
        if let Some(v) = self.number_at(0) {
            let unit_next = self.word_at(1).is_some_and(|w| words::unit(w).is_some())
                || matches!(
                    self.peek_at(1),
                    Some(Tok::MinuteMark | Tok::SecondMark | Tok::Dash)
                );
            if !unit_next {
                let start = self.bump().start;
                return match self.time(v, start)? {
                    Amount::Seconds(s) => Ok(s),
                    Amount::Metres(_) => Ok(0),
                };
            }
        }
        self.time_range()
    }

    /// Notes that start with a clock: `3:40/km`, `4:00-4:10/km`, `(2:50)` for a rep.
    fn clock_note(
        &mut self,
        kind: ItemKind,
        after_at: bool,
        notes: &mut Vec<Note>,
    ) -> Result<bool, NotationError> {
        let Some(Tok::Clock(low)) = self.peek() else {
            return Ok(false);
        };
        let low = *low;
        let save = self.pos;
        let start = self.bump().start;
        let mut high = low;
        if let (Some(Tok::Dash), Some(Tok::Clock(h))) = (self.peek(), self.peek_at(1)) {
            high = *h;
            self.pos += 2;
        }
        let (low, high) = (low.min(high), low.max(high));
        let target = if let Some(per) = self.pace_unit() {
            Target::Pace {
                min_s: low,
                max_s: high,
                per,
            }
        } else if kind == ItemKind::Distance {
            Target::RepTime {
                s: (low + high).div_ceil(2),
            }
        } else if after_at {
            return Err(self.err(
                start..self.prev_end(),
                "write a pace with its unit, like 4:00/km or 6:30/mi",
            ));
        } else {
            self.pos = save;
            return Ok(false);
        };
        Ok(self.noted(notes, start, Noted::Target(target)))
    }

    /// `/km`, `/mi`, `min/km`, `per mile`, or `None`.
    fn pace_unit(&mut self) -> Option<PaceUnit> {
        let save = self.pos;
        self.eat_word(&["min", "mins"]);
        if self.eat(Tok::Slash) || self.eat_word(&["per", "a"]) {
            let per = match self.word_at(0) {
                Some("km" | "k" | "kilometer" | "kilometre") => Some(PaceUnit::Km),
                Some("mi" | "mile") => Some(PaceUnit::Mile),
                _ => None,
            };
            if per.is_some() {
                self.bump();
                return per;
            }
        }
        self.pos = save;
        None
    }

    /// `(2:50, 400m jog)`, `(2' jog)`, `(72")`: notes in brackets after a step.
    fn bracket_notes(
        &mut self,
        kind: ItemKind,
        notes: &mut Vec<Note>,
    ) -> Result<(), NotationError> {
        let open = self.bump();
        loop {
            if self.at(0, Tok::Open) {
                return Err(self.err(self.span(), "brackets inside these notes aren't needed"));
            }
            if self.entry_is_recovery() {
                let rec = self.recovery_spec()?;
                notes.push(Note {
                    span: rec.span.clone(),
                    what: Noted::Recovery(rec),
                });
            } else {
                let mut read_any = false;
                while !self.at(0, Tok::Open) && self.annotation(kind, notes)? {
                    read_any = true;
                }
                if !read_any {
                    notes.push(self.bare_bracket_amount(kind)?);
                }
            }
            match self.peek() {
                Some(Tok::Comma) => {
                    self.bump();
                }
                Some(Tok::Close) => {
                    self.bump();
                    break;
                }
                None => return Err(self.err(open, "this '(' is never closed: add ')'")),
                Some(_) => return Err(self.misplaced()),
            }
        }
        Ok(())
    }

    /// A lone amount in brackets: a rep time after a distance, else a recovery.
    fn bare_bracket_amount(&mut self, kind: ItemKind) -> Result<Note, NotationError> {
        let start = self.span().start;
        let what = match self.amount()? {
            Some(Amount::Seconds(s)) if kind == ItemKind::Distance => {
                Noted::Target(Target::RepTime { s })
            }
            Some(amount) => {
                let (distance_m, time_s) = match amount {
                    Amount::Metres(m) => (Some(m), None),
                    Amount::Seconds(s) => (None, Some(s)),
                };
                Noted::Recovery(Recovery {
                    style: None,
                    distance_m,
                    time_s,
                    back: false,
                    span: start..self.prev_end(),
                })
            }
            None => {
                return Err(self.err(
                    self.span(),
                    said!("I can't read {} inside these brackets", self.describe()),
                ))
            }
        };
        Ok(Note {
            what,
            span: start..self.prev_end(),
        })
    }

    /// Whether the bracket entry at the cursor reads as a recovery (`2' jog`,
    /// `walk back`, `90" easy`).
    fn entry_is_recovery(&self) -> bool {
        let mut amount = false;
        let mut rest = false;
        let mut easy = false;
        for token in self.toks.iter().skip(self.pos) {
            match &token.tok {
                Tok::Comma | Tok::Close | Tok::Open | Tok::Break => break,
                Tok::Number(_) | Tok::Clock(_) => amount = true,
                Tok::Word(w) => match words::meaning(w) {
                    Some(Meaning::Rest(_) | Meaning::Back) => rest = true,
                    Some(Meaning::Effort(Effort::Easy)) => easy = true,
                    _ => {}
                },
                _ => {}
            }
        }
        rest || (amount && easy)
    }
}
