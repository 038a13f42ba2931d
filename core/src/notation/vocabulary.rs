//! The words coaches use, in one place: units, roles, recoveries, efforts.

use super::tree::{Effort, RecoveryStyle, Role};

/// A unit after a number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Unit {
    /// Metres per unit.
    Distance(f64),
    /// Seconds per unit.
    Time(f64),
}

/// Metres in a mile.
pub(super) const MILE_M: f64 = 1609.344;

/// The unit a word names, if it is one.
pub(super) fn unit(word: &str) -> Option<Unit> {
    Some(match word {
        "m" | "meter" | "meters" | "metre" | "metres" | "mtr" | "mtrs" => Unit::Distance(1.0),
        "k" | "km" | "kms" | "kilometer" | "kilometers" | "kilometre" | "kilometres" => {
            Unit::Distance(1000.0)
        }
        "mi" | "mile" | "miles" => Unit::Distance(MILE_M),
        "s" | "sec" | "secs" | "second" | "seconds" => Unit::Time(1.0),
        "min" | "mins" | "minute" | "minutes" => Unit::Time(60.0),
        "h" | "hr" | "hrs" | "hour" | "hours" => Unit::Time(3600.0),
        _ => return None,
    })
}

/// What a single word says about a step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Meaning {
    /// `wu`, `cd`, `warmup`, `cooldown`
    Role(Role),
    /// `jog`, `walk`, `rest`, `rec`: this is a recovery, maybe of a given style.
    Rest(Option<RecoveryStyle>),
    /// `back`, `down`: the recovery covers the rep's own distance.
    Back,
    Effort(Effort),
    /// `hill`, `hills`, `uphill`
    Hill,
    /// `last`, `final`: the end of the run before (`22 km, last 5 km @ MP`).
    Last,
    /// Words that add nothing the numbers don't say (`run`, `repeats`, `pace`).
    Filler,
}

/// The meaning of a single word, if it has one on its own. Two-word forms
/// (`warm up`, `cool-down`, `all out`, `mile pace`) are read by the parser.
pub(super) fn meaning(word: &str) -> Option<Meaning> {
    use Effort as E;
    Some(match word {
        "wu" | "warmup" | "warmups" => Meaning::Role(Role::WarmUp),
        "cd" | "cooldown" | "warmdown" | "wd" => Meaning::Role(Role::CoolDown),
        "jog" | "jogs" | "jogging" => Meaning::Rest(Some(RecoveryStyle::Jog)),
        "walk" | "walks" | "walking" => Meaning::Rest(Some(RecoveryStyle::Walk)),
        "rest" | "rests" | "standing" => Meaning::Rest(Some(RecoveryStyle::Rest)),
        "float" | "floats" | "floating" => Meaning::Rest(Some(RecoveryStyle::Float)),
        "rec" | "recs" | "recov" | "recovery" | "recoveries" | "off" => Meaning::Rest(None),
        "back" | "down" => Meaning::Back,
        "easy" => Meaning::Effort(E::Easy),
        "long" => Meaning::Effort(E::Long),
        "steady" | "moderate" | "aerobic" => Meaning::Effort(E::Steady),
        "progression" | "progressive" | "prog" => Meaning::Effort(E::Progression),
        "tempo" | "threshold" | "lt" | "cruise" => Meaning::Effort(E::Threshold),
        "hard" | "strong" | "on" => Meaning::Effort(E::Hard),
        "fast" | "quick" => Meaning::Effort(E::Fast),
        "sprint" | "sprints" | "max" => Meaning::Effort(E::Sprint),
        "strides" | "stride" => Meaning::Effort(E::Strides),
        "fartlek" => Meaning::Effort(E::Fartlek),
        "race" | "racing" | "parkrun" | "tt" => Meaning::Effort(E::Race),
        "hill" | "hills" | "uphill" | "uphills" => Meaning::Hill,
        "last" | "final" => Meaning::Last,
        "run" | "runs" | "repeats" | "reps" | "intervals" | "efforts" | "effort" | "pace"
        | "yasso" | "yassos" | "the" | "of" | "each" | "a" | "track" | "session" => Meaning::Filler,
        _ => return None,
    })
}

/// Daniels' pace letters, read only after `@` or before `pace` (`@ T`, `I pace`).
pub(super) fn pace_letter(word: &str) -> Option<DanielsPace> {
    Some(match word {
        "e" => DanielsPace::Effort(Effort::Easy),
        "m" => DanielsPace::Race(MARATHON_M),
        "t" => DanielsPace::Effort(Effort::Threshold),
        "i" => DanielsPace::Effort(Effort::Interval),
        "r" => DanielsPace::Effort(Effort::Repetition),
        _ => return None,
    })
}

/// What a Daniels letter stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum DanielsPace {
    Effort(Effort),
    Race(u32),
}

pub(super) const MARATHON_M: u32 = 42_195;
pub(super) const HALF_MARATHON_M: u32 = 21_098;
pub(super) const MILE_RACE_M: u32 = 1_609;

/// Words that begin a recovery clause's scope (`between sets`, `after 120m reps`).
pub(super) fn is_scope_word(word: &str) -> bool {
    matches!(word, "between" | "after")
}

/// Whether a word means anything to the notation (used to tell a coach that a word is
/// unknown rather than misplaced).
pub(super) fn is_known(word: &str) -> bool {
    unit(word).is_some()
        || meaning(word).is_some()
        || is_scope_word(word)
        || matches!(
            word,
            "x" | "w"
                | "with"
                | "at"
                | "in"
                | "then"
                | "and"
                | "z"
                | "zone"
                | "rpe"
                | "warm"
                | "cool"
                | "up"
                | "mile"
                | "hm"
                | "hmp"
                | "half"
                | "marathon"
                | "mp"
                | "per"
                | "sets"
                | "set"
                | "rounds"
                | "round"
                | "times"
                | "ladder"
                | "pyramid"
                | "all"
                | "out"
                | "flat"
                | "time"
                | "trial"
        )
}
