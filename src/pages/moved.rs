use crate::content::Topic;
use crate::links::href;
use leptos::prelude::*;

/// An old topic URL: says where the topic lives now and goes there.
#[component]
pub fn MovedPage(
    /// The topic's current home.
    topic: &'static Topic,
) -> impl IntoView {
    let target = href(&topic.path());
    #[cfg(feature = "hydrate")]
    {
        let target = target.clone();
        Effect::new(move |_| {
            let navigate = leptos_router::hooks::use_navigate();
            navigate(
                &target,
                leptos_router::NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        });
    }
    view! {
        <div class="page moved-page">
            <h1>"This topic has moved"</h1>
            <p class="lede">
                "“" {topic.title} "” now lives at " <a href=target.clone()>{target.clone()}</a> "."
            </p>
        </div>
    }
}
