//! How many posts the counts cover: a number of posts for totals, or a pasted
//! list with one post per line.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::markup::raw;

use super::choice_field::chips;
use super::text_field::{text_field, TextFieldProps};
use crate::state::PostsMode;

/// What the posts field shows and reports to.
pub struct PostsFieldProps {
    pub mode: PostsMode,
    pub posts: AttrValue,
    pub list: AttrValue,
    pub posts_error: Option<AttrValue>,
    pub list_error: Option<AttrValue>,
    /// "12 posts read: median 4.1%, mean 4.4%" once a list is read.
    pub list_summary: Option<AttrValue>,
    pub on_mode: Callback<PostsMode>,
    pub on_posts: Callback<String>,
    pub on_list: Callback<String>,
}

/// The posts field.
pub fn posts_field(props: &PostsFieldProps) -> Html {
    let on_list = props.on_list.reform(|e: InputEvent| {
        let area: HtmlTextAreaElement = e.target_unchecked_into();
        area.value()
    });
    let list_invalid = props.list_error.is_some();
    html! {
        <div class="posts">
            { chips("posts-mode", "Interactions are", props.mode, &props.on_mode) }
            if props.mode == PostsMode::Totals {
                { text_field(&TextFieldProps {
                    id: "posts".into(),
                    label: "Posts these totals cover".into(),
                    value: props.posts.clone(),
                    placeholder: Some("1".into()),
                    error: props.posts_error.clone(),
                    optional: true,
                    hint: Some("Leave empty for a single post. Enter 12 if the counts add up 12 posts.".into()),
                    inputmode: None,
                    on_input: props.on_posts.clone(),
                }) }
            } else {
                <div ~className={if list_invalid { "field invalid" } else { "field" }}>
                    { raw(r#"<label for="list">Per-post counts</label>"#) }
                    <textarea id="list" name="list" rows="6" spellcheck="false"
                        placeholder={"480, 36\n512, 41, 12, 30, 6200"} value={props.list.clone()}
                        aria-invalid={list_invalid.to_string()} aria-describedby="list-hint list-error"
                        oninput={on_list} />
                    <p class="hint" id="list-hint">
                        { "One post per line: likes, comments, then optionally shares, saves, views. \
                           Tabs from a spreadsheet work too." }
                    </p>
                    <p class="error" id="list-error" aria-live="polite">
                        { props.list_error.clone().unwrap_or_default() }
                    </p>
                    if let Some(summary) = &props.list_summary {
                        <p class="note">{ summary }</p>
                    }
                </div>
            }
        </div>
    }
}
