//! Weeks transcribed from published plans (`corpus/published_weeks.json`, sources and
//! assumptions in each entry and in `docs/scoring.md`), each with the verdict a coach
//! would give, the findings that must appear and those that must not. A false alarm on
//! a sound published week fails here as surely as a miss.
//!
//! `cargo test --test published_weeks print_the_corpus -- --nocapture` prints every
//! week's report, and the table `docs/scoring.md` carries.

use serde::Deserialize;
use weekboard_core::model::{Athlete, Kind, Level, Session, SessionId, Week};
use weekboard_core::plan::Units;
use weekboard_core::report::{FindingCode, Report, Verdict};
use weekboard_core::score_in;

#[derive(Deserialize)]
struct Entry {
    id: String,
    title: String,
    citation: String,
    units: String,
    athlete: AthleteEntry,
    days: Vec<Vec<SessionEntry>>,
    expect: Expect,
}

#[derive(Deserialize)]
struct AthleteEntry {
    level: Option<String>,
    age: Option<u8>,
    usual_week_minutes: Option<u16>,
    usual_week_m: Option<u32>,
    longest_recent_run_minutes: Option<u16>,
    longest_recent_run_m: Option<u32>,
}

#[derive(Deserialize)]
struct SessionEntry {
    kind: String,
    minutes: u16,
    distance_m: Option<u32>,
    rpe: Option<u8>,
    title: Option<String>,
    workout: Option<String>,
}

#[derive(Deserialize)]
struct Expect {
    verdict: String,
    must: Vec<String>,
    must_not: Vec<String>,
}

const CORPUS: &str = include_str!("corpus/published_weeks.json");

fn corpus() -> Vec<Entry> {
    serde_json::from_str(CORPUS).expect("the corpus is valid JSON")
}

impl Entry {
    fn week(&self) -> Week {
        assert_eq!(self.days.len(), 7, "{}: seven days", self.id);
        let mut week = Week::default();
        let mut id = 0;
        for (day, sessions) in self.days.iter().enumerate() {
            for s in sessions {
                id += 1;
                let kind = Kind::from_json_name(&s.kind)
                    .unwrap_or_else(|| panic!("{}: unknown kind {}", self.id, s.kind));
                let mut session = Session::new(SessionId(id), kind);
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

    fn athlete(&self) -> Athlete {
        let a = &self.athlete;
        Athlete {
            level: a.level.as_deref().map(|l| match l {
                "beginner" => Level::Beginner,
                "intermediate" => Level::Intermediate,
                "advanced" => Level::Advanced,
                other => panic!("{}: unknown level {other}", self.id),
            }),
            age: a.age,
            usual_week_minutes: a.usual_week_minutes,
            usual_week_m: a.usual_week_m,
            longest_recent_run_minutes: a.longest_recent_run_minutes,
            longest_recent_run_m: a.longest_recent_run_m,
        }
    }

    fn units(&self) -> Units {
        if self.units == "mi" {
            Units::Mi
        } else {
            Units::Km
        }
    }

    fn report(&self) -> Report {
        score_in(&self.week(), &self.athlete(), self.units())
    }

    fn verdict(&self) -> Verdict {
        match self.expect.verdict.as_str() {
            "balanced" => Verdict::Balanced,
            "tweak" => Verdict::Tweak,
            "unbalanced" => Verdict::Unbalanced,
            other => panic!("{}: unknown verdict {other}", self.id),
        }
    }
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.code.as_str()).collect()
}

fn describe(entry: &Entry, report: &Report) -> String {
    let mut text = format!(
        "{} — {}\n  score {:?} {:?}, expected {}\n",
        entry.id, entry.title, report.score, report.verdict, entry.expect.verdict
    );
    for f in &report.findings {
        text += &format!("  {:?} {}: {}\n", f.severity, f.code.as_str(), f.message);
    }
    text
}

/// Every code the corpus names is one the board knows.
#[test]
fn the_corpus_names_real_codes() {
    let known: Vec<&str> = [
        FindingCode::HardDaysBackToBack,
        FindingCode::RecoveryTooShort,
        FindingCode::TooLittleEasy,
        FindingCode::TooMuchModerate,
        FindingCode::TooManyHardSessions,
        FindingCode::LoadJump,
        FindingCode::UnderLoad,
        FindingCode::LongestRunSpike,
        FindingCode::LongRunShare,
        FindingCode::QualityVolume,
        FindingCode::Monotony,
        FindingCode::NeedsProfile,
        FindingCode::DayOverload,
        FindingCode::WeekTooBig,
        FindingCode::KindMismatch,
        FindingCode::NoRunning,
    ]
    .map(FindingCode::as_str)
    .to_vec();
    let entries = corpus();
    assert!(entries.len() >= 24, "{} weeks", entries.len());
    for entry in &entries {
        assert!(!entry.citation.is_empty(), "{}: a citation", entry.id);
        for code in entry.expect.must.iter().chain(&entry.expect.must_not) {
            assert!(known.contains(&code.as_str()), "{}: {code}", entry.id);
        }
    }
}

/// Each week gets its verdict, its must-findings, and none of its must-not findings.
#[test]
fn every_published_week_gets_the_coachs_verdict() {
    let mut failures = Vec::new();
    for entry in corpus() {
        let report = entry.report();
        let found = codes(&report);
        let mut wrong = Vec::new();
        if report.verdict != entry.verdict() {
            wrong.push(format!("verdict {:?}", report.verdict));
        }
        for code in &entry.expect.must {
            if !found.contains(&code.as_str()) {
                wrong.push(format!("missing {code}"));
            }
        }
        for code in &entry.expect.must_not {
            if found.contains(&code.as_str()) {
                wrong.push(format!("false alarm {code}"));
            }
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{}: {}\n{}",
                entry.id,
                wrong.join(", "),
                describe(&entry, &report)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The table in `docs/scoring.md`, and every report in full.
#[test]
fn print_the_corpus() {
    for entry in corpus() {
        let report = entry.report();
        println!("{}", describe(&entry, &report));
    }
    println!("| Week | Source | Verdict | Score | Findings |\n|---|---|---|---|---|");
    for entry in corpus() {
        let report = entry.report();
        let findings: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.code != FindingCode::NeedsProfile)
            .map(|f| format!("{} ({:?})", f.code.as_str(), f.severity).to_lowercase())
            .collect();
        println!(
            "| {} | {} | {} | {} | {} |",
            entry.title,
            entry.citation.split(';').next().unwrap_or(""),
            report.verdict.label(),
            report.score.map_or("–".into(), |s| s.to_string()),
            if findings.is_empty() {
                "—".to_string()
            } else {
                findings.join(", ")
            }
        );
    }
}
