//! The runner's words the messages are built from: day names, what to call a session,
//! lists, amounts. Each phrase is a small `Display` value, so a message is written
//! straight into one string without building the pieces first.

use super::flag::{DaySet, Unit};
use crate::model::{DayIndex, Kind, DAY_NAMES};
use crate::plan::Units;
use std::fmt::{self, Display, Formatter};

/// "Tuesday".
pub(crate) fn day(day: DayIndex) -> &'static str {
    DAY_NAMES[day % 7]
}

/// What a session is called in a sentence: "tempo", "intervals", "long run".
pub(crate) fn noun(kind: Kind) -> &'static str {
    match kind {
        Kind::Rest => "rest day",
        Kind::Recovery => "recovery run",
        Kind::Easy => "easy run",
        Kind::LongRun => "long run",
        Kind::Steady => "moderate run",
        Kind::Tempo => "tempo",
        Kind::Intervals => "intervals",
        Kind::Repetitions => "repetitions",
        Kind::Hills => "hills",
        Kind::SpeedEndurance => "speed-endurance session",
        Kind::Race => "race",
        Kind::CrossTraining => "cross-training",
        Kind::Strength => "strength session",
    }
}

/// The noun for several: "tempos", "long runs", "intervals".
pub(crate) fn plural_noun(kind: Kind) -> String {
    if plural(kind) {
        noun(kind).to_string()
    } else if kind == Kind::CrossTraining {
        "cross-training sessions".to_string()
    } else {
        format!("{}s", noun(kind))
    }
}

fn plural(kind: Kind) -> bool {
    matches!(kind, Kind::Intervals | Kind::Repetitions | Kind::Hills)
}

/// "a tempo", "an easy run", "intervals".
pub(crate) fn with_article(kind: Kind) -> WithArticle {
    WithArticle(kind)
}

/// See [`with_article`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct WithArticle(Kind);

impl Display for WithArticle {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        let noun = noun(self.0);
        // Plurals and "cross-training" (a mass noun) take no article.
        if plural(self.0) || self.0 == Kind::CrossTraining {
            f.write_str(noun)
        } else if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
            write!(f, "an {noun}")
        } else {
            write!(f, "a {noun}")
        }
    }
}

/// "Tuesday's intervals".
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Whose(pub DayIndex, pub Kind);

impl Display for Whose {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        write!(f, "{}'s {}", day(self.0), noun(self.1))
    }
}

/// "comes" or "come", to agree with the session's noun.
pub(crate) fn comes(kind: Kind) -> &'static str {
    if plural(kind) {
        "come"
    } else {
        "comes"
    }
}

/// "needs" or "need".
pub(crate) fn needs(kind: Kind) -> &'static str {
    if plural(kind) {
        "need"
    } else {
        "needs"
    }
}

/// "is" or "are".
pub(crate) fn is(kind: Kind) -> &'static str {
    if plural(kind) {
        "are"
    } else {
        "is"
    }
}

/// "it" or "them".
pub(crate) fn it(kind: Kind) -> &'static str {
    if plural(kind) {
        "them"
    } else {
        "it"
    }
}

/// "a, b and c".
pub(crate) struct AndList<'a, T>(pub &'a [T]);

impl<T: Display> Display for AndList<'_, T> {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        let n = self.0.len();
        for (i, item) in self.0.iter().enumerate() {
            match i {
                0 => {}
                _ if i == n - 1 => f.write_str(" and ")?,
                _ => f.write_str(", ")?,
            }
            item.fmt(f)?;
        }
        Ok(())
    }
}

/// "Monday, Wednesday and Saturday".
pub(crate) struct Days(pub DaySet);

impl Display for Days {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        let mut names = [""; 7];
        let mut n = 0;
        for d in self.0.iter() {
            names[n] = day(d);
            n += 1;
        }
        AndList(&names[..n]).fmt(f)
    }
}

/// "the moderate run on Monday", "the easy runs on Monday and Friday", "all 6 moderate
/// runs".
pub(crate) struct RunsOn(pub &'static str, pub DaySet);

impl Display for RunsOn {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        let RunsOn(what, set) = *self;
        match set.len() {
            1 => write!(f, "the {what} on {}", Days(set)),
            n if n >= 5 => write!(f, "all {n} {what}s"),
            _ => write!(f, "the {what}s on {}", Days(set)),
        }
    }
}

/// "no easy day", "only 1 easy day", "only 2 easy days".
pub(crate) struct EasyDays(pub u8);

