// news-card.js: the one script a page includes to embed news cards.
//
//   <script type="module" src="https://cdn.example.org/news-card/news-card.js"></script>
//   <news-card src="https://example.org/articles/42.json">
//     <a href="https://example.org/story">Fallback link</a>
//   </news-card>
//
// It loads the widget's WebAssembly from next to this file (import.meta.url), so the bundle
// works from any host and path, also from another origin than the page (serve it with CORS).
// The module runs once per page however often it is included; starting it defines the
// <news-card> element, and every card on the page, now or later, renders.
//
// Recovery: all cards share one wasm instance, and a panic aborts it. The element's runtime then
// calls `restart()` below, which instantiates the compiled module afresh through a second copy
// of the glue (a new module record, hence new wasm memory and state) and mounts the live cards
// again. The runtime limits how often (src/embed/runtime/instance.js). The copy is the glue's
// URL with a fragment: a URL of its own for the module map, the same file for the HTTP cache.
//
// Integrity: the release build writes the SRI digests of the files this loader brings in (the
// wasm, the glue, the runtime module the glue imports, and the format mapper's module, which
// holds its own wasm's digest) into `INTEGRITY`, and the browser refuses a file that does not
// match. With an `integrity` attribute on the page's <script> for this file, everything the
// widget runs is pinned (EMBEDDING.md).

/**
 * What this loader and the element's runtime (src/embed/runtime/) share: one object per page,
 * at `globalThis[Symbol.for("news-card")]`. Each field, who writes it, and who reads it:
 *
 * @typedef {object} Runtime
 * @property {boolean} started  This loader has run (it runs once per page however often it is
 *   included). Written here.
 * @property {(href: string, src: string, referrerPolicy: string) => void} prefetch  Starts a
 *   card's article fetch before the wasm has come, with the card's referrer policy. Written here;
 *   called by element.js for cards that connect or come near.
 * @property {Map<string, {response: Promise<Response>, controller: AbortController, timer: number}>} prefetched
 *   Those early answers by referrer policy and URL ("no-referrer https://…"). Written here; each taken once by a card's first try
 *   (src/embed/runtime/element.js hands them to src/platform/fetch.js).
 * @property {WeakSet<Element>} inView  Lazy cards this loader found within 200 px of the
 *   viewport as the page started. Written here; element.js takes each card out once.
 * @property {() => Promise<void>} restart  Starts a fresh wasm instance. Written here; called
 *   by instance.js after a crash.
 * @property {() => Promise<Function>} mapper  Loads the format mapper (src/mapper.rs) once and
 *   gives its `to_article`. Written here; called by src/platform/fetch.js (through element.js's
 *   `useMapper`) for a card whose answer may be a page, a feed or JSON-LD.
 * @property {() => void} giveUp  Every card shows its fallback for good. Written by
 *   instance.js; called here when the wasm cannot load.
 */
const RUNTIME = Symbol.for("news-card");
// The glue, the wasm and the runtime module, next to this file. In dist/ they have these fixed
// names; the npm package names them by a hash of their content (cacheable forever):
// scripts/package.mjs replaces these three strings and the mapper's below, each of which
// appears once in this file, also when minified.
const glue = new URL("./news-card-wasm.js", import.meta.url);
const wasm = new URL("./news-card-wasm_bg.wasm", import.meta.url);
// The one module of the glue's snippets (the release build bundles them: scripts/minify.mjs).
const runtimeModule = new URL("./snippets/news-card-runtime.js", import.meta.url);
// The format mapper (src/mapper.rs), loaded only for a card whose answer may be a page, a feed
// or JSON-LD: one module, which pins its own wasm.
const mapperModule = new URL("./news-card-formats.js", import.meta.url);
// The SRI digests of the wasm, the glue, the runtime module and the mapper's module, filled in
// by the release build (scripts/minify.mjs) and again by the package for its file names
// (scripts/package.mjs); empty under `trunk serve`, where nothing is checked.
const INTEGRITY = ["", "", "", ""];

// The widget's own files tell their host the page's origin at most, as the article requests do.
const OWN = { referrerPolicy: "strict-origin-when-cross-origin", integrity: INTEGRITY[0] };

async function compile() {
  try {
    // Streaming compilation, when the server sends application/wasm.
    return await WebAssembly.compileStreaming(fetch(wasm, OWN));
  } catch {
    const response = await fetch(wasm, OWN);
    return WebAssembly.compile(await response.arrayBuffer());
  }
}

/**
 * Imports the glue from `url` (its own, or a copy's), checked against its digest, as is the
 * runtime module it imports: a `<link rel="modulepreload" integrity>` fetches each (the runtime
 * module once: a copy shares it), and the import waits for both, so that it takes what they
 * fetched. (An import started at once fetches the glue's imports unchecked.) The links carry
 * the page's script nonce, as the import would, for a policy that allows scripts by nonce. A
 * browser without modulepreload (Safari before 17) imports the files unchecked.
 */
