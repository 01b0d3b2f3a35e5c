//! What a host page asks of a card through its attributes, checked once.
//!
//! Every attribute is optional and every unknown value falls back to the default, so a typo in
//! a page never breaks a card. `theme` and `layout` are styled in CSS (`:host([theme])`); of
//! them only `layout="compact"` is read here, because a compact card leaves out what it never
//! shows (its related stories, whose images it would otherwise download).

use crate::model::article::{Article, Related};
use crate::model::text;
use crate::model::url::HttpUrl;

/// Which of the article's URLs the title opens (`link` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LinkKind {
    /// `webUrl` (the default).
    #[default]
    Web,
    /// `ampWebUrl`, else `cdnAmpWebUrl`.
    Amp,
    /// `originalUrl`.
    Original,
}

/// How related stories are shown (`related` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RelatedMode {
    #[default]
    Carousel,
    List,
    None,
}

/// Which dates a card says (`dates` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dates {
    /// "5 June 2021 · 5 years ago" (the default); related stories say the date, with how long
    /// ago in the tooltip.
    #[default]
    Both,
    /// "5 June 2021" only, as an archive page wants: nothing says how long ago.
    Absolute,
    /// "5 years ago" only; the exact moment stays in the tooltip.
    Relative,
}

/// When a card with `src` fetches (`loading` attribute).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Loading {
    /// When the card comes near the viewport (the default).
    #[default]
    Lazy,
    /// At once.
    Eager,
}

/// What the article request tells the article's server about the page (`referrerpolicy`
/// attribute): never more than its origin, whatever the page's own policy says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ReferrerPolicy {
    /// The page's origin to another origin (over HTTPS), its full URL to its own. The default.
    #[default]
    StrictOriginWhenCrossOrigin,
    /// The page's origin only, and nothing from HTTPS to HTTP.
    StrictOrigin,
    /// The full URL to the page's own origin, nothing to another.
    SameOrigin,
    /// Nothing.
    NoReferrer,
}

impl ReferrerPolicy {
    /// The policy as the Fetch standard names it.
    pub fn as_str(self) -> &'static str {
        match self {
            ReferrerPolicy::StrictOriginWhenCrossOrigin => "strict-origin-when-cross-origin",
            ReferrerPolicy::StrictOrigin => "strict-origin",
            ReferrerPolicy::SameOrigin => "same-origin",
            ReferrerPolicy::NoReferrer => "no-referrer",
        }
    }
}

/// The card's options.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub link: LinkKind,
    /// Browsing context for links: `_blank` (default), `_self`, `_parent`, `_top` or a name.
    pub target: String,
    pub related: RelatedMode,
    /// At most this many related stories; `None` shows them all.
    pub max_related: Option<usize>,
    /// A BCP 47 tag for dates; `None` uses the built-in English.
    pub locale: Option<String>,
    pub loading: Loading,
    /// The headline's heading level, 2 to 6 (`heading-level`), so the card fits the host
    /// page's outline.
    pub heading_level: u8,
    /// What a card that cannot load shows (`fallback`).
    pub fallback: Fallback,
    /// Which dates the card says (`dates`).
    pub dates: Dates,
    /// The article request's referrer policy (`referrerpolicy`).
    pub referrer_policy: ReferrerPolicy,
    /// `layout="compact"`: the headline, byline and image only. The value is compared as the
    /// stylesheet's `:host([layout="compact"])` compares it, exactly.
    pub compact: bool,
    /// Every related thumbnail loads lazily, as the hero does: set for a card drawn wherever it
    /// is on the page (prerendered by `news-card render`, or from inline data, which the widget
    /// draws at once), not because it came near the viewport.
    pub lazy_thumbnails: bool,
}

