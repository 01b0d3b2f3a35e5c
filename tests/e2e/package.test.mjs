// The npm package (issue 8): scripts/package.mjs packs the release bundle in dist/; the tarball
// holds exactly the expected files, named by content hash; installed offline into a scratch
// project, its types compile in strict TypeScript (and wrong usage does not), and its folder,
// served as it is, renders a card. custom-elements.json is checked against the running element:
// its attributes, members, parts, CSS custom properties and events.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile, rm, symlink, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { serve } from "./server.mjs";
import { launch, openPage } from "./browser.mjs";
import { importedSnippets, sri } from "../../scripts/bundle.mjs";
import { STYLESHEETS, minifyStylesheet } from "../../scripts/css.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const articles = join(root, "static", "articles");
const SEED_TITLE =
  "Biden deploys controversial facial-recognition app to track asylum seekers as part of 'smart border' strategy - but privacy advocates cry foul and migrant crisis continues unabated";

let version;
let tarball;
let scratch;
let installed;
let manifest;
let element;
let server;
let browser;

const sha = (bytes) => createHash("sha256").update(bytes).digest("hex");

before(async () => {
  version = (await readFile(join(root, "Cargo.toml"), "utf8")).match(/^version = "([^"]+)"/m)[1];
  execFileSync(process.execPath, [join(root, "scripts", "package.mjs")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  tarball = join(root, "target", "package", `news-card-${version}.tgz`);

  // A scratch project that installs the tarball from the file, offline. TypeScript, React and
  // their types come from this repository's node_modules (linked after the install, which would
  // prune what its package.json does not list).
  scratch = await mkdtemp(join(tmpdir(), "news-card-package-"));
  await writeFile(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], {
    cwd: scratch,
    stdio: ["ignore", "ignore", "inherit"],
  });
  installed = join(scratch, "node_modules", "news-card");
  await mkdir(join(scratch, "node_modules", "@types"), { recursive: true });
  for (const name of ["@types/react", "react", "react-dom"]) {
    await symlink(join(root, "node_modules", name), join(scratch, "node_modules", name), "dir");
  }

  manifest = JSON.parse(await readFile(join(installed, "custom-elements.json"), "utf8"));
  element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === "news-card");
  server = await serve(
    { "/news-card/": installed, "/articles/": articles, "/app/": join(scratch, "app") },
    { pages: { "/page.html": PAGE, "/react.html": REACT_PAGE } },
  );
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test("the tarball holds exactly the package's files, the glue and the wasm named by content hash", async () => {
  const listed = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").sort();
  const pkg = JSON.parse(await readFile(join(installed, "package.json"), "utf8"));
  const loader = await readFile(join(installed, "news-card.js"), "utf8");
  const [, glueName, wasmName] = loader.match(/new URL\("\.\/(news-card-wasm\.[0-9a-f]+\.js)".*new URL\("\.\/(news-card-wasm_bg\.[0-9a-f]+\.wasm)"/s);
  assert.match(glueName, /^news-card-wasm\.[0-9a-f]{12}\.js$/);
  assert.match(wasmName, /^news-card-wasm_bg\.[0-9a-f]{12}\.wasm$/);
  const glue = await readFile(join(installed, glueName));
  const wasm = await readFile(join(installed, wasmName));
  assert.equal(glueName.split(".")[1], sha(glue).slice(0, 12), "the glue's name is the hash of its content");
  assert.equal(wasmName.split(".")[1], sha(wasm).slice(0, 12), "the wasm's name is the hash of its content");
  assert.ok([`'${wasmName}'`, `"${wasmName}"`].some((q) => glue.toString().includes(q)), "the glue names the hashed wasm");
  assert.ok(!/news-card-wasm_bg\.wasm/.test(glue.toString()), "and not the unhashed one");
  // The wasm and the glue are dist/'s, byte for byte but for that name.
  assert.deepEqual(wasm, await readFile(join(root, "dist", "news-card-wasm_bg.wasm")));
  const snippets = importedSnippets(glue.toString());
  assert.equal(snippets.length, 1, "the runtime, bundled into one module");
  assert.match(snippets[0], /^snippets\/news-card-runtime\.[0-9a-f]{12}\.js$/, "named by its content");
  // The loader names it too, and the format mapper's module, which names its wasm; it checks
  // the four modules against their digests in the package, and the mapper's module its wasm.
  assert.ok(loader.includes(`"./${snippets[0]}"`), "the loader names the hashed runtime module");
  const runtime = await readFile(join(installed, snippets[0]));
  const mapperName = loader.match(/"\.\/(news-card-formats\.[0-9a-f]{12}\.js)"/)?.[1];
  assert.ok(mapperName, "the loader names the hashed format mapper");
  const mapper = await readFile(join(installed, mapperName));
  assert.equal(mapperName.split(".")[1], sha(mapper).slice(0, 12), "the mapper's name is the hash of its content");
  const mapperWasmName = mapper.toString().match(/"\.\/(news-card-formats_bg\.[0-9a-f]{12}\.wasm)"/)?.[1];
  assert.ok(mapperWasmName, "the mapper names its hashed wasm");
  const mapperWasm = await readFile(join(installed, mapperWasmName));
  assert.equal(mapperWasmName.split(".")[1], sha(mapperWasm).slice(0, 12), "the mapper's wasm is named by its content");
  assert.ok(mapper.toString().includes(JSON.stringify(sri(mapperWasm))), "the mapper pins its wasm");
  assert.ok(loader.includes(`[${[wasm, glue, runtime, mapper].map((b) => JSON.stringify(sri(b))).join(",")}]`), "the loader holds the package files' digests");
  const expected = [
    "LICENSE",
    "README.md",
    "custom-elements.json",
    glueName,
    wasmName,
    mapperName,
    mapperWasmName,
    "news-card-reserve.css",
    "news-card.css",
    "news-card.d.ts",
    "news-card.js",
    "package.json",
    "react.d.ts",
    "react.js",
    ...snippets,
  ]
    .map((f) => `package/${f}`)
    .sort();
  assert.deepEqual(listed, expected);

  assert.equal(pkg.name, "news-card");
  assert.equal(pkg.version, version);
  assert.equal(pkg.type, "module");
  assert.equal(pkg.license, "MIT");
  assert.equal(pkg.sideEffects, true);
  assert.equal(pkg.customElements, "custom-elements.json");
  assert.equal(pkg.types, "./news-card.d.ts");
  assert.deepEqual(pkg.exports, {
    ".": { types: "./news-card.d.ts", default: "./news-card.js" },
    "./react": { types: "./react.d.ts", default: "./react.js" },
    "./reserve.css": "./news-card-reserve.css",
    "./card.css": "./news-card.css",
    "./custom-elements.json": "./custom-elements.json",
    "./package.json": "./package.json",
  });
  assert.match(await readFile(join(installed, "react.js"), "utf8"), /^import "\.\/news-card\.js";$/m);
  // What the package ships is what the repository commits (and the code and docs give).
  for (const [shipped, committed] of [
    ["custom-elements.json", "custom-elements.json"],
    ["news-card.d.ts", "types/news-card.d.ts"],
    ["react.d.ts", "types/react.d.ts"],
  ]) {
    assert.equal(await readFile(join(installed, shipped), "utf8"), await readFile(join(root, committed), "utf8"), shipped);
  }
  // The stylesheets, minified: every rule of static/'s, none of its comments.
  for (const name of STYLESHEETS) {
    const shipped = await readFile(join(installed, name), "utf8");
    assert.equal(shipped, minifyStylesheet(await readFile(join(root, "static", name), "utf8"), name), name);
    assert.ok(!shipped.includes("/*") && shipped.length < 0.6 * (await readFile(join(root, "static", name))).length, name);
  }
  const readme = await readFile(join(installed, "README.md"), "utf8");
  // It says how to host the folder and keep it out of a bundle, not to install it from a
  // registry it is not on.
  assert.ok(readme.includes('<script type="module" src="/news-card/news-card.js"></script>'));
  assert.match(readme, /Do not bundle it/);
  assert.ok(!readme.includes("npm install news-card"), "not on npm: no registry install");
});

test("the committed manifest and declarations are what the code and EMBEDDING.md give", () => {
  const run = spawnSync(process.execPath, [join(root, "scripts", "manifest.mjs"), "--check"], { cwd: root, encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr + run.stdout);
});

// Each line marked `// ✗` must fail to compile, and nothing else may.
const USAGE_TS = `import "news-card";
import type { Article, NewsCardElement, NewsCardErrorKind } from "news-card";

const found = document.querySelector("news-card");
if (found) {
  const card: NewsCardElement = found;
  card.src = "/articles/seed.json";
  card.maxRelated = 2;
  card.headingLevel = 3;
  card.theme = "dark";
  card.target = "story-frame";
  card.layout = null;
  const theme: string | null = card.theme;
  const article: Article = {
    title: "A headline",
    webUrl: "https://example.org/story",
    images: [{ url: "https://example.org/a.jpg", width: 1600, height: 900 }],
    provider: { name: "Example", domain: "example.org" },
    related: [{ title: "More", webUrl: "https://example.org/more" }],
    category: "news",
  };
  card.article = article;
  card.reload();
  card.addEventListener("news-card:load", (e) => {
    const title: string = e.detail.title;
    const url: string | null = e.detail.url;
    console.log(title, url, theme);
  });
  card.addEventListener("news-card:error", (e) => {
    const kind: NewsCardErrorKind = e.detail.kind;
    console.log(kind === "not-found", e.detail.message.length);
  });
  card.addEventListener("click", (e) => console.log(e.clientX));
}
document.addEventListener("news-card:navigate", (e) => {
  if (e.detail.kind === "main" && !e.detail.related) {
    e.preventDefault();
    console.log(e.detail.url);
  }
});
const created = document.createElement("news-card");
created.loading = "eager";
const version: string | undefined = customElements.get("news-card")?.version;
customElements.whenDefined("news-card").then((NewsCard) => console.log(NewsCard.version, version, new NewsCard().reload));
`;

const USAGE_TSX = `import "news-card/react";
import type { NewsCardElement } from "news-card/react";
import { useRef } from "react";

export function Story({ url }: { url: string }) {
  const ref = useRef<NewsCardElement>(null);
  return (
    <news-card
      ref={ref}
      src={url}
      theme="dark"
      layout="horizontal"
      max-related={2}
      heading-level={3}
      target="_self"
      article={{ title: "A headline", webUrl: "https://example.org/story" }}
      className="story"
      style={{ display: "block" }}
      data-id="42"
      onnews-card:load={(e) => console.log(e.detail.title, ref.current?.maxRelated)}
      onnews-card:error={(e) => console.warn(e.detail.kind)}
      onnews-card:navigate={(e) => {
        if (e.detail.kind === "related") e.preventDefault();
      }}
    >
      <a href={url}>Fallback link</a>
    </news-card>
  );
}
`;

// Types without the runtime import, as a page that includes news-card.js with a script tag has it.
const TYPES_ONLY_TSX = `import type {} from "news-card/react";
import type { NewsCardElement } from "news-card";

const card = document.querySelector("news-card");
const same: NewsCardElement | null = card;
card?.addEventListener("news-card:load", (e) => console.log(e.detail.title, same?.maxRelated));
document.addEventListener("news-card:navigate", (e) => console.log(e.detail.url));
export const story = <news-card src="/a.json" max-related="2" onnews-card:error={(e) => console.log(e.detail.kind)} />;
`;

const WRONG_TS = `import "news-card";

const card = document.querySelector("news-card")!;
card.theme = "blue"; // ✗
card.maxRelated = "two"; // ✗
card.headingLevel = 7; // ✗
card.article = { title: 42 }; // ✗
card.reload(true); // ✗
card.addEventListener("news-card:load", (e) => e.detail.nope); // ✗
document.addEventListener("news-card:error", (e) => e.detail.kind === "gone"); // ✗
const version: number = customElements.get("news-card")!.version; // ✗
card.src = 42; // ✗
console.log(version);
`;

const WRONG_TSX = `import "news-card/react";

export const a = <news-card theme={42} />; // ✗
export const b = <news-card max-related="two" />; // ✗
export const c = <news-card onnews-card:load={(e) => e.detail.nope} />; // ✗
export const d = <news-card article="not an object" />; // ✗
export const e = <news-card srcc="/a.json" />; // ✗
export const f = <news-card layout="grid" />; // ✗
`;

test("the package's types: strict TypeScript compiles right usage and refuses wrong usage", async () => {
  const files = {
    "usage.ts": USAGE_TS,
    "usage.tsx": USAGE_TSX,
    "wrong.ts": WRONG_TS,
    "wrong.tsx": WRONG_TSX,
    "types-only.tsx": TYPES_ONLY_TSX,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(scratch, name), text);
  const options = {
    strict: true,
    noEmit: true,
    target: "ES2022",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    jsx: "react-jsx",
    skipLibCheck: false,
    types: [],
  };
  const expected = [];
  for (const [name, text] of Object.entries(files)) {
    text.split("\n").forEach((line, i) => line.includes("// ✗") && expected.push(`${name}:${i + 1}`));
  }
  // A bundler's resolution, and Node's (the scratch project is "type": "module"), which compiles
  // the type-only imports on their own.
  for (const resolution of [
    { module: "ESNext", moduleResolution: "Bundler", files: ["usage.ts", "usage.tsx", "wrong.ts", "wrong.tsx"] },
    { module: "NodeNext", moduleResolution: "NodeNext", files: ["types-only.tsx"] },
  ]) {
    const config = `tsconfig.${resolution.moduleResolution}.json`;
    await writeFile(
      join(scratch, config),
      JSON.stringify({ compilerOptions: { ...options, module: resolution.module, moduleResolution: resolution.moduleResolution }, files: resolution.files }),
    );
    const run = spawnSync(join(root, "node_modules", ".bin", "tsc"), ["-p", config, "--pretty", "false"], {
      cwd: scratch,
      encoding: "utf8",
    });
    const errors = run.stdout.split("\n").filter((line) => / error TS\d+/.test(line));
    const lines = [...new Set(errors.map((line) => line.replace(/^(\S+?)\((\d+),\d+\).*/, "$1:$2")))].sort();
    const want = expected.filter((at) => resolution.files.includes(at.split(":")[0])).sort();
    assert.deepEqual(lines, want, `${resolution.moduleResolution}:\n${run.stdout}${run.stderr}`);
  }
});

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>package</title>
<script type="module" src="/news-card/news-card.js"></script></head><body>
<!-- First: a card shows its loading skeleton only on screen. -->
<news-card id="loading" src="/articles/seed.json?delay=8000" loading="eager"></news-card>
<news-card id="full" src="/articles/seed.json" loading="eager" style="width: 340px"></news-card>
<news-card id="list" src="/articles/seed.json" loading="eager" related="list"></news-card>
<news-card id="failed" src="/articles/missing.json" loading="eager" fallback="panel"></news-card>
<news-card id="authored" loading="eager" related="none"><script type="application/json">{"title": "Signed", "author": "A. Writer"}</script></news-card>
</body></html>`;

async function openCards() {
  const opened = await openPage(browser);
  // Every event type dispatched on a <news-card>, whatever its name.
  await opened.page.addInitScript(() => {
    window.__dispatched = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (event) {
      if (this instanceof Element && this.localName === "news-card") window.__dispatched.push([this.id, event.type]);
      return dispatch.call(this, event);
    };
  });
  await opened.page.goto(server.url + "/page.html");
  await opened.page.waitForFunction(() => {
    const shown = (id, selector) => document.getElementById(id)?.shadowRoot?.querySelector(selector);
    return shown("full", ".nav.next") && shown("list", ".title") && shown("loading", ".skeleton") && shown("failed", ".error") && shown("authored", ".author");
  });
  return opened;
}

test("the installed package, served as it is, renders the seed article and knows its version", async () => {
  const { context, page, log } = await openCards();
  assert.equal(await page.locator("#full .title").textContent().then((t) => t.trim()), SEED_TITLE);
  assert.equal(await page.evaluate(() => customElements.get("news-card").version), version);
  const loader = await readFile(join(installed, "news-card.js"), "utf8");
  const [, glueName, wasmName] = loader.match(/new URL\("\.\/(news-card-wasm\.[0-9a-f]+\.js)".*new URL\("\.\/(news-card-wasm_bg\.[0-9a-f]+\.wasm)"/s);
  assert.ok(server.requests.includes(`/news-card/${glueName}`), "the loader imported the hashed glue");
  assert.ok(server.requests.includes(`/news-card/${wasmName}`), "and fetched the hashed wasm");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test("custom-elements.json matches the running element: attributes, members, parts, CSS properties, events", async () => {
  const { context, page } = await openCards();
  const running = await page.evaluate(() => {
    const NewsCard = customElements.get("news-card");
    const lifecycle = /^(constructor|connectedCallback|disconnectedCallback|adoptedCallback|attributeChangedCallback)$/;
    const own = (object, skip) =>
      Object.getOwnPropertyNames(object)
        .filter((name) => !name.startsWith("_") && !skip.test(name))
        .map((name) => {
          const d = Object.getOwnPropertyDescriptor(object, name);
          return [name, d.get ? "field" : typeof d.value === "function" ? "method" : "field"];
        });
    const parts = new Set();
    const custom = new Set();
    for (const card of document.querySelectorAll("news-card")) {
      for (const node of card.shadowRoot.querySelectorAll("[part]")) for (const part of node.part) parts.add(part);
      for (const sheet of card.shadowRoot.adoptedStyleSheets) {
        const text = [...sheet.cssRules].map((rule) => rule.cssText).join("\n");
        for (const [name] of text.matchAll(/--news-card-[a-z0-9-]+/g)) custom.add(name);
      }
    }
    return {
      observed: [...NewsCard.observedAttributes],
      members: own(NewsCard.prototype, lifecycle),
      statics: own(NewsCard, /^(length|name|prototype|observedAttributes)$/),
      parts: [...parts],
      custom: [...custom],
    };
  });
  const sorted = (list) => [...list].sort();
  assert.deepEqual(sorted(running.observed), sorted(element.attributes.map((a) => a.name)), "observedAttributes");
  const members = (isStatic) =>
    sorted(element.members.filter((m) => Boolean(m.static) === isStatic).map((m) => `${m.name}:${m.kind}`));
  assert.deepEqual(sorted(running.members.map(([n, k]) => `${n}:${k}`)), members(false), "the prototype's public members");
  assert.deepEqual(sorted(running.statics.map(([n, k]) => `${n}:${k}`)), members(true), "static members");
  for (const attribute of element.attributes) {
    const field = element.members.find((m) => m.name === attribute.fieldName);
    assert.equal(field?.attribute, attribute.name, `${attribute.name} has its property`);
  }
  assert.deepEqual(sorted(running.parts), sorted(element.cssParts.map((p) => p.name)), "parts across a full card, a list, a skeleton, an error panel");
  assert.deepEqual(sorted(running.custom), sorted(element.cssProperties.map((p) => p.name)), "custom properties in the adopted stylesheet");

  // A click on the title link, with the host routing it itself.
  await page.evaluate(() => document.addEventListener("news-card:navigate", (e) => e.preventDefault()));
  await page.locator("#full a[part~='title-link']").click();
  await page.waitForFunction(() => window.__dispatched.some(([, type]) => type === "news-card:navigate"));
  const dispatched = await page.evaluate(() => window.__dispatched);
  const names = sorted(new Set(dispatched.map(([, type]) => type)));
  assert.deepEqual(names, sorted(element.events.map((e) => e.name)), `dispatched: ${JSON.stringify(dispatched)}`);
  assert.equal(page.url(), server.url + "/page.html", "the navigation was the host's to make");
  await context.close();
});

const REACT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>react</title>
<script type="importmap">{"imports": {"news-card/react": "/news-card/react.js"}}</script>
<script type="module" src="/app/app.js"></script></head><body><div id="root"></div></body></html>`;

const REACT_APP = `import "news-card/react";
import { createRoot } from "react-dom/client";

window.__loads = [];
customElements.whenDefined("news-card").then(() => {
  createRoot(document.getElementById("root")).render(
    <>
      <news-card id="fetched" src="/articles/seed.json" loading="eager" theme="dark" max-related={1}
        onnews-card:load={(e) => window.__loads.push(["fetched", e.detail.title])} />
      <news-card id="given" article={{ title: "Given as a property", webUrl: "https://example.org/given" }}
        onnews-card:load={(e) => window.__loads.push(["given", e.detail.title])} />
    </>,
  );
});
`;

test("in React 19, the package's JSX props reach the element: attributes, the article property, onnews-card:load", async () => {
  await mkdir(join(scratch, "app"), { recursive: true });
  await writeFile(join(scratch, "app.tsx"), REACT_APP);
  await build({
    entryPoints: [join(scratch, "app.tsx")],
    outfile: join(scratch, "app", "app.js"),
    bundle: true,
    format: "esm",
    jsx: "automatic",
    external: ["news-card", "news-card/*"],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  const { context, page, log } = await openPage(browser);
  await page.goto(server.url + "/react.html");
  await page.waitForFunction(() => window.__loads?.length === 2);
  const loads = await page.evaluate(() => Object.fromEntries(window.__loads));
  assert.deepEqual(loads, { fetched: SEED_TITLE, given: "Given as a property" });
  const fetched = await page.evaluate(() => {
    const card = document.getElementById("fetched");
    return { theme: card.getAttribute("theme"), max: card.getAttribute("max-related"), slides: card.shadowRoot.querySelectorAll("[part~=slide]").length };
  });
  assert.deepEqual(fetched, { theme: "dark", max: "1", slides: 1 });
  assert.equal(await page.evaluate(() => document.getElementById("given").hasAttribute("article")), false, "a property, not an attribute");
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
