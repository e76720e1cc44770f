//! A checked dataset with the indexes every view needs: lookups by id and, per city, its
//! networks and partnerships.

use std::collections::BTreeMap;

use super::model::*;

/// A dataset that passed [`super::validate::check`]; every id it refers to resolves.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    data: Dataset,
    cities: BTreeMap<String, usize>,
    sectors: BTreeMap<String, usize>,
    networks: BTreeMap<String, usize>,
    funding: BTreeMap<String, usize>,
    /// For each city (by position), the positions of the networks it belongs to.
    memberships: Vec<Vec<usize>>,
    /// For each city (by position), the positions of the partnerships it takes part in.
    ties: Vec<Vec<usize>>,
    /// Each country code with the position of its first city: its name without a pass over
    /// every city (a list of thousands names a country per card).
    countries: BTreeMap<String, usize>,
    /// The country codes in order of their names, for the country filter.
    country_order: Vec<String>,
    /// For each city (by position), its country's place in `country_order`, and the position
    /// of each of its priorities' sectors: the filter counts by place on every keystroke.
    country_places: Vec<Option<usize>>,
    priority_sectors: Vec<Vec<Option<usize>>>,
}

fn index<T>(items: &[T], id: impl Fn(&T) -> &str) -> BTreeMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (id(item).to_string(), i))
        .collect()
}

impl Catalog {
    pub(super) fn new(data: Dataset) -> Self {
        let cities = index(&data.cities, |c| &c.id);
        let mut memberships = vec![Vec::new(); data.cities.len()];
        for (n, network) in data.networks.iter().enumerate() {
            for member in &network.members {
                if let Some(&c) = cities.get(member) {
                    memberships[c].push(n);
                }
            }
        }
        let mut ties = vec![Vec::new(); data.cities.len()];
        for (p, partnership) in data.partnerships.iter().enumerate() {
            for city in &partnership.cities {
                if let Some(&c) = cities.get(city) {
                    ties[c].push(p);
                }
            }
        }
        let mut countries = BTreeMap::new();
        for (i, city) in data.cities.iter().enumerate() {
            countries.entry(city.country_code.clone()).or_insert(i);
        }
        let mut named: Vec<(&str, &str)> = countries
            .iter()
            .map(|(code, &i)| (data.cities[i].country.as_str(), code.as_str()))
            .collect();
        crate::order::sort_by(&mut named, Ord::cmp);
        let country_order: Vec<String> = named
            .into_iter()
            .map(|(_, code)| code.to_string())
            .collect();
        let places = index(&country_order, |code| code);
        let country_places = data
            .cities
            .iter()
            .map(|c| places.get(&c.country_code).copied())
            .collect();
        let sectors = index(&data.sectors, |s| &s.id);
        let priority_sectors = data
            .cities
            .iter()
            .map(|c| {
                c.priorities
                    .iter()
                    .map(|p| sectors.get(&p.sector).copied())
                    .collect()
            })
            .collect();
        Catalog {
            countries,
            country_order,
            country_places,
            priority_sectors,
            sectors,
            networks: index(&data.networks, |n| &n.id),
            funding: index(&data.funding, |f| &f.id),
            cities,
            memberships,
            ties,
            data,
        }
    }

    /// A catalog with nothing in it: a page that works without the dataset (the Workspace's
    /// proposals) uses it when the dataset cannot be loaded, so ids stand for names.
    pub fn empty() -> Catalog {
        Catalog::new(Dataset::default())
    }

    pub fn data(&self) -> &Dataset {
        &self.data
    }

    pub fn cities(&self) -> &[City] {
        &self.data.cities
    }

    pub fn sectors(&self) -> &[Sector] {
        &self.data.sectors
    }

    pub fn networks(&self) -> &[Network] {
        &self.data.networks
    }

    pub fn partnerships(&self) -> &[Partnership] {
        &self.data.partnerships
    }

    /// Every city as (id, name), in dataset order, for pickers.
    pub fn city_choices(&self) -> Vec<(String, String)> {
        self.data
            .cities
            .iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .collect()
    }

    /// Every sector id, in Table A1 order.
    pub fn sector_ids(&self) -> Vec<String> {
        self.data.sectors.iter().map(|s| s.id.clone()).collect()
    }

    /// The dataset's name of a country, by code.
    pub fn country_name(&self, code: &str) -> Option<&str> {
        self.countries
            .get(code)
            .map(|&i| self.data.cities[i].country.as_str())
    }

    /// Every country code, in order of the countries' names.
    pub fn country_codes(&self) -> &[String] {
        &self.country_order
    }

    /// The place of the country of the city at `position` in [`Catalog::country_codes`].
    pub fn country_place(&self, position: usize) -> Option<usize> {
        self.country_places.get(position).copied().flatten()
    }

    /// For each priority of the city at `position`, its sector's position in
    /// [`Catalog::sectors`].
    pub fn priority_sectors(&self, position: usize) -> &[Option<usize>] {
        self.priority_sectors
            .get(position)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    pub fn city(&self, id: &str) -> Option<&City> {
        self.cities.get(id).map(|&i| &self.data.cities[i])
    }

    /// The position of a city in [`Catalog::cities`].
    pub fn city_index(&self, id: &str) -> Option<usize> {
        self.cities.get(id).copied()
    }

    /// The positions of a partnership's cities in [`Catalog::cities`].
    pub fn members<'a>(&'a self, partnership: &'a Partnership) -> impl Iterator<Item = usize> + 'a {
        partnership.cities.iter().filter_map(|c| self.city_index(c))
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.get(id).map(|&i| &self.data.sectors[i])
    }

    pub fn network(&self, id: &str) -> Option<&Network> {
        self.networks.get(id).map(|&i| &self.data.networks[i])
    }

    pub fn funding(&self, id: &str) -> Option<&Funding> {
        self.funding.get(id).map(|&i| &self.data.funding[i])
    }

    pub fn document(&self, id: &str) -> Option<&Document> {
        self.data.sources.iter().find(|d| d.id == id)
    }

    pub fn term<'a>(&self, terms: &'a [Term], id: &str) -> Option<&'a Term> {
        terms.iter().find(|t| t.id == id)
    }

    /// The networks a city belongs to, in dataset order.
    pub fn memberships(&self, city: &str) -> impl Iterator<Item = &Network> {
        self.city_index(city)
            .into_iter()
            .flat_map(|c| self.memberships_at(c))
    }

    /// The same for the city at `position` in [`Catalog::cities`], without a lookup by id.
    pub fn memberships_at(&self, position: usize) -> impl Iterator<Item = &Network> {
        self.network_positions(position)
            .iter()
            .map(|&n| &self.data.networks[n])
    }

    /// The positions in [`Catalog::networks`] of the networks the city at `position` belongs to.
    pub fn network_positions(&self, position: usize) -> &[usize] {
        self.memberships
            .get(position)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The partnerships a city takes part in, in dataset order.
    pub fn partnerships_of(&self, city: &str) -> impl Iterator<Item = &Partnership> {
        self.city_index(city)
            .map(|c| self.ties[c].as_slice())
            .unwrap_or_default()
            .iter()
            .map(|&p| &self.data.partnerships[p])
    }
}
