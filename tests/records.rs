//! The rules every stored record keeps, with proposals as the record: revisions that detect a
//! stale copy, tombstones that keep a deletion, revisions that cannot wrap, and capped,
//! located problems.

mod common;

use common::{T0, T1};
use passerelle::proposals::Proposal;
use passerelle::records::problems::{Path, ProblemKind, Problems, MAX_SHOWN};
use passerelle::records::{apply, bump, decode, encode, Change, Stored, Tombstone, MAX_REVISION};

fn at(revision: u64, title: &str) -> Proposal {
    let mut p = Proposal::new("p-one", T0);
    p.revision = revision;
    p.title = title.into();
    p
}

fn live(stored: Result<Stored<Proposal>, Stored<Proposal>>) -> Proposal {
    match stored {
        Ok(Stored::Live(p)) => p,
        other => panic!("expected a saved record, got {other:?}"),
    }
}

#[test]
fn a_save_counts_a_revision_and_a_stale_save_is_a_conflict() {
    let first = live(apply(None, Change::Save(at(0, "new"))));
    assert_eq!(first.revision, 1);
    let second = live(apply(
        Some(Stored::Live(first.clone())),
        Change::Save(at(1, "edited")),
    ));
    assert_eq!(second.revision, 2);
    let stale = apply(
        Some(Stored::Live(second.clone())),
        Change::Save(at(1, "from a stale tab")),
    );
    assert_eq!(
        stale,
        Err(Stored::Live(second)),
        "the stored copy comes back"
    );
}

#[test]
fn the_same_text_saved_from_a_stale_copy_is_no_conflict() {
    // A closing tab saved its last words; the tab that recovered them saves the same text.
    let stored = live(apply(None, Change::Save(at(4, "last words"))));
    let same = apply(
        Some(Stored::Live(stored.clone())),
        Change::Save(at(4, "last words")),
    );
    assert_eq!(live(same), stored);
    let other = apply(
        Some(Stored::Live(stored.clone())),
        Change::Save(at(4, "other words")),
    );
    assert_eq!(other, Err(Stored::Live(stored)));
}

#[test]
fn a_deletion_leaves_a_tombstone_that_a_stale_save_cannot_pass() {
    let stored = at(4, "to delete");
    let deleted = apply(
        Some(Stored::Live(stored)),
        Change::Delete {
            id: "p-one".into(),
            base: 4,
            at: T1.into(),
        },
    )
    .expect("deleted");
    let tombstone = Tombstone {
        id: "p-one".into(),
        revision: 5,
        deleted: T1.into(),
    };
    assert_eq!(deleted, Stored::Deleted(tombstone.clone()));
    // Another tab still typing in it, from revision 4: told, not silently restored.
    assert_eq!(
        apply(Some(deleted.clone()), Change::Save(at(4, "typing on"))),
        Err(Stored::Deleted(tombstone.clone()))
    );
    // Its user chose to keep their version: a save from the tombstone's revision restores it.
    let restored = live(apply(Some(deleted.clone()), Change::Save(at(5, "kept"))));
    assert_eq!((restored.revision, restored.title.as_str()), (6, "kept"));
    // Deleting again from a stale tab changes nothing.
    let again = Change::Delete {
        id: "p-one".into(),
        base: 2,
        at: T1.into(),
    };
    assert_eq!(apply(Some(deleted.clone()), again), Ok(deleted));
}

#[test]
fn revisions_never_wrap() {
    assert_eq!(bump(0), 1);
    assert_eq!(bump(MAX_REVISION), MAX_REVISION);
    assert_eq!(bump(u64::MAX), MAX_REVISION, "never back to 0");
    let near = live(apply(None, Change::Save(at(MAX_REVISION - 1, "x"))));
    assert_eq!(near.revision, MAX_REVISION);
}

#[test]
fn records_and_tombstones_are_stored_apart() {
    let record = Stored::Live(at(3, "kept"));
    assert_eq!(decode::<Proposal>(&encode(&record)), Some(record));
    let tombstone: Stored<Proposal> = Stored::Deleted(Tombstone {
        id: "p-one".into(),
        revision: 4,
        deleted: T1.into(),
    });
    assert_eq!(decode::<Proposal>(&encode(&tombstone)), Some(tombstone));
    // A record written before tombstones existed is the plain proposal.
    let plain = serde_json::to_string(&at(2, "older")).expect("JSON");
    assert_eq!(
        decode::<Proposal>(&plain),
        Some(Stored::Live(at(2, "older")))
    );
    assert_eq!(decode::<Proposal>("{\"something\": 1}"), None);
}

#[test]
fn problems_keep_the_first_fifty_and_count_the_rest() {
    let mut problems = Problems::default();
    let list = Path::default().field("proposals");
    for i in 0..500_000 {
        problems.push(
            list.item(i).field("title"),
            ProblemKind::TooLong { limit: 300 },
        );
    }
    assert_eq!(problems.shown.len(), MAX_SHOWN);
    assert_eq!(problems.more, 500_000 - MAX_SHOWN);
    assert_eq!(problems.shown[2].path.to_string(), "proposals[2].title");
}

#[test]
fn paths_cut_hostile_field_names() {
    let path = Path::default().field(&"x".repeat(10_000)).item(3);
    assert!(path.to_string().len() < 60, "{path}");
}
