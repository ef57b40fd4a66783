//! One failing fixture per content rule: a valid content tree, changed in one
//! place, must fail the build with that file, line and a message that says why.

use roadmap_compiler::{compile, Diagnostic, SECTION_SLUGS};
use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

fn prose(words: usize) -> String {
    let sentence =
        "Latency budgets shape every backend decision we make in production systems today. ";
    let per = sentence.split_whitespace().count();
    sentence.repeat(words.div_ceil(per))
}

fn section_md(slug: &str) -> String {
    format!(
        "+++\nslug = \"{slug}\"\ntitle = \"Title {slug}\"\nsummary = \"One sentence.\"\nicon = \"x\"\n+++\n\n## What it covers\n\n{}\n",
        prose(320)
    )
}

const TOPIC_FRONT: &str = r#"slug = "networking"
title = "Networking"
summary = "How bytes travel."
level = "core"
hours = 10
prerequisites = []
tags = ["tcp"]
aliases = ["net"]
[[resources]]
title = "R1"
url = "https://www.rfc-editor.org/rfc/rfc9293"
kind = "spec"
note = "TCP."
[[resources]]
title = "R2"
url = "https://www.rfc-editor.org/rfc/rfc9110"
kind = "spec"
note = "HTTP."
[[resources]]
title = "R3"
url = "https://www.rfc-editor.org/rfc/rfc9113"
kind = "spec"
note = "HTTP/2."
[[resources]]
title = "R4"
url = "https://www.rfc-editor.org/rfc/rfc9114"
kind = "spec"
note = "HTTP/3."
[[resources]]
title = "R5"
url = "https://www.rfc-editor.org/rfc/rfc8446"
kind = "spec"
note = "TLS."
[[checklist]]
text = "One"
[[checklist]]
text = "Two"
[[checklist]]
text = "Three"
[[checklist]]
text = "Four"
[[questions]]
q = "Q1?"
a = "A1."
[[questions]]
q = "Q2?"
a = "A2."
[[questions]]
q = "Q3?"
a = "A3."
[[questions]]
q = "Q4?"
a = "A4."
[[questions]]
q = "Q5?"
a = "A5."
"#;

fn topic_body() -> String {
    format!(
        "## Why it matters\n\n{}\n\n```mermaid\nsequenceDiagram\n  Client->>Server: SYN\n  Server-->>Client: SYN-ACK\n```\n\n*The handshake.*\n\n## In practice\n\n```go\npackage main\n\nfunc main() {{}}\n```\n",
        prose(1250)
    )
}

/// A content tree as path -> text, written to a fresh temporary folder.
struct Tree(BTreeMap<String, String>);

impl Tree {
    fn valid() -> Self {
        let mut files = BTreeMap::new();
        let list: Vec<String> = SECTION_SLUGS.iter().map(|s| format!("\"{s}\"")).collect();
        files.insert(
            "roadmap.toml".to_string(),
            format!(
                "sections = [{}]\n\n[[paths]]\nslug = \"experienced\"\ntitle = \"Experienced\"\nsummary = \"For you.\"\ntopics = [\"foundations/networking\"]\n",
                list.join(", ")
            ),
        );
        for (i, slug) in SECTION_SLUGS.iter().enumerate() {
            files.insert(format!("0{}-{slug}/_section.md", i + 1), section_md(slug));
        }
        files.insert(
            "01-foundations/01-networking.md".to_string(),
            format!("+++\n{TOPIC_FRONT}+++\n\n{}", topic_body()),
        );
        Tree(files)
    }

    fn topic(&mut self) -> &mut String {
        self.0.get_mut("01-foundations/01-networking.md").unwrap()
    }

    fn replace(mut self, file: &str, from: &str, to: &str) -> Self {
        let text = self.0.get_mut(file).unwrap();
        assert!(text.contains(from), "fixture has no `{from}` in {file}");
        *text = text.replacen(from, to, 1);
        self
    }

    fn in_topic(self, from: &str, to: &str) -> Self {
        self.replace("01-foundations/01-networking.md", from, to)
    }

