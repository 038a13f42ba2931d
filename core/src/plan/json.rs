//! The plan format read from a [`Value`] and written as text, by hand.
//!
//! Reading gives the same paths and messages serde's derived readers gave (serde's
//! and serde_json's words, serde_path_to_error's paths), in the same order: fields in
//! the order the [`Map`] holds them, an object written as an array read by position.
//! Writing gives what `serde_json::to_string_pretty` gave for [`PlanWire`].
//! Doing both by hand keeps the generic serde machinery out of the wasm.

use super::error::{PlanError, PlanErrorKind};
use super::format::{
    level_name, ATHLETE_FIELDS, DAY_KEYS, FORMAT_VERSION, FORMAT_VERSION_1, PLAN_FIELDS,
    PLAN_FIELDS_V1, SESSION_FIELDS, SETTINGS_FIELDS, WEEK_FIELDS,
};
use super::wire::{
    is_version_1, AthleteWire, DaysWire, PlanWire, SessionWire, SettingsWire, WeekWire,
};
use super::Plan;
use serde_json::{Number, Value};
use std::fmt::Write as _;

type Read<T> = Result<T, PlanError>;

fn shape(path: &str, message: String) -> PlanError {
    PlanError::new(path, PlanErrorKind::Shape(message))
}

/// What serde_json calls a value in "invalid type: …" messages.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) if n.is_f64() => {
            let mut s = "floating point `".to_string();
            write_number(&mut s, n);
            s + "`"
        }
        Value::Number(n) => {
            let mut s = "integer `".to_string();
            write_number(&mut s, n);
            s + "`"
        }
        Value::String(s) => format!("string {s:?}"),
        Value::Array(_) => "sequence".to_string(),
        Value::Object(_) => "map".to_string(),
    }
}

fn invalid_type(path: &str, value: &Value, expected: &str) -> PlanError {
    shape(
        path,
        format!("invalid type: {}, expected {expected}", unexpected(value)),
    )
}

/// `a.b`, `a[0]`: serde_path_to_error's way of joining paths.
fn field_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Reads a struct's fields: an object by name, or an array by position (as serde
/// reads structs). `each` gets the field's index in `names`, its value and its path.
/// `required` is the index of the one field that must be there, if any.
fn read_struct<'v>(
    value: &'v Value,
    path: &str,
    expecting: &str,
    names: &[&str],
    required: Option<usize>,
    // `dyn`: one copy of this function for all four structs.
    each: &mut dyn FnMut(usize, &'v Value, String) -> Read<()>,
) -> Read<()> {
    match value {
        Value::Object(map) => {
            let mut seen_required = false;
            for (key, field) in map {
                let at = field_path(path, key);
                let Some(index) = names.iter().position(|n| n == key) else {
                    let list: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                    return Err(shape(
                        &at,
                        format!("unknown field `{key}`, expected one of {}", list.join(", ")),
                    ));
                };
                seen_required |= Some(index) == required;
                each(index, field, at)?;
            }
            match required {
                Some(index) if !seen_required => {
                    Err(shape(path, format!("missing field `{}`", names[index])))
                }
                _ => Ok(()),
            }
        }
        Value::Array(items) => {
            for (index, _) in names.iter().enumerate() {
                match items.get(index) {
                    Some(item) => each(index, item, format!("{path}[{index}]"))?,
                    None if Some(index) == required => {
                        return Err(shape(
                            path,
                            format!("invalid length {index}, expected {expecting}"),
                        ))
                    }
                    None => {}
                }
            }
            if items.len() > names.len() {
                return Err(shape(
                    path,
                    format!(
                        "invalid length {}, expected fewer elements in array",
                        items.len()
                    ),
                ));
            }
            Ok(())
        }
        _ => Err(invalid_type(path, value, expecting)),
    }
}

fn string(value: &Value, path: &str) -> Read<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(invalid_type(path, value, "a string")),
    }
}

