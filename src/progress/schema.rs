//! The stored form of progress: a versioned JSON document, and the migrations
//! that read every earlier version.
//!
//! Version history:
//! - 1: `{"app": "backend-roadmap", "version": 1, "topics": {"section/topic":
//!   {"status": "done", "checked": [0, 2], ...}}}`: ticks by position.
//! - 2: the same, with `"checked": ["3f2a9c01", ...]`: ticks by the item's
//!   stable id, so they survive a changed checklist. A format-1 position `n`
//!   is read as `"#n"` and matched to an id by
//!   [`Progress::resolve_checklists`](super::Progress::resolve_checklists).
//!   `answers` keys are strings too (`"#n"` for a format-1 position).

use super::model::{Progress, TopicProgress};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

/// The version this build writes.
pub const SCHEMA_VERSION: u64 = 2;

/// Marks documents as this app's, so foreign JSON is recognised as such.
pub const APP_ID: &str = "backend-roadmap";

/// Why stored data could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but not a progress document this app wrote.
    WrongShape(String),
    /// Written by a newer version of the app.
    FutureVersion(u64),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotJson(e) => write!(f, "it is not valid JSON ({e})"),
            ReadError::WrongShape(e) => write!(f, "it is not progress data this app understands ({e})"),
            ReadError::FutureVersion(v) => write!(
                f,
                "it was saved by a newer version of the app (format {v}; this version reads up to {SCHEMA_VERSION})"
            ),
        }
    }
}

/// Formats 1 and 2 share this shape; they differ in what `checked` holds
/// and in what `answers` is keyed by.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    app: String,
    version: u64,
    topics: BTreeMap<String, TopicProgress>,
}

/// Reads a stored document of any known version.
pub fn read(text: &str) -> Result<Progress, ReadError> {
    let mut value: Value =
        serde_json::from_str(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
    let Some(object) = value.as_object() else {
        return Err(ReadError::WrongShape("expected a JSON object".into()));
    };
    if object.get("app").and_then(Value::as_str) != Some(APP_ID) {
        return Err(ReadError::WrongShape(format!(
            "expected \"app\": \"{APP_ID}\""
        )));
    }
    let version = object
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| ReadError::WrongShape("expected a whole-number \"version\"".into()))?;
    match version {
        1 | 2 => {
            if version == 1 {
                positions_to_strings(&mut value)?;
            }
            let doc: Document =
                serde_json::from_value(value).map_err(|e| ReadError::WrongShape(e.to_string()))?;
            Ok(Progress { topics: doc.topics })
        }
        v if v > SCHEMA_VERSION => Err(ReadError::FutureVersion(v)),
        v => Err(ReadError::WrongShape(format!("unknown format version {v}"))),
    }
}

/// Format 1 to 2: each topic's `"checked": [0, 2]` becomes `["#0", "#2"]`,
/// and `"answers": {"1": ...}` becomes `{"#1": ...}`.
fn positions_to_strings(doc: &mut Value) -> Result<(), ReadError> {
    let Some(topics) = doc.get_mut("topics").and_then(Value::as_object_mut) else {
        return Ok(()); // the shape check that follows reports it
    };
    for (key, topic) in topics.iter_mut() {
        if let Some(answers) = topic.get_mut("answers").and_then(Value::as_object_mut) {
            let old = std::mem::take(answers);
            for (position, text) in old {
                let n = position.parse::<u16>().map_err(|_| {
                    ReadError::WrongShape(format!(
                        "{key}: an answer's question number must be a small whole number"
                    ))
                })?;
                answers.insert(format!("#{n}"), text);
            }
        }
        let Some(checked) = topic.get_mut("checked").and_then(Value::as_array_mut) else {
            continue;
        };
        for tick in checked.iter_mut() {
            let n = tick
                .as_u64()
                .filter(|n| *n <= u64::from(u16::MAX))
                .ok_or_else(|| {
                    ReadError::WrongShape(format!(
                        "{key}: a checklist position must be a small whole number"
                    ))
                })?;
            *tick = Value::String(format!("#{n}"));
        }
    }
    Ok(())
}

