//! Markdown to HTML: headings with ids and a table of contents, highlighted
//! code, Mermaid figures with captions, GitHub admonitions, tables, task
//! lists, footnotes and strikethrough. Measures prose words as it goes.

use crate::diagnostic::{line_at, Diagnostic};
use crate::highlight::{escape_html, highlight};
use crate::mermaid;
use crate::model::{RenderedBody, TocEntry};
use pulldown_cmark::{
    html, BlockQuoteKind, CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd,
};
use std::collections::HashSet;
use std::ops::Range;
use std::path::Path;

/// The one place the Markdown dialect is decided.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_GFM
}

/// Where a body comes from, for messages and unique diagram ids.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The file, for diagnostics.
    pub path: &'a Path,
    /// The file line on which the Markdown starts.
    pub first_line: usize,
    /// A prefix unique to the page, for SVG ids.
    pub page_id: &'a str,
}

/// Counts words the way the content bar counts them: runs starting with a
/// letter or digit, which may continue with `'`, `/` or `-`.
pub fn count_words(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    for c in text.chars() {
        let starts = c.is_ascii_alphanumeric();
        let continues = starts || matches!(c, '\'' | '/' | '-');
        if in_word {
            in_word = continues;
        } else if starts {
            in_word = true;
            count += 1;
        }
    }
    count
}

/// A heading's id: lowercase words joined by hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            slug.extend(c.to_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '/' || c == '.') && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_matches('-').to_string();
    if slug.is_empty() {
        "section".to_string()
    } else {
        slug
    }
}

