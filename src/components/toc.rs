use crate::content::TocEntry;
use leptos::prelude::*;

/// "On this page": links to a page's headings, plus extra anchors the page
/// adds after its body (checklist, questions, resources).
#[component]
pub fn Toc(
    /// The body's headings.
    entries: &'static [TocEntry],
    /// Anchors after the body: (id, label).
    #[prop(optional)]
    extra: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    let items = entries
        .iter()
        .map(|e| (e.level, e.id, e.text))
        .chain(extra.into_iter().map(|(id, text)| (2, id, text)))
        .map(|(level, id, text)| {
            view! {
                <li class=format!("toc-level-{level}")>
                    <a href=format!("#{id}")>{text}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="toc" aria-labelledby="toc-title">
            <p class="toc-title" id="toc-title">"On this page"</p>
            <ul>{items}</ul>
        </nav>
    }
}
