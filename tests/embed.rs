//! Browser tests of the `<news-card>` element contract (EMBEDDING.md): attributes, inline data,
//! the `article` property, events, lazy loading. They run in Chromium and Firefox.
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED_AMP: &str = "https://www.dailymail.co.uk/news/article-9655025/amp/Biden-deploys-controversial-facial-recognition-app-track-asylum-seekers.html";
const SEED_WEB: &str = "https://www.dailymail.co.uk/news/article-9655025/Biden-deploys-controversial-facial-recognition-app-track-asylum-seekers.html";

async fn seed_card(attributes: &[(&str, &str)]) -> Mounted {
    let url = "https://news.example/seed.json";
    fake_fetch_install();
    fake_fetch_respond(url, 200, SEED);
    let mut all_attributes = vec![("src", url), ("loading", "eager")];
    all_attributes.extend_from_slice(attributes);
    let card = Mounted::with_attributes(&all_attributes);
    let root = card.root();
    wait_for("the card", || find(&root, "h2.title").is_some()).await;
    fake_fetch_restore();
    card
}

/// A failed assertion in one test must not take the widget down for the tests after it: the
/// test panic goes to the runner, not to the widget's panic hook (which would stop every card),
/// and the real `fetch` is back.
#[wasm_bindgen_test]
async fn a_failed_assertion_in_test_code_leaves_the_widget_running() {
    prepare_page();
    let before = test_panics();
    fake_fetch_install();
    let failing = Closure::<dyn Fn()>::new(|| {
        assert_eq!(
            "il y a 6 ans", "il y a 5 ans",
            "a deliberately failing assertion, caught by its test"
        );
    });
    assert!(
        throws(failing.as_ref().unchecked_ref()),
        "the assertion failed"
    );
    assert_eq!(
        test_panics(),
        before + 1,
        "the panic was the test's, not the widget's"
    );
    assert!(
        !fake_fetch_is_installed(),
        "the failed test's fake fetch is gone"
    );
    let card = seed_card(&[]).await;
    assert_eq!(
        text(&get(&card.root(), ".byline .date-relative")),
        "5 years ago"
    );
}

/// Test panics are told from the widget's by where they happen.
#[wasm_bindgen_test]
fn panics_in_tests_are_told_from_panics_in_the_widget_by_their_file() {
    assert!(is_test_file(file!()));
    assert!(is_test_file(&format!(
        "{}/support/mod.rs",
        std::path::Path::new(file!()).parent().unwrap().display()
    )));
    for widget in [
        "src/embed/panic.rs",
        "src/view/card.rs",
        "",
        "/root/.cargo/registry/src/yew-0.23.0/src/lib.rs",
        "crates/yew-0.23.0/src/html/mod.rs",
    ] {
        assert!(!is_test_file(widget), "{widget}");
    }
}

#[wasm_bindgen_test]
async fn attributes_choose_link_target_and_related_stories() {
    let card = seed_card(&[
        ("link", "amp"),
        ("target", "_self"),
        ("related", "list"),
        ("max-related", "2"),
    ])
    .await;
    let root = card.root();
    let title = get(&root, "h2.title a");
    assert_eq!(attr(&title, "href").as_deref(), Some(SEED_AMP));
    assert_eq!(attr(&title, "target").as_deref(), Some("_self"));
    assert!(find(&root, ".track").is_none(), "a list, not a carousel");
    assert_eq!(all(&root, ".related-as-list .slide").len(), 2);
}

#[wasm_bindgen_test]
async fn a_compact_card_leaves_out_the_related_stories_it_never_shows() {
    let card = seed_card(&[("layout", "compact")]).await;
    let root = card.root();
    assert!(find(&root, ".related").is_none(), "no related stories");
    assert_eq!(
        all(&root, "img").len(),
        1,
        "only the hero image is requested"
    );
    card.set("layout", "vertical");
    wait_for("the carousel", || all(&root, ".track .slide").len() == 3).await;
}

/// What CSS draws before `el` (a separator " · "), "none" when nothing.
fn before(el: &web_sys::Element) -> String {
    web_sys::window()
        .unwrap()
        .get_computed_style_with_pseudo_elt(el, "::before")
        .unwrap()
        .unwrap()
        .get_property_value("content")
        .unwrap()
}

