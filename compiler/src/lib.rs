//! The roadmap's content compiler: reads `content/` (TOML front matter and
//! Markdown), enforces the content contract of `CONTENT.md`, renders every page
//! to HTML at build time and writes the catalogue the app compiles in.
//!
//! It knows nothing of the UI: `build.rs` calls [`compile`] and
//! [`codegen::generate`]; the prerender step calls [`site`].

pub mod codegen;
pub mod diagnostic;
pub mod extras;
pub mod frontmatter;
pub mod highlight;
pub mod markdown;
pub mod mermaid;
pub mod model;
pub mod site;
mod validate;

pub use diagnostic::Diagnostic;
pub use model::Catalogue;

use model::{LearningPath, RoadmapFile, Section, SectionFront, Topic, TopicFront};
use std::fs;
use std::path::{Path, PathBuf};

/// The six section slugs: fixed, because they are the seed site's public URLs.
pub const SECTION_SLUGS: [&str; 6] = [
    "foundations",
    "api-design",
    "system-architecture",
    "data-and-persistence",
    "deployment-and-operations",
    "observability-and-performance",
];

/// Reads, validates and renders everything under `dir`. Returns every problem
/// found (not just the first) so one build shows the whole list.
pub fn compile(dir: &Path) -> Result<Catalogue, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let roadmap_path = dir.join("roadmap.toml");
    let roadmap: Option<RoadmapFile> = match fs::read_to_string(&roadmap_path) {
        Ok(text) => frontmatter::parse_toml(&roadmap_path, &text, 1)
            .map_err(|e| errors.push(e))
            .ok(),
        Err(e) => {
            errors.push(Diagnostic::new(
                &roadmap_path,
                1,
                format!("cannot read: {e}"),
            ));
            None
        }
    };

    let mut sections = Vec::new();
    for folder in sorted_entries(dir, &mut errors)
        .into_iter()
        .filter(|p| p.is_dir())
    {
        match read_section(&folder) {
            Ok(section) => sections.push(section),
            Err(mut errs) => errors.append(&mut errs),
        }
    }

    let mut paths = Vec::new();
    if let Some(roadmap) = roadmap {
        let text = fs::read_to_string(&roadmap_path).unwrap_or_default();
        sections = validate::order_sections(&roadmap_path, &text, &roadmap, sections, &mut errors);
        paths = roadmap
            .paths
            .into_iter()
            .map(|p| LearningPath {
                slug: p.slug,
                title: p.title,
                summary: p.summary,
                topics: p.topics,
            })
            .collect();
        let catalogue = Catalogue { sections, paths };
        validate::cross_references(&roadmap_path, &text, &catalogue, &mut errors);
        sections = catalogue.sections;
        paths = catalogue.paths;
    }

    if errors.is_empty() {
        Ok(Catalogue { sections, paths })
    } else {
        errors.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        Err(errors)
    }
}

/// Every file under `dir` that the build depends on, for `cargo:rerun-if-changed`.
pub fn inputs(dir: &Path) -> Vec<PathBuf> {
    let mut out = vec![dir.to_path_buf()];
    let mut ignored = Vec::new();
    for entry in sorted_entries(dir, &mut ignored) {
        if entry.is_dir() {
            out.extend(inputs(&entry));
        } else {
            out.push(entry);
        }
    }
    out
}

fn sorted_entries(dir: &Path, errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    match fs::read_dir(dir) {
        Ok(entries) => {
            let mut paths: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            paths
        }
        Err(e) => {
            errors.push(Diagnostic::new(
                dir,
                1,
                format!("cannot read the folder: {e}"),
            ));
            Vec::new()
        }
    }
}

fn read_file(path: &Path) -> Result<String, Vec<Diagnostic>> {
    fs::read_to_string(path)
        .map_err(|e| vec![Diagnostic::new(path, 1, format!("cannot read: {e}"))])
}

fn read_section(folder: &Path) -> Result<Section, Vec<Diagnostic>> {
    let index = folder.join("_section.md");
    if !index.exists() {
        return Err(vec![Diagnostic::new(
            &index,
            1,
            "every section folder needs a `_section.md` with its front matter and intro",
        )]);
    }
    let text = read_file(&index)?;
    let split = frontmatter::split(&index, &text).map_err(|e| vec![e])?;
    let front: SectionFront =
        frontmatter::parse_toml(&index, split.front, split.front_line).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    validate::section_front(&index, &split, &front, &mut errors);
    let body = markdown::render_body(
        markdown::Source {
            path: &index,
            first_line: split.body_line,
            page_id: &front.slug,
        },
        split.body,
    );
    let body = match body {
        Ok(body) => {
            validate::section_body(&index, &body, &mut errors);
            body
        }
        Err(mut errs) => {
            errors.append(&mut errs);
            Default::default()
        }
    };

    let mut topics = Vec::new();
    for file in sorted_entries(folder, &mut errors) {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if file.is_dir() || !name.ends_with(".md") || name.starts_with('_') {
            continue;
        }
        match read_topic(&file, &front.slug) {
            Ok(topic) => topics.push(topic),
            Err(mut errs) => errors.append(&mut errs),
        }
    }
    validate::unique_topic_slugs(&topics, &mut errors);

    if errors.is_empty() {
        Ok(Section {
            source: index,
            slug: front.slug,
            title: front.title,
            summary: front.summary,
            icon: front.icon,
            body,
            topics,
        })
    } else {
        Err(errors)
    }
}

fn read_topic(path: &Path, section: &str) -> Result<Topic, Vec<Diagnostic>> {
    let text = read_file(path)?;
    let split = frontmatter::split(path, &text).map_err(|e| vec![e])?;
    let front: TopicFront =
        frontmatter::parse_toml(path, split.front, split.front_line).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    validate::topic_front(path, &split, &front, &mut errors);
    let page_id = format!("{section}-{}", front.slug);
    let body = markdown::render_body(
        markdown::Source {
            path,
            first_line: split.body_line,
            page_id: &page_id,
        },
        split.body,
    );
    let body = match body {
        Ok(body) => {
            validate::topic_body(path, split.body_line, &body, &mut errors);
            body
        }
        Err(mut errs) => {
            errors.append(&mut errs);
            Default::default()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Topic {
        source: path.to_path_buf(),
        section: section.to_string(),
        slug: front.slug,
        title: front.title,
        summary: front.summary,
        level: front.level,
        hours: front.hours,
        prerequisites: front.prerequisites,
        tags: front.tags,
        aliases: front.aliases,
        resources: front.resources,
        checklist: front
            .checklist
            .iter()
            .map(|c| model::ChecklistItem {
                id: model::checklist_id(&c.text),
                html: markdown::render_inline(&c.text),
            })
            .collect(),
        questions: front
            .questions
            .iter()
            .map(|q| model::Question {
                q_html: markdown::render_inline(&q.q),
                a_html: markdown::render_fragment(&q.a),
            })
            .collect(),
        body,
    })
}
