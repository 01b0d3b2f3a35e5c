// Measures news-card against the budgets of issue 9, as issue 17 moved them, and rewrites BENCHMARKS.md.
// Run: `bash scripts/bench.sh` (installs what is missing and builds the release bundle first),
// or `node bench/run.mjs` on the dist/ there is. Flags:
//   --quick           3 rounds instead of 9 (and of 21 on the mobile profile), one memory
//                     round, one Lighthouse run (development)
//   --rounds=N        N interleaved rounds (each: one load of every page, ours then the reference,
//                     then the lean card where it is measured), the mobile profile's too
//   --no-lighthouse   --no-convert (the native `cargo bench`)   --no-twiggy
//   --out=FILE        write there instead of BENCHMARKS.md
//   --check           only check that the reference renders the same DOM as ours; write nothing
//
// What it does, in order:
//  1. Sizes of the embed bundle in dist/ (raw, gzip -9, brotli -11), per file and in total.
//  2. The wasm's largest items: `twiggy top` on the release build with its names kept (the
//     cargo output of the same release build, through wasm-bindgen and `wasm-opt -Oz -g`).
//  3. Checks that the reference card (bench/reference/) renders the same DOM as ours.
//  4. Page loads in Debian's Chromium, interleaved (ours, reference, ours, ...), each in a fresh
//     browser context (cold cache), everything on 127.0.0.1: first card, 100 cards, 1,000 lazy
//     cards against 10, and the demo page scrolled to the end (CLS, long tasks). The lean card
//     (bench/lean/: the fewest nodes and rules that show what a reader sees) is loaded after
//     the reference on the first-card, 100-card and demo pages.
//  5. Memory per loaded card (wasm memory, JS heap after a forced GC), DOM nodes per card and
//     the stylesheet's rules, for all three.
//  6. Lighthouse (pinned in bench/package.json) on the demo page.
//  7. The model's native conversion time (cargo bench --bench convert), and the news-card tool
//     converting and checking ~5,000 records.
import { readFile, writeFile, readdir, mkdtemp, rm, stat } from "node:fs/promises";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { tmpdir, cpus, totalmem, loadavg } from "node:os";
import { chromium } from "playwright-core";
import { serveBench } from "./server.mjs";
import { CORE_FILES, MAPPER_FILES, importedSnippets } from "../scripts/bundle.mjs";
import { sections, shortenNames } from "../scripts/wasm-names.mjs";
import { recordWasmInstances } from "../tests/e2e/browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const flag = (name) => process.argv.includes(name);
const option = (name) => process.argv.find((a) => a.startsWith(`${name}=`))?.split("=")[1];
const QUICK = flag("--quick");
const ROUNDS_OPTION = Number(option("--rounds"));
const ROUNDS = ROUNDS_OPTION || (QUICK ? 3 : 9);
const MEMORY_ROUNDS = QUICK ? 1 : 3;
// The mobile profile's pages are short loads whose run-to-run spread is wide: more rounds.
const MOBILE_ROUNDS = ROUNDS_OPTION || (QUICK ? 3 : 21);
const LIGHTHOUSE_RUNS = QUICK ? 1 : 3;
const OUT = option("--out") || join(root, "BENCHMARKS.md");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
// Nothing leaves the machine: every host name but 127.0.0.1 fails to resolve.
const NO_NETWORK = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1";
const VIEWPORT = { width: 1200, height: 900 };

const log = (...a) => console.error("[bench]", ...a);
const KiB = (n) => (n / 1024).toFixed(1);
const sorted = (xs) => xs.filter(Number.isFinite).sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const range = (xs, f) => (sorted(xs).length ? `${f(sorted(xs)[0])}–${f(sorted(xs).at(-1))}` : "–");
const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : "–");
const x2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : "–");

// ---------------------------------------------------------------------------------------------
// 1. Sizes

const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const gzip = (b) => gzipSync(b, { level: 9 }).length;

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out.sort();
}

async function sizes() {
  const glue = await readFile(join(dist, "news-card-wasm.js"), "utf8");
  const files = CORE_FILES.map((f) => join(dist, f));
  const imported = new Set(importedSnippets(glue));
  let snippets = [];
  try {
    snippets = await walk(join(dist, "snippets"));
  } catch {}
  const rows = [];
  for (const file of [...files, ...snippets]) {
    const bytes = await readFile(file);
    const name = relative(dist, file);
    // A snippet the glue does not import is in dist/ but never downloaded by a reader.
    const loaded = !name.startsWith("snippets/") || imported.has(name);
    rows.push({ name, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes), loaded });
  }
  const sum = (rs, k) => rs.reduce((n, r) => n + r[k], 0);
  const loaded = rows.filter((r) => r.loaded);
  // The format mapper: downloaded only for a card of a page, a feed or JSON-LD (issue 21).
  const mapper = [];
  for (const name of MAPPER_FILES) {
    const bytes = await readFile(join(dist, name));
    mapper.push({ name, raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) });
  }
  return {
    rows,
    mapper,
    mapperTotal: { raw: sum(mapper, "raw"), gzip: sum(mapper, "gzip"), brotli: sum(mapper, "brotli") },
    total: { raw: sum(loaded, "raw"), gzip: sum(loaded, "gzip"), brotli: sum(loaded, "brotli") },
    all: { raw: sum(rows, "raw"), gzip: sum(rows, "gzip"), brotli: sum(rows, "brotli") },
  };
}

// ---------------------------------------------------------------------------------------------
// 2. twiggy on a release build that keeps its names

/** The environment for a native cargo build: without the release bundle's rebuilt standard
 * library (scripts/bench.sh sets it up for the wasm), which cargo would also build for the host. */
function nativeEnv() {
  const env = { ...process.env };
  delete env.CARGO_UNSTABLE_BUILD_STD;
  delete env.RUSTC_BOOTSTRAP;
  return env;
}

function tool(name) {
  for (const dir of [join(root, "node_modules/.bin"), join(process.env.HOME || "", ".cargo/bin")]) {
    try {
      execFileSync(join(dir, name), ["--version"], { stdio: "ignore" });
      return join(dir, name);
    } catch {}
  }
  return name;
}

