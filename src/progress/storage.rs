//! The storage port: loads and saves progress through a key-value backend
//! (localStorage in the browser, a map in tests) and decides what happens on
//! every failure. It never takes the app down and never overwrites data it
//! could not read without first keeping a copy.

use super::model::Progress;
use super::schema::{self, ReadError};
use std::fmt;

/// Where progress lives.
pub const KEY: &str = "backend-roadmap:progress";

/// Where unreadable data is copied before anything else happens.
pub const BACKUP_KEY: &str = "backend-roadmap:progress:backup";

/// Why the backend refused an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackendError {
    /// No storage at all (disabled, blocked, private mode).
    Unavailable(String),
    /// Storage is full.
    QuotaExceeded,
    /// Anything else the browser said.
    Other(String),
}

impl fmt::Display for BackendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackendError::Unavailable(e) => write!(f, "storage is not available ({e})"),
            BackendError::QuotaExceeded => write!(f, "the browser's storage for this site is full"),
            BackendError::Other(e) => write!(f, "{e}"),
        }
    }
}

/// A string key-value store: what the port needs of localStorage.
pub trait Backend {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, BackendError>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), BackendError>;
}

/// Whether changes reach storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Changes are saved.
    Persistent,
    /// Changes last only as long as the tab: storage is missing, or holds
    /// data this version must not overwrite.
    MemoryOnly,
}

/// Something the learner must be told about their data.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// No storage: progress lasts until the tab closes.
    Unavailable(String),
    /// Stored data could not be read; a copy was kept and the app starts fresh.
    Unreadable {
        /// Why it could not be read.
        reason: String,
        /// Where the copy is.
        backup_key: String,
    },
    /// Stored data is from a newer version; it is kept and not overwritten.
    NewerVersion {
        /// Why it could not be read.
        reason: String,
        /// Where the copy is.
        backup_key: String,
    },
    /// Stored data could not be read and could not be copied either, so the
    /// app leaves storage alone.
    BackupFailed {
        /// Why it could not be read.
        reason: String,
        /// Why the copy failed.
        error: String,
    },
    /// A save failed; the change is kept in memory.
    SaveFailed(String),
}

impl Notice {
    /// What to tell the learner, in one or two sentences.
    pub fn message(&self) -> String {
        match self {
            Notice::Unavailable(e) => format!(
                "Your browser is not letting this site store data ({e}). Progress works for this visit but will be gone when you close the tab."
            ),
            Notice::Unreadable { reason, backup_key } => format!(
                "Saved progress could not be read: {reason}. It was kept unchanged under the storage key “{backup_key}”, and you are starting with fresh progress."
            ),
            Notice::NewerVersion { reason, backup_key } => format!(
                "Saved progress could not be read: {reason}. It stays untouched (a copy is under “{backup_key}”); changes you make in this tab will not be saved. Reload to get the newest version."
            ),
            Notice::BackupFailed { reason, error } => format!(
                "Saved progress could not be read: {reason}. It could not be copied aside either ({error}), so this tab will not write to storage; changes last until you close it."
            ),
            Notice::SaveFailed(e) => format!(
                "Your last change could not be saved: {e}. It is kept in this tab; free some browser storage and make another change to save again."
            ),
        }
    }
}

/// What loading found.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The progress to start from.
    pub progress: Progress,
    /// Whether saving is allowed.
    pub mode: Mode,
    /// What to tell the learner, if anything.
    pub notice: Option<Notice>,
}

/// Picks a backup key that does not overwrite an earlier, different backup.
fn backup_key(backend: &dyn Backend, original: &str, now: f64) -> String {
    match backend.get(BACKUP_KEY) {
        Ok(None) => BACKUP_KEY.to_string(),
        Ok(Some(existing)) if existing == original => BACKUP_KEY.to_string(),
        _ => format!("{BACKUP_KEY}:{}", now as u64),
    }
}

/// Loads progress. Unreadable data is copied to a backup key before
/// anything else; data from a newer version is never overwritten.
pub fn load(backend: &dyn Backend, now: f64) -> Loaded {
    let stored = match backend.get(KEY) {
        Ok(stored) => stored,
        Err(e) => {
            return Loaded {
                progress: Progress::default(),
                mode: Mode::MemoryOnly,
                notice: Some(Notice::Unavailable(e.to_string())),
            }
        }
    };
    let Some(text) = stored else {
        return Loaded {
            progress: Progress::default(),
            mode: Mode::Persistent,
            notice: None,
        };
    };
    let error = match schema::read(&text) {
        Ok(progress) => {
            return Loaded {
                progress,
                mode: Mode::Persistent,
                notice: None,
            }
        }
        Err(error) => error,
    };
    let reason = error.to_string();
    let key = backup_key(backend, &text, now);
    if let Err(e) = backend.set(&key, &text) {
        return Loaded {
            progress: Progress::default(),
            mode: Mode::MemoryOnly,
            notice: Some(Notice::BackupFailed {
                reason,
                error: e.to_string(),
            }),
        };
    }
    let (mode, notice) = match error {
        ReadError::FutureVersion(_) => (
            Mode::MemoryOnly,
            Notice::NewerVersion {
                reason,
                backup_key: key,
            },
        ),
        ReadError::NotJson(_) | ReadError::WrongShape(_) => (
            Mode::Persistent,
            Notice::Unreadable {
                reason,
                backup_key: key,
            },
        ),
    };
    Loaded {
        progress: Progress::default(),
        mode,
        notice: Some(notice),
    }
}

