//! Merging a checked contribution into the dataset, for maintainers: each profile becomes a city
//! (or updates one, when told how to settle a conflict), each correction changes its fact, and
//! every merged fact cites the `contribution` document with who and when. The result must pass
//! the dataset's own checks, or nothing is merged.

use std::fmt;

use strum::{IntoStaticStr, VariantArray};
use thiserror::Error;

use super::check::duplicate_of;
use super::corrections::{apply, parse_path, Correction, Edit, Field};
use super::file::Contribution;
use super::problems::ProblemKind;
use super::profile::{NetworkRef, Profile};
use crate::data::validate::{self, Issue};
use crate::data::{
    Catalog, City, Dataset, Document, Note, NoteKind, Priority, SourceRef, CONTRIBUTION_DOC,
};

/// What to do with a profile whose id, or name, is a dataset city's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum OnConflict {
    /// Merge nothing and list the conflicts.
    #[default]
    Refuse,
    /// Leave the dataset city as it is.
    Skip,
    /// The profile's facts replace the city's on the points the profile states; the city's other
    /// facts stay.
    Replace,
}

/// A profile that names a city the dataset has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub profile: String,
    pub city: String,
    /// Same id, or only the same name.
    pub same_id: bool,
}

/// One line of the merge's diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    AddedDocument,
    AddedCity {
        id: String,
        name: String,
    },
    Fact {
        path: String,
        old: String,
        new: String,
    },
    Joined {
        network: String,
        city: String,
    },
    /// A new network named by a profile: a maintainer adds it by hand, with a source.
    NetworkLeftOut {
        profile: String,
        name: String,
    },
    Skipped(Conflict),
    AddedNote {
        id: String,
    },
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Change::AddedDocument => write!(f, "+ sources/{CONTRIBUTION_DOC}"),
            Change::AddedCity { id, name } => write!(f, "+ cities/{id} ({name})"),
            Change::Fact { path, old, new } => write!(f, "~ {path}: {old} -> {new}"),
            Change::Joined { network, city } => write!(f, "+ networks/{network}/members: {city}"),
            Change::NetworkLeftOut { profile, name } => write!(
                f,
                "! profile {profile} names the network {name:?}, which the dataset lacks: not merged"
            ),
            Change::Skipped(c) => write!(f, "= profile {} skipped: city {} exists", c.profile, c.city),
            Change::AddedNote { id } => write!(f, "+ notes/{id}"),
        }
    }
}

/// The merged dataset and what changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub dataset: Dataset,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MergeError {
    #[error("{} profile(s) name cities the dataset has ({}); choose --on-conflict skip or replace", .0.len(), .0.iter().map(|c| format!("{} = {}", c.profile, c.city)).collect::<Vec<_>>().join(", "))]
    Conflicts(Vec<Conflict>),
    #[error("{path}: {problem}")]
    Correction { path: String, problem: ProblemKind },
    #[error("the merged dataset would fail validation: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Issue>),
}

fn contribution_source(who: &str, when: &str) -> SourceRef {
    SourceRef {
        doc: CONTRIBUTION_DOC.into(),
        section: Some(format!("{who}, {when}")),
    }
}

fn document() -> Document {
    Document {
        id: CONTRIBUTION_DOC.into(),
        title: Some("Contributions to the Passerelle dataset".into()),
        subtitle: None,
        description: Some("Facts that cities and partner organisations stated about themselves, and corrections they proposed, merged by the dataset's maintainers; each cites who contributed it and when.".into()),
        authors: Vec::new(),
        publisher: None,
        date: None,
        kind: "Contribution".into(),
        licence: None,
        file: String::new(),
    }
}

