//! Thematic tables: in each slot every attending city sits at one table, table `t` on theme
//! `t % themes`, sizes within bounds. Locked cities sit first; then each table is given a city
//! with expertise in its theme and one that needs it (or invests in it), where some attendee
//! states one; then the others go where their stances draw them, towards what a table lacks,
//! away from a theme they sat at in an earlier slot, and towards smaller tables.

use std::collections::BTreeSet;

use super::evidence::{first, reason, strength};
use crate::data::{Catalog, City, Stance};
use crate::planner::plan::model::{Seat, Table};
use crate::planner::reasons::{Asked, Gap, Impossible, Unplaced};
use crate::planner::session::model::Session;

/// The tables of every slot, and the table locks that could not be kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Seating {
    pub slots: Vec<Vec<Table>>,
    pub unplaced: Vec<Unplaced>,
}

/// One slot being filled: table members by attendee position, and why each sits there.
struct Slot<'a> {
    cities: &'a [&'a City],
    themes: Vec<&'a str>,
    min: usize,
    max: usize,
    members: Vec<Vec<usize>>,
    at: Vec<Option<usize>>,
    locked: Vec<bool>,
    role: Vec<Option<Stance>>,
}

impl Slot<'_> {
    fn left(&self) -> usize {
        self.at.iter().filter(|a| a.is_none()).count()
    }

    /// Seats still needed for every table to reach the minimum.
    fn deficit(&self) -> usize {
        self.members
            .iter()
            .map(|m| self.min.saturating_sub(m.len()))
            .sum()
    }

    /// Table `t` can take one more city and still leave enough cities for every minimum.
    fn fits(&self, t: usize) -> bool {
        let size = self.members[t].len();
        size < self.max && (size < self.min || self.left() > self.deficit())
    }

    fn place(&mut self, city: usize, t: usize, role: Option<Stance>) {
        self.members[t].push(city);
        self.at[city] = Some(t);
        self.role[city] = role;
    }

    fn holds(&self, t: usize, stances: &[Stance]) -> bool {
        self.members[t].iter().any(|&c| {
            stances
                .iter()
                .any(|&s| first(self.cities[c], self.themes[t], s).is_some())
        })
    }
}

/// Seats the attendees of `session` (checked: known cities, sizes that can seat them).
pub fn seat(catalog: &Catalog, session: &Session) -> Seating {
    let cities: Vec<&City> = session
        .cities
        .iter()
        .filter_map(|id| catalog.city(id))
        .collect();
    let count = session.tables.count;
    let themes: Vec<&str> = (0..count)
        .filter_map(|t| session.themes.get(t % session.themes.len().max(1)))
        .map(String::as_str)
        .collect();
    let mut history: Vec<BTreeSet<&str>> = vec![BTreeSet::new(); cities.len()];
    let mut slots = Vec::new();
    let mut unplaced = Vec::new();
    for s in 0..session.tables.slots {
        let mut slot = Slot {
            cities: &cities,
            themes: themes.clone(),
            min: session.tables.min_size,
            max: session.tables.max_size,
            members: vec![Vec::new(); themes.len()],
            at: vec![None; cities.len()],
            locked: vec![false; cities.len()],
            role: vec![None; cities.len()],
        };
        unplaced.extend(locks(session, s, &mut slot));
        seed(&mut slot, &history);
        fill(&mut slot, &history);
        for (c, t) in slot.at.iter().enumerate() {
            if let Some(&theme) = t.and_then(|t| themes.get(t)) {
                history[c].insert(theme);
            }
        }
        slots.push(tables(&slot));
    }
    unplaced.extend(
        session
            .locks
            .tables
            .iter()
            .filter(|l| l.slot >= session.tables.slots)
            .map(|l| table_lock(l, Impossible::OutOfRange)),
    );
    Seating { slots, unplaced }
}

fn table_lock(lock: &crate::planner::session::model::TableLock, why: Impossible) -> Unplaced {
    Unplaced {
        asked: Asked::TableLock {
            city: lock.city.clone(),
            slot: lock.slot,
            table: lock.table,
        },
        why,
    }
}

