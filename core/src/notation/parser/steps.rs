//! Steps: repeats (`6 x …`, `3 sets of …`, `(…) x 5`), bracketed groups and runs,
//! and the words written before them (`WU 15'`, `hills: 8 x 60"`, `last 5 km`).

use super::amounts::{BARE_MAX_M, BARE_MIN_M};
use super::notes::{ItemKind, Note, Noted};
use super::{Parser, Placed};
use crate::notation::error::said;
use crate::notation::error::NotationError;
use crate::notation::lexer::Tok;
use crate::notation::pace::{self, Pace};
use crate::notation::sets;
use crate::notation::tree::{
    Amount, Block, Effort, Recovery, RecoveryStyle, Repeat, Role, Run, Step, Target,
};
use crate::notation::vocabulary as words;
use crate::notation::MAX_REPEAT;
use std::ops::Range;

/// `6 strides` means six of this many metres.
const STRIDE_M: u32 = 100;

/// A run being read: notes pile up until we know if it is a rep or a recovery.
struct Draft {
    start: usize,
    amount: Option<Amount>,
    role: Option<Role>,
    rest_word: bool,
    style: Option<RecoveryStyle>,
    back: bool,
    hill: bool,
    targets: Vec<Target>,
    after: Option<Recovery>,
    last: Option<Range<usize>>,
}

impl Draft {
    fn new(start: usize) -> Draft {
        Draft {
            start,
            amount: None,
            role: None,
            rest_word: false,
            style: None,
            back: false,
            hill: false,
            targets: Vec::new(),
            after: None,
            last: None,
        }
    }

    fn kind(&self) -> ItemKind {
        match self.amount {
            Some(Amount::Seconds(_)) => ItemKind::Time,
            _ => ItemKind::Distance,
        }
    }

    /// The step this draft is: a recovery when it says `jog`/`walk`/`rec` and asks for
    /// no pace; easy running when every target is easy; otherwise a rep.
    fn finish(self, end: usize) -> Step {
        let span = self.start..end;
        let (distance_m, time_s) = match self.amount {
            Some(Amount::Metres(m)) => (Some(m), None),
            Some(Amount::Seconds(s)) => (None, Some(s)),
            None => (None, None),
        };
        let is_easy = |t: &Target| pace::class_of(t) == Some(Pace::Easy);
        // a time to take a recovery in ("walk in 90"") asks for no pace
        let asks_pace = self
            .targets
            .iter()
            .any(|t| !is_easy(t) && !matches!(t, Target::RepTime { .. }));
        if self.amount.is_none() || (self.role.is_none() && self.rest_word && !asks_pace) {
            // "80m walk in 90"": the time a recovery is taken in
            let in_time = self.targets.iter().find_map(|t| match t {
                Target::RepTime { s } => Some(*s),
                _ => None,
            });
            return Step::Recovery(Recovery {
                style: self.style,
                distance_m,
                time_s: time_s.or(distance_m.and(in_time)),
                back: self.back,
                span,
            });
        }
        let role = match self.role {
            Some(role) => role,
            None if !self.targets.is_empty() && self.targets.iter().all(is_easy) => Role::Easy,
            None => Role::Work,
        };
        Step::Run(Run {
            role,
            distance_m,
            time_s,
            targets: self.targets,
            hill: self.hill,
            after: self.after,
            span,
        })
    }
}

