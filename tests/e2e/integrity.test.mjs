// Integrity of what the loader brings in (SECURITY.md, EMBEDDING.md "Pinning the bundle"): the
// release build writes the digests of the wasm, the glue and the runtime module into the
// loader, and a copy of the bundle with any one of them altered (still a valid file of its
// kind) shows every card's fallback instead of running. A restart after a crash takes the glue
// from the HTTP cache. The release bundle in dist/, in Debian's Chromium, on 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, openPage, recordWasmInstances } from "./browser.mjs";
import { sri } from "../../scripts/bundle.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const articles = join(root, "static", "articles");
const SEED_TITLE =
  "Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated";
const RESTARTS = "window.__wasm.filter((instance) => instance.exports.memory).length - 1";

/** The three files the loader checks first, and a change to each that leaves it a valid file. */
const ALTERATIONS = {
  // A custom section appended: a valid module, which the browser would compile.
  wasm: ["news-card-wasm_bg.wasm", Buffer.from([0, 4, 1, 0x78, 0x79, 0x7a])],
  glue: ["news-card-wasm.js", Buffer.from("\n// altered\n")],
  runtime: ["snippets/news-card-runtime.js", Buffer.from("\n// altered\n")],
};

/** The format mapper's two files, altered alike. */
const MAPPER_ALTERATIONS = {
  "mapper-module": ["news-card-formats.js", Buffer.from("\n// altered\n")],
  "mapper-wasm": ["news-card-formats_bg.wasm", Buffer.from([0, 4, 1, 0x78, 0x79, 0x7a])],
};

const page = (bundle, nonce = "") => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>integrity</title>
<script type="module" src="/${bundle}/news-card.js"${nonce && ` nonce="${nonce}"`}></script></head>
<body><news-card id="card" src="/articles/seed.json" loading="eager"><a href="https://example.org/story">Fallback link</a></news-card></body></html>`;

let copies;
let server;
let browser;

before(async () => {
  copies = await mkdtemp(join(tmpdir(), "news-card-integrity-"));
  const mounts = { "/articles/": articles, "/news-card/": dist };
  const pages = { "/news-card.html": page("news-card"), "/nonce.html": page("news-card", "r4nd0m"), "/strict-dynamic.html": page("news-card", "r4nd0m") };
  // The format mapper's module (pinned by the loader) and its wasm (pinned by the module).
  for (const [name, [file, extra]] of Object.entries({ ...ALTERATIONS, ...MAPPER_ALTERATIONS })) {
    await cp(dist, join(copies, name), { recursive: true });
    await appendFile(join(copies, name, file), extra);
    mounts[`/${name}/`] = join(copies, name);
    pages[`/${name}.html`] = page(name);
  }
  server = await serve(mounts, {
    pages,
    // Cacheable, as a host serves the bundle: a restart's copy of the glue may come from the cache.
    headers: (path) =>
      path.startsWith("/news-card/")
        ? { "cache-control": "max-age=3600" }
        : path === "/nonce.html" || path === "/strict-dynamic.html"
          ? { "content-security-policy": `default-src 'none'; script-src 'nonce-r4nd0m' 'wasm-unsafe-eval'${path === "/strict-dynamic.html" ? " 'strict-dynamic'" : ""}; style-src 'self'; img-src https: data:; connect-src 'self'` }
          : {},
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (copies) await rm(copies, { recursive: true, force: true });
});

test("the loader holds the digests of the wasm, the glue, the runtime module and the format mapper", async () => {
  const loader = await readFile(join(dist, "news-card.js"), "utf8");
  const files = ["news-card-wasm_bg.wasm", "news-card-wasm.js", "snippets/news-card-runtime.js", "news-card-formats.js"];
  const digests = await Promise.all(files.map(async (f) => sri(await readFile(join(dist, f)))));
  assert.ok(loader.includes(`[${digests.map((d) => JSON.stringify(d)).join(",")}]`), "the four digests, in order");
  // The mapper's module pins its own wasm.
  const mapper = await readFile(join(dist, "news-card-formats.js"), "utf8");
  assert.ok(mapper.includes(JSON.stringify(sri(await readFile(join(dist, "news-card-formats_bg.wasm"))))), "the mapper's wasm digest");
});

test("the intact bundle draws the card, and the page's head pins the glue and the runtime module", async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${server.url}/news-card.html`);
  assert.equal(await page.locator("#card h2.title").textContent({ timeout: 15_000 }), SEED_TITLE);
  const pinned = await page.evaluate(() =>
    [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => [new URL(l.href).pathname, l.integrity.slice(0, 7)]),
  );
  assert.deepEqual(pinned, [
    ["/news-card/snippets/news-card-runtime.js", "sha256-"],
    ["/news-card/news-card-wasm.js", "sha256-"],
  ]);
  await context.close();
});

