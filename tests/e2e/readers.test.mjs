// Every reader, end to end (issue 7): layouts at the widths sites use, axe-core inside the
// cards, the theme following the page, failing images, the reader's language and direction,
// the keyboard. The release bundle in dist/, in Debian's Chromium, on 127.0.0.1.
// Screenshots of the theme × layout × locale matrix go to target/screenshots/ (not committed);
// the four the README shows go to tests/e2e/artifacts/ on every run, and to docs/ (committed)
// when NEWS_CARD_UPDATE_DOCS=1 is set (README.md, "Screenshots").
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, mkdir, copyFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, openPage, NOW, inCard } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const articles = join(root, "static", "articles");
const shots = join(root, "target", "screenshots");
// The few the README shows, rewritten by every run.
const artifacts = join(root, "tests", "e2e", "artifacts");
const docs = join(root, "docs");

/** Writes a picture the README shows: to artifacts/, and to docs/ when asked to. */
async function readmeShot(target, name, options = {}) {
  await mkdir(artifacts, { recursive: true });
  await target.screenshot({ path: join(artifacts, name), ...options });
  if (process.env.NEWS_CARD_UPDATE_DOCS === "1") await copyFile(join(artifacts, name), join(docs, name));
}
const axeSource = await readFile(join(root, "node_modules", "axe-core", "axe.min.js"), "utf8");

const SEED = "/articles/seed.json";
const NO_IMAGE = "/articles/2019-12-18-ai-skills-among-the-most-in-demand-for-2020.json";

let server;
let browser;
/** The generated pages, by path: the server reads this object on every request. */
const generated = {};

/**
 * A page of cards. `cards` are attribute maps, where `article` (an object) is the card's
 * inline data instead of an attribute; `scheme` is the page's own color-scheme declaration
 * (none by default), `width` the column the cards sit in.
 */
function pageHtml(cards, { scheme = "", width = "auto", lang = "en" } = {}) {
  const attributes = (a) =>
    Object.entries(a)
      .filter(([k]) => k !== "article")
      .map(([k, v]) => `${k}="${v}"`)
      .join(" ");
  const inline = (article) =>
    article ? `<script type="application/json">${JSON.stringify(article).replaceAll("</", "<\\/")}</script>` : "";
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cards</title>
<style>${scheme ? `:root { color-scheme: ${scheme}; }` : ""}
body { margin: 0; padding: 8px; font: 16px serif; background: Canvas; color: CanvasText; }
.column { width: ${width}; display: grid; gap: 16px; }</style>
<script type="module" src="/news-card/news-card.js"></script></head>
<body><main><h1>Cards</h1><div class="column">
${cards.map((a) => `<news-card loading="eager" ${attributes(a)}>${inline(a.article)}<a href="https://example.org/">Read the story</a></news-card>`).join("\n")}
</div></main></body></html>`;
}

before(async () => {
  await mkdir(shots, { recursive: true });
  server = await serve({ "/news-card/": dist, "/articles/": articles }, { pages: generated });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Serves `html` at a fresh path and opens it; resolves when every card is loaded. */
let pages = 0;
async function open(html, options = {}) {
  const path = `/readers-${++pages}.html`;
  generated[path] = html;
  const opened = await openPage(browser, options);
  if (options.failImages) {
    await opened.context.route(/\.(jpe?g|png|gif|webp)(\?|$)|i\.dailymail|logo|image/i, (route) =>
      route.request().resourceType() === "image" ? route.fulfill({ status: 404, body: "" }) : route.fallback(),
    );
  }
  await opened.page.goto(server.url + path);
  await opened.page.waitForFunction(() =>
    [...document.querySelectorAll("news-card")].every((c) => c.shadowRoot?.querySelector("article.card, [data-error]")),
  );
  return opened;
}

/** For each card: elements inside it that stick out of the card, or the card out of its host. */
function overflows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("news-card")].map((host) => {
      const card = host.shadowRoot.querySelector("article.card, .error");
      if (!card) return [];
      const box = card.getBoundingClientRect();
      const out = [];
      if (box.right > host.getBoundingClientRect().right + 1) out.push(`card ${box.width}px`);
      for (const el of card.querySelectorAll("h2, h3, h4, p, span, time, a, li, button, img, .slide")) {
        if (el.closest(".track")) continue; // the carousel scrolls on purpose
        // What shows: the element's box cut by every ancestor that clips (text ends in "…").
        const r = el.getBoundingClientRect();
        let left = r.left;
        let right = r.right;
        for (let a = el.parentElement; a && a !== card; a = a.parentElement) {
          if (getComputedStyle(a).overflowX === "visible") continue;
          const c = a.getBoundingClientRect();
          left = Math.max(left, c.left);
          right = Math.min(right, c.right);
        }
        if (r.width === 0 || right <= left) continue;
        if (left < box.left - 1 || right > box.right + 1) out.push(`${el.className || el.tagName} ${Math.round(left - box.left)}..${Math.round(right - box.left)} of ${Math.round(box.width)}`);
      }
      return out;
    }),
  );
}

test("every layout fits at 240, 280, 375, 640 and 900 px with no overflow", async () => {
  const layouts = [{}, { layout: "vertical" }, { layout: "horizontal" }, { layout: "compact" }];
  for (const width of [240, 280, 375, 640, 900]) {
    const cards = layouts.flatMap((l) => [
      { src: SEED, ...l },
      { src: NO_IMAGE, related: "list", ...l },
    ]);
    const { context, page } = await open(pageHtml(cards, { width: `${width}px` }), {
      viewport: { width: Math.max(width + 16, 320), height: 900 },
    });
    const problems = await overflows(page);
    problems.forEach((p, i) => assert.deepEqual(p, [], `${width}px, card ${i} ${JSON.stringify(cards[i])}`));
    if (width === 280 || width === 900) await page.screenshot({ path: join(shots, `layouts-${width}.png`), fullPage: true });
    await context.close();
  }
});

test("axe-core finds no violations in any theme, layout, related mode or direction", async () => {
  const { readdir } = await import("node:fs/promises");
  // A different article for each card: two cards of one article on a page would share a name.
  const all = (await readdir(articles)).filter((f) => f.endsWith(".json")).map((f) => `/articles/${f}`);
  for (const [scheme, colorScheme] of [["", "light"], ["", "dark"], ["light dark", "dark"], ["light dark", "light"]]) {
    for (const theme of ["auto", "light", "dark"]) {
      const cards = [];
      for (const layout of ["vertical", "horizontal", "compact"])
        for (const related of ["carousel", "list", "none"])
          cards.push({ src: all[cards.length % all.length], theme, layout, related, locale: cards.length % 2 ? "ar" : "en" });
      cards.push({ src: all[9], theme });
      cards.push({ src: "/articles/missing.json", theme });
      await axePage(cards, scheme, colorScheme, theme, "420px");
    }
    // The automatic layout (no attribute) at a sidebar's and a wide column's width.
    for (const width of ["280px", "900px"]) {
      const cards = ["carousel", "list", "none"].flatMap((related, i) =>
        ["en", "he"].map((locale, j) => ({ src: all[i * 2 + j], related, locale })),
      );
      await axePage(cards, scheme, colorScheme, "auto", width);
    }
  }
});

/** Opens a page of `cards` and runs axe-core on it, inside every shadow root. */
async function axePage(cards, scheme, colorScheme, theme, width) {
  const { context, page } = await open(pageHtml(cards, { scheme, width }), { colorScheme });
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(" ")}`);
  });
  assert.deepEqual(result, [], `page color-scheme "${scheme}", reader ${colorScheme}, theme ${theme}, ${width}`);
  await context.close();
}

