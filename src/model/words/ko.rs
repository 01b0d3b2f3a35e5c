//! 한국어.
use super::Words;

pub const WORDS: Words = Words {
    lang: "ko",
    rtl: false,
    related: "관련 기사",
    previous: "이전 기사",
    next: "다음 기사",
    slide: "{total}개 중 {n}번째",
    new_tab: "새 탭에서 열림",
    loading: "기사를 불러오는 중",
    by: "글: ",
    updated: "업데이트",
    error_title: "이 기사를 표시할 수 없습니다",
    not_found: "기사를 찾을 수 없습니다.",
    unavailable: "뉴스 서비스가 응답하지 않습니다. 잠시 후 다시 시도하세요.",
    offline: "기사를 불러올 수 없습니다. 연결을 확인하세요.",
    broken: "이 기사는 이용할 수 없습니다.",
    topics: "주제",
    retry: "다시 시도",
};
