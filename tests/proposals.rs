//! Proposal rules, export and import, Markdown, and the list, natively.

mod common;

use common::shipped_json;
use passerelle::data::{self, Catalog, Mode};
use passerelle::id::Id;
use passerelle::proposals::exchange::{self, ImportError, Resolution};
use passerelle::proposals::list::{self, ProposalFilter};
use passerelle::proposals::markdown::{self, Heading, Wording};
use passerelle::proposals::rules::{self, Duplicate, Gap};
use passerelle::proposals::{Milestone, Origin, Proposal, Status};

const T0: &str = "2026-11-23T10:00:00.000Z";
const T1: &str = "2026-11-24T09:30:00.000Z";

fn catalog() -> Catalog {
    data::load(&shipped_json()).expect("valid dataset")
}

/// The Box 3 case: Milan and Freetown on fashion.
fn fashion() -> Proposal {
    let mut p = Proposal::new("p-fashion", T0);
    p.title = "Made in Leone: fashion between Milan and Freetown".into();
    p.add_city("freetown");
    p.add_city("milan");
    p.cities[0].contribution = "A rapidly growing fashion sector".into();
    p.sectors = vec!["creative-industries".into()];
    p.mode = Some(Mode::Economic);
    p.goals = "Growth of fashion businesses in Freetown".into();
    p.entry_points = vec!["training".into(), "womens-empowerment".into()];
    p.stakeholders = vec!["ngos".into(), "universities".into()];
    p.funding = vec!["open-society-foundations".into()];
    p.milestones = vec![Milestone {
        date: "2027-03-01".into(),
        text: "Mind-lab opens".into(),
        done: false,
    }];
    p.origin = Some(Origin {
        kind: "match".into(),
        reasons: vec!["Milan has expertise in Creative industries".into()],
    });
    p
}

#[test]
fn statuses_move_along_the_path_pause_resume_and_drop() {
    let mut p = fashion();
    assert_eq!(rules::next_statuses(&p), [Status::Draft, Status::Dropped]);
    assert!(
        rules::change_status(&mut p, Status::Agreed, T1).is_err(),
        "no skipping ahead"
    );
    for step in [Status::Draft, Status::UnderDiscussion, Status::Agreed] {
        rules::change_status(&mut p, step, T1).expect("one step forward");
    }
    assert_eq!(
        rules::next_statuses(&p),
        [
            Status::UnderDiscussion,
            Status::Active,
            Status::Paused,
            Status::Dropped
        ]
    );
    rules::change_status(&mut p, Status::Paused, T1).expect("pause");
    assert_eq!(
        rules::next_statuses(&p),
        [Status::Agreed],
        "resumes where it was paused"
    );
    rules::change_status(&mut p, Status::Agreed, T1).expect("resume");
    rules::change_status(&mut p, Status::Dropped, T1).expect("drop");
    assert_eq!(
        rules::next_statuses(&p),
        [Status::Idea],
        "a dropped proposal starts again as an idea"
    );
    let statuses: Vec<Status> = p.history.iter().map(|h| h.status).collect();
    assert_eq!(
        statuses,
        [
            Status::Idea,
            Status::Draft,
            Status::UnderDiscussion,
            Status::Agreed,
            Status::Paused,
            Status::Agreed,
            Status::Dropped
        ]
    );
    assert!(p.history[1..].iter().all(|h| h.at == T1));
}

#[test]
fn completed_proposals_can_only_reopen() {
    let mut p = fashion();
    for step in [
        Status::Draft,
        Status::UnderDiscussion,
        Status::Agreed,
        Status::Active,
        Status::Completed,
    ] {
        rules::change_status(&mut p, step, T1).expect("forward");
    }
    assert_eq!(rules::next_statuses(&p), [Status::Active]);
}

