//! 简体中文。
use super::Words;

pub const WORDS: Words = Words {
    lang: "zh",
    rtl: false,
    related: "相关报道",
    previous: "上一篇",
    next: "下一篇",
    slide: "第 {n} 篇，共 {total} 篇",
    new_tab: "在新标签页中打开",
    loading: "正在加载报道",
    by: "作者：",
    updated: "更新于",
    error_title: "无法显示此报道",
    not_found: "未找到该报道。",
    unavailable: "新闻服务没有响应，请稍后重试。",
    offline: "无法加载该报道，请检查网络连接。",
    broken: "此报道不可用。",
    topics: "话题",
    retry: "重试",
};
