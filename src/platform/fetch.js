// The network edge of the card: one try of a fetch, with the body streamed through a byte
// counter and parsed by the browser's JSON.parse, so the raw body never enters wasm memory.
// It never throws or rejects: whatever the page's `fetch` (possibly wrapped by the page) does,
// the answer is a plain object the wasm reads.
//
// The wasm imports `fetch_json` and `plain_json` (src/platform/fetch.rs); the element's runtime
// (src/embed/runtime/instance.js) gives `useEarlyAnswers` the answers fetched before a card
// could ask.

/** (url, referrer policy) -> the early answer for both, `{ response, controller }`, taken once; or undefined. */
let takeEarlyAnswer = () => undefined;

/**
 * Sets where a card's first try looks for an answer fetched early (by the loader, before the
 * wasm came) instead of fetching again.
 */
export function useEarlyAnswers(take) {
  takeEarlyAnswer = take;
}

// Cards' first tries by URL: cards with the same `src` that load together make one request and
// share its answer. An article stays shared for a moment after it arrives (cards on one screen
// mount a few per frame, so the later ones ask after the first has its answer); an error goes
// at once, so each card's own retries and every reload() or Retry (which the wasm never shares)
// ask afresh.
const inFlight = new Map();
/** How long an article that arrived is given to cards that ask for the same URL. */
const SHARED_MS = 2000;

// Requests the page's Content-Security-Policy blocked (its `connect-src`, which every fetch
// is checked against), by URL, or by origin, which is what a browser may report of another
// origin's URL. A blocked fetch fails as a network fault does, and only this event tells the
// two apart.
const blocked = new Set();
try {
  document.addEventListener("securitypolicyviolation", (event) => {
    if (event.disposition !== "enforce" || event.effectiveDirective !== "connect-src") return;
    if (blocked.size > 99) blocked.clear();
    blocked.add(event.blockedURI);
  });
} catch {
  // Not in a document: nothing is blocked by a page's policy.
}

/**
 * Loads the format mapper (src/mapper.rs) once and gives its `to_article`; `fresh`: a new
 * instance, the last one having trapped. Undefined with no loader.
 */
let loadMapper = () => undefined;

/** Sets how the format mapper is loaded (the loader's, through the element's runtime). */
export function useMapper(load) {
  loadMapper = load;
}

/**
 * Fetches `request` for the card `host` with `referrerPolicy` and answers one of:
 *   { value, url }                      the article JSON and the final URL (after redirects):
 *                                       the answer's own, or what the format mapper read from
 *                                       a page, a feed or JSON-LD (`mapped`)
 *   { error: "status", status, retryAfter }  (retryAfter: the Retry-After header as sent)
 *   { error: "blocked" }                the page's Content-Security-Policy forbids the URL
 *   { error: "network" | "too-large" | "not-json" }
 * A `shared` try (a card's first) joins a first try of the same URL in flight or just answered.
 */
export async function fetch_json(request, maxBytes, shared, referrerPolicy, host) {
  const got = await fetchShared(request, maxBytes, shared, referrerPolicy);
  return got.error ? got : mapped(got, host, request.signal);
}

/**
 * The answer `got` (`{ value, type, url }` of JSON, `{ text, type, url }` of anything else) as
 * the article JSON for the card `host`, by its `format` and `item` attributes (per card: cards
 * that share a feed may show different items of it). JSON that may be a JSON Feed or JSON-LD
 * (a list, or an object with `@context`, `@graph` or `version`), and any answer that is not
 * JSON, go to the format mapper, which tells what it is; `format="article"` keeps the JSON as
 * it is. With no mapper (no loader on the page), as if there were none. The card's `signal`
 * (its time limit, its removal) ends the wait for the mapper as it ends the fetch. A trap in
 * the mapper is no network fault: its instance goes (the next card loads a fresh one) and the
 * answer is not tried again.
 */
async function mapped(got, host, signal) {
  const { value, url } = got;
  const format = host?.getAttribute("format")?.trim().toLowerCase();
  const load =
    format !== "article" &&
    (format || value === undefined || value instanceof Array || value?.["@context"] || value?.["@graph"] || value?.version) &&
    loadMapper();
  if (!load) return value === undefined ? { error: "not-json" } : { value, url };
  let stop;
  try {
    const stopped = new Promise((_, reject) => signal?.addEventListener("abort", (stop = reject)));
    const out = (await Promise.race([load, stopped]))(got, format, host?.getAttribute("item"));
    return typeof out == "string" ? { error: out } : { value: out, url };
  } catch (error) {
    if (!(error instanceof WebAssembly.RuntimeError)) return { error: "network" };
    loadMapper(true)?.catch(() => {});
    return { error: "not-json" };
  } finally {
    // Nothing of this answer stays reachable from the card's signal (as in `fetchShared`).
    signal?.removeEventListener("abort", stop);
  }
}

