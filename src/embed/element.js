// The <news-card> custom element. Its lifecycle callbacks hand the element to the wasm, which
// renders the card into its shadow root. Kept in JS because custom elements must be classes
// extending HTMLElement, which Rust cannot declare.
//
// The element is defined as soon as this module runs (the loader imports the glue, and with it
// this module, while the wasm still compiles), so frameworks that render first see its
// properties (`article`) and set them as properties, not as attributes. Cards wait, showing
// their own children, until an instance is ready (define_news_card) and are then mounted.
//
// This module outlives a wasm instance. Every instance's glue imports it from the same URL, so
// there is one copy per page: when an instance dies (a panic aborts it), the loader starts a
// fresh one, which calls define_news_card again; the element class stays, its callbacks now go
// to the new instance, and every live card is mounted again.

/** Restarts after which a page gives up and every card shows its fallback content. */
const MAX_RESTARTS = 5;
/** Panics while rendering one card after which that card shows its fallback content. */
const MAX_STRIKES = 2;
/** What the loader (news-card.js) and this module share: `restart()` and `instance`. */
const RUNTIME = Symbol.for("news-card");

/**
 * The attributes a card observes; each is mirrored by a camel-case property (`maxRelated`).
 * The same names as `model::config::ATTRIBUTES` in Rust, which reads them (a native test in
 * tests/model.rs keeps the two lists equal).
 */
const ATTRIBUTES = ["src", "theme", "layout", "locale", "link", "target", "related", "max-related", "loading", "heading-level", "fallback", "dates"];
const properties = new Map(ATTRIBUTES.map((a) => [a.replace(/-([a-z])/g, (_, c) => c.toUpperCase()), a]));

// "loading": the first instance is on its way, cards wait; "running": `handlers` is the live
// instance; "restarting": a fresh one is on its way; "dead": no instance will come, cards show
// their fallback.
let state = "loading";
let handlers = null;
let restarts = 0;
let version = "";
const live = new Set();
const strikes = new WeakMap();

// One observer for every card on the page: a lazy card fetches when it comes within 200px of
// the viewport.
let observer = null;

// Relative dates ("5 minutes ago") move on: one timer for the page, running while any card is
// connected, re-reads the cards on screen once a minute. The wasm re-renders a card only when
// its words can have changed; cards off screen or removed cost nothing.
const REFRESH_MS = 60_000;
let onScreen = null;
let ticker = 0;

function trackScreen(element) {
  try {
    if (!onScreen) {
      onScreen = new IntersectionObserver((entries) => {
        for (const entry of entries) entry.target._newsCardOnScreen = entry.isIntersecting;
      });
    }
    onScreen.observe(element);
  } catch {
    element._newsCardOnScreen = true;
  }
  if (!ticker) ticker = setInterval(tick, REFRESH_MS);
}

function tick() {
  if (live.size === 0) {
    clearInterval(ticker);
    ticker = 0;
    return;
  }
  for (const element of live) {
    if (element._newsCardOnScreen) call("changed", element, isVisible(element));
  }
}

// Calls the live instance for `element`, unless the instance is gone or the card is blocked.
function call(name, element, ...args) {
  if (state !== "running" || !handlers || blocked(element)) return;
  // Yew renders what this asks for in a microtask: until something else marks a card, a crash
  // then is this card's.
  drawing = element;
  try {
    handlers[name](element, ...args);
  } catch (error) {
    // A wasm trap is a panic (reported already where the panic hook ran); anything else is
    // a bug worth seeing, but never the page's problem.
    if (error instanceof WebAssembly.RuntimeError) crashed(error);
    else console.error("news-card:", error);
  }
}

// The card the live instance is drawing (set before each render: by `call`, and by the wasm where
// its own events and loads ask for a render), blamed for a crash.
let drawing = null;

/** Notes that the wasm is drawing `host`'s card (src/platform/rendering.rs). */
export function mark_drawing(host) {
  drawing = host;
}

