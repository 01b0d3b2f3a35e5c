//! What every part of one card shares: its options, where its events go, and its host
//! element. Made once per options by [`crate::view::card::Card`], which hands it to the parts
//! it draws and to the carousel.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::model::words::{self, Words};
use crate::model::{CardEvent, Config};

/// The shared values of one card.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CardContext {
    pub config: Rc<Config>,
    /// Receives the card's events; returns `false` when the host cancelled one.
    pub on_event: Option<Callback<CardEvent, bool>>,
    /// The `<news-card>` element, when the card is mounted by one.
    pub host: Option<Element>,
}

impl CardContext {
    /// The widget's own words in the card's language.
    pub fn words(&self) -> &'static Words {
        words::for_locale(self.config.locale.as_deref())
    }
}
