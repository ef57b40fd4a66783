//! A topic's self-check questions and resources as finished HTML. They are
//! static (answers open with `<details>`), so they are rendered here at
//! build time and published with the topic's body instead of being
//! compiled into the wasm.

use crate::highlight::escape_html;
use crate::model::Topic;

/// The marker between a topic's body and its extras in the body file.
pub const SEPARATOR: &str = "<!--roadmap:extras-->";

/// The "Self-check" and "Resources" sections of `topic`.
pub fn render(topic: &Topic) -> String {
    let mut out = String::from(
        "<section class=\"questions\" aria-labelledby=\"self-check\"><h2 id=\"self-check\">Self-check</h2>\
         <p class=\"section-note\">Answer in your own words first, then compare.</p><ol class=\"question-list\">",
    );
    for q in &topic.questions {
        out.push_str(&format!(
            "<li><details class=\"question\"><summary><span>{}</span><span class=\"reveal\">Show answer</span></summary>\
             <div class=\"answer\">{}</div></details></li>",
            q.q_html, q.a_html
        ));
    }
    out.push_str(
        "</ol></section><section class=\"resources\" aria-labelledby=\"resources\"><h2 id=\"resources\">Resources</h2>\
         <ul class=\"resource-list\">",
    );
    for r in &topic.resources {
        out.push_str(&format!(
            "<li><a href=\"{}\" rel=\"noopener\">{}</a> <span class=\"chip\">{}</span><p>{}</p></li>",
            escape_html(&r.url),
            escape_html(&r.title),
            r.kind.name(),
            escape_html(&r.note)
        ));
    }
    out.push_str("</ul></section>");
    out
}
