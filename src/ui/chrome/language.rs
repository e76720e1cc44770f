//! The language switch. Which language the app starts in, and remembering the choice, is
//! [`crate::ui::context::provide_language`].

use leptos::prelude::*;

use crate::ui::i18n::*;

/// A button for each other language, labelled in that language, so that a reader who does not
/// read the current one still finds theirs; the group is named in the current language.
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
                            class="button language-button"
                            lang=locale.as_str()
                            hidden=move || i18n.get_locale() == locale
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
