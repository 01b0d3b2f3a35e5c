//! Browser tests: mount the card on real data in headless Chromium and Firefox and assert on
//! what a person sees. Run with `wasm-pack test --headless --chrome` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

mod support;

use support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED_TITLE: &str = "Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated";
const SEED_URL: &str = "https://www.dailymail.co.uk/news/article-9655025/Biden-deploys-controversial-facial-recognition-app-track-asylum-seekers.html";

#[wasm_bindgen_test]
async fn seed_card_shows_what_a_reader_looks_at() {
    let (_card, root) = mount_card(parse(SEED));
    wait_for("the card", || find(&root, "article.card").is_some()).await;

    let link = get(&root, "h2.title a");
    assert_eq!(text(&link), SEED_TITLE);
    assert_eq!(attr(&link, "href").as_deref(), Some(SEED_URL));
    assert_eq!(attr(&link, "target").as_deref(), Some("_blank"));
    assert_eq!(attr(&link, "rel").as_deref(), Some("noopener noreferrer"));

    assert!(text(&get(&root, ".excerpt")).starts_with("Asylum seekers in the United States"));
    assert_eq!(text(&get(&root, ".provider-name")), "Daily Mail");
    assert_eq!(text(&get(&root, ".provider-domain")), "dailymail.co.uk");

    let time = get(&root, ".byline time");
    assert_eq!(
        attr(&time, "datetime").as_deref(),
        Some("2021-06-05T14:56:00Z")
    );
    assert_eq!(text(&get(&root, ".byline .date-absolute")), "5 June 2021");
    assert_eq!(text(&get(&root, ".byline .date-relative")), "5 years ago");

    let chips: Vec<String> = all(&root, ".topics .chip").iter().map(text).collect();
    assert_eq!(chips, ["Computer Vision", "AI"]);

    let img = get(&root, ".hero img");
    assert_eq!(attr(&img, "width").as_deref(), Some("636"));
    assert_eq!(attr(&img, "height").as_deref(), Some("382"));
    assert_eq!(
        attr(&img, "alt").as_deref(),
        Some(""),
        "no image title: decorative, so the headline is not read twice"
    );
    assert_eq!(attr(&img, "loading").as_deref(), Some("lazy"));
    assert_eq!(attr(&img, "referrerpolicy").as_deref(), Some("no-referrer"));
    assert_eq!(
        attr(&img, "src").as_deref(),
        Some("https://i.dailymail.co.uk/1s/2021/06/05/14/43864419-0-image-a-2_1622898218342.jpg")
    );
}

#[wasm_bindgen_test]
async fn related_stories_are_one_slide_each() {
    let (_card, root) = mount_card(parse(SEED));
    wait_for("the carousel", || find(&root, ".related").is_some()).await;

    let slides = all(&root, ".track .slide");
    assert_eq!(slides.len(), 3);
    // The WAI-ARIA carousel pattern: a region named by its heading and the headline (unique
    // among cards), slides that are groups named "2 of 3", buttons that control the track.
    let region = get(&root, "section.related");
    assert_eq!(
        attr(&region, "aria-roledescription").as_deref(),
        Some("carousel")
    );
    let name: Vec<String> = attr(&region, "aria-labelledby")
        .unwrap_or_default()
        .split(' ')
        .map(|id| {
            let named = get(&root, &format!("#{id}"));
            named.text_content().unwrap_or_default().trim().to_owned()
        })
        .collect();
    assert_eq!(name, ["Related stories", SEED_TITLE]);
    let labels: Vec<(Option<String>, Option<String>, Option<String>)> = slides
        .iter()
        .map(|s| {
            (
                attr(s, "role"),
                attr(s, "aria-roledescription"),
                attr(s, "aria-label"),
            )
        })
        .collect();
    assert_eq!(
        labels[1],
        (
            Some("group".into()),
            Some("slide".into()),
            Some("2 of 3".into())
        )
    );
    let track_id = attr(&get(&root, ".track"), "id").unwrap_or_default();
    for button in all(&root, ".nav") {
        assert_eq!(attr(&button, "aria-controls"), Some(track_id.clone()));
    }
    let titles: Vec<String> = all(&root, ".slide .slide-title a")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        titles,
        [
            "The Biden administration's new facial recognition app for asylum seekers sets off alarm bells",
            "Biden officials quietly deploy facial recognition to process asylum seekers",
            "AnyVision open letter calls on facial recognition providers to eliminate bias",
        ]
    );
    let providers: Vec<String> = all(&root, ".slide .slide-provider")
        .iter()
        .map(text)
        .collect();
    assert_eq!(providers, ["THE WEEK", "KVIA", "Biometric Companies"]);
    let first = get(&root, ".slide a");
    assert_eq!(
        attr(&first, "href").as_deref(),
        Some("https://theweek.com/immigration/1001197/the-biden-administrations-new-facial-recognition-app-for-asylum-seekers-sets")
    );
    let thumb = get(&root, ".slide .thumb img");
    assert_eq!(
        (attr(&thumb, "width"), attr(&thumb, "height")),
        (Some("814".into()), Some("458".into()))
    );
    assert_eq!(
        attr(&get(&root, ".slide time"), "datetime").as_deref(),
        Some("2021-06-04T19:51:00Z")
    );
    // The first slides show as the card does: their thumbnails load at once, the rest lazily.
    let loading: Vec<Option<String>> = all(&root, ".slide .thumb img")
        .iter()
        .map(|i| attr(i, "loading"))
        .collect();
    assert_eq!(
        loading,
        [
            Some("eager".into()),
            Some("eager".into()),
            Some("lazy".into())
        ]
    );
}