// A panic in the release build is a bare wasm trap (it aborts at once: scripts/release.sh),
// thrown out of whatever entered the wasm: a call from this module (`call` above), or one of
// the instance's callbacks run by the browser (an event listener, a promise reaction, a
// microtask), where it surfaces here. The glue's file name in the stack says it is this
// widget's: a trap of another wasm on the page is not ours to handle.
function onUncaught(error) {
  if (error instanceof WebAssembly.RuntimeError && /news-card-wasm[^/\s]*\.(js|wasm)/.test(String(error.stack))) {
    crashed(error);
  }
}
addEventListener("error", (event) => onUncaught(event.error));
addEventListener("unhandledrejection", (event) => onUncaught(event.reason));

function crashed(error) {
  report_panic(`${error.message || "wasm trap"}${describe(drawing)}`);
}

/** " while drawing <news-card id=… src=…>", naming the card for the site owner's log. */
function describe(host) {
  if (!host) return "";
  const attributes = ["id", "src"].filter((a) => host.hasAttribute(a)).map((a) => ` ${a}="${host.getAttribute(a)}"`);
  return ` while drawing <news-card${attributes.join("")}>`;
}

function blocked(element) {
  return (strikes.get(element) || 0) >= MAX_STRIKES;
}

/**
 * Whether `element` is on screen, as the page's refresh observer last saw it; `true` until it
 * has looked. A card still loading draws its skeleton only there.
 */
export function on_screen(element) {
  return element._newsCardOnScreen !== false;
}

/**
 * Sets the element's `:state(mounted)`: on while its shadow root shows the widget's skeleton,
 * card or error, or the fallback for good. A page's reservation stylesheet
 * (news-card-reserve.css) keeps a card's box until then. Called by the card once it has
 * rendered (so the box never empties for a frame), and here.
 */
export function set_mounted(element, on) {
  try {
    const states = element._newsCardStates;
    if (states) on ? states.add("mounted") : states.delete("mounted");
  } catch {
    // A browser without custom states: the reservation stylesheet does not apply there either.
  }
}

/** Shows the host's own children (the site owner's fallback link) instead of a card. */
function showFallback(element) {
  set_mounted(element, true);
  try {
    const root = element.shadowRoot;
    if (root) root.replaceChildren(document.createElement("slot"));
  } catch {
    // A page that replaced DOM methods: nothing more to do for this card.
  }
}

function watch(element) {
  if (element._newsCardVisible) return;
  try {
    if (typeof IntersectionObserver !== "function") {
      element._newsCardVisible = true;
      return;
    }
    if (!observer) {
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            const card = entry.target;
            observer.unobserve(card);
            card._newsCardVisible = true;
            prefetch(card);
            if (card.isConnected) update(card);
          }
        },
        { rootMargin: "200px" },
      );
    }
    observer.observe(element);
  } catch {
    element._newsCardVisible = true;
  }
}

/** The `src` a card will fetch, trimmed; "" when it has none or data of its own. */
function fetchedSrc(element) {
  if (element._newsCardArticle != null || card_data(element)[1] !== undefined) return "";
  return (element.getAttribute("src") || "").trim();
}

function isEager(element) {
  return (element.getAttribute("loading") || "").trim().toLowerCase() === "eager";
}

/**
 * While the first instance is still on its way, starts the article fetch of a card that is to
 * load now (eager, or near the viewport), so that the article and the wasm arrive together;
 * the card's first try takes the answer (fetch.js). Cards with their own data fetch nothing.
 */
function prefetch(element) {
  if (state === "loading" && element.isConnected && !jobs.has(element)) later(element, "prefetch");
}

/** Starts the early fetch `prefetch` queued, unless the card no longer needs it. */
function prefetchNow(element) {
  if (state !== "loading" || !element.isConnected) return;
  const src = fetchedSrc(element);
  const prefetcher = globalThis[RUNTIME]?.prefetch;
  if (!src || typeof prefetcher !== "function") return;
  try {
    prefetcher(new URL(src, document.baseURI).href, element.getAttribute("src"));
  } catch {
    // Not a URL: the card reports it when it mounts.
  }
}

