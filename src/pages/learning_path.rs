use crate::components::{ProgressBar, TopicRow};
use crate::content::{self, LearningPath};
use crate::links::href;
use leptos::prelude::*;

/// `/paths/:path/`: an ordered list of topics for one kind of learner.
#[component]
pub fn LearningPathPage(
    /// The path shown.
    path: &'static LearningPath,
) -> impl IntoView {
    let keys: Vec<String> = path.topics.iter().map(|k| k.to_string()).collect();
    let steps = path
        .topics
        .iter()
        .filter_map(|key| content::topic_by_key(key))
        .map(|t| {
            let section = content::section(t.section).map_or("", |s| s.title);
            view! { <TopicRow topic=t label=section/> }
        })
        .collect_view();
    view! {
        <div class="page path-page">
            <nav class="breadcrumbs" aria-label="Breadcrumbs">
                <a href=href("/")>"Home"</a>
            </nav>
            <header class="page-header">
                <h1>{path.title}</h1>
                <p class="lede">{path.summary}</p>
                <ProgressBar keys=keys label=format!("{} progress", path.title)/>
            </header>
            <ol class="topic-rows">{steps}</ol>
        </div>
    }
}
