//! The plan format as JSON: text and [`Value`]s read into a [`PlanWire`] (reading
//! steps 1 and 2), and the writer. The only module that knows JSON.
//!
//! serde_json parses the text and writes it. The walk from a `Value` to the wire types
//! is by hand, in the format's own words: serde's derived readers with field paths
//! (serde_path_to_error) made the planner 11.6 KiB brotli bigger than this walk.

use super::error::{PlanError, PlanErrorKind};
use super::format::{
    ATHLETE_FIELDS, DAY_KEYS, FORMAT_VERSION, FORMAT_VERSION_1, PLAN_FIELDS, PLAN_FIELDS_V1,
    SESSION_FIELDS, SETTINGS_FIELDS, WEEK_FIELDS,
};
use super::wire::{AthleteWire, DaysWire, PlanWire, SessionWire, SettingsWire, WeekWire};
use super::Plan;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

type Read<T> = Result<T, PlanError>;

impl Plan {
    /// Reads a plan from the JSON format. Every error names the field and says why.
    pub fn from_json(text: &str) -> Result<Plan, PlanError> {
        // Windows Notepad, among others, saves UTF-8 with a byte-order mark first.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: Value = serde_json::from_str(text).map_err(|e| {
            // serde_json ends its message with the position, which the error keeps apart.
            let message = e.to_string();
            let message = match message.rfind(" at line ") {
                Some(cut) => message[..cut].to_string(),
                None => message,
            };
            PlanError::new(
                "",
                PlanErrorKind::Syntax {
                    message,
                    line: e.line(),
                    column: e.column(),
                },
            )
        })?;
        Plan::from_value(value)
    }

    /// Reads a plan from a JSON value: what the JS API uses, after turning a JS object
    /// into a [`serde_json::Value`] (any serde deserializer can produce one).
    pub fn from_value(value: Value) -> Result<Plan, PlanError> {
        Plan::from_wire(read_plan(&value)?)
    }

    /// The plan as pretty-printed JSON (version 2).
    pub fn to_json(&self) -> String {
        // A wire plan holds only strings, finite numbers and string-keyed objects:
        // this cannot fail.
        serde_json::to_string_pretty(&self.to_wire()).unwrap_or_default()
    }
}

impl<'de> Deserialize<'de> for Plan {
    /// Reads and checks like [`Plan::from_value`]; the error becomes serde's (a message
    /// with the path). Use `from_value` to keep the typed [`PlanError`].
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Plan, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Plan::from_value(value).map_err(D::Error::custom)
    }
}

/// What a JSON value is, as a message names it ([`PlanErrorKind::WrongType`]'s
/// `found`).
pub fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn wrong_type(path: &str, value: &Value, expected: &'static str) -> PlanError {
    PlanError::new(
        path,
        PlanErrorKind::WrongType {
            expected,
            found: type_name(value),
        },
    )
}

/// `a.b`: the path of field `key` of the object at `path`.
fn field_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Reads an object's fields: `each` gets a field's index in `names`, its value and
/// its path. A field not in `names` is turned away with the list (before any field
/// is read); a `null` field is left out.
fn read_object(
    value: &Value,
    path: &str,
    expected: &'static str,
    names: &'static [&'static str],
    // `dyn`: one copy of this function for every kind of object.
    each: &mut dyn FnMut(usize, &Value, String) -> Read<()>,
) -> Read<()> {
    let Value::Object(object) = value else {
        return Err(wrong_type(path, value, expected));
    };
    if let Some(field) = object.keys().find(|k| !names.contains(&k.as_str())) {
        return Err(PlanError::new(
            path,
            PlanErrorKind::UnknownField {
                field: field.clone(),
                expected: names,
            },
        ));
    }
    for (key, field) in object.iter().filter(|(_, v)| !v.is_null()) {
        if let Some(index) = names.iter().position(|n| n == key) {
            each(index, field, field_path(path, key))?;
        }
    }
    Ok(())
}

/// Reads a list: `each` gets an item and its path.
fn read_list<T>(
    value: &Value,
    path: &str,
    expected: &'static str,
    each: fn(&Value, &str) -> Read<T>,
) -> Read<Vec<T>> {
    let Value::Array(items) = value else {
        return Err(wrong_type(path, value, expected));
    };
    let mut read = Vec::with_capacity(items.len());
    for (index, item) in items.iter().enumerate() {
        read.push(each(item, &format!("{path}[{index}]"))?);
    }
    Ok(read)
}

fn string(value: &Value, path: &str) -> Read<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(wrong_type(path, value, "a string")),
    }
}

/// Any number: bounds and wholeness are checked later, with the field's words.
fn number(value: &Value, path: &str) -> Read<f64> {
    match value {
        Value::Number(n) => Ok(n.as_f64().unwrap_or(f64::NAN)),
        _ => Err(wrong_type(path, value, "a number")),
    }
}

