//! What floats over the page while a card is dragged: the remove zone, and on a
//! phone (whose score panel is off screen) the score the drop would give.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DragOverlayProps {
    /// A card from the board is being dragged (a new session can't be removed).
    pub dragging_card: bool,
    /// The drag aims at the remove zone.
    pub over_remove: bool,
    /// The score now, and the score if dropped where the drag aims.
    pub scores: Option<(u8, u8)>,
}

/// The remove zone and the drag's score.
#[component]
pub fn DragOverlay(props: &DragOverlayProps) -> Html {
    crate::renders::note("DragOverlay");
    html! {
        <>
            if props.dragging_card {
                <div class={classes!("wb-remove-zone", props.over_remove.then_some("is-target"))}
                    data-remove-zone="" aria-hidden="true">{"Drop here to remove"}</div>
            }
            if let Some((now, ghost)) = props.scores {
                <div class="wb-drag-score" aria-hidden="true">
                    {format!("Score {now} → {ghost} if dropped here")}
                </div>
            }
        </>
    }
}
