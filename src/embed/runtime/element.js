// The <news-card> element: its class and properties, and a card's way from connected to
// mounted (handed to the wasm, which draws into its shadow root). Kept in JS because custom
// elements must be classes extending HTMLElement, which Rust cannot declare.
//
// The element is defined as soon as this module runs (the loader imports the glue, and with it
// this module, while the wasm still compiles), so frameworks that render first see its
// properties (`article`) and set them as properties, not as attributes. Cards wait, showing
// their own children, until an instance starts (`define_news_card`) and are then mounted,
// through the pacer (src/platform/pacer.js). A lazy card that fetches waits, unmounted, until it comes
// within three screens, and fetches once within 200 px (observers.js).
//
// The runtime's other modules: cards.js (each card's state), instance.js (calls into the wasm,
// crashes and restarts), observers.js, warnings.js; and from the platform, pacer.js,
// rendering.js and fetch.js. The wasm imports `define_news_card` (src/embed/mod.rs).
import { useEarlyAnswers, useMapper } from "../../platform/fetch.js";
import { startPagePacer } from "../../platform/pacer.js";
import { keepCustomStates, set_mounted, shows } from "../../platform/rendering.js";
import { ATTRIBUTES, KEYWORDS, cardState, connectedCards, fetchedSrc, isEager, keywordInEffect, propertyOf, showFallback } from "./cards.js";
import { blocked, call, instancePhase, runtime, startInstance } from "./instance.js";
import { observe, unwatch, watchFetchRange, watchMountRange, watchScreen } from "./observers.js";
import { checkKeyword, checkMarkup } from "./warnings.js";

let version = "";
const pacer = startPagePacer({ mount: mountNow, prefetch: prefetchNow });
observe({
  mountRange: enterMountRange,
  fetchRange(card) {
    prefetch(card);
    update(card);
  },
  // A card that shows nothing yet may be waiting to show its skeleton on screen.
  screen(card) {
    if (cardState(card).mounted && !shows(card)) update(card);
  },
  refreshDates: (card) => call("changed", card, cardState(card).inFetchRange),
});

/** Routes the element's callbacks to a fresh instance and mounts every card on the page. */
export function define_news_card(connected, disconnected, changed, widgetVersion) {
  startInstance({ connected, disconnected, changed });
  version = widgetVersion;
  for (const element of connectedCards) {
    const state = cardState(element);
    // A far card waits for the mount-range observer (a page of a thousand cards has many),
    // unless the loader has since found it on the first screen.
    if (state.waitsForMountRange && !runtime()?.inView?.has(element)) continue;
    // A fresh instance after a crash knows no card yet.
    state.mounted = false;
    // Queued, all of them: the first alone, since it compiles the code every card runs.
    mount(element, true);
  }
}

/** A card in the mount range, or one that does not wait for it: watched, and mounted. */
function enterMountRange(element) {
  watchFetchRange(element);
  if (isEager(element) || cardState(element).inFetchRange) prefetch(element);
  watchScreen(element);
  mount(element);
}

/** Whether the card waits to come within the mount range (and is watched for it if so). */
function waitsForMountRange(element) {
  const state = cardState(element);
  // The loader found it within 200 px of the viewport as the page started (the fetch-range
  // rule): no frame to wait for the observers to say so. Once only: a card moved later is
  // watched again.
  if (runtime()?.inView?.delete(element)) state.inFetchRange = true;
  state.waitsForMountRange = false;
  if (state.inMountRange || state.inFetchRange || isEager(element) || !fetchedSrc(element)) return false;
  state.waitsForMountRange = watchMountRange(element);
  return state.waitsForMountRange;
}

/**
 * While the first instance is still on its way, starts the article fetch of a card that is to
 * load now (eager, or near the viewport), so that the article and the wasm arrive together;
 * the card's first try takes the answer (src/platform/fetch.js). Cards with their own data
 * fetch nothing.
 */
function prefetch(element) {
  if (instancePhase() === "loading" && element.isConnected) pacer.queue(element, "prefetch");
}

/** Starts the early fetch `prefetch` queued, unless the card no longer needs it. */
function prefetchNow(element) {
  if (instancePhase() !== "loading" || !element.isConnected) return;
  const fetchEarly = runtime()?.prefetch;
  if (!fetchedSrc(element) || typeof fetchEarly !== "function") return;
  // Resolved as written: the URL parser drops the white space around it as the card's does.
  const src = element.getAttribute("src");
  try {
    fetchEarly(new URL(src, document.baseURI).href, src, keywordInEffect("referrerpolicy", element.getAttribute("referrerpolicy")));
  } catch {
    // Not a URL: the card reports it when it mounts.
  }
}

// A card's first try takes the answer fetched early for its URL and referrer policy (by the
// loader, or by `prefetchNow`), if there is one: taken, nothing keeps it once the card has read it.
useMapper((fresh) => runtime()?.mapper?.(fresh));
useEarlyAnswers((url, referrerPolicy) => {
  const prefetched = runtime()?.prefetched;
  const key = `${referrerPolicy} ${url}`;
  const entry = prefetched?.get(key);
  if (!entry) return undefined;
  prefetched.delete(key);
  clearTimeout(entry.timer);
  return entry;
});

