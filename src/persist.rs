//! Autosave: the plan in localStorage, in the JSON plan format (which carries its
//! own `version`, so a later format can migrate it).
//!
//! Storage may be disabled (private mode, blocked cookies), full, or hold something
//! unreadable. None of that may cost the runner their week: the board keeps working
//! in memory, says so once, and an unreadable entry is moved to a backup key, never
//! deleted.

use gloo::storage::{LocalStorage, Storage};
use weekboard_core::Plan;

/// Where the standalone page keeps the runner's week.
pub const DEFAULT_KEY: &str = "weekboard:plan";

/// What was found under the key.
#[derive(Debug, PartialEq)]
pub enum Saved {
    /// Nothing saved yet.
    Nothing,
    Plan(Plan),
    /// Something that isn't a readable plan; it was copied to `backup_key`.
    Unreadable {
        reason: String,
        backup_key: String,
    },
}

/// Why storage can't be used.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageProblem {
    /// The browser refuses localStorage.
    Unavailable,
    /// It refused to store more.
    Full,
}

impl StorageProblem {
    /// What the runner reads.
    pub fn message(&self) -> &'static str {
        match self {
            StorageProblem::Unavailable => {
                "This browser isn't letting weekboard save: your week works, but it will be gone when you close the page. Export it to keep it."
            }
            StorageProblem::Full => {
                "The browser's storage is full, so your latest changes aren't saved. Export the week to keep it."
            }
        }
    }
}

/// Whether localStorage can be touched at all. `window.localStorage` itself throws
/// when storage is blocked, so this asks through web-sys before gloo uses it.
fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// Reads the saved week.
pub fn load(key: &str) -> Result<Saved, StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    let raw = LocalStorage::raw();
    let text = match raw.get_item(key) {
        Ok(Some(text)) => text,
        Ok(None) => return Ok(Saved::Nothing),
        Err(_) => return Err(StorageProblem::Unavailable),
    };
    match Plan::from_json(&text) {
        Ok(plan) => Ok(Saved::Plan(plan)),
        Err(error) => {
            let backup_key = backup_key_for(key, &raw);
            // Keep what we couldn't read; only then is the key free for new saves.
            if raw.set_item(&backup_key, &text).is_ok() {
                let _ = raw.remove_item(key);
            }
            Ok(Saved::Unreadable {
                reason: error.to_string(),
                backup_key,
            })
        }
    }
}

/// A backup key not used yet: `<key>:backup`, then `<key>:backup-2`, …
fn backup_key_for(key: &str, raw: &web_sys::Storage) -> String {
    let mut candidate = format!("{key}:backup");
    let mut n = 2;
    while matches!(raw.get_item(&candidate), Ok(Some(_))) {
        candidate = format!("{key}:backup-{n}");
        n += 1;
    }
    candidate
}

/// Saves the week.
pub fn save(key: &str, plan: &Plan) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key, &plan.to_json())
        .map_err(|_| StorageProblem::Full)
}