#[wasm_bindgen_test]
async fn carousel_buttons_move_one_slide_and_stop_at_the_ends() {
    let (_card, root) = mount_card(parse(SEED));
    wait_for("the carousel", || find(&root, ".nav.next").is_some()).await;
    let prev = get(&root, ".nav.prev");
    let next = get(&root, ".nav.next");
    let position = || text(&get(&root, ".position"));
    let disabled = |button: &web_sys::Element| attr(button, "aria-disabled").is_some();
    let track = get(&root, ".track");
    assert_eq!(
        (
            attr(&track, "role"),
            attr(&track, "aria-label"),
            attr(&track, "tabindex")
        ),
        (
            Some("group".into()),
            Some("Related stories".into()),
            Some("0".into())
        ),
        "a focusable track with a role that may carry its name"
    );
    assert_eq!(position(), "1 / 3");
    assert!(disabled(&prev) && !disabled(&next));
    assert!(
        !prev.has_attribute("disabled"),
        "aria-disabled, so a focused button keeps focus"
    );

    click(&next);
    wait_for("slide 2", || position() == "2 / 3").await;
    wait_for("the track to scroll", || track.scroll_left() > 0).await;
    assert!(!disabled(&prev));

    click(&next);
    wait_for("slide 3", || position() == "3 / 3").await;
    wait_for("next to say it is disabled at the end", || disabled(&next)).await;
    wait_for("the track at its end", || {
        track.scroll_left() + track.client_width() >= track.scroll_width() - 2
    })
    .await;
    click(&next);
    sleep_ms(100).await;
    yew::scheduler::flush().await;
    assert_eq!(position(), "3 / 3", "pressing next at the end does nothing");
    // A press that moved nothing leaves nothing pending: the reader's own scroll still moves
    // the readout and the buttons.
    track.set_scroll_left(0);
    wait_for("the readout to follow the reader's scroll back", || {
        position() == "1 / 3" && disabled(&prev) && !disabled(&next)
    })
    .await;

    click(&next);
    click(&prev);
    wait_for("back at slide 1", || {
        position() == "1 / 3" && disabled(&prev) && track.scroll_left() == 0
    })
    .await;
}

/// The seed with `n` related stories (its three, repeated under new titles).
fn seed_with_related(n: usize) -> String {
    let mut seed: serde_json::Value = serde_json::from_str(SEED).unwrap();
    let stories = seed["related"].as_array().unwrap().clone();
    seed["related"] = (0..n)
        .map(|i| {
            let mut story = stories[i % stories.len()].clone();
            story["title"] = format!("Story {}", i + 1).into();
            story
        })
        .collect();
    seed.to_string()
}

