//! The sentences: what is off, why it matters and what to try, in a runner's words.
//! Each message is written straight into one string.

use super::advice;
use super::flag::{Crowding, DaySet, Detail, Flag, Subject, Unit};
use super::proportions::{Quality, PROPORTIONS};
use super::render::{self, Scene};
use super::words::{
    comes, day, is, it, needs, noun, with_article, Amount, AndList, EasyDays, Over, RunsOn, Whose,
};
use super::{intensity, load, profile};
use crate::model::{Kind, Level, SessionId};
use crate::report::{FindingCode, Severity};
use std::fmt::{self, Write};

/// Sessions named one by one in a list before it says "and N more".
const LIST_AT_MOST: usize = 4;

/// The message of a flag.
pub(crate) fn message(flag: &Flag, scene: &Scene) -> String {
    let mut out = String::with_capacity(320);
    let out_ = &mut out;
    // Writing into a String cannot fail.
    let _ = match flag.detail {
        Detail::Crowding(c) => crowding(out_, &c, scene),
        Detail::EasyShare { percent } => easy_share(out_, percent, flag, scene),
        Detail::ModerateShare { percent, .. } => moderate_share(out_, percent, flag, scene),
        Detail::HardCount {
            count,
            budget,
            level,
        } => hard_count(out_, count, budget, level, flag, scene),
        Detail::Load {
            this_week,
            usual,
            unit,
        } => week_load(out_, flag, this_week as f64, usual as f64, unit),
        Detail::Spike {
            day: at,
            kind,
            this_run,
            longest,
            unit,
        } => spike(
            out_,
            Whose(at, kind),
            f64::from(this_run),
            f64::from(longest),
            unit,
        ),
        Detail::LongRun {
            day: at,
            share_tenths,
            cap,
            minutes,
            over_share,
            over_time,
            unit,
        } => {
            let size = LongRun {
                share_tenths,
                cap,
                minutes,
                unit,
            };
            long_run(out_, at, size, over_share, over_time, scene)
        }
        Detail::Quality {
            quality,
            share_tenths,
            cap,
            metres_over_cap,
        } => quality_volume(
            out_,
            quality,
            share_tenths,
            cap,
            metres_over_cap,
            flag,
            scene,
        ),
        Detail::Monotony {
            hundredths,
            strain,
            all_easy,
        } => monotony(out_, hundredths, strain, all_easy),
        Detail::Profile { missing } => needs_profile(out_, missing),
    };
    out
}

fn crowding(out: &mut String, c: &Crowding, scene: &Scene) -> fmt::Result {
    let (first, second) = (Whose(c.first, c.first_kind), Whose(c.second, c.second_kind));
    let (fk, sk) = (c.first_kind, c.second_kind);
    let repeats = if c.second < c.first {
        " when the week repeats"
    } else {
        ""
    };
    if c.first == c.second {
        same_day(out, c, scene)?;
    } else if sk == Kind::LongRun {
        write!(
            out,
            "{first} {} the day before {second}{repeats}: the long run starts on tired \
             legs, and there is no easy day to absorb the {}.",
            comes(fk),
            noun(fk),
        )?;
    } else if fk == Kind::LongRun {
        write!(
            out,
            "{second} {} the day after {first}{repeats}: a long run needs an easy day \
             before the next hard session.",
            comes(sk),
        )?;
    } else if c.easy_days == 0 {
        write!(
            out,
            "{second} {} the day after {first}{repeats}: hard days back to back leave no \
             room to absorb either.",
            comes(sk),
        )?;
    } else {
        write!(
            out,
            "{second} {} {} after {first}{repeats}, which {} {}",
            comes(sk),
            EasyDays(c.easy_days),
            needs(fk),
            c.needed
        )?;
        if c.masters {
            out.push_str(
                " at 46 and over: VO2 work takes masters runners an extra easy day to absorb.",
            );
        } else if matches!(fk, Kind::SpeedEndurance | Kind::Race) {
            out.push_str(
                " or more: a session that expensive takes roughly 3–5 days of easy running \
                 to absorb.",
            );
        } else {
            out.push('.');
        }
    }
    out.push(' ');
    what_to_try(out, c, scene)
}

