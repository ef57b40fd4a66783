//! Widgets shared by several pages.

mod notices;
mod progress_bar;
mod status;
mod toc;
mod topic_row;

pub use notices::Notices;
pub use progress_bar::ProgressBar;
pub use status::{StatusBadge, StatusControl};
pub use toc::Toc;
pub use topic_row::TopicRow;
