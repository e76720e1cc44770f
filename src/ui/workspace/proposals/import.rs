//! Import of a proposals file, checked in full first, with a choice for every proposal that
//! already exists; nothing is stored until every conflict has an answer.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::proposals::exchange::{Conflict, ImportPlan, Resolution};
use crate::proposals::{exchange, Proposal};
use crate::records::exchange::ImportError;
use crate::records::Change;
use crate::ui::browser::dates::{local_date, now};
use crate::ui::browser::ids::fresh_id;
use crate::ui::browser::records::store::WriteError;
use crate::ui::context::{use_data, use_proposals, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::choose_file::ChooseFile;
use crate::ui::widgets::words::{text, text_owned};
use crate::ui::workspace::proposals::problems::Refusal;
use crate::ui::workspace::proposals::wording;

#[derive(Debug, Clone, PartialEq)]
pub(super) enum ImportOutcome {
    Refused(ImportError),
    Done {
        added: usize,
        unchanged: usize,
    },
    /// A proposal of the plan changed on the device meanwhile: nothing was stored.
    ChangedMeanwhile,
    Failed(&'static str),
}

/// Import: the file is checked in full first; nothing is stored until every conflict has an
/// answer.
#[component]
pub(super) fn Import() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_proposals();
    let plan = RwSignal::new(None::<ImportPlan<Proposal>>);
    let choices = RwSignal::new(Vec::<Option<Resolution>>::new());
    let outcome = RwSignal::new(None::<ImportOutcome>);

    // Stores the plan's new proposals and the answers to its conflicts, in one transaction,
    // each as a new revision of what it replaces: a tab holding the old one is told.
    let apply_plan = move |planned: ImportPlan<Proposal>, answers: Vec<Option<Resolution>>| {
        let mut writes: Vec<Change<Proposal>> =
            planned.added.iter().cloned().map(Change::Save).collect();
        for (conflict, answer) in planned.conflicts.iter().zip(&answers) {
            let answer = answer.unwrap_or(Resolution::KeepMine);
            writes
                .extend(exchange::resolve(conflict, answer, &fresh_id(), &now()).map(Change::Save));
        }
        let unchanged = planned.unchanged.len()
            + answers
                .iter()
                .filter(|a| **a == Some(Resolution::KeepMine))
                .count();
        let added = writes.len();
        spawn_local(async move {
            outcome.set(Some(match state.write(writes).await {
                Ok(_) => ImportOutcome::Done { added, unchanged },
                Err(WriteError::Conflict(_)) => ImportOutcome::ChangedMeanwhile,
                Err(WriteError::Storage(e)) => {
                    ImportOutcome::Failed(wording::storage_problem(i18n, &e))
                }
            }));
            plan.set(None);
        });
    };
    let read = move |text: String| match exchange::parse(&text, data.checked()) {
        Err(error) => outcome.set(Some(ImportOutcome::Refused(error))),
        Ok(incoming) => {
            let planned = exchange::plan(incoming, &state.everything());
            if planned.conflicts.is_empty() {
                apply_plan(planned, Vec::new());
            } else {
                choices.set(vec![None; planned.conflicts.len()]);
                plan.set(Some(planned));
            }
        }
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
            <ChooseFile
                label=text(move || t_string!(i18n, proposals.import_choose))
                chosen=Callback::new(move |()| outcome.set(None))
                read=Callback::new(read)
            />
            {move || outcome.get().map(|o| match o {
                ImportOutcome::Refused(error) => view! {
                    <div class="warning" role="alert">
                        <p>{text(move || t_string!(i18n, proposals.import_refused))}</p>
                        <Refusal error />
                    </div>
                }.into_any(),
                ImportOutcome::ChangedMeanwhile => view! {
                    <p class="warning" role="alert">{text(move || t_string!(i18n, proposals.import_changed_meanwhile))}</p>
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
    conflict: Conflict<Proposal>,
    choices: RwSignal<Vec<Option<Resolution>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The title isolated, so that right-to-left text cannot turn the line around.
    let summary = move |p: &Proposal| {
        let details = format!(
            " · {} · {}",
            wording::status(i18n, p.status),
            local_date(&p.updated, i18n.get_locale().as_str())
        );
        view! { "“"<bdi>{p.title.clone()}</bdi>"”"{details} }
    };
    let (mine, theirs) = (conflict.local.clone(), conflict.incoming.clone());
    let choice = move |resolution: Resolution, label: fn(I18n) -> &'static str| {
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
        <li class="conflict-row user-text">
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