test("theme auto follows the page's color-scheme, not only the reader's system", async () => {
  const background = (page) =>
    page.evaluate(() => getComputedStyle(document.querySelector("news-card").shadowRoot.querySelector("article.card")).backgroundColor);
  const cases = [
    // [page declares, reader's system, card]
    ["", "dark", "rgb(255, 255, 255)"],
    ["light dark", "dark", "rgb(27, 30, 35)"],
    ["light dark", "light", "rgb(255, 255, 255)"],
    ["dark", "light", "rgb(27, 30, 35)"],
  ];
  for (const [scheme, colorScheme, expected] of cases) {
    const { context, page } = await open(pageHtml([{ src: SEED }], { scheme }), { colorScheme });
    assert.equal(await background(page), expected, `page "${scheme}", system ${colorScheme}`);
    await context.close();
  }
  const { context, page } = await open(pageHtml([{ src: SEED, theme: "dark" }]), { colorScheme: "light" });
  assert.equal(await background(page), "rgb(27, 30, 35)", "theme=dark forces dark");
  await context.close();
});

test("failed images show designed placeholders, never a broken-image icon", async () => {
  const { context, page } = await open(pageHtml([{ src: SEED }, { src: SEED, related: "list" }, { src: SEED, layout: "compact" }], { width: "400px" }), {
    failImages: true,
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll("news-card")].every((c) => c.shadowRoot.querySelector(".hero img[data-failed]")),
  );
  // Thumbnails load lazily: bring every slide into view so each one is tried.
  await page.evaluate(() => {
    for (const c of document.querySelectorAll("news-card")) for (const s of c.shadowRoot.querySelectorAll(".slide")) s.scrollIntoView();
  });
  // Every thumbnail a reader can see (compact cards hide their related stories) has failed.
  await page.waitForFunction(() =>
    [...document.querySelectorAll("news-card")].every((c) =>
      [...c.shadowRoot.querySelectorAll(".slide .thumb")]
        .filter((frame) => frame.getClientRects().length > 0)
        .every((frame) => frame.querySelector("img").hasAttribute("data-failed")),
    ),
  );
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll("news-card")].flatMap((c) =>
      [...c.shadowRoot.querySelectorAll("img")]
        .filter((i) => i.complete && i.naturalWidth === 0 && i.getBoundingClientRect().width > 0)
        .map((i) => i.className || i.src),
    ),
  );
  assert.deepEqual(broken, [], "no failed image is shown");
  const frames = await page.evaluate(() =>
    [...document.querySelectorAll("news-card")].flatMap((c) => [...c.shadowRoot.querySelectorAll(".slide .thumb")].filter((t) => t.getClientRects().length > 0).map((t) => t.getBoundingClientRect().height)),
  );
  assert.ok(frames.length > 0 && frames.every((h) => h > 20), `thumbnail frames keep their box: ${frames}`);
  await readmeShot(page, "readers-failed-images.png", { fullPage: true });
  await context.close();
});