fn optional_string(value: &Value, path: &str) -> Read<Option<String>> {
    match value {
        Value::Null => Ok(None),
        _ => string(value, path).map(Some),
    }
}

/// Any number: bounds and wholeness are checked later, with the field's words.
fn optional_number(value: &Value, path: &str) -> Read<Option<f64>> {
    match value {
        Value::Null => Ok(None),
        Value::Number(n) => Ok(n.as_f64()),
        _ => Err(invalid_type(path, value, "a number")),
    }
}

fn read_settings(value: &Value, path: &str) -> Read<SettingsWire> {
    let mut wire = SettingsWire::default();
    read_struct(
        value,
        path,
        "a settings object",
        SETTINGS_FIELDS,
        None,
        &mut |index, field, at| {
            let word = optional_string(field, &at)?;
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
    read_struct(
        value,
        path,
        "an athlete object",
        ATHLETE_FIELDS,
        None,
        &mut |index, field, at| {
            if index == 0 {
                wire.level = optional_string(field, &at)?;
                return Ok(());
            }
            let number = optional_number(field, &at)?;
            *match index {
                1 => &mut wire.age,
                2 => &mut wire.usual_week_km,
                3 => &mut wire.usual_week_minutes,
                4 => &mut wire.longest_recent_run_km,
                5 => &mut wire.longest_recent_run_minutes,
                6 => &mut wire.recent_race_km,
                7 => &mut wire.recent_race_seconds,
                _ => &mut wire.threshold_pace_seconds_per_km,
            } = number;
            Ok(())
        },
    )?;
    Ok(wire)
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
    read_struct(
        value,
        path,
        "a session object",
        SESSION_FIELDS,
        Some(1),
        &mut |index, field, at| {
            match index {
                1 => wire.kind = string(field, &at)?,
                0 | 2..=4 => {
                    *match index {
                        0 => &mut wire.id,
                        2 => &mut wire.minutes,
                        3 => &mut wire.distance_km,
                        _ => &mut wire.rpe,
                    } = optional_number(field, &at)?
                }
                _ => {
                    *match index {
                        5 => &mut wire.title,
                        6 => &mut wire.notes,
                        _ => &mut wire.workout,
                    } = optional_string(field, &at)?
                }
            }
            Ok(())
        },
    )?;
    Ok(wire)
}

fn read_sessions(value: &Value, path: &str) -> Read<Vec<SessionWire>> {
    match value {
        Value::Array(items) => {
            let mut sessions = Vec::with_capacity(items.len());
            for (index, item) in items.iter().enumerate() {
                sessions.push(read_session(item, &format!("{path}[{index}]"))?);
            }
            Ok(sessions)
        }
        _ => Err(invalid_type(path, value, "a sequence")),
    }
}

fn read_days(value: &Value, path: &str) -> Read<DaysWire> {
    let mut days: [Vec<SessionWire>; 7] = Default::default();
    read_struct(
        value,
        path,
        "an object of days, mon to sun",
        &DAY_KEYS,
        None,
        &mut |index, field, at| {
            days[index] = read_sessions(field, &at)?;
            Ok(())
        },
    )?;
    Ok(DaysWire::from_array(days))
}

fn read_week(value: &Value, path: &str) -> Read<WeekWire> {
    let mut wire = WeekWire::default();
    read_struct(
        value,
        path,
        "a week object",
        WEEK_FIELDS,
        None,
        &mut |_, field, at| {
            wire.days = read_days(field, &at)?;
            Ok(())
        },
    )?;
    Ok(wire)
}

fn read_weeks(value: &Value, path: &str) -> Read<Option<Vec<WeekWire>>> {
    match value {
        Value::Null => Ok(None),
        Value::Array(items) => {
            let mut weeks = Vec::with_capacity(items.len());
            for (index, item) in items.iter().enumerate() {
                weeks.push(read_week(item, &format!("{path}[{index}]"))?);
            }
            Ok(Some(weeks))
        }
        _ => Err(invalid_type(path, value, "a sequence")),
    }
}

/// Reads a plan object whose version and field names have been checked.
pub(super) fn read_plan(plan: &serde_json::Map<String, Value>) -> Read<PlanWire> {
    let v1 = is_version_1(plan.get("version"));
    let mut wire = PlanWire {
        version: if v1 { FORMAT_VERSION_1 } else { FORMAT_VERSION },
        start: None,
        settings: SettingsWire::default(),
        athlete: AthleteWire::default(),
        weeks: None,
        days: None,
    };
    let fields = if v1 { PLAN_FIELDS_V1 } else { PLAN_FIELDS };
    for (key, value) in plan {
        match fields.iter().position(|f| f == key).map(|i| fields[i]) {
            Some("start") => wire.start = optional_string(value, key)?,
            Some("settings") => wire.settings = read_settings(value, key)?,
            Some("athlete") => wire.athlete = read_athlete(value, key)?,
            Some("weeks") => wire.weeks = read_weeks(value, key)?,
            Some("days") if !value.is_null() => wire.days = Some(read_days(value, key)?),
            _ => {}
        }
    }
    Ok(wire)
}

/// A number as serde_json writes it: integers as they are, floats in the shortest
/// form that reads back, always with a `.` or an exponent (`2.0`, `0.00001`, `1e-6`,
/// `1.5e+16`).
fn write_number(out: &mut String, n: &Number) {
    // Not through `Number`'s `Display`, which would bring serde_json's float writer.
    if let Some(u) = n.as_u64() {
        let _ = write!(out, "{u}");
        return;
    }
    if let Some(i) = n.as_i64() {
        let _ = write!(out, "{i}");
        return;
    }
    let f = n.as_f64().unwrap_or_default();
    // `{}` gives the shortest digits that read back, without an exponent (`0.000125`,
    // `1000`); the exponent is the place of the first significant digit.
    let plain = format!("{}", f.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
    let all = format!("{whole}{fraction}");
    let significant = all.trim_start_matches('0');
    let exp = whole.len() as i32 - 1 - (all.len() - significant.len()) as i32;
    let mut digits = significant.trim_end_matches('0').to_string();
    if digits.is_empty() {
        digits.push('0');
    }
    // When two shortest forms are equally near, serde_json takes the even one and
    // `{}` either. (Neither ends in 0: a shorter form would then read back.)
    let last = digits.as_bytes().last().copied().unwrap_or(b'0');
    if last % 2 == 1 {
        let upper: u128 = digits.parse().unwrap_or(0);
        for (step, halfway) in [(-1, 10 * upper - 5), (1, 10 * upper + 5)] {
            if is_exactly(f.abs(), halfway, exp - digits.len() as i32) {
                digits.pop();
                digits.push(char::from(last.wrapping_add_signed(step)));
                break;
            }
        }
    }
    if f.is_sign_negative() {
        out.push('-');
    }
    if (-5..=15).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        if point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-point) as usize));
            out.push_str(&digits);
        } else if point as usize >= digits.len() {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
            out.push_str(".0");
        } else {
            let (whole, fraction) = digits.split_at(point as usize);
            let _ = write!(out, "{whole}.{fraction}");
        }
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            let _ = write!(out, ".{rest}");
        }
        let _ = write!(out, "e{}{exp}", if exp >= 0 { "+" } else { "" });
    }
}

