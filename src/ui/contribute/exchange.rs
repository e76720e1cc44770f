//! The contribution file: every complete profile of this device and the corrections suggested
//! here, exported for the dataset's maintainers; and a file imported, checked in full first.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::contributions::{
    check_profile, export, parse, profile_id, Contribution, ContributionError, Problems,
    SavedProfile,
};
use crate::records::{Change, Record, Stored};
use crate::ui::browser::dates::now;
use crate::ui::browser::files::download;
use crate::ui::context::use_data;
use crate::ui::contribute::state::use_profiles;
use crate::ui::i18n::*;
use crate::ui::widgets::choose_file::ChooseFile;
use crate::ui::widgets::words::{text, text_owned};

use super::correction::{add_corrections, stored_corrections};
use super::problems::{file_error, ProblemList};
use super::state::{random, taken_ids};

#[component]
pub(super) fn ExportFile() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_profiles();
    let contributor = RwSignal::new(String::new());
    let left_out = RwSignal::new(None::<usize>);
    let export_file = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let all = state.items.get_untracked();
        let complete: Vec<_> = all
            .iter()
            .filter(|r| {
                let mut problems = Problems::default();
                check_profile(&r.profile, &data.catalog, "profile", &mut problems);
                problems.is_empty()
            })
            .map(|r| r.profile.clone())
            .collect();
        left_out.set(Some(all.len() - complete.len()));
        let at = now();
        let file = export(&Contribution {
            exported_at: at.clone(),
            contributor: contributor.get_untracked().trim().to_string(),
            profiles: complete,
            corrections: stored_corrections(),
        });
        let day = at.get(..10).unwrap_or("export").to_string();
        let _ = download(
            &format!("passerelle-contribution-{day}.json"),
            "application/json",
            &file,
        );
    };
    let blank = move || contributor.with(|c| c.trim().is_empty());
    view! {
        <section class="profile-section" aria-labelledby="export-heading">
            <h2 id="export-heading">{text(move || t_string!(i18n, contribute.export_title))}</h2>
            <p class="hint">{text(move || t_string!(i18n, contribute.export_hint))}</p>
            <form on:submit=export_file>
                <label class="field">
                    <span>{text(move || t_string!(i18n, contribute.contributor))}</span>
                    <input type="text" dir="auto" maxlength="200" prop:value=contributor on:input=move |ev| contributor.set(event_target_value(&ev)) />
                </label>
                <button type="submit" class="button primary" disabled=blank>{text(move || t_string!(i18n, contribute.export))}</button>
            </form>
            {move || left_out.get().filter(|n| *n > 0).map(|n| view! {
                <p class="note" role="status">{text_owned(move || t_string!(i18n, contribute.export_left_out, count = n).into_owned())}</p>
            })}
        </section>
    }
}

#[derive(Clone)]
enum Outcome {
    Refused(ContributionError),
    Done {
        added: usize,
        unchanged: usize,
        corrections: usize,
    },
    Failed,
}

#[component]
pub(super) fn ImportFile() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let state = use_profiles();
    let outcome = RwSignal::new(None::<Outcome>);
    let read = move |text: String| {
        let contribution = match parse(&text, &data.catalog) {
            Ok(c) => c,
            Err(error) => return outcome.set(Some(Outcome::Refused(error))),
        };
        let data = data.clone();
        spawn_local(async move {
            let at = now();
            let mut taken = taken_ids(state, &data.catalog);
            let (mut writes, mut unchanged) = (Vec::new(), 0);
            for profile in contribution.profiles {
                let mut record = SavedProfile {
                    profile,
                    revision: 0,
                    created: at.clone(),
                    updated: at.clone(),
                };
                match state.stored(record.id()) {
                    Some(Stored::Live(mine)) if mine.profile == record.profile => {
                        unchanged += 1;
                        continue;
                    }
                    // Never over a profile of this device: the imported one is kept beside it.
                    Some(_) => {
                        let ids: Vec<&str> = taken.iter().map(String::as_str).collect();
                        record.profile.id = profile_id(&record.profile.name, &ids, random());
                    }
                    None => {}
                }
                taken.push(record.id().to_string());
                writes.push(Change::Save(record));
            }
            let added = writes.len();
            let corrections = contribution.corrections.len();
            if state.write(writes).await.is_err() {
                return outcome.set(Some(Outcome::Failed));
            }
            add_corrections(contribution.corrections);
            outcome.set(Some(Outcome::Done {
                added,
                unchanged,
                corrections,
            }));
        });
    };
    view! {
        <section class="profile-section import" aria-labelledby="import-heading">
            <h2 id="import-heading">{text(move || t_string!(i18n, contribute.import_title))}</h2>
            <ChooseFile
                label=text(move || t_string!(i18n, contribute.import_choose))
                chosen=Callback::new(move |()| outcome.set(None))
                read=Callback::new(read)
            />
            {move || outcome.get().map(|o| match o {
                Outcome::Failed => view! { <p class="warning" role="alert">{text(move || t_string!(i18n, contribute.import_failed))}</p> }.into_any(),
                Outcome::Refused(error) => {
                    let problems = match &error {
                        ContributionError::Invalid { problems } => problems.clone(),
                        _ => Problems::default(),
                    };
                    view! {
                        <div class="warning" role="alert">
                            <p>{text(move || t_string!(i18n, contribute.import_refused))}</p>
                            <p>{move || file_error(i18n, &error)}</p>
                            <ProblemList problems />
                        </div>
                    }.into_any()
                }
                Outcome::Done { added, unchanged, corrections } => view! {
                    <p class="note" role="status">{text_owned(move || t_string!(i18n, contribute.import_done, added = added, unchanged = unchanged, corrections = corrections).into_owned())}</p>
                }.into_any(),
            })}
        </section>
    }
}
