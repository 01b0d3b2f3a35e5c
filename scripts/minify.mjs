// Minifies the release bundle's JavaScript and its two stylesheets (scripts/css.mjs): the loader,
// the wasm-bindgen glue and its snippets (the element's runtime modules, fetch.js, the inline
// Intl helper); bundles the snippets into one module, snippets/news-card-runtime.js, that the
// glue imports instead; then gives the wasm and its glue short names for what they call each
// other (scripts/wasm-names.mjs). Run by Trunk after each build (Trunk.toml, post_build hook) on
// its staging folder, for release builds only, so `trunk serve` keeps readable sources, one file
// per module. Measured when it was written (before the bundling): 13.3 KB -> 8.6 KB brotli for
// the bundle's JS, and the names 3.9 KB brotli of the bundle (ARCHITECTURE.md).
//
//   node scripts/minify.mjs [folder]   (default: $TRUNK_STAGING_DIR, when $TRUNK_PROFILE is release)
import { readdirSync, readFileSync, writeFileSync, statSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { createHash } from "node:crypto";
import { buildSync, transformSync } from "esbuild";
import { importedSnippets, renameSnippetImports, writeIntegrity } from "./bundle.mjs";
import { importsOf, shortenNames } from "./wasm-names.mjs";
import { STYLESHEETS, minifyStylesheet } from "./css.mjs";

const folder = process.argv[2] || (process.env.TRUNK_PROFILE === "release" ? process.env.TRUNK_STAGING_DIR : null);
if (!folder) process.exit(0);

function* scripts(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* scripts(path);
    else if (name.endsWith(".js")) yield path;
  }
}

let before = 0;
let after = 0;
// The format mapper's module is minified by scripts/mapper.mjs, which pinned its wasm in it.
const MAPPER = /^news-card-formats/;
for (const path of scripts(folder)) {
  if (MAPPER.test(basename(path))) continue;
  const source = readFileSync(path, "utf8");
  // Syntax and names as they are (no lowering, no renamed exports); only white space, comments
  // and local names go.
  const { code } = transformSync(source, { minify: true, format: "esm", legalComments: "none", sourcefile: path });
  writeFileSync(path, code);
  before += source.length;
  after += code.length;
}