/** Mounts the card, now or through the pacer (`queued`), unless it waits to come near. */
function mount(element, queued = false) {
  const phase = instancePhase();
  if (phase === "dead" || blocked(element)) showFallback(element);
  else if (phase === "running" && !cardState(element).mounted && !waitsForMountRange(element)) {
    if (!queued && pacer.mayMountAtOnce()) mountNow(element);
    else pacer.queue(element, "mount");
  }
}

/** Hands the card to the live instance, if it still waits for that. */
function mountNow(element) {
  const state = cardState(element);
  if (instancePhase() !== "running" || state.mounted || !element.isConnected || !connectedCards.has(element)) return;
  if (blocked(element)) return showFallback(element);
  state.mounted = true;
  call("connected", element, state.inFetchRange);
}

/** Tells the instance that the card's data or options changed; mounts it if it waited. */
function update(element) {
  if (cardState(element).mounted) call("changed", element, cardState(element).inFetchRange);
  else mount(element);
}

/** The properties a page may have set on an element before it was upgraded. */
const PROPERTIES = new Map(ATTRIBUTES.map((a) => [propertyOf(a), a]));
const OWN_PROPERTIES = ["article", ...PROPERTIES.keys()];

class NewsCardElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  constructor() {
    super();
    const state = cardState(this);
    // Kept cheap: a page of a thousand cards runs this a thousand times as the glue loads.
    // A page (or framework) may have set .article or .src before this script defined the
    // element; those own properties would hide the accessors, so they are taken over when the
    // element connects (a constructor may not set attributes).
    if (Object.getOwnPropertyNames(this).length) {
      for (const name of OWN_PROPERTIES) {
        if (!Object.hasOwn(this, name)) continue;
        (state.propertiesBeforeUpgrade ??= []).push([name, this[name]]);
        delete this[name];
      }
    }
    // The shadow root exists from the start (Custom Element Best Practices), or is the one the
    // page's markup declared (a prerendered card): the card is drawn into it. Until it is, a
    // slot shows the element's own children (the site owner's fallback link).
    try {
      if (!this.shadowRoot) this.attachShadow({ mode: "open" }).append(document.createElement("slot"));
    } catch {
      // A page that replaced attachShadow: the wasm tries again when the card connects.
    }
    try {
      keepCustomStates(this, this.attachInternals().states);
    } catch {
      // A browser without ElementInternals or custom states.
    }
  }

  /** The widget's version (also on the class: customElements.get("news-card").version). */
  static get version() {
    return version;
  }

  /** Loads the article again (a fresh fetch of `src`, or the data re-read). */
  reload() {
    cardState(this).reloads++;
    if (this.isConnected) update(this);
  }

  /** The article as a JS object; setting it renders that article instead of fetching `src`. */
  get article() {
    return cardState(this).article;
  }

  set article(value) {
    cardState(this).article = value;
    if (this.isConnected) update(this);
  }

  connectedCallback() {
    const state = cardState(this);
    const early = state.propertiesBeforeUpgrade;
    state.propertiesBeforeUpgrade = null;
    for (const [name, value] of early || []) this[name] = value;
    connectedCards.add(this);
    if (!waitsForMountRange(this)) enterMountRange(this);
    checkMarkup(this);
    // The attributes it has (a page of a thousand cards connects a thousand times), at every
    // connect: a value set while it was out of the document is checked too.
    for (const name of this.getAttributeNames()) checkKeyword(this, name);
  }

  disconnectedCallback() {
    // A card moved within the document (frameworks reorder lists this way) is disconnected
    // and connected again in one task: it keeps its card and its data, with no refetch. Only a
    // card still out of the document at the next microtask is taken down.
    queueMicrotask(() => {
      if (this.isConnected) return;
      connectedCards.delete(this);
      pacer.cancel(this);
      // Inserted again later, a lazy card waits to come near the viewport again.
      unwatch(this);
      set_mounted(this, false);
      const state = cardState(this);
      if (state.mounted) {
        state.mounted = false;
        call("disconnected", this);
      }
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    // What the answer is read as, or which item of a feed: the card loads again.
    if (name === "format" || name === "item") cardState(this).reloads++;
    update(this);
    checkKeyword(this, name);
  }
}

// Every attribute is mirrored by a property (`maxRelated` for max-related, …); setting `null`
// or `undefined` removes the attribute. A keyword attribute's property reads the value in
// effect (`theme = "purple"` reads "auto"), as a native enumerated attribute's does.
for (const [property, attribute] of PROPERTIES) {
  Object.defineProperty(NewsCardElement.prototype, property, {
    configurable: true,
    enumerable: true,
    get() {
      const value = this.getAttribute(attribute);
      return attribute in KEYWORDS ? keywordInEffect(attribute, value) : value;
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, String(value));
    },
  });
}

// Last, so that everything above is initialised: elements already in the page upgrade (and run
// their callbacks) inside define().
try {
  if (!customElements.get("news-card")) customElements.define("news-card", NewsCardElement);
} catch (error) {
  console.error("news-card: the <news-card> element could not be defined", error);
}