fn same_day(out: &mut String, c: &Crowding, scene: &Scene) -> fmt::Result {
    let at = c.first;
    if c.second_kind == Kind::LongRun {
        return write!(
            out,
            "{} has a long run and {} on the same day: the long run starts on tired legs, \
             and neither gets its full value.",
            day(at),
            with_article(c.first_kind),
        );
    }
    let mut kinds = [Kind::Rest; 3];
    let mut n = 0;
    let mut listed = true;
    for s in scene.week.days[at].iter().filter(|s| s.kind.is_hard()) {
        if n == kinds.len() || kinds[..n].contains(&s.kind) {
            listed = false;
            break;
        }
        kinds[n] = s.kind;
        n += 1;
    }
    write!(out, "{} has ", day(at))?;
    if listed {
        let named = kinds.map(with_article);
        write!(out, "{}", AndList(&named[..n]))?;
    } else {
        write!(out, "{} hard sessions", scene.facts.days[at].hard)?;
    }
    out.push_str(" on the same day: two hard sessions in one day leave no room to absorb either.");
    Ok(())
}

/// A move found by trying them all, or plain advice when no move helps.
fn what_to_try(out: &mut String, c: &Crowding, scene: &Scene) -> fmt::Result {
    let same_day = c.first == c.second;
    let candidates: Vec<SessionId> = if same_day {
        // The later session of the day first: it is the one that was added on top.
        scene.week.days[c.first]
            .iter()
            .rev()
            .filter(|s| s.kind.is_hard())
            .map(|s| s.id)
            .collect()
    } else {
        c.movable.iter().flatten().copied().collect()
    };
    let subject = candidates.first().copied().filter(|_| !same_day);
    if let Some(m) = advice::best_move(
        scene.week,
        scene.athlete,
        scene.facts,
        &candidates,
        scene.tally,
    ) {
        out.push_str("Try moving ");
        if Some(m.session) == subject {
            out.push_str(it(m.kind));
        } else {
            write!(out, "{}", Whose(m.from, m.kind))?;
        }
        return write!(out, " to {} (the week then scores {}).", day(m.to), m.score);
    }
    let (fk, sk) = (c.first_kind, c.second_kind);
    if fk == Kind::LongRun || sk == Kind::LongRun {
        let hard = noun(if fk == Kind::LongRun { sk } else { fk });
        write!(
            out,
            "Keep an easy day between the {hard} and the long run, or make the {hard} an \
             easy run."
        )
    } else if same_day {
        out.push_str("Move one to a day with easy days around it, or make it an easy run.");
        Ok(())
    } else if c.easy_days == 0 {
        out.push_str("Put an easy day between them, or make one of them an easy run.");
        Ok(())
    } else {
        write!(
            out,
            "Give the {} more easy days before the next hard session, or make the {} an \
             easy run.",
            noun(fk),
            noun(sk)
        )
    }
}

/// Days whose grey-zone minutes come from steady runs, and from easy runs run too hard.
fn grey_days(days: DaySet, scene: &Scene) -> (DaySet, DaySet) {
    let (mut steady, mut easy) = (DaySet::default(), DaySet::default());
    for d in days.iter() {
        let facts = &scene.facts.days[d];
        if facts.kinds.contains(Kind::Steady) {
            steady.insert(d);
        }
        if facts.grey_easy {
            easy.insert(d);
        }
    }
    (steady, easy)
}

/// Writes "RPE 5" or "RPE 5–6": what the grey-zone easy runs on `days` are logged at.
fn grey_rpe(out: &mut String, days: DaySet, scene: &Scene) -> fmt::Result {
    let rpes = scene
        .week
        .sessions()
        .filter(|&(d, s)| days.contains(d) && s.kind != Kind::Steady && intensity::is_grey(s))
        .map(|(_, s)| s.effective_rpe());
    let (lo, hi) = rpes.fold((u8::MAX, 0), |(lo, hi), r| (lo.min(r), hi.max(r)));
    if lo >= hi {
        write!(out, "RPE {hi}")
    } else {
        write!(out, "RPE {lo}–{hi}")
    }
}

