//! The plan format on the wire (JSON and JS objects): its plain types, checking one
//! into a [`Plan`], and writing a [`Plan`] out.

use super::bounds::{check_counts, check_weeks, read_number, IdRegister, Measure};
use super::error::{PlanError, PlanErrorKind, Vocabulary};
use super::format::{
    level_name, session_path, WeekPath, FORMAT_VERSION, FORMAT_VERSION_1, PLAN_FIELDS,
    PLAN_FIELDS_V1,
};
use super::{Plan, Settings, Units, WeekStart};
use crate::date::Date;
use crate::model::{Athlete, Kind, Level, RaceResult, Session, SessionId, Week};
use serde::{Serialize, Serializer};

/// A plan as the JSON format and the JS API spell it: version 2, or version 1 (one
/// undated week in `days`, no `start` or `weeks`).
///
/// Unchecked: read one with [`Plan::from_wire`], which checks it; JSON and JS objects
/// are read into one by hand (`json.rs`), written from one with serde.
/// Numbers are `f64` because that is what JSON and JavaScript carry; whole numbers are
/// written without a decimal point.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PlanWire {
    pub version: u32,
    /// `YYYY-MM-DD`, the Monday of the first week (version 2; optional).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    pub settings: SettingsWire,
    pub athlete: AthleteWire,
    /// The weeks, in order (version 2). Missing: one empty week.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weeks: Option<Vec<WeekWire>>,
    /// The one week of version 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days: Option<DaysWire>,
}

/// One week of `weeks`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct WeekWire {
    pub days: DaysWire,
}

/// `settings`: each field defaults to the board's default when missing.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SettingsWire {
    /// `"km"` or `"mi"`: how the board shows distances (the format always uses km).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    /// `"monday"` or `"sunday"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week_start: Option<String>,
}

/// `athlete`: every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AthleteWire {
    /// `"beginner"`, `"intermediate"` or `"advanced"`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub age: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub usual_week_km: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub usual_week_minutes: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub longest_recent_run_km: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub longest_recent_run_minutes: Option<f64>,
    /// A recent race: its distance and its time; one needs the other.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub recent_race_km: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub recent_race_seconds: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub threshold_pace_seconds_per_km: Option<f64>,
}

/// `days`: one list of sessions per day; a missing day is an empty one.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DaysWire {
    pub mon: Vec<SessionWire>,
    pub tue: Vec<SessionWire>,
    pub wed: Vec<SessionWire>,
    pub thu: Vec<SessionWire>,
    pub fri: Vec<SessionWire>,
    pub sat: Vec<SessionWire>,
    pub sun: Vec<SessionWire>,
}

impl DaysWire {
    /// The days, Monday first.
    pub fn into_array(self) -> [Vec<SessionWire>; 7] {
        [
            self.mon, self.tue, self.wed, self.thu, self.fri, self.sat, self.sun,
        ]
    }

    /// Days from an array, Monday first.
    pub fn from_array(days: [Vec<SessionWire>; 7]) -> DaysWire {
        let [mon, tue, wed, thu, fri, sat, sun] = days;
        DaysWire {
            mon,
            tue,
            wed,
            thu,
            fri,
            sat,
            sun,
        }
    }
}

/// One session. Only `kind` is required.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SessionWire {
    /// Unique in the plan; sessions without one get the smallest free ids.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub id: Option<f64>,
    pub kind: String,
    /// Defaults to the kind's default minutes.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub minutes: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub distance_km: Option<f64>,
    /// Defaults to the kind's default RPE.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "number")]
    pub rpe: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workout: Option<String>,
}

/// Writes whole numbers as integers (`45`, not `45.0`); the reader takes any number
/// and checks bounds and wholeness later, with the field's words.
fn number<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match *value {
        // Inside ±2^53, where every integer is exact in an f64 and a JS number.
        Some(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => serializer.serialize_some(&(v as i64)),
        Some(v) => serializer.serialize_some(&v),
        None => serializer.serialize_none(),
    }
}

fn read_word<T: Copy>(
    word: &str,
    options: &[T],
    name: impl Fn(T) -> &'static str,
    list: Vocabulary,
    path: &str,
) -> Result<T, PlanError> {
    options
        .iter()
        .copied()
        .find(|o| name(*o) == word)
        .ok_or_else(|| {
            PlanError::new(
                path,
                PlanErrorKind::UnknownWord {
                    list,
                    word: word.to_string(),
                },
            )
        })
}

impl SettingsWire {
    fn read(&self) -> Result<Settings, PlanError> {
        let mut settings = Settings::default();
        if let Some(units) = &self.units {
            let all = [Units::Km, Units::Mi];
            settings.units = read_word(
                units,
                &all,
                Units::json_name,
                Vocabulary::Units,
                "settings.units",
            )?;
        }
        if let Some(start) = &self.week_start {
            let all = [WeekStart::Monday, WeekStart::Sunday];
            settings.week_start = read_word(
                start,
                &all,
                WeekStart::json_name,
                Vocabulary::WeekStart,
                "settings.week_start",
            )?;
        }
        Ok(settings)
    }

