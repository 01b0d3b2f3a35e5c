//! Polski.
use super::Words;

pub const WORDS: Words = Words {
    lang: "pl",
    rtl: false,
    related: "Powiązane artykuły",
    previous: "Poprzedni artykuł",
    next: "Następny artykuł",
    slide: "{n} z {total}",
    new_tab: "otwiera się w nowej karcie",
    loading: "Wczytywanie artykułu",
    by: "Tekst: ",
    updated: "Zaktualizowano",
    error_title: "Nie można wyświetlić tego artykułu",
    not_found: "Nie znaleziono artykułu.",
    unavailable: "Serwis informacyjny nie odpowiada. Spróbuj ponownie później.",
    offline: "Nie udało się wczytać artykułu. Sprawdź połączenie.",
    broken: "Ten artykuł jest niedostępny.",
    topics: "Tematy",
    retry: "Spróbuj ponownie",
};