/// Whether `f` (positive) is exactly `n`×10^`q`.
fn is_exactly(f: f64, n: u128, q: i32) -> bool {
    // f = mantissa × 2^binary, exactly.
    let bits = f.to_bits();
    let (mantissa, binary) = match (bits >> 52) as i32 {
        0 => (u128::from(bits), -1074),
        e => (u128::from(bits & ((1 << 52) - 1) | 1 << 52), e - 1075),
    };
    // mantissa × 2^binary = n × 5^q × 2^q: move the power of five to one side…
    let five = 5u128.checked_pow(q.unsigned_abs());
    let (left, right) = if q < 0 {
        (five.and_then(|p| mantissa.checked_mul(p)), Some(n))
    } else {
        (Some(mantissa), five.and_then(|p| n.checked_mul(p)))
    };
    let (Some(left), Some(right)) = (left, right) else {
        return false;
    };
    // …then compare left × 2^(binary − q) with right.
    let shifted = |x: u128, by: i32| {
        let y = x.checked_shl(by as u32)?;
        (y >> by == x).then_some(y)
    };
    match binary - q {
        0 => left == right,
        s @ 1..=127 => shifted(left, s) == Some(right),
        s @ -127..=-1 => shifted(right, -s) == Some(left),
        _ => false,
    }
}