#[wasm_bindgen_test]
async fn the_dates_attribute_says_absolute_relative_or_both() {
    let card = seed_card(&[("dates", "absolute")]).await;
    let root = card.root();
    let byline = || text(&get(&root, ".byline .published"));
    let slide_time = || get(&root, ".slide time");
    assert_eq!(byline(), "June 5, 2021");
    assert!(
        find(&root, ".date-relative").is_none(),
        "nothing says how long ago"
    );
    let tooltip = attr(&slide_time(), "title").unwrap_or_default();
    assert!(
        tooltip.contains("2021") && !tooltip.contains("ago"),
        "{tooltip}"
    );

    card.set("dates", "relative");
    wait_for("relative dates", || {
        find(&root, ".byline .date-absolute").is_none()
    })
    .await;
    assert_eq!(byline(), "5 years ago");
    assert_eq!(
        before(&get(&root, ".byline .date-relative")),
        "none",
        "no separator before it"
    );
    assert!(attr(&get(&root, ".byline time"), "title").is_some_and(|t| t.contains("2021")));
    assert_eq!(text(&slide_time()), "5 years ago");

    card.set("dates", "both");
    wait_for("both dates", || {
        find(&root, ".byline .date-absolute").is_some()
    })
    .await;
    assert_eq!(
        (
            text(&get(&root, ".byline .date-absolute")),
            text(&get(&root, ".byline .date-relative"))
        ),
        ("June 5, 2021".to_owned(), "5 years ago".to_owned())
    );
    assert_ne!(
        before(&get(&root, ".byline .date-relative")),
        "none",
        "a separator"
    );
    assert_eq!(text(&slide_time()), "June 4, 2021");
    let tooltip = attr(&slide_time(), "title").unwrap_or_default();
    assert!(tooltip.ends_with("5 years ago"), "{tooltip}");
}

#[wasm_bindgen_test]
async fn changing_attributes_updates_the_card_in_place() {
    let card = seed_card(&[]).await;
    let root = card.root();
    let heading = get(&root, "h2.title");
    assert_eq!(
        attr(&get(&root, "h2.title a"), "href").as_deref(),
        Some(SEED_WEB)
    );
    assert_eq!(all(&root, ".track .slide").len(), 3);

    card.set("link", "amp");
    wait_for("the AMP link", || {
        attr(&get(&root, "h2.title a"), "href").as_deref() == Some(SEED_AMP)
    })
    .await;
    card.set("related", "none");
    wait_for("no related stories", || find(&root, ".related").is_none()).await;
    card.set("locale", "de-DE");
    wait_for("a German date", || {
        text(&get(&root, ".byline .date-absolute")) == "5. Juni 2021"
    })
    .await;
    assert_eq!(text(&get(&root, ".byline .date-relative")), "vor 5 Jahren");
    assert!(heading.is_connected(), "updated in place, not re-created");
}

#[wasm_bindgen_test]
async fn locale_comes_from_the_nearest_lang_when_not_set() {
    let wrapper = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap();
    wrapper.set_attribute("lang", "fr").unwrap();
    insert(&wrapper);
    fake_fetch_install();
    let url = "https://news.example/fr.json";
    fake_fetch_respond(url, 200, SEED);
    prepare_page();
    let host = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("news-card")
        .unwrap();
    host.set_attribute("src", url).unwrap();
    host.set_attribute("loading", "eager").unwrap();
    wrapper.append_child(&host).unwrap();
    let root = host.shadow_root().unwrap();
    wait_for("the card", || {
        find(&root, ".byline .date-absolute").is_some()
    })
    .await;
    assert_eq!(text(&get(&root, ".byline .date-absolute")), "5 juin 2021");
    assert_eq!(text(&get(&root, ".byline .date-relative")), "il y a 5 ans");
    fake_fetch_restore();
    wrapper.remove();
}

#[wasm_bindgen_test]
async fn a_locale_the_browser_rejects_falls_back_to_english() {
    let card = seed_card(&[("locale", "xx-invalid-zz")]).await;
    let root = card.root();
    assert_eq!(text(&get(&root, ".byline .date-absolute")), "5 June 2021");
}

