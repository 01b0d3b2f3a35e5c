//! Deutsch.
use super::Words;

pub const WORDS: Words = Words {
    lang: "de",
    rtl: false,
    related: "Verwandte Artikel",
    previous: "Vorheriger Artikel",
    next: "Nächster Artikel",
    slide: "{n} von {total}",
    new_tab: "öffnet in neuem Tab",
    loading: "Artikel wird geladen",
    by: "Von ",
    updated: "Aktualisiert",
    error_title: "Dieser Artikel kann nicht angezeigt werden",
    not_found: "Der Artikel wurde nicht gefunden.",
    unavailable: "Der Nachrichtendienst antwortet nicht. Bitte später erneut versuchen.",
    offline: "Der Artikel konnte nicht geladen werden. Bitte die Verbindung prüfen.",
    broken: "Dieser Artikel ist nicht verfügbar.",
    topics: "Themen",
    retry: "Erneut versuchen",
};
