//! What a workshop session gives out and takes in: the session file round-trips and a bad one
//! is refused with typed, located problems; agendas show every round; the calendar file is
//! well-formed iCalendar (CRLF, lines folded at 75 octets, one event per table and meeting).

mod common;

use passerelle::data::{self, Catalog};
use passerelle::matching::MatchIndex;
use passerelle::planner::{
    self, Activity, CalendarWords, ImportError, Plan, ProblemKind, Session, FORMAT,
};

const NOW: &str = "2026-11-23T08:00:00.000Z";

fn planned() -> (Catalog, Session, Plan) {
    let catalog = data::load(&common::shipped_json()).expect("valid dataset");
    let index = MatchIndex::new(&catalog);
    let mut session = Session::new("s-files", NOW);
    session.title =
        "Dialogue, Milan; day 1 — ateliers thématiques et rencontres bilatérales à Milan".into();
    session.cities = catalog
        .cities()
        .iter()
        .filter(|c| c.participant)
        .take(12)
        .map(|c| c.id.clone())
        .collect();
    session.themes = ["waste-management", "youth-employment", "governance"]
        .map(String::from)
        .to_vec();
    session.rounds.count = 4;
    session.breaks.push(planner::Break {
        before_round: 2,
        minutes: 20,
    });
    let plan = planner::plan(&catalog, &index, &session).expect("plans");
    session.plan = Some(plan.clone());
    (catalog, session, plan)
}

#[test]
fn an_exported_session_imports_as_it_was() {
    let (catalog, session, _) = planned();
    let file = planner::export(&session, NOW);
    assert!(file.contains(&format!("\"format\": \"{FORMAT}\"")));
    assert_eq!(planner::parse(&file, &catalog), Ok(session));
}

fn import_with(catalog: &Catalog, change: impl FnOnce(&mut serde_json::Value)) -> ImportError {
    let (_, session, _) = planned();
    let mut value: serde_json::Value =
        serde_json::from_str(&planner::export(&session, NOW)).expect("JSON");
    change(&mut value);
    planner::parse(&value.to_string(), catalog).expect_err("refused")
}

#[test]
fn unknown_cities_and_sectors_are_reported_with_their_paths() {
    let (catalog, _, _) = planned();
    let error = import_with(&catalog, |v| {
        v["session"]["cities"][1] = "atlantis".into();
        v["session"]["themes"][2] = "alchemy".into();
        v["session"]["plan"] = serde_json::Value::Null;
    });
    let ImportError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    let found: Vec<(&str, &ProblemKind)> = problems
        .iter()
        .map(|p| (p.path.as_str(), &p.kind))
        .collect();
    assert!(
        found.contains(&(
            "session.cities[1]",
            &ProblemKind::UnknownCity {
                id: "atlantis".into()
            }
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "session.themes[2]",
            &ProblemKind::UnknownSector {
                id: "alchemy".into()
            }
        )),
        "{found:?}"
    );
}

#[test]
fn impossible_sizes_a_stale_plan_and_foreign_files_are_refused() {
    let (catalog, _, _) = planned();
    let error = import_with(&catalog, |v| v["session"]["tables"]["max_size"] = 3.into());
    let ImportError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    assert!(
        problems.iter().any(|p| p.path == "session.tables"
            && p.kind
                == ProblemKind::TooFewSeats {
                    cities: 12,
                    seats: 9
                }),
        "{problems:?}"
    );

    let error = import_with(&catalog, |v| {
        v["session"]["cities"]
            .as_array_mut()
            .expect("list")
            .truncate(11)
    });
    let ImportError::Invalid(problems) = error else {
        panic!("{error:?}")
    };
    assert!(problems
        .iter()
        .any(|p| p.path == "session.plan" && matches!(p.kind, ProblemKind::NotAttending { .. })));

    assert_eq!(
        import_with(&catalog, |v| v["format"] = "passerelle-proposals".into()),
        ImportError::Foreign
    );
    assert_eq!(
        import_with(&catalog, |v| v["version"] = 2.into()),
        ImportError::NewerVersion(2)
    );
    assert!(matches!(
        planner::parse("{", &catalog),
        Err(ImportError::NotJson { .. })
    ));
}

#[test]
fn an_agenda_shows_the_table_every_round_and_the_break() {
    let (_, session, plan) = planned();
    for city in &session.cities {
        let agenda = planner::agenda(&session, &plan, city).expect("an agenda");
        let count =
            |f: fn(&Activity) -> bool| agenda.items.iter().filter(|i| f(&i.activity)).count();
        assert_eq!(count(|a| matches!(a, Activity::Table { .. })), 1);
        assert_eq!(
            count(|a| matches!(
                a,
                Activity::Meeting { .. } | Activity::Free { .. } | Activity::Absent { .. }
            )),
            4
        );
        assert_eq!(count(|a| matches!(a, Activity::Break)), 1);
        assert!(
            agenda
                .items
                .windows(2)
                .all(|w| w[0].span.end <= w[1].span.start),
            "in time order"
        );
    }
    let overview = planner::overview(&session, &plan);
    assert_eq!(overview.len(), 4);
    // 09:00, 45 minutes of tables and two rounds of 15 to 10:15, then a break of 20.
    assert_eq!(planner::clock(overview[2].span.start), "10:35");
    assert_eq!(planner::agenda(&session, &plan, "atlantis"), None);
}

/// The content lines of an iCalendar text, unfolded; panics on a malformed line.
fn unfold(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let mut lines: Vec<String> = Vec::new();
    for line in text.strip_suffix("\r\n").unwrap_or(text).split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        match line.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("a line to continue").push_str(rest),
            None => lines.push(line.to_string()),
        }
    }
    lines
}

#[test]
fn a_city_calendar_is_well_formed_icalendar() {
    let (catalog, session, plan) = planned();
    let city = &session.cities[0];
    let words = CalendarWords {
        table: "Table".into(),
        meeting_with: "Rencontre avec".into(),
        themes: [(
            "waste-management".to_string(),
            "Gestion des déchets, collecte; tri".to_string(),
        )]
        .into(),
    };
    let text = planner::ics(&catalog, &session, &plan, city, &words, NOW).expect("a calendar");
    let lines = unfold(&text);
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.contains(&"VERSION:2.0".to_string()));
    let title = lines
        .iter()
        .find(|l| l.starts_with("X-WR-CALNAME:"))
        .expect("the title");
    assert!(
        title.contains("Dialogue\\, Milan\\; day 1 — ateliers"),
        "{title}"
    );

    let meetings = plan
        .rounds
        .iter()
        .filter(|r| r.meetings.iter().any(|m| m.has(city)))
        .count();
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    assert_eq!(events, 1 + meetings);
    assert_eq!(lines.iter().filter(|l| *l == "END:VEVENT").count(), events);
    for key in [
        "UID:",
        "DTSTAMP:20261123T080000Z",
        "DTSTART:20261123T",
        "DTEND:20261123T",
        "SUMMARY:",
    ] {
        assert_eq!(
            lines.iter().filter(|l| l.starts_with(key)).count(),
            events,
            "{key}"
        );
    }
    assert!(
        lines.contains(&"DTSTART:20261123T090000".to_string()),
        "the table slot starts at 09:00"
    );
    let uids: std::collections::BTreeSet<&String> =
        lines.iter().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), events, "unique UIDs");
    assert!(
        text.lines().any(|l| l.starts_with(' ')),
        "the long title is folded"
    );
    assert_eq!(
        planner::ics(&catalog, &session, &plan, city, &words, "yesterday"),
        None
    );
}