test("German, Japanese and Arabic cards: the widget's words, the dates and the direction", async () => {
  const expected = {
    de: { related: "Verwandte Artikel", next: "Nächster Artikel", dir: "ltr", date: "5. Juni 2021" },
    ja: { related: "関連記事", next: "次の記事", dir: "ltr", date: "2021年6月5日" },
    ar: { related: "أخبار ذات صلة", next: "الخبر التالي", dir: "rtl", date: null },
  };
  const cards = Object.keys(expected).map((locale) => ({ src: SEED, locale }));
  cards.push({ src: "/articles/missing.json", locale: "de", fallback: "panel" });
  const { context, page } = await open(pageHtml(cards, { width: "420px" }));
  const seen = await page.evaluate(() =>
    [...document.querySelectorAll("news-card")].map((c) => {
      const r = c.shadowRoot;
      const card = r.querySelector("article.card, .error");
      return {
        related: r.querySelector(".related-title")?.textContent,
        next: r.querySelector(".nav.next")?.getAttribute("aria-label"),
        dir: getComputedStyle(card).direction,
        date: r.querySelector(".byline .date-absolute")?.textContent,
        error: r.querySelector(".error-title")?.textContent,
      };
    }),
  );
  Object.entries(expected).forEach(([locale, want], i) => {
    assert.equal(seen[i].related, want.related, locale);
    assert.equal(seen[i].next, want.next, locale);
    assert.equal(seen[i].dir, want.dir, locale);
    if (want.date) assert.equal(seen[i].date, want.date, locale);
    else assert.notEqual(seen[i].date, "5 June 2021", `${locale} date is not English`);
  });
  assert.equal(seen[3].error, "Dieser Artikel kann nicht angezeigt werden");
  await readmeShot(page, "readers-languages.png", { fullPage: true });
  await context.close();
});

test("the carousel by keyboard only: Tab, arrows, Home/End, Enter on the buttons, focus kept", async () => {
  for (const locale of ["en", "ar"]) {
    const { context, page } = await open(pageHtml([{ src: SEED, locale }], { width: "420px" }));
    const position = () => page.evaluate(() => document.querySelector("news-card").shadowRoot.querySelector(".position").innerText.trim());
    const focused = () =>
      page.evaluate(() => {
        const a = document.querySelector("news-card").shadowRoot.activeElement;
        return a ? `${a.tagName.toLowerCase()}.${a.className}` : null;
      });
    // Tab from the top of the page: the title link, then the carousel's buttons.
    const stops = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      stops.push(await focused());
    }
    assert.ok(stops.includes("button.nav prev") && stops.includes("button.nav next"), `${locale}: ${stops}`);
    assert.ok(stops.includes("div.track"), `${locale}: the track takes focus for the arrows: ${stops}`);
    while ((await focused()) !== "button.nav next") await page.keyboard.press("Shift+Tab");
    assert.equal(await position(), "1 / 3");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("news-card").shadowRoot.querySelector(".position").innerText.trim() === "2 / 3");
    await page.keyboard.press(" ");
    await page.waitForFunction(() => document.querySelector("news-card").shadowRoot.querySelector(".position").innerText.trim() === "3 / 3");
    await page.keyboard.press("Enter");
    assert.equal(await focused(), "button.nav next", `${locale}: focus stays on the button at the end`);
    assert.equal(await position(), "3 / 3");
    await page.keyboard.press("Home");
    await page.waitForFunction(() => document.querySelector("news-card").shadowRoot.querySelector(".position").innerText.trim() === "1 / 3");
    await page.keyboard.press(locale === "ar" ? "ArrowLeft" : "ArrowRight");
    await page.waitForFunction(() => document.querySelector("news-card").shadowRoot.querySelector(".position").innerText.trim() === "2 / 3");
    await page.keyboard.press("End");
    await page.waitForFunction(() => document.querySelector("news-card").shadowRoot.querySelector(".position").innerText.trim() === "3 / 3");
    await context.close();
  }
});

