//! Scoring a week: a 0–100 score, a verdict, and findings that say what is off, why it
//! matters and what to try.
//!
//! Each rule family lives in its own module, with its thresholds in one named table and
//! its source in the module's doc comment:
//! [`spacing`] (recovery between hard days), [`intensity`] (easy and grey-zone time),
//! [`hard_count`] (hard sessions for the level), [`load`] (the week and its biggest run
//! against what the runner has built, or any runner could), [`proportions`] (Daniels'
//! caps), [`monotony`] (Foster, a minor signal), [`day_load`] (what one day can hold)
//! and [`workouts`] (cards that contradict their workouts). `docs/scoring.md` explains
//! them for coaches.
//!
//! One evaluation serves both entry points. The week is folded once into stack-only
//! facts; rules raise compact flags into a sink. [`quick_score`] only tallies the
//! flags' points — no strings — while [`score`] also keeps the flags and renders them
//! into [`Finding`]s, so the two numbers can't drift apart.
//!
//! Score = 100 − the points each family takes off, each family capped (see
//! [`Breakdown`]). The verdict mapping is in [`verdict`]. [`score_bound`] bounds the
//! score of every week a partial week can become, for the arrangement search. A week
//! with no running has no score (`nothing_to_judge`).
//!
//! The modules import one way, each only from those above it in this list:
//! 1. `effort` — how one session counts (zones, work at pace, load, recovery cost),
//!    from its workout or estimated; `flag` — the compact findings and their sets;
//! 2. `facts` — the week folded into sums;
//! 3. the rules: `spacing`, `intensity`, `hard_count`, `load`, `proportions`,
//!    `monotony`, `day_load`, `workouts`, `profile_note`, `nothing_to_judge`;
//! 4. `tally` (families, caps, points) and `verdict`; `bound`; `advice` (moves to try);
//! 5. `scene` (what a message may read) and `phrases` (the runner's words);
//! 6. `messages` (the sentences), then `render` (flag → finding).

mod across_weeks;
mod advice;
mod bound;
mod compare;
mod context;
pub mod day_load;
mod effort;
mod facts;
mod flag;
pub mod hard_count;
pub mod intensity;
pub mod load;
mod messages;
pub mod monotony;
mod nothing_to_judge;
mod phrases;
mod profile_note;
pub mod proportions;
mod render;
mod scene;
pub mod spacing;
mod tally;
#[cfg(test)]
mod test_weeks;
pub mod verdict;
pub mod workouts;

pub use bound::{score_bound, score_bound_with};
pub use compare::{why_better, why_better_with};
pub use context::{strip, Context, WeekMark, WeekTotals, HISTORY_WEEKS};
pub use effort::{Estimates, Quality, ESTIMATES};

/// How one session counts for every rule: for the totals, which must agree with them.
pub(crate) fn effort_of(session: &crate::model::Session) -> effort::Effort {
    effort::Effort::of(session)
}
pub use tally::Breakdown;

use crate::model::{Athlete, Week};
use crate::plan::Units;
use crate::report::{Finding, Report, Verdict};
use facts::Facts;
use flag::{Flag, Sink};
use tally::Tally;

/// Scores a week for an athlete: the number, the verdict, and the findings with reasons,
/// most severe first, distances in kilometres.
pub fn score(week: &Week, athlete: &Athlete) -> Report {
    score_in(week, athlete, Units::Km)
}

/// [`score`], with the findings' distances in the runner's `units`.
pub fn score_in(week: &Week, athlete: &Athlete, units: Units) -> Report {
    score_with(week, athlete, units, &Context::default())
}

/// The facts of `week` in its block, and the profile the rules read for it.
fn gather(week: &Week, typed: &Athlete, context: &Context) -> (Facts, Athlete) {
    let athlete = context.athlete(typed);
    let mut facts = Facts::gather(week, &athlete, None);
    facts.place(context);
    (facts, athlete)
}

