//! The language switch. Which language the app starts in, and remembering the choice, is
//! [`crate::ui::context::provide_language`].

use leptos::prelude::*;

use crate::ui::i18n::*;

/// Buttons for each language, each labelled in its own language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="language-switch" role="group" aria-label=move || t_string!(i18n, nav.language)>
            {Locale::get_all()
                .iter()
                .copied()
                .map(|locale| {
                    view! {
                        <button
                            type="button"
                            class="chip"
                            lang=locale.as_str()
                            aria-pressed=move || (i18n.get_locale() == locale).to_string()
                            on:click=move |_| i18n.set_locale(locale)
                        >
                            {td_string!(locale, nav.language_name)}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