/// What a card that cannot load shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    /// The host's own children (the site owner's fallback link) when it has any, else the
    /// error panel. The default.
    Auto,
    /// Always the error panel.
    Panel,
    /// Nothing: the card takes no space.
    Collapse,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            link: LinkKind::Web,
            target: "_blank".to_owned(),
            related: RelatedMode::Carousel,
            max_related: None,
            locale: None,
            loading: Loading::Lazy,
            heading_level: 2,
            fallback: Fallback::Auto,
            dates: Dates::Both,
            referrer_policy: ReferrerPolicy::StrictOriginWhenCrossOrigin,
            compact: false,
            lazy_thumbnails: false,
        }
    }
}

/// The attributes a card reads. The element's runtime observes the same list
/// (`src/embed/runtime/cards.js`'s `ATTRIBUTES`, which it needs before the wasm is ready);
/// `tests/model.rs` keeps the two equal.
pub const ATTRIBUTES: [&str; 15] = [
    "src",
    "theme",
    "layout",
    "locale",
    "link",
    "target",
    "related",
    "max-related",
    "loading",
    "heading-level",
    "fallback",
    "dates",
    "referrerpolicy",
    "format",
    "item",
];

impl Config {
    /// Reads the options from attribute values (`attr(name)` gives an attribute's value), in any
    /// case and without ASCII white space around them, as the element's runtime and the loader
    /// read `loading` (tests/js/rules.json holds the cases all three must agree on).
    /// `locale` is the resolved locale: the attribute, else the nearest `lang`, else the browser's.
    pub fn from_attributes(
        attr: impl Fn(&str) -> Option<String>,
        locale: Option<String>,
    ) -> Config {
        // ASCII white space (tab, line feed, form feed, carriage return, space) is what HTML
        // calls white space; Rust's and JS's `trim()` would take more.
        let lower = |name: &str| attr(name).map(|v| v.trim_ascii().to_ascii_lowercase());
        Config {
            link: match lower("link").as_deref() {
                Some("amp") => LinkKind::Amp,
                Some("original") => LinkKind::Original,
                _ => LinkKind::Web,
            },
            target: attr("target")
                .map(|t| t.trim_ascii().to_owned())
                .filter(|t| valid_target(t))
                .unwrap_or_else(|| "_blank".to_owned()),
            related: match lower("related").as_deref() {
                Some("list") => RelatedMode::List,
                Some("none") => RelatedMode::None,
                _ => RelatedMode::Carousel,
            },
            max_related: attr("max-related").and_then(|v| v.trim_ascii().parse::<usize>().ok()),
            locale: locale.as_deref().and_then(text::language_tag),
            loading: match lower("loading").as_deref() {
                Some("eager") => Loading::Eager,
                _ => Loading::Lazy,
            },
            heading_level: attr("heading-level")
                .and_then(|v| v.trim_ascii().parse::<u8>().ok())
                .filter(|level| (2..=6).contains(level))
                .unwrap_or(2),
            fallback: match lower("fallback").as_deref() {
                Some("panel") => Fallback::Panel,
                Some("collapse") => Fallback::Collapse,
                _ => Fallback::Auto,
            },
            dates: match lower("dates").as_deref() {
                Some("absolute") => Dates::Absolute,
                Some("relative") => Dates::Relative,
                _ => Dates::Both,
            },
            referrer_policy: match lower("referrerpolicy").as_deref() {
                Some("no-referrer") => ReferrerPolicy::NoReferrer,
                Some("same-origin") => ReferrerPolicy::SameOrigin,
                Some("strict-origin") => ReferrerPolicy::StrictOrigin,
                _ => ReferrerPolicy::StrictOriginWhenCrossOrigin,
            },
            compact: attr("layout").as_deref() == Some("compact"),
            lazy_thumbnails: false,
        }
    }