async function twiggy(sizeRows) {
  // The cargo output of the release build Trunk just made (opt-level z, LTO), before
  // wasm-bindgen and wasm-opt: cargo keeps the function names in it.
  const input = join(root, "target/wasm32-unknown-unknown/release/news-card-wasm.wasm");
  try {
    await stat(input);
  } catch {
    log("no cargo output at", input, "- building it (cargo build --release, as Trunk does)");
    execFileSync("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--bin", "news-card-wasm"], { cwd: root, stdio: "inherit" });
  }
  const dir = await mkdtemp(join(tmpdir(), "news-card-names-"));
  try {
    execFileSync(tool("wasm-bindgen"), ["--target", "web", "--no-typescript", "--out-dir", dir, "--out-name", "news-card-wasm", input], { stdio: "inherit" });
    // The same wasm-opt pass as Trunk's (index.html: data-wasm-opt="z" and its params), plus -g,
    // which keeps the name section.
    const index = await readFile(join(root, "index.html"), "utf8");
    const params = (/data-wasm-opt-params="([^"]*)"/.exec(index)?.[1] || "").split(/\s+/).filter(Boolean);
    const named = join(dir, "named.wasm");
    execFileSync(tool("wasm-opt"), ["-Oz", "-g", ...params, join(dir, "news-card-wasm_bg.wasm"), "-o", named], { stdio: "inherit" });
    // dist/ has short names for what its wasm and glue call each other (scripts/minify.mjs):
    // given the same, this build must import and export exactly what dist/'s wasm does, in the
    // same order and with the same types.
    const linkage = (bytes) =>
      sections(bytes)
        .filter((s) => s.id === 2 || s.id === 7)
        .map((s) => Buffer.from(bytes.subarray(s.start, s.end)).toString("hex"))
        .join(" ");
    const short = shortenNames(await readFile(named), await readFile(join(dir, "news-card-wasm.js"), "utf8"), "./news-card-wasm_bg.js", "./snippets/news-card-runtime.js", { mergeGlue: false });
    const sameGlue = linkage(short.wasm) === linkage(await readFile(join(dist, "news-card-wasm_bg.wasm")));
    const twiggyBin = tool("twiggy");
    const top = JSON.parse(execFileSync(twiggyBin, ["top", "-n", "100000", "--format", "json", named], { encoding: "utf8", maxBuffer: 1 << 28 }));
    const namedBytes = (await stat(named)).size;
    const names = top.filter((r) => /^"[^"]*names" subsection$|^custom section/.test(r.name));
    const items = top.filter((r) => !names.includes(r));
    const shipped = sizeRows.find((r) => r.name === "news-card-wasm_bg.wasm").raw;
    // Rough owner of each item: the first crate path in its name.
    const crates = new Map();
    for (const r of items) {
      const m = /^data segment/.test(r.name) ? ["", "(data segments)"] : /([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(r.name);
      const crate = m ? m[1] : "(other: tables, types, imports, unnamed)";
      crates.set(crate, (crates.get(crate) || 0) + r.shallow_size);
    }
    return {
      top: items.slice(0, 25),
      crates: [...crates].sort((a, b) => b[1] - a[1]).slice(0, 15),
      namesBytes: names.reduce((n, r) => n + r.shallow_size, 0),
      namedBytes,
      shipped,
      sameGlue,
      version: execFileSync(twiggyBin, ["--version"], { encoding: "utf8" }).trim(),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Pages. Ours ("A") loads the embed loader exactly as EMBEDDING.md says; the reference ("B")
// loads bench/reference/news-card.js, the lean card ("C") bench/lean/news-card.js. Everything
// else on a page is the same.

const SCRIPT = {
  A: '<script type="module" src="/news-card.js"></script>',
  B: '<script type="module" src="/reference/news-card.js"></script>',
  C: '<script type="module" src="/lean/news-card.js"></script>',
};
const NAME = { A: "ours", B: "reference", C: "lean" };
// The implementations measured on every page, and the pages the lean card is measured on too.
const IMPLS = ["A", "B"];
const WITH_LEAN = ["A", "B", "C"];

function page(impl, cards, { title = "news-card bench" } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="stylesheet" href="/demo.css">
  <link rel="stylesheet" href="/news-card-reserve.css">
  ${SCRIPT[impl]}
</head>
<body>
<main>
${cards}
</main>
</body>
</html>`;
}

const grid = (cards) => `<section class="grid" aria-label="cards">\n${cards.join("\n")}\n</section>`;

// ---------------------------------------------------------------------------------------------
// In every page, before any of its scripts: when each card loaded, errors, long tasks and
// layout shifts.

function instrument() {
  const b = (window.__bench = { loads: 0, errors: [], first: 0, last: 0, times: new Map(), longTasks: [], shifts: [] });
  document.addEventListener("news-card:load", (e) => {
    const t = performance.now();
    b.loads++;
    if (!b.first) b.first = t;
    b.last = t;
    if (!b.noTimes) b.times.set(e.target, t);
  }, true);
  document.addEventListener("news-card:error", (e) => b.errors.push(e.detail && e.detail.kind), true);
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longTasks.push([e.startTime, e.duration]); }).observe({ type: "longtask", buffered: true });
  } catch {}
  try {
    const what = (n) => (n ? `${n.nodeName.toLowerCase()}${n.className && typeof n.className === "string" ? "." + n.className.split(" ")[0] : ""}` : "?");
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (!e.hadRecentInput) b.shifts.push([e.startTime, e.value, e.sources.map((s) => `${what(s.node)} ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}px tall`)]);
    }).observe({ type: "layout-shift", buffered: true });
  } catch {}
}

async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", NO_NETWORK],
  });
}

/** A fresh context (empty cache) and page; `fn(page, cdp)` measures; the context is closed. */
async function load(browser, url, fn, { noTimes = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: "light" });
  try {
    const page = await context.newPage();
    const outside = [];
    page.on("request", (r) => !r.url().startsWith("http://127.0.0.1") && !r.url().startsWith("data:") && outside.push(r.url()));
    await page.addInitScript(instrument);
    await page.addInitScript(recordWasmInstances);
    if (noTimes) await page.addInitScript(() => (window.__bench.noTimes = true));
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: "commit" });
    const result = await fn(page, cdp);
    if (outside.length) result.outside = outside.length;
    return result;
  } finally {
    await context.close();
  }
}

const WAIT = { timeout: 90_000, polling: 100 };

// (a) navigation -> the first card's news-card:load
async function firstCard(page) {
  await page.waitForFunction(() => window.__bench && window.__bench.first > 0, null, WAIT);
  return page.evaluate(() => ({ ms: __bench.first, errors: __bench.errors.length }));
}

// (b) 100 eager cards: navigation -> the 100th news-card:load; long tasks meanwhile.
async function hundred(page) {
  await page.waitForFunction(() => __bench.loads + __bench.errors.length >= 100, null, WAIT);
  return page.evaluate(() => ({
    ms: __bench.last,
    errors: __bench.errors.length,
    longTasks: __bench.longTasks.filter(([start]) => start <= __bench.last).length,
    longest: Math.max(0, ...__bench.longTasks.map(([, d]) => d)),
  }));
}

// (c) lazy cards: navigation -> every card on the first screen (the viewport) has loaded.
async function firstScreen(page) {
  const ready = () => {
    // Cards flow in document order, so the first screen is among the first ones.
    const cards = [...document.querySelectorAll("news-card")].slice(0, 60);
    const shown = cards.filter((c) => {
      const r = c.getBoundingClientRect();
      return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
    });
    if (!shown.length || !shown.every((c) => __bench.times.has(c))) return 0;
    return { ms: Math.max(...shown.map((c) => __bench.times.get(c))), cards: shown.length, loads: __bench.loads };
  };
  const handle = await page.waitForFunction(ready, null, WAIT);
  const result = await handle.jsonValue();
  // Measured once more after a pause: the set of cards on the first screen did not change.
  await page.waitForTimeout(300);
  const again = await page.evaluate(ready);
  return { ...result, stable: again && again.cards === result.cards, errors: await page.evaluate(() => __bench.errors.length) };
}

// The demo page scrolled to the end while its cards load: CLS (the largest session window of
// layout shifts without recent input, as web-vitals counts it) and long tasks.
async function demo(page) {
  await page.waitForLoadState("domcontentloaded");
  const total = await page.evaluate(() => document.querySelectorAll("news-card").length);
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const step = () => {
          const end = document.scrollingElement.scrollHeight - innerHeight;
          if (scrollY >= end - 1) return resolve();
          scrollBy(0, 200);
          setTimeout(step, 50);
        };
        step();
      }),
  );
  await page.waitForFunction((n) => __bench.loads + __bench.errors.length >= n, total, WAIT);
  // Keep at the end while anything still moves, then one more second.
  await page.evaluate(() => scrollTo(0, document.scrollingElement.scrollHeight));
  await page.waitForTimeout(1000);
  return page.evaluate((n) => {
    let cls = 0, window = 0, start = -1, previous = -1;
    for (const [t, v] of __bench.shifts) {
      if (start < 0 || t - previous > 1000 || t - start > 5000) [window, start] = [0, t];
      window += v;
      previous = t;
      cls = Math.max(cls, window);
    }
    const largest = __bench.shifts.reduce((m, s) => (!m || s[1] > m[1] ? s : m), null);
    return {
      cls,
      largest: largest && { at: largest[0], value: largest[1], sources: largest[2] },
      shiftSum: __bench.shifts.reduce((s, [, v]) => s + v, 0),
      longTasks: __bench.longTasks.length,
      cards: n,
      ms: __bench.last,
      errors: __bench.errors.length,
    };
  }, total);
}

// Nodes of our shadow DOM (and the reference's, which is the same) that the lean card does not
// have, by what they are for: each node counts in the first group whose selector matches it or
// an element around it; "frames" are the .thumb elements themselves (their image is a field).
const NODE_GROUPS = [
  ["hidden", ".visually-hidden"],
  ["controls", ".position, .nav"],
  ["heading", ".related-head"],
  ["unlisted", ".provider-domain, img.logo, .attribution, .date-updated"],
];

// Memory and DOM after `cards` cards have loaded (0: the script alone, started); the rules of
// the first card's stylesheets (adopted and <style>), with the at-rules around each.
async function memory(page, cdp, impl, cards) {
  if (cards) await page.waitForFunction((n) => __bench.loads + __bench.errors.length >= n, cards, WAIT);
  else if (impl === "A") await page.waitForFunction(() => window.__wasm?.length > 0 && customElements.get("news-card"), null, WAIT);
  else await page.waitForFunction(() => customElements.get("news-card"), null, WAIT);
  // What the cards keep, not what is on its way out: ours shares an article that just arrived
  // with cards of the same URL for 2 s (src/platform/fetch.js, SHARED_MS), so wait past that.
  await page.waitForTimeout(2500);
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const page_ = await page.evaluate((nodeGroups) => {
    const memory = window.__wasm?.at(-1)?.exports.memory;
    let elements = 0, texts = 0, emptyTexts = 0, others = 0;
    const groups = Object.fromEntries([...nodeGroups.map(([g]) => [g, 0]), ["frames", 0]]);
    const hosts = document.querySelectorAll("news-card");
    for (const host of hosts) {
      if (!host.shadowRoot) continue;
      const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) {
        const n = walker.currentNode;
        if (n.nodeType === 1) elements++;
        else if (n.nodeType === 3) n.data === "" ? emptyTexts++ : texts++;
        else others++;
        const e = n.nodeType === 1 ? n : n.parentElement;
        const group = e && nodeGroups.find(([, selector]) => e.closest(selector));
        if (group) groups[group[0]]++;
        else if (n.nodeType === 1 && n.matches(".thumb")) groups.frames++;
      }
    }
    const rules = [];
    const root = [...hosts].find((h) => h.shadowRoot)?.shadowRoot;
    const walk = (list, around) => {
      for (const r of list) {
        if (r instanceof CSSStyleRule) rules.push({ selector: r.selectorText, around });
        else {
          const at = r.cssText.slice(0, r.cssText.indexOf("{")).trim();
          rules.push({ at, around });
          if (r.cssRules && !(r instanceof CSSKeyframesRule)) walk(r.cssRules, [...around, at]);
        }
      }
    };
    if (root) for (const sheet of [...root.adoptedStyleSheets, ...root.styleSheets]) walk(sheet.cssRules, []);
    return { wasm: memory ? memory.buffer.byteLength : 0, elements, texts, emptyTexts, others, groups, rules, errors: __bench.errors.length };
  }, NODE_GROUPS);
  return { jsHeap: heap.usedSize, embedderHeap: heap.embedderHeapUsedSize, ...page_ };
}

// ---------------------------------------------------------------------------------------------
// 3. Same DOM: every record rendered by both, a skeleton and an error panel, compared.

function shadowDom() {
  const norm = (node) => {
    if (node.nodeType === 3) return node.data === "" ? "" : JSON.stringify(node.data);
    if (node.nodeType !== 1) return "";
    const attrs = [...node.attributes]
      .filter((a) => a.name !== "data-failed")
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`)
      .sort();
    return `<${node.localName}${attrs.length ? " " + attrs.join(" ") : ""}>${[...node.childNodes].map(norm).join("")}</${node.localName}>`;
  };
  return [...document.querySelectorAll("news-card")].map((c) => ({
    src: c.getAttribute("src"),
    dom: c.shadowRoot ? [...c.shadowRoot.childNodes].map(norm).join("") : "(no shadow root)",
  }));
}

