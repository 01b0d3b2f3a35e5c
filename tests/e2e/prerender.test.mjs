// Prerendered cards (issue 18): `news-card render` writes a <news-card> with a declarative
// shadow root; a reader without script sees the card, and with script the widget ends with a
// working card. Release bundle in dist/, Debian's Chromium, 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, openPage } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
const SEED_TITLE = "Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated";
const SEED_URL = "https://www.dailymail.co.uk/news/article-9655025/Biden-deploys-controversial-facial-recognition-app-track-asylum-seekers.html";

/** `news-card render` on the seed with these options (the tool as a site's build runs it). */
function render(...options) {
  return execFileSync(
    "cargo",
    ["run", "--quiet", "--offline", "--bin", "news-card", "--", "render", "--stylesheet", "/news-card/news-card.css", ...options, join(root, "static", "articles", "seed.json")],
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

let server;
let browser;
const pages = {};

before(async () => {
  const vertical = render("--layout", "vertical");
  const list = render("--related", "list");
  pages["/no-script.html"] = page([vertical, list], { script: false });
  pages["/with-script.html"] = page([vertical]);
  // A card prerendered by another version of the widget (other markup, another stylesheet), and
  // one whose shadow root a page script edits before the widget arrives.
  const other = vertical
    .replace(/<div class="news-card-root">[\s\S]*<\/div><\/template>/, '<div class="news-card-root"><div class="card-v0"><h2>Old markup</h2><button>Old</button></div></div></template>')
    .replace('href="/news-card/news-card.css"', 'href="/news-card/old.css"');
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
      assert.equal(card.date, "5 June 2021");
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

test("with script the widget ends with a working card over a prerendered one, without fetching", async () => {
  const { context, page } = await openPage(browser);
  const requests = [];
  page.on("request", (r) => r.url().endsWith(".json") && requests.push(r.url()));
  await page.addInitScript(() => {
    window.__loads = 0;
    document.addEventListener("news-card:load", () => window.__loads++);
  });
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
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__loads), 1, "one load event");
  await context.close();
});

test("a card prerendered by another version, or edited by a page script, ends as a correct card", async () => {
  for (const path of ["/other-version.html", "/edited.html"]) {
    const { context, page } = await openPage(browser);
    await page.addInitScript(() => {
      window.__loads = 0;
      document.addEventListener("news-card:load", () => window.__loads++);
    });
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
