//! How one session counts: its minutes in each zone, its work at each quality pace, its
//! load, and the easy days it needs after it. The bottom of the scoring: every rule
//! reads sessions through this module, so a session means the same to all of them.
//!
//! **From the workout.** When a session's workout notation parses, its structure gives
//! the numbers: time and distance at each pace (`notation::PaceSplit`), the warm-up,
//! cool-down and recoveries as easy time, and the workout's RPE when the runner set
//! none. The card's minutes stay the session's length; work that would overrun them is
//! cut to fit.
//!
//! **Estimated.** Otherwise the kind and the minutes are all there is:
//! - easy and recovery runs and the long run are easy time — unless the runner logs an
//!   easy or recovery run at RPE 5–6 (moderate, the grey zone) or 7 and over (hard);
//! - a moderate (steady) run is moderate, grey-zone time;
//! - a hard session's warm-up and cool-down are a third of it, at most 20 minutes, and
//!   easy; the rest is hard, and the work at pace is a share of it: threshold as cruise
//!   intervals (5 on, 1 off), intervals with equal jog recoveries (half), repetitions
//!   and hills with recoveries twice the rep (a third), speed endurance with three
//!   times (a quarter) — Daniels' usual session shapes.
//!
//! Spacing and the hard-session count go by the card's kind, which is what the board
//! shows; when the workout says otherwise, the workouts rule says so.

use crate::model::{Kind, Session};
use crate::notation::{self, Pace, Reading};

/// Easy or rest days a session needs after it before the next hard one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RecoveryCost {
    pub threshold: u8,
    pub intervals: u8,
    pub repetitions: u8,
    pub hills: u8,
    pub speed_endurance: u8,
    pub race: u8,
    pub long_run: u8,
    /// Extra days after VO2 work (intervals) for masters runners (46+). The sources say
    /// 1–2; the board asks for the first.
    pub masters_after_vo2: u8,
}

/// The recovery cost of each kind (DOMAIN.md rule 1; sources in `spacing`).
pub const RECOVERY_COST: RecoveryCost = RecoveryCost {
    threshold: 1,
    intervals: 1,
    repetitions: 1,
    hills: 1,
    speed_endurance: 3,
    race: 3,
    long_run: 1,
    masters_after_vo2: 1,
};

impl RecoveryCost {
    /// Easy days `kind` needs after it; kinds that cost no recovery need 0.
    pub fn after(&self, kind: Kind, masters: bool) -> u8 {
        let days = match kind {
            Kind::Tempo => self.threshold,
            Kind::Intervals => self.intervals,
            Kind::Repetitions => self.repetitions,
            Kind::Hills => self.hills,
            Kind::SpeedEndurance => self.speed_endurance,
            Kind::Race => self.race,
            Kind::LongRun => self.long_run,
            _ => 0,
        };
        if masters && kind == Kind::Intervals {
            days + self.masters_after_vo2
        } else {
            days
        }
    }
}

/// How a session's minutes are estimated when its workout says nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Estimates {
    /// From this RPE an easy or recovery run counts as moderate…
    pub grey_rpe_from: u8,
    /// …and from this one as hard.
    pub hard_rpe_from: u8,
    /// A hard session's warm-up plus cool-down, in minutes at most…
    pub warm_up_cool_down_max: u16,
    /// …and at most this fraction (1 / n) of the session.
    pub warm_up_cool_down_one_in: u16,
    /// Share (numerator, denominator) of a hard session's main set run at pace:
    /// threshold, intervals, repetitions and hills, speed endurance.
    pub work_share: [(u64, u64); 4],
}

/// The estimates.
pub const ESTIMATES: Estimates = Estimates {
    grey_rpe_from: 5,
    hard_rpe_from: 7,
    warm_up_cool_down_max: 20,
    warm_up_cool_down_one_in: 3,
    work_share: [(5, 6), (1, 2), (1, 3), (1, 4)],
};

/// Daniels' paces of quality work, as the volume caps count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quality {
    /// Marathon pace held as planned work (`@ MP`); moderate runs with no pace are the
    /// grey zone instead, which the intensity rule counts.
    Marathon,
    Threshold,
    Intervals,
    /// Repetitions, hills and speed endurance.
    Repetitions,
}

impl Quality {
    /// In index order of [`Effort::quality_s`].
    pub const ALL: [Quality; 4] = [
        Quality::Marathon,
        Quality::Threshold,
        Quality::Intervals,
        Quality::Repetitions,
    ];

    /// The notation pace the quality is run at.
    pub fn pace(self) -> Pace {
        match self {
            Quality::Marathon => Pace::Steady,
            Quality::Threshold => Pace::Threshold,
            Quality::Intervals => Pace::Interval,
            Quality::Repetitions => Pace::Repetition,
        }
    }
}

/// A session's minutes in each zone.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ZoneMinutes {
    pub easy: u32,
    pub moderate: u32,
    pub hard: u32,
}

