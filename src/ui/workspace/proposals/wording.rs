//! The proposal vocabulary in the current language, and the Markdown wording built on it.

use std::sync::Arc;

use crate::data::vocabulary::TermKind;
use crate::data::Mode;
use crate::proposals::document::{Heading, Wording};
use crate::proposals::Status;
use crate::ui::browser::dates::local_date;
use crate::ui::context::{use_data, use_terms, AppData, I18n, Terms};
use crate::ui::i18n::*;
use crate::ui::widgets::words;
pub use crate::ui::widgets::words::storage_problem;

pub fn status(i18n: I18n, status: Status) -> &'static str {
    match status {
        Status::Idea => t_string!(i18n, proposal_status.idea),
        Status::Draft => t_string!(i18n, proposal_status.draft),
        Status::UnderDiscussion => t_string!(i18n, proposal_status.under_discussion),
        Status::Agreed => t_string!(i18n, proposal_status.agreed),
        Status::Active => t_string!(i18n, proposal_status.active),
        Status::Completed => t_string!(i18n, proposal_status.completed),
        Status::Paused => t_string!(i18n, proposal_status.paused),
        Status::Dropped => t_string!(i18n, proposal_status.dropped),
    }
}

pub fn entry_point(i18n: I18n, id: &str) -> &'static str {
    match id {
        "training" => t_string!(i18n, entry_point.training),
        "mentorship" => t_string!(i18n, entry_point.mentorship),
        "entrepreneurship" => t_string!(i18n, entry_point.entrepreneurship),
        "womens-empowerment" => t_string!(i18n, entry_point.womens_empowerment),
        "sustainability" => t_string!(i18n, entry_point.sustainability),
        _ => t_string!(i18n, entry_point.circular_mobility),
    }
}

pub fn stakeholder(i18n: I18n, id: &str) -> &'static str {
    match id {
        "city-departments" => t_string!(i18n, stakeholder.city_departments),
        "municipal-companies" => t_string!(i18n, stakeholder.municipal_companies),
        "ngos" => t_string!(i18n, stakeholder.ngos),
        "universities" => t_string!(i18n, stakeholder.universities),
        "students" => t_string!(i18n, stakeholder.students),
        "private-sector" => t_string!(i18n, stakeholder.private_sector),
        "diaspora-organisations" => t_string!(i18n, stakeholder.diaspora_organisations),
        _ => t_string!(i18n, stakeholder.civil_society),
    }
}

pub fn heading(i18n: I18n, heading: Heading) -> &'static str {
    match heading {
        Heading::Untitled => t_string!(i18n, proposal.untitled),
        Heading::Status => t_string!(i18n, proposal.status),
        Heading::Cities => t_string!(i18n, proposal.cities),
        Heading::Sectors => t_string!(i18n, proposal.sectors),
        Heading::Mode => t_string!(i18n, proposal.mode),
        Heading::Goals => t_string!(i18n, proposal.goals),
        Heading::Opportunities => t_string!(i18n, proposal.opportunities),
        Heading::Challenges => t_string!(i18n, proposal.challenges),
        Heading::EntryPoints => t_string!(i18n, proposal.entry_points),
        Heading::Stakeholders => t_string!(i18n, proposal.stakeholders),
        Heading::Funding => t_string!(i18n, proposal.funding),
        Heading::Milestones => t_string!(i18n, proposal.milestones),
        Heading::Notes => t_string!(i18n, proposal.notes),
        Heading::History => t_string!(i18n, proposal.history),
        Heading::Context => t_string!(i18n, proposal.context),
        Heading::Done => t_string!(i18n, proposal.done),
    }
}

/// The Markdown export's words in the current language.
pub struct Words {
    pub i18n: I18n,
    pub terms: Terms,
    pub data: Arc<AppData>,
}

impl Words {
    /// Must be called where the contexts are (a component), not in an event handler.
    pub fn current() -> Words {
        Words {
            i18n: use_i18n(),
            terms: use_terms(),
            data: use_data(),
        }
    }
}

impl Wording for Words {
    fn heading(&self, h: Heading) -> String {
        heading(self.i18n, h).into()
    }
    fn status(&self, s: Status) -> String {
        status(self.i18n, s).into()
    }
    fn mode(&self, mode: Mode) -> String {
        words::mode(self.i18n, mode).into()
    }
    fn entry_point(&self, id: &str) -> String {
        entry_point(self.i18n, id).into()
    }
    fn stakeholder(&self, id: &str) -> String {
        stakeholder(self.i18n, id).into()
    }
    fn sector(&self, id: &str) -> String {
        self.terms.name_in(&self.data.catalog, TermKind::Sector, id)
    }
    fn date(&self, iso: &str) -> String {
        local_date(iso, self.i18n.get_locale_untracked().as_str())
    }
    fn origin(&self, kind: &str) -> String {
        let i18n = self.i18n;
        match kind {
            "profile" => t_string!(i18n, proposal.origin_profile),
            "match" => t_string!(i18n, proposal.origin_match),
            "cluster" => t_string!(i18n, proposal.origin_cluster),
            _ => t_string!(i18n, proposal.origin_empty),
        }
        .into()
    }
}
