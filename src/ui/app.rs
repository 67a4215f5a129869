//! The root component: holds the state, keeps the address in step, and shows
//! the view the user picked.

use std::rc::Rc;

use wasm_bindgen::JsCast;

use yew::prelude::*;

use super::markup::raw;

use super::brand_view::brand_view;
use super::campaign_view::campaign_view;
use super::choice_field::chips;
use super::creator_view::creator_view;
use super::embed_view::embed_view;
use super::look;
use super::memory;
use super::url;
use crate::calc::currency::Currency;
use crate::calc::deliverable::Deliverable;
use crate::calc::fee::{Exclusivity, Usage};
use crate::calc::niche::Niche;
use crate::calc::platform::Platform;
use crate::calc::tier::Scheme;
use crate::state::{read_results, Action, Key, Mode, PostsMode, ReadResults, State};

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Rc::unwrap_or_clone(self).apply(action))
    }
}

/// How long after the last change the address is updated.
pub const URL_DELAY_MS: u32 = 200;

/// What children may do, one typed callback each: no child sees the reducer.
#[derive(Clone, PartialEq)]
pub struct Actions {
    pub mode: Callback<Mode>,
    pub text: Callback<(Key, String)>,
    pub platform: Callback<Platform>,
    pub posts_mode: Callback<PostsMode>,
    pub niche: Callback<Niche>,
    pub scheme: Callback<Scheme>,
    pub currency: Callback<Currency>,
    pub quantity: Callback<(Deliverable, u32)>,
    pub usage: Callback<Usage>,
    pub exclusivity: Callback<Exclusivity>,
    pub rush: Callback<bool>,
    /// Show or hide earned media value in the campaign view.
    pub emv: Callback<bool>,
    pub example: Callback<()>,
    pub clear: Callback<()>,
    /// Forget the inputs remembered on this device, and empty the fields.
    pub forget: Callback<()>,
}

impl Actions {
    fn new(act: &Callback<Action>) -> Self {
        Self {
            mode: act.reform(Action::Mode),
            text: act.reform(|(k, t)| Action::Text(k, t)),
            platform: act.reform(Action::Platform),
            posts_mode: act.reform(Action::PostsMode),
            niche: act.reform(Action::Niche),
            scheme: act.reform(Action::Scheme),
            currency: act.reform(Action::Currency),
            quantity: act.reform(|(d, n)| Action::Quantity(d, n)),
            usage: act.reform(Action::Usage),
            exclusivity: act.reform(Action::Exclusivity),
            rush: act.reform(Action::Rush),
            emv: act.reform(Action::Emv),
            example: act.reform(|()| Action::Example),
            clear: act.reform(|()| Action::Clear),
            forget: act.reform(|()| {
                memory::forget();
                Action::Clear
            }),
        }
    }
}

impl Actions {
    /// "Try an example" and "Clear", then "Forget my numbers" when `forget`:
    /// the same buttons under every view's form.
    pub fn buttons(&self, forget: bool) -> Html {
        let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
        html! {
            <div class="buttons">
                <button type="button" onclick={click(&self.example)}>{ "Try an example" }</button>
                <button type="button" class="secondary" onclick={click(&self.clear)}>{ "Clear" }</button>
                if forget {
                    <button type="button" class="secondary" onclick={click(&self.forget)}>{ "Forget my numbers" }</button>
                }
            </div>
        }
    }
}

/// The forms answer as they are typed in: pressing Enter sends nothing.
#[must_use]
pub fn no_submit() -> Callback<SubmitEvent> {
    Callback::from(|e: SubmitEvent| e.prevent_default())
}