/// How one session counts, for every rule.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Effort {
    /// Running minutes by zone; `None` for rest, cross-training and strength.
    pub zones: Option<ZoneMinutes>,
    /// Of the moderate minutes, those in the grey zone: moderate runs with no set pace,
    /// easy runs run too hard. Planned marathon-pace work is moderate but not grey.
    pub grey: u32,
    /// Seconds of work at each [`Quality`] pace.
    pub quality_s: [u64; 4],
    /// Metres of that work, when the session's distance is known.
    pub quality_m: [u64; 4],
    /// The session's distance: the card's, else the workout's when it gives every run
    /// as a distance.
    pub metres: Option<u32>,
    /// The RPE that counts: the runner's, else the workout's, else the kind's.
    pub rpe: u8,
    /// Session-RPE load (Foster et al. 2001): RPE × minutes.
    pub load: u32,
    /// The numbers come from the workout's structure, not from estimates.
    pub from_workout: bool,
    /// What the workout reads as, when that contradicts the card: a hard workout on an
    /// easy card or an easy one on a hard card.
    pub contradicts: Option<Kind>,
}

impl Effort {
    /// How `session` counts.
    pub fn of(session: &Session) -> Effort {
        let kind = session.kind;
        let read = session.workout.as_deref().and_then(notation::read);
        let rpe = session.effective_rpe();
        let mut effort = Effort {
            rpe,
            load: u32::from(rpe) * u32::from(session.minutes),
            ..Effort::default()
        };
        if !kind.is_running() {
            return effort;
        }
        effort.metres = session.distance_m.filter(|&m| m > 0);
        match read {
            Some(read) => effort.read(session, read),
            None => effort.estimated(session),
        }
        effort
    }

    fn read(&mut self, session: &Session, read: Reading) {
        let split = read.split;
        let total = match u32::from(session.minutes) * 60 {
            0 => split.total_seconds(),
            card => card,
        };
        // Work that overruns the card's minutes is cut to fit, hardest first.
        let mut left = total;
        let mut take = |s: u32| {
            let s = s.min(left);
            left -= s;
            s
        };
        let mut work = [0u32; 5];
        for pace in [
            Pace::Repetition,
            Pace::Interval,
            Pace::Threshold,
            Pace::Steady,
        ] {
            work[pace as usize] = take(split.work_seconds(pace));
        }
        let hard_s = work[Pace::Threshold as usize]
            + work[Pace::Interval as usize]
            + work[Pace::Repetition as usize];
        let steady_s = work[Pace::Steady as usize];
        let marathon_s = split.marathon_s.min(steady_s);
        let minutes = |s: u32| (s + 30) / 60;
        let (hard, moderate) = (minutes(hard_s), minutes(steady_s));
        let mut zones = ZoneMinutes {
            easy: minutes(total).saturating_sub(hard + moderate),
            moderate,
            hard,
        };
        self.grey = minutes(steady_s - marathon_s);
        // An easy run logged at grey-zone effort or harder is run that way, whatever
        // the notation says of its easy parts.
        if let Some(zone) = easy_run_effort(session) {
            let easy = std::mem::take(&mut zones.easy);
            match zone {
                Zone::Moderate => {
                    zones.moderate += easy;
                    self.grey += easy;
                }
                Zone::Hard => zones.hard += easy,
            }
        }
        self.zones = Some(zones);
        for (i, quality) in Quality::ALL.into_iter().enumerate() {
            let pace = quality.pace() as usize;
            let seconds = if quality == Quality::Marathon {
                marathon_s
            } else {
                work[pace]
            };
            self.quality_s[i] = u64::from(seconds);
            // Metres at pace, cut like the seconds when they overran.
            let written = split.work_m[pace];
            let all = split.work_s[pace].max(1);
            self.quality_m[i] = u64::from(written) * u64::from(seconds) / u64::from(all);
        }
        if self.metres.is_none() {
            self.metres = split.distance_m.filter(|&m| m > 0);
        }
        self.from_workout = true;
        let hard_card = session.kind.is_hard();
        // A long run may hold quality work (a fast finish, threshold segments) and stay
        // a long run; only an easy card holding hard work, or a hard card with none,
        // contradicts its workout.
        let contradicts = if session.kind == Kind::LongRun {
            false
        } else {
            hard_card != read.kind.is_hard()
        };
        self.contradicts = contradicts.then_some(read.kind);
    }

    fn estimated(&mut self, session: &Session) {
        let kind = session.kind;
        let all = u32::from(session.minutes);
        let e = ESTIMATES;
        let mut zones = ZoneMinutes::default();
        match kind {
            Kind::Steady => {
                zones.moderate = all;
                self.grey = all;
            }
            k if k.is_hard() => {
                let warm =
                    (session.minutes / e.warm_up_cool_down_one_in).min(e.warm_up_cool_down_max);
                zones.easy = u32::from(warm);
                zones.hard = all - u32::from(warm);
                if let Some((i, (num, den))) = estimate_share(kind) {
                    // Whole seconds: 60 is divisible by every share's denominator.
                    let seconds = u64::from(zones.hard) * 60 * num / den;
                    self.quality_s[i] = seconds;
                    if let Some(m) = self.metres {
                        self.quality_m[i] = u64::from(m) * seconds / (u64::from(all.max(1)) * 60);
                    }
                }
            }
            _ => match easy_run_effort(session) {
                Some(Zone::Moderate) => {
                    zones.moderate = all;
                    self.grey = all;
                }
                Some(Zone::Hard) => zones.hard = all,
                None => zones.easy = all,
            },
        }
        self.zones = Some(zones);
    }
}

