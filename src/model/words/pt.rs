//! Português.
use super::Words;

pub const WORDS: Words = Words {
    lang: "pt",
    rtl: false,
    related: "Notícias relacionadas",
    previous: "Notícia anterior",
    next: "Próxima notícia",
    slide: "{n} de {total}",
    new_tab: "abre em uma nova aba",
    loading: "Carregando notícia",
    by: "Por ",
    updated: "Atualizado",
    error_title: "Não foi possível exibir esta notícia",
    not_found: "A notícia não foi encontrada.",
    unavailable: "O serviço de notícias não está respondendo. Tente novamente mais tarde.",
    offline: "Não foi possível carregar a notícia. Verifique sua conexão.",
    broken: "Esta notícia não está disponível.",
    topics: "Tópicos",
    retry: "Tentar novamente",
};
