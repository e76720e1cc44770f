//! A schedule being built, by attendee position: each round's meetings, who is busy or absent
//! in each round, and which pairs have met, so every hard constraint is checked in constant time.

/// Where a meeting comes from; only suggested meetings may be moved by the search.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Locked,
    Requested,
    Suggested,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    pub pair: (usize, usize),
    pub kind: Kind,
}

/// The rounds of one-to-one meetings between `n` cities.
#[derive(Debug, Clone, PartialEq)]
pub struct Board {
    n: usize,
    /// Meetings a round can hold: the tables' seats, two a meeting.
    pub capacity: usize,
    absent: Vec<Vec<bool>>,
    busy: Vec<Vec<bool>>,
    met: Vec<bool>,
    pub rounds: Vec<Vec<Placed>>,
}

impl Board {
    /// An empty schedule; `absent[r][c]` says city `c` misses round `r`.
    pub fn new(n: usize, capacity: usize, absent: Vec<Vec<bool>>) -> Board {
        let rounds = absent.len();
        Board {
            n,
            capacity,
            busy: vec![vec![false; n]; rounds],
            absent,
            met: vec![false; n * n],
            rounds: vec![Vec::new(); rounds],
        }
    }

    pub fn cities(&self) -> usize {
        self.n
    }

    pub fn absent(&self, round: usize, city: usize) -> bool {
        self.absent[round][city]
    }

    /// Present in `round` and in no meeting there.
    pub fn free(&self, round: usize, city: usize) -> bool {
        !self.absent[round][city] && !self.busy[round][city]
    }

    pub fn met(&self, a: usize, b: usize) -> bool {
        self.met[a * self.n + b]
    }

    pub fn full(&self, round: usize) -> bool {
        self.rounds[round].len() >= self.capacity
    }

    /// `a` and `b` may meet in `round`: both free there, never met, room left.
    pub fn can_meet(&self, round: usize, a: usize, b: usize) -> bool {
        a != b && self.free(round, a) && self.free(round, b) && !self.met(a, b) && !self.full(round)
    }

    fn mark(&mut self, round: usize, (a, b): (usize, usize), on: bool) {
        self.busy[round][a] = on;
        self.busy[round][b] = on;
        self.met[a * self.n + b] = on;
        self.met[b * self.n + a] = on;
    }

    /// Adds a meeting the caller has checked with [`Board::can_meet`].
    pub fn place(&mut self, round: usize, a: usize, b: usize, kind: Kind) {
        self.mark(round, (a, b), true);
        self.rounds[round].push(Placed { pair: (a, b), kind });
    }

    /// Replaces meeting `i` of `round` by a suggested meeting of `a` and `b`; the caller has
    /// checked that they may meet once the old meeting is gone.
    pub fn replace(&mut self, round: usize, i: usize, a: usize, b: usize) {
        let old = self.rounds[round][i].pair;
        self.mark(round, old, false);
        self.mark(round, (a, b), true);
        self.rounds[round][i] = Placed {
            pair: (a, b),
            kind: Kind::Suggested,
        };
    }

    /// Replaces meetings `i` and `j` of `round` by suggested meetings `p` and `q` of the same
    /// four cities; the caller has checked that neither new pair has met.
    pub fn exchange(
        &mut self,
        round: usize,
        (i, j): (usize, usize),
        p: (usize, usize),
        q: (usize, usize),
    ) {
        let (old_i, old_j) = (self.rounds[round][i].pair, self.rounds[round][j].pair);
        self.mark(round, old_i, false);
        self.mark(round, old_j, false);
        self.mark(round, p, true);
        self.mark(round, q, true);
        self.rounds[round][i] = Placed {
            pair: p,
            kind: Kind::Suggested,
        };
        self.rounds[round][j] = Placed {
            pair: q,
            kind: Kind::Suggested,
        };
    }

    /// Every pair that meets.
    pub fn pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.rounds.iter().flatten().map(|p| p.pair)
    }
}
