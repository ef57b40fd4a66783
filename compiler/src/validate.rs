//! The rules of the content contract (`CONTENT.md`), each reported with the
//! line it concerns.

use crate::diagnostic::{line_containing, Diagnostic};
use crate::frontmatter::Split;
use crate::model::{
    Catalogue, RenderedBody, RoadmapFile, Section, SectionFront, Topic, TopicFront,
};
use crate::SECTION_SLUGS;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Bounds from `CONTENT.md`.
pub(crate) mod bar {
    pub(crate) const SUMMARY_MAX_CHARS: usize = 160;
    pub(crate) const HOURS: std::ops::RangeInclusive<u32> = 1..=80;
    pub(crate) const RESOURCES: std::ops::RangeInclusive<usize> = 5..=12;
    pub(crate) const CHECKLIST: std::ops::RangeInclusive<usize> = 4..=10;
    pub(crate) const QUESTIONS: std::ops::RangeInclusive<usize> = 5..=10;
    pub(crate) const TOPIC_WORDS: usize = 1200;
    pub(crate) const SECTION_WORDS: usize = 300;
}

/// Lowercase ASCII letters and digits in hyphen-separated runs.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The file line of the first front-matter line that mentions `needle`.
fn front_line(split: &Split<'_>, needle: &str) -> usize {
    line_containing(split.front, needle)
        .map(|l| split.front_to_file(l))
        .unwrap_or(split.front_line)
}

fn check_summary(path: &Path, split: &Split<'_>, summary: &str, errors: &mut Vec<Diagnostic>) {
    let chars = summary.chars().count();
    if summary.trim().is_empty() || chars > bar::SUMMARY_MAX_CHARS {
        errors.push(Diagnostic::new(
            path,
            front_line(split, "summary"),
            format!(
                "`summary` must be 1 to {} characters (it is the meta description); it has {chars}",
                bar::SUMMARY_MAX_CHARS
            ),
        ));
    }
}

fn check_count(
    path: &Path,
    line: usize,
    what: &str,
    n: usize,
    range: std::ops::RangeInclusive<usize>,
    errors: &mut Vec<Diagnostic>,
) {
    if !range.contains(&n) {
        errors.push(Diagnostic::new(
            path,
            line,
            format!(
                "a topic needs {} to {} {what}; it has {n}",
                range.start(),
                range.end()
            ),
        ));
    }
}

pub(crate) fn section_front(
    path: &Path,
    split: &Split<'_>,
    front: &SectionFront,
    errors: &mut Vec<Diagnostic>,
) {
    if !SECTION_SLUGS.contains(&front.slug.as_str()) {
        errors.push(Diagnostic::new(
            path,
            front_line(split, "slug"),
            format!(
                "section slug `{}` is not one of the fixed public URLs: {}",
                front.slug,
                SECTION_SLUGS.join(", ")
            ),
        ));
    }
    if front.title.trim().is_empty() || front.icon.trim().is_empty() {
        errors.push(Diagnostic::new(
            path,
            split.front_line,
            "`title` and `icon` must not be empty",
        ));
    }
    check_summary(path, split, &front.summary, errors);
}

pub(crate) fn section_body(path: &Path, body: &RenderedBody, errors: &mut Vec<Diagnostic>) {
    if body.words < bar::SECTION_WORDS {
        errors.push(Diagnostic::new(
            path,
            1,
            format!(
                "a section intro needs at least {} words of prose; it has {}",
                bar::SECTION_WORDS,
                body.words
            ),
        ));
    }
}

