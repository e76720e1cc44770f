//! `plan`: a workshop session from the command line, printed as tables, rounds and the
//! schedule's quality beside the greedy baseline, or as a workshop file (`--json`).

use clap::Args;
use passerelle::data::Catalog;
use passerelle::id::Id;
use passerelle::matching::MatchIndex;
use passerelle::planner::{
    self, clock, timeline, Asked, Gap, Impossible, MeetingReason, SeatReason, Session, Unplaced,
};

use super::options::{list, DataFile};
use super::Failure;

/// The command prints times of day, never the date, so any fixed creation time will do; a
/// fixed one keeps the output reproducible.
const CREATED: &str = "2026-01-01T00:00:00Z";

#[derive(Args)]
pub struct PlanArgs {
    /// An attending city, two or more (repeatable, or comma-separated)
    #[arg(long, value_name = "ID", value_delimiter = ',', required = true)]
    city: Vec<String>,
    /// A sector the thematic tables discuss (repeatable, or comma-separated)
    #[arg(long, value_name = "SECTOR", value_delimiter = ',', required = true)]
    theme: Vec<String>,
    /// How many tables seat the cities in each slot
    #[arg(long, value_name = "N", default_value_t = 3)]
    tables: usize,
    /// How many bilateral rounds follow the tables
    #[arg(long, value_name = "N", default_value_t = 4)]
    rounds: usize,
    /// The fewest cities at a table [default: the cities per table, from 1 to 3]
    #[arg(long, value_name = "N")]
    min_size: Option<usize>,
    /// The most cities at a table [default: enough to seat every city, at least 6]
    #[arg(long, value_name = "N")]
    max_size: Option<usize>,
    /// How many table slots, each seating every city anew
    #[arg(long, value_name = "N", default_value_t = 1)]
    slots: usize,
    /// How long a round lasts, in minutes
    #[arg(long, value_name = "N", default_value_t = 15)]
    minutes: u32,
    /// When the session starts, local time: each slot and round is printed with its times
    /// [default: 09:00]
    #[arg(long, value_name = "HH:MM")]
    start: Option<String>,
    /// Print the session as a workshop file (docs/workshop-format.md)
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    data: DataFile,
}

pub fn plan(args: &PlanArgs) -> Result<bool, Failure> {
    let catalog = args.data.catalog()?;
    let mut session = Session::new("cli", CREATED);
    session.cities = list(&args.city);
    session.themes = list(&args.theme);
    if session.cities.len() < 2 || session.themes.is_empty() {
        return Err(Failure(
            "plan needs --city ID (two or more) and --theme SECTOR".into(),
        ));
    }
    let tables = args.tables;
    let cities = session.cities.len();
    session.tables.count = tables;
    session.tables.max_size = args
        .max_size
        .unwrap_or(cities.div_ceil(tables.max(1)).max(6));
    session.tables.min_size = args
        .min_size
        .unwrap_or((cities / tables.max(1)).clamp(1, 3));
    session.tables.slots = args.slots;
    session.rounds.count = args.rounds;
    session.rounds.minutes = args.minutes;
    if let Some(start) = &args.start {
        session.start = start.clone();
    }
    let index = MatchIndex::new(&catalog);
    let plan = planner::plan(&catalog, &index, &session)?;
    session.plan = Some(plan);
    if args.json {
        println!("{}", planner::export(&session, CREATED));
    } else {
        print(&catalog, &session);
    }
    Ok(true)
}

