//! 日本語。
use super::Words;

pub const WORDS: Words = Words {
    lang: "ja",
    rtl: false,
    related: "関連記事",
    previous: "前の記事",
    next: "次の記事",
    slide: "{total}件中{n}件目",
    new_tab: "新しいタブで開きます",
    loading: "記事を読み込み中",
    by: "文：",
    updated: "更新",
    error_title: "この記事を表示できません",
    not_found: "記事が見つかりませんでした。",
    unavailable: "ニュースサービスが応答していません。しばらくしてから再度お試しください。",
    offline: "記事を読み込めませんでした。接続を確認してください。",
    broken: "この記事は利用できません。",
    topics: "トピック",
    retry: "再試行",
};
