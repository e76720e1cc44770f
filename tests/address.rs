//! The app's state as a URL query: every screen, filter and match setting written and read
//! back, unknown values refused, each screen on its page, natively.

mod common;

use common::catalog;
use passerelle::address::{Address, AddressError, Page, Screen};
use passerelle::data::PartnershipStatus;
use passerelle::filter::{Facet, ShareRange, SortKey};
use passerelle::search::SearchIndex;

#[test]
fn a_page_opened_without_a_view_shows_its_own_first_screen() {
    let catalog = catalog();
    for (page, home) in [
        (Page::Explore, Screen::List),
        (Page::Workspace, Screen::Match(None)),
        (Page::Visual, Screen::Map(None)),
        (Page::Workshop, Screen::Sessions),
        (Page::Contribute, Screen::Contribute),
    ] {
        for query in ["", "?", "?lang=fr"] {
            let address = Address::parse_on(page, query, &catalog).expect("no view is valid");
            assert_eq!(address.screen, home, "{page:?} {query:?}");
            assert_eq!(address.screen.page(), page, "{page:?} needs no other page");
        }
    }
    let named = Address::parse_on(Page::Workspace, "?view=list", &catalog).expect("valid");
    assert_eq!(
        named.screen,
        Screen::List,
        "a named view is kept, on whichever page"
    );
}

#[test]
fn routes_round_trip_through_the_url() {
    let catalog = catalog();
    let mut route = Address::new(Screen::Matrix);
    route.filter.set(Facet::Continent, ["africa".to_string()]);
    route.filter.set(
        Facet::Sector,
        ["waste-management".to_string(), "housing".to_string()],
    );
    route.filter.share = ShareRange {
        min: Some(5),
        max: None,
    };
    route.filter.query = "Évry & co".into();
    route.sort = SortKey::Sector("housing".into());
    route.embed = true;
    let query = route.to_query();
    assert_eq!(
        query,
        "?view=matrix&continent=africa&sector=housing%2Cwaste-management&share=5-&q=%C3%89vry+%26+co&sort=sector%3Ahousing&embed=1"
    );
    assert_eq!(Address::parse(&query, &catalog), Ok(route.clone()));
    // Links written before values were percent-encoded, with bare commas and colons, still open.
    let older = "?view=matrix&continent=africa&sector=housing,waste-management&share=5-&q=%C3%89vry+%26+co&sort=sector:housing&embed=1";
    assert_eq!(Address::parse(older, &catalog), Ok(route));
    assert_eq!(Address::default().to_query(), "?");
    let city = Address::new(Screen::City("zurich".into()));
    assert_eq!(Address::parse(&city.to_query(), &catalog), Ok(city));
}

#[test]
fn map_routes_keep_focus_and_statuses_and_refuse_unknown_ones() {
    let catalog = catalog();
    let mut route = Address::new(Screen::Map(Some("dakar".into())));
    route.statuses = [PartnershipStatus::Pipeline, PartnershipStatus::Existing].into();
    let query = route.to_query();
    assert_eq!(query, "?view=map&city=dakar&status=existing%2Cpipeline");
    assert_eq!(Address::parse(&query, &catalog), Ok(route));
    assert_eq!(
        Address::parse("?view=map&status=signed", &catalog),
        Err(AddressError::UnknownValue {
            param: "status".into(),
            value: "signed".into()
        })
    );
    assert_eq!(
        Address::parse("?view=map&city=atlantis", &catalog),
        Err(AddressError::UnknownCity("atlantis".into()))
    );
    let grid = Address::new(Screen::Memberships);
    assert_eq!(grid.href(Page::Explore), "visual.html?view=memberships");
}