#[wasm_bindgen_test]
async fn inline_json_renders_without_fetching() {
    fake_fetch_install();
    let card = Mounted::with_inline(NO_IMAGE);
    let root = card.root();
    wait_for("the inline card", || find(&root, "h2.title").is_some()).await;
    assert_eq!(
        text(&get(&root, "h2.title")),
        "AI Skills Among the Most In-Demand For 2020"
    );
    assert!(
        !text(&root.host()).contains("AI Skills"),
        "the JSON itself is not shown"
    );
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn only_a_card_drawn_as_it_comes_near_loads_its_first_thumbnails_at_once() {
    let loading = |root: &web_sys::ShadowRoot| -> Vec<Option<String>> {
        all(root, ".slide .thumb img")
            .iter()
            .map(|i| attr(i, "loading"))
            .collect()
    };
    // A card with `src` is drawn once it is near (or asked to be eager): its first slides
    // show as it does.
    let card = seed_card(&[]).await;
    let eager = Some("eager".to_owned());
    let lazy = Some("lazy".to_owned());
    assert_eq!(loading(&card.root()), [eager.clone(), eager, lazy.clone()]);
    drop(card);
    // Inline data is drawn at once wherever the card is (a prerendered card taken over, too):
    // every thumbnail waits for the browser to find it near the viewport.
    let card = Mounted::with_inline(SEED);
    let root = card.root();
    wait_for("the inline card", || {
        find(&root, ".slide .thumb img").is_some()
    })
    .await;
    assert_eq!(loading(&root), [lazy.clone(), lazy.clone(), lazy]);
}

#[wasm_bindgen_test]
async fn the_article_property_renders_and_wins_over_src() {
    record_events();
    let card = seed_card(&[]).await;
    let root = card.root();
    set_article_json(&card.host, NO_IMAGE);
    wait_for("the property's article", || {
        find(&root, "h2.title")
            .is_some_and(|h| text(&h) == "AI Skills Among the Most In-Demand For 2020")
    })
    .await;
    set_article_json(&card.host, SEED);
    wait_for("the next article", || {
        text(&get(&root, "h2.title")).starts_with("Biden deploys")
    })
    .await;
    // The event fires once the article is in the DOM, just after the render.
    let loads = || {
        recorded_events()
            .iter()
            .filter(|e| e.starts_with("news-card:load"))
            .count()
    };
    wait_for("three load events", || loads() >= 3).await;
    sleep_ms(100).await;
    assert_eq!(
        loads(),
        3,
        "one load event per article shown: {:?}",
        recorded_events()
    );
}

#[wasm_bindgen_test]
async fn a_card_without_data_waits_and_a_bad_article_shows_the_error_panel() {
    record_events();
    let card = Mounted::with_attributes(&[]);
    let root = card.root();
    wait_for("the skeleton while no article is set", || {
        find(&root, ".skeleton").is_some()
    })
    .await;
    set_article_json(&card.host, "[1, 2, 3]");
    wait_for("the not-an-article panel", || {
        find(&root, ".error").is_some()
    })
    .await;
    assert_eq!(
        attr(&get(&root, ".error"), "data-error").as_deref(),
        Some("not-an-article")
    );
    wait_for("the error event", || !recorded_events().is_empty()).await;
    assert_eq!(
        recorded_events(),
        ["news-card:error not-an-article|The server did not send an article (the document is a JSON array, not an article object)|null|null"]
    );
}

#[wasm_bindgen_test]
async fn load_and_error_events_carry_their_detail() {
    record_events();
    let card = seed_card(&[]).await;
    wait_for("the load event", || recorded_events().len() == 1).await;
    drop(card);
    fake_fetch_install();
    let missing = "https://news.example/missing.json";
    fake_fetch_respond(missing, 404, "");
    let broken = Mounted::new(missing);
    let root = broken.root();
    wait_for("the error", || find(&root, ".error").is_some()).await;
    wait_for("the error event", || recorded_events().len() == 2).await;
    fake_fetch_restore();
    let events = recorded_events();
    assert_eq!(
        events,
        [
            format!("news-card:load Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated|{SEED_WEB}"),
            "news-card:error not-found|The article was not found (HTTP 404)|404|https://news.example/missing.json".to_owned(),
        ]
    );
}

#[wasm_bindgen_test]
async fn navigate_events_can_be_cancelled_by_the_host() {
    record_events();
    cancel_navigation();
    let card = seed_card(&[]).await;
    let root = card.root();
    // The clicks' own default (following the link) is cancelled, so nothing opens.
    assert!(click_was_cancelled(&get(&root, "h2.title a")));
    assert!(click_was_cancelled(&get(&root, ".slide a")));
    let events: Vec<String> = recorded_events()
        .into_iter()
        .filter(|e| e.contains("navigate"))
        .collect();
    assert_eq!(
        events,
        [
            format!("news-card:navigate main|{SEED_WEB}|main"),
            "news-card:navigate related|https://theweek.com/immigration/1001197/the-biden-administrations-new-facial-recognition-app-for-asylum-seekers-sets|related".to_owned(),
        ]
    );
}

#[wasm_bindgen_test]
async fn lazy_cards_fetch_only_near_the_viewport_and_mount_only_within_three_screens() {
    fake_fetch_install();
    let far = "https://news.example/far.json";
    let near = "https://news.example/near.json";
    fake_fetch_respond(far, 200, SEED);
    fake_fetch_respond(near, 200, NO_IMAGE);
    let document = web_sys::window().unwrap().document().unwrap();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(".test-spacer { display: block; height: 5000px; }"));
    document.head().unwrap().append_child(&style).unwrap();
    prepare_page();
    // Page order: the near card, a 5000px spacer, the far card. Both are lazy (the default).
    let far_card = document.create_element("news-card").unwrap();
    far_card.set_attribute("src", far).unwrap();
    insert(&far_card);
    let spacer = document.create_element("div").unwrap();
    spacer.set_attribute("class", "test-spacer").unwrap();
    insert(&spacer);
    let near_card = document.create_element("news-card").unwrap();
    near_card.set_attribute("src", near).unwrap();
    insert(&near_card);
    scroll_window_to(0.0);

    // The observers report every card in one batch, so once the near card (which mounts when
    // the observer sees it, a frame after it connects) has loaded, the far one has been seen,
    // out of reach.
    wait_for("the near card", || {
        near_card
            .shadow_root()
            .is_some_and(|root| find(&root, "h2.title").is_some())
    })
    .await;
    // Five screens below: not even mounted (no app, no skeleton), and not fetched.
    // The element made its shadow root as it was created; nothing is drawn in it yet.
    let far_root = far_card
        .shadow_root()
        .expect("a shadow root from the constructor");
    assert!(
        find(&far_root, ".news-card-root").is_none(),
        "mounted while far away"
    );
    assert_eq!(
        fake_fetch_calls(far),
        0,
        "not fetched while far below the viewport"
    );

    far_card.scroll_into_view();
    wait_for("the far card once in view", || {
        far_card
            .shadow_root()
            .is_some_and(|root| find(&root, "h2.title").is_some())
    })
    .await;
    assert_eq!(fake_fetch_calls(far), 1);
    fake_fetch_restore();
    for element in [far_card, spacer, near_card, style] {
        element.remove();
    }
    scroll_window_to(0.0);
}