impl Parser<'_> {
    /// A repeat, a group or a run, with its notes; and the span of `last` if the
    /// run began with it.
    pub(super) fn element(
        &mut self,
        context: Option<Range<usize>>,
    ) -> Result<Placed, NotationError> {
        let start = self.span().start;
        let before = self.prefix_notes()?;
        if let Some((times, head)) = self.repeat_head()? {
            if !self.can_start_element() {
                return Err(self.expected_amount(Some(head)));
            }
            let (body, last) = self.nested(head.clone(), |p| p.element(Some(head.clone())))?;
            if let Some(at) = last {
                return Err(self.err(at, "'last …' can't be repeated"));
            }
            let mut step = Step::Repeat(make_repeat(times, body, start..self.prev_end()));
            self.apply_notes(&mut step, before, true)?;
            return Ok((step, None));
        }
        if let Some(mut step) = self.strides_count()? {
            self.apply_notes(&mut step, before, true)?;
            self.annotate_step(&mut step, ItemKind::Distance, true)?;
            return Ok((step, None));
        }
        let (mut step, last) = self.item(before, start, context)?;
        if let Some(times) = self.postfix_times()? {
            if let Some(at) = last {
                return Err(self.err(at, "'last …' can't be repeated"));
            }
            let span = start..self.prev_end();
            let kind = kind_of(&step);
            step = Step::Repeat(make_repeat(times, step, span));
            self.annotate_step(&mut step, kind, true)?;
            return Ok((step, None));
        }
        Ok((step, last))
    }

    fn can_start_element(&self) -> bool {
        match self.peek() {
            Some(Tok::Number(_) | Tok::Clock(_) | Tok::Open) => true,
            Some(Tok::Word(w)) => {
                words::meaning(w).is_some() || matches!(*w, "warm" | "cool" | "mile" | "km")
            }
            _ => false,
        }
    }

    fn expected_amount(&self, context: Option<Range<usize>>) -> NotationError {
        let span = self.span();
        if let Some(head) = context {
            return self.err(
                span,
                said!(
                    "expected a distance or a time after '{}'",
                    self.text(head).trim()
                ),
            );
        }
        if matches!(self.peek(), Some(Tok::Times)) || self.is_word(0, "x") {
            return self.err(span, "a repeat needs a count before 'x', like 6 x 400m");
        }
        if let Some(Tok::Word(w)) = self.peek() {
            if !words::is_known(w) {
                return self.err(
                    span.clone(),
                    said!("'{}' isn't a word I know in a workout", self.text(span)),
                );
            }
        }
        self.err(
            span,
            said!(
                "expected a distance or a time, like 400m or 3', not {}",
                self.describe()
            ),
        )
    }

    /// `6 x`, `6×`, `3 sets of`, `2 rounds of`, `6 reps of`: the count and its span.
    fn repeat_head(&mut self) -> Result<Option<(u32, Range<usize>)>, NotationError> {
        let Some(v) = self.number_at(0) else {
            return Ok(None);
        };
        let is_head = match self.peek_at(1) {
            Some(Tok::Times) => true,
            Some(Tok::Word(w)) => {
                matches!(*w, "x" | "sets" | "set" | "rounds" | "round" | "times")
                    || (matches!(*w, "reps" | "repeats") && self.is_word(2, "of"))
            }
            _ => false,
        };
        if !is_head {
            return Ok(None);
        }
        // "400 x 10" is ten 400s written the other way round
        let bare_distance = v.fract() == 0.0 && (BARE_MIN_M..=BARE_MAX_M).contains(&v);
        let then_bare_count = self.number_at(2).is_some()
            && self.word_at(3).is_none_or(|w| words::unit(w).is_none())
            && !matches!(self.peek_at(3), Some(Tok::MinuteMark | Tok::SecondMark));
        if v > f64::from(MAX_REPEAT) && bare_distance && then_bare_count {
            return Ok(None);
        }
        let number = self.span();
        let count = self.count(v, number.clone())?;
        self.pos += 2;
        if !self.eat_word(&["of", "x"]) {
            self.eat(Tok::Times);
        }
        Ok(Some((count, number.start..self.prev_end())))
    }

    fn count(&self, v: f64, span: Range<usize>) -> Result<u32, NotationError> {
        let text = self.text(span.clone());
        if v.fract() != 0.0 {
            return Err(self.err(span, said!("repeat counts are whole numbers, not '{text}'")));
        }
        if v < 1.0 {
            return Err(self.err(
                span,
                said!("'{text} x' repeats nothing: the count must be 1 or more"),
            ));
        }
        if v > f64::from(MAX_REPEAT) {
            return Err(self.err(
                span,
                said!("'{text}' is too many repeats: at most {MAX_REPEAT}"),
            ));
        }
        Ok(v as u32)
    }

    /// `x 10`, `* 5` after a step (Garmin style `(…) * 5`).
    fn postfix_times(&mut self) -> Result<Option<u32>, NotationError> {
        let times = matches!(self.peek(), Some(Tok::Times)) || self.is_word(0, "x");
        if !times {
            return Ok(None);
        }
        let Some(v) = self.number_at(1) else {
            return Err(self.err(self.span(), "expected a count after 'x', like 400m x 10"));
        };
        self.bump();
        let number = self.bump();
        self.count(v, number).map(Some)
    }

    /// `6 strides`: six strides of [`STRIDE_M`].
    fn strides_count(&mut self) -> Result<Option<Step>, NotationError> {
        let Some(v) = self.number_at(0) else {
            return Ok(None);
        };
        if !matches!(self.word_at(1), Some("strides" | "stride")) {
            return Ok(None);
        }
        let number = self.span();
        let times = self.count(v, number.clone())?;
        self.pos += 2;
        let span = number.start..self.prev_end();
        let stride = Run {
            role: Role::Work,
            distance_m: Some(STRIDE_M),
            time_s: None,
            targets: vec![Target::Effort {
                effort: Effort::Strides,
            }],
            hill: false,
            after: None,
            span: span.clone(),
        };
        Ok(Some(Step::Repeat(Repeat {
            times,
            steps: vec![Step::Run(stride)],
            between: None,
            after: None,
            span,
        })))
    }

    /// A bracketed group or a single run, with the notes written after it.
    fn item(
        &mut self,
        before: Vec<Note>,
        start: usize,
        context: Option<Range<usize>>,
    ) -> Result<Placed, NotationError> {
        if self.at(0, Tok::Open) {
            let open = self.span();
            let mut step = self.nested(open.clone(), |p| p.group(open.clone()))?;
            self.apply_notes(&mut step, before, false)?;
            self.annotate_step(&mut step, ItemKind::Group, false)?;
            return Ok((step, None));
        }
        let mut draft = Draft::new(start);
        self.take_notes(&mut draft, before)?;
        match self.amount()? {
            Some(amount) => draft.amount = Some(amount),
            None if draft.back && draft.rest_word => {}
            None => return Err(self.expected_amount(context)),
        }
        let mut notes = Vec::new();
        while self.annotation(draft.kind(), &mut notes)? {
            self.take_notes(&mut draft, std::mem::take(&mut notes))?;
        }
        let last = draft.last.clone();
        Ok((draft.finish(self.prev_end()), last))
    }

    fn group(&mut self, open: Range<usize>) -> Result<Step, NotationError> {
        self.bump();
        self.skip_breaks();
        if self.at(0, Tok::Close) {
            let close = self.span();
            return Err(self.err(
                open.start..close.end,
                "empty brackets: put steps inside, like (3 x 120m)",
            ));
        }
        let parts = self.sequence(true)?;
        match self.peek() {
            Some(Tok::Close) => {
                self.bump();
            }
            None => return Err(self.err(open, "this '(' is never closed: add ')'")),
            Some(_) => return Err(self.misplaced()),
        }
        let mut steps = sets::group(parts, self.src)?;
        let span = open.start..self.prev_end();
        Ok(match steps.len() {
            1 => steps.remove(0),
            _ => Step::Block(Block {
                steps,
                after: None,
                span,
            }),
        })
    }

    /// Words before an amount or a repeat: `WU 15'`, `hills: 8 x 60"`, `last 5 km`.
    fn prefix_notes(&mut self) -> Result<Vec<Note>, NotationError> {
        let start = self.pos;
        let mut notes = Vec::new();
        while self.word_at(0).is_some_and(|w| !words::is_scope_word(w))
            && self.word_note(false, &mut notes)?
        {}
        if self.pos > start {
            // "Hills: 8 x 60"" — the colon only labels
            self.eat(Tok::Colon);
        }
        Ok(notes)
    }

    /// Notes the draft run, in order: one loop for every caller, here and in
    /// `apply_notes` (-89 B brotli).
    fn take_notes(&self, draft: &mut Draft, notes: Vec<Note>) -> Result<(), NotationError> {
        for note in notes {
            self.take(draft, note)?;
        }
        Ok(())
    }

    fn take(&self, draft: &mut Draft, note: Note) -> Result<(), NotationError> {
        match note.what {
            Noted::Role(role) => draft.role = Some(role),
            Noted::Rest(style) => {
                draft.rest_word = true;
                draft.style = style.or(draft.style);
            }
            Noted::Back => draft.back = true,
            Noted::Target(target) => draft.targets.push(target),
            Noted::Hill => draft.hill = true,
            Noted::Recovery(rec) => {
                if draft.after.is_some() {
                    return Err(self.err(note.span, "this step already has a recovery"));
                }
                draft.after = Some(rec);
            }
            Noted::Last => draft.last = Some(note.span),
        }
        Ok(())
    }

    /// Puts notes on a group or repeat, in order.
    fn apply_notes(
        &self,
        step: &mut Step,
        notes: Vec<Note>,
        between: bool,
    ) -> Result<(), NotationError> {
        for note in notes {
            self.apply_to_step(step, note, between)?;
        }
        Ok(())
    }

    /// Puts a note on a group or repeat: targets and words go to every rep inside,
    /// a recovery goes after it (or between its repetitions when `between`).
    fn apply_to_step(
        &self,
        step: &mut Step,
        note: Note,
        between: bool,
    ) -> Result<(), NotationError> {
        match note.what {
            Noted::Role(role) => step.for_each_run_mut(&mut |run| run.role = role),
            Noted::Target(target) => step.for_each_run_mut(&mut |run| {
                if run.is_work() {
                    run.targets.push(target.clone());
                }
            }),
            Noted::Hill => step.for_each_run_mut(&mut |run| {
                if run.is_work() {
                    run.hill = true;
                }
            }),
            Noted::Recovery(rec) => {
                let slot = match step {
                    Step::Repeat(r) if between => Some(&mut r.between),
                    other => other.after_mut(),
                };
                match slot {
                    Some(slot) if slot.is_none() => *slot = Some(rec),
                    _ => return Err(self.err(note.span, "this step already has a recovery")),
                }
            }
            Noted::Rest(_) | Noted::Back => {
                return Err(self.err(
                    note.span.clone(),
                    said!(
                        "'{}' needs a time or a distance, like 2' jog",
                        self.text(note.span)
                    ),
                ))
            }
            Noted::Last => {
                return Err(self.err(
                    note.span,
                    "'last' goes before a distance or a time, like 'last 5 km @ MP'",
                ))
            }
        }
        Ok(())
    }

    /// Reads the notes after a group or repeat; `kind` is what they are read against
    /// (`400m x 10 @ 72"` reads `@ 72"` against the 400m).
    fn annotate_step(
        &mut self,
        step: &mut Step,
        kind: ItemKind,
        between: bool,
    ) -> Result<(), NotationError> {
        let mut notes = Vec::new();
        while self.annotation(kind, &mut notes)? {
            self.apply_notes(step, std::mem::take(&mut notes), between)?;
        }
        Ok(())
    }
}

/// What notes after `step` are read against.
fn kind_of(step: &Step) -> ItemKind {
    match step {
        Step::Run(run) if run.distance_m.is_some() => ItemKind::Distance,
        Step::Run(run) if run.time_s.is_some() => ItemKind::Time,
        _ => ItemKind::Group,
    }
}

/// `times` × `body`: a bracketed group's steps become the repeat's steps, and a
/// recovery written after the body falls between the repetitions.
fn make_repeat(times: u32, mut body: Step, span: Range<usize>) -> Repeat {
    let between = body.after_mut().and_then(Option::take);
    let steps = match body {
        Step::Block(block) => block.steps,
        other => vec![other],
    };
    Repeat {
        times,
        steps,
        between,
        after: None,
        span,
    }
}
