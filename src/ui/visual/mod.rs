//! The Visual page (`visual.html`): the map of collaborations and the network memberships.

pub mod map;
pub mod memberships;
