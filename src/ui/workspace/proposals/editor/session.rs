//! The edit session of a proposal: the generic session of `browser::records`.

use crate::proposals::Proposal;
use crate::ui::browser::records::session::Session;

pub(super) use crate::ui::browser::records::session::SaveState;

pub(super) type Editing = Session<Proposal>;
