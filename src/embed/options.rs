//! What a `<week-board>` element's attributes ask for, read into the planner's
//! terms. Pure: no DOM, so it is tested natively.
//!
//! A blog author's typo must not blank the widget: every attribute that can't be
//! read becomes a problem in plain words, and the widget goes on without it.

use serde::Deserialize;
use std::rc::Rc;
use weekboard_core::link;
use weekboard_core::{Plan, Units, WeekStart};

/// The attributes as the loader hands them over (`null` when absent).
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct Attributes {
    /// A share-link payload or a whole share URL.
    pub plan: Option<String>,
    /// Which week of a block to show alone (`3` is the third); absent shows the
    /// block's strip and its first week.
    pub week: Option<String>,
    /// `km` or `mi`.
    pub units: Option<String>,
    /// `mon` or `sun` (`monday`/`sunday` too).
    pub week_start: Option<String>,
    pub readonly: bool,
    /// Save the reader's edits in this browser.
    pub autosave: bool,
    /// Where to save them; the loader derives one from the page when absent.
    pub storage_key: Option<String>,
    /// The standalone planner's address: "Open in planner" and shared links go there.
    pub planner_url: String,
}

/// The attributes, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Embedding {
    /// The week the post shows, when the `plan` attribute could be read.
    pub post_week: Option<Rc<Plan>>,
    /// What couldn't be read, as the reader should hear it.
    pub problems: Vec<String>,
    pub units: Option<Units>,
    pub week_start: Option<WeekStart>,
    /// The one week of the block to show (from 0), without the strip.
    pub week: Option<usize>,
    pub readonly: bool,
    /// `None`: nothing is saved; the widget lives in memory.
    pub storage_key: Option<String>,
    pub planner_url: String,
}

