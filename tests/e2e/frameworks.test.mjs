// Frameworks, for real (issue 8): React 19 and Vue 3 apps, bundled from the npm packages with
// esbuild, using <news-card> from the release bundle in dist/ (Debian's Chromium, 127.0.0.1).
// Each app passes an article as a property, changes `src` from state, handles news-card:load
// in the framework, and unmounts and remounts the cards; the Vue app also hides them with
// v-show. The apps are development builds, so React's and Vue's warnings would show; any
// console warning or error fails the test.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { serve } from "./server.mjs";
import { launch, openPage, unexpectedConsoleErrors } from "./browser.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const articles = join(root, "static", "articles");

const PROPERTY_FILE = "2021-03-10-this-chip-for-ai-works-using-light-not-electrons.json";
const SRC_FILES = [
  "2019-12-17-amazon-releases-a-new-tool-to-improve-machine-learning-processes.json",
  "2021-03-12-nvidia-launches-ai-enterprise-suite-for-vmware-vsphere.json",
];

let server;
let browser;
const titles = {};

const page = (name) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} app</title>
<style>.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; align-items: start }</style>
<script type="module" src="/news-card/news-card.js"></script>
<script type="module" src="/app/${name}.js"></script></head>
<body><div id="root"></div></body></html>`;

/** Bundles the apps in memory: development builds of React and Vue, so their warnings show. */
async function bundle() {
  const result = await build({
    entryPoints: { react: join(here, "frameworks", "react-app.jsx"), vue: join(here, "frameworks", "vue-app.js") },
    bundle: true,
    write: false,
    format: "esm",
    outdir: "/app",
    jsx: "automatic",
    logLevel: "silent",
    define: {
      "process.env.NODE_ENV": '"development"',
      // Vue's esm-bundler build asks the bundler for these flags, and warns without them.
      __VUE_OPTIONS_API__: "true",
      __VUE_PROD_DEVTOOLS__: "false",
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
    },
    // The full build of Vue, with the template compiler (a Vite or vue-loader project compiles
    // templates ahead of time instead, with the same isCustomElement option).
    alias: { vue: "vue/dist/vue.esm-bundler.js" },
  });
  assert.deepEqual(result.warnings, []);
  const routes = {};
  for (const file of result.outputFiles) {
    const path = file.path.slice(file.path.lastIndexOf("/app/"));
    routes[path] = (req, res) => {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      res.end(file.contents);
    };
  }
  return routes;
}

before(async () => {
  for (const file of [PROPERTY_FILE, ...SRC_FILES]) {
    titles[file] = JSON.parse(await readFile(join(articles, file), "utf8")).title;
  }
  const routes = await bundle();
  assert.ok(routes["/app/react.js"] && routes["/app/vue.js"], Object.keys(routes).join());
  server = await serve(
    { "/news-card/": join(root, "dist"), "/articles/": articles },
    { pages: { "/react.html": page("react"), "/vue.html": page("vue") }, routes },
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens an app, logging console warnings (React's and Vue's go there) besides errors. */
async function open(name) {
  const opened = await openPage(browser);
  const warnings = [];
  opened.page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await opened.page.goto(`${server.url}/${name}.html`);
  return { ...opened, warnings };
}

/** The headline a reader sees in card `id`, once it is there. */
async function headline(page, id, expected) {
  const title = page.locator(`#${id} h2.title`);
  await title.waitFor();
  if (expected !== undefined) {
    await page.waitForFunction(
      ([id, expected]) => document.getElementById(id)?.shadowRoot?.querySelector("h2.title")?.textContent.trim() === expected,
      [id, expected],
    );
  }
  return (await title.textContent()).trim();
}

/** What the app's own news-card:load handler recorded (it renders the list, too). */
async function loads(page) {
  const rendered = await page.locator("#loads li").allTextContents();
  const recorded = await page.evaluate(() => window.__loads);
  assert.deepEqual(rendered, recorded, "the app rendered every load it handled");
  return recorded;
}

/** Waits until the handler has seen `count` loads, then a little longer, and returns them. */
async function settledLoads(page, count) {
  await page.waitForFunction((count) => window.__loads.length >= count, count);
  await page.waitForTimeout(400);
  return loads(page);
}

const byCard = (list) => {
  const counts = {};
  for (const entry of list) {
    const [id, title] = entry.split("|");
    (counts[id] ||= []).push(title);
  }
  return counts;
};