/// A string as serde_json writes it: quoted, with `"`, `\` and control characters
/// escaped.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A value in compact JSON, as serde_json's `Display` writes it.
pub(super) fn compact(value: &Value) -> String {
    fn write(out: &mut String, value: &Value) {
        match value {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Number(n) => write_number(out, n),
            Value::String(s) => write_string(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write(out, item);
                }
                out.push(']');
            }
            Value::Object(map) => {
                out.push('{');
                for (i, (key, item)) in map.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    write(out, item);
                }
                out.push('}');
            }
        }
    }
    let mut out = String::new();
    write(&mut out, value);
    out
}

/// Pretty JSON, two spaces a level, as `serde_json::to_string_pretty` writes it.
struct Pretty {
    out: String,
    depth: usize,
    /// Whether the open object or array has an entry yet.
    first: bool,
}

impl Pretty {
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.first = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.first {
            self.newline();
        }
        self.out.push(bracket);
        self.first = false;
    }

    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }

    /// Starts an entry of an array, or of an object with its key.
    fn entry(&mut self, key: Option<&str>) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        self.newline();
        if let Some(key) = key {
            write_string(&mut self.out, key);
            self.out.push_str(": ");
        }
    }

    fn string(&mut self, key: &str, value: &str) {
        self.entry(Some(key));
        write_string(&mut self.out, value);
    }

    fn int(&mut self, key: &str, value: u32) {
        self.entry(Some(key));
        let _ = write!(self.out, "{value}");
    }

    /// Metres as kilometres: `10`, `10.5`, `0.001` (what an f64 of `m / 1000` writes).
    fn km(&mut self, key: &str, metres: u32) {
        self.int(key, metres / 1000);
        let fraction = metres % 1000;
        if fraction != 0 {
            let digits = format!("{fraction:03}");
            self.out.push('.');
            self.out.push_str(digits.trim_end_matches('0'));
        }
    }
}

/// The plan as pretty JSON.
pub(super) fn write_plan(plan: &Plan) -> String {
    let mut w = Pretty {
        out: String::new(),
        depth: 0,
        first: true,
    };
    w.open('{');
    w.int("version", FORMAT_VERSION);
    if let Some(start) = plan.start {
        w.string("start", &start.to_string());
    }
    w.entry(Some("settings"));
    w.open('{');
    w.string("units", plan.settings.units.json_name());
    w.string("week_start", plan.settings.week_start.json_name());
    w.close('}');

    let athlete = &plan.athlete;
    w.entry(Some("athlete"));
    w.open('{');
    if let Some(level) = athlete.level {
        w.string("level", level_name(level));
    }
    let numbers = [
        ("age", athlete.age.map(u32::from), false),
        ("usual_week_km", athlete.usual_week_m, true),
        (
            "usual_week_minutes",
            athlete.usual_week_minutes.map(u32::from),
            false,
        ),
        ("longest_recent_run_km", athlete.longest_recent_run_m, true),
        (
            "longest_recent_run_minutes",
            athlete.longest_recent_run_minutes.map(u32::from),
            false,
        ),
        (
            "recent_race_km",
            athlete.recent_race.map(|r| r.distance_m),
            true,
        ),
        (
            "recent_race_seconds",
            athlete.recent_race.map(|r| r.seconds),
            false,
        ),
        (
            "threshold_pace_seconds_per_km",
            athlete.threshold_pace_s_per_km.map(u32::from),
            false,
        ),
    ];
    for (key, value, metres) in numbers {
        match value {
            Some(m) if metres => w.km(key, m),
            Some(v) => w.int(key, v),
            None => {}
        }
    }
    w.close('}');

    w.entry(Some("weeks"));
    w.open('[');
    for week in &plan.weeks {
        w.entry(None);
        w.open('{');
        write_days(&mut w, week);
        w.close('}');
    }
    w.close(']');
    w.close('}');
    w.out
}