fn print(catalog: &Catalog, session: &Session) {
    let Some(plan) = &session.plan else { return };
    let name = |id: &str| catalog.city(id).map_or(id.to_string(), |c| c.name.clone());
    let times = timeline(session);
    let span = |s: Option<planner::Span>| {
        s.map_or(String::new(), |s| {
            format!(" {}–{}", clock(s.start), clock(s.end))
        })
    };
    println!(
        "Workshop: {} cities on {}; {} tables of {} to {}; {} rounds of {} minutes",
        session.cities.len(),
        session.themes.join(", "),
        session.tables.count,
        session.tables.min_size,
        session.tables.max_size,
        session.rounds.count,
        session.rounds.minutes
    );
    for (s, tables) in plan.slots.iter().enumerate() {
        println!(
            "\nTables, slot {}{}",
            s + 1,
            span(times.as_ref().and_then(|t| t.slots.get(s).copied()))
        );
        for (t, table) in tables.iter().enumerate() {
            let seats: Vec<String> = table
                .seats
                .iter()
                .map(|seat| {
                    let why = match &seat.reason {
                        SeatReason::Stance { stance, source, .. } => {
                            format!(
                                "{}, {} {}",
                                stance.id(),
                                source.doc,
                                source.section.as_deref().unwrap_or("")
                            )
                        }
                        SeatReason::NoStance => "no stance".into(),
                    };
                    let lock = if seat.locked { ", locked" } else { "" };
                    format!("{} ({}{lock})", name(&seat.city), why.trim_end())
                })
                .collect();
            println!("  Table {} · {}: {}", t + 1, table.theme, seats.join("; "));
            for gap in &table.gaps {
                let lacks = match gap {
                    Gap::NoExpertise => "no attending city states expertise here",
                    Gap::NoNeed => "no attending city states a need here",
                };
                println!("    note: {lacks}");
            }
        }
    }
    println!("\nBilateral rounds");
    for (r, round) in plan.rounds.iter().enumerate() {
        if let Some(Some(pause)) = times.as_ref().and_then(|t| t.breaks.get(r)) {
            println!("  Break{}", span(Some(*pause)));
        }
        println!(
            "  Round {}{}",
            r + 1,
            span(times.as_ref().and_then(|t| t.rounds.get(r).copied()))
        );
        for m in &round.meetings {
            let why = match &m.reason {
                MeetingReason::Locked => "locked".to_string(),
                MeetingReason::Requested => "requested".to_string(),
                MeetingReason::Suggested { ranks, .. } => {
                    let rank = |r: Option<usize>| r.map_or("unranked".into(), |r| format!("#{r}"));
                    format!(
                        "suggested: {} for the first, {} for the second",
                        rank(ranks[0]),
                        rank(ranks[1])
                    )
                }
            };
            println!(
                "    table {}: {} – {} ({why})",
                m.table + 1,
                name(&m.cities[0]),
                name(&m.cities[1])
            );
        }
        if !round.free.is_empty() {
            let free: Vec<String> = round.free.iter().map(|c| name(c)).collect();
            println!("    free: {}", free.join(", "));
        }
        if !round.absent.is_empty() {
            let absent: Vec<String> = round.absent.iter().map(|c| name(c)).collect();
            println!("    absent: {}", absent.join(", "));
        }
    }
    for u in &plan.unplaced {
        println!("Not placed: {}", unplaced(u));
    }
    println!(
        "\nQuality (share of each city's top-5 suggestions it meets): planner {:.3}, greedy baseline {:.3}",
        plan.quality.planner, plan.quality.baseline
    );
}

/// A request the plan leaves out, in English.
fn unplaced(u: &Unplaced) -> String {
    let what = match &u.asked {
        Asked::Pair { cities } => format!("the requested pair {} – {}", cities[0], cities[1]),
        Asked::MeetingLock { cities, round } => {
            format!(
                "the meeting {} – {} locked in round {}",
                cities[0],
                cities[1],
                round + 1
            )
        }
        Asked::TableLock { city, slot, table } => {
            format!("{city} locked at table {} in slot {}", table + 1, slot + 1)
        }
    };
    let why = match &u.why {
        Impossible::NotAttending { city } => format!("{city} does not attend"),
        Impossible::SameCity => "a city cannot meet itself".into(),
        Impossible::OutOfRange => "beyond the session's rounds, slots or tables".into(),
        Impossible::Absent { city } => format!("{city} is absent then"),
        Impossible::Busy { city } => format!("{city} is already locked elsewhere then"),
        Impossible::Twice => "the pair is already locked".into(),
        Impossible::NoCommonRound => "absences leave no round both attend".into(),
        Impossible::NoFreeRound => "every round both attend is taken by locks and requests".into(),
        Impossible::RoundFull => "locks fill the round's tables".into(),
        Impossible::TableFull => "locks fill the table".into(),
    };
    format!("{what}: {why}")
}