pub(crate) fn topic_front(
    path: &Path,
    split: &Split<'_>,
    front: &TopicFront,
    errors: &mut Vec<Diagnostic>,
) {
    if !is_slug(&front.slug) {
        errors.push(Diagnostic::new(
            path,
            front_line(split, "slug"),
            format!(
                "slug `{}` must be lowercase letters, digits and single hyphens",
                front.slug
            ),
        ));
    }
    if front.title.trim().is_empty() {
        errors.push(Diagnostic::new(
            path,
            front_line(split, "title"),
            "`title` must not be empty",
        ));
    }
    check_summary(path, split, &front.summary, errors);
    if !bar::HOURS.contains(&front.hours) {
        errors.push(Diagnostic::new(
            path,
            front_line(split, "hours"),
            format!(
                "`hours` must be an honest estimate from 1 to 80; it is {}",
                front.hours
            ),
        ));
    }
    for prereq in &front.prerequisites {
        let ok = prereq
            .split_once('/')
            .is_some_and(|(s, t)| is_slug(s) && is_slug(t));
        if !ok {
            errors.push(Diagnostic::new(
                path,
                front_line(split, prereq),
                format!("prerequisite `{prereq}` must be written `section/topic`"),
            ));
        }
    }
    for tag in &front.tags {
        if tag.trim().is_empty() || tag.chars().any(|c| c.is_uppercase()) {
            errors.push(Diagnostic::new(
                path,
                front_line(split, "tags"),
                format!("tag `{tag}` must be non-empty and lowercase"),
            ));
        }
    }
    for alias in &front.aliases {
        if !is_slug(alias) || *alias == front.slug {
            errors.push(Diagnostic::new(
                path,
                front_line(split, "aliases"),
                format!("alias `{alias}` must be a slug other than the topic's own"),
            ));
        }
    }

    let resources_line = front_line(split, "[[resources]]");
    check_count(
        path,
        resources_line,
        "resources",
        front.resources.len(),
        bar::RESOURCES,
        errors,
    );
    let mut urls = HashSet::new();
    for r in &front.resources {
        let line = front_line(split, &r.url);
        let url_ok = r
            .url
            .strip_prefix("https://")
            .is_some_and(|rest| rest.contains('.') && !rest.starts_with('/'))
            && !r.url.chars().any(char::is_whitespace);
        if !url_ok {
            errors.push(Diagnostic::new(
                path,
                line,
                format!("resource URL `{}` must be an absolute https URL", r.url),
            ));
        }
        if !urls.insert(r.url.trim_end_matches('/')) {
            errors.push(Diagnostic::new(
                path,
                line,
                format!("resource URL `{}` is listed twice", r.url),
            ));
        }
        if r.title.trim().is_empty() || r.note.trim().is_empty() {
            errors.push(Diagnostic::new(
                path,
                line,
                "every resource needs a `title` and a one-line `note` on what to read there",
            ));
        }
    }
    check_count(
        path,
        front_line(split, "[[checklist]]"),
        "checklist items",
        front.checklist.len(),
        bar::CHECKLIST,
        errors,
    );
    if front.checklist.iter().any(|c| c.text.trim().is_empty()) {
        errors.push(Diagnostic::new(
            path,
            front_line(split, "[[checklist]]"),
            "a checklist item's `text` must not be empty",
        ));
    }
    let mut ids = std::collections::HashSet::new();
    if !front
        .checklist
        .iter()
        .all(|c| ids.insert(crate::model::checklist_id(&c.text)))
    {
        errors.push(Diagnostic::new(
            path,
            front_line(split, "[[checklist]]"),
            "two checklist items have the same text (a learner's ticks are stored by the item's text)",
        ));
    }
    check_count(
        path,
        front_line(split, "[[questions]]"),
        "questions",
        front.questions.len(),
        bar::QUESTIONS,
        errors,
    );
    if front
        .questions
        .iter()
        .any(|q| q.q.trim().is_empty() || q.a.trim().is_empty())
    {
        errors.push(Diagnostic::new(
            path,
            front_line(split, "[[questions]]"),
            "every question needs a non-empty `q` and a model answer `a`",
        ));
    }
}

pub(crate) fn topic_body(
    path: &Path,
    body_line: usize,
    body: &RenderedBody,
    errors: &mut Vec<Diagnostic>,
) {
    if body.words < bar::TOPIC_WORDS {
        errors.push(Diagnostic::new(
            path,
            body_line,
            format!(
                "a topic needs at least {} words of prose (code and diagrams not counted); it has {}",
                bar::TOPIC_WORDS,
                body.words
            ),
        ));
    }
    if body.diagrams == 0 {
        errors.push(Diagnostic::new(
            path,
            body_line,
            "a topic needs at least one ```mermaid diagram",
        ));
    }
    if body.code_blocks == 0 {
        errors.push(Diagnostic::new(
            path,
            body_line,
            "a topic needs at least one code example in a fenced block with its language",
        ));
    }
}

pub(crate) fn unique_topic_slugs(topics: &[Topic], errors: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for topic in topics {
        for name in std::iter::once(&topic.slug).chain(&topic.aliases) {
            if let Some(first) = seen.insert(name, &topic.source) {
                errors.push(Diagnostic::new(
                    &topic.source,
                    1,
                    format!(
                        "slug `{name}` is already used in this section by {}",
                        first.display()
                    ),
                ));
            }
        }
    }
}