// The snippets, one module: the glue's imports of them all name it instead. One module (not one
// per glue) also keeps the runtime's state one per page when the loader starts a second copy of
// the glue after a crash, as the separate snippets did: both copies import it by one URL.
const RUNTIME = "snippets/news-card-runtime.js";
// Property names only the bundled modules use (each card's state, the pacer's budgets and the
// page it runs on, the keyword table) get short names: 0.2 KB of the bundle. A name the loader
// or the glue also uses crosses files and must keep its name: the build checks that none does.
// None may be a property the modules also read on a browser object (`postTask`, `refresh` and
// `exact` are, so the modules do not use those names): esbuild renames every use.
const PRIVATE_PROPERTIES = [
  "propertiesBeforeUpgrade", "reloads", "inFetchRange", "inMountRange", "waitsForMountRange",
  "onScreen", "markupChecked", "strikes", "keywordsWarned",
  "mountsPerTask", "mountsPerFrame", "drawsPerTask", "drawsPerFrame", "prefetchMs",
  "nextTask", "requestFrame", "setTimer", "clearTimer", "drawSlot", "mayMountAtOnce",
  "otherwise", "asWritten", "mountRange", "fetchRange", "refreshDates",
];
let bundled = [];
for (const name of readdirSync(folder).filter((n) => /^news-card-wasm.*\.js$/.test(n))) {
  const gluePath = join(folder, name);
  let glue = readFileSync(gluePath, "utf8");
  const snippets = importedSnippets(glue).filter((s) => s !== RUNTIME);
  if (!snippets.length) continue;
  if (bundled.length) throw new Error("minify: more than one glue imports snippets");
  const loader = readFileSync(join(folder, "news-card.js"), "utf8");
  const shared = PRIVATE_PROPERTIES.filter((p) => new RegExp(`\\b${p}\\b`).test(loader + glue));
  if (shared.length) throw new Error(`minify: ${shared.join(", ")} also named outside the snippets; they cannot be renamed`);
  // The bundle exports what the glue and the wasm import of each snippet, nothing else: the
  // modules' exports to one another are the bundle's own business (and unused code goes).
  const wasmImports = importsOf(readFileSync(gluePath.replace(/\.js$/, "_bg.wasm")));
  const exportsOf = (snippet) => {
    const named = [...glue.matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']\\./${snippet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']`, "g"))]
      .flatMap((m) => m[1].split(",").map((part) => part.trim().split(/\s+as\s+/)[0]))
      .filter(Boolean);
    const imported = wasmImports.filter((i) => i.module === `./${snippet}`).map((i) => i.name);
    return [...new Set([...named, ...imported])];
  };
  const result = buildSync({
    stdin: { contents: snippets.map((s) => `export { ${exportsOf(s).join(", ")} } from "./${s}";`).join("\n"), resolveDir: folder, sourcefile: "runtime.js" },
    bundle: true,
    format: "esm",
    minify: true,
    mangleProps: new RegExp(`^(${PRIVATE_PROPERTIES.join("|")})$`),
    legalComments: "none",
    write: false,
    logLevel: "error",
  });
  // `export *` drops a name two snippets both export, and the wasm would then fail to link:
  // every snippet's exports must be its own.
  const owner = new Map();
  for (const snippet of snippets) {
    const { metafile } = buildSync({ entryPoints: [join(folder, snippet)], bundle: true, format: "esm", write: false, metafile: true, logLevel: "error", outdir: "out" });
    for (const name of Object.values(metafile.outputs)[0].exports) {
      if (owner.has(name)) throw new Error(`minify: ${snippet} and ${owner.get(name)} both export ${name}`);
      owner.set(name, snippet);
    }
  }
  writeFileSync(join(folder, RUNTIME), result.outputFiles[0].text);
  glue = renameSnippetImports(glue, (snippet) => snippets.includes(snippet) && RUNTIME);
  writeFileSync(gluePath, glue);
  bundled = snippets;
}

// The wasm and its glue: `<name>_bg.wasm` imports the glue's own functions from the module
// "./<name>_bg.js".
let renamed = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith("_bg.wasm") && !MAPPER.test(n))) {
  const stem = name.slice(0, -"_bg.wasm".length);
  const gluePath = join(folder, `${stem}.js`);
  const wasmPath = join(folder, name);
  const short = shortenNames(readFileSync(wasmPath), readFileSync(gluePath, "utf8"), `./${stem}_bg.js`, bundled.length ? RUNTIME : null);
  writeFileSync(wasmPath, short.wasm);
  writeFileSync(gluePath, short.glue);
  renamed += short.renamed;
}

// The loader checks what it brings in against these files as they are now (static/news-card.js,
// INTEGRITY). A release whose snippets were not bundled would ship it unpinned: refused.
if (!bundled.length) throw new Error("minify: no snippets were bundled; the loader's digests would stay empty");
{
  const loaderPath = join(folder, "news-card.js");
  const read = (name) => readFileSync(join(folder, name));
  const loader = writeIntegrity(read("news-card.js"), read("news-card-wasm_bg.wasm"), read("news-card-wasm.js"), read(RUNTIME), read("news-card-formats.js"));
  writeFileSync(loaderPath, loader);
}

// The stylesheets a site links (scripts/css.mjs): on the mobile profile a prerendered card
// paints once its stylesheet has come, so its bytes are on the critical path (BENCHMARKS.md).
let css = [0, 0];
for (const name of STYLESHEETS) {
  const path = join(folder, name);
  const source = readFileSync(path, "utf8");
  const code = minifyStylesheet(source, name);
  writeFileSync(path, code);
  css = [css[0] + source.length, css[1] + code.length];
}

// Trunk wrote the page's subresource integrity hashes before this hook ran: write them again
// for the files as they are now, or the browser refuses them.
const page = join(folder, "index.html");
let html = null;
try {
  html = readFileSync(page, "utf8");
} catch {
  // No page in this folder (a plain bundle): nothing to update.
}
if (html !== null) {
  // Trunk preloads every file in snippets/: the page preloads the one bundle instead.
  let preloaded = false;
  html = html.replace(/<link\b[^>]*>/g, (tag) => {
    const href = /\bhref="\/?(snippets\/[^"]+)"/.exec(tag)?.[1];
    if (!href || !/\brel="modulepreload"/.test(tag) || !bundled.length) return tag;
    if (preloaded) return "";
    preloaded = true;
    return tag.replace(/\bhref="(\/?)snippets\/[^"]+"/, `href="$1${RUNTIME}"`);
  });
  const updated = html.replace(/<link\b[^>]*>/g, (tag) => {
    const href = /\bhref="\/?([^"]+)"/.exec(tag)?.[1];
    if (!href || !/\bintegrity="sha384-/.test(tag)) return tag;
    let bytes;
    try {
      bytes = readFileSync(join(folder, href));
    } catch {
      return tag;
    }
    const digest = createHash("sha384").update(bytes).digest("base64");
    return tag.replace(/\bintegrity="sha384-[^"]*"/, `integrity="sha384-${digest}"`);
  });
  writeFileSync(page, updated);
}
// Everything else in snippets/ is in the bundle, or was never needed: Trunk copies every file
// wasm-bindgen ever wrote there (target/wasm-bindgen keeps those of earlier builds).
if (bundled.length) {
  for (const name of readdirSync(join(folder, "snippets"))) {
    if (`snippets/${name}` !== RUNTIME) rmSync(join(folder, "snippets", name), { recursive: true });
  }
}
console.log(`minify: ${before} -> ${after} bytes of JavaScript and ${css[0]} -> ${css[1]} of CSS in ${folder}; ${renamed} wasm names shortened`);
