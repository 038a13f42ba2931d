//! The bounds every plan respects, and the checks that apply them: shared by the JSON
//! reader, `Plan::validate` and the share-link decoder.

use super::error::{PlanError, PlanErrorKind};
use super::format::{session_path, WeekPath};
use crate::model::{Athlete, Session};

/// The largest (and smallest) values a plan may hold. One table for the JSON format
/// and for share links, so the two can never disagree.
///
/// Generous on purpose: the bounds turn away typos, garbage and hostile input, not
/// ambitious runners.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bounds {
    /// Minutes in one session: 10 h, longer than any session a week plan holds.
    pub session_minutes: u16,
    /// Metres in one session: 300 km covers multi-day ultras split by day.
    pub session_distance_m: u32,
    /// Top of the CR-10 session-RPE scale (its bottom is 0).
    pub rpe_max: u8,
    /// Sessions on one day (doubles and triples happen; ten does not).
    pub sessions_per_day: usize,
    /// Sessions in one week.
    pub sessions_per_week: usize,
    /// Characters (Unicode scalar values) in a session title.
    pub title_chars: usize,
    /// Characters in a session's notes.
    pub notes_chars: usize,
    /// Characters in a session's workout notation.
    pub workout_chars: usize,
    /// Youngest age the board accepts.
    pub age_min: u8,
    /// Oldest age the board accepts.
    pub age_max: u8,
    /// Metres in the athlete's usual week.
    pub usual_week_m: u32,
    /// Minutes in the athlete's usual week (50 h).
    pub usual_week_minutes: u16,
    /// Metres in the athlete's longest run of the last 30 days.
    pub longest_run_m: u32,
    /// Minutes in the athlete's longest run of the last 30 days (24 h).
    pub longest_run_minutes: u16,
    /// Weeks in one plan: a block of up to 20 consecutive weeks, longer than an
    /// 18-week marathon schedule with its lead-in.
    pub weeks: usize,
    /// Metres of a recent race: from a track mile to a 200-mile ultra.
    pub race_m_min: u32,
    pub race_m_max: u32,
    /// Threshold pace, seconds per km: 2:30 (faster than elite) to 15:00 (walking).
    pub threshold_pace_min: u16,
    pub threshold_pace_max: u16,
    /// A race's average pace, seconds per km: faster than 2:30 or slower than 20:00
    /// per km is a typo in its distance or time, not a race.
    pub race_pace_min: u16,
    pub race_pace_max: u16,
}

/// The bounds every plan respects.
pub const BOUNDS: Bounds = Bounds {
    session_minutes: 600,
    session_distance_m: 300_000,
    rpe_max: 10,
    sessions_per_day: 10,
    sessions_per_week: 40,
    title_chars: 80,
    notes_chars: 1_000,
    workout_chars: 300,
    age_min: 10,
    age_max: 100,
    usual_week_m: 500_000,
    usual_week_minutes: 3_000,
    longest_run_m: 300_000,
    longest_run_minutes: 1_440,
    weeks: 20,
    race_m_min: 1_000,
    race_m_max: 350_000,
    threshold_pace_min: 150,
    threshold_pace_max: 900,
    race_pace_min: 150,
    race_pace_max: 1_200,
};

/// A bounded number of the plan, named as the error messages name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    SessionId,
    SessionMinutes,
    /// In kilometres, as the JSON format writes distances.
    SessionKm,
    Rpe,
    Age,
    UsualWeekKm,
    UsualWeekMinutes,
    LongestRunKm,
    LongestRunMinutes,
    /// In kilometres.
    RaceKm,
    RaceSeconds,
    ThresholdPace,
}

impl Measure {
    /// Smallest allowed value, in the JSON unit.
    pub fn min(self) -> f64 {
        match self {
            Measure::Age => f64::from(BOUNDS.age_min),
            Measure::RaceKm => f64::from(BOUNDS.race_m_min) / 1000.0,
            Measure::ThresholdPace => f64::from(BOUNDS.threshold_pace_min),
            _ => 0.0,
        }
    }

    /// Largest allowed value, in the JSON unit (km for distances).
    pub fn max(self) -> f64 {
        let km = |m: u32| f64::from(m) / 1000.0;
        match self {
            Measure::SessionId => f64::from(u32::MAX),
            Measure::SessionMinutes => f64::from(BOUNDS.session_minutes),
            Measure::SessionKm => km(BOUNDS.session_distance_m),
            Measure::Rpe => f64::from(BOUNDS.rpe_max),
            Measure::Age => f64::from(BOUNDS.age_max),
            Measure::UsualWeekKm => km(BOUNDS.usual_week_m),
            Measure::UsualWeekMinutes => f64::from(BOUNDS.usual_week_minutes),
            Measure::LongestRunKm => km(BOUNDS.longest_run_m),
            Measure::LongestRunMinutes => f64::from(BOUNDS.longest_run_minutes),
            Measure::RaceKm => km(BOUNDS.race_m_max),
            // The slowest pace over the longest race.
            Measure::RaceSeconds => {
                f64::from(BOUNDS.race_pace_max) * f64::from(BOUNDS.race_m_max) / 1000.0
            }
            Measure::ThresholdPace => f64::from(BOUNDS.threshold_pace_max),
        }
    }

