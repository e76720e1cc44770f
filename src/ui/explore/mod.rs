//! The Explore page (`index.html`), the first a visitor sees: the city list, profiles, the
//! priority matrix, networks, the sources, and the embed snippet.

pub mod embed_code;
pub mod list;
pub mod matrix;
pub mod networks;
pub mod profile;
pub mod sources;