    /// The URL the article's title opens under this config (falling back to any link it has).
    pub fn article_link<'a>(&self, article: &'a Article) -> Option<&'a HttpUrl> {
        let preferred = match self.link {
            LinkKind::Web => None,
            LinkKind::Amp => article.amp_url.as_ref().or(article.cdn_amp_url.as_ref()),
            LinkKind::Original => article.original_url.as_ref(),
        };
        preferred.or_else(|| article.link())
    }

    /// The URL a related story opens under this config.
    pub fn related_link<'a>(&self, story: &'a Related) -> Option<&'a HttpUrl> {
        let preferred = match self.link {
            LinkKind::Amp => story.amp_url.as_ref().or(story.cdn_amp_url.as_ref()),
            LinkKind::Web | LinkKind::Original => None,
        };
        preferred.or_else(|| story.link())
    }

    /// The related stories to show, in order: none in a compact card, which has no room for
    /// them.
    pub fn related<'a>(&self, article: &'a Article) -> &'a [Related] {
        if self.related == RelatedMode::None || self.compact {
            return &[];
        }
        let n = self
            .max_related
            .unwrap_or(usize::MAX)
            .min(article.related.len());
        article.related.get(..n).unwrap_or_default()
    }
}

/// A keyword target, or a plain browsing-context name.
fn valid_target(t: &str) -> bool {
    matches!(t, "_blank" | "_self" | "_parent" | "_top")
        || (!t.is_empty()
            && t.len() <= 64
            && !t.starts_with('_')
            && t.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(pairs: &[(&str, &str)], locale: Option<&str>) -> Config {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_attributes(
            |name| {
                pairs
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            },
            locale.map(str::to_owned),
        )
    }

    #[test]
    fn no_attributes_give_the_defaults() {
        assert_eq!(config(&[], None), Config::default());
    }

    #[test]
    fn attributes_are_read_and_junk_falls_back() {
        let c = config(
            &[
                ("link", " AMP "),
                ("target", "_self"),
                ("related", "list"),
                ("max-related", "2"),
                ("loading", "eager"),
                ("heading-level", "3"),
                ("fallback", "Collapse"),
                ("dates", " Absolute"),
            ],
            Some("de-CH"),
        );
        assert_eq!(
            (c.heading_level, c.fallback, c.dates),
            (3, Fallback::Collapse, Dates::Absolute)
        );
        assert_eq!(
            config(&[("dates", "relative")], None).dates,
            Dates::Relative
        );
        assert_eq!(
            (
                c.link,
                c.target.as_str(),
                c.related,
                c.max_related,
                c.locale.as_deref(),
                c.loading
            ),
            (
                LinkKind::Amp,
                "_self",
                RelatedMode::List,
                Some(2),
                Some("de-CH"),
                Loading::Eager
            )
        );
        let junk = config(
            &[
                ("link", "javascript:"),
                ("target", "_evil"),
                ("related", "?"),
                ("max-related", "-1"),
                ("loading", "soon"),
                ("heading-level", "7"),
                ("dates", "never"),
            ],
            Some("<script>"),
        );
        assert_eq!(junk, Config::default());
    }

    #[test]
    fn a_compact_card_shows_no_related_stories() {
        let article = Article {
            related: vec![Related::default(), Related::default()],
            ..Article::default()
        };
        for (layout, shown) in [
            (None, 2),
            (Some("vertical"), 2),
            (Some("horizontal"), 2),
            (Some("compact"), 0),
            // As the stylesheet reads it: anything but "compact" is not compact.
            (Some("Compact"), 2),
            (Some(" compact"), 2),
        ] {
            let pairs: Vec<(&str, &str)> = layout.map(|l| ("layout", l)).into_iter().collect();
            let c = config(&pairs, None);
            assert_eq!(c.related(&article).len(), shown, "{layout:?}");
        }
    }

    #[test]
    fn targets_as_a_table() {
        for (t, ok) in [
            ("_blank", true),
            ("_top", true),
            ("news", true),
            ("my-frame_2", true),
            ("", false),
            ("_new", false),
            ("a b", false),
        ] {
            assert_eq!(valid_target(t), ok, "{t:?}");
        }
    }
}
