//! The app's state in the URL query string, so that any view can be shared, bookmarked and
//! reached with the back button, and works on a static host without server-side routing.
//!
//! `?view=list&continent=africa&sector=waste-management&stance=need` is the list of African
//! cities that need help with waste management; `?view=city&city=zurich` is Zürich's profile.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use thiserror::Error;

use crate::data::{Catalog, Mode, PartnershipStatus};
use crate::filter::{facet_values, CityFilter, Facet, ShareRange, SortKey};
use crate::matching::{TiePolicy, Weights};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    List,
    City(String),
    Matrix,
    Networks,
    /// About the data: sources, notes on disagreements.
    Sources,
    /// Partner suggestions for a city (none yet: the user picks one).
    Match(Option<String>),
    /// The proposals stored on this device.
    Proposals,
    /// One proposal, by id.
    Proposal(String),
    /// Starts a proposal with these cities (the sectors come from the sector facet), then opens
    /// it; `from` says where it started (`profile`, `match`, `empty`).
    NewProposal {
        cities: Vec<String>,
        from: String,
    },
    /// The iframe snippet for embedding another view, given by its query string.
    EmbedCode(String),
    /// The map of collaborations; with a city, focus mode on it.
    Map(Option<String>),
    /// Which city belongs to which network.
    Memberships,
}

/// The app is three pages, each its own WebAssembly module, so that the first view downloads
/// only what exploring needs: the Explore page (list, profiles, matrix, networks, sources), the
/// Workspace page (match-making, proposals) and the Visual page (map, network memberships).
/// Links between them are ordinary page loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Explore,
    Workspace,
    Visual,
}

impl Page {
    /// The page's address relative to the app's folder.
    pub fn file(self) -> &'static str {
        match self {
            Page::Explore => "./",
            Page::Workspace => "work.html",
            Page::Visual => "visual.html",
        }
    }
}

impl View {
    pub fn page(&self) -> Page {
        match self {
            View::Match(_) | View::Proposals | View::Proposal(_) | View::NewProposal { .. } => {
                Page::Workspace
            }
            View::Map(_) | View::Memberships => Page::Visual,
            _ => Page::Explore,
        }
    }

    fn id(&self) -> &'static str {
        match self {
            View::List => "list",
            View::City(_) => "city",
            View::Matrix => "matrix",
            View::Networks => "networks",
            View::Sources => "sources",
            View::Match(_) => "match",
            View::Proposals => "proposals",
            View::Proposal(_) => "proposal",
            View::NewProposal { .. } => "new-proposal",
            View::EmbedCode(_) => "embed-code",
            View::Map(_) => "map",
            View::Memberships => "memberships",
        }
    }
}

/// The Match view's settings; the sectors come from the filter's sector facet.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MatchSettings {
    pub ties: TiePolicy,
    pub mode: Option<Mode>,
    pub peers: bool,
    pub cross_continental: bool,
    /// `None` means the starting weights of the mode.
    pub weights: Option<Weights>,
}

impl MatchSettings {
    pub fn weights(&self) -> Weights {
        self.weights.unwrap_or_else(|| Weights::for_mode(self.mode))
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Route {
    pub view: View,
    pub filter: CityFilter,
    pub sort: SortKey,
    pub matching: MatchSettings,
    /// The partnership statuses the map draws; empty draws all.
    pub statuses: BTreeSet<PartnershipStatus>,
    /// Shown inside a partner's website: no navigation chrome.
    pub embed: bool,
}

/// A URL the app cannot show; the message tells the user what was not found.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RouteError {
    #[error("there is no view called '{0}'")]
    UnknownView(String),
    #[error("there is no city with the id '{0}' in the dataset")]
    UnknownCity(String),
    #[error("the link asks for a city profile but names no city")]
    MissingCity,
    #[error("'{value}' is not a known value of '{param}'")]
    UnknownValue { param: String, value: String },
    #[error("the link asks for a proposal but names none")]
    MissingProposal,
}

impl Route {
    pub fn with_view(view: View) -> Self {
        Route {
            view,
            ..Route::default()
        }
    }

