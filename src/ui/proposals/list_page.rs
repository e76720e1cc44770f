//! The proposals on this device: progress, search and filters, new proposals, export of all,
//! and import with a choice for every proposal that already exists.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::super::app::use_data;
use super::super::dates::{local_date, LocalDate};
use super::super::embed::EmbedStorageNote;
use super::super::i18n::*;
use super::super::labels::{text, text_owned};
use super::super::location::{use_location, use_route, Link};
use super::super::terms::TermName;
use super::state::{fresh_id, now, use_proposals, Keeping};
use super::transfer::{download, read_chosen_file};
use super::words::{self, Words};
use crate::data::vocabulary::TermKind;
use crate::proposals::exchange::{self, Conflict, ImportPlan, Resolution};
use crate::proposals::list::{filter, progress, recent_changes, ProposalFilter};
use crate::proposals::markdown::to_markdown;
use crate::proposals::{Proposal, Status};
use crate::route::{Route, View};

fn proposal_route(id: String, embed: bool) -> Route {
    let mut to = Route::with_view(View::Proposal(id));
    to.embed = embed;
    to
}

#[component]
pub fn ProposalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    let route = use_route();
    let location = use_location();
    let new_proposal = move |_| {
        spawn_local(async move {
            let p = state.create(|_| {}).await;
            location.go(&proposal_route(p.id, route.with_untracked(|r| r.embed)));
        });
    };
    view! {
        <div class="page proposals-page">
            <h1>{text(move || t_string!(i18n, proposals.title))}</h1>
            <p class="lead">{text(move || t_string!(i18n, proposals.lead))}</p>
            <KeepingNotice />
            <EmbedStorageNote />
            <div class="actions">
                <button type="button" class="button primary" on:click=new_proposal>{text(move || t_string!(i18n, proposals.create))}</button>
                <ExportAll />
            </div>
            <Import />
            <Progress />
            <ProposalList />
        </div>
    }
}

/// Where the proposals are kept, said plainly when it is not safe.
#[component]
fn KeepingNotice() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    move || {
        match state.keeping.get() {
        Keeping::MemoryOnly(reason) => view! {
            <p class="warning" role="alert">{text(move || t_string!(i18n, proposal.memory_only))}" ("{reason}")"</p>
        }
        .into_any(),
        Keeping::Stored { persistent: Some(false) } => {
            view! { <p class="note">{text(move || t_string!(i18n, proposals.not_persistent))}</p> }.into_any()
        }
        Keeping::Stored { persistent: Some(true) } => {
            view! { <p class="note">{text(move || t_string!(i18n, proposals.persistent))}</p> }.into_any()
        }
        _ => ().into_any(),
    }
    }
}

#[component]
fn ExportAll() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let stamp = || now().get(..10).unwrap_or("export").to_string();
    let json = move |_| {
        let file = state
            .items
            .with_untracked(|all| exchange::export(all, &now()));
        let _ = download(
            &format!("passerelle-proposals-{}.json", stamp()),
            "application/json",
            &file,
        );
    };
    let words = Words::current();
    let markdown = move |_| {
        let text = state
            .items
            .with_untracked(|all| to_markdown(all, &data.catalog, &words));
        let _ = download(
            &format!("passerelle-proposals-{}.md", stamp()),
            "text/markdown",
            &text,
        );
    };
    let empty = move || state.items.with(Vec::is_empty);
    view! {
        <button type="button" class="button" disabled=empty on:click=json>{text(move || t_string!(i18n, proposals.export_all_json))}</button>
        <button type="button" class="button" disabled=empty on:click=markdown>{text(move || t_string!(i18n, proposals.export_all_markdown))}</button>
    }
}

#[derive(Debug, Clone, PartialEq)]
enum ImportOutcome {
    Refused(String),
    Done { added: usize, unchanged: usize },
    Failed(String),
}