fn write_days(w: &mut Pretty, week: &crate::model::Week) {
    w.entry(Some("days"));
    w.open('{');
    for (key, sessions) in DAY_KEYS.iter().zip(&week.days) {
        w.entry(Some(key));
        w.open('[');
        for session in sessions {
            w.entry(None);
            w.open('{');
            w.int("id", session.id.0);
            w.string("kind", session.kind.json_name());
            w.int("minutes", session.minutes.into());
            if let Some(m) = session.distance_m {
                w.km("distance_km", m);
            }
            if let Some(rpe) = session.rpe {
                w.int("rpe", rpe.into());
            }
            let texts = [
                ("title", &session.title),
                ("notes", &session.notes),
                ("workout", &session.workout),
            ];
            for (key, text) in texts {
                if let Some(text) = text {
                    w.string(key, text);
                }
            }
            w.close('}');
        }
        w.close(']');
    }
    w.close('}');
}

#[cfg(test)]
mod tests {
    use super::super::wire::{check_fields, check_version};
    use super::*;
    use proptest::prelude::*;
    use serde_json::{json, Map};

    /// The reader this module replaces: serde's derive, with serde_path_to_error's paths.
    fn serde_reader(value: Value) -> Result<Plan, PlanError> {
        let Value::Object(object) = &value else {
            return Plan::from_value(value);
        };
        check_version(object.get("version"))?;
        check_fields(object)?;
        let wire: PlanWire = serde_path_to_error::deserialize(value).map_err(|e| {
            let path = e.path().to_string();
            let path = if path == "." { String::new() } else { path };
            PlanError::new(path, PlanErrorKind::Shape(e.into_inner().to_string()))
        })?;
        Plan::from_wire(wire)
    }

