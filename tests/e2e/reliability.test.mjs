// Reliability end to end (SECURITY.md): one card can never take the others down, bloat the
// page or go blank. The release bundle in dist/, in Debian's Chromium, against a server on
// 127.0.0.1 that misbehaves on purpose.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { createServer as createNetServer } from "node:net";
import { serve } from "./server.mjs";
import { launch, openPage, recordWasmInstances } from "./browser.mjs";

/**
 * In the page: how many times the widget was started again (each start is a new instance of its
 * module, the one with a memory; another wasm on the page exports none).
 */
const RESTARTS = "window.__wasm.filter((instance) => instance.exports.memory).length - 1";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const articles = join(root, "static", "articles");
const fixtures = join(root, "tests", "e2e", "fixtures");

const SEED_TITLE =
  "Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated";
const MIB = 1024 * 1024;

let seed;
let server;
let browser;
const flaky = { failures: 0, requests: 0 };
const counts = {};

/** This server under another origin's name. */
const otherOrigin = () => server.url.replace("127.0.0.1", "localhost");

function count(path) {
  counts[path] = (counts[path] || 0) + 1;
}

before(async () => {
  seed = JSON.parse(await readFile(join(articles, "seed.json"), "utf8"));
  const html = await readFile(join(fixtures, "reliability.html"), "utf8");
  const huge = Buffer.alloc(MIB, " ");
  server = await serve(
    { "/news-card/": dist, "/articles/": articles, "/fixtures/": fixtures },
    {
      headers: (path) =>
        path === "/csp.html"
          ? { "content-security-policy": "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src https: data:; connect-src 'self'" }
          : path === "/trusted-types.html"
          ? {
              "content-security-policy":
                "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src https: data:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
            }
          : {},
      pages: {
        "/page.html": html,
        "/trusted-types.html": html,
        // A card on the page from the start (fetched early by the loader) whose article is on an
        // origin the page's policy does not allow (localhost is not 127.0.0.1).
        "/csp.html": () =>
          html.replace('<main id="cards">', `<main id="cards"><news-card id="early" loading="eager" src="${otherOrigin()}/articles/seed.json"></news-card>`),
      },
      routes: {
        // The first `flaky.failures` requests answer 503, then the seed.
        "/flaky.json": (req, res) => {
          flaky.requests++;
          if (flaky.requests <= flaky.failures) return res.writeHead(503, { "content-type": "text/plain" }).end("busy");
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(seed));
        },
        // The seed with a key the page's test fault (below) traps on, a moment late.
        "/poison.json": (req, res) => {
          count("/poison.json");
          const body = JSON.stringify({ ...seed, "x-trap": true });
          setTimeout(() => res.writeHead(200, { "content-type": "application/json" }).end(body), 150);
        },
        "/gone.json": (req, res) => {
          count("/gone.json");
          res.writeHead(404).end("no");
        },
        "/slow-down.json": (req, res) => {
          count("/slow-down.json");
          if (counts["/slow-down.json"] === 1) return res.writeHead(429, { "retry-after": "1" }).end();
          res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(seed));
        },
        // 50 MB without Content-Length, streamed until the client hangs up.
        "/huge.json": (req, res) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.write('{"title":"');
          let sent = 0;
          const pump = () => {
            while (sent < 50 && !res.destroyed) {
              sent++;
              if (!res.write(huge)) return res.once("drain", pump);
            }
            if (!res.destroyed) res.end('"}');
          };
          pump();
        },
        // 50 KB on the wire that inflate to 50 MB: Content-Length passes, the decoded count does not.
        "/bomb.json": (req, res) => {
          const body = gzipSync(Buffer.concat([Buffer.from('{"title":"'), Buffer.alloc(50 * MIB, " "), Buffer.from('"}')]));
          res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": body.length });
          res.end(body);
        },
      },
    },
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path = "/page.html") {
  const opened = await openPage(browser);
  await opened.page.addInitScript(recordWasmInstances);
  await opened.page.addInitScript(() => {
    window.__events = [];
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    for (const type of ["news-card:load", "news-card:error"]) {
      document.addEventListener(type, (e) => window.__events.push({ type: e.type, id: e.target.id, detail: e.detail }));
    }
  });
  await opened.page.goto(server.url + path);
  return opened;
}