/// The dataset with `contribution` merged, checked with the same rules as `validate`.
pub fn merge(
    catalog: &Catalog,
    contribution: &Contribution,
    on_conflict: OnConflict,
) -> Result<Merged, MergeError> {
    let conflicts: Vec<Conflict> = contribution
        .profiles
        .iter()
        .filter_map(|p| conflict(p, catalog))
        .collect();
    if !conflicts.is_empty() && on_conflict == OnConflict::Refuse {
        return Err(MergeError::Conflicts(conflicts));
    }
    let mut dataset = catalog.data().clone();
    let mut changes = Vec::new();
    for profile in &contribution.profiles {
        let source = contribution_source(&contribution.contributor, &profile.date);
        let found = conflicts.iter().find(|c| c.profile == profile.id);
        let city = match (found, on_conflict) {
            (Some(c), OnConflict::Replace) => {
                update(&mut dataset, &c.city, profile, &source, &mut changes)?;
                c.city.clone()
            }
            (Some(c), _) => {
                changes.push(Change::Skipped(c.clone()));
                continue;
            }
            (None, _) => {
                changes.push(Change::AddedCity {
                    id: profile.id.clone(),
                    name: profile.name.clone(),
                });
                changes.extend(profile.priorities.iter().map(|p| Change::Fact {
                    path: format!("cities/{}/priorities/{}", profile.id, p.sector),
                    old: "null".into(),
                    new: format!("{:?} {:?}", p.stance, p.text),
                }));
                dataset.cities.push(profile.to_city(&source));
                profile.id.clone()
            }
        };
        join_networks(&mut dataset, profile, &city, &mut changes);
    }
    for correction in &contribution.corrections {
        correct(&mut dataset, correction, &mut changes)?;
    }
    // The facts merged cite the contribution document: the dataset lists it once it has any.
    let cited = changes
        .iter()
        .any(|c| !matches!(c, Change::Skipped(_) | Change::NetworkLeftOut { .. }));
    if cited && !dataset.sources.iter().any(|d| d.id == CONTRIBUTION_DOC) {
        dataset.sources.push(document());
        changes.insert(0, Change::AddedDocument);
    }
    let issues = validate::check(&dataset);
    if issues.is_empty() {
        Ok(Merged { dataset, changes })
    } else {
        Err(MergeError::Invalid(issues))
    }
}

fn conflict(profile: &Profile, catalog: &Catalog) -> Option<Conflict> {
    if catalog.city(&profile.id).is_some() {
        return Some(Conflict {
            profile: profile.id.clone(),
            city: profile.id.clone(),
            same_id: true,
        });
    }
    duplicate_of(profile, catalog).map(|city| Conflict {
        profile: profile.id.clone(),
        city: city.id.clone(),
        same_id: false,
    })
}

fn city_mut<'a>(
    dataset: &'a mut Dataset,
    id: &str,
    path: &str,
) -> Result<&'a mut City, MergeError> {
    dataset
        .cities
        .iter_mut()
        .find(|c| c.id == id)
        .ok_or_else(|| MergeError::Correction {
            path: path.to_string(),
            problem: ProblemKind::UnknownCity(id.to_string()),
        })
}

/// The profile's facts replace the city's on each point it states.
fn update(
    dataset: &mut Dataset,
    id: &str,
    profile: &Profile,
    source: &SourceRef,
    changes: &mut Vec<Change>,
) -> Result<(), MergeError> {
    let city = city_mut(dataset, id, &format!("cities/{id}"))?;
    let mut edits = vec![
        (Field::Name, Edit::Text(profile.name.clone())),
        (Field::Country, Edit::Text(profile.country.clone())),
        (Field::CountryCode, Edit::Text(profile.country_code.clone())),
        (Field::Continent, Edit::Continent(profile.continent)),
        (Field::Languages, Edit::Languages(profile.languages.clone())),
    ];
    if let Some(location) = profile.location {
        edits.push((Field::Lat, Edit::Number(location.lat)));
        edits.push((Field::Lon, Edit::Number(location.lon)));
    }
    if let Some(facts) = profile
        .facts
        .as_ref()
        .filter(|_| profile.kind.has_table_facts())
    {
        edits.push((Field::Population, Edit::Count(facts.population)));
        edits.push((Field::MigrantShare, Edit::Number(facts.migrant_share_pct)));
        edits.push((Field::AsOf, Edit::Text(facts.as_of.clone())));
        edits.push((Field::MayorName, Edit::Text(facts.mayor.clone())));
        if let Some(year) = facts.mayor_since {
            edits.push((Field::MayorSince, Edit::Year(year)));
        }
    }
    let mut sectors: Vec<&str> = profile
        .priorities
        .iter()
        .map(|p| p.sector.as_str())
        .collect();
    sectors.sort_unstable();
    sectors.dedup();
    let mut extra = Vec::new();
    for sector in sectors {
        // The first statement replaces the city's; the others in the sector follow it.
        let mut stated = profile.priorities.iter().filter(|p| p.sector == sector);
        let first = stated.next().map(|p| (p.stance, p.text.clone()));
        edits.push((Field::Priority(sector.to_string()), Edit::Priority(first)));
        extra.extend(stated.map(|p| Priority {
            sector: p.sector.clone(),
            stance: p.stance,
            text: p.text.clone(),
            source: source.clone(),
        }));
    }
    for (field, edit) in edits {
        let path = format!("cities/{id}/{}", field_name(&field));
        let (old, new) =
            apply(city, &field, edit, source).map_err(|problem| MergeError::Correction {
                path: path.clone(),
                problem,
            })?;
        if old != new {
            changes.push(Change::Fact { path, old, new });
        }
    }
    city.priorities.extend(extra);
    Ok(())
}