/**
 * Mounts the card, now or through the queue (below), unless it waits to come near. A card
 * connected on its own mounts at once (its shadow root is there when the page looks right
 * after inserting it); cards connected many at a time, or `queued`, go through the queue.
 */
function mount(element, queued = false) {
  if (state === "dead" || blocked(element)) showFallback(element);
  else if (state === "running" && !element._newsCardMounted && !waitsFar(element)) {
    if (!queued && !jobs.size && taskMounts < MOUNTS_PER_TASK && mountsThisFrame < MOUNTS_PER_FRAME) {
      if (!taskMounts++) setTimeout(() => (taskMounts = 0), 0);
      spendMount();
      mountNow(element);
    } else later(element, "mount");
  }
}

/** Mounts a card `mount` queued, if it still waits for that. */
function mountNow(element) {
  if (state !== "running" || element._newsCardMounted || !element.isConnected || !live.has(element)) return;
  if (blocked(element)) return showFallback(element);
  element._newsCardMounted = true;
  call("connected", element, isVisible(element));
}

/** Whether the card has come within 200px of the viewport, as the observer or the loader saw it. */
function isVisible(element) {
  return element._newsCardVisible === true;
}

// Work for many cards is paced, so that no task of the page's runs long. A card's mount (its
// Yew app, and its first render when its data is inline) costs one to three milliseconds, an
// early fetch about one, and drawing an article about two, then its layout in the next frame;
// the first mount and the first draw also compile the wasm code they run (V8 compiles each
// function when first called): 30 ms more. A page of a hundred eager cards would otherwise
// start every fetch in the task that defines the element, mount every card in the task where
// the wasm starts, and draw and lay out whatever arrived together in one frame: 50–200 ms
// each. So the work is queued and done a little per task (a message to ourselves, which no
// timer clamps), in document order: early fetches for up to TASK_MS, mounts MOUNTS_PER_TASK
// at a time, and the articles that arrived (each card waits for `draw_slot` to draw them)
// DRAWS_PER_TASK at a time; the very first mount and draw each alone. A frame lays out at most
// MOUNTS_PER_FRAME new cards and DRAWS_PER_FRAME new articles; the rest wait for the next.
const MOUNTS_PER_TASK = 2;
const MOUNTS_PER_FRAME = 6;
const DRAWS_PER_TASK = 2;
const DRAWS_PER_FRAME = 4;
const TASK_MS = 8;
/** card -> "prefetch" | "mount", in the order queued; a mount takes the place of a prefetch. */
const jobs = new Map();
/** The articles waiting to be drawn: each the resolve of the promise `draw_slot` returned. */
const draws = [];
let pacer = null;
let scheduled = false;
let mountsThisFrame = 0;
let drawsThisFrame = 0;
let frameArmed = false;
let mountedOnce = false;
let drawnOnce = false;
/** Cards mounted at once (not queued) in this task. */
let taskMounts = 0;

function later(element, job) {
  if (job === "mount") jobs.delete(element);
  jobs.set(element, job);
  more();
}

/** Resolves, in a task of its own, when a card may draw the article it just loaded. */
export function draw_slot() {
  return new Promise((resolve) => {
    draws.push(resolve);
    more();
  });
}

/** Queues the next slice, if there is work this frame has room for. */
function more() {
  if (scheduled) return;
  const next = jobs.values().next().value;
  const runnable =
    (draws.length > 0 && drawsThisFrame < DRAWS_PER_FRAME) ||
    next === "prefetch" ||
    (next === "mount" && mountsThisFrame < MOUNTS_PER_FRAME);
  if (!runnable) return;
  scheduled = true;
  try {
    if (!pacer) {
      pacer = new MessageChannel();
      pacer.port1.onmessage = slice;
    }
    pacer.port2.postMessage(null);
  } catch {
    setTimeout(slice, 0);
  }
}

