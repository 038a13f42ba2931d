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
    m.raw(r#"<div class="wb-app is-embedded is-readonly" data-testid="planner"><div class="wb-frame""#)
        .opt("data-width", v.width.as_deref())
        .raw(">");
    header(&mut m, v);
    m.raw(r#"<div class="wb-layout">"#);
    score::panel(&mut m, v);
    m.raw(r#"<main class="wb-main">"#);
    // `week="3"` on an embed shows that week alone; a week of one has no other
    // weeks to show.
    if v.embedding.week.is_none() && v.plan.weeks.len() > 1 {
        week::strip(&mut m, v);
    }
    week::bar(&mut m, v);
    board::board(&mut m, v);
    m.raw(r#"<div class="wb-side">"#);
    chart::chart(&mut m, &v.report, v.plan.settings);
    m.raw("</div></main></div>");
    print::sheet(&mut m, v);
    m.fill(
        concat!(
            r#"<div class="wb-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="announcer">{}</div>"#,
            "</div></div>"
        ),
        &[&v.said],
    );
    m.into_string()
}

/// The top: the name, the read-only note, and "Edit a copy".
fn header(m: &mut Markup, v: &Viewer) {
    // A widget inside a post mustn't add a top-level heading to it.
    m.fill(
        concat!(
            r#"<header class="wb-top"><p class="wb-brand">weekboard</p>"#,
            r#"<p class="wb-readonly-note{}" data-testid="readonly-note" role="status">{}</p>"#
        ),
        &[
            if v.tried_to_edit { " is-asked" } else { "" },
            if v.tried_to_edit {
                crate::view::CANT_CHANGE
            } else {
                "Read-only: the post's week, to look at."
            },
        ],
    );
    // "Edit a copy" turns this widget into the planner, holding a copy of the week:
    // the loader answers the button. While it opens, a label no longer than the
    // button's own keeps the header still at 320 px; the live region says it in full.
    m.raw(r#"<button type="button" class="wb-edit-copy" data-testid="edit-copy""#)
        .opt("aria-disabled", v.copying.then_some("true"))
        .fill(
            ">{}</button></header>",
            &[if v.copying {
                "Opening…"
            } else {
                "Edit a copy"
            }],
        );
}