    /// Reads a query string (with or without the leading `?`). Unknown parameters are ignored,
    /// so tracking parameters added by other sites do not break a link; unknown values of known
    /// parameters are errors, so a mistyped id is reported instead of silently dropped.
    pub fn parse(query: &str, catalog: &Catalog) -> Result<Route, RouteError> {
        let mut route = Route::default();
        let mut view = "list".to_string();
        let mut city = None;
        let mut proposal = None;
        let mut from = String::from("empty");
        let mut of = None;
        for (key, value) in pairs(query) {
            let unknown = |value: &str| RouteError::UnknownValue {
                param: key.clone(),
                value: value.to_string(),
            };
            if let Some(facet) = Facet::from_param(&key) {
                let known = facet_values(catalog, facet);
                let values: Vec<String> = value
                    .split(',')
                    .filter(|v| !v.is_empty())
                    .map(String::from)
                    .collect();
                if let Some(bad) = values.iter().find(|v| !known.contains(v)) {
                    return Err(unknown(bad));
                }
                route.filter.set(facet, values);
                continue;
            }
            match key.as_str() {
                "view" => view = value,
                "city" => city = Some(value),
                "id" => proposal = Some(value),
                "from" => from = value,
                "of" => of = Some(value),
                "q" => route.filter.query = value,
                "share" => {
                    route.filter.share = parse_share(&value).ok_or_else(|| unknown(&value))?
                }
                "sort" => {
                    route.sort = parse_sort(&value, catalog).ok_or_else(|| unknown(&value))?
                }
                "embed" => route.embed = value == "1",
                "status" => {
                    for id in value.split(',').filter(|v| !v.is_empty()) {
                        route
                            .statuses
                            .insert(PartnershipStatus::from_id(id).ok_or_else(|| unknown(id))?);
                    }
                }
                "ties" => {
                    route.matching.ties =
                        TiePolicy::from_id(&value).ok_or_else(|| unknown(&value))?
                }
                "mode" => {
                    route.matching.mode =
                        Some(Mode::from_id(&value).ok_or_else(|| unknown(&value))?)
                }
                "peers" => route.matching.peers = value == "1",
                "cross" => route.matching.cross_continental = value == "1",
                "weights" => {
                    let numbers: Option<Vec<f64>> =
                        value.split(',').map(|w| w.parse().ok()).collect();
                    route.matching.weights = Some(
                        numbers
                            .as_deref()
                            .and_then(Weights::from_list)
                            .ok_or_else(|| unknown(&value))?,
                    );
                }
                _ => {}
            }
        }
        route.view = match view.as_str() {
            "list" => View::List,
            "matrix" => View::Matrix,
            "networks" => View::Networks,
            "sources" => View::Sources,
            "match" | "map" => match city {
                Some(id) if catalog.city(&id).is_none() => return Err(RouteError::UnknownCity(id)),
                city if view == "map" => View::Map(city),
                city => View::Match(city),
            },
            "memberships" => View::Memberships,
            "proposals" => View::Proposals,
            "embed-code" => {
                // The view to embed must itself be a view the app can show.
                let of = of.unwrap_or_else(|| "?".into());
                Route::parse(&of, catalog)?;
                View::EmbedCode(of)
            }
            "proposal" => {
                let id = proposal.ok_or(RouteError::MissingProposal)?;
                if !crate::proposals::exchange::is_id(&id) {
                    return Err(RouteError::UnknownValue {
                        param: "id".into(),
                        value: id,
                    });
                }
                View::Proposal(id)
            }
            "new-proposal" => {
                let cities: Vec<String> = city
                    .unwrap_or_default()
                    .split(',')
                    .filter(|c| !c.is_empty())
                    .map(String::from)
                    .collect();
                if let Some(unknown) = cities.iter().find(|c| catalog.city(c).is_none()) {
                    return Err(RouteError::UnknownCity(unknown.clone()));
                }
                View::NewProposal { cities, from }
            }
            "city" => {
                let id = city.ok_or(RouteError::MissingCity)?;
                if catalog.city(&id).is_none() {
                    return Err(RouteError::UnknownCity(id));
                }
                View::City(id)
            }
            other => return Err(RouteError::UnknownView(other.to_string())),
        };
        Ok(route)
    }

    /// The link to this route from `from`: the query alone on the same page, the other page's
    /// address with it otherwise.
    pub fn href(&self, from: Page) -> String {
        let query = self.to_query();
        let target = self.view.page();
        match (target == from, query.as_str()) {
            (true, _) => query,
            (false, "?") => target.file().to_string(),
            (false, _) => format!("{}{query}", target.file()),
        }
    }