    fn compile(&self) -> Result<roadmap_compiler::Catalogue, Vec<Diagnostic>> {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir: PathBuf = std::env::temp_dir().join(format!(
            "roadmap-rules-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        for (path, text) in &self.0 {
            let full = dir.join(path);
            fs::create_dir_all(full.parent().unwrap()).unwrap();
            fs::write(full, text).unwrap();
        }
        let result = compile(&dir);
        fs::remove_dir_all(&dir).unwrap();
        result
    }

    /// Compiles, expects failure, and returns the single diagnostic that
    /// mentions `needle`, checking its file and line.
    fn fails(&self, file_end: &str, line: usize, needle: &str) {
        let errors = self.compile().expect_err("the build must fail");
        let hit = errors
            .iter()
            .find(|e| e.message.contains(needle))
            .unwrap_or_else(|| panic!("no error mentions `{needle}`: {errors:#?}"));
        assert!(
            hit.path.ends_with(file_end),
            "wrong file for `{needle}`: {hit}"
        );
        assert_eq!(hit.line, line, "wrong line for `{needle}`: {hit}");
        assert!(
            hit.to_string().contains(&format!("{file_end}:{line}: ")),
            "{hit}"
        );
    }
}

const TOPIC: &str = "01-foundations/01-networking.md";

/// The file line of the first line of the topic that contains `needle`.
fn topic_line(tree: &Tree, needle: &str) -> usize {
    let text = &tree.0[TOPIC];
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn the_valid_tree_compiles() {
    let catalogue = Tree::valid().compile().unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(catalogue.sections.len(), 6);
    assert_eq!(catalogue.sections[0].slug, "foundations");
    let topic = &catalogue.sections[0].topics[0];
    assert_eq!(topic.key(), "foundations/networking");
    assert!(topic.body.words >= 1200);
    assert_eq!(topic.body.diagrams, 1);
    assert_eq!(topic.body.code_blocks, 1);
    assert_eq!(catalogue.paths[0].topics, ["foundations/networking"]);
}

#[test]
fn missing_front_matter() {
    let mut t = Tree::valid();
    *t.topic() = "## Just Markdown\n".to_string();
    t.fails(TOPIC, 1, "front matter");
}

#[test]
fn toml_syntax_error_points_at_its_line() {
    let t = Tree::valid().in_topic("hours = 10", "hours = = 10");
    let line = topic_line(&t, "hours = = 10");
    t.fails(TOPIC, line, "front matter");
}

#[test]
fn unknown_field() {
    let t = Tree::valid().in_topic("hours = 10", "hours = 10\ncolour = \"red\"");
    t.fails(TOPIC, topic_line(&t, "colour"), "unknown field");
}

#[test]
fn missing_field() {
    let t = Tree::valid().in_topic("level = \"core\"\n", "");
    t.fails(TOPIC, 2, "missing field `level`");
}

#[test]
fn unknown_level() {
    let t = Tree::valid().in_topic("level = \"core\"", "level = \"guru\"");
    t.fails(TOPIC, topic_line(&t, "guru"), "unknown variant");
}

#[test]
fn bad_slug() {
    let t = Tree::valid().in_topic("slug = \"networking\"", "slug = \"Net_working\"");
    t.fails(TOPIC, 2, "lowercase letters");
}

#[test]
fn duplicate_slug_in_a_section() {
    let mut t = Tree::valid();
    let copy = t.0[TOPIC].replace("aliases = [\"net\"]", "aliases = []");
    t.0.insert("01-foundations/02-copy.md".to_string(), copy);
    t.fails("02-copy.md", 1, "already used");
}

#[test]
fn alias_colliding_with_a_slug() {
    let mut t = Tree::valid();
    let other = t.0[TOPIC]
        .replace("slug = \"networking\"", "slug = \"net\"")
        .replace("aliases = [\"net\"]", "aliases = []");
    t.0.insert("01-foundations/02-net.md".to_string(), other);
    let errors = t.compile().unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.message.contains("`net` is already used")),
        "{errors:#?}"
    );
}

