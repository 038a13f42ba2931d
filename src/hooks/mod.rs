//! The planner's custom hooks. Each ties one thing outside the reducer — keys on
//! the page, the address bar, storage, the page that embeds the planner, focus, the
//! planner's width — to the state, in one direction: the outside sends actions in,
//! effects carry the state out.

mod autosave;
mod focus;
mod frame_width;
mod hash_link;
mod host;
mod undo_keys;

pub use autosave::use_autosave;
pub use focus::use_focus;
pub use frame_width::use_frame_width;
pub use hash_link::use_hash_link;
pub use host::use_host;
pub use undo_keys::use_undo_keys;
