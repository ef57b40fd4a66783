//! Checks `content/` against the content contract without building the app,
//! and prints each topic's figures: `cargo run -p roadmap-compiler --bin
//! roadmap-check [CONTENT_DIR]`. Exits 1 with `path:line: message` lines
//! when anything is wrong.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "content".into()));
    match roadmap_compiler::compile(&dir) {
        Ok(catalogue) => {
            let topics = || catalogue.sections.iter().flat_map(|s| &s.topics);
            let width = topics()
                .map(|t| t.key().len())
                .chain(catalogue.sections.iter().map(|s| s.slug.len() + 8))
                .max()
                .unwrap_or(0);
            println!(
                "{:<width$} {:>6} {:>8} {:>5} {:>9} {:>9} {:>9}",
                "topic", "words", "diagrams", "code", "resources", "checklist", "questions"
            );
            for topic in topics() {
                println!(
                    "{:<width$} {:>6} {:>8} {:>5} {:>9} {:>9} {:>9}",
                    topic.key(),
                    topic.body.words,
                    topic.body.diagrams,
                    topic.body.code_blocks,
                    topic.resources.len(),
                    topic.checklist.len(),
                    topic.questions.len()
                );
            }
            for section in &catalogue.sections {
                let name = format!("section {}", section.slug);
                println!("{name:<width$} {:>6} words", section.body.words);
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in &errors {
                println!("{error}");
            }
            println!("{} problem(s)", errors.len());
            ExitCode::FAILURE
        }
    }
}
