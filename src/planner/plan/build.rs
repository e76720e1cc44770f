//! Planning a session: check its settings, seat the tables, schedule the rounds around locks
//! and requests, and measure the schedule against the greedy baseline. Planning again after an
//! edit starts from the locks, so every lock that can be kept is kept.

use thiserror::Error;

use super::model::{Meeting, Plan, Quality, Round};
use crate::data::Catalog;
use crate::matching::{MatchError, MatchIndex};
use crate::planner::reasons::{Asked, Impossible, MeetingReason, Unplaced};
use crate::planner::schedule::board::{Board, Kind};
use crate::planner::schedule::scores::Scores;
use crate::planner::schedule::solve::{baseline, planned, quality, Setup};
use crate::planner::session::check::{check_settings, Problem};
use crate::planner::session::model::Session;
use crate::planner::tables::assign::seat;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanError {
    /// Settings no plan can meet: unknown cities or themes, sizes that cannot seat everyone.
    #[error("the session has {} problem(s), the first: {}", .0.len(), .0.first().map(ToString::to_string).unwrap_or_default())]
    Invalid(Vec<Problem>),
    #[error(transparent)]
    Match(#[from] MatchError),
}

/// Plans `session`; requests and locks that cannot be kept are listed in the plan with why.
pub fn plan(catalog: &Catalog, index: &MatchIndex, session: &Session) -> Result<Plan, PlanError> {
    let problems = check_settings(session, catalog);
    if !problems.is_empty() {
        return Err(PlanError::Invalid(problems));
    }
    let scores = Scores::new(catalog, index, &session.cities, &session.themes)?;
    let seating = seat(catalog, session);
    let mut unplaced = seating.unplaced;
    let (setup, locks, requests) = setup(session, &mut unplaced);
    let solution = planned(&scores, &setup);
    let base = baseline(&scores, &setup);
    for (asked, why) in locks.into_iter().zip(&solution.locks) {
        unplaced.extend(why.clone().map(|why| Unplaced { asked, why }));
    }
    for (asked, why) in requests.into_iter().zip(&solution.requests) {
        unplaced.extend(why.clone().map(|why| Unplaced { asked, why }));
    }
    Ok(Plan {
        slots: seating.slots,
        rounds: rounds(&scores, &solution.board, session.tables.count),
        unplaced,
        quality: Quality {
            planner: stored(quality(&scores, &solution.board)),
            baseline: stored(quality(&scores, &base.board)),
        },
    })
}

/// Plans `session` again after a change, into its `plan`, having first dropped what names
/// something gone ([`Session::prune`]); settings no plan can meet leave it without a plan, so
/// a stored session never holds a plan of other settings.
pub fn replan(
    catalog: &Catalog,
    index: &MatchIndex,
    session: &mut Session,
) -> Result<(), PlanError> {
    session.prune();
    let planned = plan(catalog, index, session);
    session.plan = planned.as_ref().ok().cloned();
    planned.map(|_| ())
}

/// A figure kept to six decimals: written in a few digits, it reads back from JSON as exactly
/// the same number, so a stored session compares equal to itself after a round trip (a full
/// `f64` may come back one unit in the last place off, and look like an edit).
fn stored(figure: f64) -> f64 {
    (figure * 1e6).round() / 1e6
}

/// Meetings a round can hold: two cities a meeting, up to the tables' maximum size each.
pub fn capacity(session: &Session) -> usize {
    session.tables.count * (session.tables.max_size / 2).max(1)
}

/// The schedule's problem in attendee positions, with the locks and requests it carries (in
/// the same order); those naming a city that does not attend, the same city twice or a round
/// beyond the last go to `unplaced` instead.
fn setup(session: &Session, unplaced: &mut Vec<Unplaced>) -> (Setup, Vec<Asked>, Vec<Asked>) {
    let position = |id: &str| session.cities.iter().position(|c| c == id);
    let rounds = session.rounds.count;
    let absent = (0..rounds)
        .map(|r| {
            session
                .cities
                .iter()
                .map(|c| session.absent(c, r))
                .collect()
        })
        .collect();
    let mut pair = |cities: &[String; 2], asked: Asked, round: Option<usize>| {
        let why = match (position(&cities[0]), position(&cities[1])) {
            (None, _) => Impossible::NotAttending {
                city: cities[0].clone(),
            },
            (_, None) => Impossible::NotAttending {
                city: cities[1].clone(),
            },
            (Some(a), Some(b)) if a == b => Impossible::SameCity,
            _ if round.is_some_and(|r| r >= rounds) => Impossible::OutOfRange,
            (Some(a), Some(b)) => return Some((a, b)),
        };
        unplaced.push(Unplaced { asked, why });
        None
    };
    let mut setup = Setup {
        capacity: capacity(session),
        absent,
        locks: Vec::new(),
        requests: Vec::new(),
    };
    let mut locks = Vec::new();
    for lock in &session.locks.meetings {
        let asked = Asked::MeetingLock {
            cities: lock.cities.clone(),
            round: lock.round,
        };
        if let Some((a, b)) = pair(&lock.cities, asked.clone(), Some(lock.round)) {
            setup.locks.push((a, b, lock.round));
            locks.push(asked);
        }
    }
    let mut requests = Vec::new();
    for cities in &session.requested {
        let asked = Asked::Pair {
            cities: cities.clone(),
        };
        if let Some(found) = pair(cities, asked.clone(), None) {
            setup.requests.push(found);
            requests.push(asked);
        }
    }
    (setup, locks, requests)
}

/// The rounds as ids: each meeting at a table (spread evenly) with its reason, then the free
/// and the absent.
fn rounds(scores: &Scores, board: &Board, tables: usize) -> Vec<Round> {
    let id = |c: usize| scores.ids[c].clone();
    board
        .rounds
        .iter()
        .enumerate()
        .map(|(r, placed)| Round {
            meetings: placed
                .iter()
                .enumerate()
                .map(|(k, p)| {
                    let (a, b) = p.pair;
                    Meeting {
                        cities: [id(a), id(b)],
                        table: k % tables.max(1),
                        reason: match p.kind {
                            Kind::Locked => MeetingReason::Locked,
                            Kind::Requested => MeetingReason::Requested,
                            Kind::Suggested => MeetingReason::Suggested {
                                ranks: [scores.rank(a, b), scores.rank(b, a)],
                                score: stored(scores.score(a, b)),
                            },
                        },
                    }
                })
                .collect(),
            free: (0..board.cities())
                .filter(|&c| board.free(r, c))
                .map(id)
                .collect(),
            absent: (0..board.cities())
                .filter(|&c| board.absent(r, c))
                .map(id)
                .collect(),
        })
        .collect()
}