#[test]
fn unknown_ids_in_the_url_are_errors_not_silently_dropped() {
    let catalog = catalog();
    assert_eq!(
        Address::parse("?view=city&city=atlantis", &catalog),
        Err(AddressError::UnknownCity("atlantis".into()))
    );
    assert_eq!(
        Address::parse("?view=city", &catalog),
        Err(AddressError::MissingCity)
    );
    assert_eq!(
        Address::parse("?view=moon", &catalog),
        Err(AddressError::UnknownView("moon".into()))
    );
    assert_eq!(
        Address::parse("?sector=waste", &catalog),
        Err(AddressError::UnknownValue {
            param: "sector".into(),
            value: "waste".into()
        })
    );
    assert!(Address::parse("?sort=sector:nothing", &catalog).is_err());
    assert!(Address::parse("?share=40-10", &catalog).is_err());
    // Parameters the app does not know are ignored.
    assert_eq!(
        Address::parse("?utm_source=newsletter", &catalog),
        Ok(Address::default())
    );
}

#[test]
fn match_settings_round_trip_through_the_url() {
    use passerelle::data::Mode;
    use passerelle::matching::{TiePolicy, Weights};
    let catalog = catalog();
    let mut route = Address::new(Screen::Match(Some("freetown".into())));
    route
        .filter
        .set(Facet::Sector, ["waste-management".to_string()]);
    route.matching.ties = TiePolicy::Exclude;
    route.matching.mode = Some(Mode::Development);
    route.matching.peers = true;
    route.matching.cross_continental = true;
    route.matching.weights = Some(Weights {
        language: 2.5,
        ..Weights::for_mode(Some(Mode::Development))
    });
    let query = route.to_query();
    assert_eq!(
        query,
        "?view=match&city=freetown&sector=waste-management&ties=exclude&mode=development&peers=1&cross=1&weights=4%2C0.25%2C4%2C2.5%2C1%2C1%2C5"
    );
    assert_eq!(Address::parse(&query, &catalog), Ok(route));
    let before_wishes = Address::parse("?view=match&city=dakar&weights=3,1.5,1,0.5,1,1", &catalog)
        .map(|r| r.matching.weights.map(|w| w.wishes));
    assert_eq!(
        before_wishes,
        Ok(Some(Weights::default().wishes)),
        "links made before wishes were weighted still open"
    );
    assert_eq!(
        Address::parse("?view=match", &catalog).map(|r| r.screen),
        Ok(Screen::Match(None)),
        "the Match view without a city asks for one"
    );
    assert_eq!(
        Address::parse("?view=match&city=atlantis", &catalog),
        Err(AddressError::UnknownCity("atlantis".into()))
    );
    assert!(Address::parse("?view=match&city=dakar&ties=always", &catalog).is_err());
    assert!(Address::parse("?view=match&city=dakar&weights=1,2,3", &catalog).is_err());
}

#[test]
fn links_between_the_two_pages_name_the_other_page() {
    use passerelle::address::Page;
    let to_match = Address::new(Screen::Match(Some("dakar".into())));
    assert_eq!(
        to_match.href(Page::Explore),
        "work.html?view=match&city=dakar"
    );
    assert_eq!(to_match.href(Page::Workspace), "?view=match&city=dakar");
    let to_list = Address::default();
    assert_eq!(to_list.href(Page::Workspace), "./");
    assert_eq!(to_list.href(Page::Explore), "?");
    let profile = Address::new(Screen::City("dakar".into()));
    assert_eq!(profile.href(Page::Workspace), "./?view=city&city=dakar");
}

#[test]
fn back_on_a_screen_finds_the_link_the_user_followed() {
    use passerelle::address::Page;
    let profile = Address::new(Screen::City("dakar".into()));
    assert_eq!(
        profile.link_selector(Page::Explore),
        r#"main a[href="?view=city&city=dakar"]"#
    );
    assert_eq!(
        profile.link_selector(Page::Workspace),
        r#"main a[href="./?view=city&city=dakar"]"#
    );
    // What the user typed is percent-encoded: the selector's quotes are its own.
    let mut searched = Address::default();
    searched.filter.query = r#"say "hi" \ bye"#.into();
    let selector = searched.link_selector(Page::Explore);
    assert_eq!(selector.matches('"').count(), 2, "{selector}");
    assert!(!selector.contains('\\'), "{selector}");
}

