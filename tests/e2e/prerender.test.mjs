// Prerendered cards (issue 18): `news-card render` writes a <news-card> with a declarative
// shadow root; a reader without script sees the card, and with script the widget ends with a
// working card. Release bundle in dist/, Debian's Chromium, 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, openPage } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const SEED_TITLE = "Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated";
const SEED_URL = "https://www.dailymail.co.uk/news/article-9655025/Biden-deploys-controversial-facial-recognition-app-track-asylum-seekers.html";

/**
 * `news-card render` with these options (the tool as a site's build runs it), on the seed or
 * the article named last (`article:<name>`).
 */
function render(...options) {
  const named = options.at(-1)?.startsWith("article:") ? options.pop().slice("article:".length) : "seed";
  return execFileSync(
    "cargo",
    ["run", "--quiet", "--offline", "--bin", "news-card", "--", "render", "--stylesheet", "/news-card/news-card.css", ...options, join(root, "static", "articles", `${named}.json`)],
    { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

function page(cards, { script = true } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>prerendered</title>
${script ? '<script type="module" src="/news-card/news-card.js"></script>' : ""}
<style>body { margin: 0; padding: 8px; font: 16px serif; } main { display: grid; gap: 16px; }</style></head>
<body><main>${cards.join("\n")}</main><p>Text below the cards.</p></body></html>`;
}

/**
 * Has the page count its cards' load events (`window.__loads`) and add up its layout shifts
 * (`window.__shift`) from the start.
 */
function countLoadsAndShifts(page) {
  return page.addInitScript(() => {
    window.__loads = 0;
    document.addEventListener("news-card:load", () => window.__loads++);
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

let server;
let browser;
const pages = {};

before(async () => {
  const vertical = render("--layout", "vertical");
  const list = render("--related", "list");
  pages["/no-script.html"] = page([vertical, list], { script: false });
  pages["/no-script-blog.html"] = page([vertical, list], { script: false }).replace("<main>", "<h1>A blog</h1><main>");
  pages["/with-script.html"] = page([vertical]);
  pages["/with-script-de.html"] = page([render("--locale", "de")]);
  // The README's snippet (its stylesheet and loader) on a page of prerendered cards, one of
  // them without related stories.
  const snippet = readFileSync(join(root, "README.md"), "utf8").match(/```html\n([\s\S]*?)```/)[1];
  const head = snippet.slice(0, snippet.indexOf("<news-card")).replaceAll("https://cdn.example.org/news-card/", "/news-card/");
  assert.match(head, /news-card-reserve\.css[\s\S]*news-card\.js/);
  pages["/prerendered-blog.html"] = page([render(), render("article:2019-12-18-ai-skills-among-the-most-in-demand-for-2020")], { script: false })
    .replace("</title>", `</title>\n${head}`)
    .replace("<main>", '<main><h1>A blog</h1><p>Some text before the cards.</p>')
    .replace("<p>Text below the cards.</p>", "<p>Text below the cards.</p>".repeat(30));
  // A card prerendered by another version of the widget (other markup, another stylesheet), and
  // one whose shadow root a page script edits before the widget arrives.
  // (The other version links its stylesheet first and shows its root, as this one once did.)
  const other = vertical.replace(
    /<div class="news-card-root" hidden>[\s\S]*<\/div><link rel="stylesheet" href="\/news-card\/news-card.css"><\/template>/,
    '<link rel="stylesheet" href="/news-card/old.css"><div class="news-card-root"><div class="card-v0"><h2>Old markup</h2><button>Old</button></div></div></template>',
  );
  assert.ok(other.includes("card-v0") && other.includes("old.css"), "the other version's markup");
  pages["/other-version.html"] = page([other]);
  pages["/edited.html"] = page([vertical]).replace(
    "</main>",
    `</main><script>
      const root = document.querySelector("news-card").shadowRoot;
      root.querySelector(".body").remove();
      root.querySelector("article").append(Object.assign(document.createElement("p"), { className: "injected", textContent: "Injected" }));
    </script>`,
  );
  server = await serve({ "/news-card/": dist }, { pages });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("without script a prerendered card shows what a reader needs, at 375 and 1280 px", async () => {
  for (const width of [375, 1280]) {
    const { context, page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width, height: 900 } });
    await page.goto(server.url + "/no-script.html");
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll("news-card")].map((host) => {
        const r = host.shadowRoot;
        const box = (s) => r.querySelector(s)?.getBoundingClientRect();
        const hostBox = host.getBoundingClientRect();
        // The card's content fits its box (what is clipped with "…" is inside it), and the card
        // fits the page.
        const card = r.querySelector(".card");
        const inside = card.scrollWidth <= card.clientWidth + 1 && hostBox.right <= document.documentElement.clientWidth + 0.5;
        return {
          title: r.querySelector(".title a")?.textContent,
          href: r.querySelector(".title a")?.getAttribute("href"),
          date: r.querySelector(".byline .date-absolute")?.textContent,
          provider: r.querySelector(".provider-name")?.textContent,
          topics: [...r.querySelectorAll(".chip")].map((c) => c.textContent),
          related: [...r.querySelectorAll(".slide a")].length,
          // Buttons and a readout nothing drives are not shown; the track scrolls natively.
          controls: [...r.querySelectorAll(".nav, .position")].filter((e) => e.getBoundingClientRect().width > 0).length,
          styled: getComputedStyle(r.querySelector(".card")).borderTopStyle === "solid" && box(".hero").height > 0,
          inside,
          width: Math.round(hostBox.width),
        };
      }),
    );
    assert.equal(seen.length, 2);
    for (const card of seen) {
      assert.equal(card.title, SEED_TITLE, `${width}px`);
      assert.equal(card.href, SEED_URL);
      assert.equal(card.date, "June 5, 2021", "in the locale written on the card (en by default)");
      assert.equal(card.provider, "Daily Mail");
      assert.deepEqual(card.topics, ["Computer Vision", "AI"]);
      assert.equal(card.related, 3, "the related stories, with their links");
      assert.equal(card.controls, 0, "no carousel controls without script");
      assert.ok(card.styled, "the linked stylesheet styles the card");
      assert.ok(card.inside, `nothing sticks out of the card at ${width}px`);
    }
    await context.close();
  }
});

test("a prerendered card is never seen unstyled: it draws nothing until its stylesheet is in", async () => {
  // The stylesheet is held back: the text above the cards is painted meanwhile, and the card
  // the browser has parsed (parsing waits at its stylesheet) draws nothing until it is in.
  // (A page without the loader: the test's own probes need script.)
  const { context, page } = await openPage(browser, { viewport: { width: 375, height: 900 } });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route("**/news-card/news-card.css", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url + "/no-script-blog.html", { waitUntil: "commit" });
  await page.waitForFunction(() => document.querySelector("h1")?.checkVisibility());
  await page.waitForTimeout(300);
  const before = await page.evaluate(() =>
    [...document.querySelectorAll("news-card")]
      .map((h) => h.shadowRoot?.querySelector(".news-card-root .title"))
      .filter(Boolean)
      .map((title) => title.checkVisibility()),
  );
  const below = await page.evaluate(() => document.body.textContent.includes("Text below the cards."));
  const shot = await page.screenshot();
  release();
  // The whole page parsed (the second card comes after the first's stylesheet), and every
  // card's stylesheet in.
  await page.waitForFunction(
    () => document.readyState !== "loading" && [...document.querySelectorAll("news-card")].every((h) => h.shadowRoot.querySelector("link").sheet),
  );
  const after = await page.evaluate(() =>
    [...document.querySelectorAll("news-card")].map((h) => {
      const root = h.shadowRoot;
      return root.querySelector(".news-card-root").checkVisibility() && getComputedStyle(root.querySelector(".card")).borderTopStyle === "solid";
    }),
  );
  assert.deepEqual(before, [false], "the first card is parsed while its stylesheet is on its way, and draws nothing");
  assert.equal(below, false, "what follows the card waits for its stylesheet (so nothing below it moves when it shows)");
  assert.ok((await distinctColors(browser, shot)) > 1, "the page above them is painted");
  assert.deepEqual(after, [true, true], "each card shows, styled, once its stylesheet is in");
  await context.close();
});

test("a prerendered card whose stylesheet cannot be had shows once the widget takes it over", async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 375, height: 900 } });
  await context.route("**/news-card/news-card.css", (route) => route.fulfill({ status: 404, body: "" }));
  await countLoadsAndShifts(page);
  await page.goto(server.url + "/with-script.html");
  await page.waitForFunction(() => window.__loads === 1);
  const shown = await page.evaluate(() => {
    const root = document.querySelector("news-card").shadowRoot;
    return root.querySelector(".title").checkVisibility() && getComputedStyle(root.querySelector(".card")).borderTopStyle === "solid";
  });
  assert.equal(shown, true, "the widget's own stylesheet styles the card it draws");
  await context.close();
});

test("without script an image that fails shows the placeholder's tint, never a broken-image icon", async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false, viewport: { width: 375, height: 900 } });
  await context.route(/i\.dailymail|\.jpe?g(\?|$)/i, (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto(server.url + "/no-script.html");
  await page.waitForTimeout(300);
  for (const part of ["news-card .hero", "news-card .slide .thumb"]) {
    // Inside its edges: the card's rounded corners and border are not the image's.
    const box = await page.locator(part).first().boundingBox();
    const shot = await page.screenshot({ clip: { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: box.height - 8 } });
    const colors = await distinctColors(browser, shot);
    assert.equal(colors, 1, `${part}: one tint, no icon or border (${colors} colours)`);
  }
  await context.close();
});

test("with script the widget ends with a working card over a prerendered one, without fetching", async () => {
  const { context, page } = await openPage(browser);
  const requests = [];
  page.on("request", (r) => r.url().endsWith(".json") && requests.push(r.url()));
  await countLoadsAndShifts(page);
  await page.goto(server.url + "/with-script.html");
  await page.waitForFunction(() => window.__loads === 1);
  const card = await page.evaluate(() => {
    const r = document.querySelector("news-card").shadowRoot;
    return {
      title: r.querySelector(".title a")?.textContent,
      relative: r.querySelector(".byline .date-relative")?.textContent,
      buttons: r.querySelectorAll(".nav").length,
      cards: r.querySelectorAll("article.card").length,
    };
  });
  assert.deepEqual(card, { title: SEED_TITLE, relative: "5 years ago", buttons: 2, cards: 1 });
  assert.deepEqual(requests, [], "the article came inline");
  // The carousel works: "next" scrolls the track to the next stop and the readout follows.
  const readout = () => page.evaluate(() => document.querySelector("news-card").shadowRoot.querySelector(".position").innerText);
  assert.equal(await readout(), "1\u20132 / 3", "a 40em card shows two related stories at a time");
  await page.evaluate(() => document.querySelector("news-card").shadowRoot.querySelector(".nav.next").click());
  await page.waitForFunction(() => document.querySelector("news-card").shadowRoot.querySelector(".position").innerText === "2\u20133 / 3");
  // and the track scrolls there (smoothly: waited for).
  await page.waitForFunction(() => document.querySelector("news-card").shadowRoot.querySelector(".track").scrollLeft > 50);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__loads), 1, "one load event");
  await context.close();
});

test("a card prerendered by another version, or edited by a page script, ends as a correct card", async () => {
  for (const path of ["/other-version.html", "/edited.html"]) {
    const { context, page } = await openPage(browser);
    await countLoadsAndShifts(page);
    await page.goto(server.url + path);
    await page.waitForFunction(() => window.__loads === 1);
    const card = await page.evaluate(() => {
      const r = document.querySelector("news-card").shadowRoot;
      return {
        title: r.querySelector("article.card .title a")?.textContent,
        cards: r.querySelectorAll("article.card").length,
        leftovers: r.querySelectorAll(".card-v0, .injected, link").length,
        excerpt: Boolean(r.querySelector(".excerpt")?.textContent),
      };
    });
    assert.deepEqual(card, { title: SEED_TITLE, cards: 1, leftovers: 0, excerpt: true }, path);
    await context.close();
  }
});

/**
 * Every element of the card with a class, and its box, in document order; the byline's date
 * without its width, which grows by the relative date.
 */
function cardBoxes(page) {
  return page.evaluate(() => {
    const root = document.querySelector("news-card").shadowRoot;
    return [...root.querySelectorAll("[class]")]
      .filter((e) => !e.matches(".date-relative, .news-card-root"))
      .map((e) => {
        const r = e.getBoundingClientRect();
        const box = e.matches(".byline time") ? [r.x, r.y, r.height] : [r.x, r.y, r.width, r.height];
        return { key: `${e.localName}.${e.classList[0]}`, box: box.map((n) => Math.round(n * 2) / 2) };
      });
  });
}

/** How many different colours a PNG screenshot has. */
async function distinctColors(browser, png) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const count = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const g = canvas.getContext("2d");
    g.drawImage(image, 0, 0);
    const pixels = g.getImageData(0, 0, image.width, image.height).data;
    const seen = new Set();
    for (let i = 0; i < pixels.length; i += 4) seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
    return seen.size;
  }, png.toString("base64"));
  await context.close();
  return count;
}

/**
 * How many pixels differ visibly between two PNG screenshots outside `skip` (a rectangle), and
 * where.
 */
async function pixelDifference(browser, a, b, skip) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const result = await page.evaluate(
    async ([a, b, skip]) => {
      const load = async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const g = canvas.getContext("2d");
        g.drawImage(image, 0, 0);
        return g.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = [await load(a), await load(b)];
      if (x.width !== y.width || x.height !== y.height) return { count: -1 };
      let count = 0;
      const pixels = [];
      const at = [Infinity, Infinity, -Infinity, -Infinity];
      for (let row = 0; row < x.height; row++) {
        for (let col = 0; col < x.width; col++) {
          if (col >= skip.x && col < skip.x + skip.width && row >= skip.y && row < skip.y + skip.height) continue;
          const i = (row * x.width + col) * 4;
          // A channel off by one or two is the rounded corners' anti-aliasing, drawn again.
          if ([0, 1, 2].some((c) => Math.abs(x.data[i + c] - y.data[i + c]) > 2)) {
            count++;
            if (pixels.length < 20) pixels.push([col, row, [...x.data.slice(i, i + 3)], [...y.data.slice(i, i + 3)]]);
            at[0] = Math.min(at[0], col);
            at[1] = Math.min(at[1], row);
            at[2] = Math.max(at[2], col);
            at[3] = Math.max(at[3], row);
          }
        }
      }
      return { count, at, pixels };
    },
    [a.toString("base64"), b.toString("base64"), skip],
  );
  await context.close();
  return result;
}

test("the widget takes a prerendered card over with no visible change but the relative date", async () => {
  const cases = [
    ["/with-script.html", 375, "5 years ago"],
    ["/with-script.html", 1280, "5 years ago"],
    // German, horizontal at 1280 px: dates written natively as Chromium writes them.
    ["/with-script-de.html", 1280, "vor 5 Jahren"],
  ];
  for (const [path, width, ago] of cases) {
    const { context, page, log } = await openPage(browser, { viewport: { width, height: 1200 } });
    // The wasm waits until the prerendered card has been looked at.
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await page.route("**/*.wasm", async (route) => {
      await released;
      await route.continue();
    });
    const requests = [];
    page.on("request", (r) => r.url().endsWith(".json") && requests.push(r.url()));
    await countLoadsAndShifts(page);
    await page.addInitScript(() => {
      // Every frame until the end: does the card show a card, with every image it had drawn?
      window.__frames = [];
      const look = () => {
        const root = document.querySelector("news-card")?.shadowRoot;
        const images = root ? [...root.querySelectorAll("img")].filter((i) => i.complete && i.naturalWidth > 0).length : 0;
        window.__frames.push({ card: Boolean(root?.querySelector("article.card .title a")), images });
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto(server.url + path);
    await page.waitForFunction(() => {
      const images = [...document.querySelector("news-card").shadowRoot.querySelectorAll("img")];
      return images.length > 0 && images.filter((i) => i.getBoundingClientRect().top < innerHeight).every((i) => i.complete && i.naturalWidth > 0);
    });
    await page.waitForTimeout(300);
    const shotBefore = await page.screenshot();
    const boxesBefore = await cardBoxes(page);
    const imagesBefore = await page.evaluate(() => window.__frames.at(-1).images);
    const framesBefore = await page.evaluate(() => window.__frames.length);
    release();
    await page.waitForFunction(() => window.__loads === 1);
    await page.waitForTimeout(300);
    const shotAfter = await page.screenshot();
    const boxesAfter = await cardBoxes(page);
    const relative = await page.evaluate(() => {
      const span = document.querySelector("news-card").shadowRoot.querySelector(".byline .date-relative");
      const r = span.getBoundingClientRect();
      return { text: span.textContent, box: { x: Math.floor(r.x) - 1, y: Math.floor(r.y) - 1, width: Math.ceil(r.width) + 3, height: Math.ceil(r.height) + 3 } };
    });
    const frames = await page.evaluate((n) => window.__frames.slice(n), framesBefore);

    assert.equal(relative.text, ago, "the relative date appears");
    const moved = boxesAfter.filter((b, i) => JSON.stringify(b) !== JSON.stringify(boxesBefore[i])).map((b) => [b, boxesBefore[boxesAfter.indexOf(b)]]);
    assert.deepEqual(moved, [], `every box keeps its place and size at ${width}px`);
    assert.equal(boxesAfter.length, boxesBefore.length);
    const blank = frames.filter((f) => !f.card || f.images < imagesBefore);
    assert.deepEqual(blank, [], `no frame without the card or its images during take-over at ${width}px`);
    const difference = await pixelDifference(browser, shotBefore, shotAfter, relative.box);
    assert.equal(difference.count, 0, `pixels changed outside the relative date at ${width}px: ${JSON.stringify(difference)}`);
    assert.equal(await page.evaluate(() => window.__shift), 0, "no layout shift");
    assert.deepEqual(requests, [], "no article request");
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  }
});

test("prerendered cards under the README's snippet: no layout shift at 375 and 1280 px", async () => {
  for (const width of [375, 1280]) {
    const { context, page } = await openPage(browser, { viewport: { width, height: 900 } });
    await page.route("**/*.wasm", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await countLoadsAndShifts(page);
    await page.goto(server.url + "/prerendered-blog.html");
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() => window.__loads === 2);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__shift), 0, `layout shift at ${width}px`);
    await context.close();
  }
});
