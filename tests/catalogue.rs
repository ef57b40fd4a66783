//! Invariants of the real catalogue compiled from `content/`, and of the
//! routes built from it.

use backend_roadmap::content::{self, PATHS, SECTIONS};
use backend_roadmap::routes::{all_paths, Page};

#[test]
fn six_sections_in_the_seed_order() {
    let slugs: Vec<&str> = SECTIONS.iter().map(|s| s.slug).collect();
    assert_eq!(
        slugs,
        [
            "foundations",
            "api-design",
            "system-architecture",
            "data-and-persistence",
            "deployment-and-operations",
            "observability-and-performance"
        ]
    );
}

#[test]
fn every_prerendered_path_resolves_to_a_page() {
    for path in all_paths() {
        assert!(
            !matches!(Page::resolve(&path), Page::NotFound),
            "{path} resolves to nothing"
        );
        assert!(path.ends_with('/'), "{path} must end with a slash");
    }
}

#[test]
fn every_topic_is_reachable_and_complete() {
    for topic in content::all_topics() {
        assert!(matches!(Page::resolve(&topic.path()), Page::Topic(t) if std::ptr::eq(t, topic)));
        assert!(
            !topic.html.is_empty() && topic.html.contains("<svg"),
            "{} has no diagram",
            topic.key()
        );
        assert!(
            topic.html.contains("hl-"),
            "{} has no highlighted code",
            topic.key()
        );
        assert!(
            topic.words >= 1200,
            "{}: {} words",
            topic.key(),
            topic.words
        );
        for prereq in topic.prerequisites {
            assert!(content::topic_by_key(prereq).is_some(), "{prereq}");
        }
        assert_eq!(content::current_key(&topic.key()), Some(topic.key()));
        for alias in topic.aliases {
            let old = format!("{}/{alias}", topic.section);
            assert_eq!(content::current_key(&old), Some(topic.key()));
        }
    }
}

#[test]
fn learning_paths_name_real_topics() {
    assert_eq!(PATHS.len(), 3);
    for path in PATHS {
        assert!(!path.topics.is_empty());
        for key in path.topics {
            assert!(
                content::topic_by_key(key).is_some(),
                "{} lists {key}",
                path.slug
            );
        }
    }
}

#[test]
fn neighbours_walk_the_roadmap_in_order() {
    let all: Vec<_> = content::all_topics().collect();
    let (prev, next) = content::neighbours(all[0]);
    assert!(prev.is_none());
    assert_eq!(next.map(|t| t.key()), all.get(1).map(|t| t.key()));
}

#[test]
fn unknown_keys_have_no_current_key() {
    assert_eq!(content::current_key("foundations/no-such-topic"), None);
    assert_eq!(content::current_key("garbage"), None);
}