test("a link that takes keyboard focus is wholly in view, with its focus ring, at 390 and 1280 px", async () => {
  for (const width of [390, 1280]) {
    const { context, page } = await open(pageHtml([{ src: SEED }]), { viewport: { width, height: 900 } });
    const seen = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      // The slide scrolls into view (smoothly, from the next frame): wait until the track
      // has stood still for a while.
      await page.waitForTimeout(300);
      await page.waitForFunction(async () => {
        const track = document.querySelector("news-card").shadowRoot.querySelector(".track");
        const before = track.scrollLeft;
        await new Promise((r) => setTimeout(r, 200));
        return track.scrollLeft === before;
      });
      const focused = await page.evaluate(() => {
        const root = document.querySelector("news-card").shadowRoot;
        const link = root.activeElement;
        if (!link || link.tagName !== "A") return null;
        // The link's box, cut by every ancestor that clips (a clamped heading, the track).
        const box = link.getBoundingClientRect();
        let { left, top, right, bottom } = box;
        for (let a = link.parentElement; a; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.overflowX === "visible" && style.overflowY === "visible") continue;
          const c = a.getBoundingClientRect();
          left = Math.max(left, c.left);
          top = Math.max(top, c.top);
          right = Math.min(right, c.right);
          bottom = Math.min(bottom, c.bottom);
        }
        const shown = (Math.max(0, right - left) * Math.max(0, bottom - top)) / (box.width * box.height);
        return { link: link.className, shown: Math.round(shown * 100), box: [box.left, box.right, box.top, box.bottom].map(Math.round), cut: [left, right, top, bottom].map(Math.round) };
      });
      if (focused) seen.push(focused);
    }
    const slides = seen.filter((f) => f.link === "slide-link");
    assert.equal(slides.length, 3, `${width}px: each related story's link took focus: ${JSON.stringify(seen)}`);
    for (const f of seen) assert.equal(f.shown, 100, `${width}px: ${f.link} ${f.shown}% in view (box ${f.box}, shown ${f.cut})`);
    await context.close();
  }
});