/// The slides wholly inside the track as laid out now, counted from 1, as the readout should
/// say them: "2 / 5" or "2–3 / 5".
fn wholly_in_view(root: &web_sys::ShadowRoot) -> String {
    let track = get(root, ".track").get_bounding_client_rect();
    let slides = all(root, ".track .slide");
    let inside: Vec<usize> = (1..=slides.len())
        .filter(|&i| {
            let slide = slides[i - 1].get_bounding_client_rect();
            slide.left() >= track.left() - 1.0 && slide.right() <= track.right() + 1.0
        })
        .collect();
    match (inside.first(), inside.last()) {
        (Some(first), Some(last)) if first != last => {
            format!("{first}\u{2013}{last} / {}", slides.len())
        }
        (Some(first), _) => format!("{first} / {}", slides.len()),
        _ => format!("none of {}", slides.len()),
    }
}

/// Waits until the track has stopped scrolling (a smooth scroll takes a few frames).
async fn until_still(root: &web_sys::ShadowRoot) {
    let track = get(root, ".track");
    let mut last = i32::MIN;
    let mut still = 0;
    while still < 4 {
        sleep_ms(50).await;
        yew::scheduler::flush().await;
        let now = track.scroll_left();
        still = if now == last { still + 1 } else { 0 };
        last = now;
    }
}

#[wasm_bindgen_test]
async fn the_readout_names_the_stories_wholly_in_view_at_every_width() {
    for n in [2, 3, 7] {
        for width in [300, 520, 900, 1280] {
            let (card, root) = mount_card(parse(&seed_with_related(n)));
            card.host
                .set_attribute("style", &format!("width: {width}px"))
                .unwrap();
            wait_for("the carousel", || find(&root, ".track").is_some()).await;
            until_still(&root).await;
            let case = format!("{n} stories at {width}px");
            for step in 0.. {
                assert!(step <= n, "{case}: next never reached the end");
                let want = wholly_in_view(&root);
                let Some(readout) = find(&root, ".position") else {
                    assert_eq!(
                        want,
                        format!("1\u{2013}{n} / {n}"),
                        "{case}: no readout, all in view"
                    );
                    break;
                };
                assert_eq!(text(&readout), want, "{case}");
                let next = get(&root, ".nav.next");
                if attr(&next, "aria-disabled").is_some() {
                    assert!(
                        want.ends_with(&format!("{n} / {n}")),
                        "{case}: the end shows the last story"
                    );
                    break;
                }
                click(&next);
                until_still(&root).await;
            }
        }
    }
}

#[wasm_bindgen_test]
async fn no_image_keeps_the_cards_shape_and_no_related_means_no_carousel() {
    let (_card, root) = mount_card(parse(NO_IMAGE));
    wait_for("the card", || find(&root, "article.card").is_some()).await;
    assert!(attr(&get(&root, "article.card"), "class")
        .unwrap_or_default()
        .contains("no-image"));
    // The hero's box stays (every card of a layout has one shape, so nothing moves while
    // cards load), holding the provider's initial on a tint, hidden from screen readers.
    let hero = get(&root, ".hero");
    assert_eq!(attr(&hero, "aria-hidden").as_deref(), Some("true"));
    assert!(find(&root, ".hero img").is_none());
    assert_eq!(
        attr(&get(&root, ".hero .thumb"), "data-initial").as_deref(),
        Some("B"),
        "Business 2 Community"
    );
    assert!(
        find(&root, ".related").is_none(),
        "no related stories: no carousel"
    );
    assert_eq!(
        text(&get(&root, "h2.title")),
        "AI Skills Among the Most In-Demand For 2020"
    );
    let chips: Vec<String> = all(&root, ".chip").iter().map(text).collect();
    assert_eq!(chips, ["AI", "Google AI", "TensorFlow"]);
}

