//! Italiano.
use super::Words;

pub const WORDS: Words = Words {
    lang: "it",
    rtl: false,
    related: "Notizie correlate",
    previous: "Notizia precedente",
    next: "Notizia successiva",
    slide: "{n} di {total}",
    new_tab: "si apre in una nuova scheda",
    loading: "Caricamento della notizia",
    by: "di ",
    updated: "Aggiornato",
    error_title: "Impossibile mostrare questa notizia",
    not_found: "Notizia non trovata.",
    unavailable: "Il servizio di notizie non risponde. Riprova più tardi.",
    offline: "Impossibile caricare la notizia. Controlla la connessione.",
    broken: "Questa notizia non è disponibile.",
    topics: "Argomenti",
    retry: "Riprova",
};