function slice() {
  scheduled = false;
  if (draws.length && drawsThisFrame < DRAWS_PER_FRAME) {
    const n = Math.min(drawnOnce ? DRAWS_PER_TASK : 1, DRAWS_PER_FRAME - drawsThisFrame);
    drawnOnce = true;
    drawsThisFrame += n;
    awaitFrame();
    for (const resolve of draws.splice(0, n)) resolve();
  } else {
    const start = performance.now();
    let mounts = 0;
    for (const [element, job] of jobs) {
      if (job === "mount") {
        if (mounts >= (mountedOnce ? MOUNTS_PER_TASK : 1) || mountsThisFrame >= MOUNTS_PER_FRAME) break;
        mounts++;
        spendMount();
      }
      jobs.delete(element);
      if (job === "mount") mountNow(element);
      else prefetchNow(element);
      if (performance.now() - start > TASK_MS) break;
    }
  }
  more();
}

/** Counts a mount against this frame's room (the frame that lays it out makes room again). */
function spendMount() {
  mountsThisFrame++;
  mountedOnce = true;
  awaitFrame();
}

/**
 * Makes room again at the next frame. A hidden page has no frames (nor layout to spread), so
 * there a timer does it; a timer also ends a frame that never comes after the page hid.
 */
function awaitFrame() {
  if (frameArmed) return;
  frameArmed = true;
  let timer = 0;
  const framed = () => {
    clearTimeout(timer);
    if (!frameArmed) return;
    frameArmed = false;
    mountsThisFrame = 0;
    drawsThisFrame = 0;
    more();
  };
  timer = setTimeout(framed, document.hidden ? 0 : 1000);
  requestAnimationFrame(framed);
}

/** Tells the instance that the card's data or options changed; mounts it if it waited. */
function update(element) {
  if (element._newsCardMounted) call("changed", element, isVisible(element));
  else mount(element);
}

// A lazy card that fetches its article mounts (its Yew app and skeleton) only once it comes
// within three screens of the viewport: a page of a thousand cards builds the few a reader can
// reach soon, and the rest show their own children until then.
let nearObserver = null;

/**
 * A card within three screens of the viewport, or one that does not wait: watched for coming
 * into view (and the refresh of its dates), and mounted. A far card is in one observer only,
 * so a page of a thousand cards costs one intersection test per card and frame, not three.
 */
function near(element) {
  watch(element);
  if (isEager(element) || element._newsCardVisible) prefetch(element);
  trackScreen(element);
  mount(element);
}

/** Whether `element` waits to come near before it mounts (and starts watching it if so). */
function waitsFar(element) {
  // The loader found it within 200px of the viewport as the page started (the observer's
  // rule): no frame to wait for the observers to say so. Once only: a card moved later is
  // watched again.
  if (globalThis[RUNTIME]?.inView?.delete(element)) element._newsCardVisible = true;
  element._newsCardFar = false;
  if (element._newsCardNear || element._newsCardVisible || isEager(element) || !fetchedSrc(element)) return false;
  try {
    if (!nearObserver) {
      nearObserver = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            nearObserver.unobserve(entry.target);
            entry.target._newsCardNear = true;
            entry.target._newsCardFar = false;
            if (entry.target.isConnected) near(entry.target);
          }
        },
        { rootMargin: "300% 0px" },
      );
    }
    nearObserver.observe(element);
    element._newsCardFar = true;
    return true;
  } catch {
    return false;
  }
}

/**
 * Called by the panic hook of a dying instance before it aborts (builds where panics format
 * their message), or for a trap of the instance (above): logs once, stops calling into it,
 * blames the card it was drawing, and starts a fresh instance (or, past the limits, shows
 * every card's fallback).
 */