    fn leaf() -> BoxedStrategy<Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            (0u64..20).prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            (-1000.0f64..1000.0).prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            proptest::sample::select(vec![
                "easy", "long_run", "jogging", "km", "mi", "monday", "sunday", "beginner", "elite",
                "45", "", "é\"\n",
            ])
            .prop_map(Value::from),
            Just(json!([])),
            Just(json!({})),
            Just(json!([1, "x"])),
        ]
        .boxed()
    }

    /// A struct the way a plan might (mis)spell it: an object of mostly known fields,
    /// an array read by position, or anything else.
    fn record(names: &'static [&'static str], field: BoxedStrategy<Value>) -> BoxedStrategy<Value> {
        let key = prop_oneof![
            8 => proptest::sample::select(names.to_vec()).prop_map(str::to_string),
            1 => Just("pace".to_string()),
        ];
        prop_oneof![
            6 => proptest::collection::vec((key, field.clone()), 0..6)
                .prop_map(|fields| Value::Object(fields.into_iter().collect::<Map<_, _>>())),
            2 => proptest::collection::vec(field, 0..10).prop_map(Value::Array),
            1 => leaf(),
        ]
        .boxed()
    }

    fn session_field() -> BoxedStrategy<Value> {
        prop_oneof![
            3 => leaf(),
            1 => (0u32..700).prop_map(Value::from),
            1 => proptest::sample::select(vec!["easy", "tempo", "race"]).prop_map(Value::from),
        ]
        .boxed()
    }

    fn days() -> impl Strategy<Value = Value> {
        let sessions = prop_oneof![
            6 => proptest::collection::vec(record(SESSION_FIELDS, session_field()), 0..4)
                .prop_map(Value::Array),
            1 => leaf(),
        ];
        record(&DAY_KEYS, sessions.boxed())
    }

    fn start() -> BoxedStrategy<Value> {
        prop_oneof![
            3 => proptest::sample::select(vec!["2026-12-07", "2026-12-08", "1899-12-25", "x"])
                .prop_map(Value::from),
            1 => leaf(),
        ]
        .boxed()
    }

    fn weeks() -> impl Strategy<Value = Value> {
        prop_oneof![
            6 => proptest::collection::vec(record(WEEK_FIELDS, days().boxed()), 0..4)
                .prop_map(Value::Array),
            1 => leaf(),
        ]
    }

    fn plan() -> impl Strategy<Value = Value> {
        (
            prop_oneof![4 => Just(json!(1)), 4 => Just(json!(2)), 1 => leaf()],
            proptest::option::of(record(SETTINGS_FIELDS, leaf())),
            proptest::option::of(record(
                ATHLETE_FIELDS,
                prop_oneof![leaf(), (0u32..200).prop_map(Value::from)].boxed(),
            )),
            proptest::option::of(days()),
            proptest::option::of(weeks()),
            proptest::option::of(start()),
            proptest::option::weighted(0.05, leaf()),
        )
            .prop_map(|(version, settings, athlete, days, weeks, start, extra)| {
                let mut plan = Map::new();
                let v1 = version == json!(1);
                plan.insert("version".to_string(), version);
                // Mostly each version's own shape; sometimes the other's fields.
                let (days, weeks, start) = match (v1, extra.is_some()) {
                    (_, true) => (days, weeks, start),
                    (true, false) => (days, None, None),
                    (false, false) => (None, weeks, start),
                };
                let fields = [
                    ("start", start),
                    ("settings", settings),
                    ("athlete", athlete),
                    ("days", days),
                    ("weeks", weeks),
                    ("owner", extra),
                ];
                for (key, value) in fields {
                    if let Some(value) = value {
                        plan.insert(key.to_string(), value);
                    }
                }
                Value::Object(plan)
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]

        #[test]
        fn reads_like_the_serde_derive(value in plan()) {
            let ours = Plan::from_value(value.clone());
            prop_assert_eq!(&ours, &serde_reader(value));
            if let Ok(plan) = ours {
                let expected = serde_json::to_string_pretty(&plan.to_wire()).unwrap();
                prop_assert_eq!(plan.to_json(), expected);
            }
        }
    }

    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let mut bits: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            2.5,
            0.1,
            1e-5,
            1.5e-5,
            1e-6,
            1e15,
            1.5e15,
            1e16,
            123.456e20,
            5e-324,
            1e300,
            -3.25e21,
            9.5e15,
            0.3,
            // Exactly halfway between two shortest forms.
            6_632_827_120_354_249.0 / 4.0,
            -1_864_927_124_118_369.0 / 8.0,
        ];
        for _ in 0..200_000 {
            // xorshift: floats of every magnitude, and small "typed" ones.
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            let f = f64::from_bits(bits);
            if f.is_finite() {
                values.push(f);
            }
            values.push((bits % 2_000_000) as f64 / 1000.0 - 1000.0);
            // Large numbers with a few binary fraction digits, where ties happen.
            values.push((bits >> 9) as f64 / f64::from(1 << (bits % 8)));
        }
        for f in values {
            let Some(n) = Number::from_f64(f) else {
                continue;
            };
            let mut ours = String::new();
            write_number(&mut ours, &n);
            assert_eq!(ours, serde_json::to_string(&f).unwrap(), "{f:e}");
        }
    }

    #[test]
    fn compact_is_serde_json_display() {
        let value: Value = serde_json::from_str(
            r#"{"b": [1, -2, 3.5, 1e30, null, true, false, {}, []], "a": "q\"\\\n\u0001\u007f é",
               "c": {"x": 18446744073709551615}}"#,
        )
        .unwrap();
        assert_eq!(compact(&value), value.to_string());
    }
}
