// Debian's Chromium driven by playwright-core (no browser download), plus helpers that read
// inside the cards' shadow roots.
import { chromium } from "playwright-core";

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

// A 16:9 grey SVG: what the tests answer for images on hosts outside 127.0.0.1, since these
// machines reach no other host. It lets pages render as they would with the real images.
const STAND_IN_IMAGE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="100%" height="100%" fill="#8a94a6"/></svg>';

/**
 * The instant the pages' clocks stand at: the seed (5 June 2021) reads "5 years ago" on any
 * day the tests run, in the screenshots too.
 */
export const NOW = "2026-11-26T12:00:00Z";

/**
 * Opens a page that records console errors, page errors and failed image loads, and answers
 * every request for another host with a stand-in: an image, a blank page for a link opened,
 * a network error for anything else. The page speaks en-US whatever the machine's locale, and
 * its `Date.now()` (the widget's only clock, src/platform/clock.rs) returns `now`; timers run
 * as usual. `now: null` leaves the clock alone, for a test that installs its own;
 * `javaScriptEnabled: false` is a reader without script.
 */
export async function openPage(browser, { colorScheme = "light", viewport = { width: 1200, height: 900 }, now = NOW, javaScriptEnabled = true } = {}) {
  const context = await browser.newContext({ colorScheme, viewport, locale: "en-US", javaScriptEnabled });
  if (now !== null) await context.addInitScript(`Date.now = () => ${Date.parse(now)};`);
  const page = await context.newPage();
  const log = { consoleErrors: [], pageErrors: [], imageFailures: [] };
  page.on("console", (m) => m.type() === "error" && log.consoleErrors.push(m.text()));
  page.on("pageerror", (e) => log.pageErrors.push(String(e)));
  page.on("response", (r) => {
    if (r.status() >= 400 && r.request().resourceType() === "image") log.imageFailures.push(r.url());
  });
  // Routed on the context, so tabs the page opens (target=_blank) are covered too.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    const type = route.request().resourceType();
    if (type === "image") return route.fulfill({ status: 200, contentType: "image/svg+xml", body: STAND_IN_IMAGE });
    if (type === "document") return route.fulfill({ status: 200, contentType: "text/html", body: "<title>external story</title>" });
    return route.abort("internetdisconnected");
  });
  return { context, page, log };
}

/**
 * An init script: keeps each wasm instance the page starts in `window.__wasm`, so a test can
 * read the widget's memory (the widget ships nothing for tests to reach into).
 */
export function recordWasmInstances() {
  window.__wasm = [];
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      window.__wasm.push(result instanceof WebAssembly.Instance ? result : result.instance);
      return result;
    };
  }
}

/**
 * In the page: how many times the loader started a fresh instance after a crash (each imports
 * a copy of the glue, `news-card-wasm….js#N`, pinned by a `<link rel="modulepreload">` in the
 * release build), for a browser a test cannot give an init script (Firefox through WebDriver).
 * The copy may come from the HTTP cache, where resource timing would not see it. A restart
 * whose instance never started leaves the cards dead, which the tests check after this.
 */
export const RESTARTS = `document.querySelectorAll('link[rel="modulepreload"][href*="news-card-wasm"][href*="#"]').length`;

/** Console errors other than the browser's own note for each failed image load. */
export function unexpectedConsoleErrors(log) {
  let allowed = log.imageFailures.length;
  return log.consoleErrors.filter((text) => {
    if (allowed > 0 && text.startsWith("Failed to load resource")) {
      allowed--;
      return false;
    }
    return true;
  });
}

/** Evaluates `fn(shadowRoot, arg)` for the `index`-th <news-card> on the page. */
export async function inCard(page, index, fn, arg) {
  return page.evaluate(
    ([i, source, a]) => {
      const host = document.querySelectorAll("news-card")[i];
      const root = host && host.shadowRoot;
      // eslint-disable-next-line no-new-func
      return new Function("root", "arg", `return (${source})(root, arg);`)(root, a);
    },
    [index, fn.toString(), arg],
  );
}