fn easy_share(out: &mut String, percent: u8, flag: &Flag, scene: &Scene) -> fmt::Result {
    if percent == 0 {
        out.push_str("None of your running is easy: ");
    } else {
        write!(out, "Only {percent}% of your running is easy: ")?;
    }
    out.push_str(if flag.severity == Severity::Problem {
        "below 65%, too little of the week is truly easy to recover between the harder \
         runs, and it feels heavier than it should."
    } else {
        "a little short of the 75% that lets the harder runs be absorbed."
    });
    out.push_str(" Aim for 75% or more: ");
    if flag.subject != Subject::Moderate {
        out.push_str("add easy running, or make one of the hard sessions an easy run.");
        return Ok(());
    }
    let (steady, easy) = grey_days(flag.days, scene);
    if !steady.is_empty() {
        write!(out, "run {} easy", RunsOn("moderate run", steady))?;
    }
    if !easy.is_empty() {
        if !steady.is_empty() {
            out.push_str(" and ");
        }
        write!(
            out,
            "slow {} down to a pace you could chat at",
            RunsOn("easy run", easy)
        )?;
    }
    let split = scene.facts.split;
    let easy_then = f64::from(split.easy_minutes) + f64::from(split.moderate_minutes);
    let total = easy_then + f64::from(split.hard_minutes);
    write!(
        out,
        ", and it rises to {}%.",
        (100.0 * easy_then / total).floor() as i64
    )
}

fn moderate_share(out: &mut String, percent: u8, flag: &Flag, scene: &Scene) -> fmt::Result {
    let (steady, easy) = grey_days(flag.days, scene);
    write!(out, "{percent}% of your running is moderate")?;
    if steady.is_empty() {
        write!(out, ": {} at ", RunsOn("easy run", easy))?;
        grey_rpe(out, easy, scene)?;
        let are = if easy.len() > 1 { "are" } else { "is" };
        return write!(
            out,
            " {are} grey-zone effort, not easy — too hard to recover from, too easy to \
             build speed. Slow them down to a pace you could chat at (RPE 3–4)."
        );
    }
    write!(out, " ({}", RunsOn("moderate run", steady))?;
    if !easy.is_empty() {
        write!(out, " and {} at ", RunsOn("easy run", easy))?;
        grey_rpe(out, easy, scene)?;
    }
    out.push_str(
        "): too hard to recover from, too easy to build speed — the grey zone where weeks \
         go wrong. Keep it under 15%: run those days easy, at a pace you could chat at.",
    );
    Ok(())
}

/// Writes "Tuesday's tempo, Thursday's intervals and 3 more".
fn session_list(out: &mut String, flag: &Flag, scene: &Scene) -> fmt::Result {
    let ids = render::sessions(flag, scene.week);
    let named: Vec<Whose> = ids
        .iter()
        .take(LIST_AT_MOST)
        .filter_map(|&id| {
            let (d, pos) = scene.week.find(id)?;
            Some(Whose(d, scene.week.days[d][pos].kind))
        })
        .collect();
    if ids.len() <= LIST_AT_MOST {
        return write!(out, "{}", AndList(&named));
    }
    for (i, name) in named.iter().enumerate() {
        let comma = if i > 0 { ", " } else { "" };
        write!(out, "{comma}{name}")?;
    }
    write!(out, " and {} more", ids.len() - LIST_AT_MOST)
}

