//! weekboard-viewer: a read-only week for a blog post, in a fraction of the
//! planner's download.
//!
//! A `<week-board readonly>` shows the post's week and what scoring says about it;
//! nothing in it is edited, so it needs none of the planner's framework. The
//! viewer decodes the link, scores the week with `weekboard-core`, and writes the
//! widget as one string of HTML ([`render`]) with the planner's own elements and
//! classes; `weekboard.js` puts it in the page and patches it when the reader
//! points at a finding or picks another week of a block. The reader who wants to
//! change the week gets the planner: "Edit a copy", or the page dropping `readonly`.
//!
//! The planner's number formatting, attribute reading and width bands are the
//! planner's very files, compiled in here too: one description of each, not two.

#[allow(dead_code)]
#[path = "../../src/format.rs"]
mod format;
#[allow(dead_code)]
#[path = "../../src/embed/options.rs"]
mod options;
#[allow(dead_code)]
#[path = "../../src/widths.rs"]
mod widths;

/// No float is formatted here but through `format::fixed`, which then writes the
/// digits itself: the standard float formatter stays out of the download.
const FLOAT_FORMATTER: bool = false;

/// The viewer's allocator: see `Cargo.toml` for why not std's. Coalescing freed
/// neighbours keeps the heap from growing as the widget redraws.
// SAFETY: the viewer runs on the page's one thread and starts no other.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

mod markup;
mod render;
mod view;

pub use options::Attributes;
pub use view::Viewer;

use wasm_bindgen::prelude::*;
use weekboard_core::date::Date;

/// One read-only widget, as `weekboard.js` drives it. Every method that changes
/// what shows returns true when the widget must be drawn again ([`View::html`]).
#[wasm_bindgen]
pub struct View(Viewer);

/// The element's attributes, as the loader reads them (`None` when absent).
fn attributes(
    plan: Option<String>,
    week: Option<String>,
    units: Option<String>,
    week_start: Option<String>,
    planner_url: String,
) -> Attributes {
    Attributes {
        plan,
        week,
        units,
        week_start,
        readonly: true,
        autosave: false,
        storage_key: None,
        planner_url,
    }
}

#[wasm_bindgen]
impl View {
    /// The widget for an element's attributes; `today` is the browser's date as
    /// one number, 20261201 for 1 December 2026.
    #[wasm_bindgen(constructor)]
    pub fn new(
        plan: Option<String>,
        week: Option<String>,
        units: Option<String>,
        week_start: Option<String>,
        planner_url: String,
        today: u32,
    ) -> View {
        let today = Date::from_ymd((today / 10_000) as i32, today / 100 % 100, today % 100);
        View(Viewer::new(
            &attributes(plan, week, units, week_start, planner_url),
            today,
        ))
    }

    /// The attributes changed; true when the week itself did (the page hears of it).
    pub fn update(
        &mut self,
        plan: Option<String>,
        week: Option<String>,
        units: Option<String>,
        week_start: Option<String>,
        planner_url: String,
    ) -> bool {
        self.0
            .update(&attributes(plan, week, units, week_start, planner_url))
    }

    /// The whole widget as HTML.
    pub fn html(&self) -> String {
        self.0.html()
    }

    /// The attributes have a problem the planner must show (see
    /// [`Viewer::needs_planner`]).
    #[wasm_bindgen(js_name = needsPlanner)]
    pub fn needs_planner(&self) -> bool {
        self.0.needs_planner()
    }

    /// The week on the board, from 0.
    pub fn shown(&self) -> usize {
        self.0.shown()
    }

    /// Shows week `week` (from 0) of the block.
    pub fn show(&mut self, week: usize) -> bool {
        self.0.show(week)
    }

    /// The week before (-1) or after (1).
    pub fn step(&mut self, by: i32) -> bool {
        self.0.step(by)
    }

    /// Lights finding `index` (-1: none).
    pub fn highlight(&mut self, index: i32) -> bool {
        self.0.highlight(usize::try_from(index).ok())
    }

    /// A mouse press on a card.
    #[wasm_bindgen(js_name = triedToEdit)]
    pub fn tried_to_edit(&mut self) -> bool {
        self.0.tried_to_edit()
    }

    /// "Edit a copy" was pressed: the planner is on its way (`false`: it could not
    /// come).
    #[wasm_bindgen(js_name = editCopy)]
    pub fn edit_copy(&mut self, opening: bool) -> bool {
        self.0.edit_copy(opening)
    }

    /// "Show 3 more" / "Show fewer".
    #[wasm_bindgen(js_name = toggleFindings)]
    pub fn toggle_findings(&mut self) -> bool {
        self.0.toggle_findings();
        true
    }

    /// The widget is `width` CSS px wide.
    pub fn resize(&mut self, width: f64) -> bool {
        self.0.resize(width)
    }
}
