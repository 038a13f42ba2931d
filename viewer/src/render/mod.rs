//! The read-only widget as HTML: the same elements, classes, attributes and text as
//! the planner draws read-only (`src/components/`), so one stylesheet lays out both.
//! Each file here follows one of the planner's components, in the order `app.rs`
//! composes them; the one-look test (`tests/e2e/one_look.test.mjs`) compares the
//! two drawings of a corpus of plans, element by element and box by box.

mod board;
mod chart;
mod print;
mod score;
mod week;

use crate::markup::Markup;
use crate::view::Viewer;

/// The widget: what `App` draws for a read-only embed.
pub fn page(v: &Viewer) -> String {
    let mut m = Markup::default();
    m.tag("div")
        .attr("class", "wb-app is-embedded is-readonly")
        .attr("data-testid", "planner")
        .end();
    m.tag("div")
        .attr("class", "wb-frame")
        .opt("data-width", v.width.as_deref())
        .end();
    header(&mut m, v);
    m.tag("div").attr("class", "wb-layout").end();
    score::panel(&mut m, v);
    m.tag("main").attr("class", "wb-main").end();
    // `week="3"` on an embed shows that week alone; a week of one has no other
    // weeks to show.
    if v.embedding.week.is_none() && v.plan.weeks.len() > 1 {
        week::strip(&mut m, v);
    }
    week::bar(&mut m, v);
    board::board(&mut m, v);
    m.tag("div").attr("class", "wb-side").end();
    chart::chart(&mut m, &v.report, v.plan.settings);
    m.close("div").close("main").close("div");
    print::sheet(&mut m, v);
    m.tag("div")
        .attr("class", "wb-visually-hidden")
        .attr("aria-live", "polite")
        .attr("aria-atomic", "true")
        .attr("data-testid", "announcer")
        .end()
        .text(&v.said)
        .close("div");
    m.close("div").close("div");
    m.into_string()
}

/// The top: the name, the read-only note, and "Edit a copy".
fn header(m: &mut Markup, v: &Viewer) {
    m.tag("header").attr("class", "wb-top").end();
    // A widget inside a post mustn't add a top-level heading to it.
    m.el("p", "wb-brand", "weekboard");
    m.tag("p")
        .attr(
            "class",
            if v.tried_to_edit {
                "wb-readonly-note is-asked"
            } else {
                "wb-readonly-note"
            },
        )
        .attr("data-testid", "readonly-note")
        .attr("role", "status")
        .end()
        .text(if v.tried_to_edit {
            crate::view::CANT_CHANGE
        } else {
            "Read-only: the post's week, to look at."
        })
        .close("p");
    // "Edit a copy" turns this widget into the planner, holding a copy of the week:
    // the loader answers the button.
    m.tag("button")
        .attr("type", "button")
        .attr("class", "wb-edit-copy")
        .attr("data-testid", "edit-copy")
        .opt("aria-disabled", v.copying.then_some("true"))
        .end()
        .text(if v.copying {
            "Opening a copy…"
        } else {
            "Edit a copy"
        })
        .close("button");
    m.close("header");
}
