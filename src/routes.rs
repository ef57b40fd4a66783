//! Every page the app has, resolved from a URL path. One function decides
//! which page a path shows, so the prerender step, the browser and the tests
//! agree on it.

use crate::content::{self, LearningPath, Section, Topic};

/// The site name, appended to every page title.
pub const SITE_NAME: &str = "Backend Roadmap";

/// The home page's description.
pub const SITE_DESCRIPTION: &str = "A free, offline-first roadmap to senior backend engineering: networking to observability, with diagrams, code, checklists and self-checks. Your progress stays in your browser.";

/// A page of the app.
#[derive(Debug, Clone, Copy)]
pub enum Page {
    /// `/`: the six sections and the learning paths.
    Home,
    /// `/docs/:section/`.
    Section(&'static Section),
    /// `/docs/:section/:topic/`.
    Topic(&'static Topic),
    /// `/docs/:section/:old-slug/`: a renamed topic, redirecting to its new URL.
    Moved(&'static Topic),
    /// `/paths/:path/`.
    Path(&'static LearningPath),
    /// Anything else.
    NotFound,
}

impl Page {
    /// The page a path below the base shows (`/docs/x/`, with or without the
    /// trailing slash, `index.html` or a query string).
    pub fn resolve(path: &str) -> Page {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Page::Home,
            ["docs", s] => content::section(s).map_or(Page::NotFound, Page::Section),
            ["docs", s, t] => match content::topic(s, t) {
                Some(topic) => Page::Topic(topic),
                None => content::topic_by_alias(s, t).map_or(Page::NotFound, Page::Moved),
            },
            ["paths", p] => content::learning_path(p).map_or(Page::NotFound, Page::Path),
            _ => Page::NotFound,
        }
    }

    /// The document title.
    pub fn title(&self) -> String {
        match self {
            Page::Home => format!("{SITE_NAME}: senior backend engineering, step by step"),
            Page::Section(s) => format!("{} · {SITE_NAME}", s.title),
            Page::Topic(t) | Page::Moved(t) => format!("{} · {SITE_NAME}", t.title),
            Page::Path(p) => format!("{} · {SITE_NAME}", p.title),
            Page::NotFound => format!("Page not found · {SITE_NAME}"),
        }
    }

    /// The meta description.
    pub fn description(&self) -> &'static str {
        match self {
            Page::Home | Page::NotFound => SITE_DESCRIPTION,
            Page::Section(s) => s.summary,
            Page::Topic(t) | Page::Moved(t) => t.summary,
            Page::Path(p) => p.summary,
        }
    }
}

/// Every path the prerender step writes, below the base, with trailing
/// slashes: home, sections, topics, learning paths and old topic slugs.
pub fn all_paths() -> Vec<String> {
    let mut paths = vec!["/".to_string()];
    for section in content::SECTIONS {
        paths.push(section.path());
        for topic in section.topics {
            paths.push(topic.path());
            for alias in topic.aliases {
                paths.push(format!("/docs/{}/{alias}/", section.slug));
            }
        }
    }
    paths.extend(content::PATHS.iter().map(LearningPath::path));
    paths
}
