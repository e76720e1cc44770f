//! Thematic tables: seating the attendees by theme, each seat explained by the city's stated
//! stance there.

pub mod assign;
pub mod evidence;