/// Writes progress as a current-version document.
pub fn write(progress: &Progress) -> String {
    let doc = Document {
        app: APP_ID.to_string(),
        version: SCHEMA_VERSION,
        topics: progress.topics.clone(),
    };
    serde_json::to_string(&doc).expect("progress always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::model::Status;

    /// A document as version 1 of the app wrote it: the fixture for the
    /// migration path, kept byte for byte.
    const V1_FIXTURE: &str = r#"{"app":"backend-roadmap","version":1,"topics":{"foundations/networking":{"status":"done","checked":[0,3],"updated":1795000000000.0},"api-design/rest":{"status":"in-progress","notes":"Revisit 409 vs 422.","answers":{"1":"Because PUT is idempotent."},"updated":1795000000001.0}}}"#;

    #[test]
    fn reads_version_1() {
        let p = read(V1_FIXTURE).unwrap();
        assert_eq!(p.status("foundations/networking"), Status::Done);
        assert!(p.is_checked("foundations/networking", "#3"));
        assert!(!p.is_checked("foundations/networking", "#1"));
        assert_eq!(p.topics["api-design/rest"].notes, "Revisit 409 vs 422.");
        assert_eq!(
            p.topics["api-design/rest"].answers["#1"],
            "Because PUT is idempotent."
        );
    }

    #[test]
    fn version_1_becomes_version_2_with_ids() {
        let mut p = read(V1_FIXTURE).unwrap();
        let ids: &[&str] = &["a0", "a1", "a2", "a3"];
        p.resolve_checklists(|key| (key == "foundations/networking").then(|| ids.to_vec()));
        let text = write(&p);
        assert!(text.contains(r#""version":2"#), "{text}");
        assert!(text.contains(r#""checked":["a0","a3"]"#), "{text}");
        assert_eq!(read(&text).unwrap(), p);
    }

    #[test]
    fn version_2_ticks_are_ids() {
        let text = r#"{"app":"backend-roadmap","version":2,"topics":{"a/b":{"status":"done","checked":["3f2a9c01"]}}}"#;
        assert!(read(text).unwrap().is_checked("a/b", "3f2a9c01"));
        let positions = r#"{"app":"backend-roadmap","version":2,"topics":{"a/b":{"checked":[1]}}}"#;
        assert!(matches!(read(positions), Err(ReadError::WrongShape(_))));
    }

    #[test]
    fn round_trips() {
        let p = read(V1_FIXTURE).unwrap();
        assert_eq!(read(&write(&p)).unwrap(), p);
    }

    #[test]
    fn unknown_topic_fields_survive_a_round_trip() {
        let text = r#"{"app":"backend-roadmap","version":1,"topics":{"a/b":{"status":"done","starred":true}}}"#;
        let p = read(text).unwrap();
        assert!(write(&p).contains("\"starred\":true"));
    }

    #[test]
    fn not_json_is_reported() {
        assert!(matches!(read("{oops"), Err(ReadError::NotJson(_))));
        assert!(matches!(read(""), Err(ReadError::NotJson(_))));
    }

    #[test]
    fn wrong_shapes_are_reported() {
        for text in [
            "[]",
            "42",
            r#"{"version":1,"topics":{}}"#,
            r#"{"app":"other-app","version":1}"#,
            r#"{"app":"backend-roadmap","version":"one","topics":{}}"#,
            r#"{"app":"backend-roadmap","version":1,"topics":[]}"#,
            r#"{"app":"backend-roadmap","version":1,"topics":{"a/b":{"status":"mastered"}}}"#,
            r#"{"app":"backend-roadmap","version":1,"topics":{"a/b":{"checked":["x"]}}}"#,
            r#"{"app":"backend-roadmap","version":1,"topics":{"a/b":{"checked":[-1]}}}"#,
            r#"{"app":"backend-roadmap","version":1,"topics":{"a/b":{"answers":{"first":"x"}}}}"#,
            r#"{"app":"backend-roadmap","version":1,"topics":{"a/b":{"answers":{"1":2}}}}"#,
            r#"{"app":"backend-roadmap","version":0,"topics":{}}"#,
        ] {
            assert!(
                matches!(read(text), Err(ReadError::WrongShape(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn future_versions_are_reported() {
        let text = r#"{"app":"backend-roadmap","version":7,"topics":{},"streaks":[]}"#;
        assert_eq!(read(text), Err(ReadError::FutureVersion(7)));
        assert!(ReadError::FutureVersion(7)
            .to_string()
            .contains("newer version"));
    }
}
