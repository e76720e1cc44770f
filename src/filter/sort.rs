//! The orders of the list and the matrix.

use std::cell::OnceCell;
use std::cmp::{Ordering, Reverse};

use crate::data::{Catalog, City, Stance};
use crate::search::fold;

/// How the list and the matrix order their cities.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Name,
    /// Largest first; unknown last.
    Population,
    /// Highest first; unknown last.
    MigrantShare,
    /// Most priorities first.
    Priorities,
    /// Cities with expertise in the sector first, then investing, then need, then none.
    Sector(String),
}

impl SortKey {
    pub fn id(&self) -> String {
        match self {
            SortKey::Name => "name".into(),
            SortKey::Population => "population".into(),
            SortKey::MigrantShare => "migrant-share".into(),
            SortKey::Priorities => "priorities".into(),
            SortKey::Sector(sector) => format!("sector:{sector}"),
        }
    }
}

/// Orders city positions by `key`, breaking ties by name so the order never depends on the
/// order of the file.
pub fn sort(catalog: &Catalog, cities: &mut [usize], key: &SortKey) {
    sort_by_city(catalog, cities, |&i| i, key);
}

/// Orders items that each stand for a city (given by `city_of`, a position in
/// [`Catalog::cities`]) by `key`.
pub fn sort_by_city<T: Clone>(
    catalog: &Catalog,
    items: &mut [T],
    city_of: impl Fn(&T) -> usize,
    key: &SortKey,
) {
    let all = catalog.cities();
    // Each name folded once, when a comparison first needs it, not twice per comparison: by
    // name, at 10,000 cities, that was 280,000 allocations on every keystroke.
    let names: Vec<OnceCell<String>> = vec![OnceCell::new(); items.len()];
    let name = |i: usize| names[i].get_or_init(|| fold(&all[city_of(&items[i])].name));
    let mut order: Vec<usize> = (0..items.len()).collect();
    let sector_rank = |city: &City, sector: &str| -> u8 {
        // Expertise first: the sector sort answers "who can help with this?".
        city.priorities
            .iter()
            .filter(|p| p.sector == sector)
            .map(|p| match p.stance {
                Stance::Expertise => 0,
                Stance::Investing => 1,
                Stance::Need => 2,
            })
            .min()
            .unwrap_or(3)
    };
    crate::order::sort_by(&mut order, |&a, &b| {
        let (x, y) = (&all[city_of(&items[a])], &all[city_of(&items[b])]);
        let primary = match key {
            SortKey::Name => Ordering::Equal,
            SortKey::Population => (x.population.is_none(), Reverse(x.population))
                .cmp(&(y.population.is_none(), Reverse(y.population))),
            SortKey::MigrantShare => {
                let rank = |c: &City| c.migrant_share_pct.map(|s| Reverse((s * 100.0) as i64));
                (x.migrant_share_pct.is_none(), rank(x))
                    .cmp(&(y.migrant_share_pct.is_none(), rank(y)))
            }
            SortKey::Priorities => y.priorities.len().cmp(&x.priorities.len()),
            SortKey::Sector(sector) => sector_rank(x, sector).cmp(&sector_rank(y, sector)),
        };
        primary
            .then_with(|| name(a).cmp(name(b)))
            .then_with(|| x.id.cmp(&y.id))
    });
    let sorted: Vec<T> = order.iter().map(|&i| items[i].clone()).collect();
    items.clone_from_slice(&sorted);
}