test("at 240, 260 and 266 px nothing short wraps or breaks mid-word, byline parts show whole or give way, a failed logo keeps its line", async () => {
  const CNBC = "/articles/2021-03-05-facebook-trains-ai-to-see-using-1-billion-public-instagram-photos.json";
  const WIRED = "/articles/2021-03-10-this-chip-for-ai-works-using-light-not-electrons.json";
  const cards = [];
  const B2C = "/articles/2019-12-18-ai-skills-among-the-most-in-demand-for-2020.json";
  for (const layout of [undefined, "horizontal", "vertical", "compact"]) {
    for (const src of [SEED, CNBC, WIRED, B2C]) cards.push(layout ? { src, layout } : { src });
  }
  // Related stories as a list: a slide's provider ("Biometric Companies") beside its date.
  cards.push({ src: SEED, related: "list" });
  for (const width of [240, 260, 266]) {
    const { context, page } = await open(pageHtml(cards, { width: `${width}px` }), { failImages: true });
    // Logos load lazily: bring each into view, so that each fails.
    for (let i = 0; i < cards.length; i++) {
      await page.evaluate((i) => document.querySelectorAll("news-card")[i].shadowRoot.querySelector(".byline")?.scrollIntoView(), i);
      await page.waitForTimeout(50);
    }
    await page.waitForFunction(() =>
      [...document.querySelectorAll("news-card")].every((c) => [...c.shadowRoot.querySelectorAll("img.logo")].every((i) => i.hasAttribute("data-failed"))),
    );
    const faults = await page.evaluate(() =>
      [...document.querySelectorAll("news-card")].flatMap((host, n) => {
        const r = host.shadowRoot;
        const out = [];
        const lines = (el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top))).size;
        };
        const position = r.querySelector(".position");
        if (position && lines(position) > 1) out.push(`.position wraps: ${position.textContent}`);
        // The related stories' heading: whole (two lines at most), clear of the buttons.
        const heading = r.querySelector(".related-title");
        if (heading && (heading.scrollHeight > heading.clientHeight + 1 || heading.scrollWidth > heading.clientWidth + 1)) out.push(`.related-title is cut: ${heading.textContent}`);
        const prev = r.querySelector(".nav.prev")?.getBoundingClientRect();
        if (heading && prev && heading.getBoundingClientRect().right > prev.left + 0.5) out.push(".related-title runs under the buttons");
        // A word split over two lines, though it fits a line of its own.
        for (const el of r.querySelectorAll(".title, .excerpt")) {
          const text = el.firstChild?.nodeType === 3 ? el.firstChild : el.querySelector("a")?.firstChild;
          if (!text) continue;
          const width = el.getBoundingClientRect().width;
          // Words between spaces and dashes (a line may end after a dash).
          for (const m of text.data.matchAll(/[^\s\u2010-\u2015-]+/g)) {
            const range = document.createRange();
            range.setStart(text, m.index);
            range.setEnd(text, m.index + m[0].length);
            const boxes = [...range.getClientRects()].filter((b) => b.width > 0);
            const tops = new Set(boxes.map((b) => Math.round(b.top)));
            const wide = boxes.reduce((w, b) => w + b.width, 0);
            if (tops.size > 1 && wide < width - 1) out.push(`"${m[0]}" broken in ${el.className}`);
          }
        }
        // Each byline part is shown whole or not at all; only a part alone on its line may be
        // cut. The date itself always shows.
        for (const line of r.querySelectorAll(".byline > *")) {
          const bottom = line.getBoundingClientRect().bottom;
          const parts = [...line.querySelectorAll(".provider-name, .provider-domain, .date-absolute, .date-relative, .date-updated")];
          const shown = parts.filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().top < bottom - 1);
          for (const e of shown) if (shown.length > 1 && e.scrollWidth > e.clientWidth + 1) out.push(`${e.className} cut: ${e.textContent}`);
        }
        const date = r.querySelector(".byline .date-absolute");
        if (date && !(date.getBoundingClientRect().top < date.closest(".dates").getBoundingClientRect().bottom - 1)) out.push("the date is hidden");
        // (A horizontal card this narrow stacks: beside the image, "March 10, 2021" would not fit.)
        if (date && date.scrollWidth > date.clientWidth + 1) out.push(`the date is cut: ${date.textContent}`);
        // A related story's date is whole: its provider gives way first.
        for (const t of r.querySelectorAll(".slide-meta time")) {
          if (t.scrollWidth > t.clientWidth + 1) out.push(`a related story's date is cut: ${t.textContent}`);
        }
        const provider = r.querySelector(".byline .provider")?.getBoundingClientRect();
        const dates = r.querySelector(".byline .dates")?.getBoundingClientRect();
        const logo = r.querySelector(".byline img.logo")?.getBoundingClientRect();
        if (provider && dates && provider.bottom > dates.top + 0.5) out.push(`the provider line overlaps the dates by ${provider.bottom - dates.top}px`);
        if (logo && dates && logo.bottom > dates.top + 0.5) out.push(`the failed logo overlaps the dates by ${logo.bottom - dates.top}px`);
        return out.map((f) => `card ${n} (${host.getAttribute("layout") ?? "auto"}): ${f}`);
      }),
    );
    assert.deepEqual(faults, [], `${width}px`);
    await context.close();
  }
  // A long provider name and an update, on a 640 px card (text beside the image): what does
  // not fit gives way whole, from the end (here the domain: the link's site), never cut;
  // "Updated June 9" leaves out the year the published date already says, and fits.
  const seed = JSON.parse(await readFile(join(articles, "seed.json"), "utf8"));
  const article = {
    ...seed,
    webUrl: "https://www.providencejournal.com/story/news/2021/06/05/border-app/",
    updatedDateTime: "2021-06-09T10:00:00Z",
    provider: { name: "The Providence Journal", domain: "providencejournal.com" },
  };
  const { context, page } = await open(pageHtml([{ article }], { width: "640px" }));
  const parts = await page.evaluate(() => {
    const r = document.querySelector("news-card").shadowRoot;
    return Object.fromEntries(
      [".provider-name", ".provider-domain", ".date-absolute", ".date-relative", ".date-updated"].map((selector) => {
        const e = r.querySelector(selector);
        const shown = e.getBoundingClientRect().top < e.closest(".provider, .dates").getBoundingClientRect().bottom - 1;
        return [selector, shown ? (e.scrollWidth > e.clientWidth + 1 ? "cut" : "whole") : "gave way"];
      }),
    );
  });
  assert.deepEqual(parts, { ".provider-name": "whole", ".provider-domain": "gave way", ".date-absolute": "whole", ".date-relative": "whole", ".date-updated": "whole" });
  await context.close();
});

