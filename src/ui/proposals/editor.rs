//! One proposal, edited in place: every change is written to the journal at once and saved to
//! storage shortly after, with the save state always visible. A save from a stale copy (another
//! tab saved first) opens a choice instead of overwriting.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::super::app::use_data;
use super::super::dates::{local_date, LocalDate};
use super::super::embed::EmbedStorageNote;
use super::super::i18n::*;
use super::super::labels::{self, text, text_owned};
use super::super::location::{use_location, use_route, Link};
use super::super::storage::StorageError;
use super::super::terms::{use_terms, TermName};
use super::super::widgets::CityRef;
use super::journal;
use super::state::{fresh_id, now, use_proposals, Keeping, ProposalsState};
use super::transfer::download;
use super::words::{self, Words};
use crate::data::vocabulary::TermKind;
use crate::data::Mode;
use crate::proposals::exchange::{duplicate_as, export};
use crate::proposals::markdown::to_markdown;
use crate::proposals::rules::{self, Duplicate, Gap};
use crate::proposals::{Milestone, Proposal, ENTRY_POINTS, STAKEHOLDERS};
use crate::route::{Route, View};

/// How long typing pauses before a save.
const SAVE_DELAY: Duration = Duration::from_millis(600);

#[derive(Debug, Clone, PartialEq)]
enum SaveState {
    Saved(String),
    Pending,
    Saving,
    /// Not saved, with why.
    Failed(String),
}

/// The edit session: the working copy and its saving machinery, shared by the fields.
#[derive(Clone, Copy)]
struct Editing {
    draft: RwSignal<Proposal>,
    save_state: RwSignal<SaveState>,
    conflict: RwSignal<Option<Proposal>>,
    /// Counts edits, so a save knows whether more came in while it ran.
    edits: StoredValue<u64>,
    saving: StoredValue<bool>,
    again: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    state: ProposalsState,
}

impl Editing {
    fn new(initial: Proposal, state: ProposalsState) -> Editing {
        // Unsaved edits from a closed or crashed tab come back, on top of the same revision.
        let recovered =
            journal::read(&initial.id).filter(|j| j.revision == initial.revision && *j != initial);
        let editing = Editing {
            draft: RwSignal::new(recovered.clone().unwrap_or(initial)),
            save_state: RwSignal::new(SaveState::Saved(String::new())),
            conflict: RwSignal::new(None),
            edits: StoredValue::new(0),
            saving: StoredValue::new(false),
            again: StoredValue::new(false),
            timer: StoredValue::new(None),
            state,
        };
        // Recovered edits, or a proposal storage refused when it was created, still need saving.
        if recovered.is_some() || editing.draft.with_untracked(|p| p.revision == 0) {
            editing.schedule();
        }
        editing
    }

    /// Applies a change made by the user.
    fn edit(self, change: impl FnOnce(&mut Proposal)) {
        self.draft.update(|p| {
            change(p);
            p.updated = now();
        });
        self.edits.update_value(|n| *n += 1);
        self.draft.with_untracked(journal::write);
        self.schedule();
    }

