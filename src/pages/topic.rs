use crate::components::{StatusControl, Toc};
#[cfg(feature = "hydrate")]
use crate::content::BODY_DIR;
use crate::content::{self, Topic};
use crate::links::{href, rebase_html, Base};
use crate::state::use_progress;
use leptos::prelude::*;

/// `/docs/:section/:topic/`: the topic's body, its checklist, self-check
/// questions and resources, with a status control and a table of contents.
#[component]
pub fn TopicPage(
    /// The topic shown.
    topic: &'static Topic,
) -> impl IntoView {
    let section = content::section(topic.section);
    let key = topic.key();
    let (prev, next) = content::neighbours(topic);

    let prerequisites = (!topic.prerequisites.is_empty()).then(|| {
        let links = topic
            .prerequisites
            .iter()
            .filter_map(|k| content::topic_by_key(k))
            .map(|t| view! { <li><a href=href(&t.path())>{t.title}</a></li> })
            .collect_view();
        view! {
            <div class="prerequisites">
                <span>"Builds on:"</span>
                <ul>{links}</ul>
            </div>
        }
    });

    let pager = view! {
        <nav class="pager" aria-label="Previous and next topic">
            {prev.map(|t| view! { <a class="pager-prev" href=href(&t.path())><span>"Previous"</span>{t.title}</a> })}
            {next.map(|t| view! { <a class="pager-next" href=href(&t.path())><span>"Next"</span>{t.title}</a> })}
        </nav>
    };

    view! {
        <div class="page topic-page">
            <article class="topic-main">
                <nav class="breadcrumbs" aria-label="Breadcrumbs">
                    <a href=href("/")>"Home"</a>
                    {section.map(|s| view! { <span aria-hidden="true">"/"</span><a href=href(&s.path())>{s.title}</a> })}
                </nav>
                <header class="page-header">
                    <h1>{topic.title}</h1>
                    <p class="lede">{topic.summary}</p>
                    <ul class="topic-meta" aria-label="About this topic">
                        <li class="chip">{topic.level.label()}</li>
                        <li class="chip">{format!("about {} h", topic.hours)}</li>
                        {topic.tags.iter().map(|t| view! { <li class="chip chip-tag">{*t}</li> }).collect_view()}
                    </ul>
                    {prerequisites}
                    <StatusControl key=key.clone()/>
                </header>
                <TopicBody topic=topic/>
                {pager}
            </article>
            <aside class="topic-aside">
                <Toc
                    entries=topic.toc
                    extra=vec![("checklist", "Checklist"), ("self-check", "Self-check"), ("resources", "Resources")]
                />
            </aside>
        </div>
    }
}

/// The topic's body, its checklist, then its questions and resources. A
/// prerendered page carries the body and extras in its HTML, which
/// hydration keeps; after a client-side navigation the browser fetches them
/// from the topic's hashed file (precached by the service worker, so
/// offline too). The checklist is interactive and always rendered here.
#[component]
fn TopicBody(topic: &'static Topic) -> impl IntoView {
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();
    let body = RwSignal::new(rebase_html(topic.html, &base));
    let extras = RwSignal::new(topic.extras_html.to_string());
    let failed = RwSignal::new(false);
    let node = NodeRef::<leptos::html::Div>::new();
    #[cfg(feature = "hydrate")]
    {
        let url = format!("{base}{BODY_DIR}/{}", topic.body_file);
        Effect::new(move |_| {
            let Some(el) = node.get() else { return };
            if el.child_element_count() > 0 {
                return; // hydrated from the prerendered page
            }
            let (url, base) = (url.clone(), base.clone());
            leptos::task::spawn_local(async move {
                match fetch_text(&url).await {
                    Ok(file) => {
                        let (main, rest) = file
                            .split_once(crate::content::EXTRAS_SEPARATOR)
                            .unwrap_or((file.as_str(), ""));
                        body.set(rebase_html(main, &base));
                        extras.set(rest.to_string());
                    }
                    Err(_) => failed.set(true),
                }
            });
        });
    }
    view! {
        <div class="prose" node_ref=node inner_html=move || body.get()></div>
        <Show when=move || failed.get()>
            <div class="notice notice-warning" role="alert" data-notice="body">
                <p>"This topic's text could not be loaded. Check your connection and reload the page."</p>
            </div>
        </Show>
        <Checklist topic=topic/>
        <div class="topic-extras" inner_html=move || extras.get()></div>
    }
}

/// GETs `url` as text.
#[cfg(feature = "hydrate")]
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let describe = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    text.as_string()
        .ok_or_else(|| "the body is not text".into())
}

/// "You know this when...": items the learner ticks, saved with progress.
#[component]
fn Checklist(topic: &'static Topic) -> impl IntoView {
    let store = use_progress();
    let key = topic.key();
    let items = topic
        .checklist
        .iter()
        .map(|item| {
            let id = item.id;
            let key_read = key.clone();
            let key_write = key.clone();
            let checked = Memo::new(move |_| store.progress.with(|p| p.is_checked(&key_read, id)));
            view! {
                <li>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-item=id
                            prop:checked=move || checked.get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                store.update(|p, now| p.set_checked(&key_write, id, on, now));
                            }
                        />
                        <span inner_html=item.html></span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="checklist" aria-labelledby="checklist">
            <h2 id="checklist">"Checklist"</h2>
            <p class="section-note">"You know this topic when:"</p>
            <ul class="checks">{items}</ul>
        </section>
    }
}
