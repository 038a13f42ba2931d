//! Share links: the whole plan in the URL fragment (`#plan=…`), in a compact, versioned
//! binary form, base64url-encoded without padding.
//!
//! Format 2, in order (numbers are unsigned LEB128 varints unless said otherwise):
//! - **version**: one byte, `2`.
//! - **flags**: one byte. Bit 0: miles; bit 1: the week starts on Sunday; bit 2: the
//!   athlete follows; bit 3: the plan is dated; bit 4: more than one week. Other bits 0.
//! - **start** (when dated): the Monday, as weeks since Monday 1900-01-01.
//! - **weeks** (when more than one): the number of weeks less one.
//! - **athlete** (when flagged): a presence byte — bit 0 level given, bits 1–2 the level
//!   (0 beginner, 1 intermediate, 2 advanced), bits 3–7 age, usual week distance, usual
//!   week minutes, longest run distance, longest run minutes — then each present value:
//!   age as one byte, distances and minutes as varints; then a paces byte — bit 0 a
//!   recent race, bit 1 a threshold pace — and the race's distance and seconds, then the
//!   pace's seconds per km, each when present.
//! - **each week**. The first: its **session counts**, one nibble a day, Monday first,
//!   low nibble first (4 bytes, the last high nibble 0; a nibble of 15 means "15 or
//!   more" and the extra count follows as a varint after the four bytes, in day order),
//!   then its sessions in day order. Every later week starts with a **same-days** byte:
//!   bit `d` set when day `d` holds exactly what it held the week before (bit 7 is 0);
//!   then counts and sessions as above, for the other days only (their nibbles packed
//!   in order, two to a byte).
//! - **a session**: a head byte — kind code in the low 4 bits, then bit 4 minutes given
//!   (else the kind's default), bit 5 distance, bit 6 RPE, bit 7 text — then, if text, a
//!   byte with bit 0 title, bit 1 notes, bit 2 workout; then minutes, distance, RPE (one
//!   byte), title, notes, workout, each when present. Texts are a varint byte length
//!   and UTF-8. In a later week, the head byte 15 alone means "the session at this
//!   place of the same day the week before".
//!
//! Duplicating a week, and editing a copy, costs a few bytes: a 12-week block of
//! default sessions built that way fits in well under 400 characters.
//!
//! Format 1 (one undated week: version, flags bits 0–2, counts, athlete without the
//! paces byte, sessions) is still read: links shared before plans had dates open.
//!
//! Distances: a varint `v`; even `v` is `v / 2` tens of metres, odd `v` is `v / 2`
//! metres. Round distances stay short and every distance is exact.
//!
//! Session ids don't travel: a decoded plan numbers its sessions 1…n in week and day
//! order ([`Plan::renumber_sessions`]). Everything else survives a round trip exactly.

use crate::base64url::{self, Invalid};
use crate::date::Date;
use crate::model::{Athlete, Kind, Level, RaceResult, Session, SessionId, Week};
use crate::plan::{
    check_counts, check_weeks, out_of_bounds, session_path, Measure, Plan, PlanError,
    PlanErrorKind, Settings, Units, WeekPath, WeekStart, BOUNDS,
};
use std::fmt;

/// The link format this board writes. It reads this one and format 1.
pub const LINK_VERSION: u8 = 2;

/// The first link format: one undated week.
const LINK_VERSION_1: u8 = 1;

/// What precedes the payload in a share URL's fragment.
pub const FRAGMENT_PREFIX: &str = "#plan=";

/// The longest payload (in base64 characters) any valid plan encodes to; longer links
/// are turned away before decoding. Derived from [`BOUNDS`], so every valid plan fits.
pub const MAX_PAYLOAD_CHARS: usize = max_plan_bytes().div_ceil(3) * 4;

/// The most bytes a varint of a `u64` takes.
const VARINT_MAX: usize = 10;

/// Bytes of the largest valid plan, counting every number at its widest and every
/// character at four bytes.
const fn max_plan_bytes() -> usize {
    let b = BOUNDS;
    let texts = 3 * VARINT_MAX + 4 * (b.title_chars + b.notes_chars + b.workout_chars);
    let session = 2 + 2 * VARINT_MAX + 1 + texts;
    let athlete = 3 + 7 * VARINT_MAX;
    let week = 1 + 4 + 7 * VARINT_MAX + b.sessions_per_week * session;
    2 + 2 * VARINT_MAX + athlete + b.weeks * week
}

