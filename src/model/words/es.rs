//! Español.
use super::Words;

pub const WORDS: Words = Words {
    lang: "es",
    rtl: false,
    related: "Noticias relacionadas",
    previous: "Noticia anterior",
    next: "Noticia siguiente",
    slide: "{n} de {total}",
    new_tab: "se abre en una pestaña nueva",
    loading: "Cargando noticia",
    by: "Por ",
    updated: "Actualizado",
    error_title: "No se puede mostrar esta noticia",
    not_found: "No se encontró la noticia.",
    unavailable: "El servicio de noticias no responde. Inténtalo de nuevo más tarde.",
    offline: "No se pudo cargar la noticia. Comprueba tu conexión.",
    broken: "Esta noticia no está disponible.",
    topics: "Temas",
    retry: "Reintentar",
};
