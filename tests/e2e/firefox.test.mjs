// The release bundle in Debian's Firefox (through geckodriver, plain WebDriver: Playwright only
// drives its own Firefox build). The release build aborts at once on a panic, a bare wasm trap
// that src/embed/runtime/instance.js must recognise from the error's stack; Firefox writes its stacks
// differently from Chromium, so the crash recovery is checked here too.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { RESTARTS } from "./browser.mjs";
import { startReferrerServers, assertReferrersBeforeScrolling, assertReferrersOfTheWasmsFetches, assertFarImageAfterScrolling } from "./referrers.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = join(root, "tests", "e2e", "fixtures");
let server;
let driver;
let port;

/** A port nothing listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function webdriver(method, path, body) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body && JSON.stringify(body),
  });
  const { value } = await response.json();
  if (value?.error) throw new Error(`${value.error}: ${value.message}`);
  return value;
}

/** A page with the seed's card prerendered by `news-card render`, counting load events. */
function prerenderedPage() {
  const card = execFileSync(
    "cargo",
    ["run", "--quiet", "--offline", "--bin", "news-card", "--", "render", "--stylesheet", "/news-card/news-card.css", join(root, "static", "articles", "seed.json")],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>prerendered</title>
<script>window.__loads = 0; document.addEventListener("news-card:load", () => window.__loads++);</script>
<script type="module" src="/news-card/news-card.js"></script></head><body>${card}</body></html>`;
}

/** Cards from what sites publish (issue 21): a page, an RSS feed (newest and by position), an Atom feed. */
function publishedPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>published</title>
<script type="module" src="/news-card/news-card.js"></script></head><body>
<news-card loading="eager" src="/published/story.html"></news-card>
<news-card loading="eager" src="/published/feed.xml"></news-card>
<news-card loading="eager" src="/published/feed.xml" item="2"></news-card>
<news-card loading="eager" src="/atom.xml"></news-card></body></html>`;
}
// An Atom feed with a bare & in a link and an &nbsp;, which Firefox's XML parser refuses as they stand.
const ATOM = `<?xml version="1.0"?><!-- a comment --><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom&nbsp;feed</title>
<entry><id>urn:1</id><title type="html">&lt;b&gt;Bold&lt;/b&gt; entry</title><link href="https://feed.example/a?x=1&y=2"/><updated>2026-11-24T10:00:00Z</updated></entry></feed>`;

before(async () => {
  server = await serve(
    { "/news-card/": join(root, "dist"), "/articles/": join(root, "static", "articles"), "/fixtures/": fixtures, "/published/": join(root, "static", "published") },
    {
      pages: { "/page.html": await readFile(join(fixtures, "reliability.html"), "utf8"), "/prerendered.html": prerenderedPage(), "/published.html": publishedPage() },
      routes: { "/atom.xml": (req, res) => res.writeHead(200, { "content-type": "application/atom+xml" }).end(ATOM) },
    },
  );
  port = await freePort();
  driver = spawn("geckodriver", ["--host", "127.0.0.1", "--port", String(port)], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    if (await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("geckodriver did not start");
});

after(async () => {
  driver?.kill();
  await server?.close();
});

/**
 * A headless Firefox session, and `run(body, args)`, which runs `body` (an async function
 * body) in the page and returns its result. Every connection but loopback goes to a proxy that
 * is not there: nothing leaves 127.0.0.1.
 */
async function firefox() {
  const deadProxy = await freePort();
  const { sessionId } = await webdriver("POST", "/session", {
    capabilities: {
      alwaysMatch: {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: "/usr/bin/firefox-esr",
          args: ["-headless"],
          prefs: { "network.proxy.type": 1, "network.proxy.http": "127.0.0.1", "network.proxy.http_port": deadProxy, "network.proxy.ssl": "127.0.0.1", "network.proxy.ssl_port": deadProxy },
        },
      },
    },
  });
  const session = `/session/${sessionId}`;
  const run = (body, args = []) =>
    webdriver("POST", `${session}/execute/async`, {
      script: `const done = arguments[arguments.length - 1]; (async () => { ${body} })().then(done, (e) => done({ thrown: String(e) }));`,
      args,
    });
  return { session, run };
}

/** An async function body that waits up to 15 s for `condition`: true, or false if it never held. */
const until = (condition) => `for (let i = 0; i < 300; i++) { if (${condition}) return true; await new Promise((r) => setTimeout(r, 50)); } return false;`;

test("in Firefox, a card broken by a page script restarts the widget (release build) and the other cards keep working", async () => {
  const { session, run } = await firefox();
  const titled = (id) => `document.getElementById("${id}").shadowRoot?.querySelector("h2.title")`;
  try {
    await webdriver("POST", `${session}/url`, { url: `${server.url}/page.html` });
    const seed = JSON.parse(await readFile(join(root, "static", "articles", "seed.json"), "utf8"));
    const loaded = await run(
      `window.__logged = [];
       const error = console.error;
       console.error = (...parts) => { window.__logged.push(parts.map(String).join(" ")); error(...parts); };
       for (const [id, set] of [["a", (c) => c.setAttribute("src", "/articles/seed.json")], ["b", (c) => { c.setAttribute("target", "_self"); c.article = arguments[0]; }]]) {
         const card = document.createElement("news-card");
         card.id = id;
         card.setAttribute("loading", "eager");
         set(card);
         document.getElementById("cards").append(card);
       }
       ${until(`${titled("a")} && document.getElementById("b").shadowRoot?.querySelector(".related")`)}`,
      [seed],
    );
    assert.equal(loaded, true, "both cards loaded");
    // What DOM-patching scripts do: take nodes out from under the card, then make it re-render
    // (the new-tab note must go in before the related stories, which are no longer there).
    const restarted = await run(
      `const card = document.getElementById("b");
       card.shadowRoot.querySelector("article").replaceChildren();
       card.setAttribute("target", "_blank");
       ${until(`${RESTARTS} >= 1`)}`,
      [seed],
    );
    assert.equal(restarted, true, "a fresh instance started");
    assert.equal(await run(until(`${titled("a")} && ${titled("b")}`)), true, "both cards show their article again");
    const internal = (await run("return window.__logged;")).filter((line) => line.startsWith("news-card: internal error"));
    assert.equal(internal.length, 1, internal.join("\n"));
    assert.match(internal[0], /while drawing <news-card id="b">/);
  } finally {
    await webdriver("DELETE", session);
  }
});

test("in Firefox, a prerendered card shows before the widget and is taken over without a request", async () => {
  const { session, run } = await firefox();
  try {
    await webdriver("POST", `${session}/url`, { url: `${server.url}/prerendered.html` });
    const card = await run(
      `const host = document.querySelector("news-card");
       // The declarative shadow root, drawn by news-card render, before anything took it over.
       const before = host.shadowRoot?.querySelector("article.card .title a")?.textContent;
       // Drawn, not only parsed: the root is hidden until the card's stylesheet applies.
       const shown = host.shadowRoot?.querySelector("article.card .title")?.checkVisibility();
       const loaded = await (async () => { ${until("window.__loads === 1")} })();
       const r = host.shadowRoot;
       return {
         loaded,
         before,
         shown,
         title: r.querySelector("article.card .title a")?.textContent,
         absolute: r.querySelector(".byline .date-absolute")?.textContent,
         relative: r.querySelector(".byline .date-relative")?.textContent,
         cards: r.querySelectorAll("article.card").length,
         fetched: performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".json")).length,
       };`,
    );
    assert.deepEqual(card, {
      loaded: true,
      before: card.title,
      shown: true,
      title: "Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated",
      absolute: "June 5, 2021",
      relative: card.relative,
      cards: 1,
      fetched: 0,
    });
    assert.match(card.relative ?? "", /years ago$/, "the widget adds how long ago");
  } finally {
    await webdriver("DELETE", session);
  }
});

test("in Firefox, an article request sends the page's origin at most, an image nothing, and a lazy image waits", async () => {
  const servers = await startReferrerServers(join(root, "dist"));
  const { session, run } = await firefox();
  try {
    await webdriver("POST", `${session}/window/rect`, { width: 1000, height: 800 });
    await webdriver("POST", `${session}/url`, { url: servers.page });
    const drawn = await run(until(`["plain", "none", "far"].every((id) => document.getElementById(id)?.shadowRoot?.querySelector("h2.title"))`));
    assert.equal(drawn, true, "the three cards were drawn");
    await new Promise((resolve) => setTimeout(resolve, 500));
    assertReferrersBeforeScrolling(servers.records, servers.origin);
    const lazy = await run(`document.getElementById("lazy").scrollIntoView(); ${until(`document.getElementById("lazy").shadowRoot?.querySelector("h2.title")`)}`);
    assert.equal(lazy, true, "the lazy card drew once scrolled to");
    const plain = servers.records.filter((r) => r.path === "/plain.json").length;
    await run(`document.getElementById("plain").reload();`);
    for (let i = 0; i < 100 && servers.records.filter((r) => r.path === "/plain.json").length === plain; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    assertReferrersOfTheWasmsFetches(servers.records, servers.origin);
    const came = await run(`document.getElementById("far").scrollIntoView(); ${until(`document.getElementById("far").shadowRoot.querySelector(".hero img")?.complete`)}`);
    assert.equal(came, true, "the far card's image loaded once scrolled to");
    assertFarImageAfterScrolling(servers.records);
  } finally {
    await webdriver("DELETE", session);
    await servers.close();
  }
});

test("in Firefox, cards read an article page, an RSS feed and an Atom feed through the format mapper", async () => {
  const { session, run } = await firefox();
  try {
    await webdriver("POST", `${session}/url`, { url: `${server.url}/published.html` });
    const cards = await run(
      `const ready = await (async () => { ${until(`[...document.querySelectorAll("news-card")].every((c) => c.shadowRoot?.querySelector("article.card, .error"))`)} })();
       return { ready, cards: [...document.querySelectorAll("news-card")].map((c) => ({
         title: c.shadowRoot.querySelector("h2.title")?.textContent ?? null,
         href: c.shadowRoot.querySelector("h2.title a")?.getAttribute("href") ?? null,
         related: c.shadowRoot.querySelectorAll(".slide").length,
       })) };`,
    );
    assert.equal(cards.ready, true, "every card drew");
    assert.deepEqual(cards.cards, [
      { title: "This Chip for AI Works Using Light, Not Electrons", href: "https://www.wired.com/story/chip-ai-works-using-light-not-electrons/", related: 0 },
      { title: "Nvidia Launches AI Enterprise Suite for VMware vSphere", href: "https://www.hpcwire.com/2021/03/09/nvidia-launches-ai-enterprise-suite-for-vmware-vsphere/", related: 3 },
      { title: "This Chip for AI Works Using Light, Not Electrons", href: "https://www.wired.com/story/chip-ai-works-using-light-not-electrons/", related: 3 },
      { title: "Bold entry", href: "https://feed.example/a?x=1&y=2", related: 0 },
    ]);
  } finally {
    await webdriver("DELETE", session);
  }
});