/// Seats the cities locked in slot `s`; returns the locks that cannot be kept.
fn locks(session: &Session, s: usize, slot: &mut Slot) -> Vec<Unplaced> {
    let mut unplaced = Vec::new();
    for lock in session.locks.tables.iter().filter(|l| l.slot == s) {
        let city = session.cities.iter().position(|c| *c == lock.city);
        let why = match city {
            None => Some(Impossible::NotAttending {
                city: lock.city.clone(),
            }),
            Some(_) if lock.table >= slot.members.len() => Some(Impossible::OutOfRange),
            Some(c) if slot.at[c].is_some() => Some(Impossible::Busy {
                city: lock.city.clone(),
            }),
            Some(_) if slot.members[lock.table].len() >= slot.max => Some(Impossible::TableFull),
            Some(c) => {
                slot.place(c, lock.table, None);
                slot.locked[c] = true;
                None
            }
        };
        unplaced.extend(why.map(|why| table_lock(lock, why)));
    }
    unplaced
}

/// Gives each table a city with expertise in its theme, then one with a need (or, failing
/// that, an investment), choosing cities new to the theme and with the fewest other tables
/// they could serve.
fn seed(slot: &mut Slot, history: &[BTreeSet<&str>]) {
    let roles: [(Stance, &[Stance]); 3] = [
        (Stance::Expertise, &[Stance::Expertise]),
        (Stance::Need, &[Stance::Need, Stance::Investing]),
        (Stance::Investing, &[Stance::Need, Stance::Investing]),
    ];
    for (role, satisfied) in roles {
        for t in 0..slot.members.len() {
            if slot.holds(t, satisfied) || !slot.fits(t) {
                continue;
            }
            let theme = slot.themes[t];
            let alternatives = |c: usize| {
                slot.themes
                    .iter()
                    .filter(|th| first(slot.cities[c], th, role).is_some())
                    .count()
            };
            let best = (0..slot.cities.len())
                .filter(|&c| slot.at[c].is_none() && first(slot.cities[c], theme, role).is_some())
                .min_by_key(|&c| (history[c].contains(theme), alternatives(c), c));
            if let Some(c) = best {
                slot.place(c, t, Some(role));
            }
        }
    }
}

/// Seats every remaining city at the table that suits it best among those that fit.
fn fill(slot: &mut Slot, history: &[BTreeSet<&str>]) {
    let themes: BTreeSet<&str> = slot.themes.iter().copied().collect();
    let stated = |c: usize| {
        themes
            .iter()
            .filter(|th| strength(slot.cities[c], th) > 0)
            .count()
    };
    // Cities drawn to few themes choose first; cities with no stance take what is left.
    let mut order: Vec<(bool, usize, usize)> = (0..slot.cities.len())
        .filter(|&c| slot.at[c].is_none())
        .map(|c| (stated(c) == 0, stated(c), c))
        .collect();
    crate::order::sort_by(&mut order, Ord::cmp);
    for (_, _, c) in order {
        let city = slot.cities[c];
        let appeal = |t: usize| {
            let theme = slot.themes[t];
            let mut score = 10 * i64::from(strength(city, theme));
            if !slot.holds(t, &[Stance::Expertise])
                && first(city, theme, Stance::Expertise).is_some()
            {
                score += 15;
            }
            let needs = [Stance::Need, Stance::Investing];
            if !slot.holds(t, &needs) && needs.iter().any(|&s| first(city, theme, s).is_some()) {
                score += 15;
            }
            if history[c].contains(theme) {
                score -= 20;
            }
            score - 3 * slot.members[t].len() as i64
        };
        let open: Vec<usize> = (0..slot.members.len()).filter(|&t| slot.fits(t)).collect();
        // Locks beyond the minimums can leave no table that keeps them all reachable; then any
        // table with room will do.
        let open = if open.is_empty() {
            (0..slot.members.len())
                .filter(|&t| slot.members[t].len() < slot.max)
                .collect()
        } else {
            open
        };
        if let Some(t) = open
            .into_iter()
            .max_by_key(|&t| (appeal(t), std::cmp::Reverse(t)))
        {
            slot.place(c, t, None);
        }
    }
}

/// The tables of a filled slot, seats in the attendees' order, with what each lacks.
fn tables(slot: &Slot) -> Vec<Table> {
    (0..slot.members.len())
        .map(|t| {
            let theme = slot.themes[t];
            let mut members = slot.members[t].clone();
            members.sort_unstable();
            let mut gaps = Vec::new();
            if !slot.holds(t, &[Stance::Expertise]) {
                gaps.push(Gap::NoExpertise);
            }
            if !slot.holds(t, &[Stance::Need, Stance::Investing]) {
                gaps.push(Gap::NoNeed);
            }
            Table {
                theme: theme.to_string(),
                seats: members
                    .into_iter()
                    .map(|c| Seat {
                        city: slot.cities[c].id.clone(),
                        locked: slot.locked[c],
                        reason: reason(slot.cities[c], theme, slot.role[c]),
                    })
                    .collect(),
                gaps,
            }
        })
        .collect()
}
