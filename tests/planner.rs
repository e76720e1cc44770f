//! The workshop planner keeps every hard constraint on random sessions (real and synthetic
//! data, random absences, requests and locks), keeps locks through a re-plan, explains what it
//! cannot place, and meets at least as many top-5 suggestions as the greedy baseline.

mod common;

use std::collections::BTreeSet;

use passerelle::data::synthetic::Rng;
use passerelle::data::{self, synthetic, Catalog};
use passerelle::matching::MatchIndex;
use passerelle::planner::{
    self, capacity, same_pair, Absence, Asked, Edit, Impossible, MeetingLock, MeetingReason, Plan,
    PlanError, ProblemKind, Session, TableLock,
};

fn shipped() -> (Catalog, MatchIndex) {
    let catalog = data::load(&common::shipped_json()).expect("valid dataset");
    let index = MatchIndex::new(&catalog);
    (catalog, index)
}

const NOW: &str = "2026-11-23T08:00:00.000Z";

/// A random session that the settings checks accept, with random absences, requests and locks
/// (some of them impossible on purpose).
fn random_session(catalog: &Catalog, rng: &mut Rng) -> Session {
    let mut ids: Vec<String> = catalog.cities().iter().map(|c| c.id.clone()).collect();
    let sectors = catalog.sector_ids();
    let mut session = Session::new("s-random", NOW);
    let n = 2 + rng.below(ids.len().min(40) - 1);
    for _ in 0..n {
        let i = rng.below(ids.len());
        session.cities.push(ids.swap_remove(i));
    }
    for _ in 0..1 + rng.below(4) {
        let theme = rng.pick(&sectors).clone();
        if !session.themes.contains(&theme) {
            session.themes.push(theme);
        }
    }
    let tables = 1 + rng.below(n.min(6));
    session.tables.count = tables;
    session.tables.max_size = n.div_ceil(tables) + rng.below(3);
    session.tables.min_size = 1 + rng.below((n / tables).max(1));
    session.tables.slots = 1 + rng.below(2);
    session.rounds.count = rng.below(7);
    let rounds = session.rounds.count.max(1);
    let cities = session.cities.clone();
    for _ in 0..rng.below(n) {
        let city = rng.pick(&cities).clone();
        session.absences.push(Absence {
            city,
            round: rng.below(rounds),
        });
    }
    for _ in 0..rng.below(4) {
        session
            .requested
            .push([rng.pick(&cities).clone(), rng.pick(&cities).clone()]);
    }
    for _ in 0..rng.below(3) {
        let cities = [rng.pick(&cities).clone(), rng.pick(&cities).clone()];
        if !session
            .locks
            .meetings
            .iter()
            .any(|l| same_pair(&l.cities, &cities))
        {
            let round = rng.below(rounds + 1);
            session.locks.meetings.push(MeetingLock { cities, round });
        }
    }
    for _ in 0..rng.below(3) {
        session.locks.tables.push(TableLock {
            city: rng.pick(&cities).clone(),
            slot: rng.below(2),
            table: rng.below(tables + 1),
        });
    }
    session
}

fn unplaced(plan: &Plan, asked: &Asked) -> bool {
    plan.unplaced.iter().any(|u| &u.asked == asked)
}

