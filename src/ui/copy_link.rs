//! "Copy link": the share link to the clipboard, or shown to copy by hand
//! where the page may not write to the clipboard (a sandboxed frame).

use yew::prelude::*;

use super::clipboard::copy;

#[component]
pub fn CopyLink() -> Html {
    // None: not asked yet; then whether the copy worked, and the link copied.
    let copied = use_state_eq(|| None::<(bool, String)>);
    let on_copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            // The address is read when asked: it follows the inputs a moment
            // after typing stops.
            let link = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .unwrap_or_default();
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                let done = copy(&link).await;
                copied.set(Some((done, link)));
            });
        })
    };
    html! {
        <p class="share no-print">
            <button type="button" class="secondary" onclick={on_copy}>{ "Copy link" }</button>
            <span aria-live="polite">
                { match &*copied {
                    Some((true, _)) => html! { "Link copied: it opens this page with these numbers." },
                    Some((false, link)) => html! {
                        <input type="text" readonly=true value={link.clone()} aria-label="Link to these results" />
                    },
                    None => html! {},
                } }
            </span>
        </p>
    }
}
