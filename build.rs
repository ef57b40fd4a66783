//! Compiles `content/` into the catalogue the app includes. A content error
//! fails the build with `path:line: message`.

use std::path::Path;

fn main() {
    // ROADMAP_CONTENT_DIR builds from another content tree (a snapshot while
    // drafts are being written, or a fixture); the default is `content/`.
    println!("cargo:rerun-if-env-changed=ROADMAP_CONTENT_DIR");
    let dir = std::env::var("ROADMAP_CONTENT_DIR").unwrap_or_else(|_| "content".into());
    let content = Path::new(&dir);
    for input in roadmap_compiler::inputs(content) {
        println!("cargo:rerun-if-changed={}", input.display());
    }
    let catalogue = match roadmap_compiler::compile(content) {
        Ok(catalogue) => catalogue,
        Err(errors) => {
            for error in &errors {
                println!("cargo:warning={error}");
                eprintln!("{error}");
            }
            eprintln!("content has {} error(s); see above", errors.len());
            std::process::exit(1);
        }
    };
    let out =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogue.rs");
    std::fs::write(&out, roadmap_compiler::codegen::generate(&catalogue))
        .expect("OUT_DIR is writable");
}
