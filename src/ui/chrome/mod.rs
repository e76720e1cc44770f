//! The frame around every screen: header, footer, language, update notices, embed mode, and the
//! screens shown instead of a view (loading, load failure, an address that cannot be shown).

pub mod embed;
mod header;
pub mod language;
mod not_found;
pub mod shell;
pub mod status;
mod title;
mod updates;