    fn write(settings: Settings) -> SettingsWire {
        SettingsWire {
            units: Some(settings.units.json_name().to_string()),
            week_start: Some(settings.week_start.json_name().to_string()),
        }
    }
}

impl AthleteWire {
    fn read(&self) -> Result<Athlete, PlanError> {
        let read = |value: Option<f64>, measure: Measure, field: &'static str| {
            value
                .map(|v| read_number(v, measure, || format!("athlete.{field}")))
                .transpose()
        };
        let level = match &self.level {
            Some(word) => Some(read_word(
                word,
                &Level::ALL,
                level_name,
                Vocabulary::Level,
                "athlete.level",
            )?),
            None => None,
        };
        // The casts are exact: `read_number` checked the value against bounds that fit.
        Ok(Athlete {
            level,
            age: read(self.age, Measure::Age, "age")?.map(|v| v as u8),
            usual_week_m: read(self.usual_week_km, Measure::UsualWeekKm, "usual_week_km")?
                .map(|v| v as u32),
            usual_week_minutes: read(
                self.usual_week_minutes,
                Measure::UsualWeekMinutes,
                "usual_week_minutes",
            )?
            .map(|v| v as u16),
            longest_recent_run_m: read(
                self.longest_recent_run_km,
                Measure::LongestRunKm,
                "longest_recent_run_km",
            )?
            .map(|v| v as u32),
            longest_recent_run_minutes: read(
                self.longest_recent_run_minutes,
                Measure::LongestRunMinutes,
                "longest_recent_run_minutes",
            )?
            .map(|v| v as u16),
            recent_race: match (
                read(self.recent_race_km, Measure::RaceKm, "recent_race_km")?,
                read(
                    self.recent_race_seconds,
                    Measure::RaceSeconds,
                    "recent_race_seconds",
                )?,
            ) {
                (Some(m), Some(s)) => Some(RaceResult {
                    distance_m: m as u32,
                    seconds: s as u32,
                }),
                (None, None) => None,
                (Some(_), None) => {
                    return Err(PlanError::new(
                        "athlete.recent_race_km",
                        PlanErrorKind::Incomplete {
                            needs: "recent_race_seconds",
                        },
                    ))
                }
                (None, Some(_)) => {
                    return Err(PlanError::new(
                        "athlete.recent_race_seconds",
                        PlanErrorKind::Incomplete {
                            needs: "recent_race_km",
                        },
                    ))
                }
            },
            threshold_pace_s_per_km: read(
                self.threshold_pace_seconds_per_km,
                Measure::ThresholdPace,
                "threshold_pace_seconds_per_km",
            )?
            .map(|v| v as u16),
        })
    }

    fn write(athlete: &Athlete) -> AthleteWire {
        let km = |m: Option<u32>| m.map(|m| f64::from(m) / 1000.0);
        AthleteWire {
            level: athlete.level.map(|l| level_name(l).to_string()),
            age: athlete.age.map(f64::from),
            usual_week_km: km(athlete.usual_week_m),
            usual_week_minutes: athlete.usual_week_minutes.map(f64::from),
            longest_recent_run_km: km(athlete.longest_recent_run_m),
            longest_recent_run_minutes: athlete.longest_recent_run_minutes.map(f64::from),
            recent_race_km: km(athlete.recent_race.map(|r| r.distance_m)),
            recent_race_seconds: athlete.recent_race.map(|r| f64::from(r.seconds)),
            threshold_pace_seconds_per_km: athlete.threshold_pace_s_per_km.map(f64::from),
        }
    }
}

impl SessionWire {
    /// The session and its id as written (`None` when it has none yet).
    fn read(
        self,
        week: WeekPath,
        day: usize,
        index: usize,
    ) -> Result<(Option<u32>, Session), PlanError> {
        let at = |field: &'static str| move || session_path(week, day, index, field);
        let kind = Kind::from_json_name(&self.kind).ok_or_else(|| {
            PlanError::new(
                at("kind")(),
                PlanErrorKind::UnknownWord {
                    list: Vocabulary::Kind,
                    word: self.kind.clone(),
                },
            )
        })?;
        let read = |value: Option<f64>, measure: Measure, field: &'static str| {
            value
                .map(|v| read_number(v, measure, at(field)))
                .transpose()
        };
        // The casts are exact: `read_number` checked the value against bounds that fit.
        let id = read(self.id, Measure::SessionId, "id")?.map(|v| v as u32);
        let minutes = read(self.minutes, Measure::SessionMinutes, "minutes")?
            .map_or(kind.default_minutes(), |v| v as u16);
        let session = Session {
            id: SessionId(0),
            kind,
            minutes,
            distance_m: read(self.distance_km, Measure::SessionKm, "distance_km")?
                .map(|v| v as u32),
            rpe: read(self.rpe, Measure::Rpe, "rpe")?.map(|v| v as u8),
            title: self.title,
            notes: self.notes,
            workout: self.workout,
        };
        Ok((id, session))
    }

    fn write(session: &Session) -> SessionWire {
        SessionWire {
            id: Some(f64::from(session.id.0)),
            kind: session.kind.json_name().to_string(),
            minutes: Some(f64::from(session.minutes)),
            distance_km: session.distance_m.map(|m| f64::from(m) / 1000.0),
            rpe: session.rpe.map(f64::from),
            title: session.title.clone(),
            notes: session.notes.clone(),
            workout: session.workout.clone(),
        }
    }
}

