//! עברית. Written right to left.
use super::Words;

pub const WORDS: Words = Words {
    lang: "he",
    rtl: true,
    related: "כתבות קשורות",
    previous: "הכתבה הקודמת",
    next: "הכתבה הבאה",
    slide: "{n} מתוך {total}",
    new_tab: "נפתח בכרטיסייה חדשה",
    loading: "טוען כתבה",
    by: "מאת ",
    updated: "עודכן",
    error_title: "לא ניתן להציג את הכתבה",
    not_found: "הכתבה לא נמצאה.",
    unavailable: "שירות החדשות אינו מגיב. נסו שוב מאוחר יותר.",
    offline: "לא ניתן לטעון את הכתבה. בדקו את החיבור.",
    broken: "הכתבה אינה זמינה.",
    topics: "נושאים",
    retry: "ניסיון חוזר",
};
