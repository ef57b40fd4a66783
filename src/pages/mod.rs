//! One component per page of [`crate::routes::Page`].

mod home;
mod learning_path;
mod moved;
mod not_found;
mod section;
mod topic;

pub use home::HomePage;
pub use learning_path::LearningPathPage;
pub use moved::MovedPage;
pub use not_found::NotFoundPage;
pub use section::SectionPage;
pub use topic::TopicPage;

use crate::content::Section;

/// `section/topic` keys of every topic in `section`.
pub(crate) fn section_keys(section: &Section) -> Vec<String> {
    section.topics.iter().map(|t| t.key()).collect()
}
