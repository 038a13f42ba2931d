//! Blocks of consecutive weeks transcribed from published schedules
//! (`corpus/published_blocks.json`: Pfitzinger & Douglas 18/55, Higdon Novice 1, Hansons
//! Beginner — each whole — and one taper deliberately broken), each week scored in its
//! block, with the across-week findings a coach expects on it and those that must not
//! appear. `why` in each entry shows the numbers.
//!
//! `cargo test --test published_blocks print_the_blocks -- --nocapture` prints them.

mod corpus_support;

use corpus_support::{codes, describe, units, verdict, week_of, wrong, AthleteEntry, SessionEntry};
use serde::Deserialize;
use weekboard_core::model::Week;
use weekboard_core::report::Report;
use weekboard_core::score::{score_with, strip, Context};
use weekboard_core::WeekStart;

#[derive(Deserialize)]
struct Block {
    id: String,
    title: String,
    citation: String,
    units: String,
    athlete: AthleteEntry,
    weeks: Vec<WeekEntry>,
    expect: Vec<Expect>,
}

#[derive(Deserialize)]
struct WeekEntry {
    label: String,
    days: Vec<Vec<SessionEntry>>,
}

#[derive(Deserialize)]
struct Expect {
    week: usize,
    verdict: Option<String>,
    must: Vec<String>,
    must_not: Vec<String>,
}

const BLOCKS: &str = include_str!("corpus/published_blocks.json");

fn blocks() -> Vec<Block> {
    serde_json::from_str(BLOCKS).expect("the blocks are valid JSON")
}

impl Block {
    fn weeks(&self) -> Vec<Week> {
        self.weeks
            .iter()
            .map(|w| week_of(&w.days, &format!("{} {}", self.id, w.label)))
            .collect()
    }

    fn report(&self, weeks: &[Week], i: usize) -> Report {
        let athlete = self.athlete.athlete(&self.id);
        let context = Context::in_block(weeks, i, &athlete);
        score_with(&weeks[i], &athlete, units(&self.units), &context)
    }
}

#[test]
fn the_blocks_are_whole_schedules_with_their_sources() {
    let blocks = blocks();
    assert!(blocks.len() >= 3);
    for block in &blocks {
        assert!(!block.citation.is_empty(), "{}", block.id);
        assert!(
            block.expect.iter().all(|e| e.week < block.weeks.len()),
            "{}",
            block.id
        );
    }
    assert!(blocks.iter().filter(|b| b.weeks.len() == 18).count() >= 3);
}

/// Every expectation, week by week, in its block.
#[test]
fn every_published_block_reads_as_a_coach_reads_it() {
    let mut failures = Vec::new();
    for block in blocks() {
        let weeks = block.weeks();
        for e in &block.expect {
            let report = block.report(&weeks, e.week);
            let mut wrong = wrong(&report, &e.must, &e.must_not);
            if let Some(v) = &e.verdict {
                if report.verdict != verdict(v) {
                    wrong.push(format!("verdict {:?}", report.verdict));
                }
            }
            if !wrong.is_empty() {
                let heading = format!("{} {}", block.id, block.weeks[e.week].label);
                failures.push(format!(
                    "{heading}: {}\n{}",
                    wrong.join(", "),
                    describe(&heading, &report)
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The strip agrees with each week's own report.
#[test]
fn the_strip_agrees_with_the_reports() {
    for block in blocks() {
        let weeks = block.weeks();
        let marks = strip(&weeks, &block.athlete.athlete(&block.id), WeekStart::Monday);
        for (i, mark) in marks.iter().enumerate() {
            let report = block.report(&weeks, i);
            assert_eq!(mark.score, report.score, "{} week {i}", block.id);
            assert_eq!(mark.verdict, report.verdict, "{} week {i}", block.id);
        }
    }
}

#[test]
fn print_the_blocks() {
    for block in blocks() {
        let weeks = block.weeks();
        let marks = strip(&weeks, &block.athlete.athlete(&block.id), WeekStart::Monday);
        println!("== {} — {}", block.id, block.title);
        for (i, mark) in marks.iter().enumerate() {
            let report = block.report(&weeks, i);
            println!(
                "  {:>8} {:>3?} {:?} {} min{}{} {:?}",
                block.weeks[i].label,
                mark.score,
                mark.verdict,
                mark.minutes,
                if mark.easier { " easier" } else { "" },
                if mark.race { " race" } else { "" },
                codes(&report)
            );
        }
    }
}
