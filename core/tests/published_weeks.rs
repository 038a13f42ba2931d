//! Weeks transcribed from published plans (`corpus/published_weeks.json`, sources and
//! assumptions in each entry and in `docs/scoring.md`), each with the verdict a coach
//! would give, the findings that must appear and those that must not. A false alarm on
//! a sound published week fails here as surely as a miss.
//!
//! `cargo test --test published_weeks print_the_corpus -- --nocapture` prints every
//! week's report.

mod corpus_support;

use corpus_support::{describe, units, verdict, week_of, wrong, AthleteEntry, SessionEntry};
use serde::Deserialize;
use weekboard_core::report::{FindingCode, Report};
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
    fn report(&self) -> Report {
        let week = week_of(&self.days, &self.id);
        score_in(&week, &self.athlete.athlete(&self.id), units(&self.units))
    }

    fn heading(&self) -> String {
        format!(
            "{} — {}, expected {}",
            self.id, self.title, self.expect.verdict
        )
    }
}

/// Every code the board knows, for checking the corpus names real ones.
pub const KNOWN: [FindingCode; 19] = [
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
    FindingCode::NoEasierWeek,
    FindingCode::TaperBackwards,
    FindingCode::RaceWeekNotLighter,
];

#[test]
fn the_corpus_names_real_codes() {
    let known = KNOWN.map(FindingCode::as_str);
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
        let mut wrong = wrong(&report, &entry.expect.must, &entry.expect.must_not);
        if report.verdict != verdict(&entry.expect.verdict) {
            wrong.push(format!("verdict {:?}", report.verdict));
        }
        if !wrong.is_empty() {
            failures.push(format!(
                "{}: {}\n{}",
                entry.id,
                wrong.join(", "),
                describe(&entry.heading(), &report)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every report in full.
#[test]
fn print_the_corpus() {
    for entry in corpus() {
        println!("{}", describe(&entry.heading(), &entry.report()));
    }
}