fn to_html<'a>(events: impl Iterator<Item = Event<'a>>) -> String {
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

/// Index of the event that closes the tag opened at `start`.
fn matching_end(events: &[(Event<'_>, Range<usize>)], start: usize) -> usize {
    let mut depth = 0usize;
    for (i, (event, _)) in events.iter().enumerate().skip(start) {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    events.len() - 1
}

fn plain_text(events: &[(Event<'_>, Range<usize>)]) -> String {
    events
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect()
}

fn admonition(kind: BlockQuoteKind) -> (&'static str, &'static str) {
    match kind {
        BlockQuoteKind::Note => ("note", "Note"),
        BlockQuoteKind::Tip => ("tip", "Tip"),
        BlockQuoteKind::Important => ("important", "Important"),
        BlockQuoteKind::Warning => ("warning", "Warning"),
        BlockQuoteKind::Caution => ("caution", "Caution"),
    }
}

fn figure(svg: &str, caption: Option<&str>) -> String {
    let caption = caption
        .map(|c| format!("<figcaption>{c}</figcaption>"))
        .unwrap_or_default();
    // Focusable: a diagram wider than the column scrolls, also by keyboard.
    format!(
        "<figure class=\"diagram\"><div class=\"diagram-scroll\" tabindex=\"0\">{svg}</div>{caption}</figure>"
    )
}

/// If the paragraph opened at `start` is one emphasised run (`*caption*`),
/// returns its inline HTML and the index of the paragraph's end.
fn caption_at(events: &[(Event<'_>, Range<usize>)], start: usize) -> Option<(String, usize)> {
    if !matches!(events.get(start), Some((Event::Start(Tag::Paragraph), _))) {
        return None;
    }
    let end = matching_end(events, start);
    let inner = &events[start + 1..end];
    let first_is_emphasis = matches!(inner.first(), Some((Event::Start(Tag::Emphasis), _)));
    if !first_is_emphasis || matching_end(events, start + 1) != end - 1 {
        return None;
    }
    let html = to_html(inner[1..inner.len() - 1].iter().map(|(e, _)| e.clone()));
    Some((html, end))
}

/// Internal links point at the folder every page is published as
/// (`/docs/a/b/`), so a static host answers them without a redirect.
fn with_trailing_slash(href: &str) -> String {
    let split = href.find(['#', '?']).unwrap_or(href.len());
    let (path, rest) = href.split_at(split);
    if path.ends_with('/') {
        href.to_string()
    } else {
        format!("{path}/{rest}")
    }
}

/// Renders a page body, collecting every problem rather than stopping at the first.
pub fn render_body(src: Source<'_>, text: &str) -> Result<RenderedBody, Vec<Diagnostic>> {
    let events: Vec<(Event<'_>, Range<usize>)> = Parser::new_ext(text, options())
        .into_offset_iter()
        .collect();
    let line_of = |range: &Range<usize>| src.first_line + line_at(text, range.start) - 1;
    let mut out: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut errors = Vec::new();
    let mut body = RenderedBody::default();
    let mut ids: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                let end = matching_end(&events, i);
                let inner = &events[i + 1..end];
                let text_content = plain_text(inner);
                body.words += count_words(&text_content);
                if *level == HeadingLevel::H1 {
                    errors.push(Diagnostic::new(
                        src.path,
                        line_of(range),
                        "headings start at `##`: the page title is the only `#` heading",
                    ));
                }
                let base = id
                    .as_ref()
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| slugify(&text_content));
                let mut unique = base.clone();
                let mut n = 2;
                while !ids.insert(unique.clone()) {
                    unique = format!("{base}-{n}");
                    n += 1;
                }
                let depth = *level as u8;
                if depth == 2 || depth == 3 {
                    body.toc.push(TocEntry {
                        level: depth,
                        id: unique.clone(),
                        text: text_content.clone(),
                    });
                }
                let inner_html = to_html(inner.iter().map(|(e, _)| e.clone()));
                out.push(Event::Html(CowStr::from(format!(
                    "<h{depth} id=\"{unique}\">{inner_html}<a class=\"anchor\" href=\"#{unique}\" aria-label=\"Link to “{}”\">#</a></h{depth}>\n",
                    escape_html(&text_content)
                ))));
                i = end + 1;
                continue;
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let end = matching_end(&events, i);
                let code = plain_text(&events[i + 1..end]);
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                let line = line_of(range);
                if lang == "mermaid" {
                    body.diagrams += 1;
                    let id = format!("{}-diagram-{}", src.page_id, body.diagrams);
                    let svg = match mermaid::render(&code, &id) {
                        Ok(svg) => svg,
                        Err(message) => {
                            errors.push(Diagnostic::new(src.path, line, message));
                            String::new()
                        }
                    };
                    match caption_at(&events, end + 1) {
                        Some((caption, caption_end)) => {
                            body.words += count_words(&plain_text(&events[end + 1..caption_end]));
                            out.push(Event::Html(CowStr::from(figure(&svg, Some(&caption)))));
                            i = caption_end + 1;
                        }
                        None => {
                            errors.push(Diagnostic::new(
                                src.path,
                                line,
                                "a diagram needs a caption: put one line in italics right after it, e.g. `*What the diagram shows.*`",
                            ));
                            out.push(Event::Html(CowStr::from(figure(&svg, None))));
                            i = end + 1;
                        }
                    }
                    continue;
                }
                if !lang.is_empty() {
                    body.code_blocks += 1;
                }
                match highlight(&code, &lang) {
                    Ok(html) => out.push(Event::Html(CowStr::from(html))),
                    Err(message) => errors.push(Diagnostic::new(src.path, line, message)),
                }
                i = end + 1;
                continue;
            }
            Event::Start(Tag::BlockQuote(Some(kind))) => {
                let (class, title) = admonition(*kind);
                out.push(Event::Html(CowStr::from(format!(
                    "<aside class=\"callout callout-{class}\"><p class=\"callout-title\">{title}</p>\n"
                ))));
            }
            Event::End(TagEnd::BlockQuote(Some(_))) => {
                out.push(Event::Html(CowStr::from("</aside>\n")));
            }
            Event::Start(Tag::Table(_)) => {
                out.push(Event::Html(CowStr::from("<div class=\"table-wrap\">")));
                out.push(event.clone());
            }
            Event::End(TagEnd::Table) => {
                out.push(event.clone());
                out.push(Event::Html(CowStr::from("</div>\n")));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = dest_url.as_ref();
                if dest.starts_with("http://") {
                    errors.push(Diagnostic::new(
                        src.path,
                        line_of(range),
                        format!("link `{dest}` must use https"),
                    ));
                    out.push(event.clone());
                } else if dest.starts_with('/') {
                    body.internal_links.push((dest.to_string(), line_of(range)));
                    out.push(Event::Start(Tag::Link {
                        link_type: *link_type,
                        dest_url: CowStr::from(with_trailing_slash(dest)),
                        title: title.clone(),
                        id: id.clone(),
                    }));
                } else {
                    out.push(event.clone());
                }
            }
            Event::Start(Tag::Image { .. }) => {
                errors.push(Diagnostic::new(
                    src.path,
                    line_of(range),
                    "images are not supported: draw it as a Mermaid diagram so it works offline and in dark mode",
                ));
                out.push(event.clone());
            }
            Event::Text(t) | Event::Code(t) => {
                body.words += count_words(t);
                out.push(event.clone());
            }
            _ => out.push(event.clone()),
        }
        i += 1;
    }
    if errors.is_empty() {
        body.html = to_html(out.into_iter());
        Ok(body)
    } else {
        Err(errors)
    }
}

/// Renders a short Markdown string (a checklist item, a question) as inline
/// HTML: one paragraph without its `<p>`.
pub fn render_inline(text: &str) -> String {
    let html = to_html(Parser::new_ext(text, options()));
    let trimmed = html.trim();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => trimmed.to_string(),
    }
}

/// Renders a Markdown fragment (an answer) as block HTML.
pub fn render_fragment(text: &str) -> String {
    to_html(Parser::new_ext(text, options()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(md: &str) -> Result<RenderedBody, Vec<Diagnostic>> {
        render_body(
            Source {
                path: Path::new("t.md"),
                first_line: 10,
                page_id: "t",
            },
            md,
        )
    }

    #[test]
    fn headings_get_unique_ids_and_toc_entries() {
        let body = render("## Core concepts\n\n### TCP/IP\n\n## Core concepts\n").unwrap();
        assert!(
            body.html.contains("<h2 id=\"core-concepts\">"),
            "{}",
            body.html
        );
        assert!(body.html.contains("<h3 id=\"tcp-ip\">"), "{}", body.html);
        assert!(
            body.html.contains("<h2 id=\"core-concepts-2\">"),
            "{}",
            body.html
        );
        let ids: Vec<_> = body.toc.iter().map(|t| (t.level, t.id.as_str())).collect();
        assert_eq!(
            ids,
            [(2, "core-concepts"), (3, "tcp-ip"), (2, "core-concepts-2")]
        );
    }

    #[test]
    fn explicit_heading_ids_are_kept() {
        let body = render("## Why {#why}\n").unwrap();
        assert!(body.html.contains("id=\"why\""), "{}", body.html);
    }

    #[test]
    fn h1_is_rejected_with_its_line() {
        let errs = render("Intro\n\n# Title\n").unwrap_err();
        assert_eq!(errs[0].line, 12);
        assert!(errs[0].message.contains("`##`"));
    }

    #[test]
    fn tables_task_lists_footnotes_strikethrough() {
        let md = "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] open\n\nText[^1] ~~old~~\n\n[^1]: A note.\n";
        let html = render(md).unwrap().html;
        assert!(html.contains("<div class=\"table-wrap\"><table>"), "{html}");
        assert!(html.contains("type=\"checkbox\""), "{html}");
        assert!(html.contains("footnote-definition"), "{html}");
        assert!(html.contains("<del>old</del>"), "{html}");
    }

    #[test]
    fn admonitions_become_callouts() {
        let html = render("> [!WARNING]\n> Mind the gap.\n").unwrap().html;
        assert!(
            html.contains("<aside class=\"callout callout-warning\">"),
            "{html}"
        );
        assert!(
            html.contains("<p class=\"callout-title\">Warning</p>"),
            "{html}"
        );
        assert!(html.contains("Mind the gap."), "{html}");
        assert!(!html.contains("[!WARNING]"), "{html}");
    }

    #[test]
    fn code_is_highlighted_and_counted_but_not_as_words() {
        let body = render("Two words\n\n```python\nimport os\nprint(os.getcwd())\n```\n").unwrap();
        assert_eq!(body.code_blocks, 1);
        assert_eq!(body.words, 2);
        assert!(body.html.contains("hl-"), "{}", body.html);
    }

    #[test]
    fn mermaid_becomes_a_captioned_inline_svg_figure() {
        let md = "```mermaid\nflowchart LR\n  A[Client] --> B[Server]\n```\n\n*The client calls the server.*\n";
        let body = render(md).unwrap();
        assert_eq!(body.diagrams, 1);
        assert!(
            body.html.contains("<figure class=\"diagram\">"),
            "{}",
            body.html
        );
        assert!(body.html.contains("<svg"), "{}", body.html);
        assert!(
            body.html.contains("t-diagram-1"),
            "ids carry the page prefix"
        );
        assert!(
            body.html
                .contains("<figcaption>The client calls the server.</figcaption>"),
            "{}",
            body.html
        );
    }

    #[test]
    fn two_diagrams_on_a_page_have_distinct_ids() {
        let md = "```mermaid\nflowchart LR\n  A --> B\n```\n\n*One.*\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n\n*Two.*\n";
        let html = render(md).unwrap().html;
        assert!(html.contains("id=\"t-diagram-1\""), "{html}");
        assert!(html.contains("id=\"t-diagram-2\""), "{html}");
    }

    #[test]
    fn diagram_without_caption_fails() {
        let errs = render("```mermaid\nflowchart LR\n  A --> B\n```\n\nPlain text.\n").unwrap_err();
        assert!(errs[0].message.contains("caption"), "{:?}", errs);
        assert_eq!(errs[0].line, 10);
    }

    #[test]
    fn broken_diagram_fails_with_its_line() {
        let errs = render("Intro\n\n```mermaid\nthis is not mermaid at all\n```\n\n*Caption.*\n")
            .unwrap_err();
        assert_eq!(errs[0].line, 12);
        assert!(errs[0].message.contains("Mermaid"), "{:?}", errs);
    }

    #[test]
    fn http_links_fail_and_internal_links_are_collected() {
        let errs = render("[a](http://example.com)\n").unwrap_err();
        assert!(errs[0].message.contains("https"));
        let body = render("See [TLS](/docs/foundations/networking#tls).\n").unwrap();
        assert_eq!(
            body.internal_links,
            [("/docs/foundations/networking#tls".to_string(), 10)]
        );
    }

    #[test]
    fn images_are_rejected() {
        let errs = render("![x](https://example.com/x.png)\n").unwrap_err();
        assert!(errs[0].message.contains("images"));
    }

    #[test]
    fn inline_rendering_strips_the_paragraph() {
        assert_eq!(
            render_inline("Use `SO_REUSEPORT`"),
            "Use <code>SO_REUSEPORT</code>"
        );
        assert!(render_fragment("One.\n\nTwo.").contains("<p>Two.</p>"));
    }

    #[test]
    fn word_count_matches_the_content_bar() {
        assert_eq!(count_words("TCP/IP is fine, isn't it? HTTP/2 - yes 42"), 8);
        assert_eq!(
            slugify("HTTP/1.1, HTTP/2 and HTTP/3"),
            "http-1-1-http-2-and-http-3"
        );
    }
}
