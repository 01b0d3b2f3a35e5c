// Where each card is relative to the viewport, from three IntersectionObservers shared by all
// the cards of the page, and the page's one timer that refreshes relative dates:
//   - the mount range, three screens around the viewport: a lazy card that fetches its article
//     mounts (builds its Yew app) only once it comes that near, so a page of a thousand cards
//     builds the few a reader can reach soon;
//   - the fetch range, 200 px around the viewport: a lazy card fetches once it comes that near;
//   - the screen itself: a loading card draws its skeleton only there (it is told when that
//     changes), and the dates of the cards on screen are refreshed once a minute.
// A far card is in the mount-range observer only, so a page of a thousand cards costs one
// intersection test per card and frame, not three. The observers report to the handlers
// element.js gives `observe`; the card's state (cards.js) keeps what they saw.
//
// The wasm imports `on_screen` (src/platform/rendering.rs).
import { cardState, connectedCards } from "./cards.js";

/** How often the dates of the cards on screen are refreshed ("5 minutes ago" moves on), in ms. */
const REFRESH_MS = 60_000;

let handlers = null;
let mountRange = null;
let fetchRange = null;
let screen = null;
let ticker = 0;

/**
 * Sets what happens when a card enters the mount range, enters the fetch range, comes on or
 * goes off screen, or (on screen) is due for a refresh of its dates: `{ mountRange(card),
 * fetchRange(card), screen(card), refreshDates(card) }`.
 */
export function observe(given) {
  handlers = given;
}

/** One observer of `rootMargin`, calling `entered` once per card that comes within it. */
function entering(rootMargin, entered) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        entered(entry.target);
      }
    },
    { rootMargin },
  );
  return observer;
}

/** Watches the card until it comes within three screens; false if it cannot be watched. */
export function watchMountRange(element) {
  try {
    mountRange ??= entering("300% 0px", (card) => {
      const state = cardState(card);
      state.inMountRange = true;
      state.waitsForMountRange = false;
      if (card.isConnected) handlers.mountRange(card);
    });
    mountRange.observe(element);
    return true;
  } catch {
    return false;
  }
}

/** Watches the card until it comes within 200 px (at once in a browser without observers). */
export function watchFetchRange(element) {
  const state = cardState(element);
  if (state.inFetchRange) return;
  try {
    if (typeof IntersectionObserver !== "function") {
      state.inFetchRange = true;
      return;
    }
    fetchRange ??= entering("200px", (card) => {
      cardState(card).inFetchRange = true;
      if (card.isConnected) handlers.fetchRange(card);
    });
    fetchRange.observe(element);
  } catch {
    state.inFetchRange = true;
  }
}

/** Watches whether the card is on screen, and starts the refresh timer if it is not running. */
export function watchScreen(element) {
  try {
    screen ??= new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const state = cardState(entry.target);
        const was = on_screen(entry.target);
        state.onScreen = entry.isIntersecting;
        if (was !== state.onScreen && entry.target.isConnected) handlers.screen(entry.target);
      }
    });
    screen.observe(element);
  } catch {
    cardState(element).onScreen = true;
  }
  if (!ticker) ticker = setInterval(refresh, REFRESH_MS);
}

function refresh() {
  if (connectedCards.size === 0) {
    clearInterval(ticker);
    ticker = 0;
    return;
  }
  for (const card of connectedCards) if (cardState(card).onScreen) handlers.refreshDates(card);
}

/** Stops watching a card that left the document: it starts afresh if it comes back. */
export function unwatch(element) {
  for (const observer of [mountRange, fetchRange, screen]) {
    try {
      observer?.unobserve(element);
    } catch {
      // An observer the page broke: the card is gone anyway.
    }
  }
  const state = cardState(element);
  state.inFetchRange = false;
  state.inMountRange = false;
  state.waitsForMountRange = false;
}

/**
 * Whether `element` is on screen, as the screen observer last saw it; `true` until it has
 * looked. A card still loading draws its skeleton only there.
 */
export function on_screen(element) {
  return cardState(element).onScreen !== false;
}
