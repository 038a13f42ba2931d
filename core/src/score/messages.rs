//! The sentences: what is off, why it matters and what to try, in a runner's words.
//! Each message is written straight into one string; distances follow the runner's
//! km/mi setting.

use super::advice;
use super::effort::{Effort, Quality};
use super::flag::{Crowding, DaySet, Detail, Flag, Subject, Unit};
use super::phrases::{
    comes, day, is, it, needs, noun, plural_noun, with_article, Amount, AndList, Days, Duration,
    EasyDays, Over, RunsOn, Whose,
};
use super::proportions::PROPORTIONS;
use super::scene::{self, Scene};
use super::{load, profile_note};
use crate::model::{Kind, Level, SessionId};
use crate::report::{FindingCode, Fix, Severity};
use std::fmt::{self, Write};

/// Sessions named one by one in a list before it says "and N more".
const LIST_AT_MOST: usize = 4;

/// The message of a flag, and the one-click fix it proposes, if any.
pub(crate) fn message(flag: &Flag, scene: &Scene) -> (String, Option<Fix>) {
    let mut out = String::with_capacity(320);
    let out_ = &mut out;
    let mut fix = None;
    // Writing into a String cannot fail.
    let _ = match flag.detail {
        Detail::Crowding(c) => crowding(out_, &c, scene, &mut fix),
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
            from_weeks,
            easier_left_out,
        } => week_load(
            out_,
            flag,
            this_week as f64,
            (usual as f64, from_weeks, easier_left_out),
            unit,
            scene,
        ),
        Detail::Spike {
            day: at,
            kind,
            this_run,
            longest,
            unit,
            from_weeks,
        } => spike(
            out_,
            Whose(at, kind),
            f64::from(this_run),
            (f64::from(longest), from_weeks),
            unit,
            scene,
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
            alike_days,
            training_days,
            day_off,
            lightest,
            heaviest,
        } => monotony(
            out_,
            hundredths,
            (alike_days, training_days),
            day_off,
            lightest,
            heaviest,
            scene,
        ),
        Detail::DayLoad {
            day: at,
            runs,
            minutes,
            share,
        } => day_load(out_, at, runs, minutes, share, flag),
        Detail::WeekSize {
            minutes,
            metres,
            ceiling_minutes,
            ceiling_metres,
            level,
        } => week_size(
            out_,
            minutes,
            metres,
            ceiling_minutes,
            ceiling_metres,
            level,
            scene,
        ),
        Detail::Contradiction {
            session,
            card,
            reads,
        } => contradiction(out_, session, card, reads, scene, &mut fix),
        Detail::Profile { missing } => needs_profile(out_, missing, flag, scene),
        Detail::NoRunning { sessions, minutes } => no_running(out_, sessions, minutes),
        Detail::Build { weeks } => build(out_, weeks),
        Detail::Taper {
            weeks_out,
            percent,
            kept_volume,
        } => taper(out_, weeks_out, percent, kept_volume),
        Detail::RaceWeek { percent } => race_week(out_, percent),
    };
    (out, fix)
}

/// " when the week repeats", when the pair runs into this week read again.
fn repeats(c: &Crowding) -> &'static str {
    if c.repeats {
        " when the week repeats"
    } else {
        ""
    }
}

/// Days from the first session to the second, across the weeks (in the order the
/// board shows them: a week shown from Sunday has its Sunday first).
fn gap(c: &Crowding) -> i32 {
    let at = |week: i8, day| i32::from(week) * 7 + c.week_start.column(day) as i32;
    at(c.second_week, c.second) - at(c.first_week, c.first)
}

/// "Tuesday's intervals", "last Saturday's race", "next Monday's tempo".
struct WhoseIn(usize, i8, Kind, bool);

impl fmt::Display for WhoseIn {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let WhoseIn(at, week, kind, repeats) = *self;
        match week {
            -1 => write!(f, "last {}", Whose(at, kind)),
            1 if !repeats => write!(f, "next {}", Whose(at, kind)),
            _ => Whose(at, kind).fmt(f),
        }
    }
}

