//! Thin wrappers over the browser's APIs (network, storage, files, service worker, dates): no
//! components and no contexts, so every layer above can use them.

pub mod dates;
pub mod fetch;
pub mod files;
pub mod ids;
pub mod records;
pub mod service_worker;
pub mod settings;
