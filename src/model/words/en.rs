//! English.
use super::Words;

pub const WORDS: Words = Words {
    lang: "en",
    rtl: false,
    related: "Related stories",
    previous: "Previous story",
    next: "Next story",
    slide: "{n} of {total}",
    new_tab: "opens in a new tab",
    loading: "Loading story",
    by: "By ",
    updated: "Updated",
    error_title: "This story could not be shown",
    not_found: "The story was not found.",
    unavailable: "The news service is not responding. Please try again later.",
    offline: "The story could not be loaded. Check your connection.",
    broken: "This story is not available.",
    topics: "Topics",
    retry: "Retry",
};