/// Every hard constraint of the plan of `session`.
fn assert_keeps_every_constraint(session: &Session, plan: &Plan) {
    let attending: BTreeSet<&String> = session.cities.iter().collect();
    let context = format!("{session:?}");
    for (s, tables) in plan.slots.iter().enumerate() {
        let seated: Vec<&String> = tables
            .iter()
            .flat_map(|t| t.seats.iter().map(|x| &x.city))
            .collect();
        assert_eq!(
            seated.len(),
            attending.len(),
            "slot {s}: one seat each\n{context}"
        );
        assert_eq!(
            seated.iter().copied().collect::<BTreeSet<_>>(),
            attending,
            "slot {s}"
        );
        let locked = session.locks.tables.iter().any(|l| l.slot == s);
        for t in tables {
            assert!(
                t.seats.len() <= session.tables.max_size,
                "slot {s}: table over maximum\n{context}"
            );
            assert!(
                locked || t.seats.len() >= session.tables.min_size,
                "slot {s}: table under minimum\n{context}"
            );
        }
    }
    let mut pairs: Vec<[String; 2]> = Vec::new();
    for (r, round) in plan.rounds.iter().enumerate() {
        let mut busy = BTreeSet::new();
        assert!(
            round.meetings.len() <= capacity(session),
            "round {r}: over capacity"
        );
        for m in &round.meetings {
            assert_ne!(m.cities[0], m.cities[1]);
            assert!(m.table < session.tables.count);
            for c in &m.cities {
                assert!(attending.contains(c), "round {r}: {c} does not attend");
                assert!(
                    busy.insert(c.clone()),
                    "round {r}: {c} in two meetings\n{context}"
                );
                assert!(!session.absent(c, r), "round {r}: {c} is absent\n{context}");
            }
            assert!(
                !pairs.iter().any(|p| same_pair(p, &m.cities)),
                "{:?} meet twice",
                m.cities
            );
            pairs.push(m.cities.clone());
        }
        for c in &round.free {
            assert!(busy.insert(c.clone()), "round {r}: {c} free and busy");
        }
        for c in &round.absent {
            assert!(session.absent(c, r));
            assert!(busy.insert(c.clone()), "round {r}: {c} absent and listed");
        }
        assert_eq!(
            busy.iter().collect::<BTreeSet<_>>(),
            attending,
            "round {r}: everyone shown"
        );
    }
    for lock in &session.locks.meetings {
        let kept = plan.rounds.get(lock.round).is_some_and(|r| {
            r.meetings
                .iter()
                .any(|m| same_pair(&m.cities, &lock.cities) && m.reason == MeetingReason::Locked)
        });
        let asked = Asked::MeetingLock {
            cities: lock.cities.clone(),
            round: lock.round,
        };
        assert!(
            kept || unplaced(plan, &asked),
            "lock {lock:?} neither kept nor explained\n{context}"
        );
    }
    for request in &session.requested {
        let met = pairs.iter().any(|p| same_pair(p, request));
        let asked = Asked::Pair {
            cities: request.clone(),
        };
        assert!(
            met || unplaced(plan, &asked),
            "request {request:?} neither met nor explained"
        );
    }
    for lock in &session.locks.tables {
        let kept = plan
            .slots
            .get(lock.slot)
            .and_then(|s| s.get(lock.table))
            .is_some_and(|t| t.seats.iter().any(|s| s.city == lock.city && s.locked));
        let asked = Asked::TableLock {
            city: lock.city.clone(),
            slot: lock.slot,
            table: lock.table,
        };
        assert!(
            kept || unplaced(plan, &asked),
            "table lock {lock:?} neither kept nor explained"
        );
    }
    assert!(
        plan.quality.planner + 1e-9 >= plan.quality.baseline,
        "below the baseline\n{context}"
    );
}

fn assert_random_sessions_keep_every_constraint(catalog: &Catalog, sessions: usize, seed: u64) {
    let index = MatchIndex::new(catalog);
    let mut rng = Rng(seed);
    for _ in 0..sessions {
        let session = random_session(catalog, &mut rng);
        let plan = planner::plan(catalog, &index, &session).expect("settings are valid");
        assert_keeps_every_constraint(&session, &plan);
    }
}

#[test]
fn random_sessions_on_the_shipped_dataset_keep_every_constraint() {
    let (catalog, _) = shipped();
    assert_random_sessions_keep_every_constraint(&catalog, 150, 5);
}

#[test]
fn random_sessions_on_a_synthetic_dataset_keep_every_constraint() {
    let template = data::parse(&common::shipped_json()).expect("parses");
    let catalog = data::from_dataset(synthetic::expand(&template, 120, 9)).expect("valid");
    assert_random_sessions_keep_every_constraint(&catalog, 40, 13);
}

/// The first `n` participants of the Dialogue, on three themes.
fn workshop(catalog: &Catalog, n: usize, tables: usize, rounds: usize) -> Session {
    let mut session = Session::new("s-workshop", NOW);
    session.cities = catalog
        .cities()
        .iter()
        .filter(|c| c.participant)
        .take(n)
        .map(|c| c.id.clone())
        .collect();
    assert_eq!(session.cities.len(), n, "the dataset has {n} participants");
    session.themes = ["waste-management", "youth-employment", "governance"]
        .map(String::from)
        .to_vec();
    session.tables.count = tables;
    session.tables.min_size = 2;
    session.tables.max_size = n.div_ceil(tables) + 1;
    session.rounds.count = rounds;
    session
}

#[test]
fn the_planner_meets_at_least_as_many_top_suggestions_as_the_greedy_baseline() {
    let (catalog, index) = shipped();
    for (n, tables, rounds) in [(12, 3, 4), (20, 4, 6)] {
        let session = workshop(&catalog, n, tables, rounds);
        let plan = planner::plan(&catalog, &index, &session).expect("plans");
        assert_keeps_every_constraint(&session, &plan);
        let q = plan.quality;
        println!(
            "{n} cities, {rounds} rounds: planner {:.3}, greedy baseline {:.3}",
            q.planner, q.baseline
        );
        assert!(q.planner >= q.baseline, "{n} cities: {q:?}");
        assert!(q.planner > 0.0);
    }
}

