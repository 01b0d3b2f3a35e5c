//! The pure model: JSON in, checked article out, plus dates, URLs and the carousel.
//! Nothing here imports `yew` or `web_sys` or reads a clock; `cargo test` tests it natively.

pub mod article;
pub mod carousel;
pub mod config;
pub mod convert;
pub mod date;
pub mod event;
pub mod formats;
pub mod json;
pub mod load;
pub mod retry;
pub mod text;
pub mod url;
pub mod words;

pub use article::{Article, ArticleError, DropReason, Dropped, Image, Parsed, Provider, Related};
pub use config::Config;
pub use event::CardEvent;
pub use json::Value;
pub use load::LoadError;
pub use url::HttpUrl;
