//! The progress store the pages share: the pure model wrapped in signals, and
//! (in the browser) localStorage behind the storage port, kept in sync across
//! tabs.

use crate::progress::storage::{Mode, Notice};
use crate::progress::Progress;
use leptos::prelude::*;

/// Progress and what the learner must be told about it, as signals.
#[derive(Debug, Clone, Copy)]
pub struct ProgressStore {
    /// The learner's progress. Empty until the browser has loaded it, on the
    /// server and in the first (hydrating) render alike.
    pub progress: RwSignal<Progress>,
    /// Whether changes reach storage.
    pub mode: RwSignal<Mode>,
    /// Messages about the learner's data, newest last.
    pub notices: RwSignal<Vec<Notice>>,
}

impl ProgressStore {
    /// Creates the store and provides it to every component below.
    pub fn provide() -> Self {
        let store = ProgressStore {
            progress: RwSignal::new(Progress::default()),
            mode: RwSignal::new(Mode::Persistent),
            notices: RwSignal::new(Vec::new()),
        };
        provide_context(store);
        store
    }

    /// Changes progress and saves it. A failed save keeps the change in memory
    /// and tells the learner.
    pub fn update(&self, change: impl FnOnce(&mut Progress, f64)) {
        let now = now();
        self.progress.update(|p| change(p, now));
        if self.mode.get_untracked() == Mode::Persistent {
            if let Err(notice) = self.save() {
                self.notify(notice);
            }
        }
    }

    /// Adds a notice unless the same one is already shown.
    pub fn notify(&self, notice: Notice) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }

    #[cfg(feature = "hydrate")]
    fn save(&self) -> Result<(), Notice> {
        use crate::progress::storage;
        self.progress
            .with_untracked(|p| storage::save(&browser::LocalStorage, p))
    }

    #[cfg(not(feature = "hydrate"))]
    fn save(&self) -> Result<(), Notice> {
        Ok(())
    }

    /// Loads progress from localStorage and follows changes other tabs make.
    /// Runs once, in the browser, after hydration.
    #[cfg(feature = "hydrate")]
    pub fn load_in_browser(&self) {
        use crate::progress::storage;
        let loaded = storage::load(&browser::LocalStorage, now());
        let mut progress = loaded.progress;
        adapt_to_catalogue(&mut progress);
        self.mode.set(loaded.mode);
        self.progress.set(progress);
        if let Some(notice) = loaded.notice {
            self.notify(notice);
        }
        let store = *self;
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().as_deref() != Some(storage::KEY) {
                return;
            }
            if let Some(mut progress) = event
                .new_value()
                .as_deref()
                .and_then(storage::read_external)
            {
                adapt_to_catalogue(&mut progress);
                store.progress.set(progress);
            }
        });
        // The store lives as long as the page.
        std::mem::forget(handle);
    }
}

/// Fits stored progress to this build's topics: renamed topics move to their
/// current keys, and ticks stored by position find their items.
#[cfg(feature = "hydrate")]
fn adapt_to_catalogue(progress: &mut Progress) {
    progress.follow_renames(crate::content::current_key);
    progress.resolve_checklists(crate::content::checklist_ids);
}

/// The store provided by the app shell.
pub fn use_progress() -> ProgressStore {
    expect_context::<ProgressStore>()
}

/// Milliseconds since the Unix epoch.
fn now() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as f64)
            .unwrap_or(0.0)
    }
}

#[cfg(feature = "hydrate")]
mod browser {
    use crate::progress::storage::{Backend, BackendError};
    use wasm_bindgen::JsCast;

    /// `window.localStorage` as a storage backend.
    pub(super) struct LocalStorage;

    fn storage() -> Result<web_sys::Storage, BackendError> {
        let window =
            web_sys::window().ok_or_else(|| BackendError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            Ok(None) => Err(BackendError::Unavailable("localStorage is disabled".into())),
            Err(e) => Err(BackendError::Unavailable(describe(&e))),
        }
    }

    fn describe(error: &wasm_bindgen::JsValue) -> String {
        error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| error.as_string())
            .unwrap_or_else(|| "the browser refused".into())
    }

    fn classify(error: wasm_bindgen::JsValue) -> BackendError {
        let name = error
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.name()))
            .unwrap_or_default();
        match name.as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => BackendError::QuotaExceeded,
            "SecurityError" => BackendError::Unavailable(describe(&error)),
            _ => BackendError::Other(describe(&error)),
        }
    }

    impl Backend for LocalStorage {
        fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
            storage()?.get_item(key).map_err(classify)
        }

        fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
            storage()?.set_item(key, value).map_err(classify)
        }
    }
}
