//! Why a proposals file was refused, in the user's language: each problem with its place
//! ("Proposal 3 › Title") and what is wrong with it, never serde's English.

use leptos::prelude::*;

use crate::format::isolate as isolated;
use crate::records::exchange::ImportError;
use crate::records::problems::{Expected, Problem, ProblemKind, Step};
use crate::ui::context::I18n;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text_owned;

/// The name of a field of a proposals file.
fn field(i18n: I18n, name: &str) -> String {
    let known = match name {
        "title" => t_string!(i18n, proposal.title),
        "cities" => t_string!(i18n, proposal.cities),
        "sectors" => t_string!(i18n, proposal.sectors),
        "mode" => t_string!(i18n, proposal.mode),
        "goals" => t_string!(i18n, proposal.goals),
        "opportunities" => t_string!(i18n, proposal.opportunities),
        "challenges" => t_string!(i18n, proposal.challenges),
        "entry_points" => t_string!(i18n, proposal.entry_points),
        "other_entry_points" => t_string!(i18n, proposal.other_entry_points),
        "stakeholders" => t_string!(i18n, proposal.stakeholders),
        "other_stakeholders" => t_string!(i18n, proposal.other_stakeholders),
        "funding" => t_string!(i18n, proposal.funding),
        "other_funding" => t_string!(i18n, proposal.other_funding),
        "milestones" => t_string!(i18n, proposal.milestones),
        "notes" => t_string!(i18n, proposal.notes),
        "status" => t_string!(i18n, proposal.status),
        "history" => t_string!(i18n, proposal.history),
        "origin" | "reasons" => t_string!(i18n, proposal.context),
        "id" => t_string!(i18n, import_field.id),
        "revision" => t_string!(i18n, import_field.revision),
        "created" => t_string!(i18n, import_field.created),
        "updated" => t_string!(i18n, import_field.updated),
        "city" => t_string!(i18n, import_field.city),
        "contribution" => t_string!(i18n, import_field.contribution),
        "date" | "at" => t_string!(i18n, import_field.date),
        "text" => t_string!(i18n, import_field.text),
        "done" => t_string!(i18n, proposal.done),
        "kind" => t_string!(i18n, import_field.kind),
        "exported_at" => t_string!(i18n, import_field.exported_at),
        "version" => t_string!(i18n, import_field.version),
        _ => return isolated(name),
    };
    known.to_string()
}

/// "Proposal 3 › Cities › 1 › City": where in the file, for a person.
fn place(i18n: I18n, problem: &Problem) -> String {
    let steps = &problem.path.0;
    let mut parts = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        match step {
            Step::Field(name) if i == 0 && name == "proposals" && steps.len() > 1 => {}
            Step::Field(name) => parts.push(field(i18n, name)),
            Step::Item(n) if i == 1 => {
                parts.push(t_string!(i18n, import_problem.proposal, number = n + 1).into_owned())
            }
            Step::Item(n) => parts.push((n + 1).to_string()),
        }
    }
    if parts.is_empty() {
        return t_string!(i18n, import_problem.the_file).to_string();
    }
    parts.join(" › ")
}

/// What is wrong, with what to do about it.
fn what(i18n: I18n, kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::TooLong { limit } => {
            t_string!(i18n, import_problem.too_long, limit = limit).into_owned()
        }
        ProblemKind::TooMany { limit } => {
            t_string!(i18n, import_problem.too_many, limit = limit).into_owned()
        }
        ProblemKind::NotADate => t_string!(i18n, import_problem.not_a_date).to_string(),
        ProblemKind::NotADateTime => t_string!(i18n, import_problem.not_a_date_time).to_string(),
        ProblemKind::NotAnId => t_string!(i18n, import_problem.not_an_id).to_string(),
        ProblemKind::NumberTooLarge { limit } => {
            t_string!(i18n, import_problem.number_too_large, limit = limit).into_owned()
        }
        ProblemKind::UnknownField(_) => t_string!(i18n, import_problem.unknown_field).to_string(),
        ProblemKind::Missing(name) => {
            t_string!(i18n, import_problem.missing, field = field(i18n, name)).into_owned()
        }
        ProblemKind::WrongType(expected) => match expected {
            Expected::Text => t_string!(i18n, import_problem.expected_text),
            Expected::WholeNumber => t_string!(i18n, import_problem.expected_number),
            Expected::YesNo => t_string!(i18n, import_problem.expected_yes_no),
            Expected::List => t_string!(i18n, import_problem.expected_list),
            Expected::Group => t_string!(i18n, import_problem.expected_group),
        }
        .to_string(),
        ProblemKind::UnknownValue(v) => {
            t_string!(i18n, import_problem.unknown_value, value = isolated(v)).into_owned()
        }
        ProblemKind::UnknownCity(v) => {
            t_string!(i18n, import_problem.unknown_city, value = isolated(v)).into_owned()
        }
        ProblemKind::UnknownSector(v) => {
            t_string!(i18n, import_problem.unknown_sector, value = isolated(v)).into_owned()
        }
        ProblemKind::UnknownFunding(v) => {
            t_string!(i18n, import_problem.unknown_funding, value = isolated(v)).into_owned()
        }
        ProblemKind::DuplicateId(v) => {
            t_string!(i18n, import_problem.duplicate_id, value = isolated(v)).into_owned()
        }
        ProblemKind::History => t_string!(i18n, import_problem.history).to_string(),
    }
}

/// Why a file was refused: one sentence, or the problems, the first fifty listed and the
/// others counted.
#[component]
pub(super) fn Refusal(error: ImportError) -> impl IntoView {
    let i18n = use_i18n();
    let reason = {
        let error = error.clone();
        move || match &error {
            ImportError::TooLarge { bytes, limit } => {
                let (size, limit) = (bytes.div_ceil(1_000_000), limit / 1_000_000);
                t_string!(i18n, import_problem.too_large, size, limit).into_owned()
            }
            ImportError::NotJson { line, column } => {
                t_string!(i18n, import_problem.not_json, line, column).into_owned()
            }
            ImportError::Foreign => t_string!(i18n, import_problem.foreign).to_string(),
            ImportError::NewerVersion(version) => {
                t_string!(i18n, import_problem.newer, version).into_owned()
            }
            ImportError::Invalid(problems) => {
                let count = problems.total();
                t_string!(i18n, import_problem.count, count).into_owned()
            }
        }
    };
    let (shown, more) = match error {
        ImportError::Invalid(problems) => (problems.shown, problems.more),
        _ => (Vec::new(), 0),
    };
    view! {
        <p>{text_owned(reason)}</p>
        <ul class="problems user-text">
            {shown
                .into_iter()
                .map(|problem| {
                    let line = move || {
                        let (place, what) = (place(i18n, &problem), what(i18n, &problem.kind));
                        t_string!(i18n, import_problem.line, place, what).into_owned()
                    };
                    view! { <li>{text_owned(line)}</li> }
                })
                .collect_view()}
        </ul>
        {(more > 0).then(|| view! {
            <p>{text_owned(move || t_string!(i18n, import_problem.more, count = more).into_owned())}</p>
        })}
    }
}