/// [`score_in`] for a week in its block (`Context::in_block`): the usual week and the
/// longest recent run read from the weeks before, spacing across the week's ends, and
/// the across-week rules.
pub fn score_with(week: &Week, typed: &Athlete, units: Units, context: &Context) -> Report {
    let (facts, athlete) = gather(week, typed, context);
    let athlete = &athlete;
    let kept = Kept::evaluated(&facts, athlete);
    let judged = facts.has_running();
    let score = judged.then(|| kept.tally.score());
    let verdict = match score {
        Some(score) => verdict::judge(score, &kept.tally),
        None => Verdict::NothingToJudge,
    };

    let mut flags = kept.flags;
    crate::small_sort::sort_by(&mut flags, |a, b| {
        b.severity
            .cmp(&a.severity)
            .then(b.points.cmp(&a.points))
            .then(a.code.cmp(&b.code))
            .then(a.days.iter().next().cmp(&b.days.iter().next()))
    });
    let scene = scene::Scene {
        week,
        athlete,
        facts: &facts,
        tally: &kept.tally,
        units,
    };
    let findings: Vec<Finding> = flags.iter().map(|f| render::finding(f, &scene)).collect();
    Report {
        score,
        verdict,
        breakdown: if judged {
            kept.tally.deductions()
        } else {
            Vec::new()
        },
        findings,
        daily_load: facts.daily_load(),
        split: facts.split,
    }
}

/// The score number alone, exactly `score(week, athlete).score`, without building a
/// message: for the ghost-score preview on every pointer move and for arrangement
/// searches. `None` for a week with no running.
pub fn quick_score(week: &Week, athlete: &Athlete) -> Option<u8> {
    quick_score_with(week, athlete, &Context::default())
}

/// [`quick_score`] for a week in its block.
pub fn quick_score_with(week: &Week, typed: &Athlete, context: &Context) -> Option<u8> {
    let (facts, athlete) = gather(week, typed, context);
    if !facts.has_running() {
        return None;
    }
    let mut tally = Tally::default();
    evaluate(&facts, &athlete, &mut tally);
    Some(tally.score())
}

/// [`quick_score`] for a message that names the score a change would give: the same
/// number, from the copy of the rules the report runs (see [`Kept::evaluated`]), so
/// the viewer carries no second copy of them.
pub(crate) fn score_for_message(week: &Week, typed: &Athlete) -> Option<u8> {
    let (facts, athlete) = gather(week, typed, &Context::default());
    if !facts.has_running() {
        return None;
    }
    let mut tally = Tally::default();
    evaluate(&facts, &athlete, &mut tally as &mut dyn Sink);
    Some(tally.score())
}

/// The score, the verdict and the across-week findings of a week in its block, without
/// building a message: what the strip shows for each week.
fn judge_with(
    week: &Week,
    typed: &Athlete,
    context: &Context,
) -> (Option<u8>, Verdict, Vec<crate::report::FindingCode>) {
    use crate::report::FindingCode as C;
    let (facts, athlete) = gather(week, typed, context);
    if !facts.has_running() {
        return (None, Verdict::NothingToJudge, Vec::new());
    }
    let kept = Kept::evaluated(&facts, &athlete);
    let score = kept.tally.score();
    let mut across: Vec<C> = Vec::new();
    let is_across = |c: C| {
        matches!(
            c,
            C::LoadJump
                | C::LongestRunSpike
                | C::NoEasierWeek
                | C::TaperBackwards
                | C::RaceWeekNotLighter
        )
    };
    for flag in &kept.flags {
        if is_across(flag.code) && context.history.weeks > 0 && !across.contains(&flag.code) {
            across.push(flag.code);
        }
    }
    (Some(score), verdict::judge(score, &kept.tally), across)
}

/// What each rule family takes off the score, in tenths of a point. Like
/// [`quick_score`], builds no message.
pub fn breakdown(week: &Week, athlete: &Athlete) -> Breakdown {
    breakdown_with(week, athlete, &Context::default())
}

