//! Random weeks for the scoring modules' own property tests.

use crate::model::{Kind, Session, SessionId, Week};
use proptest::prelude::*;

/// Up to three sessions a day of any kind, with minutes below `max_minutes`, any or
/// no RPE, and a distance below `max_distance_m` or none.
pub fn any_week(max_minutes: u16, max_distance_m: u32) -> impl Strategy<Value = Week> {
    let session = (
        proptest::sample::select(Kind::ALL.to_vec()),
        0u16..max_minutes,
        proptest::option::of(0u8..=10),
        proptest::option::of(0u32..max_distance_m),
    );
    proptest::array::uniform7(proptest::collection::vec(session, 0..=3)).prop_map(|days| {
        let mut week = Week::default();
        let mut id = 0;
        for (day, sessions) in days.into_iter().enumerate() {
            for (kind, minutes, rpe, distance_m) in sessions {
                id += 1;
                let mut s = Session::new(SessionId(id), kind);
                (s.minutes, s.rpe, s.distance_m) = (minutes, rpe, distance_m);
                week.days[day].push(s);
            }
        }
        week
    })
}
