//! Profiles and contribution files for the contribution tests.

use serde_json::{json, Value};

/// Kisumu, Kenya, a city the 2020 papers do not cover, with a need in waste management in its
/// own words.
pub const KISUMU_WORDS: &str =
    "Our informal settlements have no regular waste collection; we need help to organise it.";

pub fn kisumu() -> Value {
    json!({
        "id": "kisumu",
        "name": "Kisumu",
        "kind": "city",
        "country": "Kenya",
        "country_code": "KE",
        "continent": "africa",
        "location": {"lat": -0.09, "lon": 34.77},
        "languages": ["en", "sw"],
        "networks": [{"dataset": "uclga"}, {"new": "Lake Victoria Cities"}],
        "priorities": [
            {"sector": "waste-management", "stance": "need", "text": KISUMU_WORDS}
        ],
        "facts": null,
        "date": "2026-11-20"
    })
}

pub fn file(profiles: Vec<Value>, corrections: Vec<Value>) -> Value {
    json!({
        "format": "passerelle-contribution",
        "version": 1,
        "exported_at": "2026-11-23T10:00:00.000Z",
        "contributor": "Kisumu County planning office",
        "profiles": profiles,
        "corrections": corrections
    })
}

pub fn tunis_population() -> Value {
    json!({
        "path": "cities/tunis/population",
        "value": 700000,
        "reason": "The 2024 census counts more residents.",
        "reference": "Institut National de la Statistique, 2024 census",
        "who": "Tunis city office",
        "when": "2026-11-21"
    })
}
