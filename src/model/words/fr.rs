//! Français.
use super::Words;

pub const WORDS: Words = Words {
    lang: "fr",
    rtl: false,
    related: "Articles liés",
    previous: "Article précédent",
    next: "Article suivant",
    slide: "{n} sur {total}",
    new_tab: "s’ouvre dans un nouvel onglet",
    loading: "Chargement de l’article",
    by: "Par ",
    updated: "Mis à jour",
    error_title: "Impossible d’afficher cet article",
    not_found: "L’article est introuvable.",
    unavailable: "Le service d’actualités ne répond pas. Réessayez plus tard.",
    offline: "L’article n’a pas pu être chargé. Vérifiez votre connexion.",
    broken: "Cet article n’est pas disponible.",
    topics: "Sujets",
    retry: "Réessayer",
};