async function sameDom(browser, server, articles) {
  const cards = [
    ...articles.map((a) => `<news-card loading="eager" src="/articles/${a}"></news-card>`),
    `<news-card loading="eager" src="/articles/missing.json"></news-card>`,
    `<div style="height: 5000px"></div><news-card src="/articles/${articles[0]}?far"></news-card>`,
  ].join("\n");
  const doms = {};
  for (const impl of ["A", "B"]) {
    server.pages[`/same-${impl}.html`] = page(impl, cards);
    doms[impl] = await load(browser, `${server.url}/same-${impl}.html`, async (p) => {
      await p.waitForFunction((n) => __bench.loads + __bench.errors.length >= n, articles.length + 1, WAIT);
      await p.waitForTimeout(500);
      return p.evaluate(shadowDom);
    });
  }
  const differences = [];
  doms.A.forEach((a, i) => {
    const b = doms.B[i];
    if (a.dom === b.dom) return;
    let k = 0;
    while (a.dom[k] === b.dom[k]) k++;
    differences.push({ src: a.src, ours: a.dom.slice(Math.max(0, k - 60), k + 80), reference: b.dom.slice(Math.max(0, k - 60), k + 80) });
  });
  return { compared: doms.A.length, differences };
}

// ---------------------------------------------------------------------------------------------
// 4-5. Page loads

async function browserBench(articles) {
  const css = await readFile(join(root, "static/news-card.css"), "utf8");
  const server = await serveBench({ dist, reference: join(root, "bench/reference/news-card.js"), lean: join(root, "bench/lean/news-card.js"), css });
  const browser = await launch();
  const version = browser.version();
  try {
    const src = (i) => `/articles/${articles[i % articles.length]}?card=${i}`;
    const lazyCards = (n) => grid(Array.from({ length: n }, (_, i) => `<news-card src="${src(i)}"></news-card>`));
    // The demo page without its prerendered card (the mobile profile measures that one): the
    // reference and the lean card would take over a declarative shadow root they never drew.
    const demoHtml = withoutPrerendered(await readFile(join(dist, "index.html"), "utf8"));
    const demoBody = /<body>([\s\S]*)<\/body>/.exec(demoHtml)[1];
    for (const impl of WITH_LEAN) {
      // (a) the demo page's cards, with the embed loader (or the reference, or the lean card)
      // instead of Trunk's script.
      server.pages[`/first-${impl}.html`] = page(impl, demoBody.replace(/^\s*<\/?main>\s*$/gm, ""));
      server.pages[`/many-${impl}.html`] = page(impl, grid(Array.from({ length: 100 }, (_, i) => `<news-card loading="eager" src="${src(i)}"></news-card>`)));
      server.pages[`/lazy1000-${impl}.html`] = page(impl, lazyCards(1000));
      server.pages[`/lazy10-${impl}.html`] = page(impl, lazyCards(10));
      server.pages[`/none-${impl}.html`] = page(impl, "");
    }
    // The demo page for CLS: ours is dist/index.html itself (Trunk's script); the reference's
    // and the lean card's are the same page with their script instead.
    server.pages["/demo-A.html"] = demoHtml;
    for (const impl of ["B", "C"]) {
      server.pages[`/demo-${impl}.html`] = demoHtml.replace(/<script type="module">[\s\S]*?<\/script>/, SCRIPT[impl]).replace(/<link rel="modulepreload"[^\n]*>/, "");
    }
    const demoUrl = Object.fromEntries(WITH_LEAN.map((impl) => [impl, `${server.url}/demo-${impl}.html`]));

    log("checking that the reference renders the same DOM");
    const same = await sameDom(browser, server, articles);
    if (flag("--check")) return { version, same, server };

    const scenarios = {
      first: { url: (i) => `/first-${i}.html`, fn: firstCard, impls: WITH_LEAN },
      many: { url: (i) => `/many-${i}.html`, fn: hundred, impls: WITH_LEAN },
      lazy1000: { url: (i) => `/lazy1000-${i}.html`, fn: firstScreen, impls: IMPLS },
      lazy10: { url: (i) => `/lazy10-${i}.html`, fn: firstScreen, impls: IMPLS },
      demo: { url: (i) => demoUrl[i].slice(server.url.length), fn: demo, impls: WITH_LEAN },
    };
    const runs = Object.fromEntries(Object.keys(scenarios).map((k) => [k, { A: [], B: [], C: [] }]));
    const failures = [];
    for (let round = 0; round < ROUNDS; round++) {
      log(`round ${round + 1}/${ROUNDS} (load average ${loadavg()[0].toFixed(2)})`);
      for (const [name, s] of Object.entries(scenarios)) {
        for (const impl of s.impls) {
          try {
            runs[name][impl].push(await load(browser, server.url + s.url(impl), s.fn, { noTimes: name === "many" || name === "first" }));
          } catch (error) {
            failures.push(`${name} ${impl} round ${round + 1}: ${String(error.message || error).split("\n")[0]}`);
            runs[name][impl].push({ ms: NaN });
          }
        }
      }
    }

    log("memory: 0 and 100 loaded cards");
    const mem = Object.fromEntries(WITH_LEAN.map((impl) => [impl, { 0: [], 100: [] }]));
    for (let round = 0; round < MEMORY_ROUNDS; round++) {
      for (const n of [0, 100]) {
        for (const impl of WITH_LEAN) {
          const url = `${server.url}/${n ? "many" : "none"}-${impl}.html`;
          mem[impl][n].push(await load(browser, url, (p, cdp) => memory(p, cdp, impl, n), { noTimes: true }));
        }
      }
    }
    return { version, same, runs, failures, mem, server };
  } finally {
    await browser.close();
  }
}

/**
 * The demo page without the section that shows a prerendered card, and without the cards read
 * from a page and a feed (the reference and the lean card read only the article JSON): the
 * pages compared hold the same article JSON cards.
 */
function withoutPrerendered(html) {
  const out = html
    .replace(/\s*<h2>Prerendered<\/h2>\s*<section class="prerendered"[\s\S]*?<\/section>/, "")
    .replace(/\s*<h2>Cards from what sites publish<\/h2>\s*<section[\s\S]*?<\/section>/, "");
  if (out.length > html.length - 2000 || /published\//.test(out.replace(/<link[^>]*>/g, ""))) {
    throw new Error("dist/index.html has no prerendered section or no published section to leave out");
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 5b. The mobile profile (issue 18): the CPU slowed 4×, a 150 ms round trip, 1.6 Mbit/s down,
// files served with brotli; a phone's viewport. One card (the seed): the lean card's first
// card, ours loaded by news-card.js, and ours prerendered by `news-card render` (its
// stylesheet preloaded in the <head>, as EMBEDDING.md advises) and taken over.

const MOBILE = { viewport: { width: 375, height: 812 }, latency: 150, down: 1_600_000 / 8, up: 750_000 / 8, cpu: 4 };

/**
 * In every mobile page: its first contentful paint, when the lean card is painted, and on the
 * prerendered pages (`sheet`) the first frame with the card's stylesheet. Each milestone is told
 * to the bench once, as a console message ("news-card-bench fcp"), so that the bench waits
 * without evaluating anything in the page while it loads: polling (Playwright's
 * waitForFunction) runs script on the slowed main thread, and so would a frame loop on a page
 * that does not need one.
 */
function watchPaint({ sheet }) {
  const b = window.__bench;
  const told = new Set();
  const tell = (what) => told.has(what) || (told.add(what), console.debug(`news-card-bench ${what}`));
  // The lean card is painted at the first largest-contentful-paint entry after its
  // news-card:load (its headline, larger than the fallback link it replaces; an entry's
  // renderTime is its frame's paint, as the first contentful paint's is).
  b.lcp = [];
  const check = () => {
    if (b.first) tell("first");
    if (b.fcp) tell("fcp");
    if (b.nextFrame) tell("sheet");
    if (b.first && b.lcp.some((t) => t > b.first)) tell("painted");
  };
  // After instrument's listener, which sets b.first (this script needs its window.__bench).
  document.addEventListener("news-card:load", check, true);
  document.addEventListener("news-card:error", (e) => tell(`error:${e.detail && e.detail.kind}`), true);
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.name === "first-contentful-paint") b.fcp = e.startTime;
    check();
  }).observe({ type: "paint", buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) b.lcp.push(e.renderTime || e.startTime);
    check();
  }).observe({ type: "largest-contentful-paint", buffered: true });
  if (!sheet) return;
  // A prerendered card's root is hidden until its linked stylesheet applies: the frame that
  // first sees the sheet paints the card. That frame is on screen at the first contentful
  // paint if it is the first paint, else by the next frame's start. (The floor page's card has
  // no stylesheet and is not hidden: the frame that has its headline counts.) The loop ends at
  // that frame, which was the first contentful paint's in every load measured.
  const look = (t) => {
    const root = document.querySelector("news-card")?.shadowRoot;
    const link = root?.querySelector('link[rel="stylesheet"]');
    const parsed = root?.querySelector(".title") && !root.querySelector(".news-card-root[hidden]");
    if (link ? !link.sheet : !parsed) return requestAnimationFrame(look);
    b.sheetFrame = t;
    requestAnimationFrame((next) => ((b.nextFrame = next), check()));
  };
  requestAnimationFrame(look);
  b.prerendered = () => {
    const atFcp = b.sheetFrame <= b.fcp;
    return { fcp: b.fcp, painted: atFcp ? b.fcp : b.nextFrame, atFcp };
  };
}

/**
 * Loads `url` on the mobile profile in a fresh context and waits, listening only, until the page
 * has told every milestone in `until` (see watchPaint), then evaluates `read` in the page. A card
 * that reports `news-card:error` ends the bench at once.
 */
