//! The checks of the dataset's vocabularies: the values the code knows, and Table A1's sectors.

use std::collections::BTreeSet;

use super::checker::{ids, Checker, Issue};
use crate::data::model::*;
use crate::id::{Id, VariantArray};

/// The sector ids that embed links and saved proposals depend on.
pub const REQUIRED_SECTORS: [&str; 13] = [
    "youth-employment",
    "green-growth",
    "technology",
    "waste-management",
    "creative-industries",
    "tourism",
    "governance",
    "housing",
    "transport-infrastructure",
    "urban-security",
    "asylum-reception",
    "culture",
    "education-employability",
];

impl Checker<'_> {
    /// The dataset's vocabularies must list exactly the values the code knows, or the UI would
    /// show a value without a label.
    pub(super) fn check_vocabularies(&mut self) {
        let data = self.data;
        let missing: Vec<&str> = REQUIRED_SECTORS
            .iter()
            .copied()
            .filter(|id| !self.sectors.contains(id))
            .collect();
        if !missing.is_empty() {
            self.issue(
                "sectors",
                format!("missing required sectors: {}", missing.join(", ")),
            );
        }
        for (collection, definitions) in [
            ("stances", &data.stances),
            ("partnership_statuses", &data.partnership_statuses),
        ] {
            for (i, definition) in definitions.iter().enumerate() {
                let path = format!("{collection}[{i}]");
                self.text(&path, "name", &definition.name);
                self.text(&path, "description", &definition.description);
            }
        }
        let mut columns = BTreeSet::new();
        for (i, sector) in data.sectors.iter().enumerate() {
            let path = format!("sectors[{i}]");
            self.text(&path, "name", &sector.name);
            if !self.goals.contains(sector.goal.as_str()) {
                self.issue(
                    format!("{path}.goal"),
                    format!("unknown goal '{}'", sector.goal),
                );
            }
            if !(1..=REQUIRED_SECTORS.len() as u32).contains(&sector.table_a1_column)
                || !columns.insert(sector.table_a1_column)
            {
                self.issue(
                    format!("{path}.table_a1_column"),
                    format!(
                        "column {} is out of 1..=13 or used twice",
                        sector.table_a1_column
                    ),
                );
            }
            self.source(&format!("{path}.source"), &sector.source);
        }
        let expect = |name: &str, have: BTreeSet<&str>, want: Vec<&'static str>| -> Option<Issue> {
            let want: BTreeSet<&str> = want.into_iter().collect();
            (have != want).then(|| Issue {
                path: name.to_string(),
                message: format!(
                    "must list exactly: {}",
                    want.into_iter().collect::<Vec<_>>().join(", ")
                ),
            })
        };
        let checks = [
            expect(
                "stances",
                ids(&data.stances, |s| &s.id),
                Stance::VARIANTS.iter().map(|s| s.id()).collect(),
            ),
            expect(
                "collaboration_modes",
                ids(&data.collaboration_modes, |m| &m.id),
                Mode::VARIANTS.iter().map(|m| m.id()).collect(),
            ),
            expect(
                "partnership_statuses",
                ids(&data.partnership_statuses, |s| &s.id),
                PartnershipStatus::VARIANTS.iter().map(|s| s.id()).collect(),
            ),
            expect(
                "network_types",
                ids(&data.network_types, |t| &t.id),
                NetworkType::VARIANTS.iter().map(|t| t.id()).collect(),
            ),
        ];
        self.issues.extend(checks.into_iter().flatten());
    }
}