fn hard_count(
    out: &mut String,
    count: u32,
    budget: u8,
    level: Option<Level>,
    flag: &Flag,
    scene: &Scene,
) -> fmt::Result {
    write!(out, "{count} hard sessions this week (")?;
    session_list(out, flag, scene)?;
    let who = match level {
        Some(Level::Beginner) => "a beginner has room for",
        Some(Level::Intermediate) => "an intermediate runner has room for",
        Some(Level::Advanced) => "an advanced runner has room for",
        None => "most runners have room for",
    };
    write!(out, "), where {who} {budget}")?;
    if level.is_none() {
        out.push_str(" (set your level to refine this)");
    }
    out.push_str(
        ": each needs its own recovery, and past that they add fatigue faster than \
         fitness. Keep ",
    );
    if budget == 1 {
        out.push_str("the one that matters");
    } else {
        write!(out, "the {budget} that matter")?;
    }
    out.push_str(" most for your goal and make ");
    out.push_str(if count - u32::from(budget) == 1 {
        "the other one an easy run."
    } else {
        "the others easy runs."
    });
    Ok(())
}

fn week_load(out: &mut String, flag: &Flag, this_week: f64, usual: f64, unit: Unit) -> fmt::Result {
    let ratio = this_week / usual;
    let (this, usual_amount) = (Amount(this_week, unit), Amount(usual, unit));
    if flag.code == FindingCode::UnderLoad {
        return write!(
            out,
            "This week is {}% lighter than your usual week ({this} against {usual_amount}): \
             fine as a deload or a recovery week. Build back to your usual load over a week \
             or two.",
            ((1.0 - ratio) * 100.0).round() as i64
        );
    }
    let more = ((ratio - 1.0) * 100.0).round() as i64;
    let target = usual * load::LOAD.fine_up_to;
    write!(
        out,
        "This week is {more}% bigger than your usual week ({this} against {usual_amount}): "
    )?;
    if flag.severity == Severity::Problem {
        write!(
            out,
            "relative to what you've built, that is too big a jump at once. Keep the rise \
             within 10% — about {}, so trim {} or spread the increase over a few weeks.",
            Amount(target, unit),
            Amount(this_week - target, unit)
        )
    } else {
        write!(
            out,
            "a step up you can take now and then, not week after week. Keep it within 10% \
             (about {}) unless this is a planned build.",
            Amount(target, unit)
        )
    }
}

fn spike(out: &mut String, run: Whose, this_run: f64, longest: f64, unit: Unit) -> fmt::Result {
    write!(
        out,
        "{run} ({}) {} {}% longer than your longest run of the last 30 days ({}): single \
         runs well past what you've built are the spikes the Garmin-RUNSAFE study linked to \
         running injuries. Build up to it: keep it within 10% of your longest, about {}.",
        Amount(this_run, unit),
        is(run.1),
        ((this_run / longest - 1.0) * 100.0).round() as i64,
        Amount(longest, unit),
        Amount(longest * load::LOAD.spike_fine_up_to, unit)
    )
}

/// How big the long run is: its share of the week and the cap, and its minutes.
struct LongRun {
    share_tenths: u16,
    cap: u8,
    minutes: u16,
    unit: Unit,
}

fn long_run(
    out: &mut String,
    at: usize,
    run: LongRun,
    over_share: bool,
    over_time: bool,
    scene: &Scene,
) -> fmt::Result {
    let LongRun {
        share_tenths,
        cap,
        minutes,
        unit,
    } = run;
    if over_share {
        let volume = scene.facts.volume;
        let total = match (unit, volume.metres()) {
            (Unit::Metres, Some(m)) => m as f64,
            _ => volume.minutes as f64,
        };
        let size = scene.facts.long_run.map_or(0.0, |r| match unit {
            Unit::Metres => f64::from(r.metres.unwrap_or(0)),
            Unit::Minutes => f64::from(r.minutes),
        });
        // The length at which the run is exactly the cap's share of the shortened week.
        let c = f64::from(cap) / 100.0;
        let target = c * (total - size) / (1.0 - c);
        let small = if cap > 25 {
            " in a week under 64 km"
        } else {
            ""
        };
        let share = Over(share_tenths, cap);
        if f64::from(share_tenths) / 10.0 - f64::from(cap) < 3.0 {
            write!(
                out,
                "{}'s long run is {share} of your week's running, just over the {cap}% \
                 Daniels allows{small}. Trim it to about {}, or add a little easy running \
                 on other days.",
                day(at),
                Amount(target, unit)
            )?;
        } else {
            write!(
                out,
                "{}'s long run is {share} of your week's running, where Daniels keeps it to \
                 {cap}%{small}: the rest of the week is too thin to support a long run that \
                 big. Shorten it to about {}, or add easy running on other days.",
                day(at),
                Amount(target, unit)
            )?;
        }
    }
    if over_time {
        if over_share {
            write!(
                out,
                " At {minutes} min it is also past Daniels' 150-minute cap, beyond which a \
                 long run adds more fatigue than endurance."
            )?;
        } else {
            write!(
                out,
                "{}'s long run is {minutes} min, past Daniels' 150-minute cap: beyond that it \
                 adds more fatigue than endurance. Keep it to 150 min.",
                day(at)
            )?;
        }
    }
    Ok(())
}

