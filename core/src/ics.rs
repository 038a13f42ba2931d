//! Calendar export: a plan's weeks as an RFC 5545 calendar (`.ics`), one all-day
//! event per session that isn't rest, so the weeks show up next to the runner's life.

use crate::date::Date;
use crate::model::{Kind, Session};
use crate::plan::Plan;

/// The plan as an iCalendar file: CRLF line endings, lines folded at 75 octets.
///
/// `monday` is the (year, month, day) of the first week's Monday (the plan's start;
/// the caller dates an undated plan); each session lands on its date as an all-day
/// event. The UID of a session's event is built from its week's Monday and the
/// session id, so exporting the same plan again updates events instead of duplicating
/// them — also after a session moves to another day.
pub fn to_ics(plan: &Plan, monday: (i32, u32, u32)) -> String {
    // The export has no way to fail: a date out of range becomes the nearest real one.
    let (year, month) = (
        monday
            .0
            .clamp(*crate::date::YEARS.start(), *crate::date::YEARS.end()),
        monday.1.clamp(1, 12),
    );
    let monday = (1..=monday.2.clamp(1, 31))
        .rev()
        .find_map(|day| Date::from_ymd(year, month, day))
        .unwrap_or_else(|| Date::from_ymd(year, month, 1).expect("the first of a month in range"));
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//weekboard//Training week//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        match plan.weeks.len() {
            1 => format!("X-WR-CALNAME:Training week of {monday}"),
            n => format!("X-WR-CALNAME:Training plan of {n} weeks from {monday}"),
        },
    ];
    for (w, week) in plan.weeks.iter().enumerate() {
        let week_monday = monday.plus_days(7 * w as i32);
        for (day, session) in week.sessions() {
            if session.kind == Kind::Rest {
                continue;
            }
            let date = plan.settings.week_start.date_of(week_monday, day);
            lines.extend(event(session, week_monday, date));
        }
    }
    lines.push("END:VCALENDAR".to_string());
    let mut out = String::new();
    for line in &lines {
        fold_into(&mut out, line);
    }
    out
}

fn event(session: &Session, monday: Date, date: Date) -> Vec<String> {
    let mut lines = vec![
        "BEGIN:VEVENT".to_string(),
        format!("UID:{}-{}@weekboard", monday.ical(), session.id.0),
        // The export has no clock; the Monday keeps the file the same for the same plan.
        format!("DTSTAMP:{}T000000Z", monday.ical()),
        format!("DTSTART;VALUE=DATE:{}", date.ical()),
        format!("DTEND;VALUE=DATE:{}", date.plus_days(1).ical()),
        format!("SUMMARY:{}", escape(&summary(session))),
    ];
    if let Some(description) = description(session) {
        lines.push(format!("DESCRIPTION:{}", escape(&description)));
    }
    lines.push(format!("CATEGORIES:{}", escape(session.kind.label())));
    // An all-day training reminder shouldn't mark the runner busy.
    lines.push("TRANSP:TRANSPARENT".to_string());
    lines.push("END:VEVENT".to_string());
    lines
}

/// "Intervals (60 min)", or the runner's own title with the minutes.
fn summary(session: &Session) -> String {
    let title = session.display_title().trim();
    if session.minutes == 0 {
        title.to_string()
    } else {
        format!("{title} ({} min)", session.minutes)
    }
}

