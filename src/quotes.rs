//! Checks that every quoted text in the dataset stands, word for word, in the source document it
//! cites. Mayors' offices quote the app in letters, so a paraphrase posing as a quote is a defect.
//!
//! Quotes are compared after folding typography the text renderings of the PDFs use
//! inconsistently (curly quotes, dashes, bold markers, line breaks). A quote may leave words out
//! with " … "; its parts must then appear in order.

use std::collections::BTreeMap;

use crate::data::{Dataset, SourceRef};

/// A quoted text the source it cites does not contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misquote {
    pub path: String,
    pub doc: String,
    pub text: String,
}

/// Folds the typographic differences between the dataset and the text renderings.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.replace("**", "").chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// Whether `quote` stands in `document` (both normalized), allowing " … " omissions.
pub fn is_quoted_in(quote: &str, document: &str) -> bool {
    let quote = normalize(quote);
    let mut from = 0;
    for part in quote.split(" \u{2026} ") {
        let part = part.trim_matches(|c| c == ' ' || c == '.');
        match document[from..].find(part) {
            Some(at) => from += at + part.len(),
            None => return false,
        }
    }
    true
}

/// Every quoted text of the dataset with the path to it and the source it cites.
pub fn quotations(data: &Dataset) -> Vec<(String, &str, &SourceRef)> {
    let mut out: Vec<(String, &str, &SourceRef)> = Vec::new();
    for (collection, terms) in data.vocabularies() {
        for (i, t) in terms.iter().enumerate() {
            out.push((format!("{collection}[{i}].text"), &t.text, &t.source));
        }
    }
    for (i, c) in data.cities.iter().enumerate() {
        let p = format!("cities[{i}]");
        for (j, x) in c.priorities.iter().enumerate() {
            out.push((format!("{p}.priorities[{j}].text"), &x.text, &x.source));
        }
        for (j, x) in c.challenges.iter().enumerate() {
            out.push((format!("{p}.challenges[{j}].text"), &x.text, &x.source));
        }
        for (j, x) in c.opportunities.iter().enumerate() {
            out.push((format!("{p}.opportunities[{j}].text"), &x.text, &x.source));
        }
        for (j, x) in c.initiatives.iter().enumerate() {
            out.push((format!("{p}.initiatives[{j}].text"), &x.text, &x.source));
        }
        for (j, x) in c.wishes.iter().enumerate() {
            out.push((format!("{p}.wishes[{j}].text"), &x.text, &x.source));
        }
        for (j, x) in c.covid_responses.iter().enumerate() {
            out.push((format!("{p}.covid_responses[{j}].text"), &x.text, &x.source));
        }
        for (j, x) in c.mobility.iter().enumerate() {
            out.push((format!("{p}.mobility[{j}].text"), &x.text, &x.source));
        }
    }
    for (i, n) in data.networks.iter().enumerate() {
        out.push((format!("networks[{i}].text"), &n.text, &n.source));
    }
    for (i, p) in data.partnerships.iter().enumerate() {
        out.push((format!("partnerships[{i}].summary"), &p.summary, &p.source));
    }
    for (i, f) in data.funding.iter().enumerate() {
        out.push((format!("funding[{i}].text"), &f.text, &f.source));
        for (j, e) in f.eligibility.iter().enumerate() {
            out.push((
                format!("funding[{i}].eligibility[{j}].text"),
                &e.text,
                &e.source,
            ));
        }
    }
    out
}

/// Checks every quotation against the documents, given as a map from document id to its text.
/// Quotations of a document that is not in the map are reported too.
pub fn check(data: &Dataset, documents: &BTreeMap<String, String>) -> Vec<Misquote> {
    let normalized: BTreeMap<&str, String> = documents
        .iter()
        .map(|(id, text)| (id.as_str(), normalize(text)))
        .collect();
    quotations(data)
        .into_iter()
        .filter(|(_, _, source)| !source.is_reference() && !source.is_contributed())
        .filter(|(_, text, source)| {
            normalized
                .get(source.doc.as_str())
                .is_none_or(|document| !is_quoted_in(text, document))
        })
        .map(|(path, text, source)| Misquote {
            path,
            doc: source.doc.clone(),
            text: text.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_typography_and_line_breaks() {
        assert_eq!(
            normalize("Tunis\u{2019}s  top\n\n **priority** \u{2013} energy"),
            "Tunis's top priority - energy"
        );
    }

    #[test]
    fn finds_quotes_with_omissions_in_order_only() {
        let document = normalize(
            "Milan is renowned for its waste management programme, one of the best in Europe.",
        );
        assert!(is_quoted_in(
            "Milan is renowned for its waste management programme",
            &document
        ));
        assert!(is_quoted_in(
            "Milan is renowned \u{2026} one of the best in Europe.",
            &document
        ));
        assert!(!is_quoted_in(
            "one of the best in Europe \u{2026} Milan is renowned",
            &document
        ));
        assert!(!is_quoted_in(
            "Milan is famous for its waste management programme",
            &document
        ));
    }
}