    fn schedule(self) {
        self.save_state.set(SaveState::Pending);
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Saves at once (one save at a time; edits during a save trigger another).
    fn save_now(self) {
        if self.saving.get_value() {
            self.again.set_value(true);
            return;
        }
        if self.conflict.with_untracked(Option::is_some) {
            return;
        }
        self.saving.set_value(true);
        self.save_state.set(SaveState::Saving);
        let snapshot = self.draft.get_untracked();
        let edits_at_start = self.edits.get_value();
        spawn_local(async move {
            match self.state.save(&snapshot).await {
                Ok(saved) => {
                    self.draft.update_untracked(|p| p.revision = saved.revision);
                    if self.edits.get_value() == edits_at_start {
                        journal::clear(&saved.id);
                    } else {
                        self.draft.with_untracked(journal::write);
                    }
                    self.save_state.set(SaveState::Saved(saved.updated.clone()));
                }
                Err(StorageError::Conflict(current)) => {
                    self.conflict.set(Some(*current));
                    self.save_state.set(SaveState::Failed(String::new()));
                }
                Err(error) => self.save_state.set(SaveState::Failed(error.to_string())),
            }
            self.saving.set_value(false);
            if self.again.get_value() {
                self.again.set_value(false);
                self.save_now();
            }
        });
    }

    fn has_unsaved_edits(self) -> bool {
        !matches!(self.save_state.get_untracked(), SaveState::Saved(_))
    }
}

#[component]
pub fn ProposalEditor(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_proposals();
    let opened = move || state.keeping.with(|k| *k != Keeping::Opening);
    view! {
        <Show when=opened fallback=move || view! { <p class="loading">{text(move || t_string!(i18n, proposal.opening))}</p> }>
            {
                let id = id.clone();
                move || match state.find(&id) {
                    Some(initial) => view! { <EditorFor initial /> }.into_any(),
                    None => view! { <MissingProposal /> }.into_any(),
                }
            }
        </Show>
    }
}

#[component]
fn MissingProposal() -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let back = Signal::derive(move || {
        let mut to = Route::with_view(View::Proposals);
        to.embed = route.with(|r| r.embed);
        to
    });
    view! {
        <div class="page status-screen" role="alert">
            <h1>{text(move || t_string!(i18n, proposal.missing_title))}</h1>
            <p>{text(move || t_string!(i18n, proposal.missing_lead))}</p>
            <p><Link route=back class="button primary">{text(move || t_string!(i18n, proposal.back))}</Link></p>
        </div>
    }
}

#[component]
fn EditorFor(initial: Proposal) -> impl IntoView {
    let state = use_proposals();
    let editing = Editing::new(initial, state);
    let draft = editing.draft;

    // Leaving or hiding the page saves what is pending; the journal already holds it.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| {
        if editing.has_unsaved_edits() {
            editing.save_now();
        }
    });
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if document().hidden() && editing.has_unsaved_edits() {
            editing.save_now();
        }
    });
    // Another tab saved this proposal: take its version if nothing here is unsaved, otherwise
    // try to save now, which surfaces the conflict at once.
    Effect::new(move |_| {
        let Some((id, revision)) = state.changed_elsewhere.get() else {
            return;
        };
        if id != draft.with_untracked(|p| p.id.clone())
            || revision <= draft.with_untracked(|p| p.revision)
        {
            return;
        }
        if editing.has_unsaved_edits() {
            editing.save_now();
        } else if let Some(theirs) = state.find(&id) {
            draft.set(theirs);
        }
    });

    view! {
        <article class="page proposal-editor">
            <div class="screen-only">
                <EditorHeader editing />
                <EmbedStorageNote />
                <ConflictChoice editing />
                <Warnings editing />
                <StatusSection editing />
                <TextField editing label=|i18n| t_string!(i18n, proposal.title) get=|p| p.title.clone() set=|p, v| p.title = v />
                <CitiesSection editing />
                <SectorsSection editing />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.goals) get=|p| p.goals.clone() set=|p, v| p.goals = v />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.opportunities) get=|p| p.opportunities.clone() set=|p, v| p.opportunities = v />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.challenges) get=|p| p.challenges.clone() set=|p, v| p.challenges = v />
                <TagsSection
                    editing
                    title=|i18n| t_string!(i18n, proposal.entry_points)
                    ids=&ENTRY_POINTS
                    name=words::entry_point
                    get=|p| &p.entry_points
                    set=|p| &mut p.entry_points
                />
                <TextField editing label=|i18n| t_string!(i18n, proposal.other_entry_points) get=|p| p.other_entry_points.clone() set=|p, v| p.other_entry_points = v />
                <TagsSection
                    editing
                    title=|i18n| t_string!(i18n, proposal.stakeholders)
                    ids=&STAKEHOLDERS
                    name=words::stakeholder
                    get=|p| &p.stakeholders
                    set=|p| &mut p.stakeholders
                />
                <TextField editing label=|i18n| t_string!(i18n, proposal.other_stakeholders) get=|p| p.other_stakeholders.clone() set=|p, v| p.other_stakeholders = v />
                <FundingSection editing />
                <TextField editing label=|i18n| t_string!(i18n, proposal.other_funding) get=|p| p.other_funding.clone() set=|p, v| p.other_funding = v />
                <MilestonesSection editing />
                <TextField multiline=true editing label=|i18n| t_string!(i18n, proposal.notes) get=|p| p.notes.clone() set=|p, v| p.notes = v />
                <OriginSection editing />
                <Actions editing />
            </div>
            <PrintView draft />
        </article>
    }
}

