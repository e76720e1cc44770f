//! One suggested partner: rank, score, badges, the components of its score, and why.

use leptos::prelude::*;

use crate::matching::{Components, MatchQuery, Reason, Suggestion, Weights};
use crate::ui::context::use_data;
use crate::ui::i18n::*;
use crate::ui::widgets::city::CityLink;
use crate::ui::widgets::words::{number_format, text, text_owned};
use crate::ui::workspace::matching::controls::weight_names;
use crate::ui::workspace::matching::reasons::ReasonView;
use crate::ui::workspace::matching::starter::ProposalStarter;
use crate::{format, matching};

#[component]
pub(super) fn SuggestionCard(
    rank: usize,
    suggestion: Suggestion,
    reasons: Vec<Reason>,
    query: Memo<MatchQuery>,
    weights: Signal<Weights>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let city = data.catalog.cities()[suggestion.city].clone();
    let score = suggestion.score;
    let components = suggestion.components;
    let two_way = suggestion.two_way;
    let tied = !suggestion.ties.is_empty();
    let duplicates = !suggestion.duplicates.is_empty();
    let context: Vec<String> = reasons
        .iter()
        .map(|r| matching::describe(&data.catalog, r))
        .collect();
    let starter = ProposalStarter::new();
    let partner = city.id.clone();
    let start = move |_| {
        let focus = query.with_untracked(|q| q.city.clone());
        starter.start(vec![focus, partner.clone()], "match", context.clone());
    };
    let partner_name = city.name.clone();
    view! {
        <li class="card suggestion">
            <div class="suggestion-head">
                <span class="rank">{rank}</span>
                <h3 class="card-title"><CityLink id=city.id.clone() name=city.name.clone() /></h3>
                <span class="score">
                    {text_owned(move || t_string!(i18n, matching.score, score = format::decimal(score, 2, &number_format(i18n))).into_owned())}
                </span>
            </div>
            <p class="badges">
                {two_way.then(|| view! { <span class="badge">{text(move || t_string!(i18n, matching.two_way))}</span> " " })}
                {tied.then(|| view! { <span class="badge">{text(move || t_string!(i18n, matching.existing_partner))}</span> " " })}
                {duplicates.then(|| view! { <span class="badge badge-warning">"\u{26a0} "{text(move || t_string!(i18n, matching.duplicate))}</span> })}
            </p>
            <ComponentBars components weights />
            <details class="why">
                <summary>{text(move || t_string!(i18n, matching.why))}</summary>
                <ul class="reasons">
                    {reasons.into_iter().map(|reason| view! { <li><ReasonView reason /></li> }).collect_view()}
                </ul>
            </details>
            <p class="card-actions">
                <button type="button" class="button" on:click=start>
                    {text_owned(move || t_string!(i18n, matching.start_proposal, city = partner_name.clone()).into_owned())}
                </button>
            </p>
        </li>
    }
}

/// Each component's value and its weighted share of the score, as a bar and as numbers.
#[component]
pub(super) fn ComponentBars(components: Components, weights: Signal<Weights>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="components">
            {(0..7)
                .map(|i| {
                    let value = components.named()[i].1;
                    view! {
                        <div class="component">
                            <dt>{text(move || weight_names(i18n)[i])}</dt>
                            <dd>
                                <span class="bar" aria-hidden="true"><span style:width=format!("{}%", (value * 100.0).round())></span></span>
                                {text_owned(move || {
                                    let f = number_format(i18n);
                                    let weight = weights.get().to_list()[i];
                                    format!("{} \u{d7} {}", format::decimal(value, 2, &f), format::decimal(weight, 1, &f))
                                })}
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}