function importGlue(url) {
  return pinnedImport(url, [[runtimeModule.href, INTEGRITY[2]], [url, INTEGRITY[1]]]);
}

/** Imports `url` once each of `files` (`[href, integrity]`) is fetched through a pinned link. */
function pinnedImport(url, files) {
  const pinned = [];
  if (INTEGRITY[1] && document.createElement("link").relList.supports("modulepreload")) {
    const nonce = document.querySelector("script[nonce]")?.nonce || "";
    for (const [href, integrity] of files) {
      pinned.push(
        new Promise((onload, onerror) => {
          const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href, integrity, nonce, referrerPolicy: OWN.referrerPolicy, onload, onerror });
          (document.head || document.documentElement).append(link);
        }),
      );
    }
  }
  return Promise.all(pinned).then(() => import(url));
}

async function start(module, generation) {
  const { default: init } = await (generation === 0 ? firstGlue : importGlue(`${glue.href}#${generation}`));
  await init({ module_or_path: module });
}

// Article fetches started before the cards can ask, by URL: the responses wait in
// `runtime.prefetched` for each card's first try, so nothing is fetched twice; any not taken
// within 30 s is aborted. This loader starts those of the first screen at once, and the
// element's runtime (through `runtime.prefetch`) those of cards that connect or come into view
// while the wasm is still on its way. `src` is the card's attribute as written, for
// `reserveWithoutRelated`; `referrerPolicy` the card's, as the card's own fetch sends it.
function prefetch(href, src, referrerPolicy) {
  try {
    const prefetched = (runtime.prefetched ??= new Map());
    // One Request, made with everything it needs: a Request made from another with an init
    // loses the first one's referrer policy (the Fetch standard resets it).
    const controller = new AbortController();
    const request = new Request(href, { headers: { Accept: "application/json, */*;q=0.5" }, referrerPolicy, signal: controller.signal });
    // By policy too: a card that sends no referrer takes no answer fetched with one.
    const key = `${referrerPolicy} ${request.url}`;
    if (!/^https?:$/.test(new URL(request.url).protocol) || prefetched.has(key)) return;
    const entry = { controller, response: fetch(request) };
    entry.response.then((response) => reserveWithoutRelated(response, src), () => {});
    entry.timer = setTimeout(() => {
      prefetched.delete(key);
      controller.abort();
    }, 30_000);
    prefetched.set(key, entry);
  } catch {
    // A URL or a Request the browser refuses: the card fetches for itself later.
  }
}

// The most of an early answer read to look for related stories; articles are a few KB.
const PEEK_BYTES = 256 * 1024;
// The document's stylesheet of rules from `reserveWithoutRelated`, once it has one.
let reserveSheet = null;

/**
 * When the early answer's article lists no related stories, the cards with this `src` drop
 * that band from the box news-card-reserve.css keeps for them, before they are drawn: a rule
 * in a stylesheet of the document's own, adopted (no `style` attribute, no inline CSS: fine
 * under a strict CSP). Done here, as soon as the answer comes, so that a card near the top
 * of the page shrinks before the reader sees it move. The card decides what it shows.
 */
async function reserveWithoutRelated(response, src) {
  try {
    if (typeof src !== "string" || !response.ok || !response.body) return;
    // A copy, read up to PEEK_BYTES (src/platform/fetch.js reads the answer itself, for the card).
    const reader = response.clone().body.getReader();
    const chunks = [];
    for (let size = 0; ; ) {
      const { done, value } = await reader.read();
      if (done) break;
      if ((size += value.byteLength) > PEEK_BYTES) return void reader.cancel().catch(() => {});
      chunks.push(value);
    }
    const article = JSON.parse(await new Blob(chunks).text());
    // A JSON Feed's other items are its card's related stories.
    const related = article && typeof article === "object" ? (article.related ?? article.items) : undefined;
    if (Array.isArray(related) && related.some((story) => story && typeof story === "object")) return;
    if (!reserveSheet) {
      reserveSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, reserveSheet];
    }
    reserveSheet.insertRule(`news-card[src="${CSS.escape(src)}"]:not(:state(mounted))::before { --nc-related: 0px; }`, reserveSheet.cssRules.length);
  } catch {
    // Not JSON, or a browser without constructable stylesheets or custom states: the box
    // keeps the band, and the card shrinks by it when it is drawn.
  }
}

// Two rules of the element's, needed before its runtime has come; tests/js/rules.test.mjs
// checks that src/embed/runtime/cards.js and src/model/config.rs read cards the same way.
const ASCII_WHITESPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

