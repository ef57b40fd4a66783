//! Mermaid diagrams to inline SVG at build time, with merman.

use merman::{OperationControl, RenderOutput, RenderRequest, Renderer, SvgRequest};
use std::sync::OnceLock;

fn renderer() -> &'static Renderer {
    static RENDERER: OnceLock<Renderer> = OnceLock::new();
    RENDERER.get_or_init(Renderer::new)
}

/// Renders `source` to an SVG whose ids are prefixed by `id`, so several
/// diagrams can share one page. A diagram that cannot be drawn is an error:
/// it never ships broken.
pub fn render(source: &str, id: &str) -> Result<String, String> {
    let request = SvgRequest {
        options: merman::svg::SvgRenderOptions {
            diagram_id: Some(merman::svg::sanitize_svg_id(id)),
            ..Default::default()
        },
        ..Default::default()
    };
    let output = renderer()
        .render(RenderRequest::svg(source, OperationControl::new(), request))
        .map_err(|e| format!("the Mermaid diagram could not be rendered: {e}"))?;
    match output {
        RenderOutput::Svg(Some(svg)) => Ok(keep_readable(&prune_style(svg.svg()))),
        _ => Err("the Mermaid block holds no diagram merman recognises".to_string()),
    }
}

/// The smallest scale a diagram is shown at: 16 px labels stay at least
/// 11 px. A wider diagram scrolls sideways in its frame instead of shrinking
/// until nobody can read it.
pub const MIN_SCALE: f64 = 0.7;

/// Adds `min-width` (natural width times [`MIN_SCALE`]) beside the
/// `max-width` merman puts on the root `<svg>`. The page's CSS scales a
/// diagram down to its column; this floor stops it there.
pub fn keep_readable(svg: &str) -> String {
    const KEY: &str = "style=\"max-width: ";
    let Some(root_end) = svg.find('>') else {
        return svg.to_string();
    };
    let Some(at) = svg[..root_end].find(KEY) else {
        return svg.to_string();
    };
    let value = at + KEY.len();
    let Some(len) = svg[value..].find("px") else {
        return svg.to_string();
    };
    let Ok(width) = svg[value..value + len].trim().parse::<f64>() else {
        return svg.to_string();
    };
    let floor = (width * MIN_SCALE).round();
    format!(
        "{}style=\"min-width: {floor}px; max-width: {}",
        &svg[..at],
        &svg[value..]
    )
}

/// Drops the rules of an SVG's `<style>` that cannot match anything in it.
///
/// merman embeds the whole theme for its diagram family in every SVG (up to
/// 30 KB: every colour variant, swimlanes, clusters...). A rule whose
/// selector needs a class or attribute the SVG never uses is dead weight in
/// the page and in the browser's style recalculation. The pruning is
/// conservative: `@` blocks are kept, classes inside `:not(...)` are not
/// required, and anything it does not understand is kept.
pub fn prune_style(svg: &str) -> String {
    let (Some(open), Some(close)) = (svg.find("<style>"), svg.find("</style>")) else {
        return svg.to_string();
    };
    let css_start = open + "<style>".len();
    if close < css_start {
        return svg.to_string();
    }
    let markup = format!("{}{}", &svg[..open], &svg[close..]);
    let classes: std::collections::HashSet<&str> = markup
        .split("class=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .flat_map(str::split_whitespace)
        .collect();
    let css = prune_css(&svg[css_start..close], &|selector| {
        selector_can_match(selector, &classes, &markup)
    });
    format!("{}{}{}", &svg[..css_start], css, &svg[close..])
}

/// Index just past the `}` that closes the block opened at or after `from`.
fn block_end(css: &str, from: usize) -> usize {
    let mut depth = 0;
    for (i, c) in css[from..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return from + i + 1;
                }
            }
            _ => {}
        }
    }
    css.len()
}

/// Splits at commas outside brackets and parentheses.
fn split_top_level(selectors: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in selectors.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&selectors[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&selectors[start..]);
    parts
}

