//! The post-build step: renders every route with the app's own components
//! (natively, `ssr`) into the page shell Trunk wrote, so each route is a real
//! HTML file that the browser hydrates; then writes the service worker's
//! precache list from the files the build produced.
//!
//! Usage: `prerender DIST_DIR [--base /roadmap] [--release]`
//! (`scripts/post-build.sh` runs it from Trunk's post-build hook).

use backend_roadmap::links::{join, normalise_base};
use backend_roadmap::routes::{all_paths, Page};
use backend_roadmap::App;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use roadmap_compiler::highlight::escape_html;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs};

/// The marker the prerender step leaves, so it never renders into its own output.
const BASE_META: &str = "<meta name=\"roadmap-base\"";

struct Args {
    dist: PathBuf,
    base: String,
    release: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = env::args().skip(1);
    let mut dist = None;
    let mut base = env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let mut release = env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--base" => base = args.next().ok_or("--base needs a value")?,
            "--release" => release = true,
            _ if dist.is_none() => dist = Some(PathBuf::from(arg)),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(Args {
        dist: dist.ok_or("usage: prerender DIST_DIR [--base /roadmap] [--release]")?,
        base: normalise_base(&base),
        release,
    })
}

/// The app's HTML for `path` (below the base), rendered as the browser will
/// hydrate it.
fn render(base: &str, path: &str) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&join(base, path)));
        let base = base.to_string();
        view! { <App base=base/> }.to_html()
    })
}

/// Fills the shell: base path, title, description, optional extra head
/// tags, and the rendered body.
fn fill(
    shell: &str,
    base: &str,
    page: &Page,
    head_extra: &str,
    body: &str,
) -> Result<String, String> {
    let shell = shell.replace("%BASE%", base);
    let title_start = shell.find("<title>").ok_or("the shell has no <title>")?;
    let title_end = shell.find("</title>").ok_or("the shell has no </title>")? + "</title>".len();
    let head = format!(
        "<title>{}</title>\n    <meta name=\"description\" content=\"{}\">\n    {BASE_META} content=\"{}\">{head_extra}",
        escape_html(&page.title()),
        escape_html(page.description()),
        escape_html(base),
    );
    let shell = format!("{}{}{}", &shell[..title_start], head, &shell[title_end..]);
    let body_start = shell.find("<body>").ok_or("the shell has no <body>")? + "<body>".len();
    let body_end = shell.rfind("</body>").ok_or("the shell has no </body>")?;
    if !shell[body_start..body_end].trim().is_empty() {
        return Err("the shell's <body> is not empty: expected Trunk's index.html".into());
    }
    // Nothing between <body> and the app: hydration starts at the first child.
    Ok(format!(
        "{}{}{}",
        &shell[..body_start],
        body,
        &shell[body_end..]
    ))
}

fn write(path: &Path, html: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, html).map_err(|e| format!("{}: {e}", path.display()))
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let index = args.dist.join("index.html");
    let shell = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if shell.contains(BASE_META) {
        return Err(format!(
            "{} is already prerendered; run `trunk build` again for a fresh shell",
            index.display()
        ));
    }
    let register_sw = if args.release {
        format!(
            "\n    <script type=\"module\" src=\"{}/sw-register.js\"></script>",
            args.base
        )
    } else {
        String::new()
    };

    let mut count = 0;
    for path in all_paths() {
        let page = Page::resolve(&path);
        let extra = match page {
            Page::Moved(topic) => {
                let target = join(&args.base, &topic.path());
                format!(
                    "\n    <meta http-equiv=\"refresh\" content=\"0; url={target}\">\n    <link rel=\"canonical\" href=\"{target}\">"
                )
            }
            _ => register_sw.clone(),
        };
        let html = fill(
            &shell,
            &args.base,
            &page,
            &extra,
            &render(&args.base, &path),
        )?;
        write(
            &args
                .dist
                .join(path.trim_start_matches('/'))
                .join("index.html"),
            &html,
        )?;
        count += 1;
    }
    // Static hosts answer unknown URLs with 404.html; the app hydrates it
    // into the same not-found page at whatever URL was asked for.
    let html = fill(
        &shell,
        &args.base,
        &Page::NotFound,
        &register_sw,
        &render(&args.base, "/404.html"),
    )?;
    write(&args.dist.join("404.html"), &html)?;

    // Topic bodies as files: the browser build fetches them after a
    // client-side navigation instead of carrying every page in the wasm.
    let bodies = args
        .dist
        .join(backend_roadmap::content::BODY_DIR.trim_start_matches('/'));
    for topic in backend_roadmap::content::all_topics() {
        let file = format!(
            "{}{}{}",
            topic.html,
            backend_roadmap::content::EXTRAS_SEPARATOR,
            topic.extras_html
        );
        write(&bodies.join(topic.body_file), &file)?;
    }

    let sw = args.dist.join(roadmap_compiler::site::SERVICE_WORKER);
    let template = fs::read_to_string(&sw).map_err(|e| format!("{}: {e}", sw.display()))?;
    let precached = roadmap_compiler::site::write_service_worker(&args.dist, &template, &args.base)
        .map_err(|e| format!("writing the service worker: {e}"))?;
    println!(
        "prerendered {} pages and 404.html under `{}/`; the service worker precaches {precached} files",
        count,
        args.base
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = "<html><head><link rel=\"manifest\" href=\"%BASE%/m.webmanifest\"><title>x</title></head><body></body></html>";

    #[test]
    fn fills_title_description_base_and_body() {
        let page = Page::resolve("/docs/foundations/");
        let html = fill(SHELL, "/roadmap", &page, "", "<p>app</p>").unwrap();
        assert!(
            html.contains("<title>Foundations · Backend Roadmap</title>"),
            "{html}"
        );
        assert!(
            html.contains("<meta name=\"description\" content=\""),
            "{html}"
        );
        assert!(
            html.contains("<meta name=\"roadmap-base\" content=\"/roadmap\">"),
            "{html}"
        );
        assert!(html.contains("href=\"/roadmap/m.webmanifest\""), "{html}");
        assert!(html.contains("<body><p>app</p></body>"), "{html}");
    }

    #[test]
    fn refuses_a_shell_that_is_not_trunks() {
        let page = Page::NotFound;
        assert!(fill("<html><body></body></html>", "", &page, "", "").is_err());
        let full = SHELL.replace("<body></body>", "<body><p>old</p></body>");
        assert!(fill(&full, "", &page, "", "").is_err());
    }

    #[test]
    fn rendered_topic_has_its_content_and_every_link_carries_the_base() {
        let html = render("/roadmap", "/docs/foundations/networking/");
        assert!(html.contains("<svg"), "diagrams are inline");
        assert!(html.contains("hl-keyword"), "code is highlighted");
        assert!(
            html.contains("data-status=\"done\""),
            "the status control is rendered"
        );
        for (at, _) in html.match_indices("href=\"") {
            let href = &html[at + 6..];
            let href = &href[..href.find('"').unwrap()];
            assert!(
                href.starts_with("/roadmap/")
                    || href.starts_with('#')
                    || href.starts_with("https://"),
                "link outside the base: {href}"
            );
        }
    }

    #[test]
    fn the_app_splits_body_files_where_the_compiler_joins_them() {
        assert_eq!(
            backend_roadmap::content::EXTRAS_SEPARATOR,
            roadmap_compiler::extras::SEPARATOR
        );
    }

    #[test]
    fn unknown_routes_render_the_not_found_page() {
        let html = render("", "/404.html");
        assert!(html.contains("data-page=\"not-found\""), "{html}");
        assert!(html.contains("href=\"/\""), "a way back home");
    }
}
