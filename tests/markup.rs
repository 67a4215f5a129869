//! Read-only markup: everything that is not our own constant markup is escaped.

use influencer_rate_calculator::ui::markup::Markup;

#[track_caller]
fn text(input: &str, expected: &str) {
    assert_eq!(Markup::default().text(input).as_str(), expected);
}

#[test]
fn text_cannot_open_a_tag_or_leave_an_attribute() {
    text(
        "<script>alert(1)</script>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
    );
    text(r#"" onmouseover="x"#, "&quot; onmouseover=&quot;x");
    text("' autofocus '", "&#39; autofocus &#39;");
    text("Tom & Jerry", "Tom &amp; Jerry");
    text("&lt;", "&amp;lt;");
}

#[test]
fn plain_text_is_kept_as_typed() {
    text("", "");
    text("Ana Lima — 12,5 mil · 4.1%", "Ana Lima — 12,5 mil · 4.1%");
}

#[test]
fn constant_markup_is_kept_and_text_follows_it() {
    let mut m = Markup::of("<p class=\"note\">");
    m.text("a<b").raw("</p>");
    assert_eq!(m.as_str(), "<p class=\"note\">a&lt;b</p>");
}
