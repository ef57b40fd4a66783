//! The browser entry point: hydrates the prerendered HTML and nothing else.

fn main() {
    #[cfg(feature = "hydrate")]
    backend_roadmap::hydrate();
}
