//! The shipped dataset compared with the source documents themselves: every quotation, every
//! Table 1 row and every Table A1 cell. These tests need the documents, which live beside the
//! checkout in `../shared/seeds` (or `PASSERELLE_SEEDS`); without them they say so and stop.

mod common;

use std::collections::BTreeMap;

use common::{seeds_dir, shipped_json};
use passerelle::{data, quotes};

fn documents() -> Option<(data::Dataset, BTreeMap<String, String>)> {
    let Some(dir) = seeds_dir() else {
        eprintln!("SKIPPED: source documents not found (set PASSERELLE_SEEDS to the seeds folder)");
        return None;
    };
    let dataset = data::parse(&shipped_json()).expect("shipped dataset parses");
    let docs = dataset
        .sources
        .iter()
        .map(|d| {
            let text =
                std::fs::read_to_string(dir.join(&d.file)).expect("source document readable");
            (d.id.clone(), text)
        })
        .collect();
    Some((dataset, docs))
}

#[test]
fn every_quotation_stands_verbatim_in_its_source() {
    let Some((dataset, docs)) = documents() else {
        return;
    };
    let misquotes = quotes::check(&dataset, &docs);
    assert!(
        misquotes.is_empty(),
        "quotations not found in their sources: {misquotes:#?}"
    );
    assert!(quotes::quotations(&dataset).len() > 300);
}

/// The tab-separated rows of a table, from its caption to the first line that is not a row.
fn table_rows<'a>(doc: &'a str, caption: &str) -> Vec<Vec<&'a str>> {
    doc.lines()
        .skip_while(|l| !l.starts_with(caption))
        .skip(1)
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| l.contains('\t') || l.trim().is_empty() || l.starts_with(caption))
        .filter(|l| l.contains('\t'))
        .map(|l| l.split('\t').collect())
        .collect()
}

#[test]
fn every_table_1_row_is_in_the_dataset() {
    let Some((dataset, docs)) = documents() else {
        return;
    };
    let rows = table_rows(&docs["odi-2020"], "Table 1 Key characteristics");
    assert_eq!(rows.first().map(|r| r[0]), Some("City name"));
    let rows = &rows[1..];
    assert_eq!(rows.len(), 13);
    for row in rows {
        let [name, country, mayor, population, share] = row[..] else {
            panic!("unexpected Table 1 row {row:?}")
        };
        let city = dataset
            .cities
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("Table 1 city {name} missing"));
        assert!(city.participant, "{name}");
        assert_eq!(
            city.sources
                .characteristics
                .as_ref()
                .and_then(|s| s.section.as_deref()),
            Some("Table 1")
        );
        assert!(
            country == city.country || (country, city.country.as_str()) == ("UK", "United Kingdom"),
            "{name}: {country} vs {}",
            city.country
        );
        assert_eq!(city.population_text.as_deref(), Some(population), "{name}");
        assert_eq!(
            city.migrant_share_pct,
            Some(
                share
                    .trim_end_matches('%')
                    .parse::<f64>()
                    .expect("percentage")
            ),
            "{name}"
        );
        let (mayor_name, year) = mayor
            .trim_end_matches(')')
            .split_once(" (")
            .expect("mayor (year)");
        let recorded = city.mayor.as_ref().expect("mayor");
        assert_eq!(recorded.since, year.parse().ok(), "{name}");
        if recorded.name != mayor_name {
            // A different spelling is allowed only where a note records the disagreement.
            assert!(
                dataset.notes.iter().any(|n| n
                    .text
                    .contains(mayor_name.rsplit(' ').next().unwrap_or(mayor_name))
                    && n.text
                        .contains(recorded.name.rsplit(' ').next().unwrap_or(&recorded.name))),
                "{name}: mayor '{}' differs from Table 1 '{mayor_name}' without a note",
                recorded.name
            );
        }
    }
}

#[test]
fn every_table_a1_cell_is_a_priority_of_its_city() {
    let Some((dataset, docs)) = documents() else {
        return;
    };
    let rows = table_rows(&docs["odi-2020"], "Table A1 Participating cities");
    let header = rows
        .iter()
        .find(|r| r.get(1) == Some(&"Youth employment & job creation"))
        .expect("column header");
    let misaligned = dataset
        .notes
        .iter()
        .find(|n| n.id == "table-a1-misaligned")
        .expect("note on misaligned cells");
    let mut cells = 0;
    for row in rows.iter().filter(|r| !r[0].is_empty() && r[0] != "City") {
        let city = dataset
            .cities
            .iter()
            .find(|c| c.name == row[0])
            .unwrap_or_else(|| panic!("{} missing", row[0]));
        for (column, cell) in row
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, c)| !c.trim().is_empty())
        {
            cells += 1;
            let cell = cell.trim();
            let priority = city
                .priorities
                .iter()
                .find(|p| p.text == cell && p.source.section.as_deref() == Some("Table A1"))
                .unwrap_or_else(|| panic!("{}: Table A1 cell '{cell}' missing", city.name));
            let sector = dataset
                .sectors
                .iter()
                .find(|s| s.id == priority.sector)
                .expect("sector");
            let rendered_under = header[column];
            assert!(
                sector.name == rendered_under
                    || (misaligned.text.contains(&city.name) && misaligned.text.contains(cell)),
                "{}: '{cell}' is under '{rendered_under}' in Table A1 but filed under '{}' without a note",
                city.name,
                sector.name
            );
        }
    }
    assert_eq!(cells, 59, "Table A1 has 59 filled cells in 11 rows");
}
