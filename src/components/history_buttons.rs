//! Undo and Redo, as buttons (the keys are `hooks::use_undo_keys`).

use crate::planning::use_planning;
use crate::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistoryButtonsProps {
    pub can_undo: bool,
    pub can_redo: bool,
}

/// The history toolbar.
#[component]
pub fn HistoryButtons(props: &HistoryButtonsProps) -> Html {
    crate::renders::note("HistoryButtons");
    let planning = use_planning();
    html! {
        <div class="wb-toolbar" role="toolbar" aria-label="History">
            <button type="button" class="wb-tool" onclick={planning.callback(|_: MouseEvent| Action::Undo)}
                disabled={!props.can_undo}
                aria-keyshortcuts="Control+Z Meta+Z" data-testid="undo">
                <span aria-hidden="true">{"↶ "}</span>{"Undo"}
            </button>
            <button type="button" class="wb-tool" onclick={planning.callback(|_: MouseEvent| Action::Redo)}
                disabled={!props.can_redo}
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" data-testid="redo">
                <span aria-hidden="true">{"↷ "}</span>{"Redo"}
            </button>
        </div>
    }
}
