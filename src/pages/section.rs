use super::section_keys;
use crate::components::{ProgressBar, TopicRow};
use crate::content::Section;
use crate::links::{href, rebase_html, Base};
use leptos::prelude::*;

/// `/docs/:section/`: the section's intro, then its topics with status.
#[component]
pub fn SectionPage(
    /// The section shown.
    section: &'static Section,
) -> impl IntoView {
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();
    let topics = section
        .topics
        .iter()
        .map(|t| view! { <TopicRow topic=t label=t.level.label()/> })
        .collect_view();
    view! {
        <div class="page section-page">
            <nav class="breadcrumbs" aria-label="Breadcrumbs">
                <a href=href("/")>"Home"</a>
            </nav>
            <header class="page-header">
                <h1><span class="title-icon" aria-hidden="true">{section.icon}</span>{section.title}</h1>
                <p class="lede">{section.summary}</p>
                <ProgressBar keys=section_keys(section) label=format!("{} progress", section.title)/>
            </header>
            <div class="prose" inner_html=rebase_html(section.html, &base)></div>
            <section aria-labelledby="topics-title" class="topic-list">
                <h2 id="topics-title">"Topics"</h2>
                <ol class="topic-rows">{topics}</ol>
            </section>
        </div>
    }
}
