// The benchmark's static server on 127.0.0.1: dist/ at "/", the reference card at
// "/reference/news-card.js" (with the card's stylesheet put in, minified as build.rs does for
// the wasm), the lean card at "/lean/news-card.js" (as it is: its stylesheet is its own),
// generated pages, and the articles with every external image URL rewritten to a
// stand-in image on this server, so no page load leaves the machine and every load does the
// same work (no request interception in the browser, which would add a round trip through
// Playwright to every request and blur the timings).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve, sendBody } from "../tests/e2e/server.mjs";

// A 16:9 grey SVG, as tests/e2e/browser.mjs answers for images on other hosts.
const IMAGE = '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="100%" height="100%" fill="#8a94a6"/></svg>';

/** static/news-card.css as build.rs minifies it into the wasm: comments and spare space out. */
export function minifyCss(css) {
  const text = css.replace(/\/\*[\s\S]*?(\*\/|$)/g, " ");
  let out = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joins = (c) => "{};,>".includes(c);
    if (out && !joins(out.at(-1)) && !out.endsWith(":") && !joins(word[0])) out += " ";
    out += word;
  }
  return out;
}

/** Every absolute image URL of an article (images, logos, related images) -> /img/<n>.svg. */
function localImages(doc, names) {
  const local = (image) => {
    if (image && typeof image.url === "string" && /^https?:\/\//i.test(image.url)) {
      if (!names.has(image.url)) names.set(image.url, names.size);
      image.url = `/img/${names.get(image.url)}.svg`;
    }
  };
  const story = (s) => {
    if (!s || typeof s !== "object") return;
    for (const i of s.images || []) local(i);
    for (const i of s.provider?.images || []) local(i);
  };
  story(doc);
  for (const r of doc.related || []) story(r);
  return doc;
}

/**
 * Serves on an ephemeral port of 127.0.0.1 (the tests' static server, tests/e2e/server.mjs).
 * Returns { url, pages (an object of path -> HTML to fill), referenceJs, leanJs, close }.
 */
export async function serveBench({ dist, reference, lean, css }) {
  const pages = {};
  const names = new Map();
  const articles = new Map();
  const referenceJs = (await readFile(reference, "utf8")).replace('"__NEWS_CARD_CSS__"', JSON.stringify(minifyCss(css)));
  const leanJs = lean ? await readFile(lean, "utf8") : "";
  // The mobile profile's loads ask for brotli, as a production server sends files.
  const brotli = (req) => req.headers["x-bench-brotli"] === "1";
  const answer = (req, res, type, body) => sendBody(req, res, { "content-type": type, "cache-control": "no-store" }, body, brotli(req));
  const image = (req, res) => answer(req, res, "image/svg+xml", IMAGE);
  const server = await serve(dist, {
    pages,
    brotli,
    routes: {
      "/reference/news-card.js": (req, res) => answer(req, res, "text/javascript; charset=utf-8", referenceJs),
      "/lean/news-card.js": (req, res) => answer(req, res, "text/javascript; charset=utf-8", leanJs),
      // Stand-ins for the rewritten external images and for the records' relative logo paths.
      "/img/": image,
      "/assets/": image,
      "/articles/": async (req, res) => {
        const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
        try {
          if (!articles.has(path)) {
            const doc = JSON.parse(await readFile(join(dist, path), "utf8"));
            articles.set(path, JSON.stringify(localImages(doc, names)));
          }
          answer(req, res, "application/json; charset=utf-8", articles.get(path));
        } catch {
          res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        }
      },
    },
  });
  return { url: server.url, pages, referenceJs, leanJs, close: server.close };
}