test("the author ends the byline's first line: cut at its own end when long, gone whole when no room, the byline as tall as without", async () => {
  const story = { title: "A story", webUrl: "https://www.news.example/a", publishedDateTime: "2021-06-05T14:56:00Z", provider: { name: "The Daily Example" } };
  const names = "Jeanne Dupont-Lefèvre, Marc Roux, Amélie Martin, Thomas Bernard";
  const card = { related: "none", layout: "vertical" };
  const cards = [
    { ...card, article: story },
    { ...card, article: { ...story, author: "Ann Lee" } },
    { ...card, article: { ...story, author: names } },
    // Latin names in a right-to-left card: cut at the names' own end, not their start.
    { ...card, locale: "ar", article: { ...story, author: names } },
  ];
  for (const width of ["640px", "375px", "260px"]) {
    const { context, page } = await open(pageHtml(cards, { width }));
    const seen = [];
    for (let i = 0; i < cards.length; i++) {
      seen.push(
        await inCard(page, i, (root) => {
          const byline = root.querySelector(".byline").getBoundingClientRect();
          const line = root.querySelector(".provider").getBoundingClientRect();
          const author = root.querySelector(".author");
          if (!author) return { height: byline.height };
          const box = author.getBoundingClientRect();
          const names = author.querySelector("bdi");
          const shown = box.top < line.bottom - 1 && box.width > 0;
          const range = document.createRange();
          range.setStart(names.firstChild, 0);
          range.setEnd(names.firstChild, 1);
          const first = range.getBoundingClientRect();
          const clip = names.getBoundingClientRect();
          return {
            height: byline.height,
            shown,
            cut: names.scrollWidth > names.clientWidth + 1,
            firstVisible: first.left >= clip.left - 1 && first.right <= clip.right + 1,
            text: author.textContent,
          };
        }),
      );
    }
    const where = `at ${width}: ${JSON.stringify(seen)}`;
    assert.ok(seen.every((c) => Math.abs(c.height - seen[0].height) < 0.5), `the byline's height ${where}`);
    for (const card of seen.slice(1)) {
      if (card.shown && card.cut) assert.ok(card.firstVisible, `a cut author shows its first name ${where}`);
    }
    assert.equal(seen[2].text, `By ${names}`);
    assert.equal(seen[3].text, `بقلم ${names}`);
    if (width === "640px") {
      assert.ok(seen[1].shown && !seen[1].cut, `a short author shows whole ${where}`);
      assert.ok(seen[2].shown && seen[2].cut && seen[3].shown && seen[3].cut, `a long one is cut ${where}`);
    }
    if (width === "260px") assert.ok(seen.slice(1).every((c) => !c.shown), `no room: the author gives way ${where}`);
    await context.close();
  }
});

test("with reduced motion nothing animates", async () => {
  const { context, page } = await open(pageHtml([{ src: SEED }]), {});
  await page.emulateMedia({ reducedMotion: "reduce" });
  const behaviour = await page.evaluate(() => getComputedStyle(document.querySelector("news-card").shadowRoot.querySelector(".track")).scrollBehavior);
  assert.equal(behaviour, "auto");
  await context.close();
});

test("the README's pictures: the seed card in the light theme at 640 px, in the dark theme at phone width", async () => {
  for (const [name, colorScheme, width] of [["card-light.png", "light", 640], ["card-dark-phone.png", "dark", 359]]) {
    // The page opts in to both schemes, so the card follows the reader's (EMBEDDING.md, `theme`).
    const html = pageHtml([{ src: SEED }], { width: `${width}px`, scheme: "light dark" });
    const { context, page } = await open(html, { colorScheme, viewport: { width: width + 16, height: 900 } });
    const card = page.locator("news-card");
    // The date reads from the pages' fixed clock (browser.mjs), so the picture does not age.
    assert.equal(await card.evaluate((c) => c.shadowRoot.querySelector(".byline .date-relative").textContent), "5 years ago");
    await readmeShot(card, name);
    await context.close();
  }
});

test("a screenshot matrix: theme × layout × locale, with and without images", async () => {
  for (const colorScheme of ["light", "dark"]) {
    for (const failImages of [false, true]) {
      const cards = [];
      for (const layout of ["vertical", "horizontal", "compact"])
        for (const locale of ["en", "de", "ar"]) cards.push({ src: SEED, layout, locale, theme: colorScheme });
      const { context, page } = await open(pageHtml(cards, { width: "640px" }), { colorScheme, failImages, viewport: { width: 680, height: 900 } });
      await page.screenshot({ path: join(shots, `matrix-${colorScheme}-${failImages ? "no-images" : "images"}.png`), fullPage: true });
      await context.close();
    }
  }
});

test("relative dates refresh on one shared timer, with a controllable clock", async () => {
  const seed = JSON.parse(await readFile(join(articles, "seed.json"), "utf8"));
  const fresh = { ...seed, publishedDateTime: "2026-11-26T12:00:00Z" };
  const html = pageHtml([{ id: "fresh", article: fresh }]);
  const path = `/readers-clock.html`;
  generated[path] = html;
  const { context, page } = await openPage(browser, { now: null });
  await context.clock.install({ time: new Date(NOW) });
  await page.goto(server.url + path);
  const relative = () => page.evaluate(() => document.getElementById("fresh").shadowRoot?.querySelector(".byline .date-relative")?.textContent);
  await page.waitForFunction(() => document.getElementById("fresh").shadowRoot?.querySelector(".byline .date-relative"));
  assert.equal(await relative(), "now", "Intl.RelativeTimeFormat in the page language, English");
  const exact = await page.evaluate(() => document.getElementById("fresh").shadowRoot.querySelector(".byline time").title);
  assert.ok(exact.includes("2026"), `the tooltip gives the exact moment: ${exact}`);
  await page.clock.fastForward("05:00");
  await page.waitForFunction(() => document.getElementById("fresh").shadowRoot.querySelector(".byline .date-relative").textContent === "5 minutes ago");
  await page.clock.fastForward("01:00:00");
  await page.waitForFunction(() => document.getElementById("fresh").shadowRoot.querySelector(".byline .date-relative").textContent === "1 hour ago");
  // A removed card stops the timer: nothing is left running for it.
  await page.evaluate(() => document.getElementById("fresh").remove());
  await page.clock.fastForward("02:00");
  await context.close();
});

