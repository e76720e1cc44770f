//! Share links and their QR codes: round trips of a proposal and a profile, the sizes that
//! decide whether a link fits a QR code, and hostile or broken fragments.

mod common;

use common::catalog;
use common::contributions::kisumu;
use passerelle::contributions::share::{self, ShareError, Shared, MAX_FRAGMENT};
use passerelle::contributions::{qr_code, ProblemKind, Profile, QrError, MAX_QR_BYTES};
use passerelle::data::Mode;
use passerelle::proposals::{Milestone, Proposal};
use passerelle::records;

/// The origin and page a link is opened on; the fragment follows.
const PAGE: &str = "https://passerelle.example/work.html#";

/// A typical draft: two cities and what each brings, a sector, a mode, a few paragraphs, entry
/// points, stakeholders, funding and two milestones.
fn proposal() -> Proposal {
    let mut p = Proposal::new(
        "p-0123456789abcdef0123456789abcdef",
        "2026-11-23T10:00:00.000Z",
    );
    p.title = "Milan and Freetown: waste collection and recycling jobs for young people".into();
    p.add_city("milan");
    p.add_city("freetown");
    p.cities[0].contribution =
        "AMSA's experience of separate collection, and training for municipal staff.".into();
    p.cities[1].contribution =
        "Pilot wards, community groups and the city's youth employment programme.".into();
    p.sectors = vec!["waste-management".into(), "youth-employment".into()];
    p.mode = Some(Mode::PeerLearning);
    p.goals = "Set up separate collection in two pilot wards of Freetown within a year, and \
        train young people from those wards as collectors and in recycling businesses."
        .into();
    p.opportunities =
        "Milan's food policy pact network already links the two cities' departments.".into();
    p.challenges = "Funding for equipment; keeping trained staff in the municipal company.".into();
    p.entry_points = vec!["training".into(), "entrepreneurship".into()];
    p.stakeholders = vec!["city-departments".into(), "municipal-companies".into()];
    p.funding = vec!["city-climate-finance-gap-fund".into()];
    p.milestones = vec![
        Milestone {
            date: "2027-03-01".into(),
            text: "Study visit to Milan".into(),
            done: false,
        },
        Milestone {
            date: "2027-09-01".into(),
            text: "First pilot ward collecting separately".into(),
            done: false,
        },
    ];
    p
}

fn profile() -> Profile {
    serde_json::from_value(kisumu()).expect("a profile")
}

#[test]
fn a_proposal_and_a_profile_travel_whole_and_fit_a_qr_code() {
    let catalog = catalog();
    for shared in [Shared::Proposal(proposal()), Shared::Profile(profile())] {
        let fragment = share::encode(&shared);
        let link = format!("{PAGE}{fragment}");
        let json = match &shared {
            Shared::Proposal(p) => serde_json::to_string(p),
            Shared::Profile(p) => serde_json::to_string(p),
        }
        .expect("serialises");
        eprintln!(
            "{}: JSON {} bytes, link {} bytes",
            fragment.split('.').next().unwrap_or_default(),
            json.len(),
            link.len()
        );
        assert!(link.len() < json.len(), "compression pays");
        assert!(link.len() <= MAX_QR_BYTES);
        assert_eq!(share::decode(&link[PAGE.len() - 1..], &catalog), Ok(shared));

        let code = qr_code(&link).expect("fits");
        assert_eq!(
            (code.width() - 17) % 4,
            0,
            "a QR code's width is 17 + 4 × version"
        );
        let width = code.width();
        let margin = 4;
        let side = width + 2 * margin;
        // Scale each module to 4 pixels, as a screen shows it, and read it back.
        let scale = 4;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(side * scale, side * scale, |x, y| {
                let (x, y) = (x / scale, y / scale);
                let inside =
                    (margin..margin + width).contains(&x) && (margin..margin + width).contains(&y);
                if inside && code.is_dark(x - margin, y - margin) {
                    0
                } else {
                    255
                }
            });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().expect("the code reads");
        assert_eq!(content, link);
        let runs: usize = code.dark_runs().iter().map(|&(_, _, n)| n).sum();
        let dark = (0..width)
            .flat_map(|y| (0..width).map(move |x| (x, y)))
            .filter(|&(x, y)| code.is_dark(x, y))
            .count();
        assert_eq!(runs, dark);
    }
}