#[test]
fn gaps_say_what_is_missing() {
    let catalog = catalog();
    assert!(rules::gaps(&fashion(), &catalog).is_empty());
    let mut p = Proposal::new("p-1", T0);
    p.add_city("dakar");
    p.add_city("atlantis");
    p.milestones.push(Milestone {
        date: "2027-02-30".into(),
        text: String::new(),
        done: false,
    });
    let gaps = rules::gaps(&p, &catalog);
    assert!(gaps.contains(&Gap::NoTitle));
    assert!(gaps.contains(&Gap::UnknownCity("atlantis".into())));
    assert!(gaps.contains(&Gap::BadMilestoneDate(0)));
    p.cities.truncate(1);
    assert!(rules::gaps(&p, &catalog).contains(&Gap::FewerThanTwoCities));
    assert!(!p.add_city("dakar"), "a city is added once");
    assert!(
        rules::is_date("2028-02-29")
            && !rules::is_date("2027-02-29")
            && !rules::is_date("2027-13-01")
    );
}

#[test]
fn duplicates_of_partnerships_and_other_proposals_are_found() {
    let catalog = catalog();
    let mut waste = Proposal::new("p-waste", T0);
    waste.add_city("freetown");
    waste.add_city("milan");
    waste.sectors = vec!["waste-management".into()];
    let found = rules::duplicates(&waste, &catalog, &[]);
    assert!(
        found.contains(&Duplicate::Partnership("milan-freetown-waste".into())),
        "{found:?}"
    );
    assert!(!found.contains(&Duplicate::Partnership("milan-freetown-fashion".into())));

    let mut again = waste.clone();
    again.id = "p-again".into();
    assert!(rules::duplicates(&waste, &catalog, &[again.clone()])
        .contains(&Duplicate::Proposal("p-again".into())));
    again.status = Status::Dropped;
    assert!(!rules::duplicates(&waste, &catalog, &[again])
        .contains(&Duplicate::Proposal("p-again".into())));
    // Another sector is a different partnership.
    waste.sectors = vec!["tourism".into()];
    assert!(rules::duplicates(&waste, &catalog, &[]).is_empty());
}

#[test]
fn export_then_import_gives_the_same_proposals() {
    let catalog = catalog();
    let mut second = fashion();
    second.id = "p-second".into();
    second.title = "<img src=x onerror=alert(1)>".into();
    let file = exchange::export(&[fashion(), second.clone()], T1);
    let back = exchange::parse(&file, &catalog).expect("own export imports");
    assert_eq!(back, [fashion(), second]);
    let value: serde_json::Value = serde_json::from_str(&file).expect("JSON");
    assert_eq!(value["format"], "passerelle-proposals");
    assert_eq!(value["version"], 1);
}

fn import_error(text: &str) -> ImportError {
    exchange::parse(text, &catalog()).expect_err("must be refused")
}

#[test]
fn broken_foreign_and_hostile_files_are_refused_with_a_reason() {
    assert!(matches!(
        import_error("{\"format\": "),
        ImportError::NotJson { .. }
    ));
    assert_eq!(
        import_error(&shipped_json()),
        ImportError::Foreign,
        "the dataset is not a proposals file"
    );
    assert_eq!(import_error("[1, 2, 3]"), ImportError::Foreign);
    assert_eq!(
        import_error(r#"{"format": "passerelle-proposals", "version": 7, "proposals": []}"#),
        ImportError::NewerVersion(7)
    );
    assert!(matches!(
        import_error(&"x".repeat(exchange::MAX_FILE_BYTES + 1)),
        ImportError::TooLarge { .. }
    ));
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(
        matches!(import_error(&deep), ImportError::NotJson { .. }),
        "nesting is bounded"
    );

    let with = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value =
            serde_json::from_str(&exchange::export(&[fashion()], T1)).expect("JSON");
        change(&mut v["proposals"][0]);
        match import_error(&v.to_string()) {
            ImportError::Invalid(problems) => problems.join("\n"),
            other => panic!("expected problems, got {other:?}"),
        }
    };
    assert!(with(&|p| p["cities"][0]["city"] = "atlantis".into())
        .contains("'atlantis' is not a city of the dataset"));
    assert!(with(&|p| p["id"] = "../../etc".into()).contains("is not 1 to 64 lowercase"));
    assert!(
        with(&|p| p["status"] = "active".into()).contains("last change does not match the status")
    );
    assert!(with(&|p| p["status"] = "finished".into()).contains("unknown variant"));
    assert!(with(&|p| p["title"] = "t".repeat(400).into()).contains("title: longer than 300"));
    assert!(with(&|p| p["colour"] = "red".into()).contains("unknown field"));
    assert!(with(&|p| p["milestones"][0]["date"] = "soon".into()).contains("not a YYYY-MM-DD date"));
    assert!(with(&|p| p["entry_points"][0] = "bribery".into()).contains("not a known value"));
    let long_id = with(&|p| p["cities"][0]["city"] = "a".repeat(5000).into());
    assert!(
        long_id.len() < 400,
        "hostile values are cut in messages: {} bytes",
        long_id.len()
    );
}

