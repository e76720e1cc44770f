//! What is wrong with a profile, a contribution file or a share link, in the user's language:
//! each problem with where it is; at most [`crate::contributions::MAX_PROBLEMS`], the rest
//! counted.

use leptos::prelude::*;

use crate::contributions::{ContributionError, ProblemKind, Problems};
use crate::format::clip;
use crate::ui::context::I18n;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text_owned;

/// A problem in one sentence. Values from a file are echoed cut short, isolated for direction.
pub(super) fn problem_text(i18n: I18n, kind: &ProblemKind) -> String {
    let echo = |v: &str| format!("\u{2068}{}\u{2069}", clip(v, 40));
    match kind {
        ProblemKind::Shape(detail) => {
            t_string!(i18n, contribute.p_shape, detail = echo(detail)).into_owned()
        }
        ProblemKind::Blank => t_string!(i18n, contribute.p_blank).to_string(),
        ProblemKind::TooLong { max } => {
            t_string!(i18n, contribute.p_too_long, max = *max).into_owned()
        }
        ProblemKind::TooMany { max } => {
            t_string!(i18n, contribute.p_too_many, max = *max).into_owned()
        }
        ProblemKind::NotId(v) => t_string!(i18n, contribute.p_not_id, value = echo(v)).into_owned(),
        ProblemKind::NotDate(v) => {
            t_string!(i18n, contribute.p_not_date, value = echo(v)).into_owned()
        }
        ProblemKind::NotMonth(v) => {
            t_string!(i18n, contribute.p_not_month, value = echo(v)).into_owned()
        }
        ProblemKind::NotTimestamp(v) => {
            t_string!(i18n, contribute.p_not_timestamp, value = echo(v)).into_owned()
        }
        ProblemKind::NotCountryCode(v) => {
            t_string!(i18n, contribute.p_not_country, value = echo(v)).into_owned()
        }
        ProblemKind::NotLanguage(v) => {
            t_string!(i18n, contribute.p_not_language, value = echo(v)).into_owned()
        }
        ProblemKind::OutOfRange { value, range } => t_string!(
            i18n,
            contribute.p_range,
            value = echo(value),
            range = *range
        )
        .into_owned(),
        ProblemKind::UnknownSector(v) => {
            t_string!(i18n, contribute.p_sector, value = echo(v)).into_owned()
        }
        ProblemKind::UnknownNetwork(v) => {
            t_string!(i18n, contribute.p_network, value = echo(v)).into_owned()
        }
        ProblemKind::UnknownCity(v) => {
            t_string!(i18n, contribute.p_city, value = echo(v)).into_owned()
        }
        ProblemKind::Twice(v) => t_string!(i18n, contribute.p_twice, value = echo(v)).into_owned(),
        ProblemKind::FactsForKind(kind) => {
            t_string!(i18n, contribute.p_facts_kind, kind = *kind).into_owned()
        }
        ProblemKind::NotCorrectable(v) => {
            t_string!(i18n, contribute.p_not_correctable, value = echo(v)).into_owned()
        }
        ProblemKind::Expected(what) => {
            t_string!(i18n, contribute.p_expected, what = *what).into_owned()
        }
        ProblemKind::Proposal(kind) => t_string!(
            i18n,
            contribute.p_shape,
            detail = echo(&format!("{kind:?}"))
        )
        .into_owned(),
    }
}

/// Every problem kept, with its place, and how many more there were.
#[component]
pub(super) fn ProblemList(#[prop(into)] problems: Signal<Problems>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="problems">
            {move || problems.with(|p| p.list.iter().map(|problem| {
                let kind = problem.kind.clone();
                view! { <li><code>{problem.path.clone()}</code>" \u{2014} "{move || problem_text(i18n, &kind)}</li> }
            }).collect_view())}
        </ul>
        {move || problems.with(|p| p.more > 0).then(|| {
            let more = problems.with(|p| p.more);
            view! { <p class="hint">{text_owned(move || t_string!(i18n, contribute.more_problems, count = more).into_owned())}</p> }
        })}
    }
}

/// Why a contribution file was refused.
pub(super) fn file_error(i18n: I18n, error: &ContributionError) -> String {
    match error {
        ContributionError::TooLarge { bytes } => {
            t_string!(i18n, contribute.f_too_large, kb = bytes / 1000).into_owned()
        }
        ContributionError::NotJson { line, column, .. } => {
            t_string!(i18n, contribute.f_not_json, line = *line, column = *column).into_owned()
        }
        ContributionError::Foreign => t_string!(i18n, contribute.f_foreign).to_string(),
        ContributionError::NewerVersion(v) => {
            t_string!(i18n, contribute.f_newer, version = *v).into_owned()
        }
        ContributionError::Invalid { problems } => t_string!(
            i18n,
            contribute.f_invalid,
            count = problems.list.len() + problems.more
        )
        .into_owned(),
    }
}
