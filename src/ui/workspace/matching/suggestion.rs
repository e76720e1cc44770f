//! One suggested partner. Collapsed, a card answers at a glance: rank, name, how strong the
//! match is next to the best one, how much quoted evidence it rests on, and the main reason in
//! one line. Opened, it shows every reason with its quotations, how the score is made, the
//! funding that fits the pair, and a way to start a proposal.

use leptos::prelude::*;

use crate::format;
use crate::id::Id;
use crate::matching::{
    Components, Confidence, FundingFit, MatchQuery, Reason, Suggestion, Weights,
};
use crate::ui::context::{use_data, I18n};
use crate::ui::i18n::*;
use crate::ui::widgets::city::CityLink;
use crate::ui::widgets::words::{number_format, text, text_owned};
use crate::ui::workspace::funding::FundingFits;
use crate::ui::workspace::matching::controls::weight_names;
use crate::ui::workspace::matching::reasons::{ReasonSentence, ReasonView};
use crate::ui::workspace::matching::starter::ProposalStarter;

/// Score bars have this many steps: enough to tell strong from weak, too few to suggest a
/// precision the evidence does not have.
const STEPS: usize = 5;

/// One suggestion as the card shows it: its place, the engine's values, why, and the funding
/// that fits the pair.
#[derive(Clone, PartialEq)]
pub(super) struct Ranked {
    pub rank: usize,
    pub suggestion: Suggestion,
    pub reasons: Vec<Reason>,
    pub funding: Vec<FundingFit>,
}

#[component]
pub(super) fn SuggestionCard(
    ranked: Ranked,
    best: Memo<f64>,
    query: Memo<MatchQuery>,
) -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let Ranked {
        rank,
        suggestion,
        reasons,
        funding,
    } = ranked;
    let city = data.catalog.cities()[suggestion.city].clone();
    let score = suggestion.score;
    let confidence = suggestion.confidence;
    let two_way = suggestion.two_way;
    let tied = !suggestion.ties.is_empty();
    let duplicates = !suggestion.duplicates.is_empty();
    let line = reasons.first().cloned();
    let context = reasons.clone();
    let starter = ProposalStarter::new();
    let partner = city.id.clone();
    let start = move |_| {
        let focus = query.with_untracked(|q| q.city.clone());
        starter.start(vec![focus, partner.clone()], "match", &context);
    };
    let partner_name = city.name.clone();
    let weights = Signal::derive(move || query.with(|q| q.weights));
    view! {
        <li class="card suggestion">
            <div class="suggestion-head">
                <span class="rank">{rank}</span>
                <h3 class="card-title"><CityLink id=city.id.clone() name=city.name.clone() /></h3>
                <ScoreBar score best />
            </div>
            <p class="suggestion-meta">
                <ConfidenceMark confidence />
                {two_way.then(|| view! { <span class="badge">{text(move || t_string!(i18n, matching.two_way))}</span> })}
                {tied.then(|| view! { <span class="badge">{text(move || t_string!(i18n, matching.existing_partner))}</span> })}
                {duplicates.then(|| view! { <span class="badge badge-warning">"\u{26a0} "{text(move || t_string!(i18n, matching.duplicate))}</span> })}
            </p>
            {line.map(|reason| view! { <p class="why-line"><ReasonSentence reason brief=true /></p> })}
            <details class="why">
                <summary>{text(move || t_string!(i18n, matching.why))}</summary>
                <ul class="reasons">
                    {reasons.into_iter().map(|reason| view! { <li><ReasonView reason /></li> }).collect_view()}
                </ul>
                <ComponentBars components=suggestion.components weights />
                <FundingFits fits=funding />
                <p class="card-actions">
                    <button type="button" class="button primary" on:click=start>
                        {text_owned(move || t_string!(i18n, matching.start_proposal, city = partner_name.clone()).into_owned())}
                    </button>
                </p>
            </details>
        </li>
    }
}

/// How strong the match is next to the best suggestion, in [`STEPS`] steps.
#[component]
fn ScoreBar(score: f64, best: Memo<f64>) -> impl IntoView {
    let i18n = use_i18n();
    let steps = move || {
        let best = best.get();
        if best > 0.0 {
            ((score / best * STEPS as f64).ceil() as usize).clamp(1, STEPS)
        } else {
            0
        }
    };
    view! {
        <span
            class="score-bar"
            role="img"
            aria-label=move || t_string!(i18n, matching.strength, steps = steps(), of = STEPS).into_owned()
        >
            {(1..=STEPS).map(|i| view! { <span class="step" class:on=move || i <= steps()></span> }).collect_view()}
        </span>
    }
}

/// How much quoted evidence a suggestion rests on, as a mark and a word, never colour alone.
#[component]
pub(super) fn ConfidenceMark(confidence: Confidence) -> impl IntoView {
    let i18n = use_i18n();
    let (mark, word): (&str, fn(I18n) -> &'static str) = match confidence {
        Confidence::High => ("\u{25ae}\u{25ae}\u{25ae}", |i18n| {
            t_string!(i18n, matching.confidence_high)
        }),
        Confidence::Medium => ("\u{25ae}\u{25ae}\u{25af}", |i18n| {
            t_string!(i18n, matching.confidence_medium)
        }),
        Confidence::Low => ("\u{25ae}\u{25af}\u{25af}", |i18n| {
            t_string!(i18n, matching.confidence_low)
        }),
    };
    view! {
        <span class=format!("confidence confidence-{}", confidence.id())>
            <span class="confidence-mark" aria-hidden="true">{mark}</span>
            <span>{text(move || word(i18n))}</span>
        </span>
    }
}

/// Each component's value and its weight, as a bar and as numbers: how the score is made.
#[component]
fn ComponentBars(components: Components, weights: Signal<Weights>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h4 class="why-heading">{text(move || t_string!(i18n, matching.how_scored))}</h4>
        <dl class="components">
            {components
                .named()
                .into_iter()
                .enumerate()
                .map(|(i, (_, value))| {
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
