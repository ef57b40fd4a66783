use super::section_keys;
use crate::components::ProgressBar;
use crate::content::{self, PATHS, SECTIONS};
use crate::links::href;
use leptos::prelude::*;

/// `/`: what the roadmap is, the six sections with progress, and the paths.
#[component]
pub fn HomePage() -> impl IntoView {
    let all_keys: Vec<String> = content::all_topics().map(|t| t.key()).collect();
    let sections = SECTIONS
        .iter()
        .map(|s| {
            let hours: u32 = s.topics.iter().map(|t| t.hours).sum();
            view! {
                <li class="card section-card" data-section=s.slug>
                    <a class="card-link" href=href(&s.path())>
                        <span class="card-icon" aria-hidden="true">{s.icon}</span>
                        <h3>{s.title}</h3>
                    </a>
                    <p>{s.summary}</p>
                    <p class="card-meta">
                        {format!("{} topic{} · {hours} h", s.topics.len(), if s.topics.len() == 1 { "" } else { "s" })}
                    </p>
                    <ProgressBar keys=section_keys(s) label=format!("{} progress", s.title)/>
                </li>
            }
        })
        .collect_view();
    let paths = PATHS
        .iter()
        .map(|p| {
            view! {
                <li class="card path-card">
                    <a class="card-link" href=href(&p.path())>
                        <h3>{p.title}</h3>
                    </a>
                    <p>{p.summary}</p>
                    <p class="card-meta">{format!("{} topic{}", p.topics.len(), if p.topics.len() == 1 { "" } else { "s" })}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="page home">
            <section class="hero">
                <h1>"Backend Roadmap"</h1>
                <p class="lede">
                    "Senior backend engineering, from the network up to observability: deep topic pages with diagrams, code, checklists and self-check questions. Your progress stays in this browser; no account, works offline."
                </p>
                <ProgressBar keys=all_keys label="Overall progress"/>
            </section>
            <section aria-labelledby="sections-title">
                <h2 id="sections-title">"Sections"</h2>
                <ul class="cards">{sections}</ul>
            </section>
            <section aria-labelledby="paths-title">
                <h2 id="paths-title">"Learning paths"</h2>
                <ul class="cards">{paths}</ul>
            </section>
        </div>
    }
}
