//! Seven empty day columns and nothing else: what any Yew page costs to start.

use yew::prelude::*;

#[component]
fn Bare() -> Html {
    html! {
        <main class="bare">
            { for (0..7).map(|day| html! { <div data-bare-day={day.to_string()}></div> }) }
        </main>
    }
}

fn main() {
    yew::Renderer::<Bare>::new().render();
}