#[wasm_bindgen_test]
async fn a_broken_hero_image_becomes_a_placeholder_of_the_same_shape() {
    // Relative to this test page's own server, where no such file exists.
    let json = SEED.replace(
        "https://i.dailymail.co.uk/1s/2021/06/05/14/43864419-0-image-a-2_1622898218342.jpg",
        "/no-such-image.jpg",
    );
    let (_card, root) = mount_card(parse(&json));
    wait_for("the failed image marked", || {
        find(&root, ".hero img").is_some_and(|i| i.has_attribute("data-failed"))
    })
    .await;
    let hero = get(&root, ".hero");
    let image = get(&root, ".hero img");
    assert_eq!(
        image
            .dyn_ref::<web_sys::HtmlElement>()
            .unwrap()
            .offset_width(),
        0,
        "the failed image is not rendered: no broken-image icon"
    );
    let frame = hero.dyn_ref::<web_sys::HtmlElement>().unwrap();
    assert!(frame.offset_height() > 100, "the hero keeps its 16:9 box");
    // The image had no title of its own, so it was decorative, and so is its placeholder.
    let placeholder = get(&root, ".hero .thumb");
    assert_eq!(attr(&placeholder, "aria-hidden").as_deref(), Some("true"));
    assert_eq!(attr(&placeholder, "data-initial").as_deref(), Some("D"));
}

#[wasm_bindgen_test]
async fn text_with_html_is_shown_as_text() {
    let json = SEED.replace(
        "Asylum seekers in the United States",
        "<img src=x onerror=alert(1)><b>Asylum</b> seekers in the United States",
    );
    let (_card, root) = mount_card(parse(&json));
    wait_for("the card", || find(&root, ".excerpt").is_some()).await;
    let excerpt = get(&root, ".excerpt");
    assert!(text(&excerpt).starts_with("<img src=x onerror=alert(1)><b>Asylum</b>"));
    assert_eq!(
        excerpt.child_element_count(),
        0,
        "no element was created from the data"
    );
}