/// Checks the version first: a newer plan may have any shape. Whether it is 1.
fn read_version(plan: &Value) -> Read<bool> {
    let Value::Object(object) = plan else {
        return Err(wrong_type(
            "",
            plan,
            "a plan object: {\"version\": 2, \"weeks\": […]}",
        ));
    };
    let version = object.get("version");
    match version.and_then(Value::as_u64) {
        Some(v) if (1..=u64::from(FORMAT_VERSION)).contains(&v) => {
            Ok(v == u64::from(FORMAT_VERSION_1))
        }
        _ => Err(PlanError::new(
            "version",
            match version {
                None => PlanErrorKind::MissingVersion,
                Some(v) => PlanErrorKind::UnsupportedVersion(v.to_string()),
            },
        )),
    }
}

/// Reads a plan: the version, then the fields of its version's shape.
fn read_plan(value: &Value) -> Read<PlanWire> {
    let v1 = read_version(value)?;
    let mut wire = PlanWire {
        version: if v1 { FORMAT_VERSION_1 } else { FORMAT_VERSION },
        start: None,
        settings: SettingsWire::default(),
        athlete: AthleteWire::default(),
        weeks: None,
        days: None,
    };
    let fields = if v1 { PLAN_FIELDS_V1 } else { PLAN_FIELDS };
    read_object(
        value,
        "",
        "a plan object",
        fields,
        &mut |index, field, at| {
            match fields[index] {
                "start" => wire.start = Some(string(field, &at)?),
                "settings" => wire.settings = read_settings(field, &at)?,
                "athlete" => wire.athlete = read_athlete(field, &at)?,
                "weeks" => wire.weeks = Some(read_list(field, &at, "a list of weeks", read_week)?),
                "days" => wire.days = Some(read_days(field, &at)?),
                _ => {} // the version, read first
            }
            Ok(())
        },
    )?;
    Ok(wire)
}

fn read_settings(value: &Value, path: &str) -> Read<SettingsWire> {
    let mut wire = SettingsWire::default();
    let expected = "a settings object";
    read_object(
        value,
        path,
        expected,
        SETTINGS_FIELDS,
        &mut |index, field, at| {
            let word = Some(string(field, &at)?);
            match index {
                0 => wire.units = word,
                _ => wire.week_start = word,
            }
            Ok(())
        },
    )?;
    Ok(wire)
}

fn read_athlete(value: &Value, path: &str) -> Read<AthleteWire> {
    let mut wire = AthleteWire::default();
    let expected = "an athlete object";
    read_object(
        value,
        path,
        expected,
        ATHLETE_FIELDS,
        &mut |index, field, at| {
            if index == 0 {
                wire.level = Some(string(field, &at)?);
                return Ok(());
            }
            *match index {
                1 => &mut wire.age,
                2 => &mut wire.usual_week_km,
                3 => &mut wire.usual_week_minutes,
                4 => &mut wire.longest_recent_run_km,
                5 => &mut wire.longest_recent_run_minutes,
                6 => &mut wire.recent_race_km,
                7 => &mut wire.recent_race_seconds,
                _ => &mut wire.threshold_pace_seconds_per_km,
            } = Some(number(field, &at)?);
            Ok(())
        },
    )?;
    Ok(wire)
}

fn read_week(value: &Value, path: &str) -> Read<WeekWire> {
    let mut wire = WeekWire::default();
    read_object(
        value,
        path,
        "a week object",
        WEEK_FIELDS,
        &mut |_, field, at| {
            wire.days = read_days(field, &at)?;
            Ok(())
        },
    )?;
    Ok(wire)
}

fn read_days(value: &Value, path: &str) -> Read<DaysWire> {
    let mut days: [Vec<SessionWire>; 7] = Default::default();
    let expected = "an object of days, mon to sun";
    read_object(value, path, expected, &DAY_KEYS, &mut |day, field, at| {
        days[day] = read_list(field, &at, "a list of sessions", read_session)?;
        Ok(())
    })?;
    Ok(DaysWire::from_array(days))
}

fn read_session(value: &Value, path: &str) -> Read<SessionWire> {
    let mut wire = SessionWire {
        id: None,
        kind: String::new(),
        minutes: None,
        distance_km: None,
        rpe: None,
        title: None,
        notes: None,
        workout: None,
    };
    let mut kind = None;
    let expected = "a session object";
    read_object(
        value,
        path,
        expected,
        SESSION_FIELDS,
        &mut |index, field, at| {
            match index {
                1 => kind = Some(string(field, &at)?),
                0 | 2..=4 => {
                    *match index {
                        0 => &mut wire.id,
                        2 => &mut wire.minutes,
                        3 => &mut wire.distance_km,
                        _ => &mut wire.rpe,
                    } = Some(number(field, &at)?)
                }
                _ => {
                    *match index {
                        5 => &mut wire.title,
                        6 => &mut wire.notes,
                        _ => &mut wire.workout,
                    } = Some(string(field, &at)?)
                }
            }
            Ok(())
        },
    )?;
    wire.kind =
        kind.ok_or_else(|| PlanError::new(field_path(path, "kind"), PlanErrorKind::MissingKind))?;
    Ok(wire)
}
