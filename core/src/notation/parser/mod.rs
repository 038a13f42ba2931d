//! Recursive descent over the tokens.
//!
//! A workout is sentences (split by `;`, new lines, full stops); a sentence is parts
//! joined by `,` `+` `then`; a part is a run, a repeat, a bracketed group, or a
//! recovery clause (`6' rec between sets`). Notes after a run (`@ 5K pace`,
//! `w/ 90" jog`, `(2:50, 400m jog)`, `Z4`, `hill`) attach to it.
//!
//! The parser is split by what it reads: `steps` (repeats, groups, runs), `notes`
//! (targets and recoveries written next to a step), `recovery` (recoveries and their
//! scope), `amounts` (distances and times).

mod amounts;
mod notes;
mod recovery;
mod steps;

use super::error::{NotationError, Words};
use super::lexer::{Tok, Token};
use super::recoveries::{Clause, Scope};
use super::sets::{self, Joined, Joiner};
use super::tree::{Recovery, Role, Step};
use super::vocabulary as words;
use super::MAX_DEPTH;
use crate::notation::error::said;
use std::ops::Range;

/// A step, and the span of the `last` it began with, if any (`last 5 km @ MP`).
type Placed = (Step, Option<Range<usize>>);

/// What the parser read: the steps in order, and the recovery clauses to place.
pub(super) struct Parsed {
    pub steps: Vec<Step>,
    pub clauses: Vec<Clause>,
}

/// Parses the tokens of `src`.
pub(super) fn parse<'a>(src: &'a str, toks: Vec<Token<'a>>) -> Result<Parsed, NotationError> {
    let mut parser = Parser {
        src,
        toks,
        pos: 0,
        depth: 0,
        clauses: Vec::new(),
        recovery_mode: false,
    };
    let steps = parser.workout()?;
    Ok(Parsed {
        steps,
        clauses: parser.clauses,
    })
}

