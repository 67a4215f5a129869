//! "Embed this calculator": a blogger picks a platform, a theme and an accent
//! colour, sees the embed as readers will, and copies the one-line snippet.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::choice_field::choice_field;
use super::rate_card::copy;
use super::url;
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::platform::Platform;
use crate::state::{parse_accent, State, Theme};

/// Where this copy of the calculator lives (the page's address without its
/// query), so the snippet points at the blogger's own copy.
fn home() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// The one-line snippet for these choices.
#[must_use]
pub fn snippet(home: &str, platform: Platform, theme: Theme, accent: Option<&str>) -> String {
    let base = home.rsplit_once('/').map_or(home, |(dir, _)| dir);
    let theme_attr = if theme == Theme::Auto {
        String::new()
    } else {
        format!(" data-theme=\"{}\"", theme.id())
    };
    let accent_attr = accent
        .map(|a| format!(" data-accent=\"{a}\""))
        .unwrap_or_default();
    format!(
        "<a class=\"influencer-calculator\" href=\"{home}\" data-platform=\"{}\"{theme_attr}{accent_attr}>\
         Influencer rate calculator</a><script async src=\"{base}/embed.js\"></script>",
        platform.id()
    )
}

/// The preview's address: the compact view with the same choices, written
/// by the state's own codec.
fn preview(platform: Platform, theme: Theme, accent: Option<String>) -> String {
    let mut state = State::default();
    state.embed = true;
    state.platform = platform;
    state.theme = theme;
    state.accent = accent;
    // As readers will see it: in the currency of their own browser.
    state.currency = Currency::default_for_locale(&url::browser_locale());
    format!("./{}", url::search(&state.to_query()))
}

#[component]
pub fn EmbedSnippet() -> Html {
    let platform = use_state_eq(Platform::default);
    let theme = use_state_eq(Theme::default);
    let accent_text = use_state_eq(String::new);
    let status = use_state_eq(String::new);
    let accent = parse_accent(&accent_text);
    let code = snippet(&home(), *platform, *theme, accent.as_deref());
    let on_accent = {
        let accent_text = accent_text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            accent_text.set(input.value());
        })
    };
    let on_copy = {
        let (code, status) = (code.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, status) = (code.clone(), status.clone());
            yew::platform::spawn_local(async move {
                status.set(if copy(&code).await {
                    "Copied: paste it into your post's HTML.".to_owned()
                } else {
                    "This page may not copy here: select the snippet and copy it.".to_owned()
                });
            });
        })
    };
    let bad_accent = !accent_text.trim().is_empty() && accent.is_none();
    html! {
        <div class="snippet">
            <p class="note">{ "Add the calculator to a blog post with one line of HTML. Without JavaScript it stays a plain link." }</p>
            { choice_field("snippet-platform", "Platform", *platform, None, &Callback::from({ let p = platform.clone(); move |v| p.set(v) })) }
            { choice_field("snippet-theme", "Theme", *theme, None, &Callback::from({ let t = theme.clone(); move |v| t.set(v) })) }
            <div class={classes!("field", bad_accent.then_some("invalid"))}>
                <label for="snippet-accent">{ "Accent colour" }<span class="optional">{ " (optional)" }</span></label>
                <input id="snippet-accent" type="text" placeholder="#0b5cad" value={(*accent_text).clone()}
                    aria-invalid={bad_accent.to_string()} aria-describedby="snippet-accent-error" oninput={on_accent} />
                <p class="error" id="snippet-accent-error" aria-live="polite">
                    { if bad_accent { "A colour like #0b5cad or #c40" } else { "" } }
                </p>
            </div>
            <label for="snippet-code" class="field-label">{ "Snippet" }</label>
            <textarea id="snippet-code" class="card-text" readonly=true rows="4" value={code} />
            <p class="share">
                <button type="button" onclick={on_copy}>{ "Copy snippet" }</button>
                <span aria-live="polite">{ (*status).clone() }</span>
            </p>
            <iframe class="preview" title="Preview of the embedded calculator" loading="lazy"
                src={preview(*platform, *theme, accent.clone())} />
        </div>
    }
}
