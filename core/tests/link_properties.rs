//! Share links: round trips, budgets, every kind of bad link, and fuzzing.
//!
//! Round trip identity: a link carries everything but session ids, so
//! `decode(encode(plan, true)).plan == plan` with ids renumbered 1…n in day order
//! ([`Plan::renumber_sessions`]); without the athlete, the decoded athlete is
//! `Athlete::default()` and everything else is the same.
//!
//! Cases per property: 2,000 by default; `WEEKBOARD_FUZZ_CASES` raises it:
//!
//! ```text
//! WEEKBOARD_FUZZ_CASES=1000000 cargo test -p weekboard-core --release --test link_properties
//! ```

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use common::{
    busy_titled_plan, effective_plan, full_athlete, renumbered, unbalanced_plan, valid_plan,
};
use proptest::prelude::*;
use proptest::test_runner::Config;
use weekboard_core::date::Date;
use weekboard_core::link::{
    decode, encode, fragment, Damage, DecodedLink, LinkError, MAX_PAYLOAD_CHARS,
};
use weekboard_core::model::{Athlete, Kind, Level, RaceResult, Session, SessionId, Week};
use weekboard_core::plan::{Measure, Plan, PlanErrorKind, Settings, Units, WeekStart, BOUNDS};

fn cases() -> u32 {
    std::env::var("WEEKBOARD_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(2_000)
}

fn config() -> Config {
    Config {
        cases: cases(),
        // No regression files written into the source tree.
        failure_persistence: None,
        ..Config::default()
    }
}

/// A payload from raw bytes, for links no encoder would write.
fn raw(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

proptest! {
    #![proptest_config(Config::with_cases(2_000))]

    /// The link codec's own base64url reads and writes as the `base64` crate does,
    /// refusals included.
    #[test]
    fn base64url_agrees_with_the_base64_crate(
        bytes in proptest::collection::vec(any::<u8>(), 0..64),
        text in "[A-Za-z0-9_=+/-]{0,24}",
    ) {
        prop_assert_eq!(weekboard_core::base64url::encode(&bytes), URL_SAFE_NO_PAD.encode(&bytes));
        let ours = weekboard_core::base64url::decode(text.as_bytes());
        let theirs = URL_SAFE_NO_PAD.decode(text.as_bytes());
        prop_assert_eq!(ours.as_ref().ok(), theirs.as_ref().ok(), "{}", text);
    }
}

fn error_of(link: &str) -> LinkError {
    match decode(link) {
        Ok(decoded) => panic!("expected an error from {link:?}, read {decoded:?}"),
        Err(e) => e,
    }
}

/// What decoding must give: an error, or a plan that passes validation.
fn check_outcome(result: Result<DecodedLink, LinkError>) -> Result<(), TestCaseError> {
    if let Ok(decoded) = result {
        prop_assert_eq!(decoded.plan.validate(), Ok(()));
        let ids: Vec<u32> = decoded.plan.weeks[0]
            .sessions()
            .map(|(_, s)| s.id.0)
            .collect();
        let expected: Vec<u32> = (1..=ids.len() as u32).collect();
        prop_assert_eq!(ids, expected);
        if !decoded.has_athlete {
            prop_assert_eq!(decoded.plan.athlete, Athlete::default());
        }
    }
    Ok(())
}

/// Monday: one easy session, header bytes for the rest of the week empty.
const ONE_SESSION: [u8; 6] = [1, 0, 0x01, 0, 0, 0];

fn one_session(session_bytes: &[u8]) -> String {
    raw(&[&ONE_SESSION[..], session_bytes].concat())
}

#[test]
fn link_budgets() {
    let effective = encode(&effective_plan(), false);
    let unbalanced = encode(&unbalanced_plan(), false);
    let busy = encode(&busy_titled_plan(), false);
    let mut with_athlete = effective_plan();
    with_athlete.athlete = full_athlete();
    let effective_athlete = encode(&with_athlete, true);
    eprintln!("Effective week: {} chars ({effective})", effective.len());
    eprintln!("Unbalanced week: {} chars ({unbalanced})", unbalanced.len());
    eprintln!(
        "Effective week with athlete: {} chars",
        effective_athlete.len()
    );
    eprintln!("14 titled sessions: {} chars", busy.len());
    assert!(effective.len() <= 64, "{} chars", effective.len());
    assert!(unbalanced.len() <= 64, "{} chars", unbalanced.len());
    assert!(
        effective_athlete.len() <= 64,
        "{} chars",
        effective_athlete.len()
    );
    // A chat message, URL and all.
    assert!(busy.len() <= 500, "{} chars", busy.len());
}

#[test]
fn seed_weeks_round_trip() {
    for plan in [effective_plan(), unbalanced_plan(), busy_titled_plan()] {
        let decoded = decode(&encode(&plan, false)).expect("decodes");
        assert_eq!(decoded.plan, renumbered(&plan));
        assert!(!decoded.has_athlete);
    }
}

#[test]
fn the_athlete_travels_only_when_shared() {
    let mut plan = effective_plan();
    plan.athlete = full_athlete();
    plan.settings = Settings {
        units: Units::Mi,
        week_start: WeekStart::Sunday,
    };
    let shared = decode(&encode(&plan, true)).expect("decodes");
    assert!(shared.has_athlete);
    assert_eq!(shared.plan, plan);
    let private = decode(&encode(&plan, false)).expect("decodes");
    assert!(!private.has_athlete);
    assert_eq!(private.plan.athlete, Athlete::default());
    assert_eq!(private.plan.settings, plan.settings);
    // Sharing an empty profile still says a profile was shared.
    let empty = decode(&encode(&effective_plan(), true)).expect("decodes");
    assert!(empty.has_athlete);
}

#[test]
fn links_are_found_in_urls() {
    let plan = effective_plan();
    let payload = encode(&plan, false);
    let wrapped = payload
        .as_bytes()
        .chunks(7)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\n  ");
    let forms = [
        payload.clone(),
        format!("plan={payload}"),
        fragment(&plan, false),
        format!("#{payload}"),
        format!("https://example.org/weekboard/?lang=en#plan={payload}"),
        format!("https://example.org/weekboard/#plan={payload}&view=week"),
        format!("  {payload}==\n"),
        format!("#plan={wrapped}"),
    ];
    for form in forms {
        let decoded = decode(&form).unwrap_or_else(|e| panic!("{form:?}: {e}"));
        assert_eq!(decoded.plan, plan, "{form:?}");
    }
}

#[test]
fn a_plan_at_every_bound_fits_in_a_link() {
    let mut plan = Plan {
        athlete: Athlete {
            level: Some(Level::Advanced),
            age: Some(BOUNDS.age_max),
            usual_week_m: Some(BOUNDS.usual_week_m - 1),
            usual_week_minutes: Some(BOUNDS.usual_week_minutes),
            longest_recent_run_m: Some(BOUNDS.longest_run_m),
            longest_recent_run_minutes: Some(BOUNDS.longest_run_minutes),
            recent_race: Some(RaceResult {
                distance_m: BOUNDS.race_m_max,
                seconds: u32::from(BOUNDS.race_pace_max) * (BOUNDS.race_m_max / 1000),
            }),
            threshold_pace_s_per_km: Some(BOUNDS.threshold_pace_max),
        },
        start: Date::from_ymd(2999, 6, 1).map(Date::monday),
        ..Plan::default()
    };
    // Every week different from the one before, so none is written as a copy.
    plan.weeks = vec![Week::default(); BOUNDS.weeks];
    let mut id = 0;
    for (w, week) in plan.weeks.iter_mut().enumerate() {
        for n in 0..BOUNDS.sessions_per_week {
            id += 1;
            let mut session = Session::new(SessionId(id), Kind::Race);
            session.minutes = BOUNDS.session_minutes - (w % 2) as u16;
            session.distance_m = Some(BOUNDS.session_distance_m - 1);
            session.rpe = Some(BOUNDS.rpe_max);
            session.title = Some("🏃".repeat(BOUNDS.title_chars));
            session.notes = Some("🏃".repeat(BOUNDS.notes_chars));
            session.workout = Some("🏃".repeat(BOUNDS.workout_chars));
            week.days[n % 7].push(session);
        }
    }
    assert_eq!(plan.validate(), Ok(()));
    let payload = encode(&plan, true);
    assert!(
        payload.len() <= MAX_PAYLOAD_CHARS,
        "{} > {MAX_PAYLOAD_CHARS}",
        payload.len()
    );
    // Not assert_eq: a failure would print megabytes.
    let decoded = decode(&payload).map(|d| d.plan);
    assert!(
        decoded == Ok(renumbered(&plan)),
        "the largest plan does not round-trip"
    );
}

#[test]
fn bad_links_say_what_is_wrong() {
    let effective = encode(&effective_plan(), false);

    assert_eq!(error_of(""), LinkError::Empty);
    assert_eq!(
        error_of("https://example.org/weekboard/#plan="),
        LinkError::Empty
    );

    // Cut anywhere, the Effective week is cut short.
    for end in 1..effective.len() {
        assert_eq!(
            error_of(&effective[..end]),
            LinkError::Truncated,
            "cut at {end}"
        );
    }
    assert_eq!(
        LinkError::Truncated.to_string(),
        "This link is cut short — it may have been truncated when it was copied."
    );

    assert_eq!(error_of("this is not a link!"), LinkError::NotALink);
    assert_eq!(error_of("AQ€€"), LinkError::NotALink);
    assert_eq!(
        error_of("#plan=AQ+/"),
        LinkError::NotALink,
        "standard base64, not base64url"
    );

    let newer = error_of(&raw(&[3, 0, 0, 0, 0, 0]));
    assert_eq!(newer, LinkError::NewerVersion(3));
    assert_eq!(
        newer.to_string(),
        "This link was made by a newer version of weekboard (format 3)."
    );
    assert_eq!(
        error_of(&raw(&[0, 0, 0, 0, 0, 0])),
        LinkError::Damaged(Damage::NoVersion)
    );

    let huge = "A".repeat(MAX_PAYLOAD_CHARS + 1);
    assert!(matches!(error_of(&huge), LinkError::TooLarge { .. }));
    assert_eq!(
        error_of(&huge).to_string(),
        "This link is too large to be a plan."
    );

    assert_eq!(
        error_of(&raw(&[1, 0x80, 0, 0, 0, 0])),
        LinkError::Damaged(Damage::StrayBits)
    );
    assert_eq!(
        error_of(&raw(&[1, 0, 0, 0, 0, 0x10])),
        LinkError::Damaged(Damage::StrayBits)
    );
    assert_eq!(
        error_of(&one_session(&[0x0d])),
        LinkError::Damaged(Damage::UnknownKind(13))
    );
    assert_eq!(
        error_of(&one_session(&[0x82, 0x00])),
        LinkError::Damaged(Damage::StrayBits)
    );
    assert_eq!(
        error_of(&one_session(&[0x82, 0x01, 0x01, 0xff])),
        LinkError::Damaged(Damage::BadText)
    );
    assert_eq!(
        error_of(&one_session(&[0x82, 0x01, 0x05, b'a'])),
        LinkError::Truncated,
        "a title longer than what is left"
    );
    assert_eq!(
        error_of(&one_session(&[0x12, 0x85, 0x00])),
        LinkError::Damaged(Damage::BadNumber),
        "minutes written longer than needed"
    );
    assert_eq!(
        error_of(&one_session(&[
            0x12, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f
        ])),
        LinkError::Damaged(Damage::BadNumber),
        "a number beyond 64 bits"
    );
    assert_eq!(
        error_of(&raw(&[1, 0b100, 0, 0, 0, 0, 0b111])),
        LinkError::Damaged(Damage::UnknownLevel(3))
    );
    let mut extra = URL_SAFE_NO_PAD.decode(&effective).unwrap();
    extra.push(0);
    assert_eq!(
        error_of(&raw(&extra)),
        LinkError::Damaged(Damage::ExtraBytes)
    );
}

#[test]
fn valid_encodings_of_invalid_plans_are_refused() {
    // Easy run of 900 minutes: 900 = 0x84 0x07 in LEB128.
    let e = error_of(&one_session(&[0x12, 0x84, 0x07]));
    assert!(matches!(
        e,
        LinkError::InvalidPlan(ref p) if p.kind == PlanErrorKind::OutOfBounds {
            value: 900.0,
            measure: Measure::SessionMinutes
        }
    ));
    assert_eq!(
        e.to_string(),
        "This link's plan has a session of 900 minutes, more than the 600 minutes (10 h) a \
         session can last."
    );
    // 70,000 minutes: too big for the model's number type, the same error.
    let e = error_of(&one_session(&[0x12, 0xf0, 0xa2, 0x04]));
    assert!(matches!(
        e,
        LinkError::InvalidPlan(ref p) if p.kind == PlanErrorKind::OutOfBounds {
            value: 70_000.0,
            measure: Measure::SessionMinutes
        }
    ));
    // RPE 11.
    let e = error_of(&one_session(&[0x42, 11]));
    assert_eq!(
        e.to_string(),
        "This link's plan has something this board can't accept (Monday, session 1, rpe: 11 is \
         outside 0–10)."
    );
    // A 400 km run, 400,000 m = 40,000 tens of metres, written as 80,000.
    let e = error_of(&one_session(&[0x22, 0x80, 0xf1, 0x04]));
    assert_eq!(
        e.to_string(),
        "This link's plan has a session of 400 km, more than the 300 km a session can cover."
    );
    // An 81-character title.
    let title = [&[0x82, 0x01, 81][..], &[b't'; 81][..]].concat();
    let e = error_of(&one_session(&title));
    assert!(
        matches!(e, LinkError::InvalidPlan(ref p) if matches!(p.kind, PlanErrorKind::TooLong { chars: 81, .. }))
    );
    // Eleven sessions on Monday, and a count that claims billions.
    let mut eleven = vec![1, 0, 11, 0, 0, 0];
    eleven.extend([0x02; 11]);
    let e = error_of(&raw(&eleven));
    assert!(
        matches!(e, LinkError::InvalidPlan(ref p) if matches!(p.kind, PlanErrorKind::TooManySessions { count: 11, .. }))
    );
    assert_eq!(
        e.to_string(),
        "This link's plan has too many sessions (11): 11 sessions is too many for one day: a \
         day holds at most 10."
    );
    let e = error_of(&raw(&[1, 0, 15, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f]));
    assert!(
        matches!(e, LinkError::InvalidPlan(ref p) if matches!(p.kind, PlanErrorKind::TooManySessions { .. }))
    );
    // An athlete aged 7.
    let e = error_of(&raw(&[1, 0b100, 0, 0, 0, 0, 0b1000, 7]));
    assert_eq!(
        e.to_string(),
        "This link's plan has something this board can't accept (athlete, age: 7 is outside \
         10–100)."
    );
}

/// Bytes that start like a link, so fuzzing reaches past the version and flags.
fn link_like_bytes() -> impl Strategy<Value = Vec<u8>> {
    (0u8..8, proptest::collection::vec(any::<u8>(), 0..200))
        .prop_map(|(flags, rest)| [&[1, flags][..], &rest].concat())
}

/// A valid link with a few bytes changed, cut or added.
fn mutated_link() -> impl Strategy<Value = Vec<u8>> {
    (
        valid_plan(),
        any::<bool>(),
        proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..4),
    )
        .prop_map(|(plan, athlete, edits)| {
            let mut bytes = URL_SAFE_NO_PAD
                .decode(encode(&plan, athlete))
                .unwrap_or_default();
            for (at, byte, how) in edits {
                let i = at.index(bytes.len() + 1);
                match how {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    _ => bytes.truncate(i),
                }
            }
            bytes
        })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn round_trip_with_the_athlete(plan in valid_plan()) {
        let decoded = decode(&encode(&plan, true));
        prop_assert_eq!(decoded, Ok(DecodedLink { plan: renumbered(&plan), has_athlete: true }));
    }

    #[test]
    fn round_trip_without_the_athlete(plan in valid_plan()) {
        let expected = Plan { athlete: Athlete::default(), ..renumbered(&plan) };
        let decoded = decode(&encode(&plan, false));
        prop_assert_eq!(decoded, Ok(DecodedLink { plan: expected, has_athlete: false }));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        check_outcome(decode(&raw(&bytes)))?;
    }

    #[test]
    fn link_like_bytes_never_panic(bytes in link_like_bytes()) {
        check_outcome(decode(&raw(&bytes)))?;
    }

    #[test]
    fn mutated_links_never_panic(bytes in mutated_link()) {
        check_outcome(decode(&raw(&bytes)))?;
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check_outcome(decode(&text))?;
    }

    #[test]
    fn base64ish_strings_never_panic(text in "[A-Za-z0-9_=#-]{0,120}") {
        check_outcome(decode(&text))?;
    }
}
