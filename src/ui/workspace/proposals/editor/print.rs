//! The proposal as a document, shown only when printing.

use leptos::prelude::*;

use crate::data::vocabulary::TermKind;
use crate::proposals::Proposal;
use crate::ui::browser::dates::local_date;
use crate::ui::context::{use_data, use_terms};
use crate::ui::i18n::*;
use crate::ui::widgets::words;
use crate::ui::workspace::proposals::wording;

/// The proposal as a document, shown only when printing. All text is set as text.
#[component]
pub(super) fn PrintView(draft: RwSignal<Proposal>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let section = move |heading: crate::proposals::markdown::Heading, body: String| {
        (!body.trim().is_empty()).then(
            || view! { <h2>{wording::heading(i18n, heading)}</h2><p class="print-text" dir="auto">{body}</p> },
        )
    };
    view! {
        <article class="print-only user-text" aria-hidden="true">
            {move || {
                use crate::proposals::markdown::Heading as H;
                let p = draft.get();
                let catalog = &data.catalog;
                let cities: Vec<String> = p
                    .cities
                    .iter()
                    .map(|c| {
                        let name = catalog.city(&c.city).map_or_else(|| c.city.clone(), |x| x.name.clone());
                        if c.contribution.trim().is_empty() { name } else { format!("{name}: {}", c.contribution) }
                    })
                    .collect();
                let sectors: Vec<String> = p.sectors.iter().map(|s| terms.name(TermKind::Sector, s)).collect();
                let entry: Vec<String> = p.entry_points.iter().map(|e| wording::entry_point(i18n, e).to_string()).chain((!p.other_entry_points.is_empty()).then(|| p.other_entry_points.clone())).collect();
                let stake: Vec<String> = p.stakeholders.iter().map(|e| wording::stakeholder(i18n, e).to_string()).chain((!p.other_stakeholders.is_empty()).then(|| p.other_stakeholders.clone())).collect();
                let funding: Vec<String> = p.funding.iter().map(|f| catalog.funding(f).map_or_else(|| f.clone(), |x| x.name.clone())).chain((!p.other_funding.is_empty()).then(|| p.other_funding.clone())).collect();
                let language = i18n.get_locale().as_str();
                let milestones: Vec<String> = p.milestones.iter().map(|m| format!("{} {}", local_date(&m.date, language), m.text)).collect();
                let title = if p.title.trim().is_empty() { wording::heading(i18n, H::Untitled).to_string() } else { p.title.clone() };
                view! {
                    <h1 dir="auto">{title}</h1>
                    <p>{format!("{}: {}", wording::heading(i18n, H::Status), wording::status(i18n, p.status))}</p>
                    {section(H::Cities, cities.join("\n"))}
                    {section(H::Sectors, sectors.join(", "))}
                    {section(H::Mode, p.mode.map(|m| words::mode(i18n, m).to_string()).unwrap_or_default())}
                    {section(H::Goals, p.goals.clone())}
                    {section(H::Opportunities, p.opportunities.clone())}
                    {section(H::Challenges, p.challenges.clone())}
                    {section(H::EntryPoints, entry.join(", "))}
                    {section(H::Stakeholders, stake.join(", "))}
                    {section(H::Funding, funding.join("\n"))}
                    {section(H::Milestones, milestones.join("\n"))}
                    {section(H::Notes, p.notes.clone())}
                }
            }}
        </article>
    }
}