/// Where an estimated hard session's work goes: the [`Quality`] index and its share.
fn estimate_share(kind: Kind) -> Option<(usize, (u64, u64))> {
    let [threshold, intervals, reps, speed_endurance] = ESTIMATES.work_share;
    Some(match kind {
        Kind::Tempo => (Quality::Threshold as usize, threshold),
        Kind::Intervals => (Quality::Intervals as usize, intervals),
        Kind::Repetitions | Kind::Hills => (Quality::Repetitions as usize, reps),
        Kind::SpeedEndurance => (Quality::Repetitions as usize, speed_endurance),
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Zone {
    Moderate,
    Hard,
}

/// An easy or recovery run the runner logs at grey-zone effort (RPE 5–6) or harder.
fn easy_run_effort(session: &Session) -> Option<Zone> {
    if !matches!(session.kind, Kind::Easy | Kind::Recovery) {
        return None;
    }
    let rpe = session.rpe?;
    if rpe >= ESTIMATES.hard_rpe_from {
        Some(Zone::Hard)
    } else if rpe >= ESTIMATES.grey_rpe_from {
        Some(Zone::Moderate)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionId;

    fn session(kind: Kind, minutes: u16, workout: Option<&str>) -> Session {
        let mut s = Session::new(SessionId(1), kind);
        s.minutes = minutes;
        s.workout = workout.map(str::to_string);
        s
    }

    #[test]
    fn an_estimated_tempo_warms_up_for_a_third() {
        let e = Effort::of(&session(Kind::Tempo, 55, None));
        let z = e.zones.unwrap();
        assert_eq!((z.easy, z.hard), (18, 37));
        assert!(!e.from_workout);
        assert_eq!(
            Effort::of(&session(Kind::Tempo, 120, None))
                .zones
                .unwrap()
                .easy,
            20
        );
    }

    #[test]
    fn the_workout_replaces_the_estimate() {
        let e = Effort::of(&session(Kind::Tempo, 55, Some("20' @ threshold")));
        let z = e.zones.unwrap();
        assert_eq!((z.easy, z.hard), (35, 20));
        assert_eq!(e.quality_s[Quality::Threshold as usize], 1200);
        assert!(e.from_workout);
        assert_eq!(e.contradicts, None);
    }

    #[test]
    fn an_easy_card_holding_intervals_contradicts_it() {
        let e = Effort::of(&session(
            Kind::Easy,
            60,
            Some("6 x 800m @ 5K pace w/ 2' jog"),
        ));
        assert_eq!(e.contradicts, Some(Kind::Intervals));
        assert_eq!(e.zones.unwrap().hard, 21);
        assert_eq!(e.rpe, 8, "the workout's RPE, since the runner set none");
        assert_eq!(e.quality_m[Quality::Intervals as usize], 4800);
    }

    #[test]
    fn a_long_run_may_hold_quality_work() {
        let e = Effort::of(&session(Kind::LongRun, 140, Some("16 mi, last 10 mi @ MP")));
        assert_eq!(e.contradicts, None);
        let z = e.zones.unwrap();
        assert_eq!(z.moderate, 80);
        assert_eq!(e.grey, 0, "planned marathon pace is not the grey zone");
        assert_eq!(e.metres, Some(25_750));
    }

    #[test]
    fn work_past_the_cards_minutes_is_cut_to_fit() {
        let e = Effort::of(&session(
            Kind::Intervals,
            30,
            Some("10 x 1 mi @ 5K pace w/ 2' jog"),
        ));
        let z = e.zones.unwrap();
        assert_eq!((z.easy, z.hard), (0, 30));
        assert_eq!(e.quality_s[Quality::Intervals as usize], 1800);
    }

    #[test]
    fn an_easy_run_at_rpe_5_is_grey_and_at_7_hard() {
        let mut s = session(Kind::Easy, 40, None);
        s.rpe = Some(5);
        assert_eq!(Effort::of(&s).grey, 40);
        s.rpe = Some(7);
        assert_eq!(Effort::of(&s).zones.unwrap().hard, 40);
        s.workout = Some("40' easy".into());
        assert_eq!(Effort::of(&s).zones.unwrap().hard, 40);
    }

    #[test]
    fn a_workout_that_does_not_parse_leaves_the_estimate() {
        let e = Effort::of(&session(Kind::Intervals, 60, Some("6 x ??")));
        assert!(!e.from_workout);
        assert_eq!(e.zones.unwrap().hard, 40);
    }

    #[test]
    fn every_estimate_share_is_whole_seconds() {
        for (num, den) in ESTIMATES.work_share {
            assert_eq!(60 * num % den, 0, "{num}/{den}");
        }
    }
}