export function report_panic(message) {
  if (state !== "running") return;
  const host = drawing;
  state = "restarting";
  handlers = null;
  if (host) strikes.set(host, (strikes.get(host) || 0) + 1);
  const runtime = globalThis[RUNTIME];
  const canRestart = restarts < MAX_RESTARTS && runtime && typeof runtime.restart === "function";
  console.error(
    `news-card: internal error (${message}); ${canRestart ? "restarting the widget" : "cards show their fallback content"}`,
  );
  setTimeout(() => {
    if (!canRestart) return giveUp();
    restarts++;
    Promise.resolve()
      .then(() => runtime.restart())
      .catch(giveUp);
  }, 0);
}

function giveUp() {
  state = "dead";
  handlers = null;
  for (const element of live) showFallback(element);
}

// The loader calls this when the wasm cannot load at all: cards show their fallback for good.
if (globalThis[RUNTIME]) globalThis[RUNTIME].giveUp = giveUp;

/** Routes the element's callbacks to this instance and mounts every card on the page. */
export function define_news_card(connected, disconnected, changed, widgetVersion) {
  handlers = { connected, disconnected, changed };
  version = widgetVersion;
  state = "running";
  for (const element of live) {
    // A far card waits for the near observer (a page of a thousand cards has many), unless
    // the loader has since found it on the first screen.
    if (element._newsCardFar && !globalThis[RUNTIME]?.inView?.has(element)) continue;
    // A fresh instance after a crash knows no card yet.
    element._newsCardMounted = false;
    // Queued, all of them: the first alone, since it compiles the code every card runs.
    mount(element, true);
  }
}

/** The properties a page may have set on an element before it was upgraded. */
const OWN_PROPERTIES = ["article", ...properties.keys()];

/** The technical detail of a card's failure, for the site owner; readers see a short sentence. */
function warnError(event) {
  const detail = event.detail || {};
  console.warn(`news-card: ${detail.message} [${detail.kind}]`, event.currentTarget);
}

/** Defines <news-card>, unless the page already has one. */
function defineElement() {
  class NewsCardElement extends HTMLElement {
    static get observedAttributes() {
      return ATTRIBUTES;
    }

    constructor() {
      super();
      // Kept cheap: a page of a thousand cards runs this a thousand times as the glue loads.
      // A page (or framework) may have set .article or .src before this script defined the
      // element; those own properties would hide the accessors, so they are taken over when
      // the element connects (a constructor may not set attributes).
      if (Object.getOwnPropertyNames(this).length) {
        for (const name of OWN_PROPERTIES) {
          if (Object.hasOwn(this, name)) {
            (this._newsCardPending ??= []).push([name, this[name]]);
            delete this[name];
          }
        }
      }
      // The shadow root exists from the start (Custom Element Best Practices), or is the one
      // the page's markup declared (a prerendered card): the card is drawn into it. Until it
      // is, a slot shows the element's own children (the site owner's fallback link).
      try {
        if (!this.shadowRoot) this.attachShadow({ mode: "open" }).append(document.createElement("slot"));
      } catch {
        // A page that replaced attachShadow: the wasm tries again when the card connects.
      }
      try {
        this._newsCardStates = this.attachInternals().states;
      } catch {
        this._newsCardStates = null;
      }
      this.addEventListener("news-card:error", warnError);
    }

    /** The widget's version (also on the class: customElements.get("news-card").version). */
    static get version() {
      return version;
    }

    /** Loads the article again (a fresh fetch of `src`, or the data re-read). */
    reload() {
      this._newsCardReloads = (this._newsCardReloads || 0) + 1;
      if (this.isConnected) update(this);
    }

    /** The article as a JS object; setting it renders that article instead of fetching `src`. */
    get article() {
      return this._newsCardArticle;
    }

    set article(value) {
      this._newsCardArticle = value;
      if (this.isConnected) update(this);
    }

    connectedCallback() {
      const pending = this._newsCardPending;
      if (pending) {
        this._newsCardPending = null;
        for (const [name, value] of pending) this[name] = value;
      }
      live.add(this);
      if (!waitsFar(this)) near(this);
      checkMarkup(this);
    }

    disconnectedCallback() {
      // A card moved within the document (frameworks reorder lists this way) is disconnected
      // and connected again in one task: it keeps its card and its data, with no refetch.
      // Only a card still out of the document at the next microtask is taken down.
      queueMicrotask(() => {
        if (this.isConnected) return;
        live.delete(this);
        jobs.delete(this);
        try {
          if (observer) observer.unobserve(this);
          if (onScreen) onScreen.unobserve(this);
        } catch {
          // An observer the page broke: the card is gone anyway.
        }
        // Inserted again later, a lazy card waits to come near the viewport again.
        this._newsCardVisible = false;
        this._newsCardNear = false;
        this._newsCardFar = false;
        try {
          if (nearObserver) nearObserver.unobserve(this);
        } catch {
          // As above.
        }
        set_mounted(this, false);
        if (this._newsCardMounted) {
          this._newsCardMounted = false;
          call("disconnected", this);
        }
      });
    }

    attributeChangedCallback(name, oldValue, newValue) {
      if (oldValue !== newValue && this.isConnected) update(this);
    }
  }

  // Every attribute is mirrored by a property (`maxRelated` for max-related, …); setting
  // `null` or `undefined` removes the attribute.
  for (const [property, attribute] of properties) {
    Object.defineProperty(NewsCardElement.prototype, property, {
      configurable: true,
      enumerable: true,
      get() {
        return this.getAttribute(attribute);
      },
      set(value) {
        if (value === null || value === undefined) this.removeAttribute(attribute);
        else this.setAttribute(attribute, String(value));
      },
    });
  }

  customElements.define("news-card", NewsCardElement);
}

