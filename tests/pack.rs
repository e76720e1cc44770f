//! The packed dataset the app loads: it reads back exactly, and bytes that are not a whole
//! dataset packed by this build are refused, never misread and never a panic.

mod common;

use common::shipped_json;
use passerelle::data::{self, PackError};

fn packed() -> Vec<u8> {
    let dataset = data::parse(&shipped_json()).expect("the shipped dataset parses");
    data::pack(&dataset).expect("the shipped dataset packs")
}

#[test]
fn the_shipped_dataset_reads_back_unchanged() {
    let dataset = data::parse(&shipped_json()).expect("the shipped dataset parses");
    let bytes = data::pack(&dataset).expect("packs");
    assert_eq!(data::unpack(&bytes), Ok(dataset.clone()));
    let catalog = data::load_packed(&bytes, |_| ()).expect("loads").0;
    assert_eq!(catalog.cities().len(), dataset.cities.len());
}

#[test]
fn other_files_are_not_taken_for_a_dataset() {
    assert_eq!(
        data::unpack(shipped_json().as_bytes()),
        Err(PackError::NotPacked)
    );
    assert_eq!(data::unpack(b""), Err(PackError::NotPacked));
    assert_eq!(data::unpack(b"PSRLDATA\x01"), Err(PackError::NotPacked));
}

#[test]
fn a_file_packed_by_another_model_is_refused() {
    let mut bytes = packed();
    bytes[8] ^= 0xff;
    assert_eq!(data::unpack(&bytes), Err(PackError::OtherVersion));
}

#[test]
fn every_truncation_and_trailing_bytes_are_damage() {
    let bytes = packed();
    // Every cut inside the body, in steps that cross every kind of field.
    for end in (16..bytes.len()).step_by(97) {
        assert!(
            matches!(data::unpack(&bytes[..end]), Err(PackError::Damaged(_))),
            "cut at {end} of {}",
            bytes.len()
        );
    }
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(data::unpack(&longer), Err(PackError::Damaged(_))));
}

#[test]
fn flipped_bytes_never_panic() {
    let bytes = packed();
    for at in (16..bytes.len()).step_by(131) {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0x5a;
        // Either refused or read: a flipped letter inside a text still decodes.
        let _ = data::unpack(&damaged);
    }
}