#[test]
fn a_link_too_long_for_a_qr_code_says_so() {
    let text = "x".repeat(MAX_QR_BYTES + 1);
    assert_eq!(
        qr_code(&text),
        Err(QrError::TooLong {
            bytes: MAX_QR_BYTES + 1
        })
    );
}

/// Whether an error is the one a case expects.
type Expect = fn(&ShareError) -> bool;

#[test]
fn hostile_and_broken_fragments_are_typed_problems() {
    let catalog = catalog();
    let good = share::encode(&Shared::Proposal(proposal()));
    let data = good.splitn(3, '.').nth(2).unwrap_or_default().to_string();
    let cases: Vec<(String, Expect)> = vec![
        (String::new(), |e| *e == ShareError::Foreign),
        ("view=list".into(), |e| *e == ShareError::Foreign),
        (format!("invoice.1.{data}"), |e| *e == ShareError::Foreign),
        (
            format!("proposal.2.{data}"),
            |e| matches!(e, ShareError::NewerVersion(v) if v == "2"),
        ),
        (format!("proposal.1.{}", "A".repeat(MAX_FRAGMENT)), |e| {
            matches!(e, ShareError::TooLong { .. })
        }),
        ("proposal.1.abc$def".into(), |e| {
            *e == ShareError::Damaged(14)
        }),
        ("proposal.1.abcde".into(), |e| *e == ShareError::Truncated),
        // A real proposal's content sent as a profile: the shape is wrong.
        (format!("profile.1.{data}"), |e| {
            matches!(e, ShareError::Invalid(_))
        }),
    ];
    for (fragment, expected) in cases {
        let error = share::decode(&fragment, &catalog).expect_err(&fragment);
        assert!(expected(&error), "{fragment:.40}: {error:?}");
    }
    // Every cut of a good link fails cleanly.
    for cut in 0..good.len() {
        assert!(
            share::decode(&good[..cut], &catalog).is_err(),
            "cut at {cut}"
        );
    }
}

#[test]
fn a_small_fragment_that_inflates_past_the_cap_is_refused_before_it_grows() {
    let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 20 * 1024 * 1024], 9);
    let fragment = format!("proposal.1.{}", encode64(&bomb));
    assert!(fragment.len() < MAX_FRAGMENT);
    assert_eq!(
        share::decode(&fragment, &catalog()),
        Err(ShareError::TooLarge)
    );
}

#[test]
fn shared_content_is_checked_like_a_file_import() {
    let catalog = catalog();
    let mut atlantis = proposal();
    atlantis.add_city("atlantis");
    let fragment = share::encode(&Shared::Proposal(atlantis));
    match share::decode(&fragment, &catalog) {
        Err(ShareError::Invalid(problems)) => {
            let first = &problems.list[0];
            assert_eq!(first.path, "proposal.cities[2].city");
            assert_eq!(
                first.kind,
                ProblemKind::Proposal(records::problems::ProblemKind::UnknownCity(
                    "atlantis".into()
                ))
            );
        }
        other => panic!("{other:?}"),
    }
    let mut profile = profile();
    profile.languages.clear();
    profile.priorities[0].text = "x".repeat(5_000);
    let fragment = share::encode(&Shared::Profile(profile));
    match share::decode(&fragment, &catalog) {
        Err(ShareError::Invalid(problems)) => assert_eq!(problems.list.len(), 2),
        other => panic!("{other:?}"),
    }
    let json = miniz_oxide::deflate::compress_to_vec(br#"{"id": ["#, 9);
    let fragment = format!("profile.1.{}", encode64(&json));
    assert!(matches!(
        share::decode(&fragment, &catalog),
        Err(ShareError::Unreadable(_))
    ));
}

/// Base64url as the links write it, for crafting hostile fragments.
fn encode64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

#[test]
fn the_profile_only_functions_read_and_write_the_same_links() {
    let catalog = catalog();
    let profile: Profile = serde_json::from_value(kisumu()).expect("a profile");
    let fragment = share::encode_profile(&profile);
    assert_eq!(fragment, share::encode(&Shared::Profile(profile.clone())));
    assert_eq!(share::decode_profile(&fragment, &catalog), Ok(profile));
    let proposal = share::encode(&Shared::Proposal(proposal()));
    assert_eq!(
        share::decode_profile(&proposal, &catalog),
        Err(ShareError::Foreign)
    );
}