/// [`breakdown`] for a week in its block.
pub fn breakdown_with(week: &Week, typed: &Athlete, context: &Context) -> Breakdown {
    let (facts, athlete) = gather(week, typed, context);
    let mut tally = Tally::default();
    evaluate(&facts, &athlete, &mut tally);
    tally.breakdown()
}

/// The spacing findings about the week's key sessions — a long run or a race with a
/// hard day too close — as cautions and problems. The arrangement search proposes no
/// week with more of them than the week has now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyCrowding {
    pub cautions: u16,
    pub problems: u16,
}

impl KeyCrowding {
    /// Whether `self` (a proposal) adds to `now`'s crowding: more findings about key
    /// sessions in all, or more problems. A problem made a caution is no addition.
    pub fn adds_to(&self, now: &KeyCrowding) -> bool {
        self.problems > now.problems || self.cautions + self.problems > now.cautions + now.problems
    }
}

/// The crowding of `week`'s key sessions (see [`KeyCrowding`]).
pub fn key_session_crowding(week: &Week, athlete: &Athlete) -> KeyCrowding {
    key_session_crowding_with(week, athlete, &Context::default())
}

/// [`key_session_crowding`] for a week in its block.
pub fn key_session_crowding_with(week: &Week, typed: &Athlete, context: &Context) -> KeyCrowding {
    struct Count(KeyCrowding);
    impl Sink for Count {
        fn raise(&mut self, flag: Flag) {
            let flag::Detail::Crowding(c) = flag.detail else {
                return;
            };
            let key = |k: crate::model::Kind| {
                matches!(k, crate::model::Kind::LongRun | crate::model::Kind::Race)
            };
            if !(key(c.first_kind) || key(c.second_kind)) {
                return;
            }
            match flag.severity {
                crate::report::Severity::Problem => self.0.problems += 1,
                crate::report::Severity::Caution => self.0.cautions += 1,
                crate::report::Severity::Info => {}
            }
        }
    }
    let mut count = Count(KeyCrowding::default());
    spacing::check(&gather(week, typed, context).0, &mut count);
    count.0
}

/// Runs every rule over the facts.
fn evaluate(facts: &Facts, athlete: &Athlete, sink: &mut (impl Sink + ?Sized)) {
    let mut spacing = SpacingHolds::new(sink);
    spacing::check(facts, &mut spacing);
    let spacing_holds = spacing.holds;
    intensity::check(facts, sink);
    hard_count::check(facts, athlete, sink);
    load::check(facts, athlete, sink);
    proportions::check(facts, sink);
    monotony::check(facts, spacing_holds, sink);
    day_load::check(facts, sink);
    workouts::check(facts, sink);
    across_weeks::check(facts, sink);
    profile_note::check(facts, athlete, sink);
    nothing_to_judge::check(facts, sink);
}

/// Passes flags on, noting whether any spacing problem went by.
pub(crate) struct SpacingHolds<'a, S: ?Sized> {
    sink: &'a mut S,
    pub holds: bool,
}

impl<'a, S: Sink + ?Sized> SpacingHolds<'a, S> {
    pub fn new(sink: &'a mut S) -> Self {
        SpacingHolds { sink, holds: true }
    }
}

impl<S: Sink + ?Sized> Sink for SpacingHolds<'_, S> {
    fn raise(&mut self, flag: Flag) {
        self.holds &= flag.severity != crate::report::Severity::Problem;
        self.sink.raise(flag);
    }
}

/// The families whose rules read which day a session is on. Every other rule reads only
/// the week's totals, which moving a session leaves as they are, so the advice re-runs
/// only these rules (a property test holds its scores to the full evaluation's).
const DAY_FAMILIES: [tally::Family; 4] = [
    tally::Family::Spacing,
    tally::Family::Monotony,
    tally::Family::DayLoad,
    tally::Family::HardSessions,
];

/// The full path's sink: tallies like the quick path, and keeps the flags to render.
#[derive(Default)]
struct Kept {
    tally: Tally,
    flags: Vec<Flag>,
}

