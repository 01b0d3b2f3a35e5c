// The embed contract end to end (EMBEDDING.md): the release bundle in dist/ included by a
// "third-party page" served from 127.0.0.1 with hostile CSS and a strict CSP header, in Debian's
// Chromium through playwright-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./server.mjs";
import { launch, openPage, unexpectedConsoleErrors } from "./browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const artifacts = join(root, "tests", "e2e", "artifacts");
const dist = join(root, "dist");
const articles = join(root, "static", "articles");
const fixtures = join(root, "tests", "e2e", "fixtures");

// The policy EMBEDDING.md promises the card works under, without nonces.
const STRICT_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src https: data:; connect-src 'self'";
// The same without 'wasm-unsafe-eval': the wasm cannot compile, so cards keep their fallback.
const NO_WASM_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src https: data:; connect-src 'self'";

const TITLES = {
  fetched:
    "Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated",
  inline: "Many facial-recognition systems are biased, says U.S. study",
  property: "Prosthetic offers real-time mind control of robotic hand",
  late: "Is facial-recognition tech too young to trust? Some governments think so",
};

let template;
let inline;
let server;
let browser;

function page(style, bundle = "/news-card") {
  return () =>
    template
      .replaceAll("{{STYLE}}", style)
      .replaceAll("{{BUNDLE}}", bundle)
      // JSON inside <script>: only "</" could end the element early.
      .replace("{{INLINE}}", () => inline.replaceAll("</", "<\\/"));
}

