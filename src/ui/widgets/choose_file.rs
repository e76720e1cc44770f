//! The file field of every import screen (proposals, workshop sessions, contributions), so that
//! each reads, clears and fails alike: the same file can be chosen again after a fix, and a file
//! the browser cannot read is said here in one wording.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::ui::browser::files::read_chosen_file;
use crate::ui::i18n::*;
use crate::ui::widgets::words::text;

/// `label` asks for the file; `chosen` runs as a file is chosen (the screen forgets its last
/// outcome), then `read` with the file's text once it is read.
#[component]
pub fn ChooseFile(
    label: Signal<&'static str>,
    chosen: Callback<()>,
    read: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let input = NodeRef::<Input>::new();
    let unreadable = RwSignal::new(false);
    let on_change = move |_| {
        let Some(element) = input.get_untracked() else {
            return;
        };
        unreadable.set(false);
        chosen.run(());
        spawn_local(async move {
            let result = read_chosen_file(&element).await;
            element.set_value("");
            match result {
                Ok(file) => read.run(file),
                Err(_) => unreadable.set(true),
            }
        });
    };
    view! {
        <label class="field">
            <span>{label}</span>
            <input type="file" accept="application/json,.json" node_ref=input on:change=on_change />
        </label>
        <Show when=move || unreadable.get()>
            <p class="warning" role="alert">{text(move || t_string!(i18n, proposals.import_unreadable))}</p>
        </Show>
    }
}