#[component]
fn EditorHeader(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let route = use_route();
    let state = use_proposals();
    let all = Signal::derive(move || {
        let mut to = Route::with_view(View::Proposals);
        to.embed = route.with(|r| r.embed);
        to
    });
    let save_text = move || match editing.save_state.get() {
        SaveState::Saved(at) if at.is_empty() => t_string!(i18n, proposal.saved).to_string(),
        SaveState::Saved(at) => {
            let time = local_date(&at, i18n.get_locale().as_str());
            t_string!(i18n, proposal.saved_at, time).into_owned()
        }
        SaveState::Pending | SaveState::Saving => t_string!(i18n, proposal.saving).to_string(),
        SaveState::Failed(why) if why.is_empty() => {
            t_string!(i18n, proposal.not_saved_conflict).to_string()
        }
        SaveState::Failed(why) => t_string!(i18n, proposal.not_saved, reason = why).into_owned(),
    };
    let failed = move || matches!(editing.save_state.get(), SaveState::Failed(_));
    let memory_only = move || state.keeping.with(|k| matches!(k, Keeping::MemoryOnly(_)));
    view! {
        <p><Link route=all>{text(move || t_string!(i18n, proposal.back))}</Link></p>
        <h1>
            {move || {
                let title = editing.draft.with(|p| p.title.clone());
                if title.trim().is_empty() { t_string!(i18n, proposal.untitled).to_string() } else { title }
            }}
        </h1>
        <p class="save-state" class:warning=failed role="status" aria-live="polite">{text_owned(save_text)}</p>
        <Show when=memory_only>
            <p class="warning" role="alert">{text(move || t_string!(i18n, proposal.memory_only))}</p>
        </Show>
    }
}

/// `2026-11-23T10:42:05.123Z` as `2026-11-23 10:42` (UTC).
/// After a save was refused because another tab saved first: keep this version, take the other,
/// or keep both.
#[component]
fn ConflictChoice(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let route = use_route();
    let keep_mine = move |_| {
        if let Some(theirs) = editing.conflict.get_untracked() {
            editing
                .draft
                .update_untracked(|p| p.revision = theirs.revision);
            editing.conflict.set(None);
            editing.save_now();
        }
    };
    let take_theirs = move |_| {
        if let Some(theirs) = editing.conflict.get_untracked() {
            journal::clear(&theirs.id);
            editing.draft.set(theirs.clone());
            editing.conflict.set(None);
            editing.save_state.set(SaveState::Saved(theirs.updated));
        }
    };
    let keep_both = move |_| {
        let Some(theirs) = editing.conflict.get_untracked() else {
            return;
        };
        let mine = duplicate_as(&editing.draft.get_untracked(), &fresh_id(), &now());
        journal::clear(&theirs.id);
        editing.draft.set(theirs.clone());
        editing.conflict.set(None);
        editing.save_state.set(SaveState::Saved(theirs.updated));
        spawn_local(async move {
            if let Ok(copy) = editing.state.save(&mine).await {
                let mut to = Route::with_view(View::Proposal(copy.id));
                to.embed = route.with_untracked(|r| r.embed);
                location.go(&to);
            }
        });
    };
    view! {
        <Show when=move || editing.conflict.with(Option::is_some)>
            <section class="card conflict" role="alertdialog" aria-labelledby="conflict-title">
                <h2 id="conflict-title">{text(move || t_string!(i18n, proposal.conflict_title))}</h2>
                <p>{text(move || t_string!(i18n, proposal.conflict_lead))}</p>
                <p class="hint">
                    {text_owned(move || {
                        let theirs = editing.conflict.with(|c| c.as_ref().map(|p| p.title.clone()).unwrap_or_default());
                        t_string!(i18n, proposal.conflict_theirs, title = theirs).into_owned()
                    })}
                </p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=keep_mine>{text(move || t_string!(i18n, proposal.keep_mine))}</button>
                    <button type="button" class="button" on:click=take_theirs>{text(move || t_string!(i18n, proposal.take_theirs))}</button>
                    <button type="button" class="button" on:click=keep_both>{text(move || t_string!(i18n, proposal.keep_both))}</button>
                </div>
            </section>
        </Show>
    }
}

