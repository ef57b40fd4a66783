//! The content's schema (as written in front matter) and the compiled catalogue.

use serde::Deserialize;
use std::path::PathBuf;

/// `content/roadmap.toml`: section order and learning paths.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoadmapFile {
    /// Section slugs in the order the home page shows them.
    pub sections: Vec<String>,
    /// Learning paths: ordered topic lists for a kind of learner.
    #[serde(default)]
    pub paths: Vec<PathFile>,
}

/// One `[[paths]]` entry of `roadmap.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathFile {
    /// URL slug of the path.
    pub slug: String,
    /// Display title.
    pub title: String,
    /// One or two sentences on who the path is for.
    pub summary: String,
    /// `section/topic` references, in study order.
    pub topics: Vec<String>,
}

/// Front matter of a section's `_section.md`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFront {
    /// URL slug: fixed, because it is the seed site's public URL.
    pub slug: String,
    /// Display title.
    pub title: String,
    /// One sentence for cards and meta descriptions.
    pub summary: String,
    /// An emoji or short name shown beside the title.
    pub icon: String,
}

/// Front matter of a topic file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicFront {
    /// URL slug, unique in its section.
    pub slug: String,
    /// Display title.
    pub title: String,
    /// At most 160 characters: meta description and cards.
    pub summary: String,
    /// How deep the topic goes.
    pub level: Level,
    /// Honest study estimate.
    pub hours: u32,
    /// `section/topic` references the topic builds on.
    #[serde(default)]
    pub prerequisites: Vec<String>,
    /// Search keywords.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Older slugs that must still resolve to this topic.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Curated links, best first.
    #[serde(default)]
    pub resources: Vec<Resource>,
    /// "You know this when..." items.
    #[serde(default)]
    pub checklist: Vec<ChecklistFront>,
    /// Self-check questions with model answers.
    #[serde(default)]
    pub questions: Vec<QuestionFront>,
}

/// How deep a topic goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Every backend engineer needs it.
    Core,
    /// Senior depth.
    Advanced,
    /// Staff and specialist depth.
    Expert,
}

impl Level {
    /// The name used in generated code and in the UI.
    pub fn name(self) -> &'static str {
        match self {
            Level::Core => "Core",
            Level::Advanced => "Advanced",
            Level::Expert => "Expert",
        }
    }
}

/// A curated external link.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    /// Link text.
    pub title: String,
    /// An https URL.
    pub url: String,
    /// What sort of source it is.
    pub kind: ResourceKind,
    /// One line on what to read there.
    pub note: String,
}

/// What sort of source a resource is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResourceKind {
    /// A standard or RFC.
    Spec,
    /// Official documentation.
    Docs,
    /// A book.
    Book,
    /// An article or blog post.
    Article,
    /// A talk or video.
    Video,
    /// A course.
    Course,
    /// A tool's home page.
    Tool,
}

impl ResourceKind {
    /// The name used in generated code and in the UI.
    pub fn name(self) -> &'static str {
        match self {
            ResourceKind::Spec => "Spec",
            ResourceKind::Docs => "Docs",
            ResourceKind::Book => "Book",
            ResourceKind::Article => "Article",
            ResourceKind::Video => "Video",
            ResourceKind::Course => "Course",
            ResourceKind::Tool => "Tool",
        }
    }
}

/// A checklist item as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistFront {
    /// Inline Markdown.
    pub text: String,
}

/// A checklist item as the app shows and stores it.
#[derive(Debug, Clone)]
pub struct ChecklistItem {
    /// A stable id derived from the item's text (see [`checklist_id`]): a
    /// learner's tick follows the item, not its position, so items can be
    /// added, removed or reordered without moving ticks to other items.
    pub id: String,
    /// Inline HTML.
    pub html: String,
}

/// The id of a checklist item with Markdown `text`: 8 hex digits of a 64-bit
/// FNV-1a digest of the text with runs of whitespace collapsed, so rewrapping
/// the TOML keeps the id and rewording it makes a new item.
pub fn checklist_id(text: &str) -> String {
    let normal = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let hash = crate::site::digest(normal.as_bytes(), crate::site::DIGEST_START);
    format!("{:08x}", hash & 0xffff_ffff)
}

/// A self-check question as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFront {
    /// The question, inline Markdown.
    pub q: String,
    /// The model answer, Markdown.
    pub a: String,
}

/// A heading in a page's table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    /// 2 for `##`, 3 for `###`.
    pub level: u8,
    /// The heading's `id`, unique on the page.
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// A rendered Markdown body and what was measured while rendering it.
#[derive(Debug, Clone, Default)]
pub struct RenderedBody {
    /// The HTML.
    pub html: String,
    /// `##` and `###` headings.
    pub toc: Vec<TocEntry>,
    /// Words of prose (code and diagrams excluded).
    pub words: usize,
    /// Mermaid diagrams rendered.
    pub diagrams: usize,
    /// Fenced code blocks with a language, other than diagrams.
    pub code_blocks: usize,
    /// Internal links (`/docs/...`) found, with their line, checked after all files are read.
    pub internal_links: Vec<(String, usize)>,
}

/// A question with its Markdown rendered.
#[derive(Debug, Clone)]
pub struct Question {
    /// The question as inline HTML.
    pub q_html: String,
    /// The answer as HTML.
    pub a_html: String,
}

/// A compiled topic.
#[derive(Debug, Clone)]
pub struct Topic {
    /// Where it was read from.
    pub source: PathBuf,
    /// The slug of its section.
    pub section: String,
    /// Its own slug.
    pub slug: String,
    /// Display title.
    pub title: String,
    /// Meta description.
    pub summary: String,
    /// Depth.
    pub level: Level,
    /// Study estimate.
    pub hours: u32,
    /// `section/topic` references.
    pub prerequisites: Vec<String>,
    /// Search keywords.
    pub tags: Vec<String>,
    /// Older slugs.
    pub aliases: Vec<String>,
    /// Curated links.
    pub resources: Vec<Resource>,
    /// Checklist items.
    pub checklist: Vec<ChecklistItem>,
    /// Questions.
    pub questions: Vec<Question>,
    /// The body.
    pub body: RenderedBody,
}

impl Topic {
    /// `section/topic`, the key used for prerequisites and progress.
    pub fn key(&self) -> String {
        format!("{}/{}", self.section, self.slug)
    }
}

/// A compiled section with its topics in file order.
#[derive(Debug, Clone)]
pub struct Section {
    /// Where its `_section.md` was read from.
    pub source: PathBuf,
    /// URL slug.
    pub slug: String,
    /// Display title.
    pub title: String,
    /// One sentence.
    pub summary: String,
    /// Emoji or short name.
    pub icon: String,
    /// The intro page.
    pub body: RenderedBody,
    /// Topics ordered by file name.
    pub topics: Vec<Topic>,
}

/// A compiled learning path.
#[derive(Debug, Clone)]
pub struct LearningPath {
    /// URL slug.
    pub slug: String,
    /// Display title.
    pub title: String,
    /// Who it is for.
    pub summary: String,
    /// `section/topic` keys in order.
    pub topics: Vec<String>,
}

/// Everything under `content/`, validated and rendered.
#[derive(Debug, Clone)]
pub struct Catalogue {
    /// Sections in `roadmap.toml` order.
    pub sections: Vec<Section>,
    /// Learning paths in file order.
    pub paths: Vec<LearningPath>,
}
