//! Proposal rules, export and import, Markdown, and the list, natively.

mod common;

use common::{catalog, T0, T1};
use passerelle::data::Mode;
use passerelle::id::Id;
use passerelle::proposals::document::{Heading, Wording};
use passerelle::proposals::list::{self, ProposalFilter};
use passerelle::proposals::markdown;
use passerelle::proposals::rules::{self, Duplicate, Gap};
use passerelle::proposals::{Milestone, Proposal, Status};

/// The Box 3 case as the editor leaves it when every part is filled.
fn fashion() -> Proposal {
    let mut p = common::proposals::fashion();
    p.cities[0].contribution = "A rapidly growing fashion sector".into();
    p.goals = "Growth of fashion businesses in Freetown".into();
    p.entry_points.push("womens-empowerment".into());
    p.stakeholders = vec!["ngos".into(), "universities".into()];
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
        passerelle::records::checks::is_date("2028-02-29")
            && !passerelle::records::checks::is_date("2027-02-29")
            && !passerelle::records::checks::is_date("2027-13-01")
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
    fn date(&self, iso: &str) -> String {
        format!("the day {iso}")
    }
    fn origin(&self, kind: &str) -> String {
        format!("started from {kind}")
    }
}

#[test]
fn markdown_reads_as_written_and_never_as_html() {
    let catalog = catalog();
    let mut p = fashion();
    p.title = "<img src=x onerror=alert(1)>".into();
    p.notes = "# not a heading\n* not a list\n1. not a number\nline two".into();
    let text = markdown::to_markdown(&[p], &catalog, &English);
    assert!(
        text.starts_with("# \\<img src=x onerror=alert(1)>\n"),
        "{text}"
    );
    assert!(!text.replace("\\<", "").contains('<'), "every < is escaped");
    assert!(
        text.contains("\\# not a heading  \n\\* not a list  \n1\\. not a number  \nline two"),
        "{text}"
    );
    assert!(text.contains("- **Freetown**: A rapidly growing fashion sector"));
    assert!(text.contains("## Funding\n\n- Open Society Foundations (OSF)"));
    assert!(text.contains("**Status:** idea"));
    assert!(
        text.contains("## Sectors\n\n- sector creative-industries\n"),
        "{text}"
    );
}

#[test]
fn markdown_escapes_only_what_markdown_would_read_as_structure() {
    for (written, escaped) in [
        ("Mind-lab opens (phase 2).", "Mind-lab opens (phase 2)."),
        ("snake_case & co, 3 + 4 = 7", "snake_case & co, 3 + 4 = 7"),
        ("- a list? > a quote? + = #", "\\- a list? > a quote? + = #"),
        ("  > quoted", "  \\> quoted"),
        ("12) twelve", "12\\) twelve"),
        (
            "*bold* `code` [link](x) _it_",
            "\\*bold\\* \\`code\\` \\[link\\](x) \\_it\\_",
        ),
        (
            "&amp; &#60; a|b ~~gone~~ C:\\dir",
            "\\&amp; \\&#60; a\\|b \\~\\~gone\\~\\~ C:\\\\dir",
        ),
    ] {
        assert_eq!(markdown::escape(written), escaped, "{written}");
    }
}

#[test]
fn markdown_writes_dates_in_words_the_status_history_and_the_origin() {
    let catalog = catalog();
    let text = markdown::to_markdown(&[fashion()], &catalog, &English);
    assert!(
        text.contains("## Milestones\n\n- **the day 2027-03-01**: Mind-lab opens\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!("## History\n\n- **the day {T0}**: idea\n")),
        "{text}"
    );
    assert!(
        text.contains(
            "## Context\n\n- started from match\n- Milan has expertise in Creative industries\n"
        ),
        "{text}"
    );
    assert!(
        !text.contains("\\-"),
        "no date or word is over-escaped: {text}"
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
    assert!(passerelle::records::checks::is_id(&id));
}

#[test]
fn version_1_drafts_migrate_to_the_current_record() {
    use passerelle::proposals::records;
    let mut v1 = serde_json::to_value(fashion()).expect("JSON");
    let object = v1.as_object_mut().expect("object");
    object.remove("revision");
    object.remove("updated");
    let migrated = records::migrate_draft(&v1.to_string()).expect("migrates");
    let proposal: Proposal = serde_json::from_str(&migrated).expect("reads");
    assert_eq!(proposal.revision, 1);
    assert_eq!(proposal.updated, proposal.created);
    assert_eq!(proposal.title, fashion().title);
    assert_eq!(
        records::migrate_draft("{\"title\": \"no created date\"}"),
        None
    );
    assert_eq!(records::migrate_draft("not json"), None);
}

#[test]
fn a_version_1_draft_this_version_cannot_read_is_kept_not_dropped() {
    use passerelle::proposals::records;
    use passerelle::records::decode;
    let odd = r#"{"id": "p-odd", "created": "2025-06-01T09:00:00.000Z", "status": "unheard-of"}"#;
    let migrated = records::migrate_draft(odd).expect("moved to the current store");
    assert!(migrated.contains("unheard-of"));
    assert!(migrated.contains("\"revision\":1"));
    assert!(decode::<Proposal>(&migrated).is_none(), "skipped when read");
}
