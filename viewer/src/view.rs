//! What a read-only widget shows and remembers: the post's plan as its attributes
//! ask, the week on the board and its report, and the little the reader can change
//! (the week shown, a finding lit, the findings unfolded on a phone). Every change
//! returns whether the page must be drawn again; [`Viewer::html`] draws it.

use crate::options::{Attributes, Embedding};
use crate::render;
use weekboard_core::date::Date;
use weekboard_core::score::{score_with, strip, Context, WeekMark};
use weekboard_core::{Plan, Report};

/// The sentence for a mouse press on a card: what the planner says too.
pub const CANT_CHANGE: &str = "This week can't be changed here. Edit a copy to move sessions.";

/// A read-only widget's state.
pub struct Viewer {
    pub(crate) embedding: Embedding,
    pub(crate) plan: Plan,
    /// The index of the week on the board, always one the plan has.
    pub(crate) shown: usize,
    pub(crate) report: Report,
    /// Every week of a block at a glance; empty for a one-week plan.
    pub(crate) marks: Vec<WeekMark>,
    /// Today, from the browser's clock: it marks its column and "This week".
    pub(crate) today: Option<Date>,
    /// The finding whose days and cards are lit.
    pub(crate) highlight: Option<usize>,
    /// The reader pressed on a card: the note says how to change the week.
    pub(crate) tried_to_edit: bool,
    /// The reader asked to edit a copy: the planner is on its way to take over.
    pub(crate) copying: bool,
    /// On a phone, every finding shows, not only the first.
    pub(crate) expanded: bool,
    /// What the live region says.
    pub(crate) said: String,
    /// The width words (`crate::widths`), once the widget's width is known.
    pub(crate) width: Option<String>,
}

/// Where week `shown` sits: a week on its own repeats; in a block its neighbours
/// are real (as the planner scores it, `src/state/scored.rs`).
fn context_of(plan: &Plan, shown: usize) -> Context {
    let mut context = if plan.weeks.len() > 1 {
        Context::in_block(&plan.weeks, shown, &plan.athlete)
    } else {
        Context::default()
    };
    // Spacing reads the days in the order the board shows them.
    context.show_from(plan.settings.week_start);
    context
}

/// The attributes, read as the planner reads them; a problem with them is the
/// planner's to show ([`Viewer::needs_planner`]), so its words stay out of here.
fn read(attributes: &Attributes) -> Embedding {
    Embedding::read_with(attributes, |_| String::new())
}

fn report_of(plan: &Plan, shown: usize) -> Report {
    score_with(
        &plan.weeks[shown],
        &plan.athlete,
        plan.settings.units,
        &context_of(plan, shown),
    )
}

impl Viewer {
    /// The widget for these attributes; `today` when the browser's clock gives one.
    pub fn new(attributes: &Attributes, today: Option<Date>) -> Viewer {
        let embedding = read(attributes);
        let plan = embedding.starting_plan();
        let shown = embedding.week.unwrap_or(0).min(plan.weeks.len() - 1);
        let mut viewer = Viewer {
            report: report_of(&plan, shown),
            marks: Vec::new(),
            embedding,
            plan,
            shown,
            today,
            highlight: None,
            tried_to_edit: false,
            copying: false,
            expanded: false,
            said: String::new(),
            width: None,
        };
        viewer.mark_weeks();
        viewer
    }

    fn mark_weeks(&mut self) {
        self.marks = match self.plan.weeks.len() {
            1 => Vec::new(),
            _ => strip(
                &self.plan.weeks,
                &self.plan.athlete,
                self.plan.settings.week_start,
            ),
        };
    }

    fn rescore(&mut self) {
        self.report = report_of(&self.plan, self.shown);
    }

    /// The attributes changed. True when the week itself changed (a new `plan`, or
    /// new `units` or `week-start`): the page hears of it, as from the planner.
    pub fn update(&mut self, attributes: &Attributes) -> bool {
        let now = read(attributes);
        let before = std::mem::replace(&mut self.embedding, now);
        let now = &self.embedding;
        if now.post_week != before.post_week {
            let plan = now.starting_plan();
            if plan == self.plan {
                return false;
            }
            self.plan = plan;
            self.shown = 0;
            self.mark_weeks();
            self.rescore();
            true
        } else if (now.units, now.week_start) != (before.units, before.week_start) {
            let settings = now.shown(&self.plan).settings;
            if settings == self.plan.settings {
                return false;
            }
            self.plan.settings = settings;
            self.rescore();
            true
        } else {
            false
        }
    }

    /// Shows week `week` of the block (from 0); false when it is on the board already
    /// or the block has no such week.
    pub fn show(&mut self, week: usize) -> bool {
        if week == self.shown || week >= self.plan.weeks.len() {
            return false;
        }
        self.shown = week;
        self.rescore();
        let of = self.plan.weeks.len();
        // "Week 2 of 8 (7–13 Dec 2026). Week score 72.", one piece after another: one
        // `format!` instead of four, -36 B brotli of the viewer.
        let mut said = format!("Week {} of {of}", week + 1);
        if let Some(monday) = self.plan.monday_of(week) {
            said.push_str(" (");
            said.push_str(&monday.week_span());
            said.push(')');
        }
        match self.report.score {
            Some(score) => {
                said.push_str(". Week score ");
                said.push_str(&score.to_string());
                said.push('.');
            }
            None => said.push_str(". No running yet."),
        }
        self.said = said;
        true
    }

    /// The week before (`-1`) or after (`1`) the one on the board.
    pub fn step(&mut self, by: i32) -> bool {
        let week = self.shown as i64 + i64::from(by);
        week >= 0 && self.show(week as usize)
    }

    /// Lights a finding's days and cards (`None`: none).
    pub fn highlight(&mut self, finding: Option<usize>) -> bool {
        std::mem::replace(&mut self.highlight, finding) != finding
    }

    /// The reader tried to move a card: the note says how to.
    pub fn tried_to_edit(&mut self) -> bool {
        self.said = CANT_CHANGE.to_string();
        !std::mem::replace(&mut self.tried_to_edit, true)
    }

    /// "Edit a copy": the button says the planner is coming, and so does the live
    /// region, until the loader swaps the planner in; `opening` false when it could
    /// not come (the loader says why), and the button is back. Whether it changed.
    pub fn edit_copy(&mut self, opening: bool) -> bool {
        self.said = if opening {
            "Opening a copy of the week to edit…".to_string()
        } else {
            String::new()
        };
        opening != std::mem::replace(&mut self.copying, opening)
    }

    /// "Show 3 more" / "Show fewer".
    pub fn toggle_findings(&mut self) {
        self.expanded = !self.expanded;
    }

    /// The widget is `width` CSS px wide now; true when its width words change.
    pub fn resize(&mut self, width: f64) -> bool {
        let words = crate::widths::width_words(width);
        if self.width.as_deref() == Some(words.as_str()) {
            return false;
        }
        self.width = Some(words);
        true
    }

    /// Whether the attributes have a problem (a link that can't be opened, units
    /// it doesn't know): the planner shows those, with its words for each.
    pub fn needs_planner(&self) -> bool {
        !self.embedding.problems.is_empty()
    }

    /// The week on the board, from 0.
    pub fn shown(&self) -> usize {
        self.shown
    }

    /// The whole widget as HTML.
    pub fn html(&self) -> String {
        render::page(self)
    }
}
