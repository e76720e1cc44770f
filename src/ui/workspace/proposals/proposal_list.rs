//! The list of proposals with search and filters by status, city and sector.

use leptos::prelude::*;

use crate::address::Screen;
use crate::data::vocabulary::TermKind;
use crate::id::{Id, VariantArray};
use crate::proposals::list::ProposalFilter;
use crate::proposals::{Proposal, Status};
use crate::ui::context::{use_data, use_proposals};
use crate::ui::i18n::*;
use crate::ui::widgets::dates::LocalDate;
use crate::ui::widgets::link::{embedded_address, AppLink};
use crate::ui::widgets::show_more::{restart_when, ShowMore, PAGE};
use crate::ui::widgets::terms::TermName;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workspace::proposals::wording;

#[component]
pub(super) fn ProposalList() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let query = RwSignal::new(String::new());
    let status = RwSignal::new(None::<Status>);
    let city = RwSignal::new(String::new());
    let sector = RwSignal::new(String::new());
    let found = {
        let data = data.clone();
        Memo::new(move |_| {
            let f = ProposalFilter {
                query: query.get(),
                statuses: status.get().into_iter().collect(),
                city: Some(city.get()).filter(|c| !c.is_empty()),
                sector: Some(sector.get()).filter(|s| !s.is_empty()),
            };
            state.items.with(|all| {
                crate::proposals::list::filter(all, &data.catalog, &f)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let shown = RwSignal::new(PAGE);
    restart_when(shown, move || {
        query.track();
        status.track();
        city.track();
        sector.track();
    });
    let total = move || found.with(Vec::len);
    let cities = data.catalog.city_choices();
    let sectors = data.catalog.sector_ids();
    let city_names = {
        let data = data.clone();
        move |p: &Proposal| {
            p.city_ids()
                .map(|c| {
                    data.catalog
                        .city(c)
                        .map_or_else(|| c.to_string(), |x| x.name.clone())
                })
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    view! {
        <section class="profile-section">
            <h2>{text_owned(move || t_string!(i18n, proposals.count, count = total()).into_owned())}</h2>
            <div class="proposal-filters">
                <label class="field">
                    <span>{text(move || t_string!(i18n, proposals.search))}</span>
                    <input type="search" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{text(move || t_string!(i18n, proposal.status))}</span>
                    <select on:change=move |ev| status.set(Status::from_id(&event_target_value(&ev)))>
                        <option value="">{text(move || t_string!(i18n, proposals.any_status))}</option>
                        {Status::VARIANTS.iter().copied().map(|s| view! { <option value=s.id()>{text(move || wording::status(i18n, s))}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{text(move || t_string!(i18n, proposal.cities))}</span>
                    <select on:change=move |ev| city.set(event_target_value(&ev))>
                        <option value="">{text(move || t_string!(i18n, proposals.any_city))}</option>
                        {cities.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{text(move || t_string!(i18n, proposal.sectors))}</span>
                    <select on:change=move |ev| sector.set(event_target_value(&ev))>
                        <option value="">{text(move || t_string!(i18n, proposals.any_sector))}</option>
                        {sectors.into_iter().map(|id| { let name = id.clone(); view! { <option value=id><TermName kind=TermKind::Sector id=name /></option> } }).collect_view()}
                    </select>
                </label>
            </div>
            <ul class="cards">
                <For
                    each=move || found.with(|all| all.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                    key=|p| (p.id.clone(), p.revision, p.updated.clone())
                    let(p)
                >
                    {
                        let target = embedded_address(Screen::Proposal(p.id.clone()));
                        let title = if p.title.trim().is_empty() { t_string!(i18n, proposal.untitled).to_string() } else { p.title.clone() };
                        let status = p.status;
                        // Only an unsaved copy holds it (storage was full when it was made).
                        let unsaved = state.stored(&p.id).is_none();
                        view! {
                            <li class="card">
                                <h3 class="card-title"><AppLink to=target><bdi>{title}</bdi></AppLink></h3>
                                <p class="card-subtitle"><bdi>{city_names(&p)}</bdi></p>
                                <p>
                                    <span class="badge">{text(move || wording::status(i18n, status))}</span>
                                    " "
                                    <span class="since"><LocalDate iso=p.updated.clone() /></span>
                                    {unsaved.then(|| view! { " " <span class="badge badge-warning">{text(move || t_string!(i18n, proposal.unsaved_badge))}</span> })}
                                </p>
                            </li>
                        }
                    }
                </For>
            </ul>
            <ShowMore shown total />
        </section>
    }
}
