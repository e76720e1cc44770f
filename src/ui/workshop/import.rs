//! Import of a workshop file: checked in full against the dataset first (nothing is stored
//! while any problem remains), then stored as it is, or as a copy when the device holds another
//! version of it, so that nothing here is overwritten.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::planner::{self, arrival, Arrival};
use crate::records::{Record, Stored};
use crate::ui::browser::dates::now;
use crate::ui::context::{use_data, use_sessions};
use crate::ui::i18n::*;
use crate::ui::widgets::choose_file::ChooseFile;
use crate::ui::widgets::words::{storage_problem, text};
use crate::ui::workshop::state::session_id;
use crate::ui::workshop::wording;

#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Refused(String, Vec<String>),
    Stored(Arrival),
    Failed(&'static str),
}

#[component]
pub(super) fn Import() -> impl IntoView {
    let i18n = use_i18n();
    let data = use_data();
    let sessions = use_sessions();
    let outcome = RwSignal::new(None::<Outcome>);
    let read = move |file: String| {
        let incoming = match planner::parse(&file, &data.catalog) {
            Ok(session) => session,
            Err(error) => {
                let (why, problems) = wording::refusal(i18n, &error);
                return outcome.set(Some(Outcome::Refused(why, problems)));
            }
        };
        let placed = arrival(&incoming, sessions.stored(incoming.id()).as_ref());
        let record = match placed {
            Arrival::Same => return outcome.set(Some(Outcome::Stored(placed))),
            Arrival::New => incoming,
            Arrival::Copy => incoming.copy_as(&session_id(), &now()),
        };
        spawn_local(async move {
            let result = sessions
                .write(vec![crate::records::Change::Save(record)])
                .await;
            outcome.set(Some(match result {
                Ok(written) if written.iter().any(|s| matches!(s, Stored::Live(_))) => {
                    Outcome::Stored(placed)
                }
                Ok(_) => Outcome::Failed(t_string!(i18n, proposal.storage_other)),
                Err(crate::ui::browser::records::store::WriteError::Storage(e)) => {
                    Outcome::Failed(storage_problem(i18n, &e))
                }
                Err(_) => Outcome::Failed(t_string!(i18n, proposal.storage_other)),
            }));
        });
    };
    view! {
        <section class="profile-section import">
            <h2>{text(move || t_string!(i18n, workshop.import))}</h2>
            <ChooseFile
                label=text(move || t_string!(i18n, workshop.import_choose))
                chosen=Callback::new(move |()| outcome.set(None))
                read=Callback::new(read)
            />
            {move || outcome.get().map(|o| match o {
                Outcome::Refused(why, problems) => view! {
                    <div class="warning" role="alert">
                        <p>{text(move || t_string!(i18n, workshop.import_refused))}" "{why}</p>
                        <ul class="problems">{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                Outcome::Failed(why) => view! {
                    <p class="warning" role="alert">{text(move || t_string!(i18n, proposals.import_failed))}" "{why}</p>
                }.into_any(),
                Outcome::Stored(placed) => view! {
                    <p class="note" role="status">{text(move || match placed {
                        Arrival::New => t_string!(i18n, workshop.imported_new),
                        Arrival::Same => t_string!(i18n, workshop.imported_same),
                        Arrival::Copy => t_string!(i18n, workshop.imported_copy),
                    })}</p>
                }.into_any(),
            })}
        </section>
    }
}
