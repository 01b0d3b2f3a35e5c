// What a card tells other servers about the page it is on (issue 20): two servers on
// 127.0.0.1, the page's and the articles' (another origin, with CORS), the second recording the
// Referer of every request. The page asks for `unsafe-url` (its full URL, query included, to
// everyone) and carries a secret in its query; the cards must send no more than the page's
// origin for an article, nothing with `referrerpolicy="no-referrer"`, and nothing for an image.
// An eager card 6,000 px down draws at once, and its lazy image (the hero) must wait until it is
// scrolled to. The article requests cover each way a card fetches: the loader's early fetch
// (eager cards), the wasm's own (a lazy card scrolled to), and a reload().
import assert from "node:assert/strict";
import { serve } from "./server.mjs";

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"><rect width="16" height="9" fill="#789"/></svg>';

/** Starts both servers; `dist` is the bundle. Returns { page, records, articles, close }. */
export async function startReferrerServers(dist) {
  const records = [];
  const cors = { "access-control-allow-origin": "*", "cache-control": "no-store" };
  let articles = null;
  const record = (req) => records.push({ path: new URL(req.url, "http://x").pathname, referer: req.headers.referer ?? null });
  const article = (id) => (req, res) => {
    record(req);
    const image = (name) => ({ url: `${articles.url}/img/${id}-${name}.svg`, width: 640, height: 360 });
    const body = {
      title: `The ${id} story`,
      webUrl: `https://news.example/${id}`,
      images: [image("hero")],
      related: [{ title: `Related to ${id}`, webUrl: `https://news.example/${id}/r`, images: [image("related")] }],
    };
    res.writeHead(200, { "content-type": "application/json", ...cors }).end(JSON.stringify(body));
  };
  articles = await serve({}, {
    routes: {
      "/plain.json": article("plain"),
      "/none.json": article("none"),
      "/far.json": article("far"),
      "/lazy.json": article("lazy"),
      "/img/": (req, res) => {
        record(req);
        res.writeHead(200, { "content-type": "image/svg+xml", ...cors }).end(SVG);
      },
    },
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="referrer" content="unsafe-url"><title>privacy</title>
<script type="module" src="/news-card.js"></script></head><body>
<news-card id="plain" loading="eager" src="${articles.url}/plain.json"></news-card>
<news-card id="none" loading="eager" referrerpolicy="no-referrer" src="${articles.url}/none.json"></news-card>
<div style="height: 3000px"></div>
<news-card id="lazy" src="${articles.url}/lazy.json"></news-card>
<div style="height: 6000px"></div>
<news-card id="far" loading="eager" src="${articles.url}/far.json"></news-card>
</body></html>`;
  const pages = await serve(dist, { pages: { "/privacy.html": html } });
  return {
    page: `${pages.url}/privacy.html?secret=42`,
    origin: pages.url,
    records,
    close: async () => {
      await pages.close();
      await articles.close();
    },
  };
}

/** What every browser must have sent once the three cards are drawn, before any scrolling. */
export function assertReferrersBeforeScrolling(records, origin) {
  const to = (path) => records.filter((r) => r.path === path);
  assert.equal(to("/plain.json").length, 1, JSON.stringify(records));
  assert.equal(to("/plain.json")[0].referer, `${origin}/`, "an article hears the page's origin only, never its path or query");
  assert.equal(to("/none.json").length, 1);
  assert.equal(to("/none.json")[0].referer, null, 'referrerpolicy="no-referrer": nothing');
  // Eager, but not on the first screen: fetched by the element's runtime or the wasm.
  assert.equal(to("/far.json").length, 1);
  assert.equal(to("/far.json")[0].referer, `${origin}/`);
  const images = records.filter((r) => r.path.startsWith("/img/"));
  assert.ok(images.some((r) => r.path === "/img/plain-hero.svg"), "the first card's image came");
  for (const image of images) assert.equal(image.referer, null, `${image.path} was sent a referrer`);
  // The hero is lazy (the first two related thumbnails are eager on purpose: they show as the
  // card does, slide.rs).
  assert.deepEqual(images.filter((r) => r.path === "/img/far-hero.svg"), [], "a lazy image 6,000 px down waited");
}

/**
 * After the lazy card was scrolled to (the wasm's own fetch) and the first card reloaded (a
 * fetch of the card's own): the page's origin at most, still.
 */
export function assertReferrersOfTheWasmsFetches(records, origin) {
  const to = (path) => records.filter((r) => r.path === path);
  assert.equal(to("/lazy.json").length, 1, JSON.stringify(records));
  assert.equal(to("/lazy.json")[0].referer, `${origin}/`);
  assert.equal(to("/plain.json").length, 2, "reloaded");
  assert.equal(to("/plain.json")[1].referer, `${origin}/`);
}

/** After scrolling to the far card: its image came, with no referrer either. */
export function assertFarImageAfterScrolling(records) {
  const far = records.filter((r) => r.path === "/img/far-hero.svg");
  assert.equal(far.length, 1, JSON.stringify(records));
  assert.equal(far[0].referer, null);
}
