//! Recoveries (`90" jog`, `80m walk in 90"`, `jog back`) and the scope of a recovery
//! clause (`between sets`, `after 120m reps`, `between reps in ladder`).

use super::notes::ItemKind;
use super::Parser;
use crate::notation::error::said;
use crate::notation::error::NotationError;
use crate::notation::lexer::Tok;
use crate::notation::recoveries::Scope;
use crate::notation::tree::{Amount, Effort, Recovery, RecoveryStyle};
use crate::notation::vocabulary::{self as words, Meaning};

impl Parser<'_> {
    /// A recovery: `90" jog`, `200m walk`, `80m walk in 90"`, `jog back`, `2' rec`.
    pub(super) fn recovery_spec(&mut self) -> Result<Recovery, NotationError> {
        if self.is_word(0, "w") && self.at(1, Tok::Slash) {
            self.pos += 2;
        } else {
            self.eat_word(&["with"]);
        }
        let start = self.span().start;
        let mut rec = Recovery {
            style: None,
            distance_m: None,
            time_s: None,
            back: false,
            span: start..start,
        };
        self.recovery_words(&mut rec);
        let amount = self.amount()?;
        match amount {
            Some(Amount::Metres(m)) => rec.distance_m = Some(m),
            Some(Amount::Seconds(s)) => rec.time_s = Some(s),
            None => {}
        }
        self.recovery_words(&mut rec);
        let timed_in = self.is_word(0, "in")
            && matches!(self.peek_at(1), Some(Tok::Number(_) | Tok::Clock(_)));
        if matches!(amount, Some(Amount::Metres(_))) && timed_in {
            let at = self.bump();
            rec.time_s = Some(self.rep_time(ItemKind::Distance, at)?);
            self.recovery_words(&mut rec);
        }
        if amount.is_none() && !rec.back {
            return Err(self.err(
                self.span(),
                said!(
                    "expected a recovery, like 90\" jog or 200m walk, not {}",
                    self.describe()
                ),
            ));
        }
        rec.span = start..self.prev_end();
        Ok(rec)
    }

    fn recovery_words(&mut self, rec: &mut Recovery) {
        while let Some(word) = self.word_at(0) {
            match words::meaning(word) {
                Some(Meaning::Rest(style)) => rec.style = style.or(rec.style),
                Some(Meaning::Back) => rec.back = true,
                Some(Meaning::Effort(Effort::Easy)) => {
                    rec.style = rec.style.or(Some(RecoveryStyle::Jog))
                }
                Some(Meaning::Effort(Effort::Steady)) => rec.style = Some(RecoveryStyle::Float),
                _ if matches!(word, "the" | "a" | "full" | "equal") => {}
                _ => break,
            }
            self.pos += 1;
        }
    }

    /// `between sets`, `after 120m reps`, `between reps in ladder`, `after each rep`.
    pub(super) fn scope(&mut self) -> Result<Scope, NotationError> {
        let head = self.bump();
        let mut each = false;
        while let Some(word) = self.word_at(0) {
            match word {
                "each" | "every" => each = true,
                "the" | "all" | "of" => {}
                _ => break,
            }
            self.pos += 1;
        }
        let amount = match self.peek() {
            Some(Tok::Number(_) | Tok::Clock(_)) => self.amount()?,
            _ => None,
        };
        let (mut reps, mut sets) = (false, false);
        match self.word_at(0) {
            Some(
                "rep" | "reps" | "repeat" | "repeats" | "repetition" | "repetitions" | "interval"
                | "intervals" | "effort" | "efforts" | "one" | "ones",
            ) => reps = true,
            Some("set" | "sets" | "round" | "rounds" | "block" | "blocks" | "series") => {
                sets = true
            }
            _ => {}
        }
        if reps || sets {
            self.bump();
        }
        let ladder_word = |w: Option<&str>| matches!(w, Some("ladder" | "pyramid"));
        let mut ladder = false;
        if matches!(self.word_at(0), Some("in" | "of" | "during" | "for")) {
            let the = usize::from(self.is_word(1, "the"));
            if ladder_word(self.word_at(1 + the)) {
                self.pos += 2 + the;
                ladder = true;
            }
        }
        let span = head.start..self.prev_end();
        match (amount, sets, ladder) {
            (Some(_), true, _) => {
                Err(self.err(span, "write 'between sets' without a distance or time"))
            }
            (Some(amount), false, _) => Ok(Scope::RepsOf(amount)),
            (None, true, _) => Ok(Scope::Sets),
            (None, false, true) => Ok(Scope::Ladder),
            (None, false, false) if reps || each => Ok(Scope::Reps),
            (None, false, false) => Err(self.err(
                span.clone(),
                said!(
                    "'{}' what? Write e.g. 'between reps' or 'between sets'",
                    self.text(span)
                ),
            )),
        }
    }
}
