// Measures news-card and writes BENCHMARKS.md. Run: `bash scripts/bench.sh`
// (it installs what is missing and builds the release bundle first).
//
// 1. Bundle size of dist/ (raw, gzip -9, brotli -11): what a reader downloads.
// 2. Model conversion time per real record, natively (cargo bench --bench convert).
// 3. Demo page in Debian's Chromium: time from navigation until the first card (the seed) has
//    rendered, median of 7 loads, served from 127.0.0.1 with external images answered locally.
import { readFile, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { launch, openPage } from "../tests/e2e/browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function sizes() {
  const rows = [];
  for (const file of ["news-card-wasm_bg.wasm", "news-card-wasm.js", "news-card.js"]) {
    const bytes = await readFile(join(root, "dist", file));
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push(`| ${file} | ${bytes.length} (${kb(bytes.length)} KiB) | ${gzipSync(bytes, { level: 9 }).length} | ${br} (${kb(br)} KiB) |`);
  }
  return rows;
}

function convert() {
  const out = execFileSync("cargo", ["bench", "--quiet", "--bench", "convert"], { cwd: root, encoding: "utf8" });
  return out
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l))
    .map((r) => `| ${r.record} | ${r.bytes} | ${(r.median_ns / 1000).toFixed(1)} |`);
}

async function pageLoad() {
  const server = await serve(join(root, "dist"));
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < 7; i++) {
      const { context, page } = await openPage(browser);
      await page.goto(server.url + "/");
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const done = () => document.querySelector("news-card")?.shadowRoot?.querySelector("article.card, .error");
            const tick = () => (done() ? resolve(performance.now()) : requestAnimationFrame(tick));
            tick();
          }),
      );
      times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

const date = new Date().toISOString().slice(0, 10);
const chromium = execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
const sizeRows = await sizes();
const convertRows = convert();
const loads = await pageLoad();

const md = `# Benchmarks

Written by \`bash scripts/bench.sh\` (bench/run.mjs) on ${date}, on this project's 2-core machine
(${chromium}). Numbers are measurements of one run, not guarantees; tests check only the
deterministic bundle-size budget (tests/e2e/release.test.mjs), never time.

## Release bundle (\`trunk build --release\`: opt-level z, LTO, wasm-opt -Oz)

| file | raw bytes | gzip -9 | brotli -11 |
|---|---|---|---|
${sizeRows.join("\n")}

For scale: a Yew "hello world" is about 42 KB of wasm brotli (../shared/guide/toolchain.md).

## Model: JSON text to checked article (native, release, median of 7 x 2,000 runs)

| record | JSON bytes | µs per conversion |
|---|---|---|
${convertRows.join("\n")}

## Demo page in Chromium: navigation until the first card has rendered

Median ${median(loads).toFixed(0)} ms over ${loads.length} loads (min ${Math.min(...loads).toFixed(0)}, max ${Math.max(...loads).toFixed(0)}).
Includes fetching and compiling the wasm and fetching the article from 127.0.0.1 (no network
latency); cards further down load lazily, as they near the viewport, and are not in this number.
`;
await writeFile(join(root, "BENCHMARKS.md"), md);
console.log(md);
