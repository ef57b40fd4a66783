//! The read-only catalogue: every section, topic and learning path, compiled
//! from `content/` at build time, with lookups by slug and alias.

mod model;

pub use model::*;

/// A topic's body HTML: kept by the prerenderer (and native tests), dropped
/// from the browser build, which fetches it as a file beside the wasm
/// instead. The wasm then carries the catalogue, not every page.
#[cfg(not(feature = "hydrate"))]
macro_rules! body {
    ($html:literal) => {
        $html
    };
}
#[cfg(feature = "hydrate")]
macro_rules! body {
    ($html:literal) => {
        ""
    };
}

#[allow(missing_docs)]
mod data {
    use super::model::*;
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// The folder (below the base) that holds topic bodies as files.
pub const BODY_DIR: &str = "/content";

/// Separates a body file's body from its extras (questions, resources);
/// the content compiler's `extras::SEPARATOR`.
pub const EXTRAS_SEPARATOR: &str = "<!--roadmap:extras-->";

pub use data::{PATHS, SECTIONS};

/// The section with this slug.
pub fn section(slug: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.slug == slug)
}

/// The topic `slug` of section `section`.
pub fn topic(section_slug: &str, slug: &str) -> Option<&'static Topic> {
    section(section_slug)?
        .topics
        .iter()
        .find(|t| t.slug == slug)
}

/// The topic a `section/topic` key names.
pub fn topic_by_key(key: &str) -> Option<&'static Topic> {
    let (s, t) = key.split_once('/')?;
    topic(s, t)
}

/// The topic that lists `old` among its aliases in `section`.
pub fn topic_by_alias(section_slug: &str, old: &str) -> Option<&'static Topic> {
    section(section_slug)?.topic_by_alias(old)
}

/// Where a stored progress key points today: itself if the topic exists, or
/// the topic it was renamed to.
pub fn current_key(key: &str) -> Option<String> {
    if topic_by_key(key).is_some() {
        return Some(key.to_string());
    }
    let (s, t) = key.split_once('/')?;
    topic_by_alias(s, t).map(Topic::key)
}

/// The checklist item ids of topic `key`, in order; `None` for an unknown
/// topic.
pub fn checklist_ids(key: &str) -> Option<Vec<&'static str>> {
    topic_by_key(key).map(|t| t.checklist.iter().map(|c| c.id).collect())
}

/// Every topic, in roadmap order.
pub fn all_topics() -> impl Iterator<Item = &'static Topic> {
    SECTIONS.iter().flat_map(|s| s.topics.iter())
}

/// The topics before and after `topic` in roadmap order.
pub fn neighbours(topic: &Topic) -> (Option<&'static Topic>, Option<&'static Topic>) {
    let all: Vec<&'static Topic> = all_topics().collect();
    let Some(i) = all.iter().position(|t| std::ptr::eq(*t, topic)) else {
        return (None, None);
    };
    (i.checked_sub(1).map(|j| all[j]), all.get(i + 1).copied())
}