/// Random damage to a valid file never panics, and whatever is accepted passes every rule.
#[test]
fn random_and_truncated_files_never_panic() {
    let catalog = catalog();
    let file = exchange::export(&[fashion()], T1);
    for cut in 0..file.len() {
        if file.is_char_boundary(cut) {
            assert!(
                exchange::parse(&file[..cut], &catalog).is_err(),
                "truncated at {cut} was accepted"
            );
        }
    }
    let mut seed: u64 = 42;
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let alphabet = b"{}[]\":,0123456789abcxyz-_ \\u\n";
    for _ in 0..3_000 {
        let mut bytes = file.clone().into_bytes();
        for _ in 0..1 + next() % 4 {
            let at = next() % bytes.len();
            bytes[at] = alphabet[next() % alphabet.len()];
        }
        if let Ok(text) = String::from_utf8(bytes) {
            if let Ok(proposals) = exchange::parse(&text, &catalog) {
                assert!(proposals.iter().all(|p| exchange::is_id(&p.id)));
            }
        }
        let noise: String = (0..next() % 200)
            .map(|_| alphabet[next() % alphabet.len()] as char)
            .collect();
        let _ = exchange::parse(&noise, &catalog);
    }
}

#[test]
fn an_import_plans_new_unchanged_and_conflicting_proposals() {
    let local = fashion();
    let mut edited = fashion();
    edited.title = "Changed elsewhere".into();
    let mut fresh = fashion();
    fresh.id = "p-fresh".into();
    let mut same_but_other_revision = local.clone();
    same_but_other_revision.revision = 9;

    let plan = exchange::plan(
        vec![fresh.clone(), same_but_other_revision],
        std::slice::from_ref(&local),
    );
    assert_eq!(plan.added, [fresh]);
    assert_eq!(plan.unchanged, ["p-fashion"]);
    assert!(plan.conflicts.is_empty());

    let plan = exchange::plan(vec![edited.clone()], std::slice::from_ref(&local));
    let conflict = &plan.conflicts[0];
    assert!(exchange::resolve(conflict, Resolution::KeepMine, "p-new", T1).is_empty());
    let theirs = exchange::resolve(conflict, Resolution::TakeTheirs, "p-new", T1);
    assert_eq!(
        (theirs[0].id.as_str(), theirs[0].title.as_str()),
        ("p-fashion", "Changed elsewhere")
    );
    let both = exchange::resolve(conflict, Resolution::KeepBoth, "p-new", T1);
    assert_eq!(
        (
            both[0].id.as_str(),
            both[0].title.as_str(),
            both[0].revision
        ),
        ("p-new", "Changed elsewhere", 0)
    );
}

struct English;

impl Wording for English {
    fn heading(&self, heading: Heading) -> String {
        format!("{heading:?}")
    }
    fn status(&self, status: Status) -> String {
        status.id().into()
    }
    fn mode(&self, mode: Mode) -> String {
        mode.id().into()
    }
    fn entry_point(&self, id: &str) -> String {
        id.into()
    }
    fn stakeholder(&self, id: &str) -> String {
        id.into()
    }
    fn sector(&self, id: &str) -> String {
        format!("sector {id}")
    }
}