// Header flags.
const MILES: u8 = 1;
const SUNDAY_FIRST: u8 = 1 << 1;
const HAS_ATHLETE: u8 = 1 << 2;
const DATED: u8 = 1 << 3;
const MANY_WEEKS: u8 = 1 << 4;

/// Monday 1900-01-01: dates travel as weeks since.
fn epoch() -> Date {
    Date::from_ymd(1900, 1, 1).expect("1900-01-01 is a date")
}

/// The head byte of a session copied from the week before.
const SAME_SESSION: u8 = 0x0f;

// Paces bits.
const HAS_RACE: u8 = 1;
const HAS_THRESHOLD: u8 = 1 << 1;

// Session head flags (the low nibble is the kind).
const HAS_MINUTES: u8 = 1 << 4;
const HAS_DISTANCE: u8 = 1 << 5;
const HAS_RPE: u8 = 1 << 6;
const HAS_TEXT: u8 = 1 << 7;

// Text flags.
const HAS_TITLE: u8 = 1;
const HAS_NOTES: u8 = 1 << 1;
const HAS_WORKOUT: u8 = 1 << 2;

// Athlete presence bits (bits 1–2 hold the level).
const HAS_LEVEL: u8 = 1;
const HAS_AGE: u8 = 1 << 3;
const HAS_USUAL_M: u8 = 1 << 4;
const HAS_USUAL_MINUTES: u8 = 1 << 5;
const HAS_LONGEST_M: u8 = 1 << 6;
const HAS_LONGEST_MINUTES: u8 = 1 << 7;

/// A day count nibble that says "more follows".
const COUNT_ESCAPE: usize = 15;

/// Kind codes of format 1. Fixed forever: reordering `Kind` must not change links.
fn kind_code(kind: Kind) -> u8 {
    match kind {
        Kind::Rest => 0,
        Kind::Recovery => 1,
        Kind::Easy => 2,
        Kind::LongRun => 3,
        Kind::Steady => 4,
        Kind::Tempo => 5,
        Kind::Intervals => 6,
        Kind::Repetitions => 7,
        Kind::Hills => 8,
        Kind::SpeedEndurance => 9,
        Kind::Race => 10,
        Kind::CrossTraining => 11,
        Kind::Strength => 12,
    }
}

fn kind_of_code(code: u8) -> Option<Kind> {
    Kind::ALL.into_iter().find(|k| kind_code(*k) == code)
}

fn level_code(level: Level) -> u8 {
    match level {
        Level::Beginner => 0,
        Level::Intermediate => 1,
        Level::Advanced => 2,
    }
}

fn level_of_code(code: u8) -> Option<Level> {
    Level::ALL.into_iter().find(|l| level_code(*l) == code)
}

/// What a decoded link holds.
#[derive(Clone, Debug, PartialEq)]
pub struct DecodedLink {
    /// The plan, valid, its sessions numbered 1…n. Without an athlete in the link,
    /// the athlete is [`Athlete::default`].
    pub plan: Plan,
    /// Whether the sharer included their athlete profile.
    pub has_athlete: bool,
}

/// Why a link could not be opened. Messages are for the runner who clicked it.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// No payload at all.
    Empty,
    /// Characters that base64url never uses.
    NotALink,
    /// Text after `plan=` that no weekboard ever wrote (it doesn't start as a link does).
    NotAPlan,
    /// The link ends too early.
    Truncated,
    /// Made by a newer weekboard, in this link format.
    NewerVersion(u8),
    /// Longer than any valid plan could be.
    TooLarge { chars: usize },
    /// Well-formed base64 whose bytes are not a plan.
    Damaged(Damage),
    /// A well-formed link whose plan breaks the bounds.
    InvalidPlan(PlanError),
}

