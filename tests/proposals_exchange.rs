//! Proposals files: export and import, every check of a file with its typed, located problem,
//! hostile and damaged files, import planning, and the round trip of anything the editor can
//! produce.

mod common;

use common::proposals::fashion;
use common::{catalog, shipped_json, T0, T1};
use passerelle::data::synthetic::Rng;
use passerelle::proposals::exchange::{self, Resolution};
use passerelle::proposals::Proposal;
use passerelle::records::checks::is_timestamp;
use passerelle::records::exchange::ImportError;
use passerelle::records::problems::{Expected, Problem, ProblemKind, MAX_SHOWN};
use passerelle::records::{Record, Stored, Tombstone, MAX_REVISION};

fn problems(text: &str) -> Vec<Problem> {
    match exchange::parse(text, Some(&catalog())) {
        Err(ImportError::Invalid(problems)) => problems.shown,
        other => panic!("expected problems, got {other:?}"),
    }
}

/// The one problem of `fashion()` exported, with `change` made to its file.
fn problem_after(change: &dyn Fn(&mut serde_json::Value)) -> (String, ProblemKind) {
    let mut file: serde_json::Value =
        serde_json::from_str(&exchange::export(&[fashion()], T1)).expect("JSON");
    change(&mut file);
    let found = problems(&file.to_string());
    assert_eq!(found.len(), 1, "{found:?}");
    (found[0].path.to_string(), found[0].kind.clone())
}

fn in_proposal(change: impl Fn(&mut serde_json::Value)) -> impl Fn(&mut serde_json::Value) {
    move |file| change(&mut file["proposals"][0])
}

#[test]
fn export_then_import_gives_the_same_proposals() {
    let mut second = fashion();
    second.id = "p-second".into();
    second.title = "<img src=x onerror=alert(1)>".into();
    let file = exchange::export(&[fashion(), second.clone()], T1);
    let back = exchange::parse(&file, Some(&catalog())).expect("own export imports");
    assert_eq!(back, [fashion(), second]);
}