/// The long runs this week that sit between two crowded days.
fn long_runs_between(c: &Crowding, scene: &Scene) -> DaySet {
    let start = i32::from(c.first_week) * 7 + c.week_start.column(c.first) as i32;
    let mut days = DaySet::default();
    for p in (start + 1..start + gap(c)).filter(|p| (0..7).contains(p)) {
        let day = c.week_start.day_at(p as usize);
        if scene.facts.days[day].long_run.is_some() {
            days.insert(day);
        }
    }
    days
}

fn crowding(out: &mut String, c: &Crowding, scene: &Scene, fix: &mut Option<Fix>) -> fmt::Result {
    let first = WhoseIn(c.first, c.first_week, c.first_kind, c.repeats);
    let second = WhoseIn(c.second, c.second_week, c.second_kind, c.repeats);
    let (fk, sk) = (c.first_kind, c.second_kind);
    let repeats = repeats(c);
    if gap(c) == 0 {
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
    } else if c.easy_days == 0 && gap(c) > 1 {
        let between = long_runs_between(c, scene);
        if between.is_empty() {
            write!(
                out,
                "{second} {} after {first}{repeats} with only a long run between them: no \
                 easy day to absorb either, and the long run starts on tired legs.",
                comes(sk),
            )?;
        } else {
            write!(
                out,
                "{second} {} after {first}{repeats} with only the long run on {} between \
                 them: no easy day to absorb either, and the long run starts on tired legs.",
                comes(sk),
                Days(between),
            )?;
        }
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
    what_to_try(out, c, scene, fix)
}

fn same_day(out: &mut String, c: &Crowding, scene: &Scene) -> fmt::Result {
    let at = c.first;
    if c.second_kind == Kind::LongRun {
        return write!(
            out,
            "{} has a long run and {} on the same day: two key sessions at once — the \
             long run starts on tired legs, and neither gets its full value.",
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
fn what_to_try(
    out: &mut String,
    c: &Crowding,
    scene: &Scene,
    fix: &mut Option<Fix>,
) -> fmt::Result {
    let same_day = gap(c) == 0;
    let mut candidates: Vec<SessionId> = Vec::new();
    if same_day {
        // The later session of the day first: it is the one that was added on top.
        for s in scene.week.days[c.first].iter().rev() {
            if s.kind.is_hard() {
                candidates.push(s.id);
            }
        }
    } else {
        candidates.extend(c.movable.iter().flatten());
    }
    let subject = candidates.first().copied().filter(|_| !same_day);
    if let Some(m) = advice::best_move(
        scene.week,
        scene.athlete,
        scene.facts,
        &candidates,
        scene.tally,
    ) {
        let moving = if Some(m.session) == subject {
            it(m.kind).to_string()
        } else {
            Whose(m.from, m.kind).to_string()
        };
        return match m.swap {
            None => {
                *fix = Some(Fix::Move {
                    session: m.session,
                    to: m.to,
                });
                write!(
                    out,
                    "Try moving {moving} to {} (the week then scores {}).",
                    day(m.to),
                    m.score
                )
            }
            Some((other, kind)) => {
                *fix = Some(Fix::Swap {
                    session: m.session,
                    with: other,
                });
                write!(
                    out,
                    "Try swapping {moving} with {} (the week then scores {}).",
                    Whose(m.to, kind),
                    m.score
                )
            }
        };
    }
    let (fk, sk) = (c.first_kind, c.second_kind);
    if fk == Kind::Race && sk == Kind::LongRun {
        // A race can't become an easy run; the long run after it can ease off.
        out.push_str(
            "Keep an easy day between the race and the long run, or run the long run easy \
             and a little shorter: Pfitzinger's 18/55 marathon schedule pairs a tune-up race \
             with the next day's long run on purpose.",
        );
        Ok(())
    } else if fk == Kind::LongRun || sk == Kind::LongRun {
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

/// Days whose grey-zone minutes come from moderate runs, and from easy runs run too
/// hard.
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
        .filter(|&(d, s)| days.contains(d) && s.kind != Kind::Steady && Effort::of(s).grey > 0)
        .map(|(_, s)| s.effective_rpe());
    let (lo, hi) = rpes.fold((u8::MAX, 0), |(lo, hi), r| (lo.min(r), hi.max(r)));
    if lo >= hi {
        write!(out, "RPE {hi}")
    } else {
        write!(out, "RPE {lo}–{hi}")
    }
}

/// Says where the week's hard minutes come from: the workouts, or estimates.
fn hard_minutes_source(out: &mut String, scene: &Scene) -> fmt::Result {
    let (mut read, mut estimated) = (0u32, 0u32);
    for (_, s) in scene.week.sessions() {
        let e = Effort::of(s);
        let hard = e.zones.map_or(0, |z| z.hard);
        if hard == 0 {
            continue;
        }
        if e.from_workout {
            read += hard;
        } else {
            estimated += hard;
        }
    }
    match (read, estimated) {
        (0, 0) => Ok(()),
        (r, 0) => write!(out, " ({} hard, from the workouts.)", Duration(u64::from(r))),
        (_, _) => out
            .write_str(" (The hard sessions' warm-ups are estimated from their length: write their workouts to make it exact.)"),
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
        return hard_minutes_source(out, scene);
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
    let easy_then = f64::from(split.easy_minutes) + f64::from(scene.facts.grey_minutes);
    let total = f64::from(split.total().max(1));
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

/// Writes "Tuesday's tempo, Thursday's intervals and 3 more", or "Tuesday's 2 tempos"
/// for a double of one kind.
fn session_list(out: &mut String, ids: &[SessionId], scene: &Scene) -> fmt::Result {
    let mut named: Vec<(Whose, usize)> = Vec::new();
    for &id in ids {
        let Some((d, pos)) = scene.week.find(id) else {
            continue;
        };
        let whose = Whose(d, scene.week.days[d][pos].kind);
        match named.iter_mut().find(|(w, _)| *w == whose) {
            Some((_, n)) => *n += 1,
            None => named.push((whose, 1)),
        }
    }
    // Written one by one, not as an `AndList` of a list built first (-126 B brotli).
    let all_shown = named.len() <= LIST_AT_MOST;
    let shown = &named[..named.len().min(LIST_AT_MOST)];
    for (i, &(whose, n)) in shown.iter().enumerate() {
        if i + 1 == shown.len() && i > 0 && all_shown {
            out.push_str(" and ");
        } else if i > 0 {
            out.push_str(", ");
        }
        // "Tuesday's tempo", or "Tuesday's 2 tempos".
        if n == 1 {
            write!(out, "{whose}")?;
        } else {
            write!(out, "{}'s {n} {}", day(whose.0), plural_noun(whose.1))?;
        }
    }
    if all_shown {
        return Ok(());
    }
    let more: usize = named[LIST_AT_MOST..].iter().map(|(_, n)| n).sum();
    write!(out, " and {more} more")
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
    session_list(out, &scene::sessions(flag, scene.week), scene)?;
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

/// "your usual week", and where it comes from when the block gave it: "the mean of your
/// last 3 weeks".
fn usual_week(from_weeks: u8) -> String {
    match from_weeks {
        0 => "your usual week".to_string(),
        1 => "last week".to_string(),
        n => format!("the mean of your last {n} weeks"),
    }
}

fn week_load(
    out: &mut String,
    flag: &Flag,
    this_week: f64,
    (usual, from_weeks, left_out): (f64, u8, u8),
    unit: Unit,
    scene: &Scene,
) -> fmt::Result {
    let units = scene.units;
    let usual_week = match left_out {
        0 => usual_week(from_weeks),
        n => format!(
            "the mean of your last {} weeks leaving out the easier {}",
            from_weeks + n,
            if n == 1 { "one" } else { "ones" }
        ),
    };
    let ratio = this_week / usual;
    let (this, usual_amount) = (Amount(this_week, unit, units), Amount(usual, unit, units));
    if flag.code == FindingCode::UnderLoad {
        return write!(
            out,
            "This week is {}% lighter than {usual_week} ({this} against {usual_amount}){}",
            ((1.0 - ratio) * 100.0).round() as i64,
            if scene.facts.races > 0 {
                ", apart from the race: as a race week should be."
            } else {
                ": fine as a deload or a recovery week. Build back to your usual load over a \
                 week or two."
            }
        );
    }
    let more = ((ratio - 1.0) * 100.0).round() as i64;
    let target = usual * load::LOAD.fine_up_to;
    write!(
        out,
        "This week is {more}% bigger than {usual_week} ({this} against {usual_amount}): "
    )?;
    if flag.severity == Severity::Problem {
        write!(
            out,
            "relative to what you've built, that is too big a jump at once. Keep the rise \
             within 10% — about {}, so trim {} or spread the increase over a few weeks.",
            Amount(target, unit, units),
            Amount(this_week - target, unit, units)
        )
    } else {
        write!(
            out,
            "a step up you can take now and then, not week after week. Keep it within 10% \
             (about {}) unless this is a planned build.",
            Amount(target, unit, units)
        )
    }
}

fn spike(
    out: &mut String,
    run: Whose,
    this_run: f64,
    (longest, from_weeks): (f64, u8),
    unit: Unit,
    scene: &Scene,
) -> fmt::Result {
    let units = scene.units;
    let when = match from_weeks {
        0 => "of the last 30 days".to_string(),
        1 => "last week".to_string(),
        n => format!("of your last {n} weeks"),
    };
    write!(
        out,
        "{run} ({}) {} {}% longer than your longest run {when} ({}): single \
         runs well past what you've built are the spikes the Garmin-RUNSAFE study linked to \
         running injuries. Build up to it: keep it within 10% of your longest, about {}.",
        Amount(this_run, unit, units),
        is(run.1),
        ((this_run / longest - 1.0) * 100.0).round() as i64,
        Amount(longest, unit, units),
        Amount(longest * load::LOAD.spike_fine_up_to, unit, units)
    )
}

/// "shorten it to about 1 h 10, or add easy running on other days": what to do about
/// a long run too big a share of its week, `target` being the length at which it
/// would be the cap's share. When the same run also spikes past the longest recent
/// one, the length the spike finding names is the one given here too: a run gets
/// one target, not two. Shortening it that far may leave it too big a share still;
/// easy running on other days then has to come as well, not instead.
fn shorten(out: &mut String, (target, unit): (f64, Unit), scene: &Scene) -> fmt::Result {
    let units = scene.units;
    let long_run = scene.facts.long_run.map(|r| r.id);
    let spike = load::spike_target(scene.facts, scene.athlete).filter(|s| Some(s.0) == long_run);
    match spike {
        None => write!(
            out,
            "shorten it to about {}, or add easy running on other days",
            Amount(target, unit, units)
        ),
        Some((_, back_to, spike_unit)) if spike_unit == unit && target >= back_to => write!(
            out,
            "shorten it to about {}, which also keeps it within 10% of your longest run",
            Amount(back_to, spike_unit, units)
        ),
        Some((_, back_to, spike_unit)) => write!(
            out,
            "shorten it to about {}, within 10% of your longest run, and add easy running \
             on other days",
            Amount(back_to, spike_unit, units)
        ),
    }
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
    let units = scene.units;
    let t = PROPORTIONS;
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
        let small = match cap {
            40 => " in a week under 40 km",
            30 => " in a week under 64 km",
            _ => "",
        };
        let share = Over(share_tenths, cap);
        let share_pct = f64::from(share_tenths) / 10.0;
        let problem = if cap > 30 {
            60.0
        } else {
            t.long_run_share_problem
        };
        // Below about half an hour (or 5 km) "shorten it" would leave no long run:
        // the week needs more running, not a smaller long run.
        let floor = match unit {
            Unit::Metres => 5000.0,
            Unit::Minutes => 30.0,
        };
        if share_pct > problem && target < floor {
            write!(
                out,
                "{}'s long run is {share} of your week's running: there is next to no \
                 other running to carry it. Add easy runs on other days before making the \
                 long run this long.",
                day(at),
            )?;
        } else if share_pct > problem {
            write!(
                out,
                "{}'s long run is {share} of your week's running: the rest of the week \
                 holds less running than the long run itself. A week like this can't \
                 support a long run that big: ",
                day(at),
            )?;
            shorten(out, (target, unit), scene)?;
            out.push('.');
        } else if share_pct <= f64::from(cap) + t.long_run_note_band {
            write!(
                out,
                "{}'s long run is {share} of your week's running, over the {cap}% Daniels \
                 allows{small} — though within what other plans give it (Pfitzinger's are \
                 about a third of the week). Fine if the rest of your week carries it; \
                 about {} would meet Daniels' cap.",
                day(at),
                Amount(target, unit, units)
            )?;
        } else {
            write!(
                out,
                "{}'s long run is {share} of your week's running, where Daniels keeps it to \
                 {cap}%{small}: the rest of the week is thin for a long run that big. ",
                day(at),
            )?;
            let mut advice = String::new();
            shorten(&mut advice, (target, unit), scene)?;
            // The advice starts a sentence here. ASCII: `char::to_uppercase` would
            // bring Unicode's case tables into the viewer (5.8 KiB brotli).
            if let Some(first) = advice.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            out.push_str(&advice);
            out.push_str(
                ". (Plans differ here: Higdon's marathon weeks give the long run up to half \
                 the week.)",
            );
        }
    }
    if over_time {
        let length = Duration(u64::from(minutes));
        if over_share {
            out.push(' ');
        } else {
            write!(out, "{}'s long run is {length}. ", day(at))?;
        }
        if minutes <= t.long_run_caution_minutes {
            write!(
                out,
                "That is past Daniels' 150-minute cap, though within the 3 hours most \
                 marathon plans allow: fine if you have built up to it."
            )?;
        } else if minutes > t.long_run_problem_minutes {
            write!(
                out,
                "At {length} it is far past Daniels' 150 minutes and Hansons' 3 hours: a run \
                 that long costs more recovery than it builds endurance. Keep it under 3 hours."
            )?;
        } else {
            write!(
                out,
                "At {length} it is past both Daniels' 150-minute cap and the 3 hours Hansons \
                 stops at, beyond which a long run adds more fatigue than endurance. Keep it \
                 to about 3 hours."
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
    let units = scene.units;
    let ids = scene::sessions(flag, scene.week);
    let several = ids.len() > 1;
    let (name, fix) = match quality {
        Quality::Marathon => (
            "Marathon-pace running",
            "Shorten the marathon-pace blocks, or run one of them easy.",
        ),
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
                Amount(f64::from(metres), Unit::Metres, units)
            )?;
            session_list(out, &ids, scene)?;
            write!(
                out,
                "), past Daniels' cap of {}: more work at that pace than one week can \
                 absorb. {fix}",
                Amount(f64::from(max), Unit::Metres, units)
            )?;
        }
        None => {
            write!(
                out,
                "{name} is about {} of your week (",
                Over(share_tenths, cap)
            )?;
            session_list(out, &ids, scene)?;
            write!(
                out,
                "), over Daniels' {cap}%: more work at that pace than the week's easy running \
                 can support. {fix}"
            )?;
            if quality == Quality::Threshold && flag.severity < Severity::Problem {
                out.push_str(
                    " (The Norwegian model runs up to a quarter of the week at controlled \
                     sub-threshold effort; if that is your method, keep every rep \
                     comfortably below race effort.)",
                );
            }
        }
    }
    quality_source(out, quality, scene)
}

/// " From the workouts: 8 km at threshold." or how the work was estimated.
fn quality_source(out: &mut String, quality: Quality, scene: &Scene) -> fmt::Result {
    let i = quality as usize;
    let facts = scene.facts;
    if scene::read_only(facts, quality) {
        let pace = quality.pace().label();
        return match facts.volume.metres().filter(|_| facts.quality_m[i] > 0) {
            Some(_) => write!(
                out,
                " From the workouts: {} at {pace}.",
                Amount(facts.quality_m[i] as f64, Unit::Metres, scene.units)
            ),
            None => write!(
                out,
                " From the workouts: {} at {pace}.",
                Duration((facts.quality_s[i] + 30) / 60)
            ),
        };
    }
    out.push_str(
        " The work at pace is estimated from the sessions' length: write their workouts \
         (like 4 x 2 km @ T w/ 2' jog) to make it exact.",
    );
    Ok(())
}

fn monotony(
    out: &mut String,
    hundredths: u32,
    (alike, training): (u8, u8),
    day_off: bool,
    lightest: usize,
    heaviest: usize,
    scene: &Scene,
) -> fmt::Result {
    let loads = scene.facts.daily_load();
    let lightest_share =
        (100.0 * f64::from(loads[lightest]) / f64::from(loads[heaviest].max(1))).round() as u32;
    let which = if alike == training {
        format!("All {training} of your training days")
    } else {
        format!("{alike} of your {training} training days")
    };
    if lightest_share >= 100 {
        write!(out, "{which} carry the same load: ")?;
    } else {
        write!(
            out,
            "{which} carry much the same load — the lightest of them, {}, carries \
             {lightest_share}% of {}'s: ",
            day(lightest),
            day(heaviest),
        )?;
    }
    out.push_str(
        "with so little between them, the fatigue of one day carries into the next and \
         builds across the week. ",
    );
    if day_off {
        out.push_str(
            "Make one or two of them clearly easier: a short recovery run, or shorter and \
             slower.",
        );
    } else {
        out.push_str("Take a day off, or make one or two days a short recovery run.");
    }
    let shown = if hundredths >= 9999 {
        "every day the same".to_string()
    } else {
        format!("{}.{:02}", hundredths / 100, hundredths % 100)
    };
    write!(out, " (Foster's monotony: {shown}, where 2.0 is high.)")
}

fn day_load(
    out: &mut String,
    at: usize,
    runs: u32,
    minutes: u32,
    share: u8,
    flag: &Flag,
) -> fmt::Result {
    write!(
        out,
        "{} holds {runs} runs, {} of running",
        day(at),
        Duration(u64::from(minutes))
    )?;
    if share >= 40 {
        write!(out, " — {share}% of the week's running on one day")?;
    }
    out.push_str(if flag.severity == Severity::Problem {
        ": far more than a body absorbs in a day, however easy each run is."
    } else {
        ": more than a body absorbs well in one day."
    });
    if runs > 2 {
        out.push_str(" Published plans ask for two runs a day at most:");
    } else {
        out.push_str(" That is more running than the longest long run a plan allows:");
    }
    out.push_str(" spread them over the other days of the week.");
    Ok(())
}

fn week_size(
    out: &mut String,
    minutes: u64,
    metres: Option<u64>,
    ceiling_minutes: u32,
    ceiling_metres: u32,
    level: Option<Level>,
    scene: &Scene,
) -> fmt::Result {
    let units = scene.units;
    let runs = scene.facts.volume.runs;
    write!(out, "This week is {} of running", Duration(minutes))?;
    if let Some(m) = metres {
        write!(out, " ({})", Amount(m as f64, Unit::Metres, units))?;
    }
    write!(out, " in {runs} runs: ")?;
    let who = match level {
        Some(Level::Beginner) => "a beginner",
        Some(Level::Intermediate) | None => "an intermediate runner",
        Some(Level::Advanced) => "even an advanced runner",
    };
    write!(
        out,
        "more than {who} runs in a week (about {} or {} at most",
        Duration(u64::from(ceiling_minutes)),
        Amount(f64::from(ceiling_metres), Unit::Metres, units)
    )?;
    if level.is_none() {
        out.push_str(", taking you as intermediate until you set your level");
    }
    out.push_str("). ");
    if scene.athlete.usual_week_m.is_some_and(|m| m > 0) {
        out.push_str(
            "Add distances to this week's runs so the board can compare it with the usual \
             week in your profile",
        );
    } else {
        out.push_str(
            "If this is really your training, set your level and usual week in the profile \
             so the board can judge it against what you've built",
        );
    }
    out.push_str("; if not, check the minutes on the cards.");
    Ok(())
}

fn contradiction(
    out: &mut String,
    session: SessionId,
    card: Kind,
    reads: Kind,
    scene: &Scene,
    fix: &mut Option<Fix>,
) -> fmt::Result {
    let Some((at, pos)) = scene.week.find(session) else {
        return Ok(());
    };
    let s = &scene.week.days[at][pos];
    let text = s.workout.as_deref().unwrap_or("");
    let what = if reads.is_hard() {
        "hard work"
    } else {
        "no work at threshold or faster"
    };
    write!(
        out,
        "{} workout ({text}) reads as {}, {what}: the board counts its minutes from the \
         workout, but spaces the week by the card, as {}. ",
        Whose(at, card),
        with_article(reads),
        with_article(card),
    )?;
    let mut fixed = scene.week.clone();
    fixed.days[at][pos].kind = reads;
    let then = super::score_for_message(&fixed, scene.athlete);
    write!(
        out,
        "If it is {}, make the card say so",
        with_article(reads)
    )?;
    if let Some(then) = then {
        write!(out, " (the week then scores {then})")?;
    }
    out.push_str("; if not, correct the workout.");
    *fix = Some(Fix::SetKind {
        session,
        kind: reads,
    });
    Ok(())
}

fn needs_profile(out: &mut String, missing: u8, flag: &Flag, scene: &Scene) -> fmt::Result {
    const WANTS: [(u8, &str); 5] = [
        (
            profile_note::USUAL_WEEK,
            "your usual week (is this one a jump from what you've built?)",
        ),
        (profile_note::DISTANCES, ""),
        (
            profile_note::LONGEST_RUN,
            "your longest run of the last 30 days (does any run go well past it?)",
        ),
        (
            profile_note::AGE,
            "your age (from 46, VO2 work needs an extra easy day)",
        ),
        (
            profile_note::LEVEL,
            "your level (it sets how many hard sessions fit; intermediate until you say)",
        ),
    ];
    out.push_str("A profile would unlock more checks. Add ");
    let mut first = true;
    let mut n = WANTS.iter().filter(|(bit, _)| missing & bit != 0).count();
    for (bit, text) in WANTS {
        if missing & bit == 0 {
            continue;
        }
        if !first {
            out.push_str(if n == 1 { " and " } else { ", " });
        }
        first = false;
        n -= 1;
        if bit == profile_note::DISTANCES {
            out.push_str("distances to ");
            let ids = scene::sessions(flag, scene.week);
            session_list(out, &ids, scene)?;
            out.push_str(" (your profile counts in kilometres)");
        } else {
            out.push_str(text);
        }
    }
    out.push('.');
    Ok(())
}

fn build(out: &mut String, weeks: u8) -> fmt::Result {
    write!(
        out,
        "This is the {} week in a row without an easier week. Published schedules lighten \
         one week in every three or four of a build (a fifth to a third less running) so \
         the work can be absorbed; plan one soon.",
        ordinal(weeks)
    )
}

fn taper(out: &mut String, weeks_out: u8, percent: u16, kept_volume: bool) -> fmt::Result {
    let when = if weeks_out == 1 {
        "The week"
    } else {
        "Two weeks"
    };
    if kept_volume {
        write!(
            out,
            "{when} before your race, this week keeps {percent}% of your usual running but \
             drops the quality sessions: a taper has it the other way round. The \
             best-supported taper cuts the volume by 40–60% and keeps some faster running \
             (Bosquet et al. 2007)."
        )
    } else {
        write!(
            out,
            "{when} before your race, this week cuts the volume, as a taper should, but \
             drops every quality session too: keep one shorter session at race pace or \
             faster, so the legs stay sharp (Bosquet et al. 2007)."
        )
    }
}

fn race_week(out: &mut String, percent: u16) -> fmt::Result {
    write!(
        out,
        "Your race is this week, yet the rest of the week's running is {percent}% of your \
         usual week: a race week is lighter than the weeks before it, so you start fresh. \
         Cut the other runs to about half."
    )
}

/// "4th", "6th".
fn ordinal(n: u8) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn no_running(out: &mut String, sessions: u32, minutes: u64) -> fmt::Result {
    if sessions == 0 {
        return out.write_str(
            "There is no running on the board yet, so there is nothing to judge. Add the \
             week's runs — easy runs, a long run, one or two harder sessions — and the board \
             will say how they fit together.",
        );
    }
    let what = if sessions == 1 {
        "1 session".to_string()
    } else {
        format!("{sessions} sessions")
    };
    write!(
        out,
        "This week holds {what} of cross-training or strength ({}) but no running, so \
         there is no running week to judge yet. Add your runs and the board will judge how \
         they fit around these.",
        Duration(minutes)
    )
}
