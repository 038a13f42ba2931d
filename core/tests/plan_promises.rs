//! What `docs/plan-format.md` ("What the reader promises") says the reader does: what
//! it accepts, and that a refusal names the field it is about and says what is wrong
//! there — checked on the documented cases and on plans broken at random. The exact
//! words are not a promise, so these tests read paths and kinds, not sentences.

mod common;

use common::{effective_plan_written_out, valid_plan};
use proptest::prelude::*;
use serde_json::{json, Value};
use weekboard_core::plan::{type_name, Plan, PlanError, PlanErrorKind};

/// A plan with every optional field set, two weeks long.
fn full_plan() -> Plan {
    let mut plan = effective_plan_written_out("Club track", "Warm up 15'", "5 x 1000m");
    let mut second = plan.weeks[0].clone();
    for (n, session) in second.days.iter_mut().flatten().enumerate() {
        session.id.0 = 100 + n as u32;
    }
    plan.weeks.push(second);
    plan
}

fn value_of(plan: &Plan) -> Value {
    serde_json::to_value(plan).expect("a plan is JSON")
}

/// The value a path leads to: `weeks[1].days.mon[0].kind`; `""` is the whole plan.
fn at<'v>(plan: &'v Value, path: &str) -> Option<&'v Value> {
    let mut value = plan;
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let (key, index) = match part.split_once('[') {
            Some((key, index)) => (key, index.strip_suffix(']')?.parse::<usize>().ok()),
            None => (part, None),
        };
        value = value.get(key)?;
        if let Some(index) = index {
            value = value.get(index)?;
        }
    }
    Some(value)
}

/// Checks a refusal of `input` against the promises: a path that leads to the field
/// the refusal is about (or, for something missing, to where it belongs), and a
/// message.
fn names_the_field(input: &Value, e: &PlanError) -> Result<(), String> {
    let fail = |why: &str| Err(format!("{why}: {e:?} for {input}"));
    if e.message().trim().is_empty() {
        return fail("no message");
    }
    let named = matches!(
        e.kind,
        PlanErrorKind::MissingVersion | PlanErrorKind::UnsupportedVersion(_)
    );
    if !e.path.is_empty() && !named && e.to_string() != format!("{}: {}", e.path, e.message()) {
        return fail("not shown as `path: message`");
    }
    let here = at(input, &e.path);
    match &e.kind {
        PlanErrorKind::Syntax { .. } => fail("a value can't have a syntax error"),
        PlanErrorKind::MissingVersion if input.get("version").is_none() => Ok(()),
        PlanErrorKind::UnsupportedVersion(v)
            if input.get("version").map(Value::to_string).as_ref() == Some(v) =>
        {
            Ok(())
        }
        PlanErrorKind::MissingVersion | PlanErrorKind::UnsupportedVersion(_) => {
            fail("not the plan's version")
        }
        PlanErrorKind::WrongType { found, .. } => match here {
            Some(value) if type_name(value) == *found => Ok(()),
            _ => fail("the path does not lead to a value of the type found"),
        },
        PlanErrorKind::UnknownField { field, expected } => match here {
            Some(Value::Object(o))
                if o.contains_key(field) && !expected.contains(&field.as_str()) =>
            {
                Ok(())
            }
            _ => fail("the path does not lead to an object with that field"),
        },
        PlanErrorKind::MissingKind => {
            let session = e.path.strip_suffix(".kind").and_then(|p| at(input, p));
            match session {
                Some(Value::Object(o)) if o.get("kind").is_none_or(Value::is_null) => Ok(()),
                _ => fail("the path does not lead to where a missing kind belongs"),
            }
        }
        // The values: the field the path names is in the plan.
        _ if here.is_some() => Ok(()),
        _ => fail("the path leads nowhere in the plan"),
    }
}

fn refusal(input: Value) -> PlanError {
    match Plan::from_value(input.clone()) {
        Ok(plan) => panic!("expected a refusal of {input}, read {plan:?}"),
        Err(e) => {
            names_the_field(&input, &e).unwrap();
            e
        }
    }
}

#[test]
fn null_is_a_field_left_out_at_every_level() {
    let full = value_of(&full_plan());
    let optional = [
        "start",
        "settings",
        "settings.units",
        "settings.week_start",
        "athlete",
        "athlete.level",
        "athlete.age",
        "athlete.usual_week_km",
        "athlete.threshold_pace_seconds_per_km",
        "weeks",
        "weeks[1].days",
        "weeks[1].days.tue",
        "weeks[0].days.tue[0].id",
        "weeks[0].days.tue[0].minutes",
        "weeks[0].days.tue[0].distance_km",
        "weeks[0].days.tue[0].rpe",
        "weeks[0].days.tue[0].title",
        "weeks[0].days.tue[0].notes",
        "weeks[0].days.tue[0].workout",
    ];
    for path in optional {
        let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
        let mut nulled = full.clone();
        set(&mut nulled, parent, key, Some(Value::Null));
        let mut left_out = full.clone();
        set(&mut left_out, parent, key, None);
        let read = Plan::from_value(nulled);
        assert!(read.is_ok(), "{path}: {read:?}");
        assert_eq!(read, Plan::from_value(left_out), "{path}");
    }
}