/** Adds a card with `attributes` (and `article`, set as a property) and returns its id. */
async function addCard(page, id, attributes = {}, article) {
  await page.evaluate(
    ([id, attributes, article]) => {
      const card = document.createElement("news-card");
      card.id = id;
      card.setAttribute("loading", "eager");
      for (const [k, v] of Object.entries(attributes)) card.setAttribute(k, v);
      if (article) card.article = article;
      const fallback = document.createElement("a");
      fallback.href = "https://example.org/";
      fallback.textContent = `fallback of ${id}`;
      card.append(fallback);
      document.getElementById("cards").append(card);
    },
    [id, attributes, article],
  );
  return id;
}

const titleOf = (page, id) => page.locator(`#${id} h2.title`).textContent({ timeout: 15_000 });
// The error's kind, on the panel or (when the card shows its own fallback link) on the slot.
const errorOf = (page, id) => page.locator(`#${id} [data-error]`).getAttribute("data-error", { timeout: 15_000 });
const wasmMemory = (page) => page.evaluate(() => window.__wasm.findLast((i) => i.exports.memory).exports.memory.buffer.byteLength);

/** Three healthy cards: fetched, inline-property and another fetched. */
async function healthyCards(page) {
  await addCard(page, "a", { src: "/articles/seed.json" });
  await addCard(page, "b", {}, { title: "Second card", webUrl: "https://example.org/b" });
  await addCard(page, "c", { src: "/articles/2019-12-18-ai-skills-among-the-most-in-demand-for-2020.json" });
  assert.equal(await titleOf(page, "a"), SEED_TITLE);
  assert.equal(await titleOf(page, "b"), "Second card");
  assert.equal(await titleOf(page, "c"), "AI Skills Among the Most In-Demand For 2020");
}

/** The other cards still show, and a card added afterwards renders. */
async function othersStillWork(page, except, changed = {}) {
  const expected = { a: SEED_TITLE, b: "Second card", c: "AI Skills Among the Most In-Demand For 2020", ...changed };
  for (const [id, title] of Object.entries(expected)) if (id !== except) assert.equal(await titleOf(page, id), title, id);
  await addCard(page, "later", {}, { title: "Added afterwards", webUrl: "https://example.org/later" });
  assert.equal(await titleOf(page, "later"), "Added afterwards");
  // An attribute change on a surviving card still reaches it.
  const survivor = except === "b" ? "a" : "b";
  await page.evaluate((id) => document.getElementById(id).setAttribute("related", "none"), survivor);
}

/**
 * Takes the nodes out from under card `id`'s article, then makes it insert a node before one
 * of them: Yew's `insert_before` then fails and panics. (`target="_blank"` puts the new-tab
 * note in before the related stories, which are no longer there.)
 */
async function breakCard(page, id) {
  await page.evaluate(
    ([id, seed]) => {
      const card = document.getElementById(id);
      card.setAttribute("target", "_self");
      card.article = seed;
    },
    [id, seed],
  );
  await page.waitForFunction((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root.querySelector(".related") && !root.querySelector("#new-tab");
  }, id);
  await page.evaluate(
    ([id, seed]) => {
      const card = document.getElementById(id);
      card.shadowRoot.querySelector("article").replaceChildren();
      card.setAttribute("target", "_blank");
    },
    [id, seed],
  );
}

