//! The last inputs, remembered on this device in `localStorage` as a
//! versioned record holding the share link's query. The link in the address
//! always wins; a record that is not ours, from another version or tampered
//! with is read like any link (each value only sets its own input) or ignored.
//! Where the browser refuses storage (a sandboxed frame, private modes),
//! nothing is remembered and nothing fails.

use web_sys::Storage;

use super::url;
use crate::query::Query;

/// Where the record lives.
const KEY: &str = "influencer-rate-calculator";
/// The record's version: a record that does not start with it is ignored.
const VERSION: &str = "v1 ";
/// The most a record may hold; a longer one is ignored.
const MAX_RECORD: usize = 128 * 1024;

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The remembered inputs, if any and readable.
#[must_use]
pub fn load() -> Option<Query> {
    let record = storage()?.get_item(KEY).ok().flatten()?;
    if record.len() > MAX_RECORD {
        return None;
    }
    let search = record.strip_prefix(VERSION)?;
    Some(url::parse(search))
}

/// Remembers `query`.
pub fn save(query: &Query) {
    if let Some(storage) = storage() {
        // Storage may be full or refused: the calculator works regardless.
        let _ = storage.set_item(KEY, &format!("{VERSION}{}", url::search(query)));
    }
}

/// Forgets the remembered inputs.
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}
