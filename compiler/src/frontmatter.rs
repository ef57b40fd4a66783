//! Splits a content file into its TOML front matter and its Markdown body.

use crate::diagnostic::{line_at, Diagnostic};
use serde::de::DeserializeOwned;
use std::path::Path;

/// A content file split at its `+++` fences.
#[derive(Debug)]
pub struct Split<'a> {
    /// The TOML between the fences.
    pub front: &'a str,
    /// The Markdown after the closing fence.
    pub body: &'a str,
    /// 1-based line of the file on which the front matter's first line stands.
    pub front_line: usize,
    /// 1-based line of the file on which the body's first line stands.
    pub body_line: usize,
}

impl Split<'_> {
    /// The file line of a line inside the front matter (1-based within it).
    pub fn front_to_file(&self, line: usize) -> usize {
        self.front_line + line - 1
    }
}

/// Splits `text` into front matter and body, or says what is wrong with the fences.
pub fn split<'a>(path: &Path, text: &'a str) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Some(rest) = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
    else {
        return Err(Diagnostic::new(
            path,
            1,
            "the file must start with TOML front matter between `+++` lines",
        ));
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            let front = &rest[..offset];
            let body = &rest[offset + line.len()..];
            let front_lines = front.matches('\n').count();
            return Ok(Split {
                front,
                body,
                front_line: 2,
                body_line: front_lines + 3,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::new(
        path,
        1,
        "the front matter is not closed: add a `+++` line after it",
    ))
}

/// Parses TOML into `T`, turning a syntax or schema error into a located diagnostic.
pub fn parse_toml<T: DeserializeOwned>(
    path: &Path,
    toml_text: &str,
    first_line: usize,
) -> Result<T, Diagnostic> {
    toml::from_str(toml_text).map_err(|err| {
        let line = err
            .span()
            .map(|span| line_at(toml_text, span.start))
            .unwrap_or(1);
        Diagnostic::new(
            path,
            first_line + line - 1,
            format!("front matter: {}", err.message().trim()),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body_with_lines() {
        let text = "+++\na = 1\nb = 2\n+++\n\nBody\n";
        let s = split(Path::new("x.md"), text).unwrap();
        assert_eq!(s.front, "a = 1\nb = 2\n");
        assert_eq!(s.body, "\nBody\n");
        assert_eq!(s.body_line, 5);
        assert_eq!(s.front_to_file(2), 3);
    }

    #[test]
    fn missing_fences_are_reported() {
        let err = split(Path::new("x.md"), "# Title\n").unwrap_err();
        assert!(err.message.contains("front matter"), "{err}");
        let err = split(Path::new("x.md"), "+++\na = 1\n").unwrap_err();
        assert!(err.message.contains("not closed"), "{err}");
    }
}
