// Minifies the release bundle's JavaScript: the loader, the wasm-bindgen glue and its snippets
// (element.js, fetch.js, the inline Intl helper); then gives the wasm and its glue short names
// for what they call each other (scripts/wasm-names.mjs). Run by Trunk after each build
// (Trunk.toml, post_build hook) on its staging folder, for release builds only, so `trunk serve`
// keeps readable sources. Measured: 13.3 KB -> 8.6 KB brotli for the bundle's JS, and the
// names 3.9 KB brotli of the bundle (ARCHITECTURE.md).
//
//   node scripts/minify.mjs [folder]   (default: $TRUNK_STAGING_DIR, when $TRUNK_PROFILE is release)
import { readdirSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { transformSync } from "esbuild";
import { shortenNames } from "./wasm-names.mjs";

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
for (const path of scripts(folder)) {
  const source = readFileSync(path, "utf8");
  // Syntax and names as they are (no lowering, no renamed exports); only white space, comments
  // and local names go.
  const { code } = transformSync(source, { minify: true, format: "esm", legalComments: "none", sourcefile: path });
  writeFileSync(path, code);
  before += source.length;
  after += code.length;
}

// The wasm and its glue: `<name>_bg.wasm` imports the glue's own functions from the module
// "./<name>_bg.js".
let renamed = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith("_bg.wasm"))) {
  const stem = name.slice(0, -"_bg.wasm".length);
  const gluePath = join(folder, `${stem}.js`);
  const wasmPath = join(folder, name);
  const short = shortenNames(readFileSync(wasmPath), readFileSync(gluePath, "utf8"), `./${stem}_bg.js`);
  writeFileSync(wasmPath, short.wasm);
  writeFileSync(gluePath, short.glue);
  renamed += short.renamed;
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
console.log(`minify: ${before} -> ${after} bytes of JavaScript in ${folder}; ${renamed} wasm names shortened`);
