//! The kinds of profile: their names and a select of them.

use leptos::prelude::*;
use strum::VariantArray;

use crate::contributions::ProfileKind;
use crate::ui::context::I18n;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

/// The name of a kind of profile.
pub(super) fn kind_name(i18n: I18n, kind: ProfileKind) -> &'static str {
    match kind {
        ProfileKind::City => t_string!(i18n, contribute.kind_city),
        ProfileKind::Region => t_string!(i18n, contribute.kind_region),
        ProfileKind::Network => t_string!(i18n, contribute.kind_network),
        ProfileKind::Ngo => t_string!(i18n, contribute.kind_ngo),
        ProfileKind::University => t_string!(i18n, contribute.kind_university),
        ProfileKind::Funder => t_string!(i18n, contribute.kind_funder),
        ProfileKind::Company => t_string!(i18n, contribute.kind_company),
    }
}

/// A select of the kinds of profile.
#[component]
pub(super) fn KindSelect(
    #[prop(into)] value: Signal<ProfileKind>,
    on_pick: impl Fn(ProfileKind) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="field">
            <span>{text(move || t_string!(i18n, contribute.kind))}</span>
            <select on:change=move |ev| {
                let picked = event_target_value(&ev);
                if let Some(kind) = ProfileKind::VARIANTS.iter().find(|k| <&str>::from(**k) == picked) {
                    on_pick(*kind);
                }
            }>
                {ProfileKind::VARIANTS.iter().map(|kind| {
                    let kind = *kind;
                    let id: &'static str = kind.into();
                    view! { <option value=id selected=move || value.get() == kind>{move || kind_name(i18n, kind)}</option> }
                }).collect_view()}
            </select>
        </label>
    }
}
