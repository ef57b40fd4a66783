use crate::content::SECTIONS;
use crate::links::href;
use leptos::prelude::*;

/// Any URL that names no page: says so and offers a way back.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let sections = SECTIONS
        .iter()
        .map(|s| view! { <li><a href=href(&s.path())>{s.title}</a></li> })
        .collect_view();
    view! {
        <div class="page not-found" data-page="not-found">
            <h1>"Page not found"</h1>
            <p class="lede">
                "There is no page at this address. It may have been mistyped, or the topic may have been renamed."
            </p>
            <p><a class="button" href=href("/")>"Back to the roadmap"</a></p>
            <h2>"Sections"</h2>
            <ul>{sections}</ul>
        </div>
    }
}
