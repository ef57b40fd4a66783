use crate::progress::Status;
use crate::state::use_progress;
use leptos::prelude::*;

/// A topic's status as a small label.
#[component]
pub fn StatusBadge(
    /// `section/topic`.
    key: String,
) -> impl IntoView {
    let store = use_progress();
    let status = Memo::new(move |_| store.progress.with(|p| p.status(&key)));
    view! {
        <span class=move || format!("badge status-{}", status.get().css()) data-status=move || status.get().css()>
            {move || status.get().label()}
        </span>
    }
}

/// Buttons to set a topic's status: one pressed at a time.
#[component]
pub fn StatusControl(
    /// `section/topic`.
    key: String,
) -> impl IntoView {
    let store = use_progress();
    let current = {
        let key = key.clone();
        Memo::new(move |_| store.progress.with(|p| p.status(&key)))
    };
    let buttons = Status::ALL
        .into_iter()
        .map(|status| {
            let key = key.clone();
            view! {
                <button
                    type="button"
                    class=format!("status-option status-{}", status.css())
                    data-status=status.css()
                    aria-pressed=move || (current.get() == status).to_string()
                    on:click=move |_| store.update(|p, now| p.set_status(&key, status, now))
                >
                    {status.label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="status-control" role="group" aria-label="Your status for this topic">
            {buttons}
        </div>
    }
}
