//! Passerelle: explore the cities of the Mayors Dialogue on Growth and Solidarity, find partners
//! for them and draft partnership proposals.
//!
//! Everything that needs no browser lives in plain modules tested natively with `cargo test`;
//! the `ui` module is a thin Leptos layer over them, compiled only for the browser.

pub mod address;
pub mod contributions;
pub mod data;
pub mod embed;
pub mod filter;
pub mod format;
pub mod grid;
pub mod id;
pub mod map;
pub mod matching;
pub mod memberships;
pub mod order;
pub mod planner;
pub mod proposals;
pub mod quotes;
pub mod records;
pub mod search;

#[cfg(target_arch = "wasm32")]
pub mod ui;