/// Sets (or removes, with `None`) field `key` of the object at `parent`.
fn set(plan: &mut Value, parent: &str, key: &str, to: Option<Value>) {
    let pointer = pointer_of(parent);
    let Some(Value::Object(object)) = plan.pointer_mut(&pointer) else {
        panic!("{parent} is an object in {plan}");
    };
    match to {
        Some(value) => object.insert(key.to_string(), value),
        None => object.remove(key),
    };
}

/// `weeks[0].days` → `/weeks/0/days`.
fn pointer_of(path: &str) -> String {
    path.split('.')
        .filter(|p| !p.is_empty())
        .map(|part| match part.split_once('[') {
            Some((key, index)) => format!("/{key}/{}", index.trim_end_matches(']')),
            None => format!("/{part}"),
        })
        .collect()
}

#[test]
fn numbers_in_any_spelling_fields_in_any_order_and_a_byte_order_mark() {
    let plain = r#"{"version": 2, "weeks": [{"days": {"mon": [{"kind": "easy", "minutes": 45, "rpe": 3}]}}]}"#;
    let expected = Plan::from_json(plain).expect("reads");
    for text in [
        r#"{"version": 2, "weeks": [{"days": {"mon": [{"kind": "easy", "minutes": 45.0, "rpe": 3}]}}]}"#,
        r#"{"version": 2, "weeks": [{"days": {"mon": [{"kind": "easy", "minutes": 4.5e1, "rpe": 0.3E1}]}}]}"#,
        r#"{"weeks": [{"days": {"mon": [{"rpe": 3, "minutes": 45, "kind": "easy"}]}}], "version": 2}"#,
        "\u{feff}{\"version\":2,\"weeks\":[{\"days\":{\"mon\":[{\"kind\":\"easy\",\"minutes\":45,\"rpe\":3}]}}]}",
    ] {
        assert_eq!(Plan::from_json(text), Ok(expected.clone()), "{text}");
    }
    // The version is the format's name for itself: an integer, as written.
    let e = Plan::from_json(r#"{"version": 2.0}"#).unwrap_err();
    assert_eq!(e.kind, PlanErrorKind::UnsupportedVersion("2.0".to_string()));
}

#[test]
fn what_the_board_writes_reads_back() {
    let plan = full_plan();
    assert_eq!(Plan::from_json(&plan.to_json()), Ok(plan.clone()));
    assert_eq!(Plan::from_value(value_of(&plan)), Ok(plan));
}

#[test]
fn problems_are_found_in_the_documented_order() {
    // Not JSON before anything else.
    let e = Plan::from_json(r#"{"version": 7, "weeks": 5,}"#).unwrap_err();
    assert!(
        matches!(e.kind, PlanErrorKind::Syntax { line: 1, .. }),
        "{e:?}"
    );
    assert_eq!(e.path, "");
    // The version before the shape: a newer plan may have any shape.
    let e = refusal(json!({"version": 7, "weeks": 5, "owner": "me"}));
    assert_eq!(e.kind, PlanErrorKind::UnsupportedVersion("7".to_string()));
    // The shape before the values, wherever each is.
    let e = refusal(json!({"version": 2, "weeks": [
        {"days": {"mon": [{"kind": "easy", "minutes": 900}]}},
        {"days": {"sun": [{"kind": "easy", "rpe": "8"}]}},
    ]}));
    assert_eq!(e.path, "weeks[1].days.sun[0].rpe");
    let e = refusal(json!({"version": 2, "athlete": {"age": 7},
        "weeks": [{"days": {"mon": [{"kind": "easy", "pace": "5:00"}]}}]}));
    assert!(
        matches!(e.kind, PlanErrorKind::UnknownField { .. }),
        "{e:?}"
    );
}

#[test]
fn each_kind_of_shape_problem_names_its_field() {
    let plan = |session: Value| json!({"version": 2, "weeks": [{"days": {"wed": [session]}}]});
    let cases = [
        (json!([1, 2]), ""),
        (json!({"version": 2, "settings": "km"}), "settings"),
        (
            json!({"version": 2, "athlete": {"age": "34"}}),
            "athlete.age",
        ),
        (json!({"version": 2, "start": 20261207}), "start"),
        (json!({"version": 2, "weeks": {"days": {}}}), "weeks"),
        (
            json!({"version": 2, "weeks": [{"days": []}]}),
            "weeks[0].days",
        ),
        (
            json!({"version": 1, "days": {"tue": {"kind": "easy"}}}),
            "days.tue",
        ),
        (plan(json!("easy")), "weeks[0].days.wed[0]"),
        (plan(json!({"kind": 5})), "weeks[0].days.wed[0].kind"),
        (
            plan(json!({"kind": "easy", "title": 5})),
            "weeks[0].days.wed[0].title",
        ),
        (
            plan(json!({"kind": "easy", "minutes": [45]})),
            "weeks[0].days.wed[0].minutes",
        ),
        (plan(json!({"minutes": 45})), "weeks[0].days.wed[0].kind"),
        (
            plan(json!({"kind": "easy", "pace": "5:00"})),
            "weeks[0].days.wed[0]",
        ),
        (json!({"version": 1, "weeks": []}), ""),
        (json!({"version": 2, "days": {}}), ""),
    ];
    for (input, path) in cases {
        let e = refusal(input.clone());
        assert_eq!(e.path, path, "{input}: {e}");
    }
}

/// A valid plan's value with one to three changes: a value replaced by one of any
/// type, a field the format lacks added, a field removed.
fn broken_plan() -> impl Strategy<Value = Value> {
    let replacement = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1000.0f64..1000.0).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        proptest::sample::select(vec![
            "easy",
            "jogging",
            "km",
            "sunday",
            "2026-12-08",
            "",
            "x"
        ])
        .prop_map(Value::from),
        Just(json!([])),
        Just(json!([{"kind": "easy"}])),
        Just(json!({})),
        Just(json!({"kind": "tempo", "minutes": 50})),
    ];
    let change = (0u8..3, any::<proptest::sample::Index>(), replacement);
    (valid_plan(), proptest::collection::vec(change, 1..4)).prop_map(|(plan, changes)| {
        let mut value = value_of(&plan);
        for (what, index, replacement) in changes {
            let mut pointers = Vec::new();
            pointers_in(&value, String::new(), &mut pointers);
            let pointer = index.get(&pointers).clone();
            let Some(target) = value.pointer_mut(&pointer) else {
                continue;
            };
            match (what, target) {
                (1, Value::Object(object)) => {
                    object.insert("pace".to_string(), replacement);
                }
                (2, Value::Object(object)) => {
                    let key = object.keys().next().cloned();
                    if let Some(key) = key {
                        object.remove(&key);
                    }
                }
                (_, target) => *target = replacement,
            }
        }
        value
    })
}

