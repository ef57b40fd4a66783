//! Build-time syntax highlighting into CSS classes (`hl-*`), so one stylesheet
//! colours code in both light and dark themes.

use std::sync::OnceLock;
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// The class prefix of every highlighted token.
pub const CLASS_PREFIX: &str = "hl-";

/// syntect's grammars plus bat's extra ones (two-face): TypeScript, Kotlin,
/// Dockerfile, HCL/Terraform, protobuf, TOML, INI and more.
fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(two_face::syntax::extra_newlines)
}

/// The syntax for a fence's language tag; `None` renders plain text.
fn syntax_for(lang: &str) -> Option<&'static SyntaxReference> {
    let set = syntaxes();
    let token = match lang {
        "typescript" | "tsx" => "ts",
        "kotlin" => "kt",
        "shell" | "sh" | "bash" | "console" => "sh",
        "golang" => "go",
        "csharp" | "c#" => "cs",
        "yml" => "yaml",
        "protobuf" => "proto",
        "terraform" => "tf",
        "dockerfile" => "Dockerfile",
        "text" | "plain" | "promql" => return None,
        other => other,
    };
    set.find_syntax_by_token(token)
        .or_else(|| set.find_syntax_by_name(token))
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Renders a code block as `<pre><code>` with `hl-*` classed spans, or
/// escaped plain text where no grammar fits the language.
pub fn highlight(code: &str, lang: &str) -> Result<String, String> {
    let lang = lang.trim().to_ascii_lowercase();
    let inner = match syntax_for(&lang) {
        Some(syntax) => {
            let mut generator = ClassedHTMLGenerator::new_with_class_style(
                syntax,
                syntaxes(),
                ClassStyle::SpacedPrefixed {
                    prefix: CLASS_PREFIX,
                },
            );
            for line in LinesWithEndings::from(code) {
                generator
                    .parse_html_for_line_which_includes_newline(line)
                    .map_err(|e| format!("could not highlight {lang} code: {e}"))?;
            }
            generator.finalize()
        }
        None => escape_html(code),
    };
    let label = if lang.is_empty() { "text" } else { &lang };
    Ok(format!(
        "<div class=\"code-block\"><span class=\"code-lang\">{}</span><pre class=\"code\" data-lang=\"{}\" tabindex=\"0\"><code>{}</code></pre></div>",
        escape_html(label),
        escape_html(label),
        inner.trim_end_matches('\n')
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_code_gets_keyword_and_string_classes() {
        let html = highlight("package main\n\nfunc main() { println(\"hi\") }\n", "go").unwrap();
        assert!(html.contains("hl-keyword"), "{html}");
        assert!(html.contains("hl-string"), "{html}");
        assert!(html.contains("data-lang=\"go\""), "{html}");
    }

    #[test]
    fn unknown_language_is_escaped_plain_text() {
        let html = highlight("rate(http_requests_total{code=\"<5xx>\"}[5m])", "promql").unwrap();
        assert!(html.contains("&lt;5xx&gt;"), "{html}");
        assert!(!html.contains("hl-"), "{html}");
    }

    #[test]
    fn every_language_the_content_uses_has_a_grammar() {
        for (lang, code) in [
            ("typescript", "const x: number = 1;\n"),
            ("kotlin", "fun main() { val x = 1 }\n"),
            ("protobuf", "message A { string id = 1; }\n"),
            (
                "hcl",
                "resource \"aws_s3_bucket\" \"b\" { bucket = \"x\" }\n",
            ),
            ("dockerfile", "FROM debian:12\nRUN echo hi\n"),
            ("lua", "local x = redis.call('GET', KEYS[1])\n"),
            ("ini", "[databases]\npool_mode = transaction\n"),
            ("csharp", "public record Money(decimal Amount);\n"),
            ("sql", "SELECT 1 FROM t WHERE id = $1;\n"),
            ("java", "class A { int x = 1; }\n"),
            ("python", "def f(x):\n    return x\n"),
            ("yaml", "a: 1\n"),
            ("bash", "echo \"$HOME\"\n"),
            ("json", "{\"a\": 1}\n"),
            ("rust", "fn main() {}\n"),
        ] {
            let html = highlight(code, lang).unwrap();
            assert!(html.contains("hl-"), "{lang} is not highlighted: {html}");
        }
    }
}