for (const path of ["/nonce.html", "/strict-dynamic.html"]) {
  test(`a page whose CSP allows scripts by nonce (${path.slice(1, -5)}) draws the card, the pinned files included`, async () => {
    const { context, page } = await openPage(browser);
    const violations = [];
    await page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => console.log(`violation ${e.effectiveDirective} ${e.blockedURI}`)));
    page.on("console", (m) => m.text().startsWith("violation") && violations.push(m.text()));
    await page.goto(server.url + path);
    assert.equal(await page.locator("#card h2.title").textContent({ timeout: 15_000 }), SEED_TITLE);
    assert.deepEqual(violations, []);
    await context.close();
  });
}

for (const name of Object.keys(ALTERATIONS)) {
  test(`an altered ${name} is refused: the card shows its fallback, and nothing of the widget runs`, async () => {
    const { context, page } = await openPage(browser);
    await page.addInitScript(recordWasmInstances);
    const errors = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${server.url}/${name}.html`);
    await page.waitForFunction(() => document.querySelector("#card a")?.checkVisibility(), null, { timeout: 15_000 });
    // Given time to load, it still draws nothing and runs no instance.
    await page.waitForTimeout(1000);
    assert.equal(await page.locator("#card h2.title").count(), 0);
    assert.equal(await page.evaluate(() => window.__wasm.length), 0, "no wasm instance");
    assert.ok(await page.locator("#card a").isVisible(), "the fallback link shows");
    assert.ok(errors.some((e) => /integrity|digest/i.test(e)), `the browser says why: ${errors.join("\n")}`);
    assert.ok(errors.some((e) => e.startsWith("news-card: the widget could not be loaded")), errors.join("\n"));
    await context.close();
  });
}

for (const name of Object.keys(MAPPER_ALTERATIONS)) {
  test(`an altered format mapper (${name}) is refused: a feed's card fails, an article JSON card draws`, async () => {
    const { context, page: tab } = await openPage(browser);
    const failures = [];
    await tab.addInitScript(() => document.addEventListener("news-card:error", (e) => console.log(`failed ${e.target.id} ${e.detail.kind}`)));
    tab.on("console", (m) => m.text().startsWith("failed") && failures.push(m.text()));
    tab.on("console", (m) => m.type() === "error" && m.text().match(/integrity|digest/i) && failures.push("integrity"));
    await tab.route(`${server.url}/${name}/feed.json`, (route) =>
      route.fulfill({ contentType: "application/feed+json", body: JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "F", items: [{ id: "1", title: "An item", url: "https://feed.example/1" }] }) }),
    );
    await tab.route(`${server.url}/${name}/page.html`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: page(name).replace('<news-card id="card"', `<news-card id="feed" src="/${name}/feed.json" loading="eager"></news-card><news-card id="card"`),
      }),
    );
    await tab.goto(`${server.url}/${name}/page.html`);
    assert.equal(await tab.locator("#card h2.title").textContent({ timeout: 15_000 }), SEED_TITLE);
    await tab.waitForFunction(() => document.querySelector("#feed").shadowRoot?.querySelector(".error, article.card"), null, { timeout: 15_000 });
    assert.equal(await tab.locator("#feed h2.title").count(), 0, "the mapper never ran");
    assert.ok(failures.includes("integrity"), `the browser says why: ${failures.join("\n")}`);
    await context.close();
  });
}

test("a restart after a crash imports its copy of the glue from the HTTP cache", async () => {
  const { context, page } = await openPage(browser);
  await page.addInitScript(recordWasmInstances);
  const glueRequests = () => server.requests.filter((p) => p === "/news-card/news-card-wasm.js").length;
  const before = glueRequests();
  await page.goto(`${server.url}/news-card.html`);
  await page.locator("#card .related").waitFor({ timeout: 15_000 });
  // Takes the nodes from under the card's article, then has it insert a node before one of
  // them (the new-tab note before the related stories): Yew panics, the instance dies.
  await page.evaluate(() => document.getElementById("card").setAttribute("target", "_self"));
  await page.waitForFunction(() => !document.getElementById("card").shadowRoot.querySelector("#new-tab"));
  await page.evaluate(() => {
    const card = document.getElementById("card");
    card.shadowRoot.querySelector("article").replaceChildren();
    card.setAttribute("target", "_blank");
  });
  await page.waitForFunction(`${RESTARTS} >= 1`, null, { timeout: 10_000 });
  assert.equal(await page.locator("#card h2.title").textContent({ timeout: 15_000 }), SEED_TITLE);
  assert.equal(glueRequests() - before, 1, "the glue was fetched once, for the first start");
  // The copy is the glue's URL with a fragment, checked against the same digest.
  const copies = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.href).filter((h) => h.includes("#")));
  assert.deepEqual(copies, [`${server.url}/news-card/news-card-wasm.js#1`]);
  await context.close();
});
