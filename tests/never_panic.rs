//! Property tests: any JSON value, and any text, goes through the model and everything the
//! view computes from it without a panic, and what comes out keeps the model's promises (only
//! http(s) URLs, no invisible characters, lists within their caps).
//!
//! The test command runs a bounded number of cases (256 per property, fixed by the config
//! below unless `PROPTEST_CASES` says otherwise). For a long run:
//! `PROPTEST_CASES=200000 cargo test --release --test never_panic`.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use serde_json::{Map, Value as Json};

use news_card::model::article::MAX_DROPPED;
use news_card::model::carousel::Carousel;
use news_card::model::config::{LinkKind, RelatedMode};
use news_card::model::convert::{self, MAX_IMAGES, MAX_RELATED, MAX_TOPICS};
use news_card::model::text::is_invisible;
use news_card::model::{date, Config, HttpUrl, Image, Parsed, Value};

/// Keys the converter reads, so generated objects often hit real fields.
const KEYS: &[&str] = &[
    "title",
    "excerpt",
    "publishedDateTime",
    "updatedDateTime",
    "webUrl",
    "originalUrl",
    "ampWebUrl",
    "cdnAmpWebUrl",
    "provider",
    "name",
    "domain",
    "images",
    "url",
    "width",
    "height",
    "attribution",
    "topics",
    "locale",
    "related",
];

fn strings() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "(https?|javascript|data|ftp|HTTPS)://[a-zа-я.@:\\\\]{0,12}/[ -~]{0,12}",
        "[/.?#]{0,3}[a-z./]{0,10}",
        "[0-9]{1,4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})",
        "[ \\u{202E}\\u{200B}\\u{200D}a-zا-ي]{0,20}",
    ]
}

fn json() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        any::<f64>().prop_map(|n| serde_json::Number::from_f64(n).map_or(Json::Null, Json::Number)),
        (-5i64..30_000).prop_map(|n| Json::Number(n.into())),
        strings().prop_map(Json::String),
    ];
    leaf.prop_recursive(6, 256, 24, |inner| {
        let key = prop_oneof![
            3 => prop::sample::select(KEYS).prop_map(str::to_owned),
            1 => any::<String>(),
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..24).prop_map(Json::Array),
            prop::collection::vec((key, inner), 0..12)
                .prop_map(|entries| Json::Object(entries.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

fn configs() -> impl Strategy<Value = Config> {
    (
        prop::sample::select(vec![LinkKind::Web, LinkKind::Amp, LinkKind::Original]),
        prop::sample::select(vec![
            RelatedMode::Carousel,
            RelatedMode::List,
            RelatedMode::None,
        ]),
        prop::option::of(0usize..40),
    )
        .prop_map(|(link, related, max_related)| Config {
            link,
            related,
            max_related,
            ..Config::default()
        })
}

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z")
        .map(|d| d.with_timezone(&Utc))
        .unwrap()
}

fn assert_url(url: &HttpUrl) {
    let s = url.as_str();
    assert!(s.starts_with("http://") || s.starts_with("https://"), "{s}");
    assert!(!s.chars().any(|c| c.is_control() || c == '\\'), "{s:?}");
}

fn assert_text(text: &str) {
    assert!(!text.is_empty());
    assert!(
        !text.chars().any(|c| is_invisible(c) || c.is_control()),
        "{text:?}"
    );
}

fn assert_images(images: &[Image]) {
    assert!(images.len() <= MAX_IMAGES);
    for image in images {
        assert_url(&image.url);
        image.title.as_deref().map(assert_text);
        image.attribution.as_deref().map(assert_text);
    }
}

/// Everything the view computes from a parsed article, as the view computes it.
fn view_model(parsed: &Parsed, config: &Config) {
    let article = &parsed.article;
    let _ = article.headline();
    config.article_link(article).map(assert_url);
    article.title.as_deref().map(assert_text);
    article.excerpt.as_deref().map(assert_text);
    assert!(article.topics.len() <= MAX_TOPICS);
    article.topics.iter().for_each(|t| assert_text(t));
    assert_images(&article.images);
    if let Some(provider) = &article.provider {
        provider.name.as_deref().map(assert_text);
        provider.domain.as_deref().map(assert_text);
        assert_images(&provider.logos);
        let _ = provider.label();
    }
    for at in [article.published, article.updated].into_iter().flatten() {
        let _ = date::absolute(&at);
        let _ = date::machine(&at);
        let _ = date::relative(&at, now()).english();
    }
    let related = config.related(article);
    assert!(related.len() <= MAX_RELATED);
    let mut position = Carousel::new(related.len());
    for story in related {
        let _ = story.headline();
        config.related_link(story).map(assert_url);
        assert_images(&story.images);
        position = position.next();
        let _ = position.readout();
    }
    assert!(parsed.dropped.len() <= MAX_DROPPED);
    let _ = parsed.dropped_summary();
}

/// 256 cases per property, or `PROPTEST_CASES` for a long run.
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_json_value_goes_through_model_and_view(doc in json(), config in configs()) {
        if let Ok(value) = Value::from_deserializer(&doc) {
            let base = HttpUrl::parse("https://news.example/a/b.json", None).ok();
            if let Ok(parsed) = convert::article(&value, base.as_ref()) {
                view_model(&parsed, &config);
            }
        }
    }

    #[test]
    fn any_text_is_read_or_refused(text in any::<String>()) {
        let _ = Value::from_deserializer(&mut serde_json::Deserializer::from_str(&text));
        let _ = HttpUrl::parse(&text, None);
        let _ = date::parse(&text);
        let _ = news_card::model::text::clean(&text, 50);
        let _ = news_card::model::text::display_host(&text);
    }
}