/** An element's attribute `name` in lower case, without ASCII white space around it ("" if none). */
function read(element, name) {
  return (element.getAttribute(name) || "").replace(ASCII_WHITESPACE, "").toLowerCase();
}

/** `loading="eager"`, in any case and with ASCII white space around. */
function isEager(card) {
  return read(card, "loading") === "eager";
}

/** The card's `referrerpolicy` in effect: one of the strict ones the card allows, else its default. */
function referrerPolicyOf(card) {
  const policy = read(card, "referrerpolicy");
  return ["strict-origin", "same-origin", "no-referrer"].includes(policy) ? policy : "strict-origin-when-cross-origin";
}

/** Whether the card carries its article inline: a `<script type="application/json">` child. */
function hasInlineData(card) {
  for (const child of card.children) {
    if (child.localName === "script" && read(child, "type") === "application/json") return true;
  }
  return false;
}

// The first screen: in document order up to the first card below it, the eager cards and the
// lazy ones within 200px of the viewport (the fetch range of src/embed/runtime/observers.js),
// at most 12. Cards with their own
// data fetch nothing.
function fetchFirstScreen() {
  try {
    let started = 0;
    for (const card of document.querySelectorAll("news-card[src]")) {
      if (started >= 12) break;
      if (hasInlineData(card) || Object.hasOwn(card, "article")) continue;
      if (!isEager(card)) {
        const box = card.getBoundingClientRect();
        // Cards come in document order, which is mostly top to bottom: the first one below
        // the first screen ends the search (a page of a thousand cards measures a few).
        if (box.top > innerHeight + 200) break;
        if (!(box.width || box.height) || box.bottom < -200) continue;
        // element.js takes this for its observer's first answer, which would take a frame.
        (runtime.inView ??= new WeakSet()).add(card);
      }
      // Resolved as written: the URL parser drops the white space around it as the card's does.
      const src = card.getAttribute("src");
      prefetch(new URL(src, document.baseURI).href, src, referrerPolicyOf(card));
      started++;
    }
  } catch {
    // A page that broke the DOM: the cards fetch for themselves.
  }
}

// The first `Intl` formatter a page makes starts the browser's ICU: 25–80 ms on one core, once
// per page, and every card's date needs one. Started here, in a task of its own once the wasm
// has compiled (while it compiles, both cores are busy and this takes twice as long), it does
// not add to the task that draws the first cards.
function warmIntl() {
  try {
    new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: "long", timeZone: "UTC" }).format(0);
  } catch {
    // A language tag Intl rejects: the card's own formatter says so, or falls back.
  }
}

/** Resolves in a task of its own (a message, which no timer clamps). */
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
}

const runtime = globalThis[RUNTIME] || (globalThis[RUNTIME] = {});
/** The glue's first import: the instance's start waits for it, a crash's restart imports a copy. */
let firstGlue;
// In a document only: a framework that renders on a server may evaluate this module there.
if (!runtime.started && typeof document !== "undefined") {
  runtime.started = true;
  // The glue loads while the wasm compiles; with it comes element.js, which defines
  // <news-card> at once, so frameworks rendering before the wasm is ready see the element's
  // properties. Its cards mount when the instance starts.
  runtime.prefetch = prefetch;
  // The mapper's module, imported again (a URL with a fragment: a new module, and a new
  // instance, from the HTTP cache) after it failed to load (a card's retry may find the
  // network back: a module that failed stays failed for its URL) or trapped (`fresh`).
  let mapper;
  let loads = 0;
  runtime.mapper = (fresh) => {
    if (fresh || !mapper) {
      const url = `${mapperModule.href}${loads++ ? `#${loads}` : ""}`;
      mapper = pinnedImport(url, [[url, INTEGRITY[3]]])
        .then((module) => module.default())
        .catch((error) => {
          mapper = undefined;
          throw error;
        });
    }
    return mapper;
  };
  firstGlue = importGlue(glue.href);
  const module = compile();
  // In a task of its own: this one ends the page's parsing, which is long enough.
  nextTask().then(fetchFirstScreen);
  const cards = document.querySelector("news-card") !== null;
  let generation = 0;
  runtime.restart = async () => start(await module, ++generation);
  Promise.all([module, firstGlue])
    .then(async ([m]) => {
      if (cards) {
        await nextTask();
        warmIntl();
        await nextTask();
      }
      return start(m, 0);
    })
    .catch((error) => {
      // The cards show their fallback content for good (and give back any box a page's
      // news-card-reserve.css reserved for them).
      console.error("news-card: the widget could not be loaded", error);
      firstGlue.then(() => runtime.giveUp?.(), () => {});
    });
}
