//! A week in its block: the weeks before it and after it, as the rules read them.
//!
//! Seed 000: "the training load the athlete had already built, the recovery they had
//! available, the progression that led into the workout". For a week with history in
//! the block, that is read from the block instead of typed into a profile:
//! - the **usual week** is the mean running volume of the previous weeks (up to four,
//!   the weeks with running in them), and the **longest recent run** the longest run of
//!   those weeks — the typed profile stays the fallback for the first week, and each
//!   finding says which it used;
//! - **spacing** sees the real neighbours across the week's ends (last Sunday, next
//!   Monday) instead of reading the week as one that repeats;
//! - the **across-week rules** (`block`) see the weeks before and the race weeks ahead.
//!
//! Everything here is computed once per block edit (`Context::in_block`), so the
//! arrangement search and the drag preview score the shown week against fixed
//! neighbours at the cost of one week.

use super::facts::{Facts, Neighbour};
use crate::model::{Athlete, Kind, Session, Week};
use crate::report::{FindingCode, Verdict};
use crate::WeekStart;
use serde::Serialize;

/// Weeks of history the usual week and the longest recent run are read from: four
/// weeks stand in for the "last 30 days" of the Garmin-RUNSAFE study.
pub const HISTORY_WEEKS: usize = 4;

/// What one week of a block adds up to, for the weeks around it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WeekTotals {
    /// Minutes of running, races included: what the runner built that week.
    pub minutes: u64,
    /// Metres of running, races included, when every run carries a distance.
    pub metres: Option<u64>,
    pub runs: u32,
    /// The longest run (a race left out), in minutes and, among runs with one, metres.
    pub longest_minutes: u16,
    pub longest_metres: Option<u32>,
    /// Hard sessions as the budget counts them.
    pub hard: u32,
    /// The week holds a race of half-marathon length or more (90 min, or 21 km): a
    /// goal race, for the taper and race-week rules.
    pub goal_race: bool,
    /// The week holds any race.
    pub race: bool,
}

impl WeekTotals {
    /// The totals of `week`.
    pub fn of(week: &Week, athlete: &Athlete) -> WeekTotals {
        let facts = Facts::gather(week, athlete, None);
        let goal_race = week.sessions().any(|(_, s)| is_goal_race(s));
        // The week's volume leaves a goal race out; what it built counts it in.
        let races = week
            .sessions()
            .filter(|(_, s)| s.kind == Kind::Race && is_goal_race(s));
        let (race_minutes, race_metres) = races.fold((0u64, Some(0u64)), |(m, d), (_, s)| {
            (
                m + u64::from(s.minutes),
                d.zip(s.distance_m).map(|(d, r)| d + u64::from(r)),
            )
        });
        WeekTotals {
            minutes: facts.volume.minutes + race_minutes,
            metres: facts.volume.metres().zip(race_metres).map(|(a, b)| a + b),
            runs: facts.volume.runs,
            longest_minutes: facts.longest_by_time.map_or(0, |r| r.minutes),
            longest_metres: facts.longest_by_distance.and_then(|r| r.metres),
            hard: facts.quality_sessions(),
            goal_race,
            race: facts.races > 0,
        }
    }

    /// Whether the week holds any running to read.
    pub fn has_running(&self) -> bool {
        self.runs > 0
    }
}

/// Whether a session is a goal race: a race of half-marathon length or more.
pub(crate) fn is_goal_race(session: &Session) -> bool {
    session.kind == Kind::Race
        && (session.minutes >= GOAL_RACE_MINUTES
            || session.distance_m.is_some_and(|m| m >= GOAL_RACE_METRES))
}

/// A race this long, or this far, is a goal race.
const GOAL_RACE_MINUTES: u16 = 90;
const GOAL_RACE_METRES: u32 = 21_000;

/// What the weeks before say about the runner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct History {
    /// Weeks with running the usual week is the mean of (0: none, the profile stands).
    pub weeks: u8,
    /// Easier weeks among the last four, left out of the usual week.
    pub easier_left_out: u8,
    pub usual_minutes: u64,
    /// When every one of those weeks has its distances.
    pub usual_metres: Option<u64>,
    pub longest_minutes: u16,
    pub longest_metres: Option<u32>,
    /// Weeks in a row, ending with the week before, that were not easier than the
    /// weeks before them; `None` when the block is too short to say.
    pub weeks_since_easier: Option<u8>,
    /// The week before.
    pub last: Option<WeekTotals>,
    /// Mean hard sessions a week in the history.
    pub hard_tenths: u32,
}

/// A week's place in its block. [`Context::default`] is a week on its own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Context {
    pub(crate) before: Option<[Neighbour; 7]>,
    pub(crate) after: Option<[Neighbour; 7]>,
    pub(crate) history: History,
    /// Weeks until the next goal race week after this one (1 or 2), if any.
    pub(crate) race_ahead_in: Option<u8>,
    /// The first day the board shows ([`Context::show_from`]).
    pub(crate) week_start: WeekStart,
}

