//! Which screen of which page the user is looking at.

use strum::IntoStaticStr;

/// What the user is looking at.
#[derive(Debug, Clone, Default, PartialEq, Eq, IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Screen {
    #[default]
    List,
    City(String),
    Matrix,
    Networks,
    /// About the data: sources, notes on disagreements.
    Sources,
    /// Partner suggestions for a city (none yet: the user picks one).
    Match(Option<String>),
    /// The proposals stored on this device.
    Proposals,
    /// One proposal, by id.
    Proposal(String),
    /// Starts a proposal with these cities (the sectors come from the sector facet), then opens
    /// it; `from` says where it started (`profile`, `match`, `empty`).
    NewProposal {
        cities: Vec<String>,
        from: String,
    },
    /// The iframe snippet for embedding another screen, given by its query string.
    EmbedCode(String),
    /// The map of collaborations; with a city, focus mode on it.
    Map(Option<String>),
    /// Which city belongs to which network.
    Memberships,
    /// The workshop sessions stored on this device.
    Sessions,
    /// One workshop session, by id: its settings, plan, edits and outputs.
    Session(String),
    /// The profiles described on this device, contribution files and corrections.
    Contribute,
    /// One self-described profile, by id: its form and its partners.
    Profile(String),
}

/// The app is four pages, each its own WebAssembly module, so that the first screen downloads
/// only what exploring needs: the Explore page (list, profiles, matrix, networks, sources), the
/// Workspace page (match-making, proposals), the Visual page (map, network memberships) and the
/// Workshop page (workshop sessions: the planner loads only there) and the Contribute page
/// (self-described profiles, contribution files, share links).
/// Links between them are ordinary page loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Explore,
    Workspace,
    Visual,
    Workshop,
    Contribute,
}

impl Page {
    /// What the page shows when its address names no view (`work.html` alone): its own first
    /// screen, so that opening it downloads nothing more and sends the user nowhere else.
    pub fn home(self) -> Screen {
        match self {
            Page::Explore => Screen::List,
            Page::Workspace => Screen::Match(None),
            Page::Visual => Screen::Map(None),
            Page::Workshop => Screen::Sessions,
            Page::Contribute => Screen::Contribute,
        }
    }

    /// The page's address relative to the app's folder.
    pub fn file(self) -> &'static str {
        match self {
            Page::Explore => "./",
            Page::Workspace => "work.html",
            Page::Visual => "visual.html",
            Page::Workshop => "workshop.html",
            Page::Contribute => "contribute.html",
        }
    }
}

impl Screen {
    pub fn page(&self) -> Page {
        match self {
            Screen::Match(_)
            | Screen::Proposals
            | Screen::Proposal(_)
            | Screen::NewProposal { .. } => Page::Workspace,
            Screen::Map(_) | Screen::Memberships => Page::Visual,
            Screen::Sessions | Screen::Session(_) => Page::Workshop,
            Screen::Contribute | Screen::Profile(_) => Page::Contribute,
            _ => Page::Explore,
        }
    }

    /// The value of the `view` parameter.
    pub(super) fn id(&self) -> &'static str {
        self.into()
    }
}
