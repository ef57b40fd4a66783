//! The learner's progress as plain data: statuses, checklist ticks, notes and
//! answers per topic, and the operations the UI performs on them. No browser
//! and no storage here, so all of it is tested natively.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};

/// Where a learner is with a topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Not opened yet, or reset.
    #[default]
    NotStarted,
    /// Being studied.
    InProgress,
    /// Finished.
    Done,
    /// Deliberately left out.
    Skipped,
}

impl Status {
    /// Every status, in the order the control shows them.
    pub const ALL: [Status; 4] = [
        Status::NotStarted,
        Status::InProgress,
        Status::Done,
        Status::Skipped,
    ];

    /// The label shown to learners.
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "Not started",
            Status::InProgress => "In progress",
            Status::Done => "Done",
            Status::Skipped => "Skipped",
        }
    }

    /// A CSS-friendly name, also the stored form.
    pub fn css(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::InProgress => "in-progress",
            Status::Done => "done",
            Status::Skipped => "skipped",
        }
    }
}

/// One topic's progress. Fields this version does not know (written by a
/// newer one) are kept in `extra` and written back unchanged.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TopicProgress {
    /// Where the learner is.
    #[serde(default)]
    pub status: Status,
    /// Ticked checklist items, by item id. An entry `#n` is a tick stored by
    /// position (format 1) that has not been matched to an item yet; see
    /// [`Progress::resolve_checklists`].
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub checked: BTreeSet<String>,
    /// The learner's own notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The learner's answers to self-check questions. Format 2 keys them by
    /// a question id, like checklist ticks; a format-1 answer, keyed by
    /// position, is kept under `#n`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub answers: BTreeMap<String, String>,
    /// When it last changed, in milliseconds since the Unix epoch.
    #[serde(default)]
    pub updated: f64,
    /// Fields from a newer version, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl TopicProgress {
    /// True when there is nothing worth storing.
    pub fn is_empty(&self) -> bool {
        self.status == Status::NotStarted
            && self.checked.is_empty()
            && self.notes.is_empty()
            && self.answers.is_empty()
            && self.extra.is_empty()
    }
}

/// Counts of topics by status over some set of topics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Topics counted.
    pub total: usize,
    /// Done.
    pub done: usize,
    /// In progress.
    pub in_progress: usize,
    /// Skipped.
    pub skipped: usize,
}

impl Tally {
    /// Done as a whole percentage of the topics not skipped.
    pub fn percent_done(&self) -> u32 {
        let counted = self.total - self.skipped;
        (self.done * 100).checked_div(counted).unwrap_or(0) as u32
    }
}

/// All progress, keyed by `section/topic`. Keys of topics that no longer
/// exist are kept: a renamed or removed topic never loses its data.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// Per-topic progress.
    pub topics: BTreeMap<String, TopicProgress>,
}

impl Progress {
    /// The status of topic `key`.
    pub fn status(&self, key: &str) -> Status {
        self.topics.get(key).map(|t| t.status).unwrap_or_default()
    }

    /// Whether checklist item `id` of `key` is ticked.
    pub fn is_checked(&self, key: &str, id: &str) -> bool {
        self.topics.get(key).is_some_and(|t| t.checked.contains(id))
    }

    fn entry(&mut self, key: &str, now: f64) -> &mut TopicProgress {
        let entry = self.topics.entry(key.to_string()).or_default();
        entry.updated = now;
        entry
    }

    fn tidy(&mut self, key: &str) {
        if self.topics.get(key).is_some_and(TopicProgress::is_empty) {
            self.topics.remove(key);
        }
    }

    /// Sets the status of `key`.
    pub fn set_status(&mut self, key: &str, status: Status, now: f64) {
        self.entry(key, now).status = status;
        self.tidy(key);
    }

    /// Ticks or unticks checklist item `id` of `key`. Ticking the first
    /// item of a topic not started marks it in progress.
    pub fn set_checked(&mut self, key: &str, id: &str, checked: bool, now: f64) {
        let entry = self.entry(key, now);
        if checked {
            entry.checked.insert(id.to_string());
            if entry.status == Status::NotStarted {
                entry.status = Status::InProgress;
            }
        } else {
            entry.checked.remove(id);
        }
        self.tidy(key);
    }