/** The README's snippet, exactly as a site owner copies it: its first html block. */
const README_SNIPPET = (await readFile(join(root, "README.md"), "utf8")).match(/```html\n([\s\S]*?)```/)[1];

/**
 * A blog page: a main column with three cards in a grid, a compact card in a sidebar, text
 * below, made of the README's snippet as it stands: the whole of it (stylesheet, loader, card)
 * for the first card, its element for the others, with each article's URL. Two of the
 * articles have no related stories, and nothing on the page says so, unless `told`: then
 * those two cards say `related="none"`, as a site owner may add.
 */
function blogHtml({ told = false } = {}) {
  const none = told ? 'related="none" ' : "";
  const snippet = README_SNIPPET.replaceAll("https://cdn.example.org/news-card/", "/news-card/");
  const element = snippet.slice(snippet.indexOf("<news-card"));
  assert.ok(snippet.includes("news-card-reserve.css") && element.startsWith("<news-card src="), "the README's snippet");
  const card = (src, extra = "", whole = false) =>
    (whole ? snippet : element).replace("https://example.org/articles/42.json", src).replace("<news-card ", `<news-card ${extra}`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>blog</title>
<style>body { margin: 0; font: 18px/1.5 Georgia, serif; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 24px; max-width: 1200px; margin: auto; padding: 16px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px; }
@media (max-width: 700px) { .layout { grid-template-columns: minmax(0, 1fr); } }</style></head>
<body><div class="layout"><main><h1>A blog</h1><p>Some text before the cards.</p>
<div class="grid">${card(SEED, "", true)}${card("/articles/2019-12-17-amazon-releases-a-new-tool-to-improve-machine-learning-processes.json")}${card(NO_IMAGE, none)}</div>
${card("/articles/2021-03-10-this-chip-for-ai-works-using-light-not-electrons.json", none)}
${"<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer nec odio. Praesent libero. Sed cursus ante dapibus diam.</p>".repeat(12)}
</main><aside><h2>Sidebar</h2>${card(SEED, 'layout="compact" ')}<p>More text below the sidebar card.</p></aside></div></body></html>`;
}

test("nothing on the page moves while cards load, from the first paint, with the README's snippet (layout shift on a blog page at 375 and 1280 px)", async () => {
  generated["/blog.html"] = blogHtml();
  generated["/blog-told.html"] = blogHtml({ told: true });
  const results = {};
  for (const [path, width] of [["/blog.html", 375], ["/blog.html", 1280], ["/blog-told.html", 375], ["/blog-told.html", 1280]]) {
    const { context, page } = await openPage(browser, { viewport: { width, height: 900 } });
    // The wasm held back a second: the page paints its fallback links first, as on a slow line.
    await page.route("**/*.wasm", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(server.url + path);
    // Scrolled through to the end while the cards load, as a reader would.
    const atEnd = () => page.evaluate(() => scrollY >= document.scrollingElement.scrollHeight - innerHeight - 1);
    for (let i = 0; i < 40 && !(await atEnd()); i++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(100);
    }
    // Lazy cards load only near the viewport: back up, so the ones scrolled past load too.
    for (let i = 0; i < 40 && (await page.evaluate(() => scrollY > 0)); i++) {
      await page.mouse.wheel(0, -400);
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() =>
      [...document.querySelectorAll("news-card")].every((c) => c.shadowRoot?.querySelector("article.card, [data-error]")),
    );
    await page.waitForTimeout(500);
    results[`${path} at ${width}px`] = await page.evaluate(() => window.__cls);
    await context.close();
  }
  console.log("layout shift, the sum of every shift", JSON.stringify(results));
  // The sums of all shifts, not the largest window. The snippet alone: at most 0.05 (issue 18;
  // the loader tells each card near the first screen whether its article has related stories,
  // before the reader can see it shrink). With related="none" where it belongs: at most 0.01
  // (issue 9).
  for (const [where, cls] of Object.entries(results)) {
    const budget = where.startsWith("/blog-told") ? 0.01 : 0.05;
    assert.ok(cls <= budget, `layout shift ${cls.toFixed(4)} on ${where} (budget ${budget})`);
  }
});

test("when the wasm cannot load, reserved boxes give way to the fallback links", async () => {
  generated["/reserve-no-wasm.html"] = blogHtml();
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  // A second, then a 404: the boxes are measured while the wasm is on its way.
  await page.route("**/*.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.fulfill({ status: 404, body: "gone" });
  });
  await page.goto(server.url + "/reserve-no-wasm.html");
  const heights = () => page.evaluate(() => [...document.querySelectorAll("news-card")].map((c) => c.getBoundingClientRect().height));
  assert.ok((await heights()).every((h) => h > 100), "reserved while the widget loads");
  await page.waitForFunction(() => [...document.querySelectorAll("news-card")].every((c) => c.matches(":state(mounted)")));
  assert.ok((await heights()).every((h) => h > 0 && h < 60), `each card is its fallback link: ${await heights()}`);
  assert.equal(await page.locator("news-card a").first().isVisible(), true);
  await context.close();
});

test("when the script never comes, reserved boxes give way to the fallback links within seconds", async () => {
  generated["/reserve-no-script.html"] = blogHtml();
  const { context, page } = await openPage(browser, { viewport: { width: 375, height: 900 } });
  // The loader is gone (a 404; a CSP that blocks it or a CDN down look the same to the page).
  await page.route("**/news-card.js", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(server.url + "/reserve-no-script.html");
  const heights = () => page.evaluate(() => [...document.querySelectorAll("news-card")].map((c) => c.getBoundingClientRect().height));
  assert.ok((await heights()).every((h) => h > 100), "reserved at first");
  // CSS alone gives the boxes back, three seconds on.
  await page.waitForFunction(() => [...document.querySelectorAll("news-card")].every((c) => c.getBoundingClientRect().height < 60), null, { timeout: 5000 });
  assert.ok((await heights()).every((h) => h > 0), `each card is its fallback link: ${await heights()}`);
  assert.equal(await page.locator("news-card a").first().isVisible(), true);
  await context.close();
});

test("news-card-reserve.css reserves each card's box exactly, for every layout and width", async () => {
  const widths = [240, 288, 320, 375, 480, 575, 577, 640, 900];
  const variants = ["", 'layout="vertical"', 'layout="horizontal"', 'layout="compact"', 'related="none"', 'related="none" layout="horizontal"', 'related="none" layout="vertical"'];
  let cards = "";
  for (const v of variants) {
    for (const w of widths) {
      // The page's own font size differs from the card's (the reader's default): no matter.
      cards += `<div style="width:${w}px;font-size:13px"><news-card loading="eager" ${v} src="${SEED}" data-key='${v || "default"} at ${w}px'><a href="https://example.org/">A fallback link long enough to wrap in a narrow column</a></news-card></div>`;
    }
  }
  // Cards the page hides stay hidden: the hidden attribute, a class, an inline style.
  const hiddenCards = ["hidden", 'class="off"', 'style="display: none"']
    .map((how) => `<news-card ${how} src="${SEED}" data-hidden><a href="https://example.org/">Story</a></news-card>`)
    .join("");
  const html = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="/news-card/news-card-reserve.css"><style>.off { display: none }
/* Boxes measured as reserved, however slow the machine: not given back to the fallback links
   (the give-back when no script comes is tested on its own). */
news-card::before { animation: none !important }</style>
${script ? '<script type="module" src="/news-card/news-card.js"></script>' : ""}</head><body style="margin:0">${cards}${hiddenCards}</body></html>`;
  generated["/reserve-css-only.html"] = html(false);
  generated["/reserve-cards.html"] = html(true);
  const { context, page } = await openPage(browser, { viewport: { width: 1200, height: 900 } });
  const heights = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll("news-card[data-key]")].map((c) => [c.dataset.key, c.getBoundingClientRect().height])));
  // Before any script: the boxes the page reserves.
  await page.goto(server.url + "/reserve-css-only.html");
  const reserved = await heights();
  assert.deepEqual(
    await page.evaluate(() => [...document.querySelectorAll("news-card[data-hidden]")].map((c) => c.getBoundingClientRect().height)),
    [0, 0, 0],
    "hidden cards take no space",
  );
  await page.goto(server.url + "/reserve-cards.html");
  await page.waitForFunction(() => [...document.querySelectorAll("news-card[data-key]")].every((c) => c.shadowRoot?.querySelector("article.card")));
  const loaded = await heights();
  assert.equal(await page.evaluate(() => document.querySelector("news-card").matches(":state(mounted)")), true, "a shown card is :state(mounted)");
  await context.close();
  const wrong = Object.keys(loaded).filter((k) => Math.abs(reserved[k] - loaded[k]) > 0.5);
  assert.deepEqual(
    wrong.map((k) => `${k}: reserved ${reserved[k].toFixed(1)}, card ${loaded[k].toFixed(1)}`),
    [],
    "every reserved box is as tall as its card",
  );
  assert.equal(Object.keys(loaded).length, widths.length * variants.length);
});
