//! Keeps the document's title and meta description in step with the page
//! after client-side navigation. (The prerender step writes them into each
//! page's HTML from the same [`Page`] methods.)

use crate::routes::Page;

/// Sets `document.title` and the description meta tag for `page`.
pub fn set_document_meta(page: &Page) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    document.set_title(&page.title());
    if let Ok(Some(meta)) = document.query_selector("meta[name=\"description\"]") {
        let _ = meta.set_attribute("content", page.description());
    }
}
