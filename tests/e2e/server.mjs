// A small static file server on 127.0.0.1 for end-to-end tests; each test file starts and
// stops its own. Several folders can be mounted under URL prefixes, `?delay=MS` holds a
// response back (to race two requests), and it records which requests the client aborted.
import { createServer } from "node:http";
import { brotliCompressSync, constants } from "node:zlib";
import { createHash } from "node:crypto";
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
  ".png": "image/png",
};

/**
 * Serves `mounts` ({ "/prefix/": folder }, longest prefix first; a string serves one folder at
 * "/") on an ephemeral port of 127.0.0.1. `headers(path)` adds response headers (a CSP, CORS);
 * `pages[path]` answers a path with generated HTML; `routes[path](req, res)` answers it by hand
 * (a key ending in "/" answers every path under it)
 * (faults: flaky servers, endless bodies). Files and pages go out brotli-compressed, as a
 * production server sends them, when `brotli(req)` says so (the benchmark's mobile profile).
 * Returns { url, requests, aborted, close }.
 */
export async function serve(mounts, { headers = () => ({}), pages = {}, routes = {}, brotli = () => false } = {}) {
  if (typeof mounts === "string") mounts = { "/": mounts };
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const routePrefixes = Object.keys(routes).filter((k) => k.endsWith("/")).sort((a, b) => b.length - a.length);
  const requests = [];
  const aborted = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    let finished = false;
    res.on("finish", () => (finished = true));
    res.on("close", () => finished || aborted.push(path));
    const delay = Number(url.searchParams.get("delay") || 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10_000)));
    if (res.destroyed) return;
    const extra = headers(path);
    const route = routes[path] || routes[routePrefixes.find((p) => path.startsWith(p))];
    if (route) return route(req, res);
    if (pages[path] !== undefined) {
      const page = typeof pages[path] === "function" ? pages[path]() : pages[path];
      sendBody(req, res, { "content-type": TYPES[".html"], "cache-control": "no-store", ...extra }, page, brotli(req));
      return;
    }
    const prefix = prefixes.find((p) => path.startsWith(p));
    const root = prefix && normalize(mounts[prefix]);
    const file = root && normalize(join(root, path.slice(prefix.length) || "index.html"));
    try {
      if (!file || !(file === root || file.startsWith(root + sep))) throw new Error("outside");
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      const type = TYPES[extname(file)] || "application/octet-stream";
      sendBody(req, res, { "content-type": type, "cache-control": "no-store", ...extra }, body, brotli(req));
    } catch {
      res.writeHead(404, { "content-type": "text/plain", ...extra }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    aborted,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}

// Brotli-compressed bodies by a hash of their bytes: the same file compresses once.
const compressed = new Map();

/**
 * Answers 200 with `body` and `headers`; brotli-compressed (quality 11, as a build step would)
 * when `encode` and the client accepts it.
 */
export function sendBody(req, res, headers, body, encode) {
  if (!encode || !/\bbr\b/.test(req.headers["accept-encoding"] || "")) {
    res.writeHead(200, headers).end(body);
    return;
  }
  const bytes = Buffer.from(body);
  const key = createHash("sha256").update(bytes).digest("hex");
  if (!compressed.has(key)) compressed.set(key, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  res.writeHead(200, { ...headers, "content-encoding": "br", vary: "accept-encoding" }).end(compressed.get(key));
}
