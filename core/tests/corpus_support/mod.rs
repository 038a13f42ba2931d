//! Reading the published corpora (`corpus/*.json`): weeks and blocks transcribed from
//! published plans, in one shape for both tests.

#![allow(dead_code)]

use serde::Deserialize;
use weekboard_core::model::{Athlete, Kind, Level, Session, SessionId, Week};
use weekboard_core::plan::Units;
use weekboard_core::report::{Report, Verdict};

#[derive(Deserialize)]
pub struct AthleteEntry {
    level: Option<String>,
    age: Option<u8>,
    usual_week_minutes: Option<u16>,
    usual_week_m: Option<u32>,
    longest_recent_run_minutes: Option<u16>,
    longest_recent_run_m: Option<u32>,
}

impl AthleteEntry {
    pub fn athlete(&self, id: &str) -> Athlete {
        Athlete {
            level: self.level.as_deref().map(|l| match l {
                "beginner" => Level::Beginner,
                "intermediate" => Level::Intermediate,
                "advanced" => Level::Advanced,
                other => panic!("{id}: unknown level {other}"),
            }),
            age: self.age,
            usual_week_minutes: self.usual_week_minutes,
            usual_week_m: self.usual_week_m,
            longest_recent_run_minutes: self.longest_recent_run_minutes,
            longest_recent_run_m: self.longest_recent_run_m,
            ..Athlete::default()
        }
    }
}

#[derive(Deserialize)]
pub struct SessionEntry {
    kind: String,
    minutes: u16,
    distance_m: Option<u32>,
    rpe: Option<u8>,
    title: Option<String>,
    workout: Option<String>,
}

/// Seven days of sessions, Monday first, as a week with ids 1…n.
pub fn week_of(days: &[Vec<SessionEntry>], id: &str) -> Week {
    assert_eq!(days.len(), 7, "{id}: seven days");
    let mut week = Week::default();
    let mut n = 0;
    for (day, sessions) in days.iter().enumerate() {
        for s in sessions {
            n += 1;
            let kind = Kind::from_json_name(&s.kind)
                .unwrap_or_else(|| panic!("{id}: unknown kind {}", s.kind));
            let mut session = Session::new(SessionId(n), kind);
            session.minutes = s.minutes;
            session.distance_m = s.distance_m;
            session.rpe = s.rpe;
            session.title = s.title.clone();
            session.workout = s.workout.clone();
            week.days[day].push(session);
        }
    }
    week
}

pub fn units(name: &str) -> Units {
    if name == "mi" {
        Units::Mi
    } else {
        Units::Km
    }
}

pub fn verdict(name: &str) -> Verdict {
    match name {
        "balanced" => Verdict::Balanced,
        "tweak" => Verdict::Tweak,
        "unbalanced" => Verdict::Unbalanced,
        other => panic!("unknown verdict {other}"),
    }
}

pub fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.code.as_str()).collect()
}

/// Every finding, one a line, for a failure message.
pub fn describe(title: &str, report: &Report) -> String {
    let mut text = format!("{title}\n  score {:?} {:?}\n", report.score, report.verdict);
    for f in &report.findings {
        text += &format!("  {:?} {}: {}\n", f.severity, f.code.as_str(), f.message);
    }
    text
}

/// What must and must not appear, against what did: the complaints.
pub fn wrong(report: &Report, must: &[String], must_not: &[String]) -> Vec<String> {
    let found = codes(report);
    let mut wrong = Vec::new();
    for code in must {
        if !found.contains(&code.as_str()) {
            wrong.push(format!("missing {code}"));
        }
    }
    for code in must_not {
        if found.contains(&code.as_str()) {
            wrong.push(format!("false alarm {code}"));
        }
    }
    wrong
}
