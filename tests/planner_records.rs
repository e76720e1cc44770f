//! A workshop session as a stored record: it is kept like a proposal (revisions, conflicts,
//! tombstones), read back through the records' reader with its plan, tidied when the
//! facilitator takes something away, planned again after each change, and an import whose id
//! is already on the device never overwrites it.

mod common;

use passerelle::data::{self, Catalog};
use passerelle::matching::MatchIndex;
use passerelle::planner::{self, arrival, Absence, Arrival, Break, Edit, MeetingLock, Session};
use passerelle::records::problems::{Path, ProblemKind, Problems};
use passerelle::records::{apply, decode, encode, Change, Record, Stored, KINDS};

const NOW: &str = "2026-11-23T08:00:00.000Z";

fn shipped() -> (Catalog, MatchIndex) {
    let catalog = data::load(&common::shipped_json()).expect("valid dataset");
    let index = MatchIndex::new(&catalog);
    (catalog, index)
}

/// Eight participants on two themes, two tables, three rounds, planned.
fn planned(catalog: &Catalog, index: &MatchIndex) -> Session {
    let mut session = Session::new("s-records", NOW);
    session.cities = catalog
        .cities()
        .iter()
        .filter(|c| c.participant)
        .take(8)
        .map(|c| c.id.clone())
        .collect();
    session.themes = vec!["waste-management".into(), "governance".into()];
    session.tables.count = 2;
    session.rounds.count = 3;
    planner::replan(catalog, index, &mut session).expect("plans");
    session
}

#[test]
fn sessions_have_a_store_of_their_own() {
    assert_eq!(Session::KIND, "sessions");
    assert!(KINDS.contains(&"sessions") && KINDS[0] == "proposals");
}

#[test]
fn a_stored_session_reads_back_with_its_plan() {
    let (catalog, index) = shipped();
    let session = planned(&catalog, &index);
    assert!(session.plan.is_some());
    let stored = Stored::Live(session.clone());
    assert_eq!(decode::<Session>(&encode(&stored)), Some(stored));
    let tombstone = apply(
        Some(Stored::Live(session.clone())),
        Change::Delete {
            id: session.id.clone(),
            base: session.revision,
            at: NOW.into(),
        },
    )
    .expect("deleted");
    assert_eq!(decode::<Session>(&encode(&tombstone)), Some(tombstone));
}

#[test]
fn a_save_from_a_stale_copy_is_a_conflict() {
    let (catalog, index) = shipped();
    let session = planned(&catalog, &index);
    let first = apply(None, Change::Save(session.clone())).expect("new");
    assert_eq!(first.revision(), 1);
    let mut stale = session.clone();
    stale.title = "Changed in another tab".into();
    let refused = apply(Some(first.clone()), Change::Save(stale));
    assert_eq!(refused, Err(first));
}

#[test]
fn a_sound_session_has_no_problems_and_a_bad_one_is_located() {
    let (catalog, index) = shipped();
    let mut session = planned(&catalog, &index);
    let mut problems = Problems::default();
    session.check(Some(&catalog), &Path::default(), &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    session.cities[1] = "atlantis".into();
    session.title = "x".repeat(400);
    session.check(Some(&catalog), &Path::default(), &mut problems);
    let found: Vec<String> = problems.shown.iter().map(ToString::to_string).collect();
    assert!(
        found.contains(&"title: TooLong { limit: 300 }".to_string()),
        "{found:?}"
    );
    assert!(
        found.contains(&"cities[1]: UnknownCity(\"atlantis\")".to_string()),
        "{found:?}"
    );
    assert!(problems
        .shown
        .iter()
        .all(|p| p.kind != ProblemKind::NotAnId));
    session.clamp();
    assert_eq!(session.title.chars().count(), 300);
}

#[test]
fn taking_a_city_or_a_round_away_drops_what_names_it() {
    let (catalog, index) = shipped();
    let mut session = planned(&catalog, &index);
    let (a, b, c) = (
        session.cities[0].clone(),
        session.cities[1].clone(),
        session.cities[2].clone(),
    );
    session.requested.push([a.clone(), b.clone()]);
    session.requested.push([b.clone(), c.clone()]);
    session.absences.push(Absence {
        city: a.clone(),
        round: 1,
    });
    session.absences.push(Absence {
        city: c.clone(),
        round: 2,
    });
    session.breaks.push(Break {
        before_round: 2,
        minutes: 10,
    });
    session.locks.meetings.push(MeetingLock {
        cities: [a.clone(), c.clone()],
        round: 0,
    });
    assert!(session.apply(Edit::MoveCity {
        city: a.clone(),
        slot: 0,
        table: 1
    }));
    session.cities.retain(|x| *x != a);
    session.rounds.count = 2;
    assert!(session.prune());
    assert_eq!(session.requested, vec![[b.clone(), c.clone()]]);
    assert!(session.absences.is_empty());
    assert!(session.breaks.is_empty());
    assert!(session.locks.meetings.is_empty() && session.locks.tables.is_empty());
    assert!(!session.prune(), "nothing more to drop");
}

#[test]
fn planning_again_follows_the_session_and_its_file_always_imports() {
    let (catalog, index) = shipped();
    let mut session = planned(&catalog, &index);
    let gone = session.cities.remove(3);
    session.locks.meetings.push(MeetingLock {
        cities: [gone.clone(), session.cities[0].clone()],
        round: 0,
    });
    planner::replan(&catalog, &index, &mut session).expect("plans again");
    let plan = session.plan.clone().expect("a plan");
    assert!(plan
        .rounds
        .iter()
        .all(|r| r.meetings.iter().all(|m| !m.has(&gone))));
    assert_eq!(
        planner::parse(&planner::export(&session, NOW), &catalog),
        Ok(session.clone())
    );

    // Settings no plan can meet leave the session without a plan, never with a stale one.
    session.tables.max_size = 2;
    assert!(planner::replan(&catalog, &index, &mut session).is_err());
    assert_eq!(session.plan, None);
    assert!(planner::parse(&planner::export(&session, NOW), &catalog).is_err());
}

#[test]
fn an_import_never_overwrites_the_session_on_the_device() {
    let (catalog, index) = shipped();
    let session = planned(&catalog, &index);
    assert_eq!(arrival(&session, None), Arrival::New);
    let mut here = session.clone();
    here.revision = 7;
    assert_eq!(
        arrival(&session, Some(&Stored::Live(here.clone()))),
        Arrival::Same
    );
    here.title = "Renamed here".into();
    assert_eq!(arrival(&session, Some(&Stored::Live(here))), Arrival::Copy);
    let deleted = apply(
        Some(Stored::Live(session.clone())),
        Change::Delete {
            id: session.id.clone(),
            base: 0,
            at: NOW.into(),
        },
    )
    .expect("deleted");
    assert_eq!(arrival(&session, Some(&deleted)), Arrival::Copy);
    let copy = session.copy_as("s-copy", NOW);
    assert_eq!((copy.id.as_str(), copy.revision), ("s-copy", 0));
    assert_eq!(copy.plan, session.plan);
}
