// What the runtime knows of each <news-card>: one `CardState` per element, in a WeakMap (nothing
// is stored on the element itself), the set of connected cards, the rules for reading a card's
// markup (the keyword attributes; `isEager` and `inlineData`, which the loader applies too:
// tests/js/rules.test.mjs keeps them in agreement, and with src/model/config.rs), and
// `showFallback`, which gives a card back to the site owner's own children.
//
// The wasm imports from here what it reads of a card: `card_data`, `has_fallback`, `reloads`
// (src/embed/props.rs).
import { set_mounted } from "../../platform/rendering.js";

/** Leading and trailing ASCII white space, which attribute values are read without. */
const ASCII_WHITESPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/**
 * The attributes a card observes; each is mirrored by a camel-case property (`maxRelated`).
 * The same names as `model::config::ATTRIBUTES` in Rust, which reads them (a native test in
 * tests/model.rs keeps the two lists equal).
 */
export const ATTRIBUTES = ["src", "theme", "layout", "locale", "link", "target", "related", "max-related", "loading", "heading-level", "fallback", "dates", "referrerpolicy", "format", "item"];

/**
 * The property that mirrors `attribute`: camel case (`maxRelated`), and `referrerPolicy`, as on
 * the browser's own elements.
 */
export function propertyOf(attribute) {
  return attribute === "referrerpolicy" ? "referrerPolicy" : attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
}

/**
 * The attributes with a fixed set of values, as the card reads them. `asWritten` ones count only as
 * written (the stylesheet matches them: `:host([theme="dark"])`); the others are read in any
 * case and without ASCII white space around (src/model/config.rs). Anything else means
 * `otherwise` ("" for `layout`: the card decides by its width). The properties read back the
 * value in effect, as native enumerated attributes do. tests/js/rules.json's `keywords` cases
 * hold this and config.rs to the same answers.
 */
export const KEYWORDS = {
  theme: { values: ["auto", "light", "dark"], otherwise: "auto", asWritten: true },
  layout: { values: ["vertical", "horizontal", "compact"], otherwise: "", asWritten: true },
  link: { values: ["web", "amp", "original"], otherwise: "web" },
  related: { values: ["carousel", "list", "none"], otherwise: "carousel" },
  loading: { values: ["lazy", "eager"], otherwise: "lazy" },
  fallback: { values: ["auto", "panel", "collapse"], otherwise: "auto" },
  dates: { values: ["both", "absolute", "relative"], otherwise: "both" },
  "heading-level": { values: ["2", "3", "4", "5", "6"], otherwise: "2" },
  referrerpolicy: { values: ["strict-origin-when-cross-origin", "strict-origin", "same-origin", "no-referrer"], otherwise: "strict-origin-when-cross-origin" },
};

/** The keyword that `value` of the attribute `name` says, or null when it says none. */
function keywordOf(name, value) {
  const { values, asWritten } = KEYWORDS[name];
  let read = asWritten ? value : value.replace(ASCII_WHITESPACE, "").toLowerCase();
  // A number, as Rust's `u8` parse reads it ("+3", "03").
  if (name === "heading-level" && /^\+?[0-9]+$/.test(read)) read = String(Number(read));
  return values.includes(read) ? read : null;
}

/** The value in effect for the keyword attribute `name` written as `value` (null: not there). */
export function keywordInEffect(name, value) {
  return (value === null ? null : keywordOf(name, value)) ?? KEYWORDS[name].otherwise;
}

/**
 * Whether the keyword attribute `name` is there with a value that says nothing to the card. An
 * empty value counts as none: frameworks leave `theme=""` behind when they unset a property.
 */
export function isInvalidKeyword(name, value) {
  return value !== null && value !== "" && keywordOf(name, value) === null;
}

/** Everything the runtime keeps for one card. */
class CardState {
  /** The `article` property's value; `undefined` when the page set none. */
  article = undefined;
  /** Own properties the page set before the element was upgraded, applied when it connects. */
  propertiesBeforeUpgrade = null;
  /** How many times `reload()` was called. */
  reloads = 0;
  /** Handed to the live wasm instance (its `connected` ran, and `disconnected` not since). */
  mounted = false;
  /** Within 200 px of the viewport, as the fetch-range observer or the loader saw it: fetches now. */
  inFetchRange = false;
  /** Within three screens of the viewport, as the mount-range observer saw it: mounts now. */
  inMountRange = false;
  /** Held back, not mounted, until the mount-range observer sees it. */
  waitsForMountRange = false;
  /** In the viewport, as the screen observer last saw it; `undefined` until it has looked. */
  onScreen = undefined;
  /** Whether its markup was checked for mistakes (once per card). */
  markupChecked = false;
  /** The keyword attributes whose invalid value it has warned about (once each), once it has. */
  keywordsWarned = null;
  /** Panics while the wasm was drawing it. */
  strikes = 0;
}

const states = new WeakMap();

/** The card's state, made on first use. */
export function cardState(element) {
  let state = states.get(element);
  if (!state) states.set(element, (state = new CardState()));
  return state;
}

/** The cards in the document, in the order they connected. */
export const connectedCards = new Set();

/** `loading="eager"`, in any case and with ASCII white space around (as config.rs reads it). */
export function isEager(element) {
  return keywordInEffect("loading", element.getAttribute("loading")) === "eager";
}

/** The text of the card's inline `<script type="application/json">` child; `undefined` if none. */
export function inlineData(element) {
  try {
    for (const child of element.children) {
      if (child.localName !== "script") continue;
      if ((child.getAttribute("type") || "").replace(ASCII_WHITESPACE, "").toLowerCase() === "application/json") return child.textContent || "";
    }
  } catch {
    // Children the page made unreadable: no inline data.
  }
  return undefined;
}

/** The `src` a card will fetch, trimmed; "" when it has none or data of its own. */
export function fetchedSrc(element) {
  if (cardState(element).article != null || inlineData(element) !== undefined) return "";
  return (element.getAttribute("src") || "").trim();
}

/** The article data the card carries itself: [property, inline script text]. */
export function card_data(host) {
  const article = cardState(host).article;
  if (article !== undefined && article !== null) return [article, undefined];
  return [undefined, inlineData(host)];
}

/** How many times `reload()` was called on the element. */
export function reloads(host) {
  return cardState(host).reloads;
}

/** Whether the element has content of its own (a fallback link) besides inline JSON data. */
export function has_fallback(host) {
  try {
    for (const node of host.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== "") return true;
      if (node.nodeType === Node.ELEMENT_NODE && node.localName !== "script") return true;
    }
  } catch {
    // Children the page made unreadable: no fallback.
  }
  return false;
}

/** Shows the host's own children (the site owner's fallback link) instead of a card. */
export function showFallback(element) {
  set_mounted(element, true);
  try {
    const root = element.shadowRoot;
    if (root) root.replaceChildren(document.createElement("slot"));
  } catch {
    // A page that replaced DOM methods: nothing more to do for this card.
  }
}
