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
///
/// The element's attributes come one at a time ([`View::ask`]), then [`View::open`]
/// or [`View::update`] reads them all: five optional strings in each of two calls
/// cost more glue, JS and wasm, than the one setter.
#[wasm_bindgen]
pub struct View {
    asked: Attributes,
    today: Option<Date>,
    viewer: Viewer,
}

/// The attributes of a read-only element before any is asked: all absent.
fn no_attributes() -> Attributes {
    Attributes {
        plan: None,
        week: None,
        units: None,
        week_start: None,
        readonly: true,
        autosave: false,
        storage_key: None,
        planner_url: String::new(),
    }
}

#[wasm_bindgen]
impl View {
    /// A widget with no attributes yet; `today` is the browser's date as one
    /// number, 20261201 for 1 December 2026.
    #[wasm_bindgen(constructor)]
    pub fn new(today: u32) -> View {
        let today = Date::from_ymd((today / 10_000) as i32, today / 100 % 100, today % 100);
        let asked = no_attributes();
        View {
            // An empty week until `open`: scoring it takes microseconds, and spares
            // every method an `Option` to unwrap.
            viewer: Viewer::new(&asked, today),
            asked,
            today,
        }
    }

    /// Attribute `which` of the element (0 `plan`, 1 `week`, 2 `units`,
    /// 3 `week-start`, 4 the planner's address), `None` when absent.
    pub fn ask(&mut self, which: u8, value: Option<String>) {
        let asked = &mut self.asked;
        match which {
            0 => asked.plan = value,
            1 => asked.week = value,
            2 => asked.units = value,
            3 => asked.week_start = value,
            _ => asked.planner_url = value.unwrap_or_default(),
        }
    }

    /// The widget for the attributes asked, from scratch.
    pub fn open(&mut self) {
        self.viewer = Viewer::new(&self.asked, self.today);
    }

    /// The attributes asked since changed; true when the week itself did (the
    /// page hears of it).
    pub fn update(&mut self) -> bool {
        self.viewer.update(&self.asked)
    }

    /// The whole widget as HTML.
    pub fn html(&self) -> String {
        self.viewer.html()
    }

    /// The attributes have a problem the planner must show (see
    /// [`Viewer::needs_planner`]).
    #[wasm_bindgen(js_name = needsPlanner)]
    pub fn needs_planner(&self) -> bool {
        self.viewer.needs_planner()
    }

    /// The week on the board, from 0.
    pub fn shown(&self) -> usize {
        self.viewer.shown()
    }

    /// What the reader did, and its number: one entry point, not an export each.
    /// Every export brings its own wrapper and glue: measured, one for seven saves
    /// 255 B brotli of the read-only page. The loader names the actions
    /// (`static/embed/weekboard.js`).
    pub fn act(&mut self, action: u8, n: f64) -> bool {
        let viewer = &mut self.viewer;
        match action {
            // Shows week `n` (from 0) of the block.
            0 => viewer.show(n as usize),
            // The week before (-1) or after (1).
            1 => viewer.step(n as i32),
            // Lights finding `n` (-1: none).
            2 => viewer.highlight(usize::try_from(n as i32).ok()),
            // A mouse press on a card.
            3 => viewer.tried_to_edit(),
            // "Edit a copy" was pressed: the planner is on its way (0: it could not come).
            4 => viewer.edit_copy(n != 0.0),
            // "Show 3 more" / "Show fewer".
            5 => {
                viewer.toggle_findings();
                true
            }
            // The widget is `n` CSS px wide.
            _ => viewer.resize(n),
        }
    }
}
