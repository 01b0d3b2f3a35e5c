// The benchmark's static server on 127.0.0.1: dist/ at "/", the reference card at
// "/reference/news-card.js" (with the card's stylesheet put in, minified as build.rs does for
// the wasm), generated pages, and the articles with every external image URL rewritten to a
// stand-in image on this server, so no page load leaves the machine and every load does the
// same work (no request interception in the browser, which would add a round trip through
// Playwright to every request and blur the timings).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { join, normalize, extname, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

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
 * Serves on an ephemeral port of 127.0.0.1. Returns { url, pages (a Map of path -> HTML to
 * fill), referenceJs, close }.
 */
export async function serveBench({ dist, reference, css }) {
  const pages = new Map();
  const names = new Map();
  const articles = new Map();
  const referenceJs = (await readFile(reference, "utf8")).replace('"__NEWS_CARD_CSS__"', JSON.stringify(minifyCss(css)));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname);
    const send = (status, type, body) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(body);
    };
    try {
      if (pages.has(path)) return send(200, TYPES[".html"], pages.get(path));
      if (path === "/reference/news-card.js") return send(200, TYPES[".js"], referenceJs);
      // Stand-ins for the rewritten external images and for the records' relative logo paths.
      if (path.startsWith("/img/") || path.startsWith("/assets/")) return send(200, TYPES[".svg"], IMAGE);
      if (path.startsWith("/articles/") && path.endsWith(".json")) {
        if (!articles.has(path)) {
          const doc = JSON.parse(await readFile(join(dist, path), "utf8"));
          articles.set(path, JSON.stringify(localImages(doc, names)));
        }
        return send(200, TYPES[".json"], articles.get(path));
      }
      const root = normalize(dist);
      const file = normalize(join(root, path === "/" ? "index.html" : path));
      if (!file.startsWith(root + sep) || !(await stat(file)).isFile()) throw new Error("not found");
      return send(200, TYPES[extname(file)] || "application/octet-stream", await readFile(file));
    } catch {
      if (!res.headersSent) send(404, "text/plain", "not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    pages,
    referenceJs,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}
