//! What the facilitator fixed, placed before any suggestion: locked meetings in their rounds,
//! then requested pairs in whichever round they fit, the hardest to fit first.

use super::board::{Board, Kind};
use crate::planner::reasons::Impossible;

/// Places each lock `(a, b, round)` (attending, distinct, round in range); for each, why it
/// could not be kept, if so. `ids` names the attendees in the reasons.
pub fn place_locks(
    board: &mut Board,
    locks: &[(usize, usize, usize)],
    ids: &[String],
) -> Vec<Option<Impossible>> {
    locks
        .iter()
        .map(|&(a, b, round)| {
            let city = |c: usize| ids[c].clone();
            let why = if let Some(&c) = [a, b].iter().find(|&&c| board.absent(round, c)) {
                Some(Impossible::Absent { city: city(c) })
            } else if board.met(a, b) {
                Some(Impossible::Twice)
            } else if let Some(&c) = [a, b].iter().find(|&&c| !board.free(round, c)) {
                Some(Impossible::Busy { city: city(c) })
            } else if board.full(round) {
                Some(Impossible::RoundFull)
            } else {
                None
            };
            if why.is_none() {
                board.place(round, a, b, Kind::Locked);
            }
            why
        })
        .collect()
}

/// Places each requested pair (attending, distinct) in the round with the fewest meetings among
/// those where both are free; a pair already placed (locked, or asked twice) is kept as it is.
pub fn place_requests(board: &mut Board, requests: &[(usize, usize)]) -> Vec<Option<Impossible>> {
    let rounds = board.rounds.len();
    let open = |board: &Board, (a, b): (usize, usize)| {
        (0..rounds).filter(|&r| board.can_meet(r, a, b)).count()
    };
    let mut order: Vec<(usize, usize)> = requests
        .iter()
        .enumerate()
        .map(|(i, &pair)| (open(board, pair), i))
        .collect();
    crate::order::sort_by(&mut order, Ord::cmp);
    let mut why = vec![None; requests.len()];
    for (_, i) in order {
        let (a, b) = requests[i];
        if board.met(a, b) {
            continue;
        }
        let best = (0..rounds)
            .filter(|&r| board.can_meet(r, a, b))
            .min_by_key(|&r| (board.rounds[r].len(), r));
        match best {
            Some(r) => board.place(r, a, b, Kind::Requested),
            None if (0..rounds).any(|r| !board.absent(r, a) && !board.absent(r, b)) => {
                why[i] = Some(Impossible::NoFreeRound);
            }
            None => why[i] = Some(Impossible::NoCommonRound),
        }
    }
    why
}