/// How a link's bytes are not a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// Version byte 0, which no weekboard writes.
    NoVersion,
    /// A kind code this format doesn't have.
    UnknownKind(u8),
    /// A level code this format doesn't have.
    UnknownLevel(u8),
    /// Flag bits the format leaves at 0.
    StrayBits,
    /// A number written too long or too large.
    BadNumber,
    /// Text that is not UTF-8.
    BadText,
    /// Bytes left after the plan.
    ExtraBytes,
    /// A week copies a session or day the week before doesn't have.
    BadCopy,
    /// A start date outside the calendar.
    BadDate,
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Damage::NoVersion => "it has no format version",
            Damage::UnknownKind(_) => "it names a kind of session this board doesn't know",
            Damage::UnknownLevel(_) => "it names a runner level this board doesn't know",
            Damage::StrayBits => "it has settings this board doesn't know",
            Damage::BadNumber => "a number in it is garbled",
            Damage::BadText => "some text in it is garbled",
            Damage::ExtraBytes => "it has extra data at the end",
            Damage::BadCopy => "a week in it repeats one that isn't there",
            Damage::BadDate => "its start date is not a real date",
        })
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => f.write_str("This link has no plan in it."),
            LinkError::NotALink => f.write_str(
                "This link has characters a weekboard link never contains — \
                 check that it was copied whole and unchanged.",
            ),
            LinkError::NotAPlan => f.write_str(
                "This link's plan= part is not a weekboard plan — check that it was copied \
                 whole and unchanged.",
            ),
            LinkError::Truncated => f.write_str(
                "This link is cut short — it may have been truncated when it was copied.",
            ),
            LinkError::NewerVersion(v) => write!(
                f,
                "This link was made by a newer version of weekboard (format {v})."
            ),
            LinkError::TooLarge { .. } => f.write_str("This link is too large to be a plan."),
            LinkError::Damaged(damage) => {
                write!(f, "This link is damaged: {damage}. Ask for the link again.")
            }
            LinkError::InvalidPlan(error) => describe_invalid_plan(f, error),
        }
    }
}

fn describe_invalid_plan(f: &mut fmt::Formatter<'_>, error: &PlanError) -> fmt::Result {
    match &error.kind {
        PlanErrorKind::OutOfBounds {
            value,
            measure: Measure::SessionMinutes,
        } => write!(
            f,
            "This link's plan has a session of {value} minutes, more than the {} minutes \
             ({} h) a session can last.",
            BOUNDS.session_minutes,
            f64::from(BOUNDS.session_minutes) / 60.0
        ),
        PlanErrorKind::OutOfBounds {
            value,
            measure: Measure::SessionKm,
        } => write!(
            f,
            "This link's plan has a session of {value} km, more than the {} km a session \
             can cover.",
            f64::from(BOUNDS.session_distance_m) / 1000.0
        ),
        PlanErrorKind::TooManySessions { count, .. } => write!(
            f,
            "This link's plan has too many sessions ({count}): {}.",
            error.message()
        ),
        _ => write!(
            f,
            "This link's plan has something this board can't accept ({}: {}).",
            error.place(),
            error.message()
        ),
    }
}

impl std::error::Error for LinkError {}

impl From<PlanError> for LinkError {
    fn from(error: PlanError) -> LinkError {
        LinkError::InvalidPlan(error)
    }
}

// ---------------------------------------------------------------------------
// Encoding

/// The plan as a link payload (no `#`, no `plan=`). The athlete travels only when the
/// sharer chooses. Session ids are not carried.
///
/// Meant for valid plans; an invalid one still encodes, and its link fails to decode
/// with the reason.
pub fn encode(plan: &Plan, include_athlete: bool) -> String {
    let mut out = Bytes::default();
    out.byte(LINK_VERSION);
    let flag = |present: bool, bit: u8| if present { bit } else { 0 };
    let many = plan.weeks.len() > 1;
    out.byte(
        flag(plan.settings.units == Units::Mi, MILES)
            | flag(plan.settings.week_start == WeekStart::Sunday, SUNDAY_FIRST)
            | flag(include_athlete, HAS_ATHLETE)
            | flag(plan.start.is_some(), DATED)
            | flag(many, MANY_WEEKS),
    );
    if let Some(start) = plan.start {
        let weeks = epoch().days_until(start).div_euclid(7);
        out.varint(u64::try_from(weeks).unwrap_or(0));
    }
    if many {
        out.varint(plan.weeks.len() as u64 - 1);
    }
    if include_athlete {
        write_athlete(&mut out, &plan.athlete);
        write_paces(&mut out, &plan.athlete);
    }
    let mut before: Option<&Week> = None;
    for week in &plan.weeks {
        write_week(&mut out, week, before);
        before = Some(week);
    }
    base64url::encode(&out.0)
}

