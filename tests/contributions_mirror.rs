//! The copy of the device's profiles that the pages without IndexedDB add to their dataset: it
//! gives them the same cities `with_profiles` gives the Contribute page, and a copy that does
//! not fit the dataset (changed on the device, or the dataset changed) is refused whole.

mod common;

use common::catalog;
use common::contributions::kisumu;
use passerelle::contributions::{with_profiles, Mirror, MirrorError, Profile};
use passerelle::data::{self, Dataset, PackError};
use passerelle::matching::{self, MatchIndex, MatchQuery};
use serde_json::{json, Value};

fn profile(value: Value) -> Profile {
    serde_json::from_value(value).expect("a profile")
}

/// Kisumu and a network with no city, as the Contribute page mirrors them.
fn mirrored() -> Mirror {
    let mut friends = profile(kisumu());
    friends.id = "friends-of-lake-victoria".into();
    friends.name = "Friends of Lake Victoria".into();
    let extended =
        with_profiles(&catalog(), &[profile(kisumu()), friends]).expect("profiles accepted");
    let text = Mirror::of(&extended).to_text().expect("packs");
    Mirror::from_text(&text).expect("reads back")
}

fn shipped() -> Dataset {
    catalog().data().clone()
}

#[test]
fn the_copy_gives_the_other_pages_the_cities_the_contribute_page_matches() {
    let extended = with_profiles(&catalog(), &[profile(kisumu())]).expect("accepted");
    let copy = Mirror::from_text(&Mirror::of(&extended).to_text().expect("packs")).expect("reads");
    let mut dataset = shipped();
    let described = copy.add_to(&mut dataset).expect("fits");
    assert_eq!(described, extended.profiles);
    let catalog = data::from_dataset(dataset).expect("the extended dataset passes validate");
    assert_eq!(catalog.data(), extended.catalog.data());

    let query = MatchQuery::new("kisumu");
    let ranked = |c: &data::Catalog| {
        let index = MatchIndex::new(c);
        let suggestions = matching::rank(c, &index, &query).expect("ranks");
        suggestions
            .iter()
            .map(|s| c.cities()[s.city].id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ranked(&catalog), ranked(&extended.catalog));
}

#[test]
fn a_copy_that_is_not_the_apps_is_refused() {
    assert_eq!(
        Mirror::from_text("not base64 at all!").map(|_| ()),
        Err(MirrorError::NotBase64)
    );
    assert_eq!(
        Mirror::from_text("UFNSTERBVEE").map(|_| ()),
        Err(MirrorError::Unpacked(PackError::NotPacked))
    );
    let text = mirrored().to_text().expect("packs");
    let cut = &text[..text.len() - 8];
    assert!(matches!(
        Mirror::from_text(cut),
        Err(MirrorError::Unpacked(PackError::Damaged(_)))
    ));
}

#[test]
fn a_copy_that_no_longer_fits_the_dataset_adds_nothing() {
    // Kisumu merged into the dataset by a maintainer since.
    let mut merged = shipped();
    mirrored().add_to(&mut merged).expect("fits once");
    let before = merged.clone();
    assert_eq!(
        mirrored().add_to(&mut merged),
        Err(MirrorError::Misfit("kisumu".into()))
    );
    assert_eq!(merged, before, "nothing added");

    let mut no_network = shipped();
    no_network.networks.retain(|n| n.id != "uclga");
    assert!(mirrored().add_to(&mut no_network).is_err());

    let mut no_sector = shipped();
    no_sector.sectors.retain(|s| s.id != "waste-management");
    assert!(mirrored().add_to(&mut no_sector).is_err());
}

#[test]
fn a_copy_whose_facts_claim_a_source_document_is_refused() {
    let mut value = serde_json::to_value(mirrored()).expect("serialises");
    value["profiles"][0]["city"]["priorities"][0]["source"] = json!({"doc": "odi-2020"});
    let forged: Mirror = serde_json::from_value(value.clone()).expect("still a mirror");
    assert_eq!(
        forged.add_to(&mut shipped()),
        Err(MirrorError::Misfit("kisumu".into()))
    );
    value = serde_json::to_value(mirrored()).expect("serialises");
    value["profiles"][1]["city"]["id"] = json!("Not An Id");
    let forged: Mirror = serde_json::from_value(value).expect("still a mirror");
    assert!(forged.add_to(&mut shipped()).is_err());
}