#[test]
fn unknown_prerequisite() {
    let t = Tree::valid().in_topic(
        "prerequisites = []",
        "prerequisites = [\"foundations/nothing\"]",
    );
    t.fails(TOPIC, 1, "`foundations/nothing` is not a topic");
}

#[test]
fn prerequisite_in_wrong_form() {
    let t = Tree::valid().in_topic("prerequisites = []", "prerequisites = [\"nothing\"]");
    t.fails(TOPIC, topic_line(&t, "prerequisites"), "`section/topic`");
}

#[test]
fn prerequisite_cycle() {
    let mut t =
        Tree::valid().in_topic("prerequisites = []", "prerequisites = [\"foundations/os\"]");
    let other = t.0[TOPIC]
        .replace("slug = \"networking\"", "slug = \"os\"")
        .replace("aliases = [\"net\"]", "aliases = []")
        .replace("[\"foundations/os\"]", "[\"foundations/networking\"]");
    t.0.insert("01-foundations/02-os.md".to_string(), other);
    let errors = t.compile().unwrap_err();
    assert!(
        errors.iter().any(|e| e.message.contains("cycle")),
        "{errors:#?}"
    );
}

#[test]
fn too_few_resources() {
    let t = Tree::valid().in_topic(
        "[[resources]]\ntitle = \"R5\"\nurl = \"https://www.rfc-editor.org/rfc/rfc8446\"\nkind = \"spec\"\nnote = \"TLS.\"\n",
        "",
    );
    t.fails(TOPIC, topic_line(&t, "[[resources]]"), "5 to 12 resources");
}

#[test]
fn resource_url_must_be_https() {
    let t = Tree::valid().in_topic(
        "https://www.rfc-editor.org/rfc/rfc9110",
        "http://www.rfc-editor.org/rfc/rfc9110",
    );
    t.fails(TOPIC, topic_line(&t, "http://"), "https URL");
}

#[test]
fn duplicate_resource_url() {
    let t = Tree::valid().in_topic(
        "https://www.rfc-editor.org/rfc/rfc9110",
        "https://www.rfc-editor.org/rfc/rfc9293",
    );
    let errors = t.compile().unwrap_err();
    assert!(
        errors.iter().any(|e| e.message.contains("listed twice")),
        "{errors:#?}"
    );
}

#[test]
fn unknown_resource_kind() {
    let t = Tree::valid().in_topic(
        "kind = \"spec\"\nnote = \"HTTP.\"",
        "kind = \"podcast\"\nnote = \"HTTP.\"",
    );
    t.fails(TOPIC, topic_line(&t, "podcast"), "unknown variant");
}

#[test]
fn too_few_checklist_items() {
    let t = Tree::valid().in_topic("[[checklist]]\ntext = \"Four\"\n", "");
    t.fails(
        TOPIC,
        topic_line(&t, "[[checklist]]"),
        "4 to 10 checklist items",
    );
}

#[test]
fn duplicate_checklist_item() {
    let t = Tree::valid().in_topic("text = \"Four\"", "text = \"  One \"");
    t.fails(
        TOPIC,
        topic_line(&t, "[[checklist]]"),
        "two checklist items have the same text",
    );
}

#[test]
fn too_few_questions() {
    let t = Tree::valid().in_topic("[[questions]]\nq = \"Q5?\"\na = \"A5.\"\n", "");
    t.fails(TOPIC, topic_line(&t, "[[questions]]"), "5 to 10 questions");
}

#[test]
fn empty_answer() {
    let t = Tree::valid().in_topic("a = \"A3.\"", "a = \" \"");
    t.fails(TOPIC, topic_line(&t, "[[questions]]"), "model answer");
}

#[test]
fn summary_too_long() {
    let long = "x".repeat(161);
    let t = Tree::valid().in_topic(
        "summary = \"How bytes travel.\"",
        &format!("summary = \"{long}\""),
    );
    t.fails(TOPIC, 4, "1 to 160 characters");
}

#[test]
fn hours_out_of_range() {
    let t = Tree::valid().in_topic("hours = 10", "hours = 0");
    t.fails(TOPIC, topic_line(&t, "hours = 0"), "from 1 to 80");
}