/// An attribute that can't be read, before it is put in words.
pub enum Problem<'a> {
    Units(&'a str),
    WeekStart(&'a str),
    /// The `plan` link, and why it can't be opened.
    Plan(link::LinkError),
    /// The `week` attribute, and how many weeks the plan has.
    Week(&'a str, usize),
}

impl Problem<'_> {
    /// The problem as the reader should hear it.
    pub fn words(self) -> String {
        match self {
            Problem::Units(word) => {
                format!("units=\"{word}\" isn't a unit this board knows: use km or mi.")
            }
            Problem::WeekStart(word) => {
                format!("week-start=\"{word}\" isn't a day this board starts on: use mon or sun.")
            }
            Problem::Plan(error) => format!("The week in this post can't be opened: {error}"),
            Problem::Week(word, weeks) => {
                format!("week=\"{word}\" isn't a week of this plan: use 1 to {weeks}.")
            }
        }
    }
}

impl Embedding {
    /// Reads the attributes; never fails, since a widget with a problem noted beats
    /// no widget.
    pub fn read(attributes: &Attributes) -> Embedding {
        Embedding::read_with(attributes, |problem| problem.words())
    }

    /// [`Embedding::read`], with `say` putting each problem in words. The read-only
    /// viewer, which leaves every problem to the planner to show, passes one that
    /// says nothing: the planner's words then stay out of the viewer's download.
    pub fn read_with(attributes: &Attributes, say: impl Fn(Problem) -> String) -> Embedding {
        let mut problems = Vec::new();
        let units = attributes.units.as_deref().and_then(|word| {
            let units = match word.trim().to_ascii_lowercase().as_str() {
                "km" | "kilometres" | "kilometers" => Some(Units::Km),
                "mi" | "miles" => Some(Units::Mi),
                _ => None,
            };
            if units.is_none() {
                problems.push(say(Problem::Units(word)));
            }
            units
        });
        let week_start = attributes.week_start.as_deref().and_then(|word| {
            let start = match word.trim().to_ascii_lowercase().as_str() {
                "mon" | "monday" => Some(WeekStart::Monday),
                "sun" | "sunday" => Some(WeekStart::Sunday),
                _ => None,
            };
            if start.is_none() {
                problems.push(say(Problem::WeekStart(word)));
            }
            start
        });
        let post_week = attributes
            .plan
            .as_deref()
            .filter(|text| !text.trim().is_empty())
            .and_then(|text| match link::decode(text) {
                Ok(decoded) => Some(Rc::new(decoded.plan)),
                Err(error) => {
                    problems.push(say(Problem::Plan(error)));
                    None
                }
            });
        let weeks = post_week.as_ref().map_or(1, |p| p.weeks.len());
        let week = attributes
            .week
            .as_deref()
            .and_then(|word| match word.trim().parse::<usize>() {
                Ok(n) if (1..=weeks).contains(&n) => Some(n - 1),
                _ => {
                    problems.push(say(Problem::Week(word, weeks)));
                    None
                }
            });
        let storage_key = attributes
            .autosave
            .then(|| attributes.storage_key.clone())
            .flatten()
            .filter(|key| !key.trim().is_empty());
        Embedding {
            post_week,
            problems,
            units,
            week_start,
            week,
            readonly: attributes.readonly,
            storage_key,
            planner_url: attributes.planner_url.clone(),
        }
    }

    /// `plan` shown the way the attributes ask (units, first day of the week).
    pub fn shown(&self, plan: &Plan) -> Plan {
        let mut plan = plan.clone();
        if let Some(units) = self.units {
            plan.settings.units = units;
        }
        if let Some(start) = self.week_start {
            plan.settings.week_start = start;
        }
        plan
    }

    /// The week the widget starts from when nothing is saved: the post's, or an
    /// empty one to plan from scratch.
    pub fn starting_plan(&self) -> Plan {
        match &self.post_week {
            Some(plan) => self.shown(plan),
            None => self.shown(&Plan::default()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use weekboard_core::samples::effective_week;

    fn attributes() -> Attributes {
        Attributes {
            planner_url: "https://example.org/weekboard/".into(),
            ..Attributes::default()
        }
    }

    fn effective_payload() -> String {
        let plan = Plan::of_week(effective_week());
        link::encode(&plan, false)
    }

    #[test]
    fn a_week_of_a_block_is_picked_by_its_number() {
        let mut block = Plan::of_week(effective_week());
        block.weeks.push(Default::default());
        let plan = Some(link::encode(&block, false));
        let third = Embedding::read(&Attributes {
            plan: plan.clone(),
            week: Some("2".into()),
            ..attributes()
        });
        assert_eq!((third.week, third.problems.len()), (Some(1), 0));
        let beyond = Embedding::read(&Attributes {
            plan,
            week: Some("3".into()),
            ..attributes()
        });
        assert_eq!(beyond.week, None);
        assert_eq!(
            beyond.problems,
            ["week=\"3\" isn't a week of this plan: use 1 to 2."]
        );
    }

    #[test]
    fn a_payload_and_a_whole_link_open_the_same_week() {
        let payload = effective_payload();
        let from_payload = Embedding::read(&Attributes {
            plan: Some(payload.clone()),
            ..attributes()
        });
        let from_url = Embedding::read(&Attributes {
            plan: Some(format!("https://example.org/weekboard/#plan={payload}")),
            ..attributes()
        });
        assert!(from_payload.problems.is_empty());
        assert_eq!(from_payload.post_week, from_url.post_week);
        assert_eq!(
            from_payload.post_week.map(|p| p.weeks[0].clone()),
            Some(effective_week())
        );
    }

    #[test]
    fn a_broken_plan_is_a_problem_in_words_not_a_failure() {
        let embedding = Embedding::read(&Attributes {
            plan: Some("#plan=AQ".into()),
            ..attributes()
        });
        assert_eq!(embedding.post_week, None);
        assert_eq!(embedding.problems.len(), 1);
        assert!(embedding.problems[0].starts_with("The week in this post can't be opened"));
        assert_eq!(embedding.starting_plan(), Plan::default());
    }

    #[test]
    fn units_and_week_start_apply_over_the_post_week() {
        let embedding = Embedding::read(&Attributes {
            plan: Some(effective_payload()),
            units: Some("mi".into()),
            week_start: Some("Sun".into()),
            ..attributes()
        });
        let plan = embedding.starting_plan();
        assert_eq!(plan.settings.units, Units::Mi);
        assert_eq!(plan.settings.week_start, WeekStart::Sunday);
    }

    #[test]
    fn unknown_words_are_named_and_ignored() {
        let embedding = Embedding::read(&Attributes {
            units: Some("furlongs".into()),
            week_start: Some("wednesday".into()),
            ..attributes()
        });
        assert_eq!(embedding.units, None);
        assert_eq!(embedding.week_start, None);
        assert_eq!(
            embedding.problems,
            vec![
                "units=\"furlongs\" isn't a unit this board knows: use km or mi.".to_string(),
                "week-start=\"wednesday\" isn't a day this board starts on: use mon or sun."
                    .to_string(),
            ]
        );
    }

    #[test]
    fn only_autosave_with_a_key_saves() {
        let key = Some("post-42".to_string());
        let saving = |autosave, storage_key| {
            Embedding::read(&Attributes {
                autosave,
                storage_key,
                ..attributes()
            })
            .storage_key
        };
        assert_eq!(saving(true, key.clone()), key);
        assert_eq!(saving(false, key), None);
        assert_eq!(saving(true, Some("  ".into())), None);
    }
}