/// What is missing, and what this proposal would duplicate.
#[component]
fn Warnings(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let notes = Memo::new(move |_| {
        let gaps = editing.draft.with(|p| rules::gaps(p, &data.catalog));
        let duplicates = editing.draft.with(|p| {
            state
                .items
                .with(|others| rules::duplicates(p, &data.catalog, others))
        });
        let mut lines: Vec<String> = gaps
            .into_iter()
            .map(|gap| match gap {
                Gap::NoTitle => t_string!(i18n, proposal.gap_title).to_string(),
                Gap::FewerThanTwoCities => t_string!(i18n, proposal.gap_cities).to_string(),
                Gap::UnknownCity(id) | Gap::UnknownSector(id) | Gap::UnknownFunding(id) => {
                    t_string!(i18n, proposal.gap_unknown, id = id).into_owned()
                }
                Gap::BadMilestoneDate(i) => {
                    t_string!(i18n, proposal.gap_date, number = i + 1).into_owned()
                }
            })
            .collect();
        lines.extend(duplicates.into_iter().map(|d| match d {
            Duplicate::Partnership(id) => {
                let summary = data
                    .catalog
                    .partnerships()
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| p.summary.clone())
                    .unwrap_or(id);
                t_string!(i18n, proposal.duplicates_partnership, summary = summary).into_owned()
            }
            Duplicate::Proposal(id) => {
                let title = state.find(&id).map(|p| p.title).unwrap_or(id);
                t_string!(i18n, proposal.duplicates_proposal, title = title).into_owned()
            }
        }));
        lines
    });
    view! {
        <Show when=move || notes.with(|n| !n.is_empty())>
            <ul class="warnings" aria-label=move || t_string!(i18n, proposal.to_check)>
                {move || notes.get().into_iter().map(|line| view! { <li>"\u{26a0} "{line}</li> }).collect_view()}
            </ul>
        </Show>
    }
}

#[component]
fn StatusSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let current = move || editing.draft.with(|p| p.status);
    let next = move || editing.draft.with(rules::next_statuses);
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, proposal.status))}</h2>
            <p>
                <span class="badge badge-participant">{text(move || words::status(i18n, current()))}</span>
            </p>
            <div class="actions" role="group" aria-label=move || t_string!(i18n, proposal.move_to)>
                {move || {
                    next()
                        .into_iter()
                        .map(|status| {
                            view! {
                                <button
                                    type="button"
                                    class="button"
                                    on:click=move |_| editing.edit(|p| {
                                        let _ = rules::change_status(p, status, &now());
                                    })
                                >
                                    {text_owned(move || t_string!(i18n, proposal.move_to_status, status = words::status(i18n, status)).into_owned())}
                                </button>
                            }
                        })
                        .collect_view()
                }}
            </div>
            <details>
                <summary>{text(move || t_string!(i18n, proposal.history))}</summary>
                <ol class="history">
                    {move || {
                        editing
                            .draft
                            .with(|p| p.history.clone())
                            .into_iter()
                            .map(|change| {
                                view! { <li><LocalDate iso=change.at.clone() />" · "{text(move || words::status(i18n, change.status))}</li> }
                            })
                            .collect_view()
                    }}
                </ol>
            </details>
        </section>
    }
}

type Label = fn(labels::I18n) -> &'static str;