#[test]
fn locks_survive_a_re_plan_and_the_rest_moves_around_them() {
    let (catalog, index) = shipped();
    let mut session = workshop(&catalog, 12, 3, 4);
    let first = planner::plan(&catalog, &index, &session).expect("plans");
    let moved = first.rounds[3].meetings[0].cities.clone();
    session.plan = Some(first);
    assert!(session.apply(Edit::LockMeeting {
        cities: moved.clone(),
        round: 0
    }));
    let city = session.cities[0].clone();
    assert!(session.apply(Edit::MoveCity {
        city: city.clone(),
        slot: 0,
        table: 2
    }));
    let second = planner::plan(&catalog, &index, &session).expect("plans again");
    assert_keeps_every_constraint(&session, &second);
    assert!(second.unplaced.is_empty(), "{:?}", second.unplaced);
    assert!(second.rounds[0]
        .meetings
        .iter()
        .any(|m| same_pair(&m.cities, &moved) && m.reason == MeetingReason::Locked));
    assert!(second.slots[0][2]
        .seats
        .iter()
        .any(|s| s.city == city && s.locked));

    // Swap two meetings of the new plan: each is locked in the other's round.
    let a = second.rounds[1].meetings[0].cities.clone();
    let b = second.rounds[2].meetings[0].cities.clone();
    session.plan = Some(second);
    assert!(session.apply(Edit::SwapMeetings {
        first: a.clone(),
        second: b.clone()
    }));
    let third = planner::plan(&catalog, &index, &session).expect("plans after a swap");
    assert_keeps_every_constraint(&session, &third);
    let round_of = |pair: &[String; 2]| {
        third
            .rounds
            .iter()
            .position(|r| r.meetings.iter().any(|m| same_pair(&m.cities, pair)))
    };
    assert_eq!((round_of(&a), round_of(&b)), (Some(2), Some(1)));
    assert_eq!(round_of(&moved), Some(0), "the first lock still holds");
}

#[test]
fn an_impossible_request_is_explained() {
    let (catalog, index) = shipped();
    let mut session = workshop(&catalog, 12, 3, 2);
    let [a, b, c] = [0, 1, 2].map(|i| session.cities[i].clone());
    // `a` misses both rounds: it can meet nobody.
    for round in 0..2 {
        session.absences.push(Absence {
            city: a.clone(),
            round,
        });
    }
    // `b` and `c` are locked with others in both rounds: no round is left for them.
    let others = [3, 4, 5, 6].map(|i| session.cities[i].clone());
    for (round, [x, y]) in [[&b, &others[0]], [&c, &others[1]]].into_iter().enumerate() {
        session.locks.meetings.push(MeetingLock {
            cities: [x.clone(), y.clone()],
            round,
        });
    }
    for (round, [x, y]) in [[&b, &others[2]], [&c, &others[3]]].into_iter().enumerate() {
        session.locks.meetings.push(MeetingLock {
            cities: [x.clone(), y.clone()],
            round: 1 - round,
        });
    }
    session.requested = vec![
        [a.clone(), b.clone()],
        [b.clone(), c.clone()],
        [b.clone(), "atlantis".into()],
        [c.clone(), c.clone()],
    ];
    let plan = planner::plan(&catalog, &index, &session).expect("plans");
    assert_keeps_every_constraint(&session, &plan);
    let why = |pair: [String; 2]| {
        plan.unplaced
            .iter()
            .find(|u| {
                u.asked
                    == Asked::Pair {
                        cities: pair.clone(),
                    }
            })
            .map(|u| u.why.clone())
    };
    assert_eq!(why([a.clone(), b.clone()]), Some(Impossible::NoCommonRound));
    assert_eq!(why([b.clone(), c.clone()]), Some(Impossible::NoFreeRound));
    assert_eq!(
        why([b.clone(), "atlantis".into()]),
        Some(Impossible::NotAttending {
            city: "atlantis".into()
        })
    );
    assert_eq!(why([c.clone(), c.clone()]), Some(Impossible::SameCity));
    assert!(plan
        .rounds
        .iter()
        .all(|r| r.absent.contains(&a) && !r.free.contains(&a)));
}

#[test]
fn sizes_that_cannot_seat_everyone_are_refused_with_a_typed_reason() {
    let (catalog, index) = shipped();
    let mut session = workshop(&catalog, 20, 3, 4);
    session.tables.max_size = 6;
    let Err(PlanError::Invalid(problems)) = planner::plan(&catalog, &index, &session) else {
        panic!("3 tables of 6 cannot seat 20 cities");
    };
    assert_eq!(
        problems[0].kind,
        ProblemKind::TooFewSeats {
            cities: 20,
            seats: 18
        }
    );
    assert_eq!(problems[0].path, "tables");
}