#[test]
fn too_few_words() {
    let t = Tree::valid().in_topic(&prose(1250), &prose(100));
    let body_line = t.0[TOPIC].lines().skip(1).position(|l| l == "+++").unwrap() + 3;
    t.fails(TOPIC, body_line, "at least 1200 words");
}

#[test]
fn no_diagram() {
    let t = Tree::valid()
        .in_topic("```mermaid\nsequenceDiagram\n  Client->>Server: SYN\n  Server-->>Client: SYN-ACK\n```\n\n*The handshake.*\n", "");
    let errors = t.compile().unwrap_err();
    assert!(
        errors.iter().any(|e| e.message.contains("```mermaid")),
        "{errors:#?}"
    );
}

#[test]
fn no_code_example() {
    let t = Tree::valid().in_topic("```go\npackage main\n\nfunc main() {}\n```\n", "");
    let errors = t.compile().unwrap_err();
    assert!(
        errors.iter().any(|e| e.message.contains("code example")),
        "{errors:#?}"
    );
}

#[test]
fn broken_diagram() {
    let t = Tree::valid().in_topic(
        "sequenceDiagram\n  Client->>Server: SYN",
        "notADiagram\n  ???",
    );
    t.fails(TOPIC, topic_line(&t, "```mermaid"), "Mermaid");
}

#[test]
fn diagram_without_caption() {
    let t = Tree::valid().in_topic("*The handshake.*", "The handshake.");
    t.fails(TOPIC, topic_line(&t, "```mermaid"), "caption");
}

#[test]
fn h1_in_body() {
    let t = Tree::valid().in_topic("## Why it matters", "# Why it matters");
    t.fails(TOPIC, topic_line(&t, "# Why it matters"), "`##`");
}

#[test]
fn internal_link_to_nowhere() {
    let t = Tree::valid().in_topic(
        "## In practice\n",
        "## In practice\n\nSee [this](/docs/foundations/nowhere).\n",
    );
    t.fails(
        TOPIC,
        topic_line(&t, "/docs/foundations/nowhere"),
        "leads to no page",
    );
}

#[test]
fn internal_link_to_a_real_page_is_fine() {
    let t = Tree::valid().in_topic(
        "## In practice\n",
        "## In practice\n\nSee [APIs](/docs/api-design) and [paths](/paths/experienced).\n",
    );
    t.compile().unwrap_or_else(|e| panic!("{e:#?}"));
}

#[test]
fn section_slug_must_be_a_fixed_url() {
    let t = Tree::valid().replace(
        "02-api-design/_section.md",
        "slug = \"api-design\"",
        "slug = \"apis\"",
    );
    t.fails("02-api-design/_section.md", 2, "fixed public URLs");
}

#[test]
fn section_folder_without_index() {
    let mut t = Tree::valid();
    t.0.insert("07-extra/01-x.md".to_string(), "x".to_string());
    t.fails("07-extra/_section.md", 1, "`_section.md`");
}

#[test]
fn section_not_listed_in_roadmap() {
    let t = Tree::valid().replace("roadmap.toml", ", \"observability-and-performance\"", "");
    t.fails(
        "06-observability-and-performance/_section.md",
        1,
        "not listed in roadmap.toml",
    );
}

#[test]
fn section_intro_too_short() {
    let t = Tree::valid().replace("03-system-architecture/_section.md", &prose(320), "Short.");
    t.fails(
        "03-system-architecture/_section.md",
        1,
        "at least 300 words",
    );
}

#[test]
fn path_with_unknown_topic() {
    let t = Tree::valid().replace(
        "roadmap.toml",
        "[\"foundations/networking\"]",
        "[\"foundations/networking\", \"api-design/rest\"]",
    );
    t.fails("roadmap.toml", 4, "`api-design/rest`, which is not a topic");
}

#[test]
fn every_problem_is_reported_at_once() {
    let t = Tree::valid().in_topic("hours = 10", "hours = 100").replace(
        "02-api-design/_section.md",
        "slug = \"api-design\"",
        "slug = \"apis\"",
    );
    let errors = t.compile().unwrap_err();
    assert!(errors.len() >= 2, "{errors:#?}");
}