/// How a week counts as easier than the ones before it. Published schedules lighten a
/// week in different ways: Pfitzinger cuts the week's miles by a fifth against the week
/// before; Higdon's step-back weeks keep the miles and shorten the long run by a
/// quarter or more. Any of the three makes an easier week.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Easier {
    /// Running at this share of the week before, or less…
    pub than_last_week: f64,
    /// …or at this share of the mean of the up-to-four weeks before, or less…
    pub than_usual: f64,
    /// …or the longest run at this share of the week before's, or less.
    pub long_run: f64,
}

/// What makes a week easier.
pub const EASIER: Easier = Easier {
    than_last_week: 0.85,
    than_usual: 0.9,
    long_run: 0.8,
};

/// Whether `week` is easier than the week before (`last`) or the mean of the weeks
/// before (`usual`, in minutes and, when known, metres): in distance when both weeks
/// have it, else in time.
pub(crate) fn is_easier(
    week: &WeekTotals,
    last: Option<&WeekTotals>,
    usual: (u64, Option<u64>),
) -> bool {
    let e = EASIER;
    let share = |a: u64, b: u64| a as f64 / b.max(1) as f64;
    let than_usual = match (week.metres, usual.1) {
        (Some(m), Some(u)) if u > 0 => share(m, u) <= e.than_usual,
        _ => usual.0 > 0 && share(week.minutes, usual.0) <= e.than_usual,
    };
    let than_last = last.is_some_and(|w| {
        let volume = match (week.metres, w.metres) {
            (Some(a), Some(b)) if b > 0 => share(a, b),
            _ => share(week.minutes, w.minutes),
        };
        let long = match (week.longest_metres, w.longest_metres) {
            (Some(a), Some(b)) if b > 0 => share(u64::from(a), u64::from(b)),
            _ => share(
                u64::from(week.longest_minutes),
                u64::from(w.longest_minutes),
            ),
        };
        w.has_running() && (volume <= e.than_last_week || long <= e.long_run)
    });
    than_usual || than_last
}

impl Context {
    /// Shows the week from `week_start`. Storage is Monday first either way, but a
    /// week shown from Sunday has its Sunday the day before its Monday
    /// (`WeekStart::date_of`): the days run Sunday to Saturday, and across the
    /// week's ends too. Spacing reads them in that order. In place, not a copy of
    /// the whole context: -0.1 KiB brotli of the viewer.
    pub fn show_from(&mut self, week_start: WeekStart) {
        self.week_start = week_start;
    }

    /// The context of week `index` of `weeks`.
    pub fn in_block(weeks: &[Week], index: usize, athlete: &Athlete) -> Context {
        let totals: Vec<WeekTotals> = weeks.iter().map(|w| WeekTotals::of(w, athlete)).collect();
        Context::from_totals(weeks, &totals, index, athlete)
    }

    /// The same, from totals already added up (`block::strip` adds them once).
    pub(crate) fn from_totals(
        weeks: &[Week],
        totals: &[WeekTotals],
        index: usize,
        athlete: &Athlete,
    ) -> Context {
        let mut facts = Facts::empty();
        facts.between(
            index.checked_sub(1).and_then(|i| weeks.get(i)),
            weeks.get(index + 1),
            athlete,
        );
        let race_ahead_in = (1..=2u8).find(|&k| {
            totals
                .get(index + usize::from(k))
                .is_some_and(|t| t.goal_race)
        });
        Context {
            before: facts.before,
            after: facts.after,
            history: history(&totals[..index.min(totals.len())]),
            race_ahead_in,
            week_start: WeekStart::Monday,
        }
    }

    /// The profile the rules read for this week: the typed one, with the usual week and
    /// the longest recent run read from the block's history when it has some.
    pub(crate) fn athlete(&self, typed: &Athlete) -> Athlete {
        let h = &self.history;
        if h.weeks == 0 {
            return typed.clone();
        }
        let minutes = |m: u64| u16::try_from(m).ok().filter(|&m| m > 0);
        Athlete {
            usual_week_minutes: minutes(h.usual_minutes),
            usual_week_m: h.usual_metres.and_then(|m| u32::try_from(m).ok()),
            longest_recent_run_minutes: Some(h.longest_minutes).filter(|&m| m > 0),
            longest_recent_run_m: h.longest_metres,
            ..typed.clone()
        }
    }

    /// Whether the week sits in a block with weeks around it.
    pub fn in_a_block(&self) -> bool {
        self.before.is_some() || self.after.is_some()
    }
}

/// Whether week `i` of `weeks` was easier than the (up to four) weeks before it.
fn was_easier(weeks: &[WeekTotals], i: usize) -> bool {
    let Some(mean) = mean_of(&weeks[i.saturating_sub(HISTORY_WEEKS)..i]) else {
        return false;
    };
    is_easier(&weeks[i], i.checked_sub(1).map(|j| &weeks[j]), mean)
}