/** Warns once per card about markup that cannot work: no data at all, or a mistyped attribute. */
function checkMarkup(element) {
  if (element._newsCardChecked) return;
  element._newsCardChecked = true;
  for (const name of element.getAttributeNames()) {
    if (ATTRIBUTES.includes(name) || GLOBAL_ATTRIBUTE.test(name)) continue;
    if (name === "article") {
      console.warn('news-card: "article" was set as an attribute; set it as a property (el.article = data), or use src or inline JSON', element);
      continue;
    }
    const near = ATTRIBUTES.find((known) => editDistance(name, known) <= 2);
    if (near) console.warn(`news-card: unknown attribute "${name}"; did you mean "${near}"?`, element);
  }
  if (element.hasAttribute("src")) return;
  setTimeout(() => {
    if (!element.isConnected || element.hasAttribute("src") || element.hasAttribute("article")) return;
    if (element._newsCardArticle != null) return;
    const [, inline] = card_data(element);
    if (inline === undefined) {
      console.warn(
        "news-card: this card has no src attribute, no inline <script type=\"application/json\"> and no article property, so it has nothing to show",
        element,
      );
    }
  }, 1000);
}

const GLOBAL_ATTRIBUTE = /^(id|class|style|hidden|lang|dir|slot|part|title|tabindex|role|translate|is|exportparts|inert|nonce|autofocus|draggable|spellcheck|contenteditable|accesskey|data-.*|aria-.*|on.*)$/;

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

/** The article data the card carries itself: [property, inline script text]. */
export function card_data(host) {
  const article = host._newsCardArticle;
  if (article !== undefined && article !== null) return [article, undefined];
  try {
    for (const child of host.children) {
      if (child.localName !== "script") continue;
      const type = (child.getAttribute("type") || "").trim().toLowerCase();
      if (type === "application/json") return [undefined, child.textContent || ""];
    }
  } catch {
    // Children the page made unreadable: no inline data.
  }
  return [undefined, undefined];
}

/** How many times `reload()` was called on the element. */
export function reloads(host) {
  return host._newsCardReloads || 0;
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

// Last, so that everything above is initialised: elements already in the page upgrade (and
// run their callbacks) inside define().
try {
  if (!customElements.get("news-card")) defineElement();
} catch (error) {
  console.error("news-card: the <news-card> element could not be defined", error);
}
