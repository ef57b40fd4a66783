//! The catalogue's types. The content compiler generates statics of these
//! types at build time (`OUT_DIR/catalogue.rs`); nothing here parses anything.

/// How deep a topic goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Every backend engineer needs it.
    Core,
    /// Senior depth.
    Advanced,
    /// Staff and specialist depth.
    Expert,
}

impl Level {
    /// The label shown to learners.
    pub fn label(self) -> &'static str {
        match self {
            Level::Core => "Core",
            Level::Advanced => "Advanced",
            Level::Expert => "Expert",
        }
    }
}

/// A heading in a page's table of contents.
#[derive(Debug)]
pub struct TocEntry {
    /// 2 or 3.
    pub level: u8,
    /// The heading's id on the page.
    pub id: &'static str,
    /// Its text.
    pub text: &'static str,
}

/// A "you know this when" item. Ticks are stored under `id`, derived from
/// the item's text at build time, so they follow the item when the list
/// changes.
#[derive(Debug)]
pub struct ChecklistItem {
    /// Stable id: 8 hex digits.
    pub id: &'static str,
    /// Inline HTML.
    pub html: &'static str,
}

/// A topic page.
#[derive(Debug)]
pub struct Topic {
    /// Its section's slug.
    pub section: &'static str,
    /// Its own slug.
    pub slug: &'static str,
    /// Title.
    pub title: &'static str,
    /// One-sentence summary (meta description).
    pub summary: &'static str,
    /// Depth.
    pub level: Level,
    /// Study estimate in hours.
    pub hours: u32,
    /// `section/topic` keys this builds on.
    pub prerequisites: &'static [&'static str],
    /// Search keywords.
    pub tags: &'static [&'static str],
    /// Older slugs that resolve here.
    pub aliases: &'static [&'static str],
    /// Checklist items.
    pub checklist: &'static [ChecklistItem],
    /// The body, HTML with diagrams and highlighted code. Empty in the
    /// browser build, which fetches [`Topic::body_file`] instead.
    pub html: &'static str,
    /// The "Self-check" and "Resources" sections, HTML rendered at build
    /// time. Empty in the browser build, like `html`.
    pub extras_html: &'static str,
    /// The body's file name below [`crate::content::BODY_DIR`], hashed by content.
    pub body_file: &'static str,
    /// Table of contents.
    pub toc: &'static [TocEntry],
    /// Words of prose.
    pub words: u32,
}

impl Topic {
    /// `section/topic`: the key for prerequisites and progress.
    pub fn key(&self) -> String {
        format!("{}/{}", self.section, self.slug)
    }

    /// The page's path below the base, with its trailing slash.
    pub fn path(&self) -> String {
        format!("/docs/{}/{}/", self.section, self.slug)
    }
}

/// A section: its intro page and its topics.
#[derive(Debug)]
pub struct Section {
    /// Slug (fixed public URL).
    pub slug: &'static str,
    /// Title.
    pub title: &'static str,
    /// One sentence.
    pub summary: &'static str,
    /// Emoji or short name.
    pub icon: &'static str,
    /// The intro, HTML.
    pub html: &'static str,
    /// The intro's table of contents.
    pub toc: &'static [TocEntry],
    /// Topics in order.
    pub topics: &'static [Topic],
}

impl Section {
    /// The page's path below the base, with its trailing slash.
    pub fn path(&self) -> String {
        format!("/docs/{}/", self.slug)
    }

    /// Its topic with this slug.
    pub fn topic(&self, slug: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.slug == slug)
    }

    /// Its topic that lists `old` among its aliases (a renamed topic).
    pub fn topic_by_alias(&self, old: &str) -> Option<&Topic> {
        self.topics.iter().find(|t| t.aliases.contains(&old))
    }
}

/// A learning path: an ordered list of topics for one kind of learner.
#[derive(Debug)]
pub struct LearningPath {
    /// Slug.
    pub slug: &'static str,
    /// Title.
    pub title: &'static str,
    /// Who it is for.
    pub summary: &'static str,
    /// `section/topic` keys in order.
    pub topics: &'static [&'static str],
}

impl LearningPath {
    /// The page's path below the base, with its trailing slash.
    pub fn path(&self) -> String {
        format!("/paths/{}/", self.slug)
    }
}