test("a page script that breaks one card's shadow DOM does not take the other cards down", async () => {
  const { context, page } = await open();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await healthyCards(page);
  // What DOM-patching scripts do: take nodes out from under the card, then the card re-renders
  // (a new node must go in before one that is no longer there).
  await breakCard(page, "b");
  // The widget restarts; the broken card itself is mounted again, fresh.
  await page.waitForFunction(`${RESTARTS} >= 1`, null, { timeout: 10_000 });
  assert.equal(await titleOf(page, "b"), SEED_TITLE);
  await othersStillWork(page, "b");
  const internal = consoleErrors.filter((e) => e.startsWith("news-card: internal error"));
  assert.equal(internal.length, 1, `logged once: ${consoleErrors.join("\n")}`);
  // The release build aborts at once (scripts/release.sh): no message, but the card it blames.
  assert.match(internal[0], /while drawing <news-card id="b">/, "the log names the card it was drawing");
  assert.doesNotMatch(internal[0], /\/root\/|\/home\//, "no build machine path in the log");
  await context.close();
});

test("a card that keeps breaking shows its fallback; the others keep working", async () => {
  const { context, page } = await open();
  await healthyCards(page);
  for (let round = 1; round <= 2; round++) {
    await page.locator("#b h2.title").waitFor({ timeout: 10_000 });
    await breakCard(page, "b");
    await page.waitForFunction(`${RESTARTS} >= ${round}`, null, { timeout: 10_000 });
  }
  // Twice blamed: its own fallback link shows, through a slot.
  await page.waitForFunction(() => document.getElementById("b").shadowRoot.querySelector("slot") !== null);
  assert.equal(await page.locator("#b a").first().isVisible(), true);
  await othersStillWork(page, "b");
  await context.close();
});

test("a crash while converting an article strikes its own card, not the card marked last", async () => {
  const { context, page } = await open();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  // The test's fault: converting an object with the key "x-trap" throws a wasm trap's error out
  // of the wasm (the conversion walks each object with Object.entries), as a real trap would.
  await page.evaluate(() => {
    const entries = Object.entries;
    Object.entries = (o) => {
      if (o && Object.hasOwn(o, "x-trap")) throw new WebAssembly.RuntimeError("unreachable");
      return entries(o);
    };
  });
  await healthyCards(page);
  await addCard(page, "poison", { src: "/poison.json" });
  // While its article is on the way, another card does some work: it must not take the blame.
  await page.evaluate(() => document.getElementById("a").setAttribute("related", "list"));
  // Struck twice, the poison card shows its fallback; no card else is struck, and the page
  // stops restarting there (before: every restart blamed card "a", then others, five in all).
  await page.waitForFunction(`${RESTARTS} >= 2`, null, { timeout: 15_000 });
  await page.waitForFunction(() => document.getElementById("poison").shadowRoot?.querySelector("slot") !== null);
  assert.equal(await page.locator("#poison a").first().isVisible(), true);
  await othersStillWork(page, "poison");
  assert.equal(await page.evaluate(RESTARTS), 2);
  const internal = consoleErrors.filter((e) => e.startsWith("news-card: internal error"));
  assert.equal(internal.length, 2, internal.join("\n"));
  for (const line of internal) assert.match(line, /while drawing <news-card id="poison" src="\/poison.json">/);
  await context.close();
});

test("a request the page's CSP blocks is not retried, and the console names the directive and URL", async () => {
  const { context, page } = await open("/csp.html");
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const late = `${otherOrigin()}/articles/2019-12-18-ai-skills-among-the-most-in-demand-for-2020.json`;
  await addCard(page, "late", { src: late });
  const errorOf = (id) =>
    page.waitForFunction((id) => window.__events.find((e) => e.id === id && e.type === "news-card:error")?.detail, id, { timeout: 15_000 }).then((h) => h.jsonValue());
  for (const [id, url] of [["early", `${otherOrigin()}/articles/seed.json`], ["late", late]]) {
    const detail = await errorOf(id);
    assert.equal(detail.kind, "blocked");
    assert.equal(detail.message, "The page's Content-Security-Policy blocked the request (connect-src)");
    assert.equal(detail.url, url);
    // No Retry: trying again cannot help.
    assert.equal(await page.locator(`#${id} button`).count(), 0);
    assert.ok(warnings.some((w) => w.startsWith(`news-card: The page's Content-Security-Policy blocked the request (connect-src): ${url} [blocked]`)), warnings.join("\n"));
  }
  // Past the first back-off (about a second): no more tries (before: four each). The card in
  // the page asked twice: the loader's early fetch, made before the widget's runtime was there
  // to see a violation, then its own first try, which saw it. The card added later was
  // fetched early by the runtime, which saw the violation: once.
  await page.waitForTimeout(2500);
  const violations = await page.evaluate(() => window.__violations);
  assert.equal(violations.filter((v) => v === `connect-src ${otherOrigin()}/articles/seed.json`).length, 2, violations.join("\n"));
  assert.equal(violations.filter((v) => v === `connect-src ${late}`).length, 1, violations.join("\n"));
  assert.equal(violations.length, 3, violations.join("\n"));
  await context.close();
});

test("a network fault is not taken for a blocked request: it is retried and called a network error", async () => {
  const { context, page } = await open();
  // A port nobody listens on: the connection is refused.
  const closed = await new Promise((resolve) => {
    const probe = createNetServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const url = `http://127.0.0.1:${closed}/article.json`;
  await addCard(page, "down", { src: url });
  const detail = await page
    .waitForFunction(() => window.__events.find((e) => e.id === "down" && e.type === "news-card:error")?.detail, null, { timeout: 15_000 })
    .then((h) => h.jsonValue());
  assert.equal(detail.kind, "network");
  assert.equal(detail.url, url);
  await context.close();
});

test("a trap in another wasm module on the page is not taken for the widget's crash", async () => {
  const { context, page } = await open();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await healthyCards(page);
  // (module (func (export "f") unreachable)), called from a timer and from a promise: both
  // traps reach the page's error handlers uncaught, as a crash of the widget's own would.
  await page.evaluate(async () => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const { instance } = await WebAssembly.instantiate(bytes);
    setTimeout(() => instance.exports.f(), 0);
    Promise.resolve().then(() => instance.exports.f());
    await new Promise((done) => setTimeout(done, 300));
  });
  assert.equal(await page.evaluate(RESTARTS), 0, "no restart");
  assert.deepEqual(consoleErrors.filter((e) => e.startsWith("news-card:")), []);
  await othersStillWork(page);
  await context.close();
});

test("an article with a throwing getter is an error for that card only, and the card stays usable", async () => {
  const { context, page } = await open();
  await healthyCards(page);
  const thrown = await page.evaluate(() => {
    try {
      document.getElementById("b").article = {
        get title() {
          throw new Error("hostile getter");
        },
      };
      return null;
    } catch (e) {
      return String(e);
    }
  });
  assert.equal(thrown, null, "assigning the article does not throw into the page");
  assert.equal(await errorOf(page, "b"), "not-an-article");
  assert.equal(await page.locator("#b .retry").count(), 0, "no Retry for property data");
  // The card is still in the registry: a later article and attributes reach it.
  await page.evaluate(() => (document.getElementById("b").article = { title: "Fixed", webUrl: "https://example.org/fixed" }));
  assert.equal(await titleOf(page, "b"), "Fixed");
  await page.evaluate(() => {
    const cyclic = { title: "cycle" };
    cyclic.self = cyclic;
    document.getElementById("a").article = cyclic;
  });
  assert.equal(await errorOf(page, "a"), "not-an-article");
  await othersStillWork(page, "a", { b: "Fixed" });
  await context.close();
});

test("a page whose fetch wrapper answers nonsense breaks only the cards it answers", async () => {
  const { context, page } = await open();
  await healthyCards(page);
  await page.evaluate(() => {
    const real = window.fetch;
    window.fetch = (input, init) => {
      const url = typeof input === "string" ? input : input.url;
      if (url.includes("wrapped")) return Promise.resolve({ ok: true, status: 200, json: async () => ({}) });
      if (url.includes("throwing")) throw new TypeError("wrapper bug");
      return real(input, init);
    };
  });
  await addCard(page, "wrapped", { src: "/articles/wrapped.json" });
  await addCard(page, "throwing", { src: "/articles/throwing.json" });
  assert.equal(await errorOf(page, "wrapped"), "network");
  assert.equal(await errorOf(page, "throwing"), "network");
  await othersStillWork(page);
  await context.close();
});

test("a 50 MB body, a gzip bomb and oversized inline data are refused with wasm memory under 8 MB", async () => {
  const { context, page } = await open();
  await healthyCards(page);
  const before = await wasmMemory(page);
  await addCard(page, "huge", { src: "/huge.json" });
  await addCard(page, "bomb", { src: "/bomb.json" });
  assert.equal(await errorOf(page, "huge"), "too-large");
  assert.equal(await errorOf(page, "bomb"), "too-large");
  await page.evaluate((mib) => {
    const big = { title: "big", excerpt: "x".repeat(2 * mib) };
    const card = document.createElement("news-card");
    card.id = "big-property";
    card.article = big;
    const inline = document.createElement("news-card");
    inline.id = "big-inline";
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = JSON.stringify(big);
    inline.append(script);
    document.getElementById("cards").append(card, inline);
  }, MIB);
  assert.equal(await errorOf(page, "big-property"), "too-large");
  assert.equal(await errorOf(page, "big-inline"), "too-large");
  const afterBytes = await wasmMemory(page);
  console.log(`wasm memory: ${before} bytes before, ${afterBytes} after the 50 MB body and the others`);
  assert.ok(afterBytes < 8 * MIB, `wasm memory ${afterBytes} bytes`);
  await othersStillWork(page);
  await context.close();
});

test("long lists are capped: 12 topics, 20 related stories, a short dropped list", async () => {
  const { context, page } = await open();
  const article = {
    ...seed,
    topics: Array.from({ length: 100_000 }, (_, i) => `t${i}`),
    // Each shown story carries four unusable images: 80 dropped fields, more than are listed.
    related: Array.from({ length: 500 }, () => ({
      title: "Related",
      webUrl: "https://example.org/r",
      images: Array.from({ length: 4 }, () => ({ url: "javascript:alert(1)" })),
    })),
    images: Array.from({ length: 50 }, () => ({ url: "javascript:alert(1)" })),
  };
  assert.ok(JSON.stringify(article).length < MIB, "within the size limit, so the caps are what acts");
  await addCard(page, "lists", {}, article);
  assert.equal(await titleOf(page, "lists"), SEED_TITLE);
  const measured = await page.evaluate(() => {
    const root = document.getElementById("lists").shadowRoot;
    return {
      chips: root.querySelectorAll(".chip").length,
      slides: root.querySelectorAll(".slide").length,
      dropped: root.querySelector("article").getAttribute("data-dropped"),
    };
  });
  assert.equal(measured.chips, 12);
  assert.equal(measured.slides, 20);
  assert.ok(measured.dropped.length < 2_000, `data-dropped is ${measured.dropped.length} characters`);
  assert.match(measured.dropped, /topics\[12\.\.\]: 100000 items/);
  assert.match(measured.dropped, /…and \d+ more$/);
  await context.close();
});

test("a flaky server is retried with back-off: the card loads without the reader doing anything", async () => {
  const { context, page } = await open();
  flaky.requests = 0;
  flaky.failures = 2;
  await addCard(page, "flaky", { src: "/flaky.json" });
  // The skeleton shows while a retry is pending, never the panel.
  await page.locator("#flaky .skeleton").waitFor();
  assert.equal(await titleOf(page, "flaky"), SEED_TITLE);
  assert.equal(flaky.requests, 3);
  const events = await page.evaluate(() => window.__events.filter((e) => e.id === "flaky").map((e) => e.type));
  assert.deepEqual(events, ["news-card:load"], "no error event on the way");

  // Three failures in a row: the panel, with Retry, after the last try.
  flaky.requests = 0;
  flaky.failures = 3;
  await addCard(page, "down", { src: "/flaky.json", fallback: "panel" });
  assert.equal(await errorOf(page, "down"), "server");
  assert.equal(flaky.requests, 3);
  assert.equal(await page.locator("#down .retry").count(), 1);

  // Not retried: a 404. Retried when told when: 429 with Retry-After.
  await addCard(page, "gone", { src: "/gone.json" });
  assert.equal(await errorOf(page, "gone"), "not-found");
  assert.equal(counts["/gone.json"], 1);
  await addCard(page, "slow", { src: "/slow-down.json" });
  assert.equal(await titleOf(page, "slow"), SEED_TITLE);
  assert.equal(counts["/slow-down.json"], 2);
  await context.close();
});

test("the card works under Trusted Types (require-trusted-types-for 'script')", async () => {
  const { context, page, log } = await open("/trusted-types.html");
  await healthyCards(page);
  // Removed and inserted again: its shadow root is cleared without an HTML string.
  await page.evaluate(() => {
    const card = document.getElementById("a");
    card.remove();
    document.getElementById("cards").append(card);
  });
  assert.equal(await titleOf(page, "a"), SEED_TITLE);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

// Text-only cards (headline, excerpt, byline, date, topics, from the `article` property): the
// registry, the data cache, the event dispatch and Yew's app lifecycle stay within 1 MB over
// 1,000 cycles (last run: about 0.5 MB of each, see SECURITY.md).
// Cards that render images or a carousel still leak about 1 KB of wasm memory and 1 KB of JS
// heap per removal (a state handle captured by a DOM listener outlives the destroyed app; the
// build before this work did the same). SECURITY.md lists it; the issue stays open for it.
for (const [kind, strip] of [
  ["text cards", true],
  ["full cards (hero image, logo, carousel)", false],
]) {
  test(`1,000 mount/unmount cycles of ${kind} leave the JS heap and wasm memory flat`, async () => {
    const { context, page } = await open();
    const cdp = await context.newCDPSession(page);
    await page.waitForFunction(() => window.__wasm.length > 0);
    const cycles = (n) =>
      page.evaluate(
        async ([n, article, strip]) => {
          const host = document.getElementById("cards");
          for (let i = 0; i < n; i++) {
            const card = document.createElement("news-card");
            const loaded = new Promise((resolve) => card.addEventListener("news-card:load", resolve, { once: true }));
            const title = `Churn ${i}`;
            card.article = strip ? { ...article, title, images: [], related: [] } : { ...article, title };
            host.append(card);
            await loaded;
            card.remove();
            // Removal takes effect at the next microtask (a card moved in one task is kept).
            await Promise.resolve();
          }
          // Let Yew run the renders it scheduled.
          await new Promise((resolve) => setTimeout(resolve, 50));
        },
        [n, seed, strip],
      );
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      const { usedSize } = await cdp.send("Runtime.getHeapUsage");
      return usedSize;
    };
    await cycles(100);
    const heapBefore = await heap();
    const wasmBefore = await wasmMemory(page);
    await cycles(1_000);
    const heapAfter = await heap();
    const wasmAfter = await wasmMemory(page);
    console.log(`churn of ${kind}: JS heap ${heapBefore} -> ${heapAfter} bytes, wasm ${wasmBefore} -> ${wasmAfter} bytes`);
    assert.ok(heapAfter - heapBefore < MIB, `JS heap grew ${heapAfter - heapBefore} bytes`);
    assert.ok(wasmAfter - wasmBefore < MIB, `wasm memory grew ${wasmAfter - wasmBefore} bytes`);
    assert.equal(await page.locator("news-card").count(), 0);
    await context.close();
  });
}