#[test]
fn proposal_routes_belong_to_the_workspace() {
    use passerelle::address::Page;
    let catalog = catalog();
    let new = Address::parse(
        "?view=new-proposal&city=dakar,milan&sector=waste-management&from=profile",
        &catalog,
    )
    .expect("valid");
    assert_eq!(
        new.screen,
        Screen::NewProposal {
            cities: vec!["dakar".into(), "milan".into()],
            from: "profile".into()
        }
    );
    assert_eq!(new.screen.page(), Page::Workspace);
    assert_eq!(Address::parse(&new.to_query(), &catalog), Ok(new));
    assert_eq!(
        Address::parse("?view=proposal&id=p-0a1b", &catalog).map(|r| r.screen),
        Ok(Screen::Proposal("p-0a1b".into()))
    );
    assert!(Address::parse("?view=proposal&id=<script>", &catalog).is_err());
    assert_eq!(
        Address::parse("?view=proposal", &catalog),
        Err(AddressError::MissingProposal)
    );
    assert_eq!(
        Address::parse("?view=new-proposal&city=atlantis", &catalog),
        Err(AddressError::UnknownCity("atlantis".into()))
    );
}

#[test]
fn workshop_routes_belong_to_the_workshop_page() {
    use passerelle::address::Page;
    let catalog = catalog();
    let session = Address::parse("?view=session&id=s-0a1b", &catalog).expect("valid");
    assert_eq!(session.screen, Screen::Session("s-0a1b".into()));
    assert_eq!(session.screen.page(), Page::Workshop);
    assert_eq!(
        session.href(Page::Explore),
        "workshop.html?view=session&id=s-0a1b"
    );
    assert_eq!(Address::parse(&session.to_query(), &catalog), Ok(session));
    // A session link without an id shows the list; a bad id is refused.
    assert_eq!(
        Address::parse("?view=session", &catalog).map(|r| r.screen),
        Ok(Screen::Sessions)
    );
    assert!(Address::parse("?view=session&id=<script>", &catalog).is_err());
    assert_eq!(
        Address::new(Screen::Sessions).href(Page::Workspace),
        "workshop.html?view=sessions"
    );
}

#[test]
fn the_embed_code_view_names_a_valid_view() {
    let catalog = catalog();
    let route = Address::parse(
        "?view=embed-code&of=%3Fview%3Dmatrix%26sector%3Dhousing",
        &catalog,
    )
    .expect("valid");
    assert_eq!(
        route.screen,
        Screen::EmbedCode("?view=matrix&sector=housing".into())
    );
    assert_eq!(Address::parse(&route.to_query(), &catalog), Ok(route));
    assert_eq!(
        Address::parse(
            "?view=embed-code&of=%3Fview%3Dcity%26city%3Datlantis",
            &catalog
        ),
        Err(AddressError::UnknownCity("atlantis".into()))
    );
}

#[test]
fn an_address_asks_for_partners_in_its_sectors_among_its_filtered_cities() {
    let catalog = catalog();
    let address = Address::parse(
        "?view=match&city=freetown&continent=europe&sector=waste-management&stance=need&peers=1",
        &catalog,
    )
    .expect("valid");
    let query = address.match_query("freetown", &catalog, &SearchIndex::new(&catalog, None));
    assert_eq!(query.city, "freetown");
    assert_eq!(
        query.sectors.iter().collect::<Vec<_>>(),
        ["waste-management"]
    );
    assert!(query.peers);
    // Sector and stance say what to match on, so they do not narrow the candidates; the
    // continent does.
    let candidates = query
        .candidates
        .expect("the continent narrows the candidates");
    assert!(!candidates.is_empty());
    assert!(candidates
        .iter()
        .all(|&c| catalog.cities()[c].continent == passerelle::data::Continent::Europe));
    let unfiltered = Address::parse("?view=match&city=freetown&sector=housing", &catalog)
        .expect("valid")
        .match_query("freetown", &catalog, &SearchIndex::new(&catalog, None));
    assert_eq!(unfiltered.candidates, None);
}

#[test]
fn malformed_escapes_in_a_link_are_read_as_text() {
    let catalog = catalog();
    let address = Address::parse("?q=50%25+%zz&view=list", &catalog).expect("valid");
    assert_eq!(address.filter.query, "50% %zz");
    assert_eq!(
        Address::parse("?q=%E2%82", &catalog).map(|a| a.filter.query),
        Ok("\u{fffd}".to_string())
    );
}