/// The reader's state: the tokens, where it is, and the clauses found so far.
struct Parser<'a> {
    src: &'a str,
    toks: Vec<Token<'a>>,
    pos: usize,
    /// Repeats and brackets we are inside.
    depth: usize,
    clauses: Vec<Clause>,
    /// After `Recovery:` every part is a recovery clause.
    recovery_mode: bool,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&Tok<'a>> {
        self.peek_at(0)
    }

    fn peek_at(&self, k: usize) -> Option<&Tok<'a>> {
        self.toks.get(self.pos + k).map(|t| &t.tok)
    }

    fn word_at(&self, k: usize) -> Option<&'a str> {
        match self.peek_at(k) {
            Some(Tok::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn is_word(&self, k: usize, word: &str) -> bool {
        self.word_at(k) == Some(word)
    }

    fn number_at(&self, k: usize) -> Option<f64> {
        match self.peek_at(k) {
            Some(Tok::Number(v)) => Some(*v),
            _ => None,
        }
    }

    fn span_at(&self, k: usize) -> Range<usize> {
        let end = self.src.len();
        self.toks
            .get(self.pos + k)
            .map_or(end..end, |t| t.span.clone())
    }

    fn span(&self) -> Range<usize> {
        self.span_at(0)
    }

    /// Whether the current token touches the one before it (`400s`, `6'30`, `1h30`).
    fn glued(&self) -> bool {
        self.pos > 0 && self.pos < self.toks.len() && self.prev_end() == self.span().start
    }

    fn prev_end(&self) -> usize {
        self.pos
            .checked_sub(1)
            .and_then(|i| self.toks.get(i))
            .map_or(0, |t| t.span.end)
    }

    fn bump(&mut self) -> Range<usize> {
        let span = self.span();
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        span
    }

    /// Whether the token `k` ahead is `mark`, a token without a value (`Tok::Dash`):
    /// compared by kind alone, which is smaller code than `Tok`'s `==` (-231 B brotli).
    fn at(&self, k: usize, mark: Tok<'_>) -> bool {
        self.peek_at(k)
            .is_some_and(|tok| std::mem::discriminant(tok) == std::mem::discriminant(&mark))
    }

    /// Steps over `mark` (a token without a value) if it is next.
    fn eat(&mut self, mark: Tok<'_>) -> bool {
        if self.at(0, mark) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat_word(&mut self, words: &[&str]) -> bool {
        match self.word_at(0) {
            Some(w) if words.contains(&w) => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    fn skip_breaks(&mut self) {
        while self.eat(Tok::Break) {}
    }

    fn text(&self, span: Range<usize>) -> &'a str {
        self.src.get(span).unwrap_or("")
    }

    /// The current token in quotes, or "the end".
    fn describe(&self) -> String {
        if self.peek().is_none() {
            "the end".to_string()
        } else {
            format!("'{}'", self.text(self.span()))
        }
    }

    fn err(&self, span: Range<usize>, what: impl Words) -> NotationError {
        NotationError::at(self.src, span, what)
    }

    /// Runs `f` one level deeper, refusing to go past [`MAX_DEPTH`].
    fn nested<T>(
        &mut self,
        at: Range<usize>,
        f: impl FnOnce(&mut Self) -> Result<T, NotationError>,
    ) -> Result<T, NotationError> {
        if self.depth >= MAX_DEPTH {
            return Err(self.err(
                at,
                said!("too many repeats and brackets inside each other: keep it to {MAX_DEPTH} levels"),
            ));
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    fn workout(&mut self) -> Result<Vec<Step>, NotationError> {
        let mut steps = Vec::new();
        loop {
            self.skip_breaks();
            if self.peek().is_none() {
                break;
            }
            let parts = self.sequence(false)?;
            steps.extend(sets::sentence(parts, self.src)?);
            match self.peek() {
                None | Some(Tok::Break) => {}
                Some(_) => return Err(self.misplaced()),
            }
        }
        sets::absorb_trailing(&mut steps);
        Ok(steps)
    }

    /// Parts joined by `,` `+` `then` `and` (and, inside brackets, new lines).
    fn sequence(&mut self, in_group: bool) -> Result<Vec<Joined>, NotationError> {
        let mut parts = Vec::new();
        let mut joiner = Joiner::First;
        loop {
            if in_group {
                self.skip_breaks();
            }
            // a list bullet at the start of a line
            if joiner == Joiner::First || in_group {
                self.eat(Tok::Dash);
            }
            if let Some((step, last)) = self.part(in_group)? {
                parts.push(Joined { joiner, step, last });
            }
            let next = match self.peek() {
                Some(Tok::Comma) => Joiner::Comma,
                Some(Tok::Plus) => Joiner::Plus,
                Some(Tok::Break) if in_group => Joiner::Comma,
                Some(Tok::Word("then" | "and")) => Joiner::Comma,
                Some(Tok::Word("with")) if self.starts_last(1) => Joiner::Comma,
                _ => break,
            };
            let at = self.bump();
            // a line may end with a joiner and go on below
            self.skip_breaks();
            if self.peek().is_none() || (in_group && self.at(0, Tok::Close)) {
                return Err(self.err(
                    at.clone(),
                    said!("expected a step after '{}'", self.text(at)),
                ));
            }
            joiner = next;
        }
        Ok(parts)
    }

    fn starts_last(&self, k: usize) -> bool {
        matches!(self.word_at(k), Some("last" | "final"))
    }

    /// One part: a step (returned) or a recovery clause (kept for later).
    fn part(&mut self, in_group: bool) -> Result<Option<Placed>, NotationError> {
        let start = self.span().start;
        if self.at_recovery_label() {
            if in_group {
                return Err(self.clause_in_group());
            }
            self.pos += 2;
            self.recovery_mode = true;
        }
        if self.at_scope_word() {
            if in_group {
                return Err(self.clause_in_group());
            }
            let scope = self.scope()?;
            self.eat(Tok::Colon);
            let recovery = self.recovery_spec()?;
            self.push_clause(recovery, scope, start);
            return Ok(None);
        }
        if self.recovery_mode && !in_group {
            let recovery = self.recovery_spec()?;
            let scope = if self.at_scope_word() {
                self.scope()?
            } else {
                Scope::All
            };
            self.push_clause(recovery, scope, start);
            return Ok(None);
        }
        let (step, last) = self.element(None)?;
        if !self.at_scope_word() {
            return Ok(Some((step, last)));
        }
        if in_group {
            return Err(self.clause_in_group());
        }
        // "6' rec between sets": what we read was the recovery of a clause
        let scope = self.scope()?;
        let span = start..self.prev_end();
        let recovery = match step {
            Step::Recovery(rec) => rec,
            Step::Run(run)
                if run.role == Role::Work
                    && run.targets.is_empty()
                    && run.after.is_none()
                    && !run.hill =>
            {
                Recovery {
                    style: None,
                    distance_m: run.distance_m,
                    time_s: run.time_s,
                    back: false,
                    span: run.span,
                }
            }
            // "6 x 400m w/ 90" between reps" says the same thing twice
            Step::Repeat(r) if r.between.is_some() && scope == Scope::Reps => {
                return Ok(Some((Step::Repeat(r), last)));
            }
            _ => {
                return Err(self.err(
                    span,
                    "'between …' and 'after …' go with a recovery, like 2' jog between reps",
                ))
            }
        };
        self.push_clause(recovery, scope, start);
        Ok(None)
    }

    fn push_clause(&mut self, mut recovery: Recovery, scope: Scope, start: usize) {
        let span = start..self.prev_end();
        recovery.span = span.clone();
        self.clauses.push(Clause {
            recovery,
            scope,
            span,
        });
    }

    fn at_recovery_label(&self) -> bool {
        matches!(
            self.word_at(0),
            Some("recovery" | "recoveries" | "rec" | "recs" | "rest")
        ) && self.at(1, Tok::Colon)
    }

    fn at_scope_word(&self) -> bool {
        self.word_at(0).is_some_and(words::is_scope_word)
    }

    fn clause_in_group(&self) -> NotationError {
        self.err(
            self.span(),
            "write recoveries like '6' rec between sets' after the steps, not inside brackets",
        )
    }

    /// The error when a part ends but no `,` or `+` follows.
    fn misplaced(&self) -> NotationError {
        let span = self.span();
        let text = self.text(span.clone());
        match self.peek() {
            Some(Tok::Close) => self.err(span, "')' without a matching '('"),
            Some(Tok::Word(w)) if !words::is_known(w) => {
                self.err(span, said!("'{text}' isn't a word I know in a workout"))
            }
            Some(Tok::Word(w)) if words::unit(w).is_some() => {
                self.err(span, said!("'{text}' needs a number before it"))
            }
            _ => self.err(
                span,
                said!("put a ',' or '+' before '{text}' to start a new step"),
            ),
        }
    }
}