fn prune_css(css: &str, keep: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(css.len());
    let mut at = 0;
    while at < css.len() {
        let Some(brace) = css[at..].find('{').map(|i| at + i) else {
            out.push_str(&css[at..]);
            break;
        };
        let end = block_end(css, brace);
        let head = &css[at..brace];
        if head.trim_start().starts_with('@') {
            out.push_str(&css[at..end]);
        } else {
            let kept: Vec<&str> = split_top_level(head)
                .into_iter()
                .filter(|s| keep(s.trim()))
                .collect();
            if !kept.is_empty() {
                out.push_str(&kept.join(","));
                out.push_str(&css[brace..end]);
            }
        }
        at = end;
    }
    out
}

/// False only when `selector` needs a class or attribute absent from the SVG.
fn selector_can_match(
    selector: &str,
    classes: &std::collections::HashSet<&str>,
    markup: &str,
) -> bool {
    let bytes = selector.as_bytes();
    let mut i = 0;
    let mut parens = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' => parens += 1,
            b')' => parens -= 1,
            b'[' if parens == 0 => {
                let Some(len) = selector[i..].find(']') else {
                    return true;
                };
                let attr = &selector[i + 1..i + len];
                let needed = match attr.split_once('=') {
                    Some((name, value)) => {
                        let value = value.trim_matches(['"', '\'']);
                        format!("{name}=\"{value}\"")
                    }
                    None => format!(" {attr}="),
                };
                if !markup.contains(&needed) {
                    return false;
                }
                i += len;
            }
            b'.' if parens == 0 => {
                let name: String = selector[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !name.is_empty() && !classes.contains(name.as_str()) {
                    return false;
                }
                i += name.len();
            }
            _ => {}
        }
        i += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unused_rules_are_dropped_and_used_ones_kept() {
        let svg = "<svg id=\"d\"><style>#d{fill:red;}@keyframes dash{to{x:0;}}#d .node rect{a:1;}#d .cluster rect{b:2;}#d [data-look=\"neo\"].node{c:3;}#d .node:not(.swimlane) path,#d .gone{d:4;}</style><g class=\"node default\"><rect/></g></svg>";
        let pruned = prune_style(svg);
        assert!(pruned.contains("#d{fill:red;}"), "{pruned}");
        assert!(pruned.contains("@keyframes dash{to{x:0;}}"), "{pruned}");
        assert!(pruned.contains("#d .node rect{a:1;}"), "{pruned}");
        assert!(!pruned.contains("cluster"), "{pruned}");
        assert!(!pruned.contains("neo"), "{pruned}");
        assert!(
            pruned.contains("#d .node:not(.swimlane) path{d:4;}"),
            "{pruned}"
        );
        assert!(!pruned.contains("gone"), "{pruned}");
        assert!(pruned.ends_with("<g class=\"node default\"><rect/></g></svg>"));
    }

    #[test]
    fn attribute_selectors_that_match_are_kept() {
        let svg =
            "<svg><style>[data-look=\"neo\"] rect{a:1;}</style><g data-look=\"neo\"></g></svg>";
        assert!(prune_style(svg).contains("[data-look=\"neo\"] rect{a:1;}"));
    }

    #[test]
    fn wide_diagrams_keep_a_readable_floor() {
        let svg = r#"<svg id="x" width="100%" style="max-width: 2000.5px;" viewBox="0 0 2000.5 200"><g style="max-width: 9px;"></g></svg>"#;
        let out = keep_readable(svg);
        assert!(
            out.starts_with(
                r#"<svg id="x" width="100%" style="min-width: 1400px; max-width: 2000.5px;""#
            ),
            "{out}"
        );
        assert!(
            out.contains(r#"<g style="max-width: 9px;">"#),
            "only the root changes"
        );
        assert_eq!(keep_readable("<svg><g/></svg>"), "<svg><g/></svg>");
        let real = render("flowchart LR\n  A[Client] --> B[Server]\n", "p").unwrap();
        assert!(
            real[..real.find('>').unwrap()].contains("min-width: "),
            "{real}"
        );
    }

    #[test]
    fn rendered_diagrams_are_smaller_and_still_styled() {
        let svg = render("flowchart LR\n  A[Client] --> B[Server]\n", "p").unwrap();
        assert!(svg.contains(".node"), "node styles survive");
        assert!(
            !svg.contains("swimlane-title"),
            "unused swimlane styles are gone"
        );
    }
}