/// The mean minutes of the `weeks` with running, and their mean metres when every one
/// of them has its distances; `None` when none has running. Summed as it goes: no list
/// of the weeks to allocate (-195 B brotli).
fn mean_of(weeks: &[WeekTotals]) -> Option<(u64, Option<u64>)> {
    let (mut n, mut minutes, mut metres) = (0u64, 0u64, Some(0u64));
    for t in weeks.iter().filter(|t| t.has_running()) {
        n += 1;
        minutes += t.minutes;
        metres = metres.zip(t.metres).map(|(sum, m)| sum + m);
    }
    let mean = minutes.checked_div(n)?;
    Some((mean, metres.map(|m| m / n)))
}

/// What the weeks before (`previous`, oldest first) say.
///
/// The usual week leaves out the easier weeks among the last four: a planned down
/// week is not the level the runner had built, and a week back at that level after
/// one is no jump (Pfitzinger's and Higdon's schedules step back every 3–4 weeks and
/// return to the volume before). When every recent week was easier, all count.
fn history(previous: &[WeekTotals]) -> History {
    // The last four weeks with running, newest first, and those of them not easier:
    // in arrays, not Vecs, as they are at most four (-432 B brotli).
    let (mut recent, mut kept) = (
        [WeekTotals::default(); HISTORY_WEEKS],
        [WeekTotals::default(); HISTORY_WEEKS],
    );
    let (mut n_recent, mut n_kept) = (0, 0);
    for i in (0..previous.len()).rev().take(HISTORY_WEEKS) {
        if !previous[i].has_running() {
            continue;
        }
        recent[n_recent] = previous[i];
        n_recent += 1;
        if !was_easier(previous, i) {
            kept[n_kept] = previous[i];
            n_kept += 1;
        }
    }
    let (recent, kept) = (&recent[..n_recent], &kept[..n_kept]);
    let usual_weeks = if kept.is_empty() { recent } else { kept };
    let mut h = History {
        weeks: usual_weeks.len() as u8,
        easier_left_out: (recent.len() - usual_weeks.len()) as u8,
        ..History::default()
    };
    if let Some((usual, metres)) = mean_of(usual_weeks) {
        h.usual_minutes = usual;
        h.usual_metres = metres;
        h.longest_minutes = recent.iter().map(|t| t.longest_minutes).max().unwrap_or(0);
        h.longest_metres = recent.iter().filter_map(|t| t.longest_metres).max();
        let all = recent.len().max(1) as u64;
        h.hard_tenths = (recent.iter().map(|t| u64::from(t.hard)).sum::<u64>() * 10 / all) as u32;
    }
    h.weeks_since_easier = weeks_since_easier(previous);
    h.last = previous.last().copied();
    h
}

/// Weeks in a row, ending with the last of `previous`, none of them easier than the
/// mean of the (up to four) weeks before it; `None` with fewer than two weeks.
fn weeks_since_easier(previous: &[WeekTotals]) -> Option<u8> {
    if previous.len() < 2 {
        return None;
    }
    let mut run = 0u8;
    for i in (0..previous.len()).rev() {
        let before = &previous[i.saturating_sub(HISTORY_WEEKS)..i];
        let Some(mean) = mean_of(before) else {
            // The block's first week: nothing to be easier than; it counts as building.
            return Some(run.saturating_add(1));
        };
        if is_easier(&previous[i], before.last(), mean) {
            return Some(run);
        }
        run = run.saturating_add(1);
    }
    Some(run)
}

/// One week of a block at a glance, for the strip above the board.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeekMark {
    /// `None` for a week with no running.
    pub score: Option<u8>,
    pub verdict: Verdict,
    /// Minutes of running (races left out), and metres when every run has a distance.
    pub minutes: u64,
    pub metres: Option<u64>,
    /// An easier week ([`EASIER`]).
    pub easier: bool,
    /// The week holds a race.
    pub race: bool,
    /// The across-week findings raised on this week (`no_easier_week`, `load_jump`, …).
    pub across: Vec<FindingCode>,
}

/// Every week of a block at a glance: one pass to add up each week, then each week
/// scored in its place, shown from `week_start` — what the strip shows after every
/// edit.
pub fn strip(weeks: &[Week], athlete: &Athlete, week_start: WeekStart) -> Vec<WeekMark> {
    let totals: Vec<WeekTotals> = weeks.iter().map(|w| WeekTotals::of(w, athlete)).collect();
    weeks
        .iter()
        .enumerate()
        .map(|(i, week)| {
            let mut context = Context::from_totals(weeks, &totals, i, athlete);
            context.show_from(week_start);
            let (score, verdict, across) = super::judge_with(week, athlete, &context);
            let h = &context.history;
            let t = &totals[i];
            let easier =
                h.weeks > 0 && is_easier(t, h.last.as_ref(), (h.usual_minutes, h.usual_metres));
            WeekMark {
                score,
                verdict,
                minutes: totals[i].minutes,
                metres: totals[i].metres,
                easier,
                race: totals[i].race,
                across,
            }
        })
        .collect()
}