/** The steps both apps share; returns the page for framework-specific checks. */
async function exercise(name) {
  const opened = await open(name);
  const { page } = opened;
  const [first, second] = SRC_FILES.map((f) => titles[f]);

  // The property-passed article and the fetched one show, and the fallback links give way.
  assert.equal(await headline(page, "by-property"), titles[PROPERTY_FILE]);
  assert.equal(await headline(page, "by-src"), first);
  for (const id of ["by-property", "by-src"]) {
    assert.equal(await page.locator(`#${id} > a`).isVisible(), false, `${id}: fallback hidden once the card renders`);
  }
  const passed = await page.evaluate(() => {
    const card = document.getElementById("by-property");
    return { attribute: card.getAttribute("article"), title: card.article?.title, src: document.getElementById("by-src").getAttribute("src") };
  });
  assert.equal(passed.attribute, null, "article was set as a property, not an attribute");
  assert.equal(passed.title, titles[PROPERTY_FILE]);
  assert.equal(passed.src, `/articles/${SRC_FILES[0]}`);
  assert.deepEqual(byCard(await settledLoads(page, 2)), { "by-property": [titles[PROPERTY_FILE]], "by-src": [first] });

  // `src` from state: the next article replaces the first.
  await page.click("#next");
  assert.equal(await headline(page, "by-src", second), second);
  assert.equal(await headline(page, "by-property"), titles[PROPERTY_FILE], "the other card is untouched");
  assert.deepEqual(byCard(await settledLoads(page, 3)), { "by-property": [titles[PROPERTY_FILE]], "by-src": [first, second] });

  // Unmounted: gone from the DOM, and nothing more happens.
  await page.click("#toggle");
  await page.waitForFunction(() => document.querySelectorAll("news-card").length === 0);
  assert.equal((await settledLoads(page, 3)).length, 3);

  // Remounted: new elements, each shows its article again, one load each.
  await page.click("#toggle");
  assert.equal(await headline(page, "by-property", titles[PROPERTY_FILE]), titles[PROPERTY_FILE]);
  assert.equal(await headline(page, "by-src", second), second);
  assert.equal(await page.locator("news-card").count(), 2);
  assert.deepEqual(byCard(await settledLoads(page, 5)), {
    "by-property": [titles[PROPERTY_FILE], titles[PROPERTY_FILE]],
    "by-src": [first, second, second],
  });
  return opened;
}

function assertQuiet({ log, warnings }) {
  assert.deepEqual(log.pageErrors, [], "no page errors");
  assert.deepEqual(unexpectedConsoleErrors(log), [], "no console errors");
  assert.deepEqual(warnings, [], "no console warnings (React's, Vue's or the widget's)");
}

test("React 19: article as a property, src from state, onnews-card:load, unmount and remount", async () => {
  const opened = await exercise("react");
  assert.equal(await opened.page.evaluate(() => window.__definedAtRender), true);
  assertQuiet(opened);
  await opened.context.close();
});

test("Vue 3: :article.prop, src from state, @news-card:load, v-if and v-show", async () => {
  const opened = await exercise("vue");
  const { page } = opened;
  // Vue mounts at once, whether or not the glue (and with it the element) has loaded: either
  // `:article.prop` reached the element's property, or the element took over the own property
  // Vue set before the upgrade. The property card showing its article above proves both ways.

  // v-show=false: display none on the element, and nothing of the card shows.
  await page.click("#hide");
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll("news-card")].map((card) => ({
      display: card.style.display,
      height: card.getBoundingClientRect().height,
    })),
  );
  assert.deepEqual(hidden, [{ display: "none", height: 0 }, { display: "none", height: 0 }]);
  for (const id of ["by-property", "by-src"]) {
    assert.equal(await page.locator(`#${id} h2.title`).isVisible(), false, `${id} hidden`);
  }
  // Shown again: the same cards, with no refetch and no new load event.
  await page.click("#hide");
  for (const id of ["by-property", "by-src"]) {
    assert.equal(await page.locator(`#${id} h2.title`).isVisible(), true, `${id} shown again`);
    assert.ok(await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().height > 100, id));
  }
  assert.equal((await settledLoads(page, 5)).length, 5);
  assertQuiet(opened);
  await opened.context.close();
});