before(async () => {
  await mkdir(artifacts, { recursive: true });
  template = await readFile(join(fixtures, "page.html"), "utf8");
  inline = await readFile(join(articles, "2019-12-26-many-facial-recognition-systems-are-biased-says-us-study.json"), "utf8");
  server = await serve(
    { "/news-card/": dist, "/articles/": articles, "/fixtures/": fixtures },
    {
      pages: { "/hostile.html": page("hostile"), "/plain.html": page("plain"), "/no-wasm.html": page("plain") },
      headers: (path) =>
        path.endsWith(".html") ? { "content-security-policy": path === "/no-wasm.html" ? NO_WASM_CSP : STRICT_CSP } : {},
    },
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path`, recording CSP violations and news-card events from before any page script. */
async function open(path, options) {
  const opened = await openPage(browser, options);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__events = [];
    for (const type of ["news-card:load", "news-card:error", "news-card:navigate"]) {
      document.addEventListener(type, (e) => window.__events.push({ type: e.type, id: e.target.id, detail: e.detail }));
    }
  });
  await opened.page.goto(server.url + path);
  return opened;
}

const title = (page, id) => page.locator(`#${id} h2.title`).textContent();

async function allCardsShown(page) {
  for (const id of Object.keys(TITLES)) await page.locator(`#${id} h2.title`).waitFor();
  await page.locator("#missing .error").waitFor();
}

test("every kind of card renders on a hostile page under a strict CSP", async () => {
  const { context, page, log } = await open("/hostile.html");
  await allCardsShown(page);
  for (const [id, expected] of Object.entries(TITLES)) assert.equal(await title(page, id), expected, id);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no CSP violations");
  assert.deepEqual(log.pageErrors, []);
  // The only console error is the browser's note about the deliberately missing article.
  assert.deepEqual(
    unexpectedConsoleErrors(log).filter((e) => !e.includes("404")),
    [],
  );
  await page.screenshot({ path: join(artifacts, "hostile-page.png"), fullPage: true });
  await context.close();
});

test("host page CSS changes nothing inside the card, and the card's CSS stays inside", async () => {
  const measure = async (path) => {
    const { context, page } = await open(path);
    await allCardsShown(page);
    await page.locator("#fetched .hero img").waitFor();
    const m = await page.evaluate(() => {
      const root = document.getElementById("fetched").shadowRoot;
      const box = (sel) => {
        const r = root.querySelector(sel).getBoundingClientRect();
        return [Math.round(r.width), Math.round(r.height)];
      };
      const style = (sel) => getComputedStyle(root.querySelector(sel));
      return {
        card: box("article.card"),
        title: box("h2.title"),
        image: box(".hero img"),
        slides: box(".track"),
        titleFont: style("h2.title").fontSize,
        linkColor: style("h2.title a").color,
        buttonDisplay: style(".nav.next").display,
        hostDisplay: getComputedStyle(document.getElementById("fetched")).display,
        pageStyleSheets: document.adoptedStyleSheets.length + document.querySelectorAll("style").length,
        pageText: getComputedStyle(document.querySelector("body > p.excerpt")).fontSize,
      };
    });
    await context.close();
    return m;
  };
  const plain = await measure("/plain.html");
  const hostile = await measure("/hostile.html");
  for (const key of ["card", "title", "image", "slides", "titleFont", "linkColor", "buttonDisplay", "hostDisplay"]) {
    assert.deepEqual(hostile[key], plain[key], `${key} is the same on both pages`);
  }
  assert.equal(plain.titleFont, "20px");
  assert.equal(plain.hostDisplay, "block");
  assert.equal(plain.pageStyleSheets, 0, "the card adds no stylesheet to the page");
  assert.equal(plain.pageText, "16px", "the page's own .excerpt is not styled by the card");
});

test("events reach the page with their detail", async () => {
  const { context, page } = await open("/plain.html");
  await allCardsShown(page);
  const events = await page.evaluate(() => window.__events);
  const loads = Object.fromEntries(events.filter((e) => e.type === "news-card:load").map((e) => [e.id, e.detail]));
  for (const [id, expected] of Object.entries(TITLES)) assert.equal(loads[id]?.title, expected, `load event of #${id}`);
  assert.equal(
    loads.fetched.url,
    "https://www.dailymail.co.uk/news/article-9655025/Biden-deploys-controversial-facial-recognition-app-track-asylum-seekers.html",
  );
  // The property card waited (skeleton, no event) until the page set its article.
  const errors = events.filter((e) => e.type === "news-card:error");
  assert.deepEqual(errors, [
    {
      type: "news-card:error",
      id: "missing",
      detail: { kind: "not-found", message: "The article was not found (HTTP 404)", status: 404, url: `${server.url}/articles/no-such-article.json` },
    },
  ]);
  await context.close();
});

test("navigate: preventDefault keeps the reader on the page, otherwise the link opens", async () => {
  const { context, page } = await open("/plain.html");
  await allCardsShown(page);
  // The host routes main stories itself and lets related ones open.
  await page.evaluate(() =>
    document.addEventListener("news-card:navigate", (e) => {
      if (e.detail.kind === "main") e.preventDefault();
    }),
  );
  const before = page.url();
  await page.locator("#fetched h2.title a").click();
  const popup = context.waitForEvent("page");
  await page.locator("#fetched .slide a").first().click();
  const opened = await popup;
  // Popups open in click order: the related link's tab is the first, so the main click opened none.
  assert.equal(opened.url(), "https://theweek.com/immigration/1001197/the-biden-administrations-new-facial-recognition-app-for-asylum-seekers-sets");
  assert.equal(page.url(), before);
  assert.equal(context.pages().length, 2);
  const navigations = (await page.evaluate(() => window.__events)).filter((e) => e.type === "news-card:navigate");
  assert.deepEqual(
    navigations.map((e) => [e.id, e.detail.kind]),
    [
      ["fetched", "main"],
      ["fetched", "related"],
    ],
  );
  await context.close();
});

test("attribute changes re-render the card in place", async () => {
  const { context, page } = await open("/plain.html");
  await allCardsShown(page);
  const card = page.locator("#fetched");
  const background = () => page.locator("#fetched article.card").evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await background(), "rgb(255, 255, 255)");
  await card.evaluate((el) => el.setAttribute("theme", "dark"));
  assert.equal(await background(), "rgb(27, 30, 35)");
  await card.evaluate((el) => el.setAttribute("layout", "compact"));
  assert.equal(await page.locator("#fetched .excerpt").isVisible(), false, "compact hides the excerpt");
  await card.evaluate((el) => el.setAttribute("link", "original"));
  await page.waitForFunction(() =>
    document.getElementById("fetched").shadowRoot.querySelector("h2.title a").href.includes("/news/article-9655025/Biden"),
  );
  await card.evaluate((el) => el.setAttribute("src", "/articles/2021-03-10-this-chip-for-ai-works-using-light-not-electrons.json"));
  await page.waitForFunction(
    () => document.getElementById("fetched").shadowRoot.querySelector("h2.title")?.textContent === "This Chip for AI Works Using Light, Not Electrons",
  );
  await page.screenshot({ path: join(artifacts, "attributes-changed.png") });
  await context.close();
});

test("a src race resolves to the last src, and removal aborts the request", async () => {
  const { context, page } = await open("/plain.html");
  await allCardsShown(page);
  const slow = "/articles/2019-12-17-amazon-releases-a-new-tool-to-improve-machine-learning-processes.json";
  const fast = "/articles/2021-03-12-nvidia-launches-ai-enterprise-suite-for-vmware-vsphere.json";
  const inlineCard = page.locator("#inline");
  await inlineCard.evaluate((card, src) => {
    card.querySelector("script").remove();
    card.setAttribute("src", src + "?delay=1500");
  }, slow);
  await waitUntil(() => server.requests.includes(slow));
  await inlineCard.evaluate((card, src) => card.setAttribute("src", src), fast);
  await page.waitForFunction(() => document.getElementById("inline").shadowRoot.querySelector("h2.title")?.textContent?.startsWith("Nvidia"));
  // The card aborted the superseded request, so its answer can never arrive.
  await waitUntil(() => server.aborted.includes(slow));
  assert.equal(await title(page, "inline"), "Nvidia Launches AI Enterprise Suite for VMware vSphere");

  const held = "/articles/2021-03-05-facebook-trains-ai-to-see-using-1-billion-public-instagram-photos.json";
  await page.evaluate((src) => {
    const card = document.createElement("news-card");
    card.id = "removed";
    card.setAttribute("loading", "eager");
    card.setAttribute("src", src + "?delay=5000");
    document.body.append(card);
  }, held);
  await waitUntil(() => server.requests.includes(held));
  await page.evaluate(() => document.getElementById("removed").remove());
  await waitUntil(() => server.aborted.includes(held));
  await context.close();
});

test("the fallback link is what shows when the wasm cannot load", async () => {
  const { context, page } = await open("/no-wasm.html");
  const fallback = page.locator("#fallback");
  await fallback.waitFor();
  // The loader reports its failure; only then is it certain the card will not render.
  await page.waitForFunction(() => window.__violations.some((v) => v.startsWith("script-src")));
  assert.equal(await fallback.isVisible(), true);
  assert.equal(await page.evaluate(() => customElements.get("news-card")), undefined);
  await page.screenshot({ path: join(artifacts, "no-wasm-fallback.png") });
  await context.close();
});

test("the bundle embeds from another origin", async () => {
  const cdn = await serve({ "/news-card/": dist }, { headers: () => ({ "access-control-allow-origin": "*" }) });
  const host = await serve(
    { "/articles/": articles, "/fixtures/": fixtures },
    {
      pages: { "/page.html": page("plain", `${cdn.url}/news-card`) },
      headers: (path) =>
        path.endsWith(".html")
          ? {
              "content-security-policy": `default-src 'none'; script-src 'self' ${cdn.url} 'wasm-unsafe-eval'; style-src 'self'; img-src https: data:; connect-src 'self' ${cdn.url}`,
            }
          : {},
    },
  );
  try {
    const opened = await openPage(browser);
    await opened.page.goto(host.url + "/page.html");
    await opened.page.locator("#fetched h2.title").waitFor();
    assert.equal(await opened.page.locator("#fetched h2.title").textContent(), TITLES.fetched);
    assert.ok(cdn.requests.includes("/news-card/news-card-wasm_bg.wasm"), "the wasm came from the other origin");
    assert.ok(!host.requests.some((p) => p.includes("wasm")), "nothing of the bundle from the page's origin");
    await opened.context.close();
  } finally {
    await host.close();
    await cdn.close();
  }
});

async function waitUntil(condition, ms = 10_000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${condition}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
