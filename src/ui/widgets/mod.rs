//! Pieces every screen uses: links, words for the values the code knows, quotations with their
//! source, city references, dates, the filter panel, the keys of a grid and Escape, what waits
//! for storage.

pub mod choose_file;
pub mod city;
pub mod confirm;
pub mod dates;
pub mod disclosure;
pub mod filters;
pub mod grid;
pub mod link;
pub mod once_read;
pub mod quote;
pub mod save_state;
pub mod share;
pub mod show_more;
pub mod terms;
pub mod ties;
pub mod words;
