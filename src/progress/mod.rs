//! The learner's progress: a pure model, its versioned stored form, and the
//! storage port that decides what happens when storage misbehaves.

pub mod model;
pub mod schema;
pub mod storage;

pub use model::{Progress, Status, Tally, TopicProgress};
