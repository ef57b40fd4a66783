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
        Page::resolve_in(content::SECTIONS, content::PATHS, path)
    }

    /// [`Page::resolve`] over a given catalogue.
    pub fn resolve_in(
        sections: &'static [Section],
        paths: &'static [LearningPath],
        path: &str,
    ) -> Page {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let path = path.strip_suffix("index.html").unwrap_or(path);
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let section = |slug: &str| sections.iter().find(|s| s.slug == slug);
        match parts.as_slice() {
            [] => Page::Home,
            ["docs", s] => section(s).map_or(Page::NotFound, Page::Section),
            ["docs", s, t] => {
                let Some(section) = section(s) else {
                    return Page::NotFound;
                };
                section
                    .topic(t)
                    .map(Page::Topic)
                    .or_else(|| section.topic_by_alias(t).map(Page::Moved))
                    .unwrap_or(Page::NotFound)
            }
            ["paths", p] => paths
                .iter()
                .find(|x| x.slug == *p)
                .map_or(Page::NotFound, Page::Path),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Level, Topic};

    static TOPICS: &[Topic] = &[Topic {
        section: "foundations",
        slug: "networking",
        title: "Networking",
        summary: "Bytes on the wire.",
        level: Level::Core,
        hours: 1,
        prerequisites: &[],
        tags: &[],
        aliases: &["network-basics"],
        checklist: &[],
        html: "",
        extras_html: "",
        body_file: "foundations-networking.0.html",
        toc: &[],
        words: 0,
    }];
    static SECTIONS: &[Section] = &[Section {
        slug: "foundations",
        title: "Foundations",
        summary: "",
        icon: "",
        html: "",
        toc: &[],
        topics: TOPICS,
    }];
    static PATHS: &[LearningPath] = &[LearningPath {
        slug: "experienced",
        title: "Experienced",
        summary: "",
        topics: &["foundations/networking"],
    }];

    fn resolve(path: &str) -> Page {
        Page::resolve_in(SECTIONS, PATHS, path)
    }

    #[test]
    fn pages_resolve_with_or_without_trailing_slash() {
        assert!(matches!(resolve("/"), Page::Home));
        assert!(matches!(resolve(""), Page::Home));
        assert!(matches!(resolve("/index.html"), Page::Home));
        assert!(matches!(resolve("/docs/foundations"), Page::Section(_)));
        assert!(matches!(resolve("/docs/foundations/"), Page::Section(_)));
        assert!(
            matches!(resolve("/docs/foundations/networking/"), Page::Topic(t) if t.slug == "networking")
        );
        assert!(matches!(
            resolve("/docs/foundations/networking?x=1#tls"),
            Page::Topic(_)
        ));
        assert!(matches!(resolve("/paths/experienced/"), Page::Path(_)));
    }

    #[test]
    fn an_alias_resolves_to_the_moved_topic() {
        assert!(
            matches!(resolve("/docs/foundations/network-basics/"), Page::Moved(t) if t.slug == "networking")
        );
    }

    #[test]
    fn unknown_paths_are_not_found() {
        for path in [
            "/docs",
            "/docs/nope/",
            "/docs/foundations/nope/",
            "/docs/nope/networking/",
            "/paths/nope/",
            "/docs/foundations/networking/extra/",
            "/404.html",
            "/whatever",
        ] {
            assert!(matches!(resolve(path), Page::NotFound), "{path}");
        }
    }

    #[test]
    fn titles_and_descriptions() {
        let topic = resolve("/docs/foundations/networking/");
        assert_eq!(topic.title(), "Networking · Backend Roadmap");
        assert_eq!(topic.description(), "Bytes on the wire.");
        assert!(resolve("/nope").title().starts_with("Page not found"));
    }
}