async function mobileLoad(browser, url, until, read) {
  const context = await browser.newContext({ viewport: MOBILE.viewport, colorScheme: "light", isMobile: true, hasTouch: true });
  let timer;
  try {
    const page = await context.newPage();
    const waiting = new Set(until);
    const told = new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${url}: never told ${[...waiting].join(", ")}`)), WAIT.timeout);
      page.on("console", (m) => {
        const [tag, what] = m.text().split(" ");
        if (tag !== "news-card-bench") return;
        if (what.startsWith("error:")) return reject(new Error(`${url}: a card reported news-card:error (${what.slice(6)})`));
        if (waiting.delete(what) && !waiting.size) resolve();
      });
    });
    told.catch(() => {}); // awaited below; a failure before then must not go unhandled
    await page.addInitScript(instrument);
    await page.addInitScript(recordWasmInstances);
    await page.addInitScript(watchPaint, { sheet: until.includes("sheet") });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setExtraHTTPHeaders", { headers: { "x-bench-brotli": "1" } });
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: MOBILE.latency, downloadThroughput: MOBILE.down, uploadThroughput: MOBILE.up });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: MOBILE.cpu });
    await page.goto(url, { waitUntil: "commit" });
    await told;
    return await page.evaluate(read);
  } finally {
    clearTimeout(timer);
    await context.close();
  }
}

// What each mobile page waits for, and what it reads then (in the page).
const MOBILE_PAGES = {
  // ours, not prerendered: its first card drawn
  A: { until: ["first"], read: () => ({ ms: __bench.first }) },
  // the lean card: its first card drawn and painted, its page's first contentful paint
  C: { until: ["first", "painted", "fcp"], read: () => ({ ms: __bench.first, fcp: __bench.fcp, painted: __bench.lcp.find((t) => t > __bench.first) }) },
  // ours prerendered: its first paint, then its take-over
  P: { until: ["sheet", "fcp", "first"], read: () => ({ ...__bench.prerendered(), ms: __bench.first }) },
  // the floor: the prerendered card without its stylesheet, its first paint
  F: { until: ["sheet", "fcp"], read: () => __bench.prerendered() },
};

async function mobileBench() {
  const css = await readFile(join(root, "static/news-card.css"), "utf8");
  const server = await serveBench({ dist, reference: join(root, "bench/reference/news-card.js"), lean: join(root, "bench/lean/news-card.js"), css });
  const browser = await launch();
  const dir = mkdtempSync(join(tmpdir(), "news-card-mobile-"));
  try {
    // The seed as the bench serves it (its images on this server), prerendered by the tool.
    const seed = join(dir, "seed.json");
    writeFileSync(seed, await (await fetch(`${server.url}/articles/seed.json`)).text());
    const card = execFileSync(
      "cargo",
      ["run", "--release", "--quiet", "--bin", "news-card", "--", "render", "--stylesheet", "/news-card.css", "--base", `${server.url}/articles/seed.json`, seed],
      { cwd: root, encoding: "utf8", env: nativeEnv(), stdio: ["ignore", "pipe", "ignore"] },
    );
    const one = '<news-card src="/articles/seed.json"><a href="https://example.org/">Read the story</a></news-card>';
    server.pages["/mobile-A.html"] = page("A", one);
    server.pages["/mobile-C.html"] = page("C", one);
    const preloaded = (cards) => page("A", cards).replace("</title>", '</title>\n  <link rel="preload" as="style" href="/news-card.css">');
    server.pages["/mobile-P.html"] = preloaded(card);
    // The floor, not a card anyone would ship: the same prerendered card without its stylesheet,
    // so that its first paint waits for nothing but the page's own stylesheets and the layout.
    const link = '<link rel="stylesheet" href="/news-card.css">';
    const hidden = '<div class="news-card-root" hidden>';
    if (!card.includes(link) || !card.includes(hidden)) throw new Error("the prerendered card links no /news-card.css or is not hidden until it applies");
    server.pages["/mobile-F.html"] = preloaded(card.replace(link, "").replace(hidden, '<div class="news-card-root">'));
    const runs = { A: [], C: [], P: [], F: [] };
    for (let round = 0; round < MOBILE_ROUNDS; round++) {
      log(`mobile profile, round ${round + 1}/${MOBILE_ROUNDS}`);
      for (const [impl, { until, read }] of Object.entries(MOBILE_PAGES)) runs[impl].push(await mobileLoad(browser, `${server.url}/mobile-${impl}.html`, until, read));
    }
    return runs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Lighthouse

function runLighthouse(url) {
  const cli = join(root, "bench/node_modules/lighthouse/cli/index.js");
  return new Promise((resolve, reject) => {
    const args = [
      cli, url, "--quiet", "--output=json", "--output-path=stdout", "--only-categories=performance",
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --host-resolver-rules="${NO_NETWORK.split("=")[1]}"`,
    ];
    // Asynchronous: this process serves the page meanwhile.
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "", err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${err.slice(-500)}`));
      try {
        const r = JSON.parse(out);
        const a = r.audits;
        resolve({
          version: r.lighthouseVersion,
          score: r.categories.performance.score * 100,
          cls: a["cumulative-layout-shift"].numericValue,
          tbt: a["total-blocking-time"].numericValue,
          fcp: a["first-contentful-paint"].numericValue,
          lcp: a["largest-contentful-paint"].numericValue,
          formFactor: r.configSettings.formFactor,
          throttling: r.configSettings.throttlingMethod,
          runtimeError: r.runtimeError?.message,
        });
      } catch (e) {
        reject(new Error(`lighthouse output unreadable: ${e.message}`));
      }
    });
  });
}

async function lighthouse() {
  const css = await readFile(join(root, "static/news-card.css"), "utf8");
  const server = await serveBench({ dist, reference: join(root, "bench/reference/news-card.js"), css });
  const results = [];
  try {
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      log(`lighthouse ${i + 1}/${LIGHTHOUSE_RUNS}`);
      results.push(await runLighthouse(`${server.url}/index.html`));
    }
  } finally {
    await server.close();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// 7. Native model conversion

function convert() {
  const out = execFileSync("cargo", ["bench", "--quiet", "--bench", "convert"], { cwd: root, encoding: "utf8", env: nativeEnv() });
  return out
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l));
}

// The `news-card` tool on a folder of about 5,000 records (issue 8: "in seconds"): the 12 real
// sample records of tests/records copied 417 times; convert to one file each, then check them.
function dataTool() {
  execFileSync("cargo", ["build", "--release", "--quiet", "--bin", "news-card"], { cwd: root, stdio: "inherit", env: nativeEnv() });
  const tool = join(root, "target", "release", "news-card");
  const dir = mkdtempSync(join(tmpdir(), "news-card-bench-"));
  try {
    const records = join(dir, "records");
    mkdirSync(records);
    const samples = readdirSync(join(root, "tests", "records")).filter((f) => f.endsWith(".md"));
    let bytes = 0;
    for (let i = 0; i < 417; i++) {
      for (const f of samples) {
        const text = readFileSync(join(root, "tests", "records", f));
        writeFileSync(join(records, `${i}-${f}`), text);
        bytes += text.length;
      }
    }
    const time = (args) => {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        execFileSync(tool, args, { stdio: "ignore" });
        runs.push(performance.now() - start);
      }
      return median(runs);
    };
    const out = join(dir, "json");
    return {
      files: samples.length * 417,
      bytes,
      convert: time(["convert", "--out-dir", out, records]),
      check: time(["check", out]),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

// What our stylesheet's style rules are for, by selector: each rule counts in the first kind
// that matches it, and "the card itself" takes the rest. Rules inside @media and @container
// count once each; the at-rules themselves are counted apart.
const RULE_KINDS = [
  ["skeleton", /\.(skeleton|bone|line|retry|error-title|error-message)\b|^\.error$|slot/],
  ["controls", /\.(nav|position|list)\b/],
  ["variants", /:host\((\[|:not\(\[)(layout|theme)/],
  ["focus", /:focus-visible|:hover/],
  ["frames", /\.thumb|\.placeholder|data-failed/],
  ["hidden", /\.visually-hidden/],
];

function ruleKinds(rules) {
  const style = rules.filter((r) => r.selector !== undefined);
  const kinds = Object.fromEntries([...RULE_KINDS.map(([k]) => [k, 0]), ["card", 0]]);
  for (const r of style) kinds[RULE_KINDS.find(([, re]) => re.test(r.selector))?.[0] || "card"]++;
  return { style: style.length, at: rules.length - style.length, kinds };
}

function verdict(value, must, aim) {
  if (!Number.isFinite(value)) return "not measured";
  if (value <= aim) return "**pass** (aim met)";
  if (value <= must) return "**pass** (must met, aim not)";
  return "**FAIL**";
}

function machine(chromiumVersion) {
  let model = cpus()[0]?.model || "unknown";
  try {
    model = /model name\s*:\s*(.*)/.exec(execFileSync("cat", ["/proc/cpuinfo"], { encoding: "utf8" }))[1];
  } catch {}
  let os = "";
  try {
    os = /PRETTY_NAME="([^"]*)"/.exec(execFileSync("cat", ["/etc/os-release"], { encoding: "utf8" }))[1];
  } catch {}
  return { model, cores: cpus().length, ram: (totalmem() / 2 ** 30).toFixed(1), os, chromium: chromiumVersion, node: process.version };
}

async function main() {
  const started = new Date();
  const previousMd = await readFile(OUT, "utf8").catch(() => "");
  const loadBefore = loadavg();
  const articles = (await readdir(join(dist, "articles"))).filter((f) => f.endsWith(".json")).sort();

  log("sizes");
  const size = await sizes();

  let tw = null, twError = null;
  if (!flag("--no-twiggy") && !flag("--check")) {
    log("twiggy");
    try {
      tw = await twiggy(size.rows);
    } catch (e) {
      twError = String(e.message || e).split("\n")[0];
    }
  }

  log("browser runs");
  const b = await browserBench(articles);
  await b.server.close();
  if (flag("--check")) {
    console.log(JSON.stringify(b.same, null, 1));
    process.exitCode = b.same.differences.length ? 1 : 0;
    return;
  }

  log("mobile profile");
  const mobile = await mobileBench();

  let lh = [], lhError = null;
  if (!flag("--no-lighthouse")) {
    try {
      lh = await lighthouse();
    } catch (e) {
      lhError = String(e.message || e).split("\n")[0];
    }
  }

  let conv = null, convError = null;
  if (!flag("--no-convert")) {
    log("cargo bench --bench convert");
    try {
      conv = convert();
      log("news-card convert / check on ~5,000 records");
      conv.tool = dataTool();
    } catch (e) {
      convError = String(e.message || e).split("\n")[0];
    }
  }
  const loadAfter = loadavg();
  const m = machine(b.version);

  // ---- numbers
  const R = b.runs;
  // Ours (or `top`) over the reference (or `under`): the medians' ratio and each round's.
  const ratio = (name, f = (r) => r.ms, top = "A", under = "B") => {
    const a = R[name][top].map(f), bb = R[name][under].map(f);
    const paired = a.map((x, i) => x / bb[i]);
    return { a, b: bb, ratio: median(a) / median(bb), paired };
  };
  const first = ratio("first");
  const many = ratio("many");
  // The lean card: ours over it, and the reference over it.
  const lean = {
    first: ratio("first", undefined, "A", "C"),
    many: ratio("many", undefined, "A", "C"),
    firstRef: ratio("first", undefined, "B", "C"),
    manyRef: ratio("many", undefined, "B", "C"),
  };
  const lazy = { A: { big: R.lazy1000.A.map((r) => r.ms), small: R.lazy10.A.map((r) => r.ms) }, B: { big: R.lazy1000.B.map((r) => r.ms), small: R.lazy10.B.map((r) => r.ms) } };
  for (const k of ["A", "B"]) {
    lazy[k].ratio = median(lazy[k].big) / median(lazy[k].small);
    lazy[k].paired = lazy[k].big.map((x, i) => x / lazy[k].small[i]);
  }
  const memPer = {};
  for (const k of WITH_LEAN) {
    const at = (n, key, sub) => median(b.mem[k][n].map((r) => (sub ? r[key][sub] : r[key])));
    const per = (key) => (at(100, key) - at(0, key)) / 100;
    memPer[k] = {
      wasm: per("wasm"),
      js: per("jsHeap"),
      embedder: per("embedderHeap"),
      elements: at(100, "elements") / 100,
      texts: at(100, "texts") / 100,
      emptyTexts: at(100, "emptyTexts") / 100,
      others: at(100, "others") / 100,
      wasm0: at(0, "wasm"),
      wasm100: at(100, "wasm"),
      js0: at(0, "jsHeap"),
      js100: at(100, "jsHeap"),
      errors: b.mem[k][100].reduce((n, r) => n + r.errors, 0),
      groups: Object.fromEntries(Object.keys(b.mem[k][100][0].groups).map((g) => [g, at(100, "groups", g) / 100])),
      rules: ruleKinds(b.mem[k][100].find((r) => r.rules.length)?.rules || []),
    };
    memPer[k].total = memPer[k].wasm + memPer[k].js;
    memPer[k].nodes = memPer[k].elements + memPer[k].texts + memPer[k].emptyTexts + memPer[k].others;
  }
  const longTasks = { A: R.many.A.map((r) => r.longTasks), B: R.many.B.map((r) => r.longTasks), C: R.many.C.map((r) => r.longTasks) };
  const cls = { A: R.demo.A.map((r) => r.cls), B: R.demo.B.map((r) => r.cls), C: R.demo.C.map((r) => r.cls) };
  const demoLong = { A: R.demo.A.map((r) => r.longTasks), B: R.demo.B.map((r) => r.longTasks) };
  const errors = Object.entries(R).flatMap(([name, v]) => WITH_LEAN.map((k) => [name, k, v[k].reduce((n, r) => n + (r.errors || 0), 0)])).filter(([, , n]) => n);
  const outside = Object.values(R).flatMap((v) => [...v.A, ...v.B, ...v.C]).reduce((n, r) => n + (r.outside || 0), 0);
  const unstable = [...R.lazy1000.A, ...R.lazy1000.B, ...R.lazy10.A, ...R.lazy10.B].filter((r) => r.stable === false).length;
  const screenCards = median([...R.lazy1000.A, ...R.lazy10.A].map((r) => r.cards));

  // ---- markdown
  const kib = (n) => `${KiB(n)} KiB`;
  const spread = (xs, f = ms) => `${f(median(xs))} (${range(xs, f)})`;
  const lines = [];
  const p = (s = "") => lines.push(s);
  p("# Benchmarks");
  p();
  p(`Written by \`bash scripts/bench.sh\` (bench/run.mjs${QUICK ? " --quick" : ""}) on ${started.toISOString().slice(0, 16).replace("T", " ")} UTC. Measurements of one run on one machine, not`);
  p("guarantees; the tests check only the deterministic bundle size (tests/e2e/release.test.mjs), never time.");
  p(`Sizes are in **KiB = 1,024 bytes** (the issue's "KB"); times in ms. "Ours" is the release bundle in dist/`);
  p("loaded through its embed loader (news-card.js); \"reference\" is the hand-written plain-JS card in bench/reference/;");
  p("\"lean\" is the plain-JS card in bench/lean/ with the fewest nodes and rules that show what a reader sees.");
  p();
  p("| machine | |");
  p("|---|---|");
  p(`| CPU | ${m.model}, ${m.cores} cores |`);
  p(`| memory | ${m.ram} GiB |`);
  p(`| system | ${m.os} |`);
  p(`| browser | Chromium ${m.chromium} (/usr/bin/chromium, headless, Playwright ${JSON.parse(await readFile(join(root, "node_modules/playwright-core/package.json"), "utf8")).version}) |`);
  p(`| node | ${m.node} |`);
  p(`| load average (1 min) | ${loadBefore[0].toFixed(2)} at the start, ${loadAfter[0].toFixed(2)} at the end${loadBefore[0] > 0.5 * m.cores ? " (a busy machine: timings are noisy)" : ""} |`);
  p(`| page loads | ${ROUNDS} rounds, each loading every page once with ours then the reference (A, B, A, B, …; on the first-card, 100-card and demo pages the lean card after them: A, B, C, …), each load in a fresh browser context (cold cache), viewport ${VIEWPORT.width}×${VIEWPORT.height}, all on 127.0.0.1 |`);
  p();

  p("## Budgets (issue 17)");
  p();
  p("| what | ours | reference | must | aim | verdict (ours) |");
  p("|---|---|---|---|---|---|");
  p(`| whole embed bundle, brotli -11 | ${kib(size.total.brotli)} | ${kib(brotli(Buffer.from(b.server.referenceJs)))} | ≤ 90 KiB | ≤ 85 KiB | ${verdict(size.total.brotli / 1024, 90, 85)} |`);
  p(`| same, gzip -9 | ${kib(size.total.gzip)} | ${kib(gzip(Buffer.from(b.server.referenceJs)))} | ≤ 105 KiB | ≤ 70 KiB | ${verdict(size.total.gzip / 1024, 105, 70)} |`);
  p(`| navigation → first card's \`news-card:load\`, ms, median (min–max) | ${spread(first.a)} | ${spread(first.b)} | ≤ 1.3× | ≤ 1.1× | ${x2(first.ratio)}× (rounds ${range(first.paired, x2)}): ${verdict(first.ratio, 1.3, 1.1)} |`);
  p(`| 100 different cards, all loaded, ms | ${spread(many.a)} | ${spread(many.b)} | ≤ 1.3× | ≤ 1.1× | ${x2(many.ratio)}× (rounds ${range(many.paired, x2)}): ${verdict(many.ratio, 1.3, 1.1)} |`);
  p(`| 1,000 lazy cards: first screen loaded, ÷ the same for 10 cards | ${x2(lazy.A.ratio)}× (rounds ${range(lazy.A.paired, x2)}) | ${x2(lazy.B.ratio)}× (rounds ${range(lazy.B.paired, x2)}) | ≤ 1.2× | flat (≤ 1.05×) | ${verdict(lazy.A.ratio, 1.2, 1.05)} |`);
  p(`| memory per loaded card: wasm memory + JS heap after GC | ${kib(memPer.A.total)} | ${kib(memPer.B.total)} | ≤ 32 KiB | ≤ 8 KiB | ${verdict(memPer.A.total / 1024, 32, 8)} |`);
  p(`| main-thread tasks > 50 ms while 100 cards load, median (min–max) | ${spread(longTasks.A, String)} | ${spread(longTasks.B, String)} | 0 | 0 | ${verdict(median(longTasks.A), 0, 0)} |`);
  p(`| CLS of the demo page scrolled to the end while cards load, median (min–max) | ${spread(cls.A, (v) => v.toFixed(4))} | ${spread(cls.B, (v) => v.toFixed(4))} | ≤ 0.01 | 0 | ${verdict(median(cls.A), 0.01, 0)} |`);
  p();
  p("Issue 17 moved two budgets: memory per loaded card from ≤ 20 to ≤ 32 KiB, and the whole embed bundle from");
  p("≤ 85 / 100 KiB to ≤ 90 / 105 KiB (brotli / gzip).");
  p();
  p("A ratio is the median of ours over the median of the reference; \"rounds\" gives the range of the");
  p("per-round ratios (each round's load of ours over the reference's load right after it). Long tasks");
  p("and CLS are judged on the median load. The lean card's numbers are in \"The lean card\" below.");
  if (b.failures.length) {
    p();
    p(`Loads that failed (left out of the medians): ${b.failures.length}.`);
    for (const f of b.failures.slice(0, 10)) p(`- ${f}`);
  }
  if (errors.length) p(`\nCards that reported \`news-card:error\`: ${errors.map(([n, k, c]) => `${n} ${NAME[k]} ${c}`).join(", ")}.`);
  if (outside) p(`\nRequests to hosts other than 127.0.0.1 (refused): ${outside}.`);
  p();

  const mob = {
    lean: mobile.C.map((r) => r.ms),
    leanPainted: mobile.C.map((r) => r.painted),
    ours: mobile.A.map((r) => r.ms),
    fcp: mobile.P.map((r) => r.fcp),
    painted: mobile.P.map((r) => r.painted),
    takeover: mobile.P.map((r) => r.ms),
    leanFcp: mobile.C.map((r) => r.fcp),
    floor: mobile.F.map((r) => r.painted),
  };
  const mobRatio = (xs) => median(xs) / median(mob.lean);
  const paintRatio = (xs) => median(xs) / median(mob.leanPainted);
  const atFcp = mobile.P.filter((r) => r.atFcp).length;
  const row = (what, xs, rest = "| | | |") => p(`| ${what} | ${spread(xs)} | ${x2(mobRatio(xs))}× | ${x2(paintRatio(xs))}× ${rest}`);
  p("## Budgets (issue 18): the mobile profile");
  p();
  p(`CPU slowed ${MOBILE.cpu}×, ${MOBILE.latency} ms round trip, ${(MOBILE.down * 8) / 1e6} Mbit/s down, files served with brotli -11, viewport ${MOBILE.viewport.width}×${MOBILE.viewport.height}`);
  p(`(Chromium's network and CPU emulation); one card, the seed, on a page that links news-card-reserve.css; ${MOBILE_ROUNDS} rounds of the four`);
  p("pages in turn, each load in a fresh context. ms from navigation, median (min–max). The bench listens while a page");
  p("loads (its milestones come as console messages) and evaluates nothing in it until they have all come.");
  p();
  p("| what | ms | ÷ lean card drawn | ÷ lean card painted | must | aim | verdict |");
  p("|---|---|---|---|---|---|---|");
  row("lean card: its first card drawn (`news-card:load`, the card put in the DOM)", mob.lean);
  row("lean card: its first card painted (its headline's largest-contentful-paint entry)", mob.leanPainted);
  row("prerendered card (`news-card render`, stylesheet preloaded): its headline painted", mob.painted, `| ≤ 0.75× drawn | ≤ 0.5× | ${verdict(mobRatio(mob.painted), 0.75, 0.5)}; rounds ${range(mob.painted.map((t, i) => t / mob.lean[i]), x2)}× |`);
  row("the same page's first contentful paint", mob.fcp, `| | | card painted in the FCP's frame in ${atFcp} of ${mobile.P.length} loads |`);
  row("the widget took the prerendered card over (`news-card:load`)", mob.takeover);
  row("not prerendered: ours, first card drawn (`news-card:load`)", mob.ours, "| | | (issue 18 measured 1.65×, drawn against drawn) |");
  row("floor: the lean card's page, its first contentful paint (its own stylesheets, the fallback link)", mob.leanFcp);
  row("floor: the prerendered card without its stylesheet (unstyled, not shippable), headline painted", mob.floor);
  p();
  p("\"Rounds\": each round's prerendered paint over the lean card's load in the same round, lowest and highest; the");
  p("verdict is on the medians.");
  p();
  p("The verdict divides by the lean card's `news-card:load`, as issue 18 measured the lean card (\"its time to its first");
  p("card\"). That event fires when the lean card is put in the DOM, before its style, layout and paint, while the");
  p("prerendered card's time is its paint; the second ratio column compares paint with paint (both paint-timing");
  p("entries of the frame that draws the card), for information.");
  p();
  p("The two floors say where the time goes: no card can paint before the page's own render-blocking stylesheets");
  p("have come (one round trip after the HTML), and a prerendered card then costs its style, layout and paint on");
  p("the slowed CPU. Measured in traces of single loads, what brought the prerendered card from 0.81× towards the");
  p("floor without its stylesheet:");
  p();
  p("- its stylesheet is linked after the card, whose root is `hidden` until the sheet applies: Chromium stops parsing");
  p("  at a stylesheet in the body until it has come, so linked first, the card was parsed only then, a task and an");
  p("  empty frame later (about 25 ms of the slowed CPU);");
  p("- a prerendered card's related thumbnails load lazily, as its hero does: two were fetched with the stylesheets and");
  p("  decoded before the card's first frame (30 to 45 ms);");
  p("- the card sets two font weights and six font sizes, not five and twelve: each is a font the browser sets up in");
  p("  the card's first layout, on Linux a round trip to the browser process (the card's style and layout at full CPU");
  p("  speed, median of 30 loads in one run: 20.8 ms before, 12.3 ms after, 12.1 ms unstyled).");
  p();
  p("What is left between the card and that floor, measured on the same profile outside this bench (15 rounds, one");
  p("run): a copy of the prerendered card with its stylesheet inlined, which a strict `style-src` refuses, painted");
  p("at 612 ms against 644 ms linked (the linked file comes last of the page's four and is parsed then); and in");
  p("traces the card's first layout was 14 to 37 ms shorter on the slowed CPU with no bold text at all, the cost of");
  p("setting up the bold face. Both are kept: the link is the contract for strict CSP, and the headline is bold.");
  p();
  p("Both stylesheets a site links ship minified (scripts/css.mjs): news-card.css 4.8 → 2.4 KB brotli,");
  p("news-card-reserve.css 1.5 → 0.5 KB.");
  p();
  p("\"Headline painted\": the card's root is hidden until its linked stylesheet applies, and the frame that first has");
  p("the sheet paints the card whole: the first contentful paint when that frame is the page's first paint, else the");
  p("next frame's start. Not prerendered, nothing of the card shows until the loader, the glue and the wasm have come");
  p("and run.");
  p();

  p("## Bundle size: what a page downloads to show a card");
  p();
  p("| file | raw | gzip -9 | brotli -11 |");
  p("|---|---|---|---|");
  for (const r of size.rows) p(`| ${r.name}${r.loaded ? "" : " (not imported by the glue: never downloaded)"} | ${r.raw} B (${KiB(r.raw)} KiB) | ${r.gzip} B (${KiB(r.gzip)} KiB) | ${r.brotli} B (${KiB(r.brotli)} KiB) |`);
  p(`| **total downloaded** (loader + glue + wasm + imported snippets) | ${size.total.raw} B (**${KiB(size.total.raw)} KiB**) | ${size.total.gzip} B (**${KiB(size.total.gzip)} KiB**) | ${size.total.brotli} B (**${KiB(size.total.brotli)} KiB**) |`);
  if (size.all.raw !== size.total.raw) p(`| every file above | ${size.all.raw} B (${KiB(size.all.raw)} KiB) | ${size.all.gzip} B (${KiB(size.all.gzip)} KiB) | ${size.all.brotli} B (${KiB(size.all.brotli)} KiB) |`);
  p(`| reference card (bench/reference/news-card.js with the minified stylesheet), for scale | ${b.server.referenceJs.length} B | ${gzip(Buffer.from(b.server.referenceJs))} B | ${brotli(Buffer.from(b.server.referenceJs))} B |`);
  p(`| lean card (bench/lean/news-card.js, its stylesheet inside), for scale | ${b.server.leanJs.length} B | ${gzip(Buffer.from(b.server.leanJs))} B | ${brotli(Buffer.from(b.server.leanJs))} B |`);
  p();
  p("Each file compressed on its own, as a server sends it. The card's stylesheet is inside the wasm.");
  p();
  p("The format mapper (issue 21: cards from an article page, a feed or JSON-LD) is a module of its own, which a page");
  p("downloads only when one of its cards answers with something else than the article JSON:");
  p();
  p("| file | raw | gzip -9 | brotli -11 |");
  p("|---|---|---|---|");
  for (const r of size.mapper) p(`| ${r.name} | ${r.raw} B (${KiB(r.raw)} KiB) | ${r.gzip} B (${KiB(r.gzip)} KiB) | ${r.brotli} B (${KiB(r.brotli)} KiB) |`);
  const mt = size.mapperTotal;
  p(`| **the format mapper** | ${mt.raw} B (**${KiB(mt.raw)} KiB**) | ${mt.gzip} B (**${KiB(mt.gzip)} KiB**) | ${mt.brotli} B (**${KiB(mt.brotli)} KiB**) |`);
  p(`| **a page with such a card: the bundle and the mapper** | ${size.total.raw + mt.raw} B (${KiB(size.total.raw + mt.raw)} KiB) | ${size.total.gzip + mt.gzip} B (${KiB(size.total.gzip + mt.gzip)} KiB) | ${size.total.brotli + mt.brotli} B (${KiB(size.total.brotli + mt.brotli)} KiB) |`);
  p();
  p("Built into the widget's own wasm instead, the same mapping measured 18.1 KB gzip more for every page (125,551 B");
  p("against 107,457 B before it), against a must of 107,520 B. What the widget itself gained for it: telling such an answer");
  p("apart and handing it over (fetch.js, the loader's `runtime.mapper`, the `format` and `item` attributes), about 0.5 KB");
  p("gzip, paid for by the runtime module exporting only what the glue and the wasm import (0.5 KB) and a second");
  p("wasm-opt round (0.2 KB).");
  p();
  p("The byline's author (issue 21's last item) cost the widget 0.3 KB gzip (the field, its conversion, the span,");
  p("\"By\" in 13 languages), paid for by building the request as a `web_sys::Request` with gloo-net's headers");
  p("instead of gloo-net's `RequestBuilder` (1.05 KB gzip: it parsed the URL again and formatted a query string the");
  p("card never has). Mapping the author from every form added 2.3 KB gzip to the format mapper.");
  p();

  p("## The wasm's largest items (twiggy)");
  p();
  if (tw) {
    p(`\`twiggy top\` (${tw.version}) on the release build with its names kept: the cargo output of the same build`);
    p(`(target/wasm32-unknown-unknown/release/news-card-wasm.wasm) through wasm-bindgen and \`wasm-opt -Oz -g\` with`);
    p(`Trunk's flags. That file is ${tw.namedBytes} B, of which ${tw.namesBytes} B are the name section; without it,`);
    p(`${tw.namedBytes - tw.namesBytes} B against ${tw.shipped} B shipped. ${tw.sameGlue ? "With the short names scripts/minify.mjs gives, it imports and exports exactly what dist/'s wasm does (names, order, types), so it is the same build." : "**Its imports or exports differ from dist/'s: the cargo output is not the build in dist/ (rebuild with scripts/bench.sh).**"}`);
    p();
    p("| # | bytes | % of shipped wasm | item |");
    p("|---|---|---|---|");
    tw.top.forEach((r, i) => p(`| ${i + 1} | ${r.shallow_size} | ${((100 * r.shallow_size) / tw.shipped).toFixed(2)} | \`${r.name.replace(/\|/g, "\\|").replace(/::h[0-9a-f]{16}$/, "")}\` |`));
    p();
    p("By crate (the first crate path in each item's name; generic code is counted where its name starts):");
    p();
    p("| crate | bytes | % |");
    p("|---|---|---|");
    for (const [crate, bytes] of tw.crates) p(`| ${crate} | ${bytes} | ${((100 * bytes) / tw.shipped).toFixed(1)} |`);
  } else {
    p(twError ? `Not measured: ${twError}` : "Skipped (--no-twiggy).");
  }
  p();

  p("## Page loads");
  p();
  p("ms from navigation (performance.now() in the page), median (min–max) over the loads.");
  p();
  p("| page | ours | reference | ours ÷ reference |");
  p("|---|---|---|---|");
  p(`| demo page's 13 cards (lazy): first card's \`news-card:load\` | ${spread(first.a)} | ${spread(first.b)} | ${x2(first.ratio)} |`);
  p(`| 100 different eager cards: the 100th \`news-card:load\` | ${spread(many.a)} | ${spread(many.b)} | ${x2(many.ratio)} |`);
  p(`| 1,000 lazy cards: every card on the first screen loaded | ${spread(lazy.A.big)} | ${spread(lazy.B.big)} | ${x2(median(lazy.A.big) / median(lazy.B.big))} |`);
  p(`| 10 lazy cards: the same | ${spread(lazy.A.small)} | ${spread(lazy.B.small)} | ${x2(median(lazy.A.small) / median(lazy.B.small))} |`);
  p(`| demo page scrolled to the end: every card loaded | ${spread(R.demo.A.map((r) => r.ms))} | ${spread(R.demo.B.map((r) => r.ms))} | ${x2(median(R.demo.A.map((r) => r.ms)) / median(R.demo.B.map((r) => r.ms)))} |`);
  p();
  p(`- The cards' pages use the demo's stylesheet and grid and link news-card-reserve.css, as EMBEDDING.md asks (each card's box from the first paint); each card's \`src\` is one of the ${articles.length} records of`);
  p("  dist/articles/ with its own query string (`?card=N`), so the 100 and 1,000 cards are all different URLs.");
  p("  External image URLs in the records are rewritten by the bench server to a small local SVG.");
  p(`- The first screen is the cards that intersect the ${VIEWPORT.width}×${VIEWPORT.height} viewport (${screenCards} here); lazy cards load 200px ahead.${unstable ? ` In ${unstable} loads that set changed after loading.` : ""}`);
  p("- Ours on the demo page is dist/index.html as built (Trunk's start script); the other pages load ours through news-card.js.");
  p(`- Long tasks on the demo page, median (min–max): ours ${spread(demoLong.A, String)}, reference ${spread(demoLong.B, String)}. Longest task while 100 cards load: ours ${spread(R.many.A.map((r) => r.longest))} ms, reference ${spread(R.many.B.map((r) => r.longest))} ms.`);
  const largestShift = R.demo.A.map((r) => r.largest).filter(Boolean).sort((a, b) => b.value - a.value)[0];
  if (largestShift) p(`- The largest single layout shift on the demo page with ours: ${largestShift.value.toFixed(4)} at ${ms(largestShift.at)} ms; the elements that moved: ${largestShift.sources.join(", ")}.`);
  p(`- CLS is the largest session window of \`layout-shift\` entries without recent input (web-vitals' rule); the sum of all shifts, median: ours ${median(R.demo.A.map((r) => r.shiftSum)).toFixed(4)}, reference ${median(R.demo.B.map((r) => r.shiftSum)).toFixed(4)}.`);
  p();

  p("## Memory and DOM per loaded card");
  p();
  p(`The page with 100 eager cards, all loaded and 2.5 s more (ours shares an article that just arrived for 2 s),`);
  p(`against the same page with none (the script started), after three forced GCs (CDP HeapProfiler.collectGarbage); difference ÷ 100; median of ${MEMORY_ROUNDS} load${MEMORY_ROUNDS > 1 ? "s" : ""} each.`);
  p();
  const embedder = (k) => (Number.isFinite(memPer[k].embedder) ? kib(memPer[k].embedder) : "–");
  const kinds = (k) => `${memPer[k].elements.toFixed(1)} / ${memPer[k].texts.toFixed(1)} / ${memPer[k].emptyTexts.toFixed(1)} / ${memPer[k].others.toFixed(1)}`;
  p("| per card | ours | reference | lean |");
  p("|---|---|---|---|");
  p(`| wasm linear memory (the instance's exported memory: ${kib(memPer.A.wasm0)} → ${kib(memPer.A.wasm100)}) | ${kib(memPer.A.wasm)} | – | – |`);
  p(`| JS heap (Runtime.getHeapUsage usedSize) | ${kib(memPer.A.js)} | ${kib(memPer.B.js)} | ${kib(memPer.C.js)} |`);
  p(`| **wasm + JS heap** | **${kib(memPer.A.total)}** | **${kib(memPer.B.total)}** | **${kib(memPer.C.total)}** |`);
  p(`| Blink's DOM heap (embedderHeapUsedSize), for information | ${embedder("A")} | ${embedder("B")} | ${embedder("C")} |`);
  p(`| DOM nodes in the shadow root | ${memPer.A.nodes.toFixed(1)} | ${memPer.B.nodes.toFixed(1)} | ${memPer.C.nodes.toFixed(1)} |`);
  p(`| of which elements / text / empty text / other | ${kinds("A")} | ${kinds("B")} | ${kinds("C")} |`);
  p(`| the stylesheet's style rules (and at-rules) | ${memPer.A.rules.style} (${memPer.A.rules.at}) | ${memPer.B.rules.style} (${memPer.B.rules.at}) | ${memPer.C.rules.style} (${memPer.C.rules.at}) |`);
  p();
  p("Wasm memory only grows, in 64 KiB pages, so its share is the high-water mark of loading 100 cards,");
  p("not what they keep.");
  p();
  // What Yew's retained tree costs per node: the whole card is drawn by Yew (issue 17), which keeps
  // a bundle for every element it drew (tag, attributes, listeners, children) and, through
  // wasm-bindgen, a JS handle to each DOM node.
  const perNode = (bytes) => Math.round(bytes / memPer.A.nodes);
  p(`Per DOM node of ours, that is ${perNode(memPer.A.wasm)} bytes of wasm memory and ${perNode(memPer.A.js)} of JS heap`);
  p(`(${perNode(memPer.A.total)} in all): Yew's retained tree, which keeps each element it drew (tag, attributes,`);
  p("listeners, children) and a JS handle to its DOM node, and the card's share of the converted article.");
  p();

  p("## Lighthouse on the demo page");
  p();
  if (lh.length) {
    const pick = (k) => lh.map((r) => r[k]);
    p(`Lighthouse ${lh[0].version} (bench/package.json), performance category, on dist/index.html served from 127.0.0.1,`);
    p(`Chromium ${m.chromium} (--headless=new --no-sandbox), default settings: form factor ${lh[0].formFactor}, throttling`);
    p(`method \`${lh[0].throttling}\` (Lighthouse's simulated slow 4G and 4× CPU slowdown). Median (min–max) of ${lh.length} run${lh.length > 1 ? "s" : ""}.`);
    p();
    p("| metric | value |");
    p("|---|---|");
    p(`| performance score | ${spread(pick("score"), (v) => v.toFixed(0))} |`);
    p(`| cumulative layout shift | ${spread(pick("cls"), (v) => v.toFixed(3))} |`);
    p(`| total blocking time, ms | ${spread(pick("tbt"))} |`);
    p(`| first contentful paint, ms | ${spread(pick("fcp"))} |`);
    p(`| largest contentful paint, ms | ${spread(pick("lcp"))} |`);
    const runtimeErrors = lh.filter((r) => r.runtimeError);
    if (runtimeErrors.length) p(`\nLighthouse reported: ${runtimeErrors[0].runtimeError}`);
  } else {
    p(lhError ? `Not measured: ${lhError}` : "Skipped (--no-lighthouse).");
  }
  p();

  p("## The reference card");
  p();
  p("bench/reference/news-card.js: a plain-JavaScript `<news-card>` with the same shadow root, stylesheet");
  p("(static/news-card.css, minified as build.rs does, in one constructable sheet shared by every card), lazy");
  p("loading (one IntersectionObserver, 200px ahead), events and DOM as ours, and no framework.");
  if (b.same.differences.length) {
    p(`**Its DOM differs from ours in ${b.same.differences.length} of ${b.same.compared} cards** (attributes compared in any order):`);
    for (const d of b.same.differences.slice(0, 5)) p(`- ${d.src}: ours \`…${d.ours}…\`, reference \`…${d.reference}…\``);
  } else {
    p(`Checked in this run: its shadow DOM equals ours (elements, attributes in any order, text) for all ${b.same.compared}`);
    p(`cards compared: the ${articles.length} records, a card whose record is missing (error panel) and a lazy card off screen (skeleton).`);
  }
  p();

  // ---- the lean card
  const A = memPer.A, C = memPer.C;
  const over = (x, y) => (Number.isFinite(x / y) && y ? x2(x / y) : "–");
  const leanSize = { brotli: brotli(Buffer.from(b.server.leanJs)), gzip: gzip(Buffer.from(b.server.leanJs)) };
  const refSize = { brotli: brotli(Buffer.from(b.server.referenceJs)), gzip: gzip(Buffer.from(b.server.referenceJs)) };
  p("## The lean card");
  p();
  p(`bench/lean/news-card.js: a plain-JavaScript \`<news-card>\` with the fewest DOM nodes and CSS rules that still show`);
  p("what a reader sees on ours: the hero image, the title linking to the story (new tab), the excerpt, the provider's");
  p("name, the date (\"5 June 2021 · 5 years ago\", English), the topic chips and the related stories (thumbnail, title");
  p("link, provider, date) in a list that scrolls sideways. The same lazy loading (one IntersectionObserver, 200px");
  p("ahead), one constructable stylesheet for every card and the same `news-card:load`; no skeleton, error panel,");
  p("carousel controls, layouts, themes or languages, and none of the reference's data checks but http(s) URLs only");
  p("(its header comment lists what it leaves out). It is not DOM-equal to ours and is not in the check above. It is");
  p("loaded on the same pages from the same server, right after the reference in each round (A, B, C).");
  p();
  p("| | ours | reference | lean | ours ÷ lean | reference ÷ lean |");
  p("|---|---|---|---|---|---|");
  p(`| navigation → first card's \`news-card:load\` (demo page's cards), ms, median (min–max) | ${spread(lean.first.a)} | ${spread(lean.firstRef.a)} | ${spread(lean.first.b)} | ${x2(lean.first.ratio)} (rounds ${range(lean.first.paired, x2)}) | ${x2(lean.firstRef.ratio)} (rounds ${range(lean.firstRef.paired, x2)}) |`);
  p(`| 100 different cards, all loaded, ms | ${spread(lean.many.a)} | ${spread(lean.manyRef.a)} | ${spread(lean.many.b)} | ${x2(lean.many.ratio)} (rounds ${range(lean.many.paired, x2)}) | ${x2(lean.manyRef.ratio)} (rounds ${range(lean.manyRef.paired, x2)}) |`);
  p(`| main-thread tasks > 50 ms while 100 cards load, median (min–max) | ${spread(longTasks.A, String)} | ${spread(longTasks.B, String)} | ${spread(longTasks.C, String)} | | |`);
  p(`| CLS of the demo page scrolled to the end while cards load, median (min–max) | ${spread(cls.A, (v) => v.toFixed(4))} | ${spread(cls.B, (v) => v.toFixed(4))} | ${spread(cls.C, (v) => v.toFixed(4))} | | |`);
  p(`| memory per loaded card: wasm memory + JS heap after GC | ${kib(A.total)} | ${kib(memPer.B.total)} | ${kib(C.total)} | ${over(A.total, C.total)} | ${over(memPer.B.total, C.total)} |`);
  p(`| DOM nodes in a card's shadow root | ${A.nodes.toFixed(1)} | ${memPer.B.nodes.toFixed(1)} | ${C.nodes.toFixed(1)} | ${over(A.nodes, C.nodes)} | ${over(memPer.B.nodes, C.nodes)} |`);
  p(`| the stylesheet's style rules (and at-rules) | ${A.rules.style} (${A.rules.at}) | ${memPer.B.rules.style} (${memPer.B.rules.at}) | ${C.rules.style} (${C.rules.at}) | ${over(A.rules.style, C.rules.style)} | ${over(memPer.B.rules.style, C.rules.style)} |`);
  p(`| what a page downloads, brotli -11 | ${kib(size.total.brotli)} | ${kib(refSize.brotli)} | ${kib(leanSize.brotli)} | ${over(size.total.brotli, leanSize.brotli)} | ${over(refSize.brotli, leanSize.brotli)} |`);
  p(`| same, gzip -9 | ${kib(size.total.gzip)} | ${kib(refSize.gzip)} | ${kib(leanSize.gzip)} | ${over(size.total.gzip, leanSize.gzip)} | ${over(refSize.gzip, leanSize.gzip)} |`);
  p();
  p("Nodes and memory on the 100-card page; rules of the first card's stylesheets (adopted and `<style>`), a rule");
  p("inside @media or @container counted once. Memory of the lean card as for the others above.");
  p();
  const g = A.groups;
  const grouped = g.hidden + g.controls + g.heading + g.unlisted + g.frames;
  const n1 = (x) => x.toFixed(1);
  p(`**What a reader would miss.** Per card, ours has ${n1(A.nodes)} nodes in its shadow root and the lean card ${n1(C.nodes)}:`);
  p(`${n1(A.nodes - C.nodes)} more. Of ours, ${n1(g.hidden)} are text only screen readers hear ("opens in a new tab"); ${n1(g.controls)} the`);
  p(`carousel's buttons and readout (where related stories overflow); ${n1(g.heading)} the "Related stories" band; ${n1(g.frames)} the frames`);
  p(`behind images, which show the provider's initial while an image loads, when it fails or when a story has none;`);
  p(`${n1(g.unlisted)} the provider's domain and logo, the image credit and the "Updated" date, which the lean card leaves out; and`);
  p(`the other ${n1(A.nodes - C.nodes - grouped)} more are wrappers: the same fields in more elements (figure, body, the byline's and the date's`);
  p("parts, the slides' headings and meta), which carry the fixed shapes, the clipping and the `::part()` names. A reader");
  p("would miss the heading, the carousel's buttons, the initials of stories without an image and the provider's domain");
  p("and logo; the rest they do not see.");
  p();
  const k = A.rules.kinds;
  p(`Ours' stylesheet has ${A.rules.style} style rules (and ${A.rules.at} at-rules), the lean card's ${C.rules.style} (and ${C.rules.at}). Of ours,`);
  p(`${k.skeleton} style the skeleton, the error panel and the fallback, which a loaded card never shows; ${k.controls} the carousel's`);
  p(`buttons and readout and related="list"; ${k.variants} the layouts and themes (the horizontal layout a card wider than 36em`);
  p(`takes, and those a page picks with attributes); ${k.focus} keyboard focus rings and hover; ${k.frames} the image frames (images`);
  p(`sized in their boxes), initials and failed images; ${k.hidden} the text only screen readers hear; and ${k.card} the card itself:`);
  p("the reset that keeps the page's styles out, the fixed shapes (clamped lines, fixed heights) that keep cards from");
  p("moving while they load, and the same fields over more elements. A reader would miss the focus rings and hover, the");
  p("fixed shapes (the lean card's CLS above is what they save) and the wide layout; the skeleton, error, list and");
  p("other variant rules show only while a card loads, when it fails or when a page asks for them. Ours also writes");
  p("dates in the page's language through `Intl`; the lean card writes them in English.");
  p();

  p("## Model: JSON text to checked article (native, release, median of 7 × 2,000 runs)");
  p();
  if (conv) {
    p("| record | JSON bytes | µs per conversion |");
    p("|---|---|---|");
    for (const r of conv) p(`| ${r.record} | ${r.bytes} | ${(r.median_ns / 1000).toFixed(1)} |`);
    const t = conv.tool;
    p();
    p(`The \`news-card\` tool (release build) on ${t.files} records (${(t.bytes / 1e6).toFixed(1)} MB of front-matter Markdown), median of 3 runs:`);
    p(`\`convert --out-dir\` ${(t.convert / 1000).toFixed(2)} s, \`check\` of the JSON written ${(t.check / 1000).toFixed(2)} s.`);
  } else {
    const previous = /## Model: [^\n]*\n([\s\S]*?)(?=\n## )/.exec(previousMd)?.[1].trim();
    const kept = previous && previous.includes("| record |") ? previous.split("\n").filter((l) => l.startsWith("|")).join("\n") : null;
    p(convError ? `Not measured: ${convError}.` : "Skipped in this run (--no-convert).");
    if (kept) {
      p("Kept from the previous BENCHMARKS.md:");
      p();
      p(kept);
    }
  }
  p();

  p("## How to reproduce");
  p();
  p("`bash scripts/bench.sh` on a quiet machine: it installs what is missing (scripts/setup.sh; Lighthouse");
  p("12.2.3 from bench/package-lock.json into bench/node_modules; twiggy), builds the release bundle");
  p("(`scripts/release.sh`) and runs `node bench/run.mjs`, which rewrites this file (about 12 minutes on 2 cores).");
  p("Flags go through to bench/run.mjs: `--quick` (3 rounds, for development), `--rounds=N` (every section's),");
  p("`--no-lighthouse`, `--no-convert`, `--no-twiggy`; `--no-build` (bench.sh only) measures dist/ as it is.");
  p("The browser is Debian's Chromium at /usr/bin/chromium (or $CHROMIUM); nothing is downloaded and no page load");
  p("leaves 127.0.0.1.");
  p();

  const md = lines.join("\n");
  await writeFile(OUT, md);
  console.log(md);
}

await main();
