//! Build-time syntax highlighting into CSS classes (`hl-*`), so one stylesheet
//! colours code in both light and dark themes.

use std::sync::OnceLock;
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::{SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// The class prefix of every highlighted token.
pub const CLASS_PREFIX: &str = "hl-";

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// The syntax for a fence's language tag. Languages the bundled grammars lack
/// borrow the nearest one whose tokens look the same (TypeScript reads well
/// with JavaScript's grammar, Kotlin with Java's, HCL with Ruby's comments and
/// strings would mislead, so HCL stays plain).
fn syntax_for(lang: &str) -> Option<&'static SyntaxReference> {
    let set = syntaxes();
    let token = match lang {
        "ts" | "typescript" | "tsx" => "js",
        "kotlin" | "kt" => "java",
        "shell" | "sh" | "bash" | "console" => "sh",
        "golang" => "go",
        "csharp" | "c#" | "cs" => "cs",
        "yml" => "yaml",
        "dockerfile" | "hcl" | "terraform" | "text" | "plain" | "promql" => return None,
        other => other,
    };
    set.find_syntax_by_token(token)
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
        let html = highlight("resource \"x\" { a = \"<b>\" }", "hcl").unwrap();
        assert!(html.contains("&lt;b&gt;"), "{html}");
        assert!(!html.contains("hl-"), "{html}");
    }

    #[test]
    fn typescript_borrows_javascript_grammar() {
        let html = highlight("const x: number = 1;\n", "typescript").unwrap();
        assert!(
            html.contains("hl-storage") || html.contains("hl-keyword"),
            "{html}"
        );
    }
}