/// Every JSON pointer in `value`, itself included.
fn pointers_in(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            for (key, item) in object {
                pointers_in(item, format!("{here}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers_in(item, format!("{here}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(here);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever is broken, the reader refuses it naming the field, or reads a plan that
    /// is valid and writes back the same.
    #[test]
    fn a_broken_plan_is_refused_at_its_field_or_read_whole(input in broken_plan()) {
        match Plan::from_value(input.clone()) {
            Ok(plan) => {
                prop_assert_eq!(plan.validate(), Ok(()));
                prop_assert_eq!(Plan::from_json(&plan.to_json()), Ok(plan));
            }
            Err(e) => {
                if let Err(why) = names_the_field(&input, &e) {
                    return Err(TestCaseError::fail(why));
                }
            }
        }
    }

    /// Text with bytes changed is refused (never a panic), and text that is not JSON
    /// at the empty path with a line and a column.
    #[test]
    fn broken_text_is_refused_with_where(
        plan in valid_plan(),
        edits in proptest::collection::vec((any::<proptest::sample::Index>(),
            proptest::sample::select(b"{}[]:,\"\\ \n0123456789.eE+-nul".to_vec())), 1..4),
    ) {
        let mut bytes = plan.to_json().into_bytes();
        for (index, byte) in edits {
            let at = index.index(bytes.len());
            bytes[at] = byte;
        }
        let Ok(text) = String::from_utf8(bytes) else {
            return Ok(());
        };
        match Plan::from_json(&text) {
            Ok(read) => prop_assert_eq!(read.validate(), Ok(())),
            Err(e) => match e.kind {
                PlanErrorKind::Syntax { line, .. } => {
                    prop_assert_eq!(e.path.as_str(), "");
                    prop_assert!(line >= 1 && line <= text.split('\n').count());
                }
                _ => {
                    let input: Value = serde_json::from_str(&text).expect("it parsed");
                    if let Err(why) = names_the_field(&input, &e) {
                        return Err(TestCaseError::fail(why));
                    }
                }
            },
        }
    }
}
