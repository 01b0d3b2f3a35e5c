// Builds the format mapper (src/mapper.rs) next to the widget: news-card-formats.js and
// news-card-formats_bg.wasm, the second wasm module the widget loads only for a card whose
// answer is an HTML page, a feed or JSON-LD (ARCHITECTURE.md). Run by Trunk after each build
// (Trunk.toml, the first post_build hook, before scripts/minify.mjs minifies it and writes its
// digests into the loader), with the build's profile and environment (scripts/release.sh's
// flags included); wasm-opt runs for release builds with index.html's parameters.
//
//   node scripts/mapper.mjs [folder]   (default: $TRUNK_STAGING_DIR)
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { sri } from "./bundle.mjs";
import { shortenNames } from "./wasm-names.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const folder = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!folder) throw new Error("mapper: no folder (run by Trunk, or give one)");
const release = process.env.TRUNK_PROFILE === "release";
const NAME = "news-card-formats";

const run = (command, args) => execFileSync(command, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
run("cargo", ["build", "--target", "wasm32-unknown-unknown", "--bin", NAME, ...(release ? ["--release"] : [])]);
const targetDir = process.env.CARGO_TARGET_DIR || join(ROOT, "target");
const built = join(targetDir, "wasm32-unknown-unknown", release ? "release" : "debug", `${NAME}.wasm`);
// wasm-bindgen writes to a scratch folder: the crate's snippets are the widget's, and the
// glue is bundled below with the one it imports.
const scratch = join(targetDir, "mapper-bindgen");
rmSync(scratch, { recursive: true, force: true });
run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", scratch, "--out-name", NAME, built]);
const wasmPath = join(folder, `${NAME}_bg.wasm`);
const modulePath = join(folder, `${NAME}.js`);
// One module: src/mapper-load.js with the glue and its one snippet (src/mapper.js) in it.
const bundle = (minify) =>
  buildSync({
    stdin: { contents: readFileSync(join(ROOT, "src", "mapper-load.js"), "utf8"), resolveDir: scratch, sourcefile: "mapper-load.js" },
    bundle: true,
    format: "esm",
    minify,
    legalComments: "none",
    write: false,
    logLevel: "error",
  }).outputFiles[0].text;
const MARK = '"<wasm digest>"';
let module;
let wasm;
if (release) {
  // The widget's own wasm-opt parameters (index.html), so both modules are built alike.
  const html = readFileSync(join(ROOT, "index.html"), "utf8");
  const params = /data-wasm-opt-params="([^"]*)"/.exec(html)?.[1].split(/\s+/).filter(Boolean);
  if (!params) throw new Error("mapper: index.html has no data-wasm-opt-params");
  const optimized = join(scratch, "optimized.wasm");
  run(join(ROOT, "node_modules", ".bin", "wasm-opt"), [...params, join(scratch, `${NAME}_bg.wasm`), "-o", optimized]);
  // Minified, with short names for what the wasm and the glue call each other, as the
  // widget's (scripts/minify.mjs leaves these two files to this script).
  const short = shortenNames(readFileSync(optimized), bundle(true), `./${NAME}_bg.js`, null);
  wasm = short.wasm;
  module = short.glue;
} else {
  wasm = readFileSync(join(scratch, `${NAME}_bg.wasm`));
  module = bundle(false);
}
if (module.split(MARK).length !== 2) throw new Error(`mapper: the module must hold ${MARK} once`);
// Pinned: the wasm's digest in the module; the module's is in the loader (scripts/minify.mjs).
module = module.replace(MARK, release ? `"${sri(wasm)}"` : '""');
writeFileSync(wasmPath, wasm);
writeFileSync(modulePath, module);
console.log(`mapper: ${NAME}.js and ${NAME}_bg.wasm in ${folder}`);