/// Puts sections in `roadmap.toml` order and checks that the list and the
/// folders agree.
pub(crate) fn order_sections(
    path: &Path,
    text: &str,
    roadmap: &RoadmapFile,
    mut sections: Vec<Section>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Section> {
    let line = line_containing(text, "sections").unwrap_or(1);
    let mut ordered = Vec::new();
    let mut listed = HashSet::new();
    for slug in &roadmap.sections {
        if !listed.insert(slug.as_str()) {
            errors.push(Diagnostic::new(
                path,
                line,
                format!("section `{slug}` is listed twice"),
            ));
            continue;
        }
        match sections.iter().position(|s| &s.slug == slug) {
            Some(i) => ordered.push(sections.remove(i)),
            None => errors.push(Diagnostic::new(
                path,
                line,
                format!("section `{slug}` has no folder with a `_section.md` of that slug"),
            )),
        }
    }
    for s in sections {
        errors.push(Diagnostic::new(
            &s.source,
            1,
            format!(
                "section `{}` is not listed in roadmap.toml `sections`",
                s.slug
            ),
        ));
    }
    ordered
}

/// Does `href` (an internal link such as `/docs/a/b#x`) name a page that exists?
fn resolves(catalogue: &Catalogue, href: &str) -> bool {
    let path = href.split(['#', '?']).next().unwrap_or("");
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match parts.as_slice() {
        [""] => true,
        ["docs", s] => catalogue.sections.iter().any(|x| x.slug == *s),
        ["docs", s, t] => catalogue
            .sections
            .iter()
            .any(|x| x.slug == *s && x.topics.iter().any(|y| y.slug == *t)),
        ["paths", p] => catalogue.paths.iter().any(|x| x.slug == *p),
        _ => false,
    }
}

fn topic_exists(catalogue: &Catalogue, key: &str) -> bool {
    catalogue
        .sections
        .iter()
        .flat_map(|s| &s.topics)
        .any(|t| t.key() == key)
}

/// Checks everything that refers across files: prerequisites, internal links and paths.
pub(crate) fn cross_references(
    roadmap_path: &Path,
    roadmap_text: &str,
    catalogue: &Catalogue,
    errors: &mut Vec<Diagnostic>,
) {
    for section in &catalogue.sections {
        let pages = std::iter::once((&section.source, &section.body))
            .chain(section.topics.iter().map(|t| (&t.source, &t.body)));
        for (source, body) in pages {
            for (href, line) in &body.internal_links {
                if !resolves(catalogue, href) {
                    errors.push(Diagnostic::new(
                        source,
                        *line,
                        format!("internal link `{href}` leads to no page"),
                    ));
                }
            }
        }
        for topic in &section.topics {
            for prereq in &topic.prerequisites {
                if *prereq == topic.key() {
                    errors.push(Diagnostic::new(
                        &topic.source,
                        1,
                        "a topic cannot be its own prerequisite",
                    ));
                } else if !topic_exists(catalogue, prereq) {
                    errors.push(Diagnostic::new(
                        &topic.source,
                        1,
                        format!("prerequisite `{prereq}` is not a topic (write `section/topic`)"),
                    ));
                }
            }
        }
    }
    prerequisite_cycles(catalogue, errors);

    let mut slugs = HashSet::new();
    for path in &catalogue.paths {
        let line = line_containing(roadmap_text, &format!("\"{}\"", path.slug)).unwrap_or(1);
        if !is_slug(&path.slug) || !slugs.insert(path.slug.as_str()) {
            errors.push(Diagnostic::new(
                roadmap_path,
                line,
                format!("path slug `{}` must be a unique slug", path.slug),
            ));
        }
        if path.topics.is_empty() || path.title.trim().is_empty() || path.summary.trim().is_empty()
        {
            errors.push(Diagnostic::new(
                roadmap_path,
                line,
                format!(
                    "path `{}` needs a title, a summary and at least one topic",
                    path.slug
                ),
            ));
        }
        let mut seen = HashSet::new();
        for key in &path.topics {
            if !topic_exists(catalogue, key) {
                errors.push(Diagnostic::new(
                    roadmap_path,
                    line,
                    format!("path `{}` lists `{key}`, which is not a topic", path.slug),
                ));
            } else if !seen.insert(key) {
                errors.push(Diagnostic::new(
                    roadmap_path,
                    line,
                    format!("path `{}` lists `{key}` twice", path.slug),
                ));
            }
        }
    }
}

fn prerequisite_cycles(catalogue: &Catalogue, errors: &mut Vec<Diagnostic>) {
    let topics: HashMap<String, &Topic> = catalogue
        .sections
        .iter()
        .flat_map(|s| &s.topics)
        .map(|t| (t.key(), t))
        .collect();
    // Depth-first search with three colours: a grey node met again is a cycle.
    fn visit<'a>(
        key: &'a str,
        topics: &'a HashMap<String, &'a Topic>,
        state: &mut HashMap<&'a str, bool>,
        stack: &mut Vec<&'a str>,
        errors: &mut Vec<Diagnostic>,
    ) {
        match state.get(key) {
            Some(true) => return,
            Some(false) => {
                let start = stack.iter().position(|k| *k == key).unwrap_or(0);
                let mut cycle = stack[start..].to_vec();
                cycle.push(key);
                if let Some(t) = topics.get(key) {
                    errors.push(Diagnostic::new(
                        &t.source,
                        1,
                        format!("prerequisites form a cycle: {}", cycle.join(" -> ")),
                    ));
                }
                return;
            }
            None => {}
        }
        let Some(topic) = topics.get(key) else { return };
        state.insert(key, false);
        stack.push(key);
        for prereq in &topic.prerequisites {
            visit(prereq, topics, state, stack, errors);
        }
        stack.pop();
        state.insert(key, true);
    }
    let mut state = HashMap::new();
    let mut keys: Vec<&String> = topics.keys().collect();
    keys.sort();
    for key in keys {
        visit(key, &topics, &mut state, &mut Vec::new(), errors);
    }
}
