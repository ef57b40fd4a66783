//! The page shell (header, notices, footer) and the router. Which page a URL
//! shows is decided by [`crate::routes::Page::resolve`].

use crate::components::Notices;
use crate::content::SECTIONS;
use crate::links::{href, Base};
use crate::pages::{HomePage, LearningPathPage, MovedPage, NotFoundPage, SectionPage, TopicPage};
use crate::routes::Page;
use crate::state::ProgressStore;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// The whole app, served under `base` (`""` or `/roadmap`).
#[component]
pub fn App(
    /// The base path every URL carries.
    base: String,
) -> impl IntoView {
    provide_context(Base(base.clone()));
    let _store = ProgressStore::provide();
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| {
        _store.load_in_browser();
        // Tests and the benchmark wait for this before interacting.
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });
    view! {
        <Router base=base>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <Header/>
            <Notices/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <PageView/> }>
                    <Route path=path!("/") view=PageView/>
                    <Route path=path!("/*any") view=PageView/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// The current page, chosen from the URL below the base.
#[component]
fn PageView() -> impl IntoView {
    let location = use_location();
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();
    let path = Memo::new(move |_| {
        let full = location.pathname.get();
        full.strip_prefix(base.as_str())
            .unwrap_or(&full)
            .to_string()
    });
    #[cfg(feature = "hydrate")]
    Effect::new(move |_| crate::meta::set_document_meta(&Page::resolve(&path.get())));
    move || match Page::resolve(&path.get()) {
        Page::Home => view! { <HomePage/> }.into_any(),
        Page::Section(s) => view! { <SectionPage section=s/> }.into_any(),
        Page::Topic(t) => view! { <TopicPage topic=t/> }.into_any(),
        Page::Moved(t) => view! { <MovedPage topic=t/> }.into_any(),
        Page::Path(p) => view! { <LearningPathPage path=p/> }.into_any(),
        Page::NotFound => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn Header() -> impl IntoView {
    let links = SECTIONS
        .iter()
        .map(|s| view! { <li><a href=href(&s.path())>{s.title}</a></li> })
        .collect_view();
    view! {
        <header class="site-header">
            <a class="brand" href=href("/")>
                <span class="brand-mark" aria-hidden="true">"BR"</span>
                <span>"Backend Roadmap"</span>
            </a>
            <nav class="site-nav" aria-label="Sections">
                <ul>{links}</ul>
            </nav>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Your progress is kept only in this browser: no account, no tracking. Works offline after your first visit."
            </p>
        </footer>
    }
}