/// What the brand and campaign views read, borrowed: the root lends its
/// actions instead of cloning a callback per field for every render.
pub struct View<'a> {
    pub state: &'a Rc<State>,
    pub actions: &'a Actions,
    pub settled: bool,
    pub compact: bool,
    /// The campaign's per-creator table, read once per change of its text.
    pub results: &'a ReadResults,
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        // The link wins; without one, the inputs remembered on this device.
        let link = url::current_query();
        let query = if link.pairs().is_empty() {
            memory::load().unwrap_or(link)
        } else {
            link
        };
        State::from_query(&query, &url::browser_locale())
    });
    let dispatcher = state.dispatcher();
    let actions = use_memo((), move |()| Actions::new(&dispatcher.to_callback()));
    {
        // The address follows the inputs a moment after typing stops, so
        // history.replaceState stays off the keystroke path.
        // The device remembers the inputs (not the embed's settings), and
        // nothing once every field of the full page is emptied; an embed
        // (the snippet's preview among them) never forgets on its own.
        let query = state.to_query();
        // Outside an embed the remembered query is the address's own.
        let remembered = state.has_inputs().then(|| {
            if state.embed {
                state.unembedded().to_query()
            } else {
                query.clone()
            }
        });
        let embed = state.embed;
        use_effect_with((query, remembered), move |(q, r)| {
            let (q, r) = (q.clone(), r.clone());
            let pending = gloo_timers::callback::Timeout::new(URL_DELAY_MS, move || {
                url::replace_query(&q);
                match &r {
                    Some(r) => memory::save(r),
                    None if !embed => memory::forget(),
                    None => {}
                }
            });
            move || drop(pending)
        });
    }
    // The answer renders first; the panels that explain it show `later`, a
    // copy of the state that follows it one turn of the event loop behind
    // (None until the first frame is out). Neither the first result nor a
    // keystroke's waits for them, and fast typing renders them once.
    let shared = Rc::new((*state).clone());
    let later = use_state_eq(|| None::<Rc<State>>);
    {
        let later = later.clone();
        use_effect_with(shared.clone(), move |s| {
            let s = s.clone();
            let pending = gloo_timers::callback::Timeout::new(0, move || later.set(Some(s)));
            move || drop(pending)
        });
    }
    {
        // An embedding page may force light or dark and set its accent colour.
        let look = (state.theme, state.accent.clone());
        use_effect_with(look, |(theme, accent)| {
            look::apply(*theme, accent.as_deref());
        });
    }
    // A pasted table of campaign results is read again only when it changes,
    // not on every keystroke in another field.
    let results = use_memo(state.text(Key::Results).to_owned(), |t| read_results(t));
    // The page's static title (`#top`), found once and shown unless embedded.
    let top = use_memo(state.embed, |&embed| header(!embed));
    if state.embed {
        return match state.mode {
            Mode::Creator => embed_view(&shared, &actions),
            Mode::Brand => brand_view(&View {
                state: &shared,
                actions: &actions,
                settled: false,
                compact: true,
                results: &results,
            }),
            Mode::Campaign => campaign_view(&View {
                state: &shared,
                actions: &actions,
                settled: false,
                compact: true,
                results: &results,
            }),
        };
    }
    let settled = later.is_some();
    let view = match state.mode {
        Mode::Creator => creator_view(&shared, &actions, (*later).as_ref()),
        Mode::Brand => brand_view(&View {
            state: &shared,
            actions: &actions,
            settled,
            compact: false,
            results: &results,
        }),
        Mode::Campaign => campaign_view(&View {
            state: &shared,
            actions: &actions,
            settled,
            compact: false,
            results: &results,
        }),
    };
    // The title and tagline are static in index.html (painted before this code
    // loads); the view switch joins them there. Without that header (a test
    // page) the switch renders in place.
    let modes = html! {
        <nav class="modes" aria-label="Calculator">
            { chips::<Mode>("mode", "Who is asking", state.mode, &actions.mode) }
        </nav>
    };
    html! {
        <>
        { match &*top { Some(top) => create_portal(modes, top.clone().into()), None => modes } }
        { view }
        { raw(r#"<footer class="bottom"><p>Every figure names its source, year, sample and kind. Where sources disagree, all are shown and their consensus is used; where none is credible, we say so rather than invent one. The link in your address bar reproduces this page exactly.</p></footer>"#) }
        </>
    }
}

/// The page's static header (`#top` in index.html), shown on the full page
/// and hidden in a compact embed, which has its own heading.
fn header(shown: bool) -> Option<web_sys::HtmlElement> {
    let top: web_sys::HtmlElement = web_sys::window()?
        .document()?
        .get_element_by_id("top")?
        .dyn_into()
        .ok()?;
    top.set_hidden(!shown);
    Some(top)
}
