//! A proposal as a document in the user's language: a title, a status and sections of plain
//! text. The Markdown export and the print view both write out this one outline, so what is
//! printed and what is exported never differ.

use super::model::{Proposal, Status};
use crate::data::{Catalog, Mode};

/// The words of the document, from the interface language.
pub trait Wording {
    fn heading(&self, heading: Heading) -> String;
    fn status(&self, status: Status) -> String;
    fn mode(&self, mode: Mode) -> String;
    fn entry_point(&self, id: &str) -> String;
    fn stakeholder(&self, id: &str) -> String;
    /// A dataset sector's name, by id.
    fn sector(&self, id: &str) -> String;
    /// An ISO date or timestamp in words ("15 December 2026").
    fn date(&self, iso: &str) -> String;
    /// What the proposal was started from ([`super::Origin::kind`]), as a sentence.
    fn origin(&self, kind: &str) -> String;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Untitled,
    Status,
    Cities,
    Sectors,
    Mode,
    Goals,
    Opportunities,
    Challenges,
    EntryPoints,
    Stakeholders,
    Funding,
    Milestones,
    Notes,
    History,
    Context,
    Done,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub title: String,
    pub status: String,
    /// Only the sections with something in them, in the editor's order.
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub heading: Heading,
    pub body: Body,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Text as the user wrote it, line breaks kept.
    Text(String),
    List(Vec<Item>),
}

/// One entry of a list: "**Freetown**: what it brings", "**15 December 2026**: Mind-lab opens".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub lead: Option<String>,
    pub text: String,
}

impl Item {
    fn text(text: impl Into<String>) -> Item {
        Item {
            lead: None,
            text: text.into(),
        }
    }

    fn led(lead: String, text: impl Into<String>) -> Item {
        Item {
            lead: Some(lead),
            text: text.into(),
        }
    }
}

/// The proposal's document, in the words of `words`.
pub fn outline(p: &Proposal, catalog: &Catalog, words: &dyn Wording) -> Document {
    let title = if p.title.trim().is_empty() {
        words.heading(Heading::Untitled)
    } else {
        p.title.clone()
    };
    let city = |id: &str| {
        catalog
            .city(id)
            .map_or_else(|| id.to_string(), |c| c.name.clone())
    };
    let funding = |id: &str| {
        catalog
            .funding(id)
            .map_or_else(|| id.to_string(), |f| f.name.clone())
    };
    // Chosen terms, then what the user wrote under "other".
    let tagged = |ids: &[String], name: &dyn Fn(&str) -> String, other: &str| {
        ids.iter()
            .map(|id| Item::text(name(id)))
            .chain((!other.trim().is_empty()).then(|| Item::text(other)))
            .collect::<Vec<_>>()
    };
    let done = words.heading(Heading::Done);
    let mut origin = Vec::new();
    if let Some(o) = &p.origin {
        origin.push(Item::text(words.origin(&o.kind)));
        origin.extend(o.reasons.iter().map(Item::text));
    }
    let sections = [
        (
            Heading::Cities,
            Body::List(
                p.cities
                    .iter()
                    .map(|c| Item::led(city(&c.city), c.contribution.trim()))
                    .collect(),
            ),
        ),
        (
            Heading::Sectors,
            Body::List(
                p.sectors
                    .iter()
                    .map(|s| Item::text(words.sector(s)))
                    .collect(),
            ),
        ),
        (
            Heading::Mode,
            Body::Text(p.mode.map(|m| words.mode(m)).unwrap_or_default()),
        ),
        (Heading::Goals, Body::Text(p.goals.clone())),
        (Heading::Opportunities, Body::Text(p.opportunities.clone())),
        (Heading::Challenges, Body::Text(p.challenges.clone())),
        (
            Heading::EntryPoints,
            Body::List(tagged(
                &p.entry_points,
                &|id| words.entry_point(id),
                &p.other_entry_points,
            )),
        ),
        (
            Heading::Stakeholders,
            Body::List(tagged(
                &p.stakeholders,
                &|id| words.stakeholder(id),
                &p.other_stakeholders,
            )),
        ),
        (
            Heading::Funding,
            Body::List(tagged(&p.funding, &funding, &p.other_funding)),
        ),
        (
            Heading::Milestones,
            Body::List(
                p.milestones
                    .iter()
                    .map(|m| {
                        let text = if m.done {
                            format!("{} ({done})", m.text)
                        } else {
                            m.text.clone()
                        };
                        Item::led(words.date(&m.date), text)
                    })
                    .collect(),
            ),
        ),
        (Heading::Notes, Body::Text(p.notes.clone())),
        (
            Heading::History,
            Body::List(
                p.history
                    .iter()
                    .map(|h| Item::led(words.date(&h.at), words.status(h.status)))
                    .collect(),
            ),
        ),
        (Heading::Context, Body::List(origin)),
    ];
    Document {
        title,
        status: words.status(p.status),
        sections: sections
            .into_iter()
            .filter(|(_, body)| match body {
                Body::Text(text) => !text.trim().is_empty(),
                Body::List(items) => !items.is_empty(),
            })
            .map(|(heading, body)| Section { heading, body })
            .collect(),
    }
}
