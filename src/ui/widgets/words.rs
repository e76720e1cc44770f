//! Words for the values the code knows (continents, stances, modes...) and numbers, in the
//! current language.

use leptos::prelude::*;

use crate::data::{Continent, Mode, NetworkType, PartnershipStatus, Scope, Stance};
use crate::filter::{Facet, ROLE_PARTICIPANT};
use crate::format::NumberFormat;
use crate::ui::browser::records::store::StorageError;
use crate::ui::context::I18n;
use crate::ui::i18n::*;

pub fn continent(i18n: I18n, continent: Continent) -> &'static str {
    match continent {
        Continent::Africa => t_string!(i18n, continent.africa),
        Continent::Europe => t_string!(i18n, continent.europe),
        Continent::Asia => t_string!(i18n, continent.asia),
        Continent::NorthAmerica => t_string!(i18n, continent.north_america),
    }
}

pub fn stance(i18n: I18n, stance: Stance) -> &'static str {
    match stance {
        Stance::Expertise => t_string!(i18n, stance.expertise),
        Stance::Investing => t_string!(i18n, stance.investing),
        Stance::Need => t_string!(i18n, stance.need),
    }
}

pub fn stance_hint(i18n: I18n, stance: Stance) -> &'static str {
    match stance {
        Stance::Expertise => t_string!(i18n, stance.expertise_hint),
        Stance::Investing => t_string!(i18n, stance.investing_hint),
        Stance::Need => t_string!(i18n, stance.need_hint),
    }
}

/// The shape that tells stances apart without colour.
pub fn stance_symbol(stance: Stance) -> &'static str {
    match stance {
        Stance::Expertise => "\u{2605}",
        Stance::Investing => "\u{25b2}",
        Stance::Need => "\u{25cf}",
    }
}

pub fn role(i18n: I18n, participant: bool) -> &'static str {
    if participant {
        t_string!(i18n, role.participant)
    } else {
        t_string!(i18n, role.partner)
    }
}

pub fn mode(i18n: I18n, mode: Mode) -> &'static str {
    match mode {
        Mode::PeerLearning => t_string!(i18n, mode.peer_learning),
        Mode::Development => t_string!(i18n, mode.development),
        Mode::Economic => t_string!(i18n, mode.economic),
        Mode::ServiceDelivery => t_string!(i18n, mode.service_delivery),
    }
}

pub fn status(i18n: I18n, status: PartnershipStatus) -> &'static str {
    match status {
        PartnershipStatus::Existing => t_string!(i18n, status.existing),
        PartnershipStatus::Emerging => t_string!(i18n, status.emerging),
        PartnershipStatus::Pipeline => t_string!(i18n, status.pipeline),
    }
}

pub fn network_type(i18n: I18n, network_type: Option<NetworkType>) -> &'static str {
    match network_type {
        Some(NetworkType::Generalist) => t_string!(i18n, network_type.generalist),
        Some(NetworkType::Thematic) => t_string!(i18n, network_type.thematic),
        Some(NetworkType::Geographical) => t_string!(i18n, network_type.geographical),
        Some(NetworkType::LinguisticCultural) => t_string!(i18n, network_type.linguistic_cultural),
        Some(NetworkType::MultiStakeholder) => t_string!(i18n, network_type.multi_stakeholder),
        Some(NetworkType::Philanthropic) => t_string!(i18n, network_type.philanthropic),
        Some(NetworkType::IndividualInitiative) => {
            t_string!(i18n, network_type.individual_initiative)
        }
        None => t_string!(i18n, network_type.none),
    }
}

pub fn scope(i18n: I18n, scope: Scope) -> &'static str {
    match scope {
        Scope::Global => t_string!(i18n, scope.global),
        Scope::Africa => t_string!(i18n, scope.africa),
        Scope::Europe => t_string!(i18n, scope.europe),
        Scope::Mediterranean => t_string!(i18n, scope.mediterranean),
        Scope::AfricaEurope => t_string!(i18n, scope.africa_europe),
        Scope::National => t_string!(i18n, scope.national),
    }
}

pub fn facet(i18n: I18n, facet: Facet) -> &'static str {
    match facet {
        Facet::Continent => t_string!(i18n, facet.continent),
        Facet::Country => t_string!(i18n, facet.country),
        Facet::Sector => t_string!(i18n, facet.sector),
        Facet::Stance => t_string!(i18n, facet.stance),
        Facet::Network => t_string!(i18n, facet.network),
        Facet::Population => t_string!(i18n, facet.population),
        Facet::Role => t_string!(i18n, facet.role),
    }
}

pub fn population_band(i18n: I18n, band: &str) -> &'static str {
    match band {
        "under-500k" => t_string!(i18n, population.under_500k),
        "500k-1m" => t_string!(i18n, population.from_500k_to_1m),
        "1m-2m" => t_string!(i18n, population.from_1m_to_2m),
        "2m-plus" => t_string!(i18n, population.over_2m),
        _ => t_string!(i18n, population.unknown),
    }
}

pub fn role_value(i18n: I18n, role: &str) -> &'static str {
    self::role(i18n, role == ROLE_PARTICIPANT)
}

/// A text that follows the language. Every translated text is wrapped in the same signal type
/// so the whole app shares one rendering routine for them, instead of one per text, which is a
/// large part of the download.
pub fn text(f: impl Fn() -> &'static str + Send + Sync + 'static) -> Signal<&'static str> {
    Signal::derive(f)
}

/// [`text`] for texts built at run time (interpolations, numbers).
pub fn text_owned(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

/// Why storage refused, in plain words; the browser's own detail of an unexpected refusal is
/// left to the console. Said of proposals and workshop sessions alike.
pub fn storage_problem(i18n: I18n, error: &StorageError) -> &'static str {
    match error {
        StorageError::QuotaExceeded => t_string!(i18n, proposal.storage_full),
        StorageError::Unavailable(_) => t_string!(i18n, proposal.storage_unavailable),
        StorageError::Other(_) => t_string!(i18n, proposal.storage_other),
    }
}

/// How the current language writes numbers.
pub fn number_format(i18n: I18n) -> NumberFormat<'static> {
    NumberFormat {
        decimal: t_string!(i18n, format.decimal),
        group: t_string!(i18n, format.group),
        million: t_string!(i18n, format.million),
    }
}

/// The name of a language by its ISO 639-1 code; an unlisted code is shown as it is.
pub fn language_name(i18n: I18n, code: &str) -> String {
    match code {
        "ar" => t_string!(i18n, language.ar),
        "ca" => t_string!(i18n, language.ca),
        "de" => t_string!(i18n, language.de),
        "en" => t_string!(i18n, language.en),
        "es" => t_string!(i18n, language.es),
        "fi" => t_string!(i18n, language.fi),
        "fr" => t_string!(i18n, language.fr),
        "it" => t_string!(i18n, language.it),
        "nl" => t_string!(i18n, language.nl),
        "pt" => t_string!(i18n, language.pt),
        "rw" => t_string!(i18n, language.rw),
        "sv" => t_string!(i18n, language.sv),
        "sw" => t_string!(i18n, language.sw),
        "tr" => t_string!(i18n, language.tr),
        "zu" => t_string!(i18n, language.zu),
        other => return other.to_string(),
    }
    .to_string()
}
