//! Reading an address from a query string. Unknown parameters are ignored, so tracking
//! parameters added by other sites do not break a link; unknown values of known parameters are
//! errors, so a mistyped id is reported instead of silently dropped.

use super::screen::{Page, Screen};
use super::state::{Address, AddressError};
use crate::data::{Catalog, Mode, PartnershipStatus};
use crate::filter::{facet_values, Facet, ShareRange, SortKey};
use crate::id::Id;
use crate::matching::{TiePolicy, Weights};

/// The parameters that name the screen, read before the screen is decided.
#[derive(Default)]
struct ScreenParams {
    view: Option<String>,
    city: Option<String>,
    id: Option<String>,
    from: Option<String>,
    of: Option<String>,
}

impl Address {
    /// Reads a query string (with or without the leading `?`) of the Explore page.
    pub fn parse(query: &str, catalog: &Catalog) -> Result<Address, AddressError> {
        Address::parse_on(Page::Explore, query, catalog)
    }

    /// Reads a query string of `page`: without a view, the address is the page's own first
    /// screen ([`Page::home`]).
    pub fn parse_on(page: Page, query: &str, catalog: &Catalog) -> Result<Address, AddressError> {
        let mut address = Address::default();
        let mut params = ScreenParams::default();
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let unknown = |value: &str| AddressError::UnknownValue {
                param: key.to_string(),
                value: value.to_string(),
            };
            if let Some(facet) = Facet::from_id(&key) {
                let known = facet_values(catalog, facet);
                let values: Vec<String> = split_list(&value).map(String::from).collect();
                if let Some(bad) = values.iter().find(|v| !known.contains(&v.as_str())) {
                    return Err(unknown(bad));
                }
                address.filter.set(facet, values);
                continue;
            }
            let value = value.into_owned();
            match &*key {
                "view" => params.view = Some(value),
                "city" => params.city = Some(value),
                "id" => params.id = Some(value),
                "from" => params.from = Some(value),
                "of" => params.of = Some(value),
                "q" => address.filter.query = value,
                "share" => {
                    address.filter.share = parse_share(&value).ok_or_else(|| unknown(&value))?
                }
                "sort" => {
                    address.sort = parse_sort(&value, catalog).ok_or_else(|| unknown(&value))?
                }
                "embed" => address.embed = value == "1",
                "status" => {
                    for id in split_list(&value) {
                        let status = PartnershipStatus::from_id(id).ok_or_else(|| unknown(id))?;
                        address.statuses.insert(status);
                    }
                }
                "ties" => {
                    address.matching.ties =
                        TiePolicy::from_id(&value).ok_or_else(|| unknown(&value))?
                }
                "mode" => {
                    address.matching.mode =
                        Some(Mode::from_id(&value).ok_or_else(|| unknown(&value))?)
                }
                "peers" => address.matching.peers = value == "1",
                "cross" => address.matching.cross_continental = value == "1",
                "weights" => {
                    let numbers: Option<Vec<f64>> = split_list(&value)
                        .map(crate::format::read_decimal)
                        .collect();
                    let weights = numbers.as_deref().and_then(Weights::from_list);
                    address.matching.weights = Some(weights.ok_or_else(|| unknown(&value))?);
                }
                _ => {}
            }
        }
        address.screen = match params.view.take() {
            None => page.home(),
            Some(view) => screen(&view, params, catalog)?,
        };
        Ok(address)
    }
}

/// The values of a list parameter, separated by commas.
fn split_list(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').filter(|v| !v.is_empty())
}

fn known_city(catalog: &Catalog, id: String) -> Result<String, AddressError> {
    match catalog.city(&id) {
        Some(_) => Ok(id),
        None => Err(AddressError::UnknownCity(id)),
    }
}

fn screen(view: &str, params: ScreenParams, catalog: &Catalog) -> Result<Screen, AddressError> {
    let city = |catalog| {
        params
            .city
            .clone()
            .map(|id| known_city(catalog, id))
            .transpose()
    };
    Ok(match view {
        "list" => Screen::List,
        "matrix" => Screen::Matrix,
        "networks" => Screen::Networks,
        "sources" => Screen::Sources,
        "memberships" => Screen::Memberships,
        "proposals" => Screen::Proposals,
        "sessions" => Screen::Sessions,
        // A session link without an id shows the list of sessions.
        "session" => match params.id {
            Some(id) if crate::records::checks::is_id(&id) => Screen::Session(id),
            Some(id) => {
                return Err(AddressError::UnknownValue {
                    param: "id".into(),
                    value: id,
                })
            }
            None => Screen::Sessions,
        },
        "contribute" => Screen::Contribute,
        "profile" => {
            let id = params.id.ok_or(AddressError::MissingProfile)?;
            if !crate::data::validate::is_slug(&id) {
                return Err(AddressError::UnknownValue {
                    param: "id".into(),
                    value: id,
                });
            }
            Screen::Profile(id)
        }
        "match" => Screen::Match(city(catalog)?),
        "map" => Screen::Map(city(catalog)?),
        "city" => {
            let id = params.city.ok_or(AddressError::MissingCity)?;
            Screen::City(known_city(catalog, id)?)
        }
        "embed-code" => {
            // The screen to embed must itself be one the app can show.
            let of = params.of.unwrap_or_else(|| "?".into());
            Address::parse(&of, catalog)?;
            Screen::EmbedCode(of)
        }
        "proposal" => {
            let id = params.id.ok_or(AddressError::MissingProposal)?;
            if !crate::records::checks::is_id(&id) {
                return Err(AddressError::UnknownValue {
                    param: "id".into(),
                    value: id,
                });
            }
            Screen::Proposal(id)
        }
        "new-proposal" => {
            let cities = split_list(params.city.as_deref().unwrap_or_default())
                .map(|id| known_city(catalog, id.to_string()))
                .collect::<Result<_, _>>()?;
            let from = params.from.unwrap_or_else(|| "empty".into());
            Screen::NewProposal { cities, from }
        }
        other => return Err(AddressError::UnknownView(other.to_string())),
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_ranges() {
        let range = |min, max| Some(ShareRange { min, max });
        assert_eq!(parse_share("10-30"), range(Some(10), Some(30)));
        assert_eq!(parse_share("10-"), range(Some(10), None));
        assert_eq!(parse_share("-5"), range(None, Some(5)));
        assert_eq!(parse_share("30-10"), None);
        assert_eq!(parse_share("x-10"), None);
        assert_eq!(parse_share("101-"), None);
    }
}
