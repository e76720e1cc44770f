//! A proposal as a readable Markdown document, in the user's language. User text is escaped so
//! that it reads as written wherever the document is rendered: never as HTML, never as Markdown
//! structure.

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

/// Escapes every character that Markdown or HTML would read as structure.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '<' | '>' | '&' | '~' | '"' => {
                out.push('\\');
                out.push(c);
            }
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Multi-line user text as a paragraph: each line escaped, line breaks kept.
fn paragraph(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("  \n")
}

pub fn to_markdown(proposals: &[Proposal], catalog: &Catalog, words: &dyn Wording) -> String {
    proposals
        .iter()
        .map(|p| one(p, catalog, words))
        .collect::<Vec<_>>()
        .join("\n---\n\n")
}

fn one(p: &Proposal, catalog: &Catalog, words: &dyn Wording) -> String {
    let mut out = String::new();
    let title = if p.title.trim().is_empty() {
        words.heading(Heading::Untitled)
    } else {
        escape(&p.title)
    };
    out.push_str(&format!("# {title}\n\n"));
    out.push_str(&format!(
        "**{}:** {}\n\n",
        words.heading(Heading::Status),
        words.status(p.status)
    ));
    let section = |out: &mut String, heading: Heading, body: String| {
        if !body.trim().is_empty() {
            out.push_str(&format!(
                "## {}\n\n{}\n\n",
                words.heading(heading),
                body.trim_end()
            ));
        }
    };
    let city_name = |id: &str| {
        catalog
            .city(id)
            .map_or_else(|| escape(id), |c| escape(&c.name))
    };
    section(
        &mut out,
        Heading::Cities,
        p.cities
            .iter()
            .map(|c| {
                if c.contribution.trim().is_empty() {
                    format!("- **{}**\n", city_name(&c.city))
                } else {
                    format!(
                        "- **{}**: {}\n",
                        city_name(&c.city),
                        paragraph(&c.contribution)
                    )
                }
            })
            .collect(),
    );
    section(
        &mut out,
        Heading::Sectors,
        p.sectors
            .iter()
            .map(|s| format!("- {}\n", escape(&words.sector(s))))
            .collect(),
    );
    section(
        &mut out,
        Heading::Mode,
        p.mode.map(|m| words.mode(m)).unwrap_or_default(),
    );
    section(&mut out, Heading::Goals, paragraph(&p.goals));
    section(
        &mut out,
        Heading::Opportunities,
        paragraph(&p.opportunities),
    );
    section(&mut out, Heading::Challenges, paragraph(&p.challenges));
    let tagged = |ids: &[String], name: &dyn Fn(&str) -> String, other: &str| {
        let mut body: String = ids.iter().map(|id| format!("- {}\n", name(id))).collect();
        if !other.trim().is_empty() {
            body.push_str(&format!("- {}\n", paragraph(other)));
        }
        body
    };
    section(
        &mut out,
        Heading::EntryPoints,
        tagged(
            &p.entry_points,
            &|id| words.entry_point(id),
            &p.other_entry_points,
        ),
    );
    section(
        &mut out,
        Heading::Stakeholders,
        tagged(
            &p.stakeholders,
            &|id| words.stakeholder(id),
            &p.other_stakeholders,
        ),
    );
    section(
        &mut out,
        Heading::Funding,
        tagged(
            &p.funding,
            &|id| {
                catalog
                    .funding(id)
                    .map_or_else(|| escape(id), |f| escape(&f.name))
            },
            &p.other_funding,
        ),
    );
    section(
        &mut out,
        Heading::Milestones,
        p.milestones
            .iter()
            .map(|m| {
                let done = if m.done {
                    format!(" ({})", words.heading(Heading::Done))
                } else {
                    String::new()
                };
                format!("- {} {}{done}\n", escape(&m.date), paragraph(&m.text))
            })
            .collect(),
    );
    section(&mut out, Heading::Notes, paragraph(&p.notes));
    section(
        &mut out,
        Heading::History,
        p.history
            .iter()
            .map(|h| format!("- {} {}\n", escape(&h.at), words.status(h.status)))
            .collect(),
    );
    if let Some(origin) = &p.origin {
        section(
            &mut out,
            Heading::Context,
            origin
                .reasons
                .iter()
                .map(|r| format!("- {}\n", escape(r)))
                .collect(),
        );
    }
    out
}