/// The field as a correction's path writes it.
fn field_name(field: &Field) -> String {
    match field {
        Field::Name => "name".into(),
        Field::Country => "country".into(),
        Field::CountryCode => "country_code".into(),
        Field::Continent => "continent".into(),
        Field::Lat => "lat".into(),
        Field::Lon => "lon".into(),
        Field::Languages => "languages".into(),
        Field::Population => "population".into(),
        Field::MigrantShare => "migrant_share_pct".into(),
        Field::AsOf => "as_of".into(),
        Field::MayorName => "mayor/name".into(),
        Field::MayorSince => "mayor/since".into(),
        Field::Priority(sector) => format!("priorities/{sector}"),
    }
}

fn join_networks(dataset: &mut Dataset, profile: &Profile, city: &str, changes: &mut Vec<Change>) {
    for network in &profile.networks {
        match network {
            NetworkRef::Dataset(id) => {
                let found = dataset.networks.iter_mut().find(|n| &n.id == id);
                if let Some(n) = found.filter(|n| !n.members.iter().any(|m| m == city)) {
                    n.members.push(city.to_string());
                    changes.push(Change::Joined {
                        network: id.clone(),
                        city: city.to_string(),
                    });
                }
            }
            NetworkRef::New(name) => changes.push(Change::NetworkLeftOut {
                profile: profile.id.clone(),
                name: name.clone(),
            }),
        }
    }
}

/// Applies one correction and records it in a note, so that "About the data" says what changed,
/// why, and on whose word.
fn correct(
    dataset: &mut Dataset,
    correction: &Correction,
    changes: &mut Vec<Change>,
) -> Result<(), MergeError> {
    let fail = |problem| MergeError::Correction {
        path: correction.path.clone(),
        problem,
    };
    let (id, field) = parse_path(&correction.path).map_err(fail)?;
    let edit = field.edit(&correction.value).map_err(fail)?;
    let source = contribution_source(&correction.who, &correction.when);
    let city = city_mut(dataset, &id, &correction.path)?;
    let (old, new) = apply(city, &field, edit, &source).map_err(fail)?;
    let note_id = (1..)
        .map(|n| format!("correction-{id}-{n}"))
        .find(|candidate| !dataset.notes.iter().any(|note| &note.id == candidate))
        .unwrap_or_default();
    let reference = if correction.reference.trim().is_empty() {
        String::new()
    } else {
        format!(" Reference: {}", correction.reference.trim())
    };
    dataset.notes.push(Note {
        id: note_id.clone(),
        kind: NoteKind::Correction,
        text: format!(
            "{} was corrected from {old} to {new} on the word of {} ({}): {}{reference}",
            correction.path,
            correction.who.trim(),
            correction.when,
            correction.reason.trim(),
        ),
        sources: vec![source],
    });
    changes.push(Change::Fact {
        path: correction.path.clone(),
        old,
        new,
    });
    changes.push(Change::AddedNote { id: note_id });
    Ok(())
}