/// Saves progress; on failure says why, and the caller keeps its state.
pub fn save(backend: &dyn Backend, progress: &Progress) -> Result<(), Notice> {
    backend
        .set(KEY, &schema::write(progress))
        .map_err(|e| Notice::SaveFailed(e.to_string()))
}

/// Reads a value another tab just wrote, for live sync. `None` when it cannot
/// be read: the tab then keeps what it has.
pub fn read_external(text: &str) -> Option<Progress> {
    schema::read(text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::model::Status;
    use std::cell::RefCell;
    use std::collections::HashMap;

    /// A backend in memory that can be made to fail.
    #[derive(Default)]
    struct Memory {
        map: RefCell<HashMap<String, String>>,
        unavailable: bool,
        full: bool,
    }

    impl Backend for Memory {
        fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
            if self.unavailable {
                return Err(BackendError::Unavailable("SecurityError".into()));
            }
            Ok(self.map.borrow().get(key).cloned())
        }
        fn set(&self, key: &str, value: &str) -> Result<(), BackendError> {
            if self.unavailable {
                return Err(BackendError::Unavailable("SecurityError".into()));
            }
            if self.full {
                return Err(BackendError::QuotaExceeded);
            }
            self.map.borrow_mut().insert(key.into(), value.into());
            Ok(())
        }
    }

    fn with(key: &str, value: &str) -> Memory {
        let m = Memory::default();
        m.map.borrow_mut().insert(key.into(), value.into());
        m
    }

    #[test]
    fn empty_storage_starts_fresh_and_saves() {
        let m = Memory::default();
        let loaded = load(&m, 1.0);
        assert_eq!(loaded.mode, Mode::Persistent);
        assert!(loaded.notice.is_none());
        let mut p = loaded.progress;
        p.set_status("a/b", Status::Done, 1.0);
        save(&m, &p).unwrap();
        assert_eq!(load(&m, 2.0).progress.status("a/b"), Status::Done);
    }

    #[test]
    fn unavailable_storage_works_in_memory_and_says_so() {
        let m = Memory {
            unavailable: true,
            ..Default::default()
        };
        let loaded = load(&m, 1.0);
        assert_eq!(loaded.mode, Mode::MemoryOnly);
        assert!(matches!(loaded.notice, Some(Notice::Unavailable(_))));
        assert!(loaded.notice.unwrap().message().contains("close the tab"));
    }

    #[test]
    fn garbage_is_backed_up_before_anything_else() {
        let m = with(KEY, "not json {");
        let loaded = load(&m, 1.0);
        assert_eq!(loaded.mode, Mode::Persistent);
        assert!(matches!(loaded.notice, Some(Notice::Unreadable { .. })));
        assert_eq!(m.map.borrow()[BACKUP_KEY], "not json {");
        assert_eq!(
            m.map.borrow()[KEY],
            "not json {",
            "loading alone writes nothing over it"
        );
    }

    #[test]
    fn wrong_shape_is_backed_up() {
        let m = with(KEY, r#"{"hello":"world"}"#);
        let loaded = load(&m, 1.0);
        assert!(matches!(loaded.notice, Some(Notice::Unreadable { .. })));
        assert_eq!(m.map.borrow()[BACKUP_KEY], r#"{"hello":"world"}"#);
    }

    #[test]
    fn an_earlier_different_backup_is_not_overwritten() {
        let m = with(KEY, "second garbage");
        m.map
            .borrow_mut()
            .insert(BACKUP_KEY.into(), "first garbage".into());
        let loaded = load(&m, 1234.0);
        let Some(Notice::Unreadable { backup_key, .. }) = loaded.notice else {
            panic!("expected a notice")
        };
        assert_eq!(backup_key, format!("{BACKUP_KEY}:1234"));
        assert_eq!(m.map.borrow()[BACKUP_KEY], "first garbage");
        assert_eq!(m.map.borrow()[&backup_key], "second garbage");
    }

    #[test]
    fn newer_version_is_kept_and_never_overwritten() {
        let newer = r#"{"app":"backend-roadmap","version":9,"topics":{}}"#;
        let m = with(KEY, newer);
        let loaded = load(&m, 1.0);
        assert_eq!(loaded.mode, Mode::MemoryOnly);
        assert!(matches!(loaded.notice, Some(Notice::NewerVersion { .. })));
        assert_eq!(m.map.borrow()[BACKUP_KEY], newer);
        assert_eq!(m.map.borrow()[KEY], newer);
    }

    #[test]
    fn failed_backup_leaves_storage_alone() {
        let m = with(KEY, "garbage");
        let m = Memory { full: true, ..m };
        let loaded = load(&m, 1.0);
        assert_eq!(loaded.mode, Mode::MemoryOnly);
        assert!(matches!(loaded.notice, Some(Notice::BackupFailed { .. })));
        assert_eq!(m.map.borrow()[KEY], "garbage");
    }

    #[test]
    fn full_storage_reports_a_failed_save() {
        let m = Memory {
            full: true,
            ..Default::default()
        };
        let err = save(&m, &Progress::default()).unwrap_err();
        assert!(err.message().contains("full"), "{}", err.message());
    }

    #[test]
    fn external_writes_are_read_only_when_valid() {
        let mut p = Progress::default();
        p.set_status("a/b", Status::Skipped, 0.0);
        assert_eq!(read_external(&schema::write(&p)), Some(p));
        assert_eq!(read_external("garbage"), None);
    }
}