/// Import: the file is checked in full first; nothing is stored until every conflict has an
/// answer.
#[component]
fn Import() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let input = NodeRef::<Input>::new();
    let plan = RwSignal::new(None::<ImportPlan>);
    let choices = RwSignal::new(Vec::<Option<Resolution>>::new());
    let outcome = RwSignal::new(None::<ImportOutcome>);

    // Stores the plan's new proposals and the answers to its conflicts, in one transaction.
    let apply_plan = move |planned: ImportPlan, answers: Vec<Option<Resolution>>| {
        let mut writes: Vec<Proposal> = planned.added.clone();
        for (conflict, answer) in planned.conflicts.iter().zip(&answers) {
            writes.extend(exchange::resolve(
                conflict,
                answer.unwrap_or(Resolution::KeepMine),
                &fresh_id(),
                &now(),
            ));
        }
        let unchanged = planned.unchanged.len()
            + answers
                .iter()
                .filter(|a| **a == Some(Resolution::KeepMine))
                .count();
        let added = writes.len();
        spawn_local(async move {
            outcome.set(Some(match state.put_all(writes).await {
                Ok(()) => ImportOutcome::Done { added, unchanged },
                Err(e) => ImportOutcome::Failed(e.to_string()),
            }));
            plan.set(None);
        });
    };
    let on_file = move |_| {
        let Some(element) = input.get_untracked() else {
            return;
        };
        let data = data.clone();
        spawn_local(async move {
            outcome.set(None);
            let text = match read_chosen_file(&element).await {
                Ok(text) => text,
                Err(e) => return outcome.set(Some(ImportOutcome::Refused(e))),
            };
            element.set_value("");
            match exchange::parse(&text, &data.catalog) {
                Err(error) => outcome.set(Some(ImportOutcome::Refused(error.to_string()))),
                Ok(incoming) => {
                    let planned = state
                        .items
                        .with_untracked(|existing| exchange::plan(incoming, existing));
                    if planned.conflicts.is_empty() {
                        apply_plan(planned, Vec::new());
                    } else {
                        choices.set(vec![None; planned.conflicts.len()]);
                        plan.set(Some(planned));
                    }
                }
            }
        });
    };
    let apply = move |_| {
        if let Some(planned) = plan.get_untracked() {
            apply_plan(planned, choices.get_untracked());
        }
    };
    let all_answered = move || choices.with(|c| c.iter().all(Option::is_some));
    view! {
        <section class="profile-section import">
            <h2>{text(move || t_string!(i18n, proposals.import))}</h2>
            <label class="field">
                <span>{text(move || t_string!(i18n, proposals.import_choose))}</span>
                <input type="file" accept="application/json,.json" node_ref=input on:change=on_file />
            </label>
            {move || outcome.get().map(|o| match o {
                ImportOutcome::Refused(why) => view! {
                    <div class="warning" role="alert">
                        <p>{text(move || t_string!(i18n, proposals.import_refused))}</p>
                        <p><code>{why}</code></p>
                    </div>
                }.into_any(),
                ImportOutcome::Failed(why) => view! {
                    <p class="warning" role="alert">{text(move || t_string!(i18n, proposals.import_failed))}" "{why}</p>
                }.into_any(),
                ImportOutcome::Done { added, unchanged } => view! {
                    <p class="note" role="status">{text_owned(move || t_string!(i18n, proposals.import_done, added, unchanged).into_owned())}</p>
                }.into_any(),
            })}
            {move || plan.get().map(|planned| {
                let (added, unchanged, conflicts) = (planned.added.len(), planned.unchanged.len(), planned.conflicts.len());
                view! {
                <div class="card import-plan" role="region" aria-label=move || t_string!(i18n, proposals.import_review)>
                    <p>{text_owned(move || t_string!(i18n, proposals.import_summary, added, unchanged, conflicts).into_owned())}</p>
                    <ul class="conflicts">
                        {planned.conflicts.iter().cloned().enumerate().map(|(i, conflict)| view! { <ConflictRow i conflict choices /> }).collect_view()}
                    </ul>
                    <div class="actions">
                        <button type="button" class="button primary" disabled=move || !all_answered() on:click=apply>{text(move || t_string!(i18n, proposals.import_apply))}</button>
                        <button type="button" class="button" on:click=move |_| plan.set(None)>{text(move || t_string!(i18n, proposal.cancel))}</button>
                    </div>
                </div>
            }})}
        </section>
    }
}

/// The two versions side by side, and the three answers.
#[component]
fn ConflictRow(
    i: usize,
    conflict: Conflict,
    choices: RwSignal<Vec<Option<Resolution>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = move |p: &Proposal| {
        format!(
            "“{}” · {} · {}",
            p.title,
            words::status(i18n, p.status),
            local_date(&p.updated, i18n.get_locale().as_str())
        )
    };
    let (mine, theirs) = (conflict.local.clone(), conflict.incoming.clone());
    let choice = move |resolution: Resolution,
                       label: fn(super::super::labels::I18n) -> &'static str| {
        view! {
            <button
                type="button"
                class="chip"
                aria-pressed=move || choices.with(|c| (c.get(i).copied().flatten() == Some(resolution)).to_string())
                on:click=move |_| choices.update(|c| if let Some(slot) = c.get_mut(i) { *slot = Some(resolution) })
            >
                {text(move || label(i18n))}
            </button>
        }
    };
    view! {
        <li class="conflict-row">
            <dl>
                <div><dt>{text(move || t_string!(i18n, proposals.on_this_device))}</dt><dd>{move || summary(&mine)}</dd></div>
                <div><dt>{text(move || t_string!(i18n, proposals.in_the_file))}</dt><dd>{move || summary(&theirs)}</dd></div>
            </dl>
            <div class="chips" role="group">
                {choice(Resolution::KeepMine, |i18n| t_string!(i18n, proposal.keep_mine))}
                {choice(Resolution::TakeTheirs, |i18n| t_string!(i18n, proposals.take_file))}
                {choice(Resolution::KeepBoth, |i18n| t_string!(i18n, proposal.keep_both))}
            </div>
        </li>
    }
}

