use crate::components::{ProgressBar, StatusBadge};
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
            let section = content::section(t.section)
                .map(|s| s.title)
                .unwrap_or_default();
            view! {
                <li class="topic-row">
                    <div class="topic-row-main">
                        <a href=href(&t.path())>{t.title}</a>
                        <p>{t.summary}</p>
                    </div>
                    <div class="topic-row-meta">
                        <span class="chip">{section}</span>
                        <span class="chip">{format!("{} h", t.hours)}</span>
                        <StatusBadge key=t.key()/>
                    </div>
                </li>
            }
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
