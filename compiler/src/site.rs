//! The post-build step's file work: the service worker's precache list, made
//! from the files the build actually wrote (never by hand).

use std::fs;
use std::io;
use std::path::Path;

/// The service worker's own file name; it never precaches itself.
pub const SERVICE_WORKER: &str = "sw.js";

/// Every file under `dist`, as `/`-separated paths relative to it, sorted.
pub fn list_files(dist: &Path) -> io::Result<Vec<String>> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> io::Result<()> {
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if let Ok(rel) = path.strip_prefix(root) {
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(rel.join("/"));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(dist, dist, &mut out)?;
    out.sort();
    Ok(out)
}

/// The URLs the service worker precaches: every built file but itself and
/// pre-compressed copies, under `base` (`""` or `/roadmap`). Route pages are
/// listed by their directory URL (`/roadmap/docs/x/`), the form links use.
pub fn precache_urls(base: &str, files: &[String]) -> Vec<String> {
    files
        .iter()
        .filter(|f| f.as_str() != SERVICE_WORKER && !f.ends_with(".br") && !f.ends_with(".gz"))
        .map(|f| match f.strip_suffix("index.html") {
            Some(dir) => format!("{base}/{dir}"),
            None => format!("{base}/{f}"),
        })
        .collect()
}

/// The state a [`digest`] starts from (FNV-1a's 64-bit offset basis).
pub const DIGEST_START: u64 = 0xcbf2_9ce4_8422_2325;

/// A 64-bit FNV-1a digest: enough to tell one build's files from another's.
pub fn digest(bytes: &[u8], mut state: u64) -> u64 {
    for b in bytes {
        state ^= u64::from(*b);
        state = state.wrapping_mul(0x100_0000_01b3);
    }
    state
}

/// Fills the service worker template: `__BASE__`, `__VERSION__` and
/// `__PRECACHE__` (a JSON array of URLs).
pub fn service_worker(template: &str, base: &str, version: &str, urls: &[String]) -> String {
    let list: Vec<String> = urls.iter().map(|u| format!("  {u:?}")).collect();
    template
        .replace("__BASE__", base)
        .replace("__VERSION__", version)
        .replace("__PRECACHE__", &format!("[\n{}\n]", list.join(",\n")))
}

/// Writes `sw.js` into `dist` from `template`, precaching every file there.
/// Returns how many URLs it lists.
pub fn write_service_worker(dist: &Path, template: &str, base: &str) -> io::Result<usize> {
    let files = list_files(dist)?;
    let mut state = DIGEST_START;
    for f in &files {
        if f == SERVICE_WORKER {
            continue;
        }
        state = digest(f.as_bytes(), state);
        state = digest(&fs::read(dist.join(f))?, state);
    }
    let urls = precache_urls(base, &files);
    let sw = service_worker(template, base, &format!("{state:016x}"), &urls);
    fs::write(dist.join(SERVICE_WORKER), sw)?;
    Ok(urls.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precache_lists_built_files_under_the_base_but_not_itself() {
        let files = vec![
            "404.html".to_string(),
            "app-1a2b.wasm".to_string(),
            "docs/foundations/index.html".to_string(),
            "index.html".to_string(),
            "sw.js".to_string(),
            "style-9f.css.br".to_string(),
        ];
        assert_eq!(
            precache_urls("/roadmap", &files),
            [
                "/roadmap/404.html",
                "/roadmap/app-1a2b.wasm",
                "/roadmap/docs/foundations/",
                "/roadmap/"
            ]
        );
    }

    #[test]
    fn template_is_filled() {
        let sw = service_worker(
            "const B='__BASE__';const V='__VERSION__';const P=__PRECACHE__;",
            "/r",
            "abc",
            &["/r/".to_string()],
        );
        assert_eq!(sw, "const B='/r';const V='abc';const P=[\n  \"/r/\"\n];");
    }

    #[test]
    fn writes_sw_with_a_version_that_follows_the_files() {
        let dir = std::env::temp_dir().join(format!("roadmap-site-test-{}", std::process::id()));
        fs::create_dir_all(dir.join("docs")).unwrap();
        fs::write(dir.join("index.html"), "a").unwrap();
        fs::write(dir.join("docs/index.html"), "b").unwrap();
        let n = write_service_worker(&dir, "__VERSION__ __PRECACHE__", "").unwrap();
        assert_eq!(n, 2);
        let first = fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(first.contains("\"/docs/\""), "{first}");
        fs::write(dir.join("index.html"), "changed").unwrap();
        write_service_worker(&dir, "__VERSION__ __PRECACHE__", "").unwrap();
        let second = fs::read_to_string(dir.join("sw.js")).unwrap();
        assert_ne!(
            first[..16],
            second[..16],
            "a changed file changes the version"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