fn quality_volume(
    out: &mut String,
    quality: Quality,
    share_tenths: u16,
    cap: u8,
    metres_over_cap: Option<u32>,
    flag: &Flag,
    scene: &Scene,
) -> fmt::Result {
    let several = render::sessions(flag, scene.week).len() > 1;
    let (name, fix) = match quality {
        Quality::Threshold if several => (
            "Threshold running",
            "Shorten the tempo blocks, or make one of them an easy run.",
        ),
        Quality::Threshold => ("Threshold running", "Shorten the tempo block."),
        Quality::Intervals => ("Interval work", "Cut a rep or two."),
        Quality::Repetitions => ("Repetition work", "Cut a few reps."),
    };
    match metres_over_cap {
        Some(metres) => {
            let max = PROPORTIONS.quality_max_metres[quality as usize].unwrap_or(0);
            write!(
                out,
                "{name} comes to about {} this week (",
                Amount(f64::from(metres), Unit::Metres)
            )?;
            session_list(out, flag, scene)?;
            write!(
                out,
                "), past Daniels' cap of {}: more work at that pace than one week can \
                 absorb. {fix}",
                Amount(f64::from(max), Unit::Metres)
            )
        }
        None => {
            write!(
                out,
                "{name} is about {} of your week (",
                Over(share_tenths, cap)
            )?;
            session_list(out, flag, scene)?;
            write!(
                out,
                "), over Daniels' {cap}%: more work at that pace than the week's easy running \
                 can support. {fix}"
            )
        }
    }
}

fn monotony(out: &mut String, hundredths: u32, strain: u64, all_easy: bool) -> fmt::Result {
    if hundredths >= 9999 {
        out.push_str("Every day carries exactly the same load");
    } else {
        write!(
            out,
            "Every day carries much the same load (monotony {}.{:02}, strain {strain})",
            hundredths / 100,
            hundredths % 100
        )?;
    }
    out.push_str(if all_easy {
        ", but it is all easy running: fine for a base or deload week."
    } else {
        ": with no clearly easier day, fatigue builds up across the week. Make one or two \
         days clearly easier — a rest day or a short recovery run."
    });
    Ok(())
}

fn needs_profile(out: &mut String, missing: u8) -> fmt::Result {
    const WANTS: [(u8, &str); 5] = [
        (
            profile::USUAL_WEEK,
            "your usual week (is this one a jump from what you've built?)",
        ),
        (
            profile::DISTANCES,
            "distances on this week's runs (your profile counts in kilometres)",
        ),
        (
            profile::LONGEST_RUN,
            "your longest run of the last 30 days (does any run go well past it?)",
        ),
        (
            profile::AGE,
            "your age (from 46, VO2 work needs an extra easy day)",
        ),
        (
            profile::LEVEL,
            "your level (it sets how many hard sessions fit; intermediate until you say)",
        ),
    ];
    let mut items = [""; 5];
    let mut n = 0;
    for (bit, text) in WANTS {
        if missing & bit != 0 {
            items[n] = text;
            n += 1;
        }
    }
    write!(
        out,
        "A profile would unlock more checks. Add {}.",
        AndList(&items[..n])
    )
}
