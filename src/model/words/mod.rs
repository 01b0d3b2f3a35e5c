//! The widget's own words in the reader's language: one table per language (the files beside
//! this one), chosen from the card's locale with region fallback (`de-CH` → `de`) and English
//! last. Every table is a [`Words`] literal, so the compiler refuses a language that lacks a
//! key; `tests` checks that no entry is empty and that every template has its placeholders.

use crate::model::text::decimal;

mod ar;
mod de;
mod en;
mod es;
mod fr;
mod he;
mod it;
mod ja;
mod ko;
mod nl;
mod pl;
mod pt;
mod zh;

/// Everything the widget writes itself.
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    /// The language's tag, as set on the card's `lang`.
    pub lang: &'static str,
    /// Written right to left: the card gets `dir="rtl"`.
    pub rtl: bool,
    /// The related-stories heading.
    pub related: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    /// A slide's name for screen readers: `{n}` of `{total}`.
    pub slide: &'static str,
    /// Said after a link that opens in a new tab.
    pub new_tab: &'static str,
    /// The name of the skeleton while the article loads.
    pub loading: &'static str,
    /// Before the author's names in the byline, with its space or colon: "By ", "文：".
    pub by: &'static str,
    /// Before a later modification date.
    pub updated: &'static str,
    /// The error panel's heading.
    pub error_title: &'static str,
    /// The article does not exist (HTTP 404, 410).
    pub not_found: &'static str,
    /// The server failed or did not answer in time.
    pub unavailable: &'static str,
    /// The request did not reach the server.
    pub offline: &'static str,
    /// The data is not a usable article (or the card's address is not valid).
    pub broken: &'static str,
    /// The name of the list of topic chips.
    pub topics: &'static str,
    pub retry: &'static str,
}

const TABLES: [&Words; 13] = [
    &en::WORDS,
    &de::WORDS,
    &fr::WORDS,
    &es::WORDS,
    &pt::WORDS,
    &it::WORDS,
    &nl::WORDS,
    &pl::WORDS,
    &ja::WORDS,
    &zh::WORDS,
    &ko::WORDS,
    &ar::WORDS,
    &he::WORDS,
];

/// English, the last fallback.
pub const ENGLISH: &Words = &en::WORDS;

/// The table for `locale` (a BCP 47 tag such as `de-CH`): its language's, else English.
pub fn for_locale(locale: Option<&str>) -> &'static Words {
    let language = locale
        .and_then(|tag| tag.split(['-', '_']).next())
        .unwrap_or_default();
    TABLES
        .into_iter()
        .find(|words| words.lang.eq_ignore_ascii_case(language))
        .unwrap_or(ENGLISH)
}

impl Words {
    /// "2 of 5" for slide `n` (counted from 1) of `total`.
    pub fn slide(&self, n: usize, total: usize) -> String {
        let mut out = String::new();
        let mut rest = self.slide;
        while let Some((before, after)) = rest.split_once('{') {
            out.push_str(before);
            let Some((name, after)) = after.split_once('}') else {
                out.push('{');
                rest = after;
                continue;
            };
            match name {
                "n" => out.push_str(&decimal(n as u64)),
                "total" => out.push_str(&decimal(total as u64)),
                other => out.extend(['{'].into_iter().chain(other.chars()).chain(['}'])),
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(w: &Words) -> [(&'static str, &'static str); 15] {
        [
            ("related", w.related),
            ("previous", w.previous),
            ("next", w.next),
            ("slide", w.slide),
            ("new_tab", w.new_tab),
            ("loading", w.loading),
            ("by", w.by),
            ("updated", w.updated),
            ("error_title", w.error_title),
            ("not_found", w.not_found),
            ("unavailable", w.unavailable),
            ("offline", w.offline),
            ("broken", w.broken),
            ("topics", w.topics),
            ("retry", w.retry),
        ]
    }

    #[test]
    fn every_language_has_every_word() {
        for words in TABLES {
            for (key, text) in entries(words) {
                assert!(!text.trim().is_empty(), "{}: {key} is empty", words.lang);
            }
            assert!(words.slide.contains("{n}") && words.slide.contains("{total}"));
            // "By " is written right before the names: it ends with a space or a colon.
            assert!(
                words.by.ends_with([' ', ':', '：']),
                "{}: {:?}",
                words.lang,
                words.by
            );
            assert_eq!(for_locale(Some(words.lang)), words);
        }
    }

    #[test]
    fn only_english_is_english() {
        for words in TABLES.into_iter().filter(|w| w.lang != "en") {
            let same: Vec<_> = entries(words)
                .into_iter()
                .zip(entries(ENGLISH))
                .filter(|((key, a), (_, b))| a == b && *key != "slide")
                .map(|((key, _), _)| key)
                .collect();
            assert!(
                same.is_empty(),
                "{} copies English for {same:?}",
                words.lang
            );
        }
    }

    #[test]
    fn locales_fall_back_by_region_then_to_english() {
        let cases = [
            (Some("de-CH"), "de"),
            (Some("de_DE"), "de"),
            (Some("PT-br"), "pt"),
            (Some("zh-Hant-TW"), "zh"),
            (Some("he"), "he"),
            (Some("sv-SE"), "en"),
            (Some(""), "en"),
            (None, "en"),
        ];
        for (locale, lang) in cases {
            assert_eq!(for_locale(locale).lang, lang, "{locale:?}");
        }
        assert!(for_locale(Some("ar-EG")).rtl && !for_locale(Some("fr")).rtl);
        assert_eq!(for_locale(Some("fr")).slide(2, 5), "2 sur 5");
    }
}