    /// The query string for this route, starting with `?`; defaults are left out.
    pub fn to_query(&self) -> String {
        let mut params: Vec<(&str, String)> = Vec::new();
        if self.view != View::List {
            params.push(("view", self.view.id().to_string()));
        }
        match &self.view {
            View::City(id) | View::Match(Some(id)) | View::Map(Some(id)) => {
                params.push(("city", id.clone()))
            }
            View::Proposal(id) => params.push(("id", id.clone())),
            View::EmbedCode(of) => params.push(("of", of.clone())),
            View::NewProposal { cities, from } => {
                params.push(("city", cities.join(",")));
                params.push(("from", from.clone()));
            }
            _ => {}
        }
        for (facet, values) in self.filter.selections() {
            params.push((
                facet.param(),
                values.iter().cloned().collect::<Vec<_>>().join(","),
            ));
        }
        if self.filter.share.is_set() {
            let bound = |b: Option<u8>| b.map(|v| v.to_string()).unwrap_or_default();
            params.push((
                "share",
                format!(
                    "{}-{}",
                    bound(self.filter.share.min),
                    bound(self.filter.share.max)
                ),
            ));
        }
        if !self.filter.query.trim().is_empty() {
            params.push(("q", self.filter.query.clone()));
        }
        if self.sort != SortKey::Name {
            params.push(("sort", self.sort.id()));
        }
        let matching = &self.matching;
        if matching.ties != TiePolicy::default() {
            params.push(("ties", matching.ties.id().into()));
        }
        if let Some(mode) = matching.mode {
            params.push(("mode", mode.id().into()));
        }
        if matching.peers {
            params.push(("peers", "1".into()));
        }
        if matching.cross_continental {
            params.push(("cross", "1".into()));
        }
        if let Some(weights) = matching
            .weights
            .filter(|w| *w != Weights::for_mode(matching.mode))
        {
            params.push((
                "weights",
                weights
                    .to_list()
                    .map(|w| crate::format::decimal(w, 3, &crate::format::ENGLISH))
                    .join(","),
            ));
        }
        if !self.statuses.is_empty() {
            let ids: Vec<&str> = self.statuses.iter().map(|s| s.id()).collect();
            params.push(("status", ids.join(",")));
        }
        if self.embed {
            params.push(("embed", "1".into()));
        }
        let mut query = String::from("?");
        for (i, (key, value)) in params.iter().enumerate() {
            if i > 0 {
                query.push('&');
            }
            query.push_str(key);
            query.push('=');
            query.push_str(&encode(value));
        }
        query
    }
}

/// `10-30`, `10-` or `-30`.
fn parse_share(value: &str) -> Option<ShareRange> {
    let (min, max) = value.split_once('-')?;
    let bound = |text: &str| -> Option<Option<u8>> {
        if text.is_empty() {
            Some(None)
        } else {
            text.parse::<u8>().ok().filter(|v| *v <= 100).map(Some)
        }
    };
    let range = ShareRange {
        min: bound(min)?,
        max: bound(max)?,
    };
    match (range.min, range.max) {
        (Some(min), Some(max)) if min > max => None,
        _ => Some(range),
    }
}

fn parse_sort(value: &str, catalog: &Catalog) -> Option<SortKey> {
    match value {
        "name" => Some(SortKey::Name),
        "population" => Some(SortKey::Population),
        "migrant-share" => Some(SortKey::MigrantShare),
        "priorities" => Some(SortKey::Priorities),
        _ => {
            let sector = value.strip_prefix("sector:")?;
            catalog
                .sector(sector)
                .map(|s| SortKey::Sector(s.id.clone()))
        }
    }
}

fn pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
}

/// Percent-encodes everything but unreserved characters and the comma that separates values.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{byte:02X}");
            }
        }
    }
    out
}

/// Decodes `+` and `%XX`; malformed escapes are kept as they are.
fn decode(value: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i..i + 3) {
            Some([b'%', high, low]) => hex(*high).zip(hex(*low)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_round_trips() {
        for text in ["zürich", "a b&c=d", "100%", "Évry, Tunis", ""] {
            assert_eq!(decode(&encode(text)), text);
        }
        assert_eq!(decode("%E2%82"), "\u{fffd}");
        assert_eq!(decode("50%"), "50%");
        assert_eq!(decode("%zz"), "%zz");
    }

    #[test]
    fn share_ranges() {
        assert_eq!(
            parse_share("10-30"),
            Some(ShareRange {
                min: Some(10),
                max: Some(30)
            })
        );
        assert_eq!(
            parse_share("10-"),
            Some(ShareRange {
                min: Some(10),
                max: None
            })
        );
        assert_eq!(
            parse_share("-5"),
            Some(ShareRange {
                min: None,
                max: Some(5)
            })
        );
        assert_eq!(parse_share("30-10"), None);
        assert_eq!(parse_share("x-10"), None);
        assert_eq!(parse_share("101-"), None);
    }
}