/// A week: the first in full, each later one as what changed from the week before.
fn write_week(out: &mut Bytes, week: &Week, before: Option<&Week>) {
    let same: [bool; 7] =
        std::array::from_fn(|d| before.is_some_and(|b| b.days[d] == week.days[d]));
    if before.is_some() {
        let mask = (0..7).filter(|&d| same[d]).fold(0, |m, d| m | 1 << d);
        out.byte(mask);
    }
    let written: Vec<usize> = (0..7).filter(|&d| !same[d]).collect();
    write_counts(out, written.iter().map(|&d| week.days[d].len()));
    for &day in &written {
        for (index, session) in week.days[day].iter().enumerate() {
            let earlier = before.and_then(|b| b.days[day].get(index));
            if earlier.is_some_and(|e| same_session(e, session)) {
                out.byte(SAME_SESSION);
            } else {
                write_session(out, session);
            }
        }
    }
}

/// The same session but for its id, which links don't carry.
fn same_session(a: &Session, b: &Session) -> bool {
    Session {
        id: b.id,
        ..a.clone()
    } == *b
}

/// The fragment to append to the board's URL: `#plan=…`.
pub fn fragment(plan: &Plan, include_athlete: bool) -> String {
    format!("{FRAGMENT_PREFIX}{}", encode(plan, include_athlete))
}

#[derive(Default)]
struct Bytes(Vec<u8>);

impl Bytes {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn varint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn distance(&mut self, metres: u32) {
        let m = u64::from(metres);
        self.varint(if m % 10 == 0 {
            (m / 10) << 1
        } else {
            (m << 1) | 1
        });
    }

    fn text(&mut self, text: &str) {
        self.varint(text.len() as u64);
        self.0.extend_from_slice(text.as_bytes());
    }
}

/// The session counts of the days written, a nibble each, two to a byte.
fn write_counts(out: &mut Bytes, counts: impl Iterator<Item = usize>) {
    let counts: Vec<usize> = counts.collect();
    let nibbles: Vec<u8> = counts.iter().map(|&c| c.min(COUNT_ESCAPE) as u8).collect();
    for pair in nibbles.chunks(2) {
        out.byte(pair[0] | pair.get(1).map_or(0, |high| high << 4));
    }
    for count in counts.into_iter().filter(|c| *c >= COUNT_ESCAPE) {
        out.varint((count - COUNT_ESCAPE) as u64);
    }
}

fn write_athlete(out: &mut Bytes, athlete: &Athlete) {
    let mut presence = 0;
    if let Some(level) = athlete.level {
        presence |= HAS_LEVEL | (level_code(level) << 1);
    }
    let flag = |present: bool, bit: u8| if present { bit } else { 0 };
    presence |= flag(athlete.age.is_some(), HAS_AGE)
        | flag(athlete.usual_week_m.is_some(), HAS_USUAL_M)
        | flag(athlete.usual_week_minutes.is_some(), HAS_USUAL_MINUTES)
        | flag(athlete.longest_recent_run_m.is_some(), HAS_LONGEST_M)
        | flag(
            athlete.longest_recent_run_minutes.is_some(),
            HAS_LONGEST_MINUTES,
        );
    out.byte(presence);
    if let Some(age) = athlete.age {
        out.byte(age);
    }
    if let Some(m) = athlete.usual_week_m {
        out.distance(m);
    }
    if let Some(minutes) = athlete.usual_week_minutes {
        out.varint(minutes.into());
    }
    if let Some(m) = athlete.longest_recent_run_m {
        out.distance(m);
    }
    if let Some(minutes) = athlete.longest_recent_run_minutes {
        out.varint(minutes.into());
    }
}

fn write_paces(out: &mut Bytes, athlete: &Athlete) {
    let flag = |present: bool, bit: u8| if present { bit } else { 0 };
    out.byte(
        flag(athlete.recent_race.is_some(), HAS_RACE)
            | flag(athlete.threshold_pace_s_per_km.is_some(), HAS_THRESHOLD),
    );
    if let Some(race) = athlete.recent_race {
        out.distance(race.distance_m);
        out.varint(race.seconds.into());
    }
    if let Some(pace) = athlete.threshold_pace_s_per_km {
        out.varint(pace.into());
    }
}

