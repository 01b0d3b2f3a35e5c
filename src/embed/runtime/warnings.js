// What the site owner reads in the console: markup that cannot work (a mistyped attribute, a
// value that means nothing, a card with nothing to show) and the technical detail of a card's
// failure, where readers see a short sentence. Each said once per card; a page that replaced
// `console.warn` with something that throws loses the warning, never the card.
//
// The wasm imports `warn_failure` (src/embed/events.rs).
import { ATTRIBUTES, KEYWORDS, cardState, inlineData, isInvalidKeyword, keywordInEffect } from "./cards.js";

/**
 * Attributes any element may carry, which a card ignores without a word. Only those within two
 * edits of one of the card's own need listing (`lang`, for `link`): no other global attribute
 * is close enough to be taken for a typo. `hidden` is the one EMBEDDING.md's table lists.
 */
const GLOBAL_ATTRIBUTE = /^(lang|hidden|data-.*|aria-.*|on.*)$/;

/** How long a card without `src` may wait for its data (a framework sets it late) before a warning. */
const NO_DATA_WARNING_MS = 1000;

/** `console.warn`, which a page may have replaced with anything. */
function warn(...words) {
  try {
    console.warn(...words);
  } catch {
    // The page's console: nothing to do.
  }
}

/** Warns once per card about markup that cannot work: no data at all, or a mistyped attribute. */
export function checkMarkup(element) {
  const state = cardState(element);
  if (state.markupChecked) return;
  state.markupChecked = true;
  for (const name of element.getAttributeNames()) {
    if (ATTRIBUTES.includes(name) || GLOBAL_ATTRIBUTE.test(name)) continue;
    if (name === "article") {
      warn('news-card: "article" was set as an attribute; set it as a property (el.article = data)', element);
      continue;
    }
    const meant = ATTRIBUTES.find((known) => editDistance(name, known) <= 2);
    if (meant) warn(`news-card: unknown attribute "${name}"; did you mean "${meant}"?`, element);
  }

  if (element.hasAttribute("src")) return;
  setTimeout(() => {
    if (!element.isConnected || element.hasAttribute("src") || element.hasAttribute("article")) return;
    if (state.article != null || inlineData(element) !== undefined) return;
    warn(
      "news-card: this card has no src attribute, no inline JSON and no article property: nothing to show",
      element,
    );
  }, NO_DATA_WARNING_MS);
}

/** Warns, once per card and attribute, when a keyword attribute's value says nothing to the card. */
export function checkKeyword(element, name) {
  if (!(name in KEYWORDS)) return;
  const value = element.getAttribute(name);
  const state = cardState(element);
  if (!isInvalidKeyword(name, value) || state.keywordsWarned?.has(name)) return;
  (state.keywordsWarned ??= new Set()).add(name);
  const { values } = KEYWORDS[name];
  const effect = keywordInEffect(name, null);
  const fallback = effect ? `"${effect}"` : "the layout its width gives";
  warn(`news-card: ${name}="${value}" is not one of ${values.map((v) => `"${v}"`).join(", ")}; the card uses ${fallback}`, element);
}

/** The technical detail of a card's failure (`news-card:error`'s detail) and its URL, for the site owner. */
export function warn_failure(host, detail) {
  warn(`news-card: ${detail?.message}${detail?.url ? `: ${detail.url}` : ""} [${detail?.kind}]`, host);
}

/** Levenshtein distance, for "did you mean". */
function editDistance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}