    /// Distances may have decimals (read to the metre); everything else is whole.
    fn is_km(self) -> bool {
        matches!(
            self,
            Measure::SessionKm | Measure::UsualWeekKm | Measure::LongestRunKm | Measure::RaceKm
        )
    }

    /// Scales (RPE, age) are described by their range, not by a cap.
    pub(super) fn is_scale(self) -> bool {
        matches!(
            self,
            Measure::Rpe | Measure::Age | Measure::RaceKm | Measure::ThresholdPace
        )
    }

    /// "600 minutes (10 h) for one session": what the cap means, for messages.
    pub(super) fn cap_phrase(self) -> String {
        let max = self.max();
        match self {
            Measure::SessionId => format!("{max}, the largest session id"),
            Measure::SessionMinutes => format!("{max} minutes ({}) for one session", hours(max)),
            Measure::SessionKm => format!("{max} km for one session"),
            Measure::UsualWeekKm => format!("{max} km for a usual week"),
            Measure::UsualWeekMinutes => {
                format!("{max} minutes ({}) for a usual week", hours(max))
            }
            Measure::LongestRunKm => format!("{max} km for one run"),
            Measure::LongestRunMinutes => format!("{max} minutes ({}) for one run", hours(max)),
            Measure::RaceSeconds => format!("{max} seconds for one race"),
            Measure::RaceKm => format!("{}–{max} km for a race", self.min()),
            Measure::ThresholdPace => format!(
                "{}–{max} seconds per km ({}–{} per km)",
                self.min(),
                clock(self.min()),
                clock(max)
            ),
            Measure::Rpe | Measure::Age => format!("{}–{max}", self.min()),
        }
    }
}

/// `270` → `4:30`.
pub(super) fn clock(seconds: f64) -> String {
    let s = seconds.round() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

fn hours(minutes: f64) -> String {
    format!("{} h", minutes / 60.0)
}

/// A text field of a session, for length errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextField {
    Title,
    Notes,
    Workout,
}

impl TextField {
    /// The most characters the field holds.
    pub fn max_chars(self) -> usize {
        match self {
            TextField::Title => BOUNDS.title_chars,
            TextField::Notes => BOUNDS.notes_chars,
            TextField::Workout => BOUNDS.workout_chars,
        }
    }

    pub(super) fn noun(self) -> &'static str {
        match self {
            TextField::Title => "a title",
            TextField::Notes => "notes",
            TextField::Workout => "a workout",
        }
    }
}

/// Too many sessions where.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Crowding {
    /// On one day (0 = Monday).
    Day(usize),
    Week,
}

/// The error for a number outside its bounds (`value` in the JSON unit).
pub(crate) fn out_of_bounds(path: String, value: f64, measure: Measure) -> PlanError {
    PlanError::new(path, PlanErrorKind::OutOfBounds { value, measure })
}

/// Checks a number as written (km for distances) and returns it in the model's unit
/// (metres for distances, rounded to the metre).
pub(super) fn read_number(
    value: f64,
    measure: Measure,
    path: impl Fn() -> String,
) -> Result<f64, PlanError> {
    // The checks live in one copy, not one per caller's `path`: -113 B brotli of the viewer.
    number_in_bounds(value, measure).map_err(|kind| PlanError::new(path(), kind))
}

/// [`read_number`] without the place: what is wrong with the number, if anything.
fn number_in_bounds(value: f64, measure: Measure) -> Result<f64, PlanErrorKind> {
    if !value.is_finite() {
        return Err(PlanErrorKind::NotANumber);
    }
    if !measure.is_km() && value.fract() != 0.0 {
        return Err(PlanErrorKind::NotWhole(value));
    }
    if value < measure.min() || value > measure.max() {
        return Err(PlanErrorKind::OutOfBounds { value, measure });
    }
    // `+ 0.0` turns a -0 into 0, so it prints as 0.
    Ok(if measure.is_km() {
        (value * 1000.0).round() + 0.0
    } else {
        value + 0.0
    })
}

/// Checks a number already in the model (metres for distances). An `f64`, not
/// `impl Into<f64>`: one copy per caller, not per caller and number type.
fn check_number(value: f64, measure: Measure, path: impl Fn() -> String) -> Result<(), PlanError> {
    let as_written = if measure.is_km() {
        value / 1000.0
    } else {
        value
    };
    read_number(as_written, measure, path).map(|_| ())
}

fn check_text(
    text: &Option<String>,
    field: TextField,
    path: impl Fn() -> String,
) -> Result<(), PlanError> {
    let chars = text.as_deref().map_or(0, |t| t.chars().count());
    if chars > field.max_chars() {
        return Err(PlanError::new(
            path(),
            PlanErrorKind::TooLong { field, chars },
        ));
    }
    Ok(())
}