#[wasm_bindgen_test]
async fn the_widget_speaks_the_readers_language_and_direction() {
    let card = seed_card(&[("locale", "de-CH")]).await;
    let root = card.root();
    let article = get(&root, "article.card");
    assert_eq!(attr(&article, "lang").as_deref(), Some("de"));
    assert_eq!(attr(&article, "dir"), None);
    let content = |selector: &str| get(&root, selector).text_content().unwrap_or_default();
    assert_eq!(content(".related-title"), "Verwandte Artikel");
    assert_eq!(
        attr(&get(&root, ".nav.next"), "aria-label").as_deref(),
        Some("Nächster Artikel")
    );
    assert_eq!(
        attr(&all(&root, ".slide")[1], "aria-label").as_deref(),
        Some("2 von 3")
    );
    assert_eq!(content("#new-tab"), "öffnet in neuem Tab");
    drop(card);

    let card = seed_card(&[("locale", "ar")]).await;
    let root = card.root();
    let article = get(&root, "article.card");
    assert_eq!(attr(&article, "dir").as_deref(), Some("rtl"));
    let content = |selector: &str| get(&root, selector).text_content().unwrap_or_default();
    assert_eq!(content(".related-title"), "أخبار ذات صلة");
    // The English headline keeps its own direction inside the Arabic card.
    assert_eq!(attr(&get(&root, ".title"), "dir").as_deref(), Some("auto"));
    assert_ne!(text(&get(&root, ".byline .date-absolute")), "5 June 2021");
}

