//! The checks of one city: its Table 1 row, languages, and every quoted fact it carries.

use super::checker::{is_year_month, number, Checker};
use crate::data::model::City;

impl Checker<'_> {
    pub(super) fn check_city(&mut self, i: usize, city: &City) {
        let path = format!("cities[{i}]");
        let at = |field: &str| format!("{path}.{field}");
        self.text(&path, "name", &city.name);
        self.text(&path, "country", &city.country);
        if !(city.country_code.len() == 2
            && city.country_code.bytes().all(|b| b.is_ascii_uppercase()))
        {
            self.issue(
                at("country_code"),
                format!("'{}' is not a two-letter ISO 3166 code", city.country_code),
            );
        }
        if !(-90.0..=90.0).contains(&city.lat) {
            self.issue(
                at("lat"),
                format!("latitude {} is outside -90..90", number(city.lat)),
            );
        }
        if !(-180.0..=180.0).contains(&city.lon) {
            self.issue(
                at("lon"),
                format!("longitude {} is outside -180..180", number(city.lon)),
            );
        }
        if city.population == Some(0) {
            self.issue(at("population"), "population must be positive or null");
        }
        if let Some(share) = city.migrant_share_pct {
            if !(0.0..=100.0).contains(&share) {
                self.issue(
                    at("migrant_share_pct"),
                    format!("{} is not a percentage", number(share)),
                );
            }
        }
        if let Some(as_of) = &city.as_of {
            if !is_year_month(as_of) {
                self.issue(at("as_of"), format!("'{as_of}' is not a YYYY-MM date"));
            }
        }
        if city.languages.is_empty() {
            self.issue(at("languages"), "list at least one language");
        }
        for (j, language) in city.languages.iter().enumerate() {
            if !(2..=3).contains(&language.len())
                || !language.bytes().all(|b| b.is_ascii_lowercase())
            {
                self.issue(
                    format!("{path}.languages[{j}]"),
                    format!("'{language}' is not an ISO 639 language code"),
                );
            }
        }
        if let Some(mayor) = &city.mayor {
            self.text(&at("mayor"), "name", &mayor.name);
            self.year(&at("mayor.since"), mayor.since);
            self.source(&at("mayor.source"), &mayor.source);
        }
        let sources = &city.sources;
        self.source(&at("sources.named_in"), &sources.named_in);
        self.source(&at("sources.country"), &sources.country);
        self.source(&at("sources.location"), &sources.location);
        self.source(&at("sources.languages"), &sources.languages);
        match &sources.characteristics {
            Some(characteristics) => {
                self.source(&at("sources.characteristics"), characteristics);
                // A Table 1 row gives all of these; a null here means a row was copied in part.
                let table_fields = [
                    ("population", city.population.is_some()),
                    ("population_text", city.population_text.is_some()),
                    ("migrant_share_pct", city.migrant_share_pct.is_some()),
                    ("mayor", city.mayor.is_some()),
                    ("as_of", city.as_of.is_some()),
                ];
                for (field, present) in table_fields {
                    if !present {
                        self.issue(
                            at(field),
                            format!(
                                "city '{}' has a Table 1 row, which gives {field}, but it is null",
                                city.id
                            ),
                        );
                    }
                }
            }
            None => {
                let unsourced = [
                    ("population", city.population.is_some()),
                    ("migrant_share_pct", city.migrant_share_pct.is_some()),
                    ("as_of", city.as_of.is_some()),
                ];
                for (field, present) in unsourced {
                    if present {
                        self.issue(
                            at(field),
                            format!(
                                "city '{}' has {field} but no sources.characteristics to back it",
                                city.id
                            ),
                        );
                    }
                }
            }
        }
        self.optional_text(&path, "population_text", city.population_text.as_deref());
        if city.population.is_some() != city.population_text.is_some() {
            self.issue(
                at("population_text"),
                "population and population_text go together",
            );
        }
        for (j, priority) in city.priorities.iter().enumerate() {
            let p = format!("{path}.priorities[{j}]");
            if !self.sectors.contains(priority.sector.as_str()) {
                self.issue(
                    format!("{p}.sector"),
                    format!("unknown sector '{}'", priority.sector),
                );
            }
            self.text(&p, "text", &priority.text);
            self.source(&format!("{p}.source"), &priority.source);
        }
        for (j, challenge) in city.challenges.iter().enumerate() {
            let p = format!("{path}.challenges[{j}]");
            if !self.challenges.contains(challenge.challenge.as_str()) {
                self.issue(
                    format!("{p}.challenge"),
                    format!("unknown challenge '{}'", challenge.challenge),
                );
            }
            self.sector_refs(&p, &challenge.sectors);
            self.text(&p, "text", &challenge.text);
            self.source(&format!("{p}.source"), &challenge.source);
        }
        for (j, opportunity) in city.opportunities.iter().enumerate() {
            let p = format!("{path}.opportunities[{j}]");
            if !self
                .opportunities
                .contains(opportunity.opportunity.as_str())
            {
                self.issue(
                    format!("{p}.opportunity"),
                    format!("unknown opportunity '{}'", opportunity.opportunity),
                );
            }
            self.text(&p, "text", &opportunity.text);
            self.source(&format!("{p}.source"), &opportunity.source);
        }
        for (j, initiative) in city.initiatives.iter().enumerate() {
            let p = format!("{path}.initiatives[{j}]");
            self.text(&p, "name", &initiative.name);
            self.text(&p, "text", &initiative.text);
            self.sector_refs(&p, &initiative.sectors);
            self.partnership_ref(&p, &city.id, initiative.partnership.as_deref());
            self.year(&format!("{p}.since"), initiative.since);
            self.source(&format!("{p}.source"), &initiative.source);
        }
        for (j, wish) in city.wishes.iter().enumerate() {
            let p = format!("{path}.wishes[{j}]");
            self.text(&p, "text", &wish.text);
            self.sector_refs(&p, &wish.sectors);
            self.partnership_ref(&p, &city.id, wish.partnership.as_deref());
            self.source(&format!("{p}.source"), &wish.source);
        }
        for (list, facts) in [
            ("covid_responses", &city.covid_responses),
            ("mobility", &city.mobility),
        ] {
            for (j, fact) in facts.iter().enumerate() {
                let p = format!("{path}.{list}[{j}]");
                self.text(&p, "text", &fact.text);
                self.source(&format!("{p}.source"), &fact.source);
            }
        }
    }

    /// A city's initiative or wish that restates a partnership must name one the city is in:
    /// match-making evaluation relies on the link to hide it.
    fn partnership_ref(&mut self, path: &str, city: &str, partnership: Option<&str>) {
        let Some(id) = partnership else { return };
        let member = self
            .data
            .partnerships
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.cities.iter().any(|c| c == city));
        match member {
            None => self.issue(
                format!("{path}.partnership"),
                format!("unknown partnership '{id}'"),
            ),
            Some(false) => self.issue(
                format!("{path}.partnership"),
                format!("city '{city}' is not in the partnership '{id}'"),
            ),
            Some(true) => {}
        }
    }
}
