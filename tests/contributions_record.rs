//! Self-described profiles as records of the device: stored and read back, counted in
//! revisions like proposals, checked without refusing a profile still being written.

mod common;

use common::contributions::kisumu;
use common::{catalog, T0};
use passerelle::contributions::{ProfileKind, SavedProfile};
use passerelle::records::problems::{Path, ProblemKind, Problems};
use passerelle::records::{apply, decode, encode, Change, Record, Stored, KINDS};

fn saved() -> SavedProfile {
    SavedProfile {
        profile: serde_json::from_value(kisumu()).expect("a profile"),
        revision: 0,
        created: T0.into(),
        updated: T0.into(),
    }
}

#[test]
fn profiles_have_a_store_of_their_own_beside_the_proposals() {
    assert_eq!(SavedProfile::KIND, "profiles");
    assert!(KINDS.contains(&"profiles") && KINDS.contains(&"proposals"));
}

#[test]
fn a_profile_is_stored_and_read_back_and_a_stale_save_is_a_conflict() {
    let first = match apply(None, Change::Save(saved())) {
        Ok(Stored::Live(p)) => p,
        other => panic!("expected a saved profile, got {other:?}"),
    };
    assert_eq!(first.revision, 1);
    let stored = Stored::Live(first.clone());
    assert_eq!(
        decode::<SavedProfile>(&encode(&stored)),
        Some(stored.clone())
    );
    let mut stale = saved();
    stale.profile.name = "Kisumu City".into();
    assert!(apply(Some(stored), Change::Save(stale)).is_err());
}

#[test]
fn a_change_dates_the_description() {
    let mut record = saved();
    record.touch("2026-12-01T08:00:00.000Z".into());
    assert_eq!(record.profile.date, "2026-12-01");
    assert_eq!(record.updated(), "2026-12-01T08:00:00.000Z");
}

#[test]
fn a_profile_being_written_is_stored_but_a_wrong_reference_is_a_problem() {
    let catalog = catalog();
    let taken: Vec<&str> = catalog.cities().iter().map(|c| c.id.as_str()).collect();
    let fresh = SavedProfile::new("Kisumu", ProfileKind::City, &taken, 7, T0);
    assert_eq!(fresh.profile.id, "kisumu");
    let mut problems = Problems::default();
    fresh.check(Some(&catalog), &Path::default(), &mut problems);
    assert!(problems.is_empty(), "{problems:?}");

    let mut wrong = saved();
    wrong.profile.priorities[0].sector = "space-travel".into();
    wrong.check(Some(&catalog), &Path::default(), &mut problems);
    assert_eq!(
        problems.shown.iter().map(|p| &p.kind).collect::<Vec<_>>(),
        [&ProblemKind::UnknownSector("space-travel".into())]
    );
}

#[test]
fn the_editor_keeps_a_profile_within_its_limits() {
    let mut record = saved();
    record.profile.name = "x".repeat(5_000);
    record.profile.priorities[0].text = "é".repeat(10_000);
    record.clamp();
    assert_eq!(record.profile.name.chars().count(), 200);
    assert_eq!(record.profile.priorities[0].text.chars().count(), 2_000);
}
