//! A proposal as a readable Markdown document, in the user's language. Text is escaped so
//! that it reads as written wherever the document is rendered (never as HTML, never as
//! Markdown structure) and as plain text too: only what Markdown would read is escaped.

use super::document::{outline, Body, Heading, Wording};
use super::model::Proposal;
use crate::data::Catalog;

/// Where a character stands on its line, for the marks that only count at a line's start.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// Only spaces so far: `#`, `>`, `-`, `+`, `=` would start a block.
    Blank,
    /// Only digits so far: `.` or `)` would make a numbered list.
    Digits,
    Other,
}

/// Escapes what Markdown or HTML would read as structure, and only that, so that the document
/// also reads as written as plain text: inline marks (`*`, `` ` ``, `[`, `<`, an entity's `&`,
/// `_` at a word's edge, ...) everywhere, block marks only at a line's start.
pub fn escape(text: &str) -> String {
    let chars: Vec<char> = text.chars().filter(|&c| c != '\r').collect();
    let word = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|c| c.is_alphanumeric())
    };
    let mut out = String::with_capacity(text.len());
    let mut lead = Lead::Blank;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let must = match c {
            '\\' | '`' | '*' | '<' | '[' | ']' | '~' | '|' => true,
            '_' => !(word(i.checked_sub(1)) && word(Some(i + 1))),
            '&' => next.is_some_and(|n| n == '#' || n.is_ascii_alphanumeric()),
            '#' | '>' | '-' | '+' | '=' => lead == Lead::Blank,
            '.' | ')' => lead == Lead::Digits,
            _ => false,
        };
        if must {
            out.push('\\');
        }
        out.push(c);
        lead = match (c, lead) {
            ('\n', _) => Lead::Blank,
            (' ' | '\t', Lead::Blank) => Lead::Blank,
            ('0'..='9', Lead::Blank | Lead::Digits) => Lead::Digits,
            _ => Lead::Other,
        };
    }
    out
}

/// Multi-line text as a paragraph: each line escaped, line breaks kept.
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
    let document = outline(p, catalog, words);
    let mut out = format!(
        "# {}\n\n**{}:** {}\n\n",
        escape(&document.title),
        escape(&words.heading(Heading::Status)),
        escape(&document.status)
    );
    for section in document.sections {
        let body = match section.body {
            Body::Text(text) => paragraph(text.trim_end()),
            Body::List(items) => items
                .iter()
                .map(|item| match (&item.lead, item.text.is_empty()) {
                    (Some(lead), true) => format!("- **{}**", escape(lead)),
                    (Some(lead), false) => {
                        format!("- **{}**: {}", escape(lead), paragraph(&item.text))
                    }
                    (None, _) => format!("- {}", paragraph(&item.text)),
                })
                .collect::<Vec<_>>()
                .join("\n"),
        };
        out.push_str(&format!(
            "## {}\n\n{body}\n\n",
            escape(&words.heading(section.heading))
        ));
    }
    out
}
