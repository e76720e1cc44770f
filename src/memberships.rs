//! Who belongs to which network, as a grid: the channels two cities already share are the
//! columns where both their rows are marked.

use std::collections::BTreeSet;

use crate::data::Catalog;
use crate::filter::{self, SortKey};

#[derive(Debug, Clone, PartialEq)]
pub struct MembershipGrid {
    /// Positions in [`Catalog::networks`] of the networks whose members the sources name.
    pub networks: Vec<usize>,
    /// Positions in [`Catalog::cities`] of the listed cities that belong to one of them,
    /// Dialogue participants first, then by name.
    pub cities: Vec<usize>,
    /// `members[row]` holds the columns (indexes into `networks`) city `cities[row]` is in.
    pub members: Vec<BTreeSet<usize>>,
}

impl MembershipGrid {
    /// The grid for the cities at `listed` (the list's filters).
    pub fn build(catalog: &Catalog, listed: &[usize]) -> MembershipGrid {
        let networks: Vec<usize> = (0..catalog.networks().len())
            .filter(|&n| !catalog.networks()[n].members.is_empty())
            .collect();
        let columns_of = |c: usize| -> BTreeSet<usize> {
            let id = &catalog.cities()[c].id;
            (0..networks.len())
                .filter(|&column| catalog.networks()[networks[column]].members.contains(id))
                .collect()
        };
        let mut members_listed: Vec<usize> = listed
            .iter()
            .copied()
            .filter(|&c| !columns_of(c).is_empty())
            .collect();
        filter::sort(catalog, &mut members_listed, &SortKey::Name);
        let (mut cities, partners): (Vec<usize>, Vec<usize>) = members_listed
            .into_iter()
            .partition(|&c| catalog.cities()[c].participant);
        cities.extend(partners);
        let members = cities.iter().map(|&c| columns_of(c)).collect();
        MembershipGrid {
            networks,
            cities,
            members,
        }
    }

    /// How many memberships the grid marks.
    pub fn count(&self) -> usize {
        self.members.iter().map(BTreeSet::len).sum()
    }
}

/// The networks (positions in [`Catalog::networks`]) both cities belong to.
pub fn shared_networks(catalog: &Catalog, a: &str, b: &str) -> Vec<usize> {
    catalog
        .networks()
        .iter()
        .enumerate()
        .filter(|(_, n)| n.members.iter().any(|m| m == a) && n.members.iter().any(|m| m == b))
        .map(|(i, _)| i)
        .collect()
}