impl Kept {
    /// Every rule's flags for the facts. The rules run through `dyn Sink` here, in the
    /// advice's tried moves and in [`score_for_message`], so one copy of their code
    /// serves all three (the viewer 2.7 KiB smaller, brotli); the quick path keeps its
    /// own copy for speed, which skips building the details a tally never reads.
    fn evaluated(facts: &Facts, athlete: &Athlete) -> Kept {
        let mut kept = Kept::default();
        evaluate(facts, athlete, &mut kept as &mut dyn Sink);
        kept
    }
}

impl Sink for Kept {
    fn raise(&mut self, flag: Flag) {
        self.tally.raise(flag);
        self.flags.push(flag);
    }
}

/// One rule family's flags for a week, as the family's own tests look at them.
#[cfg(test)]
fn flags_of(
    week: &Week,
    athlete: &Athlete,
    check: impl FnOnce(&Facts, &mut Vec<Flag>),
) -> Vec<Flag> {
    let mut found = Vec::new();
    check(&Facts::gather(week, athlete, None), &mut found);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SessionId;
    use crate::report::{FindingCode, Verdict};
    use crate::samples::{effective_week, unbalanced_week};

    #[test]
    fn the_seed_weeks_get_their_verdicts() {
        let athlete = Athlete::default();
        assert_eq!(
            score(&unbalanced_week(), &athlete).verdict,
            Verdict::Unbalanced
        );
        assert_eq!(
            score(&effective_week(), &athlete).verdict,
            Verdict::Balanced
        );
    }

    #[test]
    fn quick_score_is_the_report_score() {
        let athlete = Athlete::default();
        for week in [unbalanced_week(), effective_week()] {
            assert_eq!(quick_score(&week, &athlete), score(&week, &athlete).score);
            assert_eq!(
                Some(breakdown(&week, &athlete).score()),
                quick_score(&week, &athlete)
            );
        }
        assert_eq!(quick_score(&Week::default(), &athlete), None);
    }

    #[test]
    fn findings_come_most_severe_first() {
        let report = score(&unbalanced_week(), &Athlete::default());
        let severities: Vec<_> = report.findings.iter().map(|f| f.severity).collect();
        let mut sorted = severities.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(severities, sorted);
        assert_eq!(report.findings[0].code, FindingCode::HardDaysBackToBack);
        assert_eq!(report.findings[0].sessions, [SessionId(2), SessionId(3)]);
    }

    #[test]
    fn the_first_screen_reads_well() {
        let report = score(&unbalanced_week(), &Athlete::default());
        assert_eq!(
            report.findings[0].message,
            format!(
                "Wednesday's tempo comes the day after Tuesday's intervals: hard days back \
                 to back leave no room to absorb either. Try swapping it with Friday's \
                 moderate run (the week then scores {}).",
                quick_score(&moved_tempo(), &Athlete::default()).unwrap()
            )
        );
    }

    fn moved_tempo() -> Week {
        let mut week = unbalanced_week();
        let tempo = week.days[2].remove(0);
        let moderate = week.days[4].remove(0);
        week.days[4].push(tempo);
        week.days[2].push(moderate);
        week
    }

    #[test]
    fn an_empty_week_has_nothing_to_judge() {
        let report = score(&Week::default(), &Athlete::default());
        assert_eq!(report.score, None);
        assert_eq!(report.verdict, Verdict::NothingToJudge);
        assert!(report.breakdown.is_empty());
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].code, FindingCode::NoRunning);
    }

    #[test]
    fn why_the_score_adds_up_to_the_score() {
        let report = score(&unbalanced_week(), &Athlete::default());
        let lost: u32 = report.breakdown.iter().map(|d| u32::from(d.points)).sum();
        assert_eq!(lost, 100 - u32::from(report.score.unwrap()));
        assert_eq!(report.breakdown[0].family, "spacing");
    }

    #[test]
    fn the_report_carries_the_load_and_the_split() {
        let week = effective_week();
        let report = score(&week, &Athlete::default());
        assert_eq!(report.daily_load, week.daily_load());
        assert_eq!(report.split.total(), 345);
    }
}
