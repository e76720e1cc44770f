//! What a session gives its participants: agendas, round overviews and calendar files.

pub mod agenda;
pub mod ics;