#[test]
fn broken_foreign_and_newer_files_are_refused() {
    let refused = |text: &str| exchange::parse(text, Some(&catalog())).expect_err("refused");
    assert!(matches!(
        refused("{\"format\": "),
        ImportError::NotJson { line: 1, .. }
    ));
    assert_eq!(refused(&shipped_json()), ImportError::Foreign);
    assert_eq!(refused("[1, 2, 3]"), ImportError::Foreign);
    assert_eq!(
        refused(r#"{"format": "passerelle-proposals", "version": 7, "proposals": []}"#),
        ImportError::NewerVersion(7)
    );
    assert!(matches!(
        refused(&"x".repeat(exchange::FORMAT.max_bytes + 1)),
        ImportError::TooLarge { .. }
    ));
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(
        matches!(refused(&deep), ImportError::NotJson { .. }),
        "nesting is bounded"
    );
}

/// A change made to a file, where the problem it causes is, and what it is.
type Case = (
    Box<dyn Fn(&mut serde_json::Value)>,
    &'static str,
    ProblemKind,
);

#[test]
fn each_problem_is_typed_and_located() {
    let cases: Vec<Case> = vec![
        (
            Box::new(in_proposal(|p| p["cities"][0]["city"] = "atlantis".into())),
            "proposals[0].cities[0].city",
            ProblemKind::UnknownCity("atlantis".into()),
        ),
        (
            Box::new(in_proposal(|p| p["id"] = "../../etc".into())),
            "proposals[0].id",
            ProblemKind::NotAnId,
        ),
        (
            Box::new(in_proposal(|p| p["status"] = "active".into())),
            "proposals[0].history",
            ProblemKind::History,
        ),
        (
            Box::new(in_proposal(|p| p["status"] = "finished".into())),
            "proposals[0].status",
            ProblemKind::UnknownValue("finished".into()),
        ),
        (
            Box::new(in_proposal(|p| p["title"] = "t".repeat(301).into())),
            "proposals[0].title",
            ProblemKind::TooLong { limit: 300 },
        ),
        (
            Box::new(in_proposal(|p| p["colour"] = "red".into())),
            "proposals[0].colour",
            ProblemKind::UnknownField("colour".into()),
        ),
        (
            Box::new(in_proposal(|p| p["milestones"][0]["date"] = "soon".into())),
            "proposals[0].milestones[0].date",
            ProblemKind::NotADate,
        ),
        (
            Box::new(in_proposal(|p| p["entry_points"][0] = "bribery".into())),
            "proposals[0].entry_points[0]",
            ProblemKind::UnknownValue("bribery".into()),
        ),
        (
            Box::new(in_proposal(|p| p["cities"][0]["contribution"] = 5.into())),
            "proposals[0].cities[0].contribution",
            ProblemKind::WrongType(Expected::Text),
        ),
        (
            Box::new(in_proposal(|p| {
                p.as_object_mut().map(|o| o.remove("created"));
            })),
            "proposals[0]",
            ProblemKind::Missing("created".into()),
        ),
        // The gaps the adversarial run found.
        (
            Box::new(in_proposal(|p| {
                p["created"] = "2026-01-01T99:99:99Z".into()
            })),
            "proposals[0].created",
            ProblemKind::NotADateTime,
        ),
        (
            Box::new(in_proposal(|p| {
                p["updated"] = "0000-01-01T00:00:00Z".into()
            })),
            "proposals[0].updated",
            ProblemKind::NotADateTime,
        ),
        (
            Box::new(in_proposal(|p| {
                p["updated"] = "2026-01-01T00:00:00Z<img src=x>".into()
            })),
            "proposals[0].updated",
            ProblemKind::NotADateTime,
        ),
        (
            Box::new(in_proposal(|p| p["revision"] = u64::MAX.into())),
            "proposals[0].revision",
            ProblemKind::NumberTooLarge {
                limit: MAX_REVISION,
            },
        ),
        (
            Box::new(|file| file["colour"] = "red".into()),
            "colour",
            ProblemKind::UnknownField("colour".into()),
        ),
        (
            Box::new(|file| file["exported_at"] = "yesterday".into()),
            "exported_at",
            ProblemKind::NotADateTime,
        ),
        (
            Box::new(|file| {
                let copy = file["proposals"][0].clone();
                if let Some(list) = file["proposals"].as_array_mut() {
                    list.push(copy);
                }
            }),
            "proposals[1].id",
            ProblemKind::DuplicateId("p-fashion".into()),
        ),
    ];
    for (change, path, kind) in cases {
        assert_eq!(problem_after(&*change), (path.to_string(), kind));
    }
}

#[test]
fn dates_and_times_exist_and_are_utc() {
    for good in [T0, "2026-11-23T10:00:00Z", "1970-01-01T00:00:00.5Z"] {
        assert!(is_timestamp(good), "{good}");
    }
    for bad in [
        "2026-11-23T24:00:00Z",
        "2026-02-30T10:00:00Z",
        "2026-11-23T10:00:00+01:00",
        "1969-12-31T23:59:59Z",
        "2026-11-23T10:00:00.Z",
        "2026-11-23 10:00:00Z",
        "+012026-11-23T10:00:00Z",
    ] {
        assert!(!is_timestamp(bad), "{bad}");
    }
}

/// The adversarial run's flood: 500,000 problems in a 7.5 MB file.
#[test]
fn a_flood_of_problems_is_capped() {
    let sectors = vec!["\"x\""; 100].join(",");
    let bad = format!(
        r#"{{"id":"X","revision":0,"created":"x","updated":"x","status":"idea","history":[],"sectors":[{sectors}]}}"#
    );
    let list = vec![bad; exchange::FORMAT.max_records].join(",");
    let file = format!(
        r#"{{"format":"passerelle-proposals","version":1,"exported_at":"{T1}","proposals":[{list}]}}"#
    );
    let started = std::time::Instant::now();
    match exchange::parse(&file, Some(&catalog())) {
        Err(ImportError::Invalid(problems)) => {
            assert_eq!(problems.shown.len(), MAX_SHOWN);
            assert!(problems.total() >= 500_000, "{}", problems.total());
        }
        other => panic!("expected problems, got {other:?}"),
    }
    assert!(started.elapsed().as_secs() < 10);
}

#[test]
fn without_the_dataset_references_are_not_checked() {
    let mut p = fashion();
    p.cities[0].city = "a-city-of-another-dataset".into();
    let file = exchange::export(&[p.clone()], T1);
    assert!(exchange::parse(&file, Some(&catalog())).is_err());
    assert_eq!(exchange::parse(&file, None), Ok(vec![p]));
}

#[test]
fn an_import_plans_new_unchanged_conflicting_and_deleted_ids() {
    let local = Proposal {
        revision: 7,
        ..fashion()
    };
    let mut edited = fashion();
    edited.title = "Changed elsewhere".into();
    let mut fresh = fashion();
    fresh.id = "p-fresh".into();
    fresh.revision = 3;
    let mut was_deleted = fashion();
    was_deleted.id = "p-gone".into();
    let existing = [
        Stored::Live(local.clone()),
        Stored::Deleted(Tombstone {
            id: "p-gone".into(),
            revision: 12,
            deleted: T1.into(),
        }),
    ];

    let plan = exchange::plan(vec![fresh, local.clone(), was_deleted], &existing);
    assert_eq!(
        plan.added
            .iter()
            .map(|p| (p.id.as_str(), p.revision))
            .collect::<Vec<_>>(),
        [("p-fresh", 0), ("p-gone", 12)],
        "each write carries the stored revision it replaces"
    );
    assert_eq!(plan.unchanged, ["p-fashion"]);

    let plan = exchange::plan(vec![edited], &existing);
    let conflict = &plan.conflicts[0];
    assert_eq!(
        exchange::resolve(conflict, Resolution::KeepMine, "p-new", T1),
        None
    );
    let theirs = exchange::resolve(conflict, Resolution::TakeTheirs, "p-new", T1).expect("write");
    assert_eq!(
        (theirs.id.as_str(), theirs.title.as_str(), theirs.revision),
        ("p-fashion", "Changed elsewhere", 7),
        "made from the local revision, so storage counts a new one and other tabs see it"
    );
    let both = exchange::resolve(conflict, Resolution::KeepBoth, "p-new", T1).expect("write");
    assert_eq!(
        (both.id.as_str(), both.revision, both.created.as_str()),
        ("p-new", 0, T1)
    );
}

/// Random damage to a valid file never panics, and whatever is accepted passes every rule.
#[test]
fn random_and_truncated_files_never_panic() {
    let catalog = catalog();
    let file = exchange::export(&[fashion()], T1);
    for cut in (0..file.len()).filter(|&c| file.is_char_boundary(c)) {
        assert!(
            exchange::parse(&file[..cut], Some(&catalog)).is_err(),
            "cut at {cut}"
        );
    }
    let mut random = Rng(42);
    let alphabet = b"{}[]\":,.0123456789abcxyzTZ-_ \\u\n";
    for _ in 0..5_000 {
        let mut bytes = file.clone().into_bytes();
        for _ in 0..1 + random.below(4) {
            let at = random.below(bytes.len());
            bytes[at] = alphabet[random.below(alphabet.len())];
        }
        let Ok(text) = String::from_utf8(bytes) else {
            continue;
        };
        if let Ok(proposals) = exchange::parse(&text, Some(&catalog)) {
            for p in proposals {
                let mut problems = Default::default();
                p.check(Some(&catalog), &Default::default(), &mut problems);
                assert!(problems.is_empty(), "accepted {p:?} with {problems:?}");
                assert!(p.revision <= MAX_REVISION);
            }
        }
    }
}