impl Display for EasyDays {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        match self.0 {
            0 => f.write_str("no easy day"),
            1 => f.write_str("only 1 easy day"),
            n => write!(f, "only {n} easy days"),
        }
    }
}

/// A share over a cap: "31%", or "30.3%" when rounding would hide that it is over.
pub(crate) struct Over(pub u16, pub u8);

impl Display for Over {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        let Over(tenths, cap) = *self;
        let whole = (tenths + 5) / 10;
        if whole > u16::from(cap) {
            write!(f, "{whole}%")
        } else {
            write!(f, "{}.{}%", tenths / 10, tenths % 10)
        }
    }
}

/// Metres in a mile.
const MILE_M: f64 = 1609.344;

/// "420 min", "42 km", "8.5 km", "26 mi": metres in the runner's units.
pub(crate) struct Amount(pub f64, pub Unit, pub Units);

impl Display for Amount {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        // Whole numbers print faster and plainer than floats.
        let Amount(value, unit, units) = *self;
        match unit {
            Unit::Minutes => Duration(value.round().max(0.0) as u64).fmt(f),
            Unit::Metres => {
                let (per, name) = match units {
                    Units::Km => (1000.0, "km"),
                    Units::Mi => (MILE_M, "mi"),
                };
                let tenths = (value / per * 10.0).round() as i64;
                if tenths < 200 && tenths % 10 != 0 {
                    write!(f, "{}.{} {name}", tenths / 10, tenths % 10)
                } else {
                    write!(f, "{} {name}", (value / per).round() as i64)
                }
            }
        }
    }
}

/// "45 min", "2 h 30 min", "20 h": minutes as a runner reads them.
pub(crate) struct Duration(pub u64);

impl Display for Duration {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        let (h, m) = (self.0 / 60, self.0 % 60);
        match (h, m) {
            (0, m) => write!(f, "{m} min"),
            (h, 0) => write!(f, "{h} h"),
            (h, m) => write!(f, "{h} h {m} min"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_agree_with_the_session() {
        assert_eq!(Whose(2, Kind::Tempo).to_string(), "Wednesday's tempo");
        assert_eq!(comes(Kind::Intervals), "come");
        assert_eq!(it(Kind::Tempo), "it");
        assert_eq!(with_article(Kind::Tempo).to_string(), "a tempo");
        assert_eq!(with_article(Kind::Hills).to_string(), "hills");
        assert_eq!(with_article(Kind::Easy).to_string(), "an easy run");
        assert_eq!(
            with_article(Kind::CrossTraining).to_string(),
            "cross-training"
        );
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(AndList::<&str>(&[]).to_string(), "");
        assert_eq!(AndList(&["a"]).to_string(), "a");
        assert_eq!(
            Days(DaySet::of(&[0, 2, 5])).to_string(),
            "Monday, Wednesday and Saturday"
        );
        assert_eq!(
            RunsOn("moderate run", DaySet::of(&[4])).to_string(),
            "the moderate run on Friday"
        );
        assert_eq!(
            RunsOn("moderate run", DaySet::of(&[0, 4])).to_string(),
            "the moderate runs on Monday and Friday"
        );
        assert_eq!(
            RunsOn("moderate run", DaySet::of(&[1, 2, 3, 4, 5, 6])).to_string(),
            "all 6 moderate runs"
        );
        assert_eq!(EasyDays(2).to_string(), "only 2 easy days");
        assert_eq!(Over(314, 30).to_string(), "31%");
        assert_eq!(Over(303, 30).to_string(), "30.3%");
    }

    #[test]
    fn amounts_read_naturally() {
        assert_eq!(Amount(420.0, Unit::Minutes, Units::Km).to_string(), "7 h");
        assert_eq!(
            Amount(95.0, Unit::Minutes, Units::Km).to_string(),
            "1 h 35 min"
        );
        assert_eq!(
            Amount(42_000.0, Unit::Metres, Units::Km).to_string(),
            "42 km"
        );
        assert_eq!(
            Amount(8_500.0, Unit::Metres, Units::Km).to_string(),
            "8.5 km"
        );
        assert_eq!(
            Amount(42_195.0, Unit::Metres, Units::Mi).to_string(),
            "26 mi"
        );
        assert_eq!(Amount(8_000.0, Unit::Metres, Units::Mi).to_string(), "5 mi");
        assert_eq!(
            Amount(5_000.0, Unit::Metres, Units::Mi).to_string(),
            "3.1 mi"
        );
    }
}
