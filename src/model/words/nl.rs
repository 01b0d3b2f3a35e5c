//! Nederlands.
use super::Words;

pub const WORDS: Words = Words {
    lang: "nl",
    rtl: false,
    related: "Gerelateerde artikelen",
    previous: "Vorig artikel",
    next: "Volgend artikel",
    slide: "{n} van {total}",
    new_tab: "opent in een nieuw tabblad",
    loading: "Artikel wordt geladen",
    by: "Door ",
    updated: "Bijgewerkt",
    error_title: "Dit artikel kan niet worden weergegeven",
    not_found: "Het artikel is niet gevonden.",
    unavailable: "De nieuwsdienst reageert niet. Probeer het later opnieuw.",
    offline: "Het artikel kon niet worden geladen. Controleer je verbinding.",
    broken: "Dit artikel is niet beschikbaar.",
    topics: "Onderwerpen",
    retry: "Opnieuw proberen",
};
