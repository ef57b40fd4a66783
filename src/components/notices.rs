use crate::state::use_progress;
use leptos::prelude::*;

/// Messages about the learner's data (storage problems) and the "new version
/// available" offer from the service worker. Empty until the browser has
/// something to say, so server and hydrating renders agree.
#[component]
pub fn Notices() -> impl IntoView {
    let store = use_progress();
    let update_ready = RwSignal::new(false);
    #[cfg(feature = "hydrate")]
    {
        Effect::new(move |_| {
            let flagged = js_sys::Reflect::get(
                &window(),
                &wasm_bindgen::JsValue::from_str("__roadmapUpdateReady"),
            )
            .map(|v| v.is_truthy())
            .unwrap_or(false);
            if flagged {
                update_ready.set(true);
            }
        });
        let handle = window_event_listener_untyped("roadmap:update-ready", move |_| {
            update_ready.set(true);
        });
        on_cleanup(move || handle.remove());
    }
    let apply_update = move |_| {
        #[cfg(feature = "hydrate")]
        {
            if let Ok(event) = web_sys::Event::new("roadmap:apply-update") {
                let _ = window().dispatch_event(&event);
            }
        }
    };
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || store.notices.get().into_iter().enumerate()
                key=|(i, n)| (*i, n.message())
                let:item
            >
                <div class="notice notice-warning" data-notice="storage">
                    <p>{item.1.message()}</p>
                    <button
                        type="button"
                        class="notice-dismiss"
                        on:click=move |_| store.notices.update(|n| { if item.0 < n.len() { n.remove(item.0); } })
                    >
                        "Dismiss"
                    </button>
                </div>
            </For>
            <Show when=move || update_ready.get()>
                <div class="notice notice-info" data-notice="update">
                    <p>"A new version of Backend Roadmap is available."</p>
                    <button type="button" class="button" on:click=apply_update>
                        "Reload to update"
                    </button>
                </div>
            </Show>
        </div>
    }
}
