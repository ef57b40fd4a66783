use crate::components::StatusBadge;
use crate::content::Topic;
use crate::links::href;
use leptos::prelude::*;

/// One topic in a list: title, summary, a label (level or section), hours
/// and the learner's status.
#[component]
pub fn TopicRow(
    /// The topic.
    topic: &'static Topic,
    /// The first chip: the level on a section page, the section on a path page.
    label: &'static str,
) -> impl IntoView {
    view! {
        <li class="topic-row" data-topic=topic.slug>
            <div class="topic-row-main">
                <a href=href(&topic.path())>{topic.title}</a>
                <p>{topic.summary}</p>
            </div>
            <div class="topic-row-meta">
                <span class="chip">{label}</span>
                <span class="chip">{format!("{} h", topic.hours)}</span>
                <StatusBadge key=topic.key()/>
            </div>
        </li>
    }
}
