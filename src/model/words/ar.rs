//! العربية. Written right to left.
use super::Words;

pub const WORDS: Words = Words {
    lang: "ar",
    rtl: true,
    related: "أخبار ذات صلة",
    previous: "الخبر السابق",
    next: "الخبر التالي",
    slide: "{n} من {total}",
    new_tab: "يفتح في علامة تبويب جديدة",
    loading: "جارٍ تحميل الخبر",
    by: "بقلم ",
    updated: "تم التحديث",
    error_title: "تعذّر عرض هذا الخبر",
    not_found: "لم يتم العثور على الخبر.",
    unavailable: "خدمة الأخبار لا تستجيب. يُرجى المحاولة لاحقًا.",
    offline: "تعذّر تحميل الخبر. تحقّق من اتصالك.",
    broken: "هذا الخبر غير متاح.",
    topics: "مواضيع",
    retry: "إعادة المحاولة",
};
