//! "Suggest a correction": a fact of the dataset, the value it should have, why, and where to
//! check it, checked as the contribution file will be and kept on this device (in local
//! storage: a short list that goes into the next contribution file).

use leptos::prelude::*;

use crate::contributions::{
    export, parse, typed_value, Contribution, ContributionError, Correction, Problems,
    CORRECTABLE_FIELDS,
};
use crate::ui::browser::dates::now;
use crate::ui::browser::settings::local_storage;
use crate::ui::context::{use_data, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

use super::problems::{file_error, ProblemList};

const KEY: &str = "passerelle.corrections";

/// The corrections suggested on this device; none when storage cannot be read.
pub(super) fn stored_corrections() -> Vec<Correction> {
    local_storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Adds `corrections`, each replacing one of the same fact (a file holds each path once).
pub(super) fn add_corrections(corrections: Vec<Correction>) -> Vec<Correction> {
    let mut all = stored_corrections();
    for correction in corrections {
        all.retain(|c| c.path != correction.path);
        all.push(correction);
    }
    keep(&all);
    all
}

fn keep(all: &[Correction]) {
    if let (Some(storage), Ok(json)) = (local_storage(), serde_json::to_string(all)) {
        let _ = storage.set_item(KEY, &json);
    }
}

/// The fields a form can correct: every one but the priorities, which need a stance too.
fn fields() -> impl Iterator<Item = &'static str> {
    CORRECTABLE_FIELDS
        .iter()
        .copied()
        .filter(|f| !f.starts_with("priorities"))
}

#[component]
pub(super) fn CorrectionForm() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let list = RwSignal::new(stored_corrections());
    let city = RwSignal::new(
        data.catalog
            .cities()
            .first()
            .map(|c| c.id.clone())
            .unwrap_or_default(),
    );
    let field = RwSignal::new("population".to_string());
    let value = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let reference = RwSignal::new(String::new());
    let who = RwSignal::new(String::new());
    let refused = RwSignal::new(None::<ContributionError>);
    let catalog = data.catalog.clone();
    let suggest = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let field_name = field.get_untracked();
        let correction = Correction {
            path: format!("cities/{}/{field_name}", city.get_untracked()),
            value: typed_value(&field_name, &value.get_untracked()),
            reason: reason.get_untracked().trim().to_string(),
            reference: reference.get_untracked().trim().to_string(),
            who: who.get_untracked().trim().to_string(),
            when: now().get(..10).unwrap_or_default().to_string(),
        };
        // Checked as the file that will carry it.
        let file = export(&Contribution {
            exported_at: now(),
            contributor: correction.who.clone(),
            profiles: Vec::new(),
            corrections: vec![correction.clone()],
        });
        match parse(&file, &catalog) {
            Err(error) => refused.set(Some(error)),
            Ok(_) => {
                refused.set(None);
                list.set(add_corrections(vec![correction]));
                value.set(String::new());
                reason.set(String::new());
            }
        }
    };
    let remove = move |path: String| {
        list.update(|all| {
            all.retain(|c| c.path != path);
            keep(all);
        });
    };
    let input = move |label: fn(I18n) -> &'static str, signal: RwSignal<String>| {
        view! {
            <label class="field">
                <span>{text(move || label(i18n))}</span>
                <input type="text" dir="auto" maxlength="2000" prop:value=signal on:input=move |ev| signal.set(event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <section class="profile-section correction" aria-labelledby="correction-heading">
            <h2 id="correction-heading">{text(move || t_string!(i18n, contribute.correction_title))}</h2>
            <p class="hint">{text(move || t_string!(i18n, contribute.correction_hint))}</p>
            <form class="form-grid" on:submit=suggest>
                <label class="field">
                    <span>{text(move || t_string!(i18n, contribute.correction_city))}</span>
                    <select on:change=move |ev| city.set(event_target_value(&ev))>
                        {data.catalog.cities().iter().map(|c| view! { <option value=c.id.clone()>{c.name.clone()}</option> }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{text(move || t_string!(i18n, contribute.correction_field))}</span>
                    <select on:change=move |ev| field.set(event_target_value(&ev))>
                        {fields().map(|f| view! { <option value=f selected=move || field.get() == f>{f}</option> }).collect_view()}
                    </select>
                </label>
                {input(|i18n| t_string!(i18n, contribute.correction_value), value)}
                {input(|i18n| t_string!(i18n, contribute.correction_reason), reason)}
                {input(|i18n| t_string!(i18n, contribute.correction_reference), reference)}
                {input(|i18n| t_string!(i18n, contribute.correction_who), who)}
                <button type="submit" class="button primary">{text(move || t_string!(i18n, contribute.correction_add))}</button>
            </form>
            {move || refused.get().map(|error| {
                let problems = match &error {
                    ContributionError::Invalid { problems } => problems.clone(),
                    _ => Problems::default(),
                };
                view! {
                    <div class="warning" role="alert">
                        <p>{move || file_error(i18n, &error)}</p>
                        <ProblemList problems />
                    </div>
                }
            })}
            <ul class="corrections">
                {move || list.get().into_iter().map(|c| {
                    let path = c.path.clone();
                    view! {
                        <li class="card">
                            <code>{c.path.clone()}</code>" \u{2192} "<bdi>{c.value.to_string()}</bdi>
                            <p class="hint" dir="auto">{c.reason.clone()}</p>
                            <button type="button" class="button" on:click=move |_| remove(path.clone())>{text(move || t_string!(i18n, contribute.correction_remove))}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