#[wasm_bindgen_test]
async fn a_fetched_article_shows_skeleton_then_card() {
    fake_fetch_install();
    let url = "https://news.example/articles/seed.json";
    fake_fetch_hold(url, 200, SEED);
    let card = Mounted::new(url);
    let root = card.root();
    wait_for("the skeleton", || find(&root, ".skeleton").is_some()).await;
    assert_eq!(
        attr(&get(&root, ".skeleton"), "aria-busy").as_deref(),
        Some("true")
    );
    fake_fetch_release(url);
    wait_for("the card", || find(&root, "h2.title a").is_some()).await;
    assert_eq!(text(&get(&root, "h2.title a")), SEED_TITLE);
    assert_eq!(all(&root, ".slide").len(), 3);
    assert_eq!(fake_fetch_calls(url), 1);
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn a_404_from_a_real_server_says_not_found() {
    // The test runner's own HTTP server on 127.0.0.1 answers 404 for this path.
    let card = Mounted::new("/no-such-article.json");
    let root = card.root();
    wait_for("the error panel", || find(&root, ".error").is_some()).await;
    let panel = get(&root, ".error");
    assert_eq!(
        attr(&panel, "role"),
        None,
        "not an alert: ten broken cards stay quiet"
    );
    assert_eq!(attr(&panel, "data-error").as_deref(), Some("not-found"));
    assert_eq!(
        text(&get(&root, ".error-message")),
        "The story was not found."
    );
    assert!(find(&root, ".retry").is_some());
}

/// What the scripted `fetch` answers.
#[derive(Clone, Copy)]
enum Answer {
    /// A response with this status and body.
    Respond(u16, &'static str),
    /// A network failure.
    Fail,
    /// Something that is not a `Response`, as a broken page wrapper might answer.
    Bogus,
}

#[wasm_bindgen_test]
async fn error_panel_says_what_went_wrong() {
    fake_fetch_install();
    let cases: [(&str, Answer, &str, &str); 6] = [
        (
            "https://n.example/500.json",
            Answer::Respond(500, "oops"),
            "server",
            "The news service is not responding. Please try again later.",
        ),
        (
            "https://n.example/403.json",
            Answer::Respond(403, ""),
            "http",
            "The news service is not responding. Please try again later.",
        ),
        (
            "https://n.example/html.json",
            Answer::Respond(200, "<html>"),
            "not-json",
            "This story is not available.",
        ),
        (
            "https://n.example/array.json",
            Answer::Respond(200, "[1,2]"),
            "not-an-article",
            "This story is not available.",
        ),
        (
            "https://n.example/down.json",
            Answer::Fail,
            "network",
            "The story could not be loaded. Check your connection.",
        ),
        (
            "https://n.example/bogus.json",
            Answer::Bogus,
            "network",
            "The story could not be loaded. Check your connection.",
        ),
    ];
    for (url, answer, kind, words) in cases {
        // Transient failures are tried three times before the panel shows.
        for _ in 0..3 {
            match answer {
                Answer::Respond(status, body) => fake_fetch_respond(url, status, body),
                Answer::Fail => fake_fetch_fail(url),
                Answer::Bogus => fake_fetch_bogus(url),
            }
        }
        let card = Mounted::new(url);
        let root = card.root();
        wait_for(kind, || find(&root, ".error").is_some()).await;
        assert_eq!(
            attr(&get(&root, ".error"), "data-error").as_deref(),
            Some(kind),
            "{url}"
        );
        assert_eq!(text(&get(&root, ".error-message")), words, "{url}");
        let tries = if matches!(kind, "server" | "network") {
            3
        } else {
            1
        };
        assert_eq!(fake_fetch_calls(url), tries, "{url}");
    }
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn a_body_over_one_mebibyte_is_refused() {
    fake_fetch_install();
    let url = "https://news.example/huge.json";
    let huge = format!("{{\"title\": \"{}\"}}", "x".repeat(1024 * 1024));
    fake_fetch_respond(url, 200, &huge);
    let card = Mounted::new(url);
    let root = card.root();
    wait_for("the error panel", || find(&root, ".error").is_some()).await;
    assert_eq!(
        attr(&get(&root, ".error"), "data-error").as_deref(),
        Some("too-large")
    );
    assert_eq!(
        text(&get(&root, ".error-message")),
        "This story is not available."
    );
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn a_server_that_never_answers_times_out_after_three_tries_of_ten_seconds() {
    fake_fetch_install();
    let url = "https://news.example/silent.json";
    for _ in 0..3 {
        fake_fetch_hang(url);
    }
    let card = Mounted::new(url);
    let root = card.root();
    wait_for_up_to("the second try", 15, || fake_fetch_calls(url) == 2).await;
    assert!(
        find(&root, ".error").is_none(),
        "no panel before the last try"
    );
    wait_for_up_to("the timeout panel", 30, || find(&root, ".error").is_some()).await;
    assert_eq!(fake_fetch_calls(url), 3);
    assert_eq!(
        attr(&get(&root, ".error"), "data-error").as_deref(),
        Some("timeout")
    );
    assert_eq!(
        text(&get(&root, ".error-message")),
        "The news service is not responding. Please try again later."
    );
    assert!(
        fake_fetch_aborted(url),
        "the request is aborted, not left open"
    );
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn a_bad_src_is_an_error_without_a_request() {
    fake_fetch_install();
    let card = Mounted::new("javascript:alert(1)");
    let root = card.root();
    wait_for("the error panel", || find(&root, ".error").is_some()).await;
    assert_eq!(
        attr(&get(&root, ".error"), "data-error").as_deref(),
        Some("bad-source")
    );
    assert!(
        find(&root, ".retry").is_none(),
        "retrying a bad address cannot help"
    );
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn retry_loads_again_and_shows_the_card() {
    fake_fetch_install();
    let url = "https://news.example/flaky.json";
    for _ in 0..3 {
        fake_fetch_respond(url, 503, "busy");
    }
    fake_fetch_respond(url, 200, SEED);
    let card = Mounted::new(url);
    let root = card.root();
    wait_for("the error panel", || find(&root, ".error").is_some()).await;
    assert_eq!(
        text(&get(&root, ".error-message")),
        "The news service is not responding. Please try again later."
    );

    click(&get(&root, ".retry"));
    wait_for("the card after retry", || {
        find(&root, "h2.title a").is_some()
    })
    .await;
    assert_eq!(text(&get(&root, "h2.title a")), SEED_TITLE);
    assert!(find(&root, ".error").is_none());
    assert_eq!(fake_fetch_calls(url), 4);
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn a_late_answer_for_an_old_src_never_wins() {
    fake_fetch_install();
    let old = "https://news.example/old.json";
    let new = "https://news.example/new.json";
    fake_fetch_hold(old, 200, SEED);
    fake_fetch_respond(new, 200, NO_IMAGE);
    let card = Mounted::new(old);
    let root = card.root();
    wait_for("the first request", || fake_fetch_calls(old) == 1).await;

    card.set_src(new);
    wait_for("the new article", || find(&root, "h2.title").is_some()).await;
    assert!(fake_fetch_aborted(old), "the old request is aborted");
    fake_fetch_release(old);
    // Let the old answer arrive and be read, then check the new article still shows.
    wait_for("the old answer to be read", || fake_fetch_body_read(old)).await;
    for _ in 0..5 {
        yew::scheduler::flush().await;
        gloo_timers::future::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(
        text(&get(&root, "h2.title")),
        "AI Skills Among the Most In-Demand For 2020"
    );
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn removing_a_card_unmounts_it_and_reinserting_renders_again() {
    fake_fetch_install();
    let url = "https://news.example/again.json";
    fake_fetch_respond(url, 200, SEED);
    let card = Mounted::new(url);
    let root = card.root();
    wait_for("the card", || find(&root, "h2.title").is_some()).await;

    card.host.remove();
    wait_for("the card to be unmounted", || {
        find(&root, "h2.title").is_none()
    })
    .await;
    insert(&card.host);
    wait_for("the card again", || find(&root, "h2.title").is_some()).await;
    assert_eq!(all(&root, "article.card").len(), 1, "one card, not two");
    // Back within a moment: the answer it had a moment ago is shared, not asked for again.
    assert_eq!(fake_fetch_calls(url), 1);
    fake_fetch_restore();
}

#[wasm_bindgen_test]
async fn transient_failures_retry_on_their_own_behind_the_skeleton() {
    fake_fetch_install();
    let url = "https://news.example/blip.json";
    fake_fetch_fail(url);
    fake_fetch_respond(url, 503, "busy");
    fake_fetch_respond(url, 200, SEED);
    let card = Mounted::new(url);
    let root = card.root();
    wait_for("the second try", || fake_fetch_calls(url) == 2).await;
    assert!(
        find(&root, ".skeleton").is_some(),
        "the skeleton while a retry is pending"
    );
    assert!(find(&root, ".error").is_none());
    wait_for("the card", || find(&root, "h2.title a").is_some()).await;
    assert_eq!(text(&get(&root, "h2.title a")), SEED_TITLE);
    assert_eq!(fake_fetch_calls(url), 3);
    fake_fetch_restore();
}

/// The browser's walk over a parsed document has the same limits as the native reader.
#[wasm_bindgen_test]
fn parsed_documents_are_read_within_the_limits() {
    use news_card::model::json::{ReadError, MAX_DEPTH, MAX_ITEMS, MAX_STRING_BYTES};
    use news_card::model::Value;
    use news_card::platform::js_json;
    let parse = |text: &str| js_sys::JSON::parse(text).unwrap();
    let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));

    assert_eq!(
        js_json::read(&parse(r#"{"b":[1,2.5,true,null],"a":"x"}"#)),
        Ok(Value::Object(vec![
            (
                "b".into(),
                Value::Array(
                    vec![
                        Value::Number(1.0),
                        Value::Number(2.5),
                        Value::Bool(true),
                        Value::Null
                    ],
                    4
                )
            ),
            ("a".into(), Value::String("x".into())),
        ]))
    );
    assert!(js_json::read(&parse(&nested(MAX_DEPTH))).is_ok());
    assert_eq!(
        js_json::read(&parse(&nested(MAX_DEPTH + 1))),
        Err(ReadError::TooDeep)
    );
    let long = format!("[{}]", vec!["[1,2]"; 10_000].join(","));
    let Ok(Value::Array(items, total)) = js_json::read(&parse(&long)) else {
        panic!("an array");
    };
    assert_eq!((items.len(), total), (MAX_ITEMS, 10_000));
    // Counted in UTF-8 bytes: 400,000 three-byte characters are over the 1 MiB of text.
    let wide = format!(r#"{{"title":"{}"}}"#, "€".repeat(MAX_STRING_BYTES / 3 + 1));
    assert_eq!(js_json::read(&parse(&wide)), Err(ReadError::TooLarge));
    let inner = format!("[{}]", vec!["[0,0,0,0,0]"; 64].join(","));
    let dense = format!("[{}]", vec![inner.as_str(); 64].join(","));
    assert_eq!(js_json::read(&parse(&dense)), Err(ReadError::TooLarge));
}

#[wasm_bindgen_test]
async fn a_failed_thumbnail_shows_the_providers_initial_not_a_broken_image() {
    // The test runner's server answers 404 for this path.
    let mut value: serde_json::Value = serde_json::from_str(SEED).unwrap();
    for story in value["related"].as_array_mut().unwrap() {
        story["images"] =
            serde_json::json!([{ "url": "/no-such-thumb.jpg", "width": 160, "height": 90 }]);
    }
    let (_card, root) = mount_card(parse(&value.to_string()));
    wait_for("every thumbnail marked failed", || {
        let images = all(&root, ".slide .thumb img");
        !images.is_empty() && images.iter().all(|i| i.has_attribute("data-failed"))
    })
    .await;
    for frame in all(&root, ".slide .thumb") {
        let image = frame.query_selector("img").unwrap().unwrap();
        let shown = image
            .dyn_ref::<web_sys::HtmlElement>()
            .unwrap()
            .offset_width();
        assert_eq!(
            shown, 0,
            "no broken-image icon: the failed image is not rendered"
        );
        assert!(frame.client_height() > 0, "the frame keeps its box");
        assert!(attr(&frame, "data-initial").is_some_and(|i| i.chars().count() == 1));
    }
}

#[wasm_bindgen_test]
async fn a_later_modification_says_updated() {
    let mut value: serde_json::Value = serde_json::from_str(SEED).unwrap();
    value["updatedDateTime"] = serde_json::json!("2021-06-07T10:00:00Z");
    let (_card, root) = mount_card(parse(&value.to_string()));
    wait_for("the card", || find(&root, "article.card").is_some()).await;
    let updated = get(&root, ".byline .date-updated");
    // The year is the published date's, said just before: left out.
    assert_eq!(updated.text_content().unwrap_or_default(), "Updated 7 June");
    assert_eq!(
        attr(&get(&root, ".date-updated time"), "datetime").as_deref(),
        Some("2021-06-07T10:00:00Z")
    );
    // In another year, it is said.
    value["updatedDateTime"] = serde_json::json!("2022-01-03T10:00:00Z");
    let (_later, root) = mount_card(parse(&value.to_string()));
    wait_for("the card", || find(&root, "article.card").is_some()).await;
    assert_eq!(
        text(&get(&root, ".byline .date-updated")),
        "Updated 3 January 2022"
    );
    // The same day is no news.
    value["updatedDateTime"] = serde_json::json!("2021-06-05T18:00:00Z");
    let (_same, root) = mount_card(parse(&value.to_string()));
    wait_for("the card", || find(&root, "article.card").is_some()).await;
    assert!(find(&root, ".date-updated").is_none());
}

/// Each record's JSON and its server-rendered snapshot (tests/markup.rs writes them).
macro_rules! records {
    ($($name:literal),* $(,)?) => {
        [$((
            $name,
            include_str!(concat!("../static/articles/", $name, ".json")),
            include_str!(concat!("markup/", $name, ".html")),
        )),*]
    };
}

const RECORDS: [(&str, &str, &str); 13] = records![
    "2019-12-17-amazon-releases-a-new-tool-to-improve-machine-learning-processes",
    "2019-12-18-ai-skills-among-the-most-in-demand-for-2020",
    "2019-12-20-a-us-government-study-confirms-most-face-recognition-systems-are-racist",
    "2019-12-21-is-facial-recognition-tech-too-young-to-trust-some-governments-think-so",
    "2019-12-22-facebook-says-group-used-ai-generated-faces-to-push-pro-trump-messages",
    "2019-12-22-top-25-ai-startups-who-raised-the-most-money-in-2019",
    "2019-12-23-artificial-intelligence-tracks-down-leukemia",
    "2019-12-26-many-facial-recognition-systems-are-biased-says-us-study",
    "2021-03-04-prosthetic-offers-real-time-mind-control-of-robotic-hand",
    "2021-03-05-facebook-trains-ai-to-see-using-1-billion-public-instagram-photos",
    "2021-03-10-this-chip-for-ai-works-using-light-not-electrons",
    "2021-03-12-nvidia-launches-ai-enterprise-suite-for-vmware-vsphere",
    "seed",
];

/// A snapshot heading (`related="list" dates="absolute"`, or `defaults`) as attributes.
fn heading_attributes(heading: &str) -> Vec<(String, String)> {
    heading
        .split_whitespace()
        .filter_map(|pair| pair.split_once('='))
        .map(|(name, value)| (name.to_owned(), value.trim_matches('"').to_owned()))
        .collect()
}

#[wasm_bindgen_test]
async fn the_card_component_draws_in_the_browser_what_the_server_renderer_wrote() {
    use news_card::model::{Config, HttpUrl};
    use std::rc::Rc;
    // The base tests/markup.rs converts with.
    let base = HttpUrl::parse("https://news.example/articles/story.json", None).unwrap();
    let mut compared = 0;
    for (name, json, snapshot) in RECORDS {
        let variants = snapshot_markup(snapshot);
        assert!(variants.len() >= 8, "{name}: four variants or more");
        for pair in variants.chunks(2) {
            let [heading, expected] = pair else {
                panic!("{name}: a heading without markup");
            };
            let attributes = heading_attributes(heading);
            let config = Config::from_attributes(
                |n| {
                    attributes
                        .iter()
                        .find(|(a, _)| a == n)
                        .map(|(_, v)| v.clone())
                },
                None,
            );
            let parsed = support::parse_at(json, &base);
            let (card, root) = mount_card_with(parsed, Rc::new(config));
            // Compared as first drawn: before the next animation frame measures the carousel.
            yew::scheduler::flush().await;
            let container = get(&root, ".news-card-root");
            assert_eq!(live_markup(&container), *expected, "{name}: {heading}");
            drop(card);
            compared += 1;
        }
    }
    assert!(compared >= 13 * 4);
}

#[wasm_bindgen_test]
async fn news_card_elements_show_readers_the_server_rendered_markup() {
    // The whole path a page takes: a <news-card> element, its article fetched, the dates through
    // the browser's Intl (en-GB says dates as the model's English does), the carousel measured.
    // Cards 400px wide, where a carousel of two or more stories scrolls, as in the snapshots.
    fake_fetch_install();
    let mut compared = 0;
    for (n, (name, json, snapshot)) in RECORDS.iter().enumerate() {
        let variants = snapshot_markup(snapshot);
        for (v, pair) in variants.chunks(2).enumerate() {
            let [heading, expected] = pair else {
                panic!("{name}: a heading without markup");
            };
            // Each its own URL on the snapshots' origin (relative URLs resolve the same way).
            let src = format!("https://news.example/articles/{n}-{v}.json");
            fake_fetch_respond(&src, 200, json);
            let mut attributes = heading_attributes(heading);
            attributes.extend([
                ("src".to_owned(), src.clone()),
                ("loading".to_owned(), "eager".to_owned()),
                ("locale".to_owned(), "en-GB".to_owned()),
            ]);
            let pairs: Vec<(&str, &str)> = attributes
                .iter()
                .map(|(a, b)| (a.as_str(), b.as_str()))
                .collect();
            let card = Mounted::with_attributes(&pairs);
            let root = card.root();
            wait_for("the card", || find(&root, "article.card").is_some()).await;
            // Measured: the observer has had a frame.
            sleep_ms(50).await;
            yew::scheduler::flush().await;
            let container = get(&root, ".news-card-root");
            assert_eq!(live_markup(&container), *expected, "{name}: {heading}");
            compared += 1;
        }
    }
    fake_fetch_restore();
    assert!(compared >= 13 * 4);
}
