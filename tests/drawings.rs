//! The charts' type sizes are written twice: in the style sheet, which draws
//! them (a name's font size, and `--tick`, the tick labels' size, which also
//! places their rows), and in `ui::svg::SIZES`, which decides which labels
//! fit at each. They must be the same steps.

use influencer_rate_calculator::ui::svg::SIZES;

const CSS: &str = include_str!("../styles/app.css");

/// The number between `after` and the next `until` in `text`.
#[track_caller]
fn number_after(text: &str, after: &str, until: &str) -> f64 {
    let rest = &text[text
        .find(after)
        .unwrap_or_else(|| panic!("no {after:?} in {text:?}"))
        + after.len()..];
    let end = rest
        .find(until)
        .unwrap_or_else(|| panic!("no {until:?} after {after:?}"));
    rest[..end]
        .trim()
        .parse()
        .unwrap_or_else(|e| panic!("{e}: {:?}", &rest[..end]))
}

/// The number before "px" that follows `after` in `text`.
#[track_caller]
fn px_after(text: &str, after: &str) -> f64 {
    number_after(text, after, "px")
}

#[test]
fn the_drawings_type_steps_are_the_style_sheets() {
    // The desktop sizes, then one container step per line.
    let base = CSS
        .lines()
        .find(|l| l.starts_with("svg text {"))
        .expect("svg text rule");
    let tick = CSS
        .lines()
        .find(|l| l.starts_with(".drawing {"))
        .expect(".drawing rule");
    let mut steps = vec![(
        px_after(base, "font-size:"),
        number_after(tick, "--tick:", ";"),
        String::new(),
    )];
    for line in CSS
        .lines()
        .filter(|l| l.starts_with("@container") && l.contains("svg text"))
    {
        let below = px_after(line, "max-width:");
        steps.push((
            px_after(line, "svg text { font-size:"),
            number_after(line, "svg { --tick:", ";"),
            format!("hide-{}", below + 1.0),
        ));
        assert!(
            line.contains(&format!(".hide-{} {{ display: none; }}", below + 1.0)),
            "{line}"
        );
    }
    let listed: Vec<(f64, f64, String)> = SIZES
        .iter()
        .map(|&(t, k, c)| (t, k, c.to_owned()))
        .collect();
    assert_eq!(steps, listed);
}
