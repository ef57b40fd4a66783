#![recursion_limit = "256"]
//! Backend Roadmap: a Leptos app that teaches senior backend engineering and
//! keeps each learner's progress in their own browser.
//!
//! The same components render every route to static HTML at build time
//! (`ssr`, see `src/bin/prerender.rs`) and hydrate it in the browser
//! (`hydrate`, see `src/main.rs`).

pub mod app;
pub mod components;
pub mod content;
pub mod links;
#[cfg(feature = "hydrate")]
pub mod meta;
pub mod pages;
pub mod progress;
pub mod routes;
pub mod state;

pub use app::App;

/// Hydrates the prerendered page. The base path comes from the
/// `<meta name="roadmap-base">` tag the prerender step writes.
#[cfg(feature = "hydrate")]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    let base = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=\"roadmap-base\"]")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    let base = links::normalise_base(&base);
    leptos::mount::hydrate_body(move || leptos::view! { <App base=base/> });
}
