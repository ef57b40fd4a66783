use crate::state::use_progress;
use leptos::prelude::*;

/// How many of `keys` are done, as a bar and a sentence. Renders zero on the
/// server and in the hydrating render, then fills in once progress loads.
#[component]
pub fn ProgressBar(
    /// `section/topic` keys to count.
    keys: Vec<String>,
    /// Accessible label, e.g. "Foundations progress".
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let store = use_progress();
    let tally = Memo::new(move |_| {
        store
            .progress
            .with(|p| p.tally(keys.iter().map(String::as_str)))
    });
    let percent = move || tally.get().percent_done();
    view! {
        <div class="progress">
            <div
                class="progress-track"
                role="progressbar"
                aria-label=label
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=percent
            >
                <div class="progress-fill" style:width=move || format!("{}%", percent())></div>
            </div>
            <p class="progress-text">
                {move || {
                    let t = tally.get();
                    let mut text = format!("{} of {} done", t.done, t.total);
                    if t.in_progress > 0 {
                        text.push_str(&format!(" · {} in progress", t.in_progress));
                    }
                    if t.skipped > 0 {
                        text.push_str(&format!(" · {} skipped", t.skipped));
                    }
                    text
                }}
            </p>
        </div>
    }
}
