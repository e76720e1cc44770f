//! The id of every closed list's value (links, the command line) is the name serde writes in the
//! dataset, saved proposals and exports: strum and serde derive them separately, so this test is
//! what keeps them from drifting apart.

use std::fmt::Debug;

use passerelle::data::vocabulary::{TermKind, Vocabulary};
use passerelle::data::{Continent, Mode, NetworkType, PartnershipStatus, Scope, Stance};
use passerelle::id::{Id, VariantArray};
use passerelle::matching::Confidence;
use passerelle::proposals::Status;
use serde::Serialize;
use serde_json::Value;

fn serde_name_is_id<T: Id + Serialize + Debug>() {
    for &value in T::VARIANTS {
        let written = serde_json::to_value(value).expect("a unit variant serialises");
        assert_eq!(written, Value::String(value.id().into()), "{value:?}");
        assert_eq!(T::from_id(value.id()).map(|v| v.id()), Some(value.id()));
    }
}

#[test]
fn serde_names_are_the_ids() {
    serde_name_is_id::<Continent>();
    serde_name_is_id::<Stance>();
    serde_name_is_id::<Mode>();
    serde_name_is_id::<PartnershipStatus>();
    serde_name_is_id::<NetworkType>();
    serde_name_is_id::<Scope>();
    serde_name_is_id::<Confidence>();
    serde_name_is_id::<Status>();
}

#[test]
fn term_kind_ids_are_the_keys_of_a_vocabulary_file() {
    let mut file = serde_json::Map::new();
    file.insert("language".into(), "fr".into());
    for kind in TermKind::VARIANTS {
        file.insert(kind.id().into(), Value::Object(Default::default()));
    }
    let json = Value::Object(file).to_string();
    assert!(Vocabulary::parse(&json).is_ok(), "{json}");
}

#[test]
fn an_unknown_id_is_none() {
    assert_eq!(Continent::from_id("antarctica"), None);
    assert_eq!(
        Continent::from_id("north-america"),
        Some(Continent::NorthAmerica)
    );
}