#[test]
fn markdown_reads_as_written_and_never_as_html() {
    let catalog = catalog();
    let mut p = fashion();
    p.title = "<img src=x onerror=alert(1)>".into();
    p.notes = "# not a heading\n* not a list\nline two".into();
    let text = markdown::to_markdown(&[p], &catalog, &English);
    assert!(
        text.starts_with("# \\<img src=x onerror=alert\\(1\\)\\>\n"),
        "{text}"
    );
    assert!(!text.replace("\\<", "").contains('<'), "every < is escaped");
    assert!(text.contains("\\# not a heading  \n\\* not a list  \nline two"));
    assert!(text.contains("- **Freetown**: A rapidly growing fashion sector"));
    assert!(text.contains("## Funding\n\n- Open Society Foundations \\(OSF\\)"));
    assert!(text.contains("- 2027\\-03\\-01 Mind\\-lab opens"));
    assert!(text.contains("**Status:** idea"));
    assert!(
        text.contains("## Sectors\n\n- sector creative\\-industries\n"),
        "{text}"
    );
}

#[test]
fn the_list_filters_searches_and_counts_progress() {
    let catalog = catalog();
    let mut a = fashion();
    let mut b = Proposal::new("p-b", T0);
    b.title = "Waste exchange".into();
    b.add_city("dakar");
    b.add_city("kigali");
    b.sectors = vec!["waste-management".into()];
    rules::change_status(&mut a, Status::Draft, T1).expect("draft");
    a.updated = T1.into();

    let all = vec![a, b];
    let ids = |f: &ProposalFilter| {
        list::filter(&all, &catalog, f)
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&ProposalFilter::default()),
        ["p-fashion", "p-b"],
        "most recent first"
    );
    assert_eq!(
        ids(&ProposalFilter {
            query: "zurich".into(),
            ..Default::default()
        }),
        Vec::<String>::new()
    );
    assert_eq!(
        ids(&ProposalFilter {
            query: "KIGALI".into(),
            ..Default::default()
        }),
        ["p-b"],
        "city names are searched"
    );
    assert_eq!(
        ids(&ProposalFilter {
            statuses: vec![Status::Draft],
            ..Default::default()
        }),
        ["p-fashion"]
    );
    assert_eq!(
        ids(&ProposalFilter {
            city: Some("dakar".into()),
            ..Default::default()
        }),
        ["p-b"]
    );
    assert_eq!(
        ids(&ProposalFilter {
            sector: Some("creative-industries".into()),
            ..Default::default()
        }),
        ["p-fashion"]
    );

    let progress = list::progress(&all);
    assert_eq!(progress[0], (Status::Idea, 1));
    assert_eq!(progress[1], (Status::Draft, 1));
    let recent = list::recent_changes(&all, 2);
    assert_eq!(
        (recent[0].proposal.as_str(), recent[0].status),
        ("p-fashion", Status::Draft)
    );
}

#[test]
fn ids_are_long_random_and_valid() {
    let id = passerelle::proposals::new_id(0x0123_4567_89ab_cdef_0123_4567_89ab_cdef);
    assert_eq!(id, "p-0123456789abcdef0123456789abcdef");
    assert!(exchange::is_id(&id));
    assert!(exchange::is_timestamp(T0) && exchange::is_timestamp("2026-11-23T10:00:00+01:00"));
    assert!(!exchange::is_timestamp("yesterday"));
}

#[test]
fn version_1_drafts_migrate_to_the_current_record() {
    use passerelle::proposals::records;
    let mut v1: serde_json::Value =
        serde_json::from_str(&records::encode(&fashion())).expect("JSON");
    let object = v1.as_object_mut().expect("object");
    object.remove("revision");
    object.remove("updated");
    let migrated = records::migrate_draft(&v1.to_string()).expect("migrates");
    let proposal = records::decode(&migrated).expect("reads");
    assert_eq!(proposal.revision, 1);
    assert_eq!(proposal.updated, proposal.created);
    assert_eq!(proposal.title, fashion().title);
    assert_eq!(
        records::migrate_draft("{\"title\": \"no created date\"}"),
        None
    );
    assert_eq!(records::migrate_draft("not json"), None);
}