#[wasm_bindgen_test]
async fn the_carousel_moves_with_the_keyboard_in_both_directions() {
    for (locale, forward, back) in [
        ("en", "ArrowRight", "ArrowLeft"),
        ("he", "ArrowLeft", "ArrowRight"),
    ] {
        let card = seed_card(&[("locale", locale)]).await;
        let root = card.root();
        let track = get(&root, ".track");
        let position = || text(&get(&root, ".position"));
        assert_eq!(position(), "1 / 3", "{locale}");
        press(&track, forward);
        wait_for("one slide on", || position() == "2 / 3").await;
        wait_for("the track to move", || track.scroll_left() != 0).await;
        if locale == "he" {
            assert!(
                track.scroll_left() < 0,
                "a right-to-left track scrolls to negative offsets"
            );
        }
        press(&track, "End");
        wait_for("the end", || position() == "3 / 3").await;
        press(&track, back);
        wait_for("one slide back", || position() == "2 / 3").await;
        press(&track, "Home");
        wait_for("the start", || position() == "1 / 3").await;
        // A button pressed at the end keeps focus and says it cannot go on.
        let next = get(&root, ".nav.next");
        press(&next, "End");
        wait_for("the end again", || position() == "3 / 3").await;
        click(&next);
        let active = root.active_element();
        assert!(
            active.is_some_and(|a| a.is_same_node(Some(&next))),
            "{locale}: focus stays on next"
        );
        assert_eq!(attr(&next, "aria-disabled").as_deref(), Some("true"));
    }
}

/// Calls the element's `reload()`.
fn reload(card: &Mounted) {
    let reload = js_sys::Reflect::get(&card.host, &JsValue::from_str("reload")).unwrap();
    reload
        .unchecked_ref::<js_sys::Function>()
        .call0(&card.host)
        .unwrap();
}

#[wasm_bindgen_test]
async fn cards_with_the_same_src_that_load_together_make_one_request() {
    let src = "https://news.example/shared.json";
    fake_fetch_install();
    // One answer only, held until three cards wait for it.
    fake_fetch_hold(src, 200, SEED);
    let cards: Vec<Mounted> = (0..3).map(|_| Mounted::new(src)).collect();
    wait_for("all three cards to ask", || {
        cards.iter().all(|c| {
            c.host
                .shadow_root()
                .is_some_and(|r| find(&r, ".news-card-root").is_some())
        })
    })
    .await;
    sleep_ms(50).await;
    // A card removed while it waits does not stop the others' request.
    let mut cards = cards;
    drop(cards.remove(0));
    sleep_ms(50).await;
    fake_fetch_release(src);
    for card in &cards {
        let root = card.root();
        wait_for("the card", || find(&root, "h2.title").is_some()).await;
    }
    assert_eq!(fake_fetch_calls(src), 1, "one request for three cards");
    assert!(
        !fake_fetch_aborted(src),
        "not aborted by the card that left"
    );

    // reload() is the reader's or the page's wish for a fresh answer: that card asks again,
    // alone, and the other keeps what it has.
    fake_fetch_respond(src, 200, NO_IMAGE);
    reload(&cards[0]);
    let root = cards[0].root();
    wait_for("the reloaded article", || {
        find(&root, "article.no-image").is_some()
    })
    .await;
    assert_eq!(fake_fetch_calls(src), 2);
    assert!(find(&cards[1].root(), "article.has-image").is_some());

    // A card that asks a moment after the answer came shares it too (cards on one screen
    // mount a few per frame)...
    let soon = Mounted::new(src);
    let root = soon.root();
    wait_for("the card asking soon after", || {
        find(&root, "h2.title").is_some()
    })
    .await;
    assert_eq!(fake_fetch_calls(src), 2);
    // ...and one that asks later asks again (the HTTP cache may answer it).
    sleep_ms(2100).await;
    fake_fetch_respond(src, 200, SEED);
    let later = Mounted::new(src);
    let root = later.root();
    wait_for("the later card", || find(&root, "h2.title").is_some()).await;
    assert_eq!(fake_fetch_calls(src), 3);
    fake_fetch_restore();
}
