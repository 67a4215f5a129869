//! "Embed this calculator": a blogger picks a calculator (creator, brand or
//! campaign), a platform, a theme and an accent colour, sees the embed as readers will, and copies the one-line snippet.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::markup::raw;

use super::choice_field::choice_field;
use super::clipboard::copy;
use super::url;
use crate::calc::choice::Choice;
use crate::calc::currency::Currency;
use crate::calc::platform::Platform;
use crate::state::{parse_accent, Mode, State, Theme};

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

/// What the blogger picked.
#[derive(Clone, Copy, PartialEq, Default)]
pub struct Look {
    pub mode: Mode,
    pub platform: Platform,
    pub theme: Theme,
}

/// ` data-{name}="{id}"`, or nothing for the default.
fn attr<T: Choice>(name: &str, value: T, default: T) -> String {
    if value == default {
        String::new()
    } else {
        format!(" data-{name}=\"{}\"", value.id())
    }
}

/// The one-line snippet for these choices.
#[must_use]
pub fn snippet(home: &str, look: Look, accent: Option<&str>) -> String {
    let base = home.rsplit_once('/').map_or(home, |(dir, _)| dir);
    let mode_attr = attr("mode", look.mode, Mode::Creator);
    let theme_attr = attr("theme", look.theme, Theme::Auto);
    let accent_attr = accent
        .map(|a| format!(" data-accent=\"{a}\""))
        .unwrap_or_default();
    format!(
        "<a class=\"influencer-calculator\" href=\"{home}\"{mode_attr} data-platform=\"{}\"{theme_attr}{accent_attr}>\
         Influencer rate calculator</a><script async src=\"{base}/embed.js\"></script>",
        look.platform.id()
    )
}

/// The preview's address: the compact view with the same choices, written
/// by the state's own codec.
fn preview(look: Look, accent: Option<String>) -> String {
    let mut state = State::default();
    state.embed = true;
    state.mode = look.mode;
    state.platform = look.platform;
    state.theme = look.theme;
    state.accent = accent;
    // As readers will see it: in the currency of their own browser.
    state.currency = Currency::default_for_locale(&url::browser_locale());
    format!("./{}", url::search(&state.to_query()))
}

#[component]
pub fn EmbedSnippet() -> Html {
    let look = use_state_eq(Look::default);
    let accent_text = use_state_eq(String::new);
    let status = use_state_eq(String::new);
    let accent = parse_accent(&accent_text);
    let code = snippet(&home(), *look, accent.as_deref());
    // Each pick replaces one part of the look.
    let on_mode = {
        let l = look.clone();
        Callback::from(move |mode| l.set(Look { mode, ..*l }))
    };
    let on_platform = {
        let l = look.clone();
        Callback::from(move |platform| l.set(Look { platform, ..*l }))
    };
    let on_theme = {
        let l = look.clone();
        Callback::from(move |theme| l.set(Look { theme, ..*l }))
    };
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
            { raw(r#"<p class="note">Add the calculator to a blog post with one line of HTML. Without JavaScript it stays a plain link.</p>"#) }
            { choice_field("snippet-mode", "Calculator", look.mode, None, &on_mode) }
            { choice_field("snippet-platform", "Platform", look.platform, None, &on_platform) }
            { choice_field("snippet-theme", "Theme", look.theme, None, &on_theme) }
            <div ~className={if bad_accent { "field invalid" } else { "field" }}>
                <label for="snippet-accent">{ "Accent colour" }<span class="optional">{ " (optional)" }</span></label>
                <input id="snippet-accent" type="text" placeholder="#0b5cad" value={(*accent_text).clone()}
                    aria-invalid={bad_accent.to_string()} aria-describedby="snippet-accent-error" oninput={on_accent} />
                <p class="error" id="snippet-accent-error" aria-live="polite">
                    { if bad_accent { "A colour like #0b5cad or #c40" } else { "" } }
                </p>
            </div>
            { raw(r#"<label for="snippet-code" class="field-label">Snippet</label>"#) }
            <textarea id="snippet-code" class="card-text" readonly=true rows="4" value={code} />
            <p class="share">
                <button type="button" onclick={on_copy}>{ "Copy snippet" }</button>
                <span aria-live="polite">{ (*status).clone() }</span>
            </p>
            // Not lazy: the section is opened to see this very preview, so
            // deferring it saves nothing and only adds a wait to each change.
            <iframe class="preview" title="Preview of the embedded calculator"
                src={preview(*look, accent.clone())} />
        </div>
    }
}
