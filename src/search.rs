//! Free-text search over cities that ignores case and accents, so that "zurich" finds Zürich and
//! "evry" finds Évry; with another language's vocabulary, its names of countries and sectors
//! are searched too ("suisse" finds Zürich, "dechets" the cities working on waste).

use std::sync::{Arc, Mutex};

use crate::data::vocabulary::{TermKind, Vocabulary, DATASET_LANGUAGE};
use crate::data::{Catalog, City};

/// The search index of each language, built the first time a search in that language needs it
/// and kept for the page's life (a handful of languages, a few kilobytes each).
#[derive(Debug, Default)]
pub struct SearchIndexes {
    built: Mutex<Vec<(String, Arc<SearchIndex>)>>,
}

impl SearchIndexes {
    /// The index for `vocabulary`'s language, or for the dataset's own language without one.
    pub fn get(&self, catalog: &Catalog, vocabulary: Option<&Vocabulary>) -> Arc<SearchIndex> {
        let language = vocabulary.map_or(DATASET_LANGUAGE, |v| v.language.as_str());
        // A poisoned lock only means a panic elsewhere; the list itself is always whole.
        let mut built = self.built.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, index)) = built.iter().find(|(l, _)| l == language) {
            return index.clone();
        }
        let index = Arc::new(SearchIndex::new(catalog, vocabulary));
        built.push((language.to_string(), index.clone()));
        index
    }
}

/// Lowercases and strips the diacritics of Latin letters. Letters outside the Latin script are
/// only lowercased.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => out.push('c'),
            'ď' | 'đ' => out.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'ğ' | 'ĝ' | 'ġ' | 'ģ' => out.push('g'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ĭ' | 'į' | 'ı' => out.push('i'),
            'ł' | 'ľ' | 'ĺ' | 'ļ' => out.push('l'),
            'ñ' | 'ń' | 'ň' | 'ņ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => out.push('o'),
            'ŕ' | 'ř' => out.push('r'),
            'ś' | 'š' | 'ş' | 'ș' => out.push('s'),
            'ť' | 'ţ' | 'ț' => out.push('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            '\u{2019}' | '\u{2018}' => out.push('\''),
            c => out.push(c),
        }
    }
    out
}

/// The part of a city's record a search term was found in, so the list can say why a city
/// matched.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Name,
    Country,
    /// A priority, by sector id.
    Priority(String),
    /// An initiative, by name.
    Initiative(String),
    /// A network the city belongs to, by network id.
    Network(String),
}

/// The searchable text of every city, folded once when the dataset loads.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    cities: Vec<Vec<(Field, String)>>,
}

impl SearchIndex {
    pub fn new(catalog: &Catalog, vocabulary: Option<&Vocabulary>) -> Self {
        let cities = catalog
            .cities()
            .iter()
            .map(|city| searchable_fields(catalog, vocabulary, city))
            .collect();
        SearchIndex { cities }
    }

    /// Whether every word of `query` occurs in the city at position `city`; returns the fields
    /// the words were found in (empty for an empty query), or `None` if a word is missing.
    pub fn matches(&self, city: usize, query: &Query) -> Option<Vec<Field>> {
        let fields = self.cities.get(city)?;
        let mut found: Vec<Field> = Vec::new();
        for word in &query.words {
            let field = fields
                .iter()
                .find(|(_, text)| text.contains(word.as_str()))?;
            if !found.contains(&field.0) {
                found.push(field.0.clone());
            }
        }
        Some(found)
    }
}

/// A search text folded and split into words once, then matched against every city.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    words: Vec<String>,
}

impl Query {
    pub fn new(text: &str) -> Query {
        Query {
            words: fold(text).split_whitespace().map(String::from).collect(),
        }
    }
}

fn searchable_fields(
    catalog: &Catalog,
    vocabulary: Option<&Vocabulary>,
    city: &City,
) -> Vec<(Field, String)> {
    let translated = |kind: TermKind, id: &str| {
        vocabulary
            .and_then(|v| v.name(kind, id))
            .unwrap_or_default()
    };
    let mut fields = vec![
        (Field::Name, fold(&city.name)),
        (
            Field::Country,
            fold(&format!(
                "{} {}",
                city.country,
                translated(TermKind::Country, &city.country_code)
            )),
        ),
    ];
    for priority in &city.priorities {
        let sector = catalog
            .sector(&priority.sector)
            .map_or("", |s| s.name.as_str());
        fields.push((
            Field::Priority(priority.sector.clone()),
            fold(&format!(
                "{sector} {} {}",
                translated(TermKind::Sector, &priority.sector),
                priority.text
            )),
        ));
    }
    for initiative in &city.initiatives {
        fields.push((
            Field::Initiative(initiative.name.clone()),
            fold(&format!("{} {}", initiative.name, initiative.text)),
        ));
    }
    for network in catalog.memberships(&city.id) {
        fields.push((Field::Network(network.id.clone()), fold(&network.name)));
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("ÉVRY-Courcouronnes"), "evry-courcouronnes");
        assert_eq!(fold("Coação São Tomé"), "coacao sao tome");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Tunis’s"), "tunis's");
    }
}