fn write_session(out: &mut Bytes, s: &Session) {
    let texts = [&s.title, &s.notes, &s.workout];
    let text_flags = [HAS_TITLE, HAS_NOTES, HAS_WORKOUT]
        .into_iter()
        .zip(texts)
        .filter(|(_, t)| t.is_some())
        .fold(0, |flags, (bit, _)| flags | bit);
    let mut head = kind_code(s.kind);
    // Default minutes cost nothing: the seed weeks fit in a byte a session.
    let minutes_given = s.minutes != s.kind.default_minutes();
    if minutes_given {
        head |= HAS_MINUTES;
    }
    if s.distance_m.is_some() {
        head |= HAS_DISTANCE;
    }
    if s.rpe.is_some() {
        head |= HAS_RPE;
    }
    if text_flags != 0 {
        head |= HAS_TEXT;
    }
    out.byte(head);
    if text_flags != 0 {
        out.byte(text_flags);
    }
    if minutes_given {
        out.varint(s.minutes.into());
    }
    if let Some(m) = s.distance_m {
        out.distance(m);
    }
    if let Some(rpe) = s.rpe {
        out.byte(rpe);
    }
    for text in texts.into_iter().flatten() {
        out.text(text);
    }
}

// ---------------------------------------------------------------------------
// Decoding

/// Opens a link: a bare payload, `plan=…`, `#plan=…` or a whole URL with the plan in
/// its fragment. Never panics; any input gives a valid plan or a [`LinkError`].
pub fn decode(link: &str) -> Result<DecodedLink, LinkError> {
    let payload = payload_of(link);
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(LinkError::TooLarge {
            chars: payload.len(),
        });
    }
    // Every weekboard link starts with its version byte, 0x01 or 0x02 so far: in
    // base64 an `A`. Text that starts otherwise was never a plan, rather than a plan
    // cut short or made by a newer board (which would take 63 more versions).
    let base64url = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    if !payload.bytes().all(base64url) {
        return Err(LinkError::NotALink);
    }
    if let Some(version) = leading_byte(&payload) {
        if version >= 0x40 {
            return Err(LinkError::NotAPlan);
        }
    }
    let bytes = base64url::decode(payload.as_bytes()).map_err(|e| match e {
        Invalid::Cut => LinkError::Truncated,
        Invalid::Character => LinkError::NotALink,
    })?;
    decode_bytes(&bytes)
}

/// The first byte of a base64url payload, from its first two characters; `None`
/// when there are fewer, or they are not base64url.
fn leading_byte(payload: &str) -> Option<u8> {
    let sextet = base64url::sextet;
    let b = payload.as_bytes();
    let (high, low) = (sextet(*b.first()?)?, sextet(*b.get(1)?)?);
    Some(high << 2 | low >> 4)
}

/// The payload inside whatever was pasted, without whitespace (mail clients wrap long
/// links) or `=` padding (some encoders add it).
fn payload_of(link: &str) -> String {
    let mut rest = link.trim();
    if let Some((_, fragment)) = rest.split_once('#') {
        rest = fragment;
    }
    rest = rest.strip_prefix("plan=").unwrap_or(rest);
    // Other fragment parameters may follow.
    if let Some((plan, _)) = rest.split_once('&') {
        rest = plan;
    }
    let payload: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
    payload.trim_end_matches('=').to_string()
}