    /// Matches ticks stored by position (`#n`, from format 1) to item ids.
    /// `items` gives a topic's current checklist ids, or `None` for a topic
    /// this build does not know; its positional ticks stay as they are until
    /// a build that knows the topic resolves them. A position past the end
    /// of the list also stays, so nothing is dropped.
    pub fn resolve_checklists<'a>(&mut self, items: impl Fn(&str) -> Option<Vec<&'a str>>) {
        for (key, entry) in &mut self.topics {
            if !entry.checked.iter().any(|c| c.starts_with('#')) {
                continue;
            }
            let Some(ids) = items(key) else { continue };
            let checked = std::mem::take(&mut entry.checked);
            entry.checked = checked
                .into_iter()
                .map(|c| {
                    let position = c.strip_prefix('#').and_then(|n| n.parse::<usize>().ok());
                    match position.and_then(|n| ids.get(n)) {
                        Some(id) => (*id).to_string(),
                        None => c,
                    }
                })
                .collect();
        }
    }

    /// Counts statuses over `keys`.
    pub fn tally<'a>(&self, keys: impl IntoIterator<Item = &'a str>) -> Tally {
        let mut tally = Tally::default();
        for key in keys {
            tally.total += 1;
            match self.status(key) {
                Status::Done => tally.done += 1,
                Status::InProgress => tally.in_progress += 1,
                Status::Skipped => tally.skipped += 1,
                Status::NotStarted => {}
            }
        }
        tally
    }

    /// Moves progress stored under renamed slugs to the topic's current key.
    /// `current` maps a stored key to today's key (or `None` when the topic is
    /// unknown, in which case the entry stays as it is). Where both keys hold
    /// data, the more recently updated entry wins and the other stays under
    /// its old key, so nothing is dropped.
    pub fn follow_renames(&mut self, current: impl Fn(&str) -> Option<String>) {
        let keys: Vec<String> = self.topics.keys().cloned().collect();
        for old in keys {
            let Some(new) = current(&old) else { continue };
            if new == old {
                continue;
            }
            let Some(moved) = self.topics.remove(&old) else {
                continue;
            };
            match self.topics.get(&new) {
                None => {
                    self.topics.insert(new, moved);
                }
                Some(existing) if existing.updated < moved.updated => {
                    let existing = self.topics.insert(new, moved);
                    if let Some(existing) = existing {
                        self.topics.insert(old, existing);
                    }
                }
                Some(_) => {
                    self.topics.insert(old, moved);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_and_defaults() {
        let mut p = Progress::default();
        assert_eq!(p.status("a/b"), Status::NotStarted);
        p.set_status("a/b", Status::Done, 1.0);
        assert_eq!(p.status("a/b"), Status::Done);
        p.set_status("a/b", Status::NotStarted, 2.0);
        assert!(
            p.topics.is_empty(),
            "an entry with nothing in it is not kept"
        );
    }

    #[test]
    fn ticking_starts_a_topic_and_unticking_keeps_status() {
        let mut p = Progress::default();
        p.set_checked("a/b", "0badf00d", true, 1.0);
        assert!(p.is_checked("a/b", "0badf00d"));
        assert!(!p.is_checked("a/b", "12345678"));
        assert_eq!(p.status("a/b"), Status::InProgress);
        p.set_checked("a/b", "0badf00d", false, 2.0);
        assert!(!p.is_checked("a/b", "0badf00d"));
        assert_eq!(p.status("a/b"), Status::InProgress);
    }

    #[test]
    fn positional_ticks_resolve_to_ids_where_the_topic_is_known() {
        let mut p = Progress::default();
        for tick in ["#0", "#2", "#9", "cafe0001"] {
            p.set_checked("s/known", tick, true, 1.0);
        }
        p.set_checked("s/unknown", "#1", true, 1.0);
        let ids: &[&str] = &["aaaa0000", "bbbb1111", "cccc2222"];
        p.resolve_checklists(|key| (key == "s/known").then(|| ids.to_vec()));
        let known: Vec<&str> = p.topics["s/known"]
            .checked
            .iter()
            .map(String::as_str)
            .collect();
        assert_eq!(known, ["#9", "aaaa0000", "cafe0001", "cccc2222"]);
        assert!(p.is_checked("s/unknown", "#1"), "kept for a later build");
    }

    #[test]
    fn tally_counts_and_percent_ignores_skipped() {
        let mut p = Progress::default();
        p.set_status("s/a", Status::Done, 0.0);
        p.set_status("s/b", Status::Skipped, 0.0);
        p.set_status("s/c", Status::InProgress, 0.0);
        let t = p.tally(["s/a", "s/b", "s/c", "s/d"]);
        assert_eq!((t.total, t.done, t.skipped, t.in_progress), (4, 1, 1, 1));
        assert_eq!(t.percent_done(), 33);
        assert_eq!(Tally::default().percent_done(), 0);
    }

    #[test]
    fn renamed_topics_follow_and_unknown_ones_stay() {
        let mut p = Progress::default();
        p.set_status("s/old", Status::Done, 5.0);
        p.set_status("s/gone", Status::Skipped, 5.0);
        p.follow_renames(|k| match k {
            "s/old" => Some("s/new".to_string()),
            "s/gone" => None,
            other => Some(other.to_string()),
        });
        assert_eq!(p.status("s/new"), Status::Done);
        assert_eq!(p.status("s/gone"), Status::Skipped);
        assert!(!p.topics.contains_key("s/old"));
    }

    #[test]
    fn rename_onto_existing_data_keeps_both() {
        let mut p = Progress::default();
        p.set_status("s/new", Status::InProgress, 1.0);
        p.set_status("s/old", Status::Done, 9.0);
        p.follow_renames(|k| Some(if k == "s/old" { "s/new" } else { k }.to_string()));
        assert_eq!(p.status("s/new"), Status::Done, "newer entry wins");
        assert_eq!(p.status("s/old"), Status::InProgress, "older entry kept");
    }
}