/// How many proposals are at each status, and what changed recently.
#[component]
fn Progress() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    view! {
        <section class="profile-section two-columns">
            <div>
                <h2>{text(move || t_string!(i18n, proposals.progress))}</h2>
                <dl class="progress">
                    {move || state.items.with(|all| progress(all)).into_iter().map(|(status, n)| view! {
                        <div><dt>{text(move || words::status(i18n, status))}</dt><dd>{n}</dd></div>
                    }).collect_view()}
                </dl>
            </div>
            <div>
                <h2>{text(move || t_string!(i18n, proposals.recent))}</h2>
                <ol class="history">
                    {move || state.items.with(|all| recent_changes(all, 6)).into_iter().map(|change| {
                        let title = if change.title.trim().is_empty() { t_string!(i18n, proposal.untitled).to_string() } else { change.title.clone() };
                        view! { <li><LocalDate iso=change.at.clone() />" · "{title}" → "{text(move || words::status(i18n, change.status))}</li> }
                    }).collect_view()}
                </ol>
            </div>
        </section>
    }
}

#[component]
fn ProposalList() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let route = use_route();
    let query = RwSignal::new(String::new());
    let status = RwSignal::new(None::<Status>);
    let city = RwSignal::new(String::new());
    let sector = RwSignal::new(String::new());
    let shown = {
        let data = data.clone();
        Memo::new(move |_| {
            let f = ProposalFilter {
                query: query.get(),
                statuses: status.get().into_iter().collect(),
                city: Some(city.get()).filter(|c| !c.is_empty()),
                sector: Some(sector.get()).filter(|s| !s.is_empty()),
            };
            state.items.with(|all| {
                filter(all, &data.catalog, &f)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
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
            <h2>{text_owned(move || t_string!(i18n, proposals.count, count = shown.with(Vec::len)).into_owned())}</h2>
            <div class="proposal-filters">
                <label class="field">
                    <span>{text(move || t_string!(i18n, proposals.search))}</span>
                    <input type="search" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{text(move || t_string!(i18n, proposal.status))}</span>
                    <select on:change=move |ev| status.set(Status::from_id(&event_target_value(&ev)))>
                        <option value="">{text(move || t_string!(i18n, proposals.any_status))}</option>
                        {Status::ALL.into_iter().map(|s| view! { <option value=s.id()>{text(move || words::status(i18n, s))}</option> }).collect_view()}
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
                <For each=move || shown.get() key=|p| (p.id.clone(), p.revision, p.updated.clone()) let(p)>
                    {
                        let target = Signal::derive({
                            let id = p.id.clone();
                            move || proposal_route(id.clone(), route.with(|r| r.embed))
                        });
                        let title = if p.title.trim().is_empty() { t_string!(i18n, proposal.untitled).to_string() } else { p.title.clone() };
                        let status = p.status;
                        view! {
                            <li class="card">
                                <h3 class="card-title"><Link route=target>{title}</Link></h3>
                                <p class="card-subtitle">{city_names(&p)}</p>
                                <p>
                                    <span class="badge">{text(move || words::status(i18n, status))}</span>
                                    " "
                                    <span class="since"><LocalDate iso=p.updated.clone() /></span>
                                </p>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}

/// Starts a proposal from a link (a profile, another page) and opens it in place of the link,
/// so reloading or going back does not start another.
#[component]
pub fn NewProposal(cities: Vec<String>, from: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    let route = use_route();
    let location = use_location();
    let started = StoredValue::new(false);
    Effect::new(move |_| {
        if state.keeping.with(|k| *k == Keeping::Opening) || started.get_value() {
            return;
        }
        started.set_value(true);
        let (cities, from) = (cities.clone(), from.clone());
        let sectors: Vec<String> = route.with_untracked(|r| {
            r.filter
                .values(crate::filter::Facet::Sector)
                .iter()
                .cloned()
                .collect()
        });
        let embed = route.with_untracked(|r| r.embed);
        spawn_local(async move {
            let created = state
                .create(move |p| {
                    for c in &cities {
                        p.add_city(c);
                    }
                    p.sectors = sectors;
                    p.origin = Some(crate::proposals::Origin {
                        kind: from,
                        reasons: Vec::new(),
                    });
                })
                .await;
            location.replace(&proposal_route(created.id, embed));
        });
    });
    view! { <p class="loading page">{text(move || t_string!(i18n, proposal.opening))}</p> }
}