fn decode_bytes(bytes: &[u8]) -> Result<DecodedLink, LinkError> {
    let mut input = Reader { bytes, at: 0 };
    let version = match input.byte()? {
        0 => return Err(LinkError::Damaged(Damage::NoVersion)),
        v @ (LINK_VERSION_1 | LINK_VERSION) => v,
        newer => return Err(LinkError::NewerVersion(newer)),
    };
    let flags = input.byte()?;
    let known = match version {
        LINK_VERSION_1 => MILES | SUNDAY_FIRST | HAS_ATHLETE,
        _ => MILES | SUNDAY_FIRST | HAS_ATHLETE | DATED | MANY_WEEKS,
    };
    if flags & !known != 0 {
        return Err(LinkError::Damaged(Damage::StrayBits));
    }
    let settings = Settings {
        units: if flags & MILES != 0 {
            Units::Mi
        } else {
            Units::Km
        },
        week_start: if flags & SUNDAY_FIRST != 0 {
            WeekStart::Sunday
        } else {
            WeekStart::Monday
        },
    };
    let start = if flags & DATED != 0 {
        let weeks = i32::try_from(input.varint()?).ok();
        let start = weeks
            .and_then(|w| w.checked_mul(7))
            .map(|days| epoch().plus_days(days))
            .filter(|d| Some(epoch().days_until(*d)) == weeks.map(|w| 7 * w))
            .ok_or(LinkError::Damaged(Damage::BadDate))?;
        Some(start)
    } else {
        None
    };
    let week_count = if flags & MANY_WEEKS != 0 {
        let more = usize::try_from(input.varint()?).unwrap_or(usize::MAX);
        more.saturating_add(1)
    } else {
        1
    };
    // Before reading any week, so a hostile count costs nothing.
    check_weeks(week_count)?;
    let has_athlete = flags & HAS_ATHLETE != 0;
    let mut athlete = Athlete::default();
    let mut weeks: Vec<Week> = Vec::with_capacity(week_count);
    if version == LINK_VERSION_1 {
        // Format 1: the counts, then the athlete, then the sessions.
        let layout = read_layout(&mut input, WeekPath::Top, None)?;
        if has_athlete {
            athlete = read_athlete(&mut input)?;
        }
        weeks.push(read_sessions(&mut input, WeekPath::Top, None, layout)?);
    } else {
        if has_athlete {
            athlete = read_athlete(&mut input)?;
            read_paces(&mut input, &mut athlete)?;
        }
        for w in 0..week_count {
            let at = WeekPath::Week(w);
            let layout = read_layout(&mut input, at, weeks.last())?;
            let week = read_sessions(&mut input, at, weeks.last(), layout)?;
            weeks.push(week);
        }
    }
    if input.at != bytes.len() {
        return Err(LinkError::Damaged(Damage::ExtraBytes));
    }
    let mut plan = Plan {
        start,
        weeks,
        athlete,
        settings,
    };
    plan.renumber_sessions();
    plan.validate()?;
    Ok(DecodedLink { plan, has_athlete })
}

/// Which days of a week repeat the week before, and how many sessions each day holds.
struct Layout {
    same: u8,
    counts: [usize; 7],
}

/// A week's same-days byte (after the first week) and its counts.
fn read_layout(
    input: &mut Reader<'_>,
    at: WeekPath,
    before: Option<&Week>,
) -> Result<Layout, LinkError> {
    let same = match before {
        Some(_) => {
            let mask = input.byte()?;
            if mask & 0x80 != 0 {
                return Err(LinkError::Damaged(Damage::StrayBits));
            }
            mask
        }
        None => 0,
    };
    // The days written, in order; the others hold what they held the week before.
    let mut written = [0usize; 7];
    let mut days = 0;
    let mut counts = [0usize; 7];
    for (day, count) in counts.iter_mut().enumerate() {
        if same & (1 << day) != 0 {
            *count = before.map_or(0, |b| b.days[day].len());
        } else {
            written[days] = day;
            days += 1;
        }
    }
    read_counts(input, &written[..days], &mut counts)?;
    // Before reading any session, so a hostile count costs nothing.
    check_counts(at, counts)?;
    Ok(Layout { same, counts })
}

