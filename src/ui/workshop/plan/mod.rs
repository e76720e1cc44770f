//! The plan of a session: what keeps it from being planned, its quality beside the greedy
//! baseline, the requests it could not keep, the thematic tables and the bilateral rounds with
//! the facilitator's edits, and the outputs (printed agendas and overview, calendar files).

pub mod outputs;
pub mod print;
mod rounds;
mod tables;

use leptos::prelude::*;

use crate::format::decimal;
use crate::planner::{check, timeline, Plan};
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::words::{number_format, text, text_owned};
use crate::ui::workshop::editor::planning::Planning;
use crate::ui::workshop::plan::rounds::Rounds;
use crate::ui::workshop::plan::tables::Tables;
use crate::ui::workshop::wording;

#[component]
pub fn PlanSection(planning: Planning) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let draft = planning.editing.draft;
    let plan = Memo::new(move |_| draft.with(|s| s.plan.clone()));
    let problems = {
        let data = data.clone();
        Memo::new(move |_| draft.with(|s| check(s, &data.catalog)))
    };
    let times = Memo::new(move |_| draft.with(timeline));
    view! {
        <section class="profile-section plan" aria-labelledby="plan-title">
            <h2 id="plan-title">{text(move || t_string!(i18n, workshop.plan))}</h2>
            <Show when=move || problems.with(|p| !p.is_empty())>
                <div class="warning" role="alert">
                    <p>{text(move || if plan.with(Option::is_some) { t_string!(i18n, workshop.to_fix) } else { t_string!(i18n, workshop.no_plan) })}</p>
                    <ul>{move || problems.get().iter().map(|p| view! { <li>{wording::problem(i18n, p)}</li> }).collect_view()}</ul>
                </div>
            </Show>
            {move || plan.get().map(|plan| view! {
                <Quality plan=plan.clone() />
                <Unplaced plan=plan.clone() />
                <Tables planning plan=plan.clone() times />
                <Rounds planning plan times />
            })}
        </section>
    }
}

/// The share of each city's top-5 suggestions the schedule meets, beside the greedy baseline.
#[component]
fn Quality(plan: Plan) -> impl IntoView {
    let i18n = use_i18n();
    let percent = move |share: f64| decimal(share * 100.0, 0, &number_format(i18n));
    let q = plan.quality;
    view! {
        <p class="quality">
            <strong>{text_owned(move || t_string!(i18n, workshop.quality, share = percent(q.planner)).into_owned())}</strong>
            " · "
            {text_owned(move || t_string!(i18n, workshop.baseline, share = percent(q.baseline)).into_owned())}
        </p>
        <p class="hint">{text(move || t_string!(i18n, workshop.quality_hint))}</p>
    }
}

/// Requests and locks the plan could not keep, each with why.
#[component]
fn Unplaced(plan: Plan) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    (!plan.unplaced.is_empty()).then(|| {
        view! {
            <div class="warning" role="alert">
                <p>{text(move || t_string!(i18n, workshop.unplaced))}</p>
                <ul>
                    {plan.unplaced.iter().map(|u| {
                        let (asked, why) = (u.asked.clone(), u.why.clone());
                        let data = data.clone();
                        view! { <li>{move || wording::unplaced(i18n, &data.catalog, &asked, &why)}</li> }
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}