/// The workout notation, then the notes, separated by a blank line.
fn description(session: &Session) -> Option<String> {
    let parts: Vec<&str> = [&session.workout, &session.notes]
        .into_iter()
        .flatten()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines;
/// other control characters are not allowed in TEXT and are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (RFC 5545 §3.1): each continuation
/// starts with a space, and no UTF-8 character is split across lines.
fn fold_into(out: &mut String, line: &str) {
    const MAX_OCTETS: usize = 75;
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > MAX_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Session, SessionId};
    use crate::samples::effective_week;

    fn plan_with(sessions: Vec<(usize, Session)>) -> Plan {
        let mut plan = Plan::default();
        for (day, session) in sessions {
            plan.weeks[0].days[day].push(session);
        }
        plan
    }

    fn starts(ics: &str) -> Vec<String> {
        ics.split("\r\n")
            .filter_map(|l| l.strip_prefix("DTSTART;VALUE=DATE:"))
            .map(str::to_string)
            .collect()
    }

    /// Undoes the folding: what a calendar reads.
    fn unfold(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn every_day(kind: Kind) -> Plan {
        let sessions = (0..7)
            .map(|d| (d, Session::new(SessionId(d as u32 + 1), kind)))
            .collect();
        plan_with(sessions)
    }

    #[test]
    fn week_rolls_over_the_year_end() {
        let ics = to_ics(&every_day(Kind::Easy), (2025, 12, 29));
        assert_eq!(
            starts(&ics),
            ["20251229", "20251230", "20251231", "20260101", "20260102", "20260103", "20260104"]
        );
        assert!(ics.contains("DTEND;VALUE=DATE:20260105\r\n"));
    }

    #[test]
    fn week_rolls_over_a_leap_february() {
        let ics = to_ics(&every_day(Kind::Easy), (2024, 2, 26));
        assert_eq!(
            starts(&ics),
            ["20240226", "20240227", "20240228", "20240229", "20240301", "20240302", "20240303"]
        );
        let ics = to_ics(&every_day(Kind::Easy), (2023, 2, 27));
        assert_eq!(starts(&ics)[2], "20230301");
    }

    #[test]
    fn week_rolls_over_a_thirty_day_month() {
        let ics = to_ics(&every_day(Kind::Easy), (2025, 6, 30));
        assert_eq!(starts(&ics)[1], "20250701");
    }

    #[test]
    fn impossible_dates_are_pulled_into_range() {
        let ics = to_ics(&every_day(Kind::Easy), (2025, 4, 31));
        assert_eq!(starts(&ics)[0], "20250430");
        let ics = to_ics(&every_day(Kind::Easy), (2025, 13, 0));
        assert_eq!(starts(&ics)[0], "20251201");
    }

    #[test]
    fn rest_days_make_no_event() {
        let plan = Plan::of_week(effective_week());
        let ics = to_ics(&plan, (2025, 1, 6));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 6);
        assert!(
            !starts(&ics).contains(&"20250109".to_string()),
            "Thursday is rest"
        );
        assert!(ics.contains("SUMMARY:Intervals (60 min)\r\n"));
        assert!(ics.contains("SUMMARY:Long run (100 min)\r\n"));
    }

    #[test]
    fn every_line_ends_in_crlf() {
        let plan = Plan::of_week(effective_week());
        let ics = to_ics(&plan, (2025, 1, 6));
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches('\n').count(), ics.matches("\r\n").count());
    }

    #[test]
    fn uids_are_stable_and_unique() {
        let plan = Plan::of_week(effective_week());
        let first = to_ics(&plan, (2025, 1, 6));
        assert_eq!(first, to_ics(&plan, (2025, 1, 6)));
        let uids: Vec<&str> = first
            .split("\r\n")
            .filter(|l| l.starts_with("UID:"))
            .collect();
        let mut unique = uids.clone();
        unique.dedup();
        assert_eq!(uids.len(), unique.len());
        assert!(uids.contains(&"UID:20250106-2@weekboard"));
    }

    #[test]
    fn text_is_escaped() {
        let mut session = Session::new(SessionId(1), Kind::Intervals);
        session.title = Some("Track; 6x800, fast \\ smooth".to_string());
        session.notes = Some("Line one\r\nLine two\nend\u{7}".to_string());
        session.workout = Some("6 x 800m, 2' rec".to_string());
        let ics = to_ics(&plan_with(vec![(1, session)]), (2025, 1, 6));
        let lines = unfold(&ics);
        assert!(lines.contains(&"SUMMARY:Track\\; 6x800\\, fast \\\\ smooth (60 min)".to_string()));
        assert!(lines.contains(
            &"DESCRIPTION:6 x 800m\\, 2' rec\\n\\nLine one\\nLine two\\nend".to_string()
        ));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let mut session = Session::new(SessionId(1), Kind::LongRun);
        session.notes = Some("Hügellauf über die Höhen — ".repeat(12));
        let ics = to_ics(&plan_with(vec![(6, session.clone())]), (2025, 1, 6));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let description = format!(
            "DESCRIPTION:{}",
            escape(session.notes.as_deref().unwrap_or("").trim())
        );
        assert!(unfold(&ics).contains(&description));
    }
}
