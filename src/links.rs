//! Every internal link carries the base path the site is served under
//! (`""` at a domain's root, `/roadmap` under a sub-path): leptos_router 0.8
//! renders `<A href="/x">` outside the base, so links are built here instead.

use leptos::prelude::*;

/// The base path, provided once by the app shell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(pub String);

/// Normalises a public URL (`/`, `/roadmap/`, `roadmap`) to a base path
/// without a trailing slash (`""`, `/roadmap`).
pub fn normalise_base(public_url: &str) -> String {
    let trimmed = public_url.trim().trim_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else {
        format!("/{trimmed}")
    }
}

/// `path` (starting with `/`) under `base`.
pub fn join(base: &str, path: &str) -> String {
    format!("{base}{path}")
}

/// `path` under the app's base.
pub fn href(path: &str) -> String {
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();
    join(&base, path)
}

/// Points root-relative links in compiled content HTML (`href="/docs/..."`)
/// at the base.
pub fn rebase_html(html: &str, base: &str) -> String {
    if base.is_empty() {
        html.to_string()
    } else {
        html.replace("href=\"/", &format!("href=\"{base}/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bases_are_normalised() {
        assert_eq!(normalise_base("/"), "");
        assert_eq!(normalise_base(""), "");
        assert_eq!(normalise_base("/roadmap/"), "/roadmap");
        assert_eq!(normalise_base("roadmap"), "/roadmap");
        assert_eq!(join("/roadmap", "/docs/x/"), "/roadmap/docs/x/");
    }

    #[test]
    fn content_links_are_rebased_but_anchors_and_external_links_are_not() {
        let html = "<a href=\"/docs/a/\">a</a><a href=\"#x\">x</a><a href=\"https://e.org/\">e</a>";
        assert_eq!(
            rebase_html(html, "/roadmap"),
            "<a href=\"/roadmap/docs/a/\">a</a><a href=\"#x\">x</a><a href=\"https://e.org/\">e</a>"
        );
        assert_eq!(rebase_html(html, ""), html);
    }
}