/// Checks how many sessions each day (Monday first) and the week hold.
pub(crate) fn check_counts(week: WeekPath, counts: [usize; 7]) -> Result<(), PlanError> {
    for (day, &count) in counts.iter().enumerate() {
        if count > BOUNDS.sessions_per_day {
            return Err(PlanError::new(
                week.day(day),
                PlanErrorKind::TooManySessions {
                    count,
                    crowding: Crowding::Day(day),
                },
            ));
        }
    }
    let count: usize = counts.iter().sum();
    if count > BOUNDS.sessions_per_week {
        return Err(PlanError::new(
            week.days(),
            PlanErrorKind::TooManySessions {
                count,
                crowding: Crowding::Week,
            },
        ));
    }
    Ok(())
}

/// Checks how many weeks a plan holds.
pub(crate) fn check_weeks(count: usize) -> Result<(), PlanError> {
    if count == 0 || count > BOUNDS.weeks {
        return Err(PlanError::new("weeks", PlanErrorKind::WeekCount(count)));
    }
    Ok(())
}

pub(super) fn check_session(
    session: &Session,
    week: WeekPath,
    day: usize,
    index: usize,
) -> Result<(), PlanError> {
    let at = |field: &'static str| move || session_path(week, day, index, field);
    check_number(
        f64::from(session.minutes),
        Measure::SessionMinutes,
        at("minutes"),
    )?;
    if let Some(m) = session.distance_m {
        check_number(f64::from(m), Measure::SessionKm, at("distance_km"))?;
    }
    if let Some(rpe) = session.rpe {
        check_number(f64::from(rpe), Measure::Rpe, at("rpe"))?;
    }
    check_text(&session.title, TextField::Title, at("title"))?;
    check_text(&session.notes, TextField::Notes, at("notes"))?;
    check_text(&session.workout, TextField::Workout, at("workout"))
}

pub(super) fn check_athlete(athlete: &Athlete) -> Result<(), PlanError> {
    let at = |field: &'static str| move || format!("athlete.{field}");
    if let Some(age) = athlete.age {
        check_number(f64::from(age), Measure::Age, at("age"))?;
    }
    if let Some(m) = athlete.usual_week_m {
        check_number(f64::from(m), Measure::UsualWeekKm, at("usual_week_km"))?;
    }
    if let Some(min) = athlete.usual_week_minutes {
        check_number(
            f64::from(min),
            Measure::UsualWeekMinutes,
            at("usual_week_minutes"),
        )?;
    }
    if let Some(m) = athlete.longest_recent_run_m {
        check_number(
            f64::from(m),
            Measure::LongestRunKm,
            at("longest_recent_run_km"),
        )?;
    }
    if let Some(min) = athlete.longest_recent_run_minutes {
        check_number(
            f64::from(min),
            Measure::LongestRunMinutes,
            at("longest_recent_run_minutes"),
        )?;
    }
    if let Some(race) = athlete.recent_race {
        check_number(
            f64::from(race.distance_m),
            Measure::RaceKm,
            at("recent_race_km"),
        )?;
        check_number(
            f64::from(race.seconds),
            Measure::RaceSeconds,
            at("recent_race_seconds"),
        )?;
        let pace = f64::from(race.seconds) / (f64::from(race.distance_m) / 1000.0);
        let plausible = f64::from(BOUNDS.race_pace_min)..=f64::from(BOUNDS.race_pace_max);
        if !plausible.contains(&pace) {
            return Err(PlanError::new(
                at("recent_race_seconds")(),
                PlanErrorKind::RacePace { s_per_km: pace },
            ));
        }
    }
    if let Some(pace) = athlete.threshold_pace_s_per_km {
        check_number(
            f64::from(pace),
            Measure::ThresholdPace,
            at("threshold_pace_seconds_per_km"),
        )?;
    }
    Ok(())
}

/// Remembers each session id with the path of the session that has it: ids are
/// unique across the plan's weeks. Sorted by id: a block holds up to 800 sessions.
#[derive(Default)]
pub(super) struct IdRegister(Vec<(u32, String)>);

impl IdRegister {
    pub(super) fn claim(
        &mut self,
        id: u32,
        week: WeekPath,
        day: usize,
        index: usize,
    ) -> Result<(), PlanError> {
        match self.0.binary_search_by_key(&id, |c| c.0) {
            Ok(found) => Err(PlanError::new(
                session_path(week, day, index, "id"),
                PlanErrorKind::DuplicateId {
                    id,
                    first: self.0[found].1.clone(),
                },
            )),
            Err(at) => {
                self.0.insert(at, (id, week.session(day, index)));
                Ok(())
            }
        }
    }

    pub(super) fn contains(&self, id: u32) -> bool {
        self.0.binary_search_by_key(&id, |c| c.0).is_ok()
    }
}