/// A text field of the draft, one line or several; every keystroke goes through `edit`.
#[component]
fn TextField(
    editing: Editing,
    label: Label,
    get: fn(&Proposal) -> String,
    set: fn(&mut Proposal, String),
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let value = move || editing.draft.with(get);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        editing.edit(move |p| set(p, value));
    };
    let field = if multiline {
        view! { <textarea rows="4" prop:value=value on:input=on_input></textarea> }.into_any()
    } else {
        view! { <input type="text" prop:value=value on:input=on_input /> }.into_any()
    };
    view! {
        <label class="field">
            <span>{text(move || label(i18n))}</span>
            {field}
        </label>
    }
}

#[component]
fn CitiesSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let mut choices: Vec<(String, String, bool)> = data
        .catalog
        .cities()
        .iter()
        .map(|c| (c.id.clone(), c.name.clone(), c.participant))
        .collect();
    crate::order::sort_by(&mut choices, |a, b| {
        b.2.cmp(&a.2).then_with(|| a.1.cmp(&b.1))
    });
    let name_of = {
        let data = data.clone();
        move |id: &str| {
            data.catalog
                .city(id)
                .map_or_else(|| id.to_string(), |c| c.name.clone())
        }
    };
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, proposal.cities))}</h2>
            <ul class="participants">
                {move || {
                    editing
                        .draft
                        .with(|p| p.cities.clone())
                        .into_iter()
                        .enumerate()
                        .map(|(i, participant)| {
                            let name = name_of(&participant.city);
                            let remove_label = t_string!(i18n, proposal.remove_city, city = name.clone()).into_owned();
                            view! {
                                <li class="card">
                                    <p><CityRef id=participant.city.clone() /></p>
                                    <label class="field">
                                        <span>{text_owned(move || t_string!(i18n, proposal.contribution, city = name.clone()).into_owned())}</span>
                                        <textarea
                                            rows="2"
                                            prop:value=participant.contribution.clone()
                                            on:input=move |ev| {
                                                let value = event_target_value(&ev);
                                                editing.edit(move |p| if let Some(c) = p.cities.get_mut(i) { c.contribution = value });
                                            }
                                        ></textarea>
                                    </label>
                                    <button type="button" class="button" aria-label=remove_label on:click=move |_| editing.edit(move |p| {
                                        if i < p.cities.len() {
                                            p.cities.remove(i);
                                        }
                                    })>
                                        {text(move || t_string!(i18n, proposal.remove))}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <label class="field">
                <span>{text(move || t_string!(i18n, proposal.add_city))}</span>
                <select on:change=move |ev| {
                    let id = event_target_value(&ev);
                    if !id.is_empty() {
                        editing.edit(move |p| {
                            p.add_city(&id);
                        });
                    }
                }>
                    <option value="" selected=true>{text(move || t_string!(i18n, proposal.choose_city))}</option>
                    {choices.into_iter().map(|(id, name, _)| view! { <option value=id>{name}</option> }).collect_view()}
                </select>
            </label>
        </section>
    }
}

#[component]
fn SectorsSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let sectors = data.catalog.sector_ids();
    view! {
        <fieldset class="facet">
            <legend>{text(move || t_string!(i18n, proposal.sectors))}</legend>
            <div class="chips">
                {sectors
                    .into_iter()
                    .map(|id| {
                        let name = id.clone();
                        let pressed = {
                            let id = id.clone();
                            move || editing.draft.with(|p| p.sectors.contains(&id)).to_string()
                        };
                        view! {
                            <button type="button" class="chip" aria-pressed=pressed on:click=move |_| {
                                let id = id.clone();
                                editing.edit(move |p| toggle(&mut p.sectors, &id));
                            }>
                                <TermName kind=TermKind::Sector id=name />
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
        <label class="field">
            <span>{text(move || t_string!(i18n, proposal.mode))}</span>
            <select on:change=move |ev| {
                let mode = Mode::from_id(&event_target_value(&ev));
                editing.edit(move |p| p.mode = mode);
            }>
                <option value="" selected=move || editing.draft.with(|p| p.mode.is_none())>{text(move || t_string!(i18n, proposal.no_mode))}</option>
                {Mode::ALL
                    .into_iter()
                    .map(|mode| view! {
                        <option value=mode.id() selected=move || editing.draft.with(|p| p.mode == Some(mode))>{text(move || labels::mode(i18n, mode))}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

fn toggle(list: &mut Vec<String>, id: &str) {
    if let Some(i) = list.iter().position(|x| x == id) {
        list.remove(i);
    } else {
        list.push(id.to_string());
    }
}

/// Checkboxes over a fixed vocabulary.
#[component]
fn TagsSection(
    editing: Editing,
    title: Label,
    ids: &'static [&'static str],
    name: fn(labels::I18n, &str) -> &'static str,
    get: fn(&Proposal) -> &Vec<String>,
    set: fn(&mut Proposal) -> &mut Vec<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="facet">
            <legend>{text(move || title(i18n))}</legend>
            {ids
                .iter()
                .map(|&id| {
                    view! {
                        <label class="check">
                            <input
                                type="checkbox"
                                prop:checked=move || editing.draft.with(|p| get(p).iter().any(|x| x == id))
                                on:change=move |_| editing.edit(move |p| toggle(set(p), id))
                            />
                            <span>{text(move || name(i18n, id))}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn FundingSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let funding: Vec<(String, String, String)> = data
        .catalog
        .data()
        .funding
        .iter()
        .map(|f| (f.id.clone(), f.name.clone(), f.funds.clone()))
        .collect();
    view! {
        <fieldset class="facet">
            <legend>{text(move || t_string!(i18n, proposal.funding))}</legend>
            <p class="hint">{text(move || t_string!(i18n, proposal.funding_hint))}</p>
            {funding
                .into_iter()
                .map(|(id, name, funds)| {
                    let checked = {
                        let id = id.clone();
                        move || editing.draft.with(|p| p.funding.contains(&id))
                    };
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=checked on:change=move |_| {
                                let id = id.clone();
                                editing.edit(move |p| toggle(&mut p.funding, &id));
                            } />
                            <span lang="en">{name}<span class="hint">" — "{funds}</span></span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
fn MilestonesSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="profile-section">
            <h2>{text(move || t_string!(i18n, proposal.milestones))}</h2>
            <ol class="milestones">
                {move || {
                    editing
                        .draft
                        .with(|p| p.milestones.clone())
                        .into_iter()
                        .enumerate()
                        .map(|(i, milestone)| {
                            let number = i + 1;
                            view! {
                                <li class="milestone">
                                    <label class="field">
                                        <span>{text_owned(move || t_string!(i18n, proposal.milestone_date, number).into_owned())}</span>
                                        <input type="date" prop:value=milestone.date.clone() on:change=move |ev| {
                                            let value = event_target_value(&ev);
                                            editing.edit(move |p| if let Some(m) = p.milestones.get_mut(i) { m.date = value });
                                        } />
                                    </label>
                                    <label class="field">
                                        <span>{text_owned(move || t_string!(i18n, proposal.milestone_text, number).into_owned())}</span>
                                        <input type="text" prop:value=milestone.text.clone() on:input=move |ev| {
                                            let value = event_target_value(&ev);
                                            editing.edit(move |p| if let Some(m) = p.milestones.get_mut(i) { m.text = value });
                                        } />
                                    </label>
                                    <label class="check">
                                        <input type="checkbox" prop:checked=milestone.done on:change=move |ev| {
                                            let done = event_target_checked(&ev);
                                            editing.edit(move |p| if let Some(m) = p.milestones.get_mut(i) { m.done = done });
                                        } />
                                        <span>{text(move || t_string!(i18n, proposal.done))}</span>
                                    </label>
                                    <button type="button" class="button" on:click=move |_| editing.edit(move |p| {
                                        if i < p.milestones.len() {
                                            p.milestones.remove(i);
                                        }
                                    })>
                                        {text(move || t_string!(i18n, proposal.remove))}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <button type="button" class="button" on:click=move |_| editing.edit(|p| p.milestones.push(Milestone {
                date: String::new(),
                text: String::new(),
                done: false,
            }))>
                {text(move || t_string!(i18n, proposal.add_milestone))}
            </button>
        </section>
    }
}

#[component]
fn OriginSection(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let reasons = move || {
        editing.draft.with(|p| {
            p.origin
                .as_ref()
                .map(|o| o.reasons.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || !reasons().is_empty()>
            <details class="profile-section">
                <summary>{text(move || t_string!(i18n, proposal.context))}</summary>
                <ul class="reasons" lang="en">
                    {move || reasons().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}
                </ul>
            </details>
        </Show>
    }
}

#[component]
fn Actions(editing: Editing) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let location = use_location();
    let route = use_route();
    let filename = move |extension: &str| {
        format!(
            "{}.{extension}",
            editing.draft.with_untracked(|p| p.id.clone())
        )
    };
    let export_json = move |_| {
        let file = export(&[editing.draft.get_untracked()], &now());
        let _ = download(&filename("json"), "application/json", &file);
    };
    let export_markdown = {
        let data = data.clone();
        let words = Words::current();
        move |_| {
            let text = to_markdown(&[editing.draft.get_untracked()], &data.catalog, &words);
            let _ = download(&filename("md"), "text/markdown", &text);
        }
    };
    let confirming = RwSignal::new(false);
    let delete = move |_| {
        let id = editing.draft.with_untracked(|p| p.id.clone());
        spawn_local(async move {
            if editing.state.delete(&id).await.is_ok() {
                journal::clear(&id);
                let mut to = Route::with_view(View::Proposals);
                to.embed = route.with_untracked(|r| r.embed);
                location.go(&to);
            }
        });
    };
    view! {
        <section class="profile-section actions-section">
            <h2>{text(move || t_string!(i18n, proposal.share))}</h2>
            <div class="actions">
                <button type="button" class="button" on:click=export_json>{text(move || t_string!(i18n, proposal.export_json))}</button>
                <button type="button" class="button" on:click=export_markdown>{text(move || t_string!(i18n, proposal.export_markdown))}</button>
                <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{text(move || t_string!(i18n, proposal.print))}</button>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button" on:click=move |_| confirming.set(true)>{text(move || t_string!(i18n, proposal.delete))}</button>
                    }
                >
                    <button type="button" class="button badge-warning" on:click=delete>{text(move || t_string!(i18n, proposal.delete_confirm))}</button>
                    <button type="button" class="button" on:click=move |_| confirming.set(false)>{text(move || t_string!(i18n, proposal.cancel))}</button>
                </Show>
            </div>
        </section>
    }
}

/// The proposal as a document, shown only when printing. All text is set as text.
#[component]
fn PrintView(draft: RwSignal<Proposal>) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let terms = use_terms();
    let section = move |heading: crate::proposals::markdown::Heading, body: String| {
        (!body.trim().is_empty()).then(
            || view! { <h2>{words::heading(i18n, heading)}</h2><p class="print-text">{body}</p> },
        )
    };
    view! {
        <article class="print-only" aria-hidden="true">
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
                let entry: Vec<String> = p.entry_points.iter().map(|e| words::entry_point(i18n, e).to_string()).chain((!p.other_entry_points.is_empty()).then(|| p.other_entry_points.clone())).collect();
                let stake: Vec<String> = p.stakeholders.iter().map(|e| words::stakeholder(i18n, e).to_string()).chain((!p.other_stakeholders.is_empty()).then(|| p.other_stakeholders.clone())).collect();
                let funding: Vec<String> = p.funding.iter().map(|f| catalog.funding(f).map_or_else(|| f.clone(), |x| x.name.clone())).chain((!p.other_funding.is_empty()).then(|| p.other_funding.clone())).collect();
                let language = i18n.get_locale().as_str();
                let milestones: Vec<String> = p.milestones.iter().map(|m| format!("{} {}", local_date(&m.date, language), m.text)).collect();
                let title = if p.title.trim().is_empty() { words::heading(i18n, H::Untitled).to_string() } else { p.title.clone() };
                view! {
                    <h1>{title}</h1>
                    <p>{format!("{}: {}", words::heading(i18n, H::Status), words::status(i18n, p.status))}</p>
                    {section(H::Cities, cities.join("\n"))}
                    {section(H::Sectors, sectors.join(", "))}
                    {section(H::Mode, p.mode.map(|m| labels::mode(i18n, m).to_string()).unwrap_or_default())}
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