async function fetchShared(request, maxBytes, shared, referrerPolicy) {
  if (!(shared && request.method === "GET")) return fetchOwn(new Request(request, { referrerPolicy }), maxBytes);
  const url = request.url;
  // Tries that read at most the same number of bytes, with the same referrer policy, share.
  const key = `${maxBytes} ${referrerPolicy} ${url}`;
  let entry = inFlight.get(key);
  if (!entry) {
    const early = takeEarlyAnswer(url, referrerPolicy);
    const controller = early?.controller ?? new AbortController();
    let pending;
    try {
      const own = () => globalThis.fetch(new Request(request, { signal: controller.signal, referrerPolicy }));
      // An early fetch that failed, unless the page's policy is known to block it, is made
      // again at once: the loader may have made it before this module was there to see a
      // violation (`blockedBy`).
      const again = async (error) => {
        if (await blockedBy(url)) throw error;
        return own();
      };
      pending = answer(early ? early.response.catch(again) : own(), maxBytes, url);
    } catch {
      return { error: "network" };
    }
    const made = { answer: pending, controller, cards: 0 };
    entry = made;
    inFlight.set(key, made);
    const forget = () => inFlight.get(key) === made && inFlight.delete(key);
    pending.then((got) => (got.error ? forget() : setTimeout(forget, SHARED_MS)));
  }
  // The request stops when the last card waiting for it gives up (timeout, removal).
  const joined = entry;
  joined.cards++;
  const signal = request.signal;
  let stop;
  const gaveUp = new Promise((resolve) => {
    stop = () => {
      if (--joined.cards === 0) {
        if (inFlight.get(key) === joined) inFlight.delete(key);
        joined.controller.abort();
      }
      resolve({ error: "network" });
    };
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop, { once: true });
  });
  const got = await Promise.race([joined.answer, gaveUp]);
  // Nothing of this try stays reachable from the card's signal (the wasm keeps it while the card
  // lives): the listener, and with it the answer, go now.
  signal?.removeEventListener("abort", stop);
  return got;
}

/** A try of the card's own, shared with no other. */
function fetchOwn(request, maxBytes) {
  let response;
  try {
    response = globalThis.fetch(request);
  } catch {
    return { error: "network" };
  }
  return answer(response, maxBytes, request.url);
}

/** Reads the answer to a fetch of `url` (a promise of its response), as `fetch_json` says. */
async function answer(pending, maxBytes, url) {
  let response;
  try {
    response = await pending;
  } catch {
    return { error: (await blockedBy(url)) ? "blocked" : "network" };
  }
  // A page that wraps fetch can answer anything; only a real Response is read.
  if (!(response instanceof Response)) return { error: "network" };
  try {
    if (!response.ok) {
      // The header as sent: the retry policy reads it (src/model/retry.rs).
      const retryAfter = response.headers.get("retry-after") ?? undefined;
      cancel(response);
      return { error: "status", status: response.status, retryAfter };
    }
    const type = response.headers.get("content-type") ?? "";
    // A page longer than maxBytes is read that far (`readText`).
    const page = /html/i.test(type);
    // Content-Length counts compressed bytes: it can reject early, never accept.
    if (!page && Number(response.headers.get("content-length")) > maxBytes) {
      cancel(response);
      return { error: "too-large" };
    }
    const text = await readText(response, maxBytes, page);
    if (text === null) return { error: "too-large" };
    try {
      return { value: JSON.parse(text), type, url: response.url };
    } catch {
      // A page, a feed, or nothing a card can show: the format mapper reads the text
      // (`mapped`). Of JSON, only the parsed value is kept (shared answers wait 2 s).
      return { text, type, url: response.url };
    }
  } catch {
    // The body failed mid-way (connection lost, or the request was aborted).
    return { error: "network" };
  }
}

/**
 * Whether the page's policy blocked `url`. Its violation event comes in a task of its own,
 * often after the failed fetch: this waits for it a moment (200 ms at most, against the second
 * of a network fault's first back-off). Violations name URLs without their fragment.
 */
async function blockedBy(url) {
  const { href, origin } = new URL(url.split("#")[0]);
  for (let wait = 0; ; wait++) {
    const found = blocked.has(href) || blocked.has(origin);
    if (found || wait === 4) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function cancel(response) {
  try {
    response.body?.cancel().catch(() => {});
  } catch {
    // Nothing to cancel.
  }
}

// The body as text, counting decoded bytes as they arrive; null (and the stream cancelled) as
// soon as it passes maxBytes. With `head` (an HTML page), a body that passes maxBytes is read
// that far, if its head has ended by then: the format mapper reads the head and the JSON-LD
// of the page's first MiB, however long the page.
async function readText(response, maxBytes, head) {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      return head && /<\/head[\s>]|<body[\s>]/i.test(text) ? text.slice(0, maxBytes) : null;
    }
  }
  return text + decoder.decode();
}

/**
 * Inline article data as a plain JSON value: `{ value }`, or "too-large" / "not-json" /
 * "not-readable". `text` is an inline script's text; otherwise `object` (the `article`
 * property) is written out as JSON first, which runs its getters inside this try, measures it
 * and leaves a plain copy with no getters or proxies for the wasm to walk.
 */
export function plain_json(text, object, maxBytes) {
  try {
    if (typeof text !== "string") {
      text = JSON.stringify(object);
      if (typeof text !== "string") return "not-json";
    }
    if (text.length > maxBytes || new TextEncoder().encode(text).length > maxBytes) return "too-large";
    return { value: JSON.parse(text) };
  } catch (e) {
    return typeof text === "string" ? "not-json" : "not-readable";
  }
}