/// Reads the weeks' days: sessions with ids keep them (an id used twice anywhere in
/// the plan is an error); the rest get the smallest ids not in use, in week and day
/// order.
fn read_weeks(weeks: Vec<(WeekPath, DaysWire)>) -> Result<Vec<Week>, PlanError> {
    let mut read = Vec::with_capacity(weeks.len());
    let mut ids = IdRegister::default();
    let mut unnumbered = Vec::new();
    for (w, (at, days)) in weeks.into_iter().enumerate() {
        let days = days.into_array();
        check_counts(at, days.each_ref().map(Vec::len))?;
        let mut week = Week::default();
        for (day, sessions) in days.into_iter().enumerate() {
            for (index, wire) in sessions.into_iter().enumerate() {
                let (id, mut session) = wire.read(at, day, index)?;
                match id {
                    Some(id) => {
                        ids.claim(id, at, day, index)?;
                        session.id = SessionId(id);
                    }
                    None => unnumbered.push((w, day, index)),
                }
                week.days[day].push(session);
            }
        }
        read.push(week);
    }
    let mut free = (1..=u32::MAX).filter(|&id| !ids.contains(id));
    for (w, day, index) in unnumbered {
        // At most 800 sessions, so a free id always exists.
        if let Some(id) = free.next() {
            read[w].days[day][index].id = SessionId(id);
        }
    }
    Ok(read)
}

/// Reads `start`, a `YYYY-MM-DD` date ([`Plan::validate`] checks it is a Monday).
fn read_start(text: &str) -> Result<Date, PlanError> {
    Date::parse(text).ok_or_else(|| PlanError::new("start", PlanErrorKind::BadDate(text.into())))
}

impl Plan {
    /// Reads a plan from its wire form, checking everything [`Plan::from_json`] checks
    /// except unknown fields (which a typed [`PlanWire`] cannot hold).
    pub fn from_wire(wire: PlanWire) -> Result<Plan, PlanError> {
        let unknown = |field: &str, expected| {
            PlanError::new(
                "",
                PlanErrorKind::UnknownField {
                    field: field.to_string(),
                    expected,
                },
            )
        };
        let one_week_at_top = wire.version == FORMAT_VERSION_1;
        let (start, weeks) = match wire.version {
            FORMAT_VERSION_1 => {
                if wire.start.is_some() {
                    return Err(unknown("start", PLAN_FIELDS_V1));
                }
                if wire.weeks.is_some() {
                    return Err(unknown("weeks", PLAN_FIELDS_V1));
                }
                (None, vec![(WeekPath::Top, wire.days.unwrap_or_default())])
            }
            FORMAT_VERSION => {
                if wire.days.is_some() {
                    return Err(unknown("days", PLAN_FIELDS));
                }
                let weeks = wire.weeks.unwrap_or_else(|| vec![WeekWire::default()]);
                check_weeks(weeks.len())?;
                let start = wire.start.as_deref().map(read_start).transpose()?;
                let weeks = (0..)
                    .zip(weeks)
                    .map(|(w, week)| (WeekPath::Week(w), week.days));
                (start, weeks.collect())
            }
            other => {
                return Err(PlanError::new(
                    "version",
                    PlanErrorKind::UnsupportedVersion(other.to_string()),
                ))
            }
        };
        let plan = Plan {
            start,
            settings: wire.settings.read()?,
            athlete: wire.athlete.read()?,
            weeks: read_weeks(weeks)?,
        };
        plan.validate_at(one_week_at_top)?;
        Ok(plan)
    }

    /// The plan in its wire form (version 2), every session with its id and minutes.
    pub fn to_wire(&self) -> PlanWire {
        let week = |week: &Week| WeekWire {
            days: DaysWire::from_array(
                week.days
                    .each_ref()
                    .map(|sessions| sessions.iter().map(SessionWire::write).collect()),
            ),
        };
        PlanWire {
            version: FORMAT_VERSION,
            start: self.start.map(|d| d.to_string()),
            settings: SettingsWire::write(self.settings),
            athlete: AthleteWire::write(&self.athlete),
            weeks: Some(self.weeks.iter().map(week).collect()),
            days: None,
        }
    }
}

impl Serialize for Plan {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_wire().serialize(serializer)
    }
}