/// A week's sessions: the days that repeat `before` copied, the others read.
fn read_sessions(
    input: &mut Reader<'_>,
    at: WeekPath,
    before: Option<&Week>,
    layout: Layout,
) -> Result<Week, LinkError> {
    let mut week = Week::default();
    for day in 0..7 {
        if layout.same & (1 << day) != 0 {
            week.days[day] = before.map(|b| b.days[day].clone()).unwrap_or_default();
            continue;
        }
        for index in 0..layout.counts[day] {
            let earlier = before.and_then(|b| b.days[day].get(index));
            let session = read_session(input, at, day, index, earlier)?;
            week.days[day].push(session);
        }
    }
    Ok(week)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.bytes.get(self.at).ok_or(LinkError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    /// LEB128, shortest form only, at most a `u64`.
    fn varint(&mut self) -> Result<u64, LinkError> {
        let mut value = 0u64;
        for i in 0..VARINT_MAX {
            let b = self.byte()?;
            let bits = u64::from(b & 0x7f);
            let shift = 7 * i as u32;
            // The tenth byte may only hold the top bit of a u64.
            if i == VARINT_MAX - 1 && bits > 1 {
                return Err(LinkError::Damaged(Damage::BadNumber));
            }
            value |= bits << shift;
            if b & 0x80 == 0 {
                // A trailing zero byte means the same number could be written shorter.
                if i > 0 && b == 0 {
                    return Err(LinkError::Damaged(Damage::BadNumber));
                }
                return Ok(value);
            }
        }
        Err(LinkError::Damaged(Damage::BadNumber))
    }

    fn distance(&mut self) -> Result<u64, LinkError> {
        let v = self.varint()?;
        Ok(if v & 1 == 1 {
            v >> 1
        } else {
            (v >> 1).saturating_mul(10)
        })
    }

    fn text(&mut self) -> Result<String, LinkError> {
        let len = self.varint()?;
        let left = self.bytes.len() - self.at;
        let len = usize::try_from(len)
            .ok()
            .filter(|len| *len <= left)
            .ok_or(LinkError::Truncated)?;
        let raw = &self.bytes[self.at..self.at + len];
        self.at += len;
        // Checked before copying: -71 B brotli of the viewer.
        std::str::from_utf8(raw)
            .map(str::to_owned)
            .map_err(|_| LinkError::Damaged(Damage::BadText))
    }
}

/// The counts of the days `written`, a nibble each (see [`write_counts`]). Into an
/// array, not a `Vec`: -118 B brotli of the viewer.
fn read_counts(
    input: &mut Reader<'_>,
    written: &[usize],
    counts: &mut [usize; 7],
) -> Result<(), LinkError> {
    for pair in written.chunks(2) {
        let b = input.byte()?;
        counts[pair[0]] = usize::from(b & 0x0f);
        match pair.get(1) {
            Some(&day) => counts[day] = usize::from(b >> 4),
            None if b >> 4 != 0 => return Err(LinkError::Damaged(Damage::StrayBits)),
            None => {}
        }
    }
    for &day in written {
        if counts[day] == COUNT_ESCAPE {
            let extra = input.varint()?;
            // Saturating: any huge count is "too many" for `check_counts` all the same.
            counts[day] = usize::try_from(extra)
                .unwrap_or(usize::MAX)
                .saturating_add(COUNT_ESCAPE);
        }
    }
    Ok(())
}

/// Where a decoded number sits: an athlete field, or a field of the session at
/// (week, day, index). Names the place in an out-of-bounds error.
#[derive(Clone, Copy)]
enum Place {
    Athlete,
    Session(WeekPath, usize, usize),
}

/// Narrows a decoded number to at most `max`, the largest its model type holds
/// (callers cast to a `u16` after a `u16::MAX`); a number too big for it is out of
/// bounds anyway. Distances arrive in metres and are reported in km. Not generic
/// over the type or the place: one copy for every field, -75 B brotli of the viewer.
fn narrow(
    value: u64,
    max: u32,
    measure: Measure,
    place: Place,
    field: &'static str,
) -> Result<u32, LinkError> {
    match u32::try_from(value) {
        Ok(narrow) if narrow <= max => Ok(narrow),
        _ => {
            let as_written = match measure {
                Measure::SessionKm
                | Measure::UsualWeekKm
                | Measure::LongestRunKm
                | Measure::RaceKm => value as f64 / 1000.0,
                _ => value as f64,
            };
            let path = match place {
                Place::Athlete => format!("athlete.{field}"),
                Place::Session(week, day, index) => session_path(week, day, index, field),
            };
            Err(LinkError::InvalidPlan(out_of_bounds(
                path, as_written, measure,
            )))
        }
    }
}

fn read_athlete(input: &mut Reader<'_>) -> Result<Athlete, LinkError> {
    let presence = input.byte()?;
    let level_bits = (presence >> 1) & 0b11;
    let level = if presence & HAS_LEVEL != 0 {
        Some(
            level_of_code(level_bits)
                .ok_or(LinkError::Damaged(Damage::UnknownLevel(level_bits)))?,
        )
    } else if level_bits != 0 {
        return Err(LinkError::Damaged(Damage::StrayBits));
    } else {
        None
    };
    let mut athlete = Athlete {
        level,
        ..Athlete::default()
    };
    if presence & HAS_AGE != 0 {
        athlete.age = Some(input.byte()?);
    }
    if presence & HAS_USUAL_M != 0 {
        let m = input.distance()?;
        athlete.usual_week_m = Some(narrow(
            m,
            u32::MAX,
            Measure::UsualWeekKm,
            Place::Athlete,
            "usual_week_km",
        )?);
    }
    if presence & HAS_USUAL_MINUTES != 0 {
        let minutes = input.varint()?;
        athlete.usual_week_minutes = Some(narrow(
            minutes,
            u16::MAX.into(),
            Measure::UsualWeekMinutes,
            Place::Athlete,
            "usual_week_minutes",
        )? as u16);
    }
    if presence & HAS_LONGEST_M != 0 {
        let m = input.distance()?;
        athlete.longest_recent_run_m = Some(narrow(
            m,
            u32::MAX,
            Measure::LongestRunKm,
            Place::Athlete,
            "longest_recent_run_km",
        )?);
    }
    if presence & HAS_LONGEST_MINUTES != 0 {
        let minutes = input.varint()?;
        athlete.longest_recent_run_minutes = Some(narrow(
            minutes,
            u16::MAX.into(),
            Measure::LongestRunMinutes,
            Place::Athlete,
            "longest_recent_run_minutes",
        )? as u16);
    }
    Ok(athlete)
}

fn read_paces(input: &mut Reader<'_>, athlete: &mut Athlete) -> Result<(), LinkError> {
    let paces = input.byte()?;
    if paces & !(HAS_RACE | HAS_THRESHOLD) != 0 {
        return Err(LinkError::Damaged(Damage::StrayBits));
    }
    if paces & HAS_RACE != 0 {
        let m = input.distance()?;
        let seconds = input.varint()?;
        athlete.recent_race = Some(RaceResult {
            distance_m: narrow(
                m,
                u32::MAX,
                Measure::RaceKm,
                Place::Athlete,
                "recent_race_km",
            )?,
            seconds: narrow(
                seconds,
                u32::MAX,
                Measure::RaceSeconds,
                Place::Athlete,
                "recent_race_seconds",
            )?,
        });
    }
    if paces & HAS_THRESHOLD != 0 {
        let pace = input.varint()?;
        athlete.threshold_pace_s_per_km = Some(narrow(
            pace,
            u16::MAX.into(),
            Measure::ThresholdPace,
            Place::Athlete,
            "threshold_pace_seconds_per_km",
        )? as u16);
    }
    Ok(())
}

/// A session; `earlier` is the one at its place the week before, which a copy repeats.
fn read_session(
    input: &mut Reader<'_>,
    week: WeekPath,
    day: usize,
    index: usize,
    earlier: Option<&Session>,
) -> Result<Session, LinkError> {
    let place = Place::Session(week, day, index);
    let head = input.byte()?;
    if head == SAME_SESSION && week != WeekPath::Top {
        return earlier.cloned().ok_or(LinkError::Damaged(Damage::BadCopy));
    }
    let code = head & 0x0f;
    let kind = kind_of_code(code).ok_or(LinkError::Damaged(Damage::UnknownKind(code)))?;
    let text_flags = if head & HAS_TEXT != 0 {
        let flags = input.byte()?;
        // A text byte with no text, or unknown bits, is never written.
        if flags == 0 || flags & !(HAS_TITLE | HAS_NOTES | HAS_WORKOUT) != 0 {
            return Err(LinkError::Damaged(Damage::StrayBits));
        }
        flags
    } else {
        0
    };
    let mut session = Session::new(SessionId(0), kind);
    if head & HAS_MINUTES != 0 {
        let minutes = input.varint()?;
        session.minutes = narrow(
            minutes,
            u16::MAX.into(),
            Measure::SessionMinutes,
            place,
            "minutes",
        )? as u16;
    }
    if head & HAS_DISTANCE != 0 {
        let m = input.distance()?;
        session.distance_m = Some(narrow(
            m,
            u32::MAX,
            Measure::SessionKm,
            place,
            "distance_km",
        )?);
    }
    if head & HAS_RPE != 0 {
        session.rpe = Some(input.byte()?);
    }
    if text_flags & HAS_TITLE != 0 {
        session.title = Some(input.text()?);
    }
    if text_flags & HAS_NOTES != 0 {
        session.notes = Some(input.text()?);
    }
    if text_flags & HAS_WORKOUT != 0 {
        session.workout = Some(input.text()?);
    }
    Ok(session)
}
